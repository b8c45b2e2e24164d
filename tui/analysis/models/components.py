"""Small spaCy components saved inside the shipped German pipeline.

The recogniser was trained on sentences without whitespace tokens, so on running
text it sometimes lets an entity swallow the line break after it ("OpenAI\\n\\n").
`limelight_trim_entities` trims whitespace tokens from entity edges and cuts an
entity at a line break: a name never runs across a paragraph.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from tui.analysis.tokens import doc_words


def trimmed(span: Span) -> Span | None:
    """The span without edge whitespace and up to its first line break, or None."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].is_space:
        start += 1
    for i in range(start, end):
        if doc[i].is_space or "\n" in doc[i].text:
            end = i
            break
    while end > start and doc[end - 1].is_space:
        end -= 1
    if start == end:
        return None
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label)


@Language.component("limelight_trim_entities")
def trim_entities(doc: Doc) -> Doc:
    """Trim whitespace from entity edges; drop entities that were only whitespace."""
    spans = [s for s in (trimmed(ent) for ent in doc.ents) if s is not None]
    doc.ents = spans
    return doc


def _key(text: str) -> str:
    """Genitive-insensitive key: "Microsofts" and "Microsoft" are one name."""
    return text[:-1] if len(text) > 3 and text.endswith("s") else text


@Language.component("limelight_doc_consistency")
def doc_consistency(doc: Doc) -> Doc:
    """One name, one label, everywhere in the document.

    The recogniser decides sentence by sentence; in an article the same name gets
    different labels or is missed in some sentences. Each name takes the majority
    label of its mentions (a surname alone takes the label of the full name it ends),
    and unlabelled capitalised occurrences of a recognised name are labelled too.
    """
    ents = list(doc.ents)
    if not ents:
        return doc
    votes: dict[str, dict[str, int]] = {}
    for ent in ents:
        label_votes = votes.setdefault(_key(ent.text), {})
        label_votes[ent.label_] = label_votes.get(ent.label_, 0) + len(ent)
    for ent in ents:  # "Sam Altman" (PER) makes "Altman"/"Altmans" PER
        if len(ent) > 1 and ent.label_ == "PER" and doc[ent.end - 1].is_title:
            surname = votes.setdefault(_key(doc[ent.end - 1].text), {})
            surname["PER"] = surname.get("PER", 0) + len(ent) + 1
    best = {key: max(v.items(), key=lambda kv: kv[1])[0] for key, v in votes.items() if v}
    relabelled = [Span(doc, e.start, e.end, label=best.get(_key(e.text), e.label_)) for e in ents]
    taken = {i for e in relabelled for i in range(e.start, e.end)}
    added: list[Span] = []
    names = {e.text: len(e) for e in relabelled if e.text[:1].isupper()}
    # the names by their first word, in the order found: a word is compared only with
    # the names it can begin (every German noun is capitalised)
    by_first: dict[str, list[tuple[str, int]]] = {}
    firsts = {e.text: doc[e.start].text for e in relabelled}
    for text, length in names.items():
        by_first.setdefault(firsts[text], []).append((text, length))
    words = doc_words(doc)
    for i, word in enumerate(words):
        if i in taken or not word[:1].isupper():
            continue
        for text, length in by_first.get(word, ()):
            end = i + length
            if end > len(doc) or any(j in taken for j in range(i, end)):
                continue
            if doc[i:end].text == text:
                label = best.get(_key(text))
                if label:
                    added.append(Span(doc, i, end, label=label))
                    taken.update(range(i, end))
                    break
    doc.ents = sorted(relabelled + added, key=lambda s: s.start)
    return doc


_ENDINGS = ("en", "es", "er", "em", "e", "n", "s")


def _stem(word: str) -> str:
    """Case/number endings off: "Vereinigten", "Vereinigtes", "Vereinigte" -> "Vereinigt"."""
    for ending in _ENDINGS:
        if len(word) > len(ending) + 3 and word.endswith(ending):
            return word[: -len(ending)]
    return word


class CountryNames:
    """Label multi-word official country names as LOC, in any inflected form.

    The recogniser sometimes misses or cuts long state names ("den Vereinigten Arabischen
    Emiraten" -> nothing, or only "Vereinigten Arabischen"). The official names of the
    Foreign Office list are unambiguous, so a match replaces entities inside it; an
    entity reaching beyond the match ("Bank der Vereinigten Staaten") is left alone.
    """

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self.patterns: dict[str, list[tuple[str, ...]]] = {}
        for name in names:
            words = tuple(_stem(w) for w in name.split())
            if len(words) >= 2:
                self.patterns.setdefault(words[0], []).append(words)
        for found in self.patterns.values():
            found.sort(key=len, reverse=True)

    def __call__(self, doc: Doc) -> Doc:
        stems = [_stem(t.text) if t.text[:1].isupper() or t.is_lower else "" for t in doc]
        ents = list(doc.ents)
        i = 0
        while i < len(doc):
            match = next(
                (
                    p
                    for p in self.patterns.get(stems[i], [])
                    if tuple(stems[i : i + len(p)]) == p and doc[i].text[:1].isupper()
                ),
                None,
            )
            if match is None:
                i += 1
                continue
            end = i + len(match)
            overlapping = [e for e in ents if e.start < end and i < e.end]
            if all(i <= e.start and e.end <= end for e in overlapping):
                ents = [e for e in ents if e not in overlapping] + [Span(doc, i, end, label="LOC")]
            i = end
        doc.ents = sorted(ents, key=lambda s: s.start)
        return doc


@Language.factory("limelight_country_names", default_config={"names": []})
def make_country_names(nlp: Language, name: str, names: list[str]) -> CountryNames:
    """Official multi-word country names (the list is stored in the pipeline's config)."""
    return CountryNames(names)
