"""Small helpers over spaCy docs shared by the role, attribution and quote finders."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from tui.analysis.facts.outlets import alias_pattern, find_outlet
from tui.analysis.tokens import doc_text

DETERMINERS = {
    "the",
    "a",
    "an",
    "der",
    "die",
    "das",
    "dem",
    "den",
    "des",
    "ein",
    "eine",
    "einem",
    "einen",
    "einer",
    "eines",
}
# German genitive "des Spiegels" may add a bare "s"; in English "Economists" is no outlet
_ALIASES = {
    "de": re.compile(rf"(?:{alias_pattern()})(?:'s|’s|'|’|s)?(?![\w-])"),
    "en": re.compile(rf"(?:{alias_pattern()})(?:'s|’s|'|’)?(?![\w-])"),
}
_ALIASES_END = {
    "de": re.compile(rf"(?<![\w-])(?:{alias_pattern()})(?:'s|’s|'|’|s)?$"),
    "en": re.compile(rf"(?<![\w-])(?:{alias_pattern()})(?:'s|’s|'|’)?$"),
}


_INDEX_KEY = "limelight_facts_index"


@dataclass(frozen=True)
class DocIndex:
    """What the rules look up again and again, computed once per doc: `doc.text` and
    `doc.sents` are rebuilt by spaCy on every access."""

    text: str
    starts: list[int]  # token start offsets
    ends: list[int]  # token end offsets
    sents: list[Span]
    sent_starts: list[int]  # token index of each sentence start
    ents: list[Span]
    ent_starts: list[int]  # token index of each entity's start, in order
    # `doc.has_annotation` walks every token each time; the German pipeline has no tagger,
    # so nothing ends the walk early
    tagged: bool

    def entity_at(self, i: int) -> Span | None:
        """The entity that holds token `i` (entities do not overlap)."""
        k = bisect_right(self.ent_starts, i) - 1
        if k < 0:
            return None
        ent = self.ents[k]
        return ent if ent.start <= i < ent.end else None

    def ents_within(self, start: int, end: int) -> list[Span]:
        """The entities inside tokens [start, end), without scanning them all."""
        first = bisect_left(self.ent_starts, start)
        last = bisect_left(self.ent_starts, end)
        return [e for e in self.ents[first:last] if e.end <= end]


def doc_index(doc: Doc) -> DocIndex:
    """The doc's index: cached while `limelight_facts` runs, built afresh otherwise."""
    cached = doc.user_data.get(_INDEX_KEY)
    if isinstance(cached, DocIndex):
        return cached
    return _build_index(doc)


def _build_index(doc: Doc) -> DocIndex:
    sents = _sentences(doc) if doc.has_annotation("SENT_START") or doc.is_parsed else [doc[:]]
    # from the arrays: iterating the doc makes a Token object of every word
    starts = doc.to_array("IDX").tolist() if len(doc) else []
    lengths = doc.to_array("LENGTH").tolist() if len(doc) else []
    ents = list(doc.ents)
    return DocIndex(
        doc_text(doc),
        starts,
        [a + n for a, n in zip(starts, lengths, strict=True)],
        sents,
        [s.start for s in sents],
        ents,
        [e.start for e in ents],
        doc.has_annotation("TAG"),
    )


def _sentences(doc: Doc) -> list[Span]:
    """`doc.sents` from the sentence-start array (the property walks every Token)."""
    if not len(doc):
        return []
    flags = doc.to_array("SENT_START").tolist()
    starts = [0] + [i for i in range(1, len(flags)) if flags[i] == 1]
    ends = [*starts[1:], len(doc)]
    return [doc[a:b] for a, b in zip(starts, ends, strict=True)]


def store_index(doc: Doc) -> DocIndex:
    """Cache a fresh index for the length of one component call."""
    index = _build_index(doc)
    doc.user_data[_INDEX_KEY] = index
    return index


def drop_index(doc: Doc) -> None:
    """Remove the cache again so the doc stays serialisable."""
    doc.user_data.pop(_INDEX_KEY, None)


def sentence_of(doc: Doc, i: int) -> Span:
    index = doc_index(doc)
    return index.sents[bisect_right(index.sent_starts, i) - 1]


@dataclass(frozen=True)
class Named:
    """A name in the doc: an entity or a known outlet, by character offsets."""

    start: int
    end: int
    text: str
    label: str  # PER / ORG / LOC / MISC, or OUTLET when only the outlet list knew it

    @property
    def outlet(self) -> str | None:
        found = find_outlet(self.text)
        return found.name if found else None


def clean_name(text: str) -> str:
    """Drop a leading article and trailing genitive/punctuation from a surface name."""
    words = text.split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    out = " ".join(words).strip(" ,.;:\"'„“”»«")
    return re.sub(r"(?:'s|’s)$", "", out)


def _from_span(span: Span) -> Named:
    start_tok = span.start
    while start_tok < span.end - 1 and span.doc[start_tok].lower_ in DETERMINERS:
        start_tok += 1
    sub = span.doc[start_tok : span.end]
    return Named(sub.start_char, sub.end_char, sub.text, span.label_)


# German institutions are compounds on these: "Bundesrechnungshof", "Statistische Bundesamt"
INSTITUTION_SUFFIXES = (
    "amt",
    "amtes",
    "amts",
    "hof",
    "hofs",
    "hofes",
    "gericht",
    "gerichts",
    "gerichtes",
    "ministerium",
    "ministeriums",
    "behörde",
    "agentur",
    "verband",
    "verbands",
    "verbandes",
    "institut",
    "instituts",
    "kommission",
    "gewerkschaft",
    "bundesbank",
    "zentralbank",
    "kammer",
    "regierung",
    "senat",
    "ausschuss",
    "ausschusses",
    "rechnungshof",
)


def _institution_at(doc: Doc, i: int, limit: int) -> Named | None:
    """A German institution the NER missed, written as one compound (with an adjective)."""
    j = i
    if j < limit - 1 and doc[j].text[:1].isupper() and doc[j].lower_.endswith(("e", "en")):
        j += 1  # "Statistische Bundesamt", "Europäischen Zentralbank"
    tok = doc[j] if j < limit else None
    if tok is None or not tok.text[:1].isupper() or not tok.is_alpha or len(tok.text) < 6:
        return None
    if not tok.lower_.endswith(INSTITUTION_SUFFIXES):
        return None
    start = doc[i] if j > i and doc[i].text[:1].isupper() else tok
    return Named(
        start.idx,
        tok.idx + len(tok.text),
        doc_index(doc).text[start.idx : tok.idx + len(tok.text)],
        "ORG",
    )


def skip_determiners(doc: Doc, i: int, limit: int) -> int:
    while i < limit and doc[i].lower_ in DETERMINERS:
        i += 1
    return i


def name_at(doc: Doc, i: int, limit: int, *, propn_fallback: bool = False) -> Named | None:
    """The entity or outlet name starting at token `i` (before token `limit`)."""
    if i >= limit:
        return None
    candidates: list[Named] = []
    ent = doc_index(doc).entity_at(i)
    if ent is not None and ent.end <= limit:
        candidates.append(_from_span(doc[i : ent.end] if ent.start < i else ent))
    sent_end = doc[limit - 1].idx + len(doc[limit - 1].text)
    m = _ALIASES["de" if doc.lang_ == "de" else "en"].match(
        doc_index(doc).text, doc[i].idx, sent_end
    )
    if m:
        candidates.append(Named(m.start(), m.end(), m.group(0), "OUTLET"))
    if not candidates and doc.lang_ == "de":
        institution = _institution_at(doc, i, limit)
        if institution is not None:
            candidates.append(institution)
    if not candidates and propn_fallback and doc_index(doc).tagged:
        j = i
        while j < limit and j - i < 4 and doc[j].pos_ == "PROPN":
            j += 1
        if j > i:
            span = doc[i:j]
            candidates.append(Named(span.start_char, span.end_char, span.text, "ORG"))
    if not candidates:
        return None
    # the outlet list knows "New York Times" is no place, whatever the NER label says
    return max(candidates, key=lambda n: (n.end - n.start, n.label == "OUTLET"))


def name_ending_at(doc: Doc, j: int, first: int) -> Named | None:
    """The entity or outlet name whose last token is `j` (not before token `first`)."""
    if j < first:
        return None
    start_char = doc[first].idx
    end_char = doc[j].idx + len(doc[j].text)
    text = doc_index(doc).text
    m = _ALIASES_END["de" if doc.lang_ == "de" else "en"].search(text[start_char:end_char])
    outlet = (
        Named(start_char + m.start(), start_char + m.end(), m.group(0), "OUTLET") if m else None
    )
    ent = doc_index(doc).entity_at(j)
    if ent is not None and ent.end == j + 1 and ent.start >= first:
        named = _from_span(ent)
        if outlet is not None and outlet.end - outlet.start >= named.end - named.start:
            return outlet
        return named
    return outlet


def token_after(doc: Doc, named: Named) -> int:
    """Index of the first token starting at or after the end of `named`."""
    return bisect_left(doc_index(doc).starts, named.end)


def token_before(doc: Doc, named: Named) -> int:
    """Index of the last token ending at or before the start of `named` (-1 if none)."""
    return token_before_char(doc, named.start)


def token_before_char(doc: Doc, char: int) -> int:
    """Index of the last token ending at or before `char` (-1 if none)."""
    return bisect_right(doc_index(doc).ends, char) - 1
