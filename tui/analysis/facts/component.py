"""The `limelight_facts` spaCy component: figures, roles, attributions and quotes.

It runs after NER (entities already in the unified PER/ORG/LOC/MISC labels) and after the
time tagger, whose `doc._.timexes` keep dates out of the figures and give each fact the
date of its sentence. Results go to `doc._.facts` as `tui.analysis.model.Fact` with
doc-relative character offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from tui.analysis.facts.attributions import (
    Attribution,
    build_dep_matcher,
    build_matcher,
    find_attributions,
)
from tui.analysis.facts.counts import find_counts
from tui.analysis.facts.figure import Figure, resolve_overlaps
from tui.analysis.facts.money import find_money, find_percents
from tui.analysis.facts.quotes import find_quotes
from tui.analysis.facts.roles import build_role_matcher, find_role_mentions
from tui.analysis.facts.spans import (
    DETERMINERS,
    Named,
    clean_name,
    name_at,
    name_ending_at,
    skip_determiners,
)
from tui.analysis.model import DateMention, Fact

NUMERIC_KEY = "limelight_numeric"
DATE_LABELS = {"DATE", "TIME"}
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|de|io|ai|co\.uk)(?:/\S*)?\b")
# the glue between a role and its organisation: "CEO of OpenAI", "Chef von OpenAI"
ORG_LINKS = {"of", "at", "from", "for", "von", "bei", "des", "der", "vom", "beim"}
AS_WORDS = {"als", "as"}


def _register_extensions() -> None:
    if not Doc.has_extension("facts"):
        Doc.set_extension("facts", default=None)


_register_extensions()


class FactsComponent:
    """Finds facts in a doc; see the module docstring."""

    def __init__(self, nlp: Language, lang: str) -> None:
        self.lang = lang
        self.role_matcher = build_role_matcher(nlp.vocab)
        self.cue_matcher = build_matcher(nlp.vocab, lang)
        self.dep_matcher = build_dep_matcher(nlp.vocab) if lang != "de" else None

    def __call__(self, doc: Doc) -> Doc:
        _register_extensions()
        doc._.facts = extract_facts(doc, self)
        return doc


@Language.factory("limelight_facts", default_config={"lang": "de"})
def make_facts_component(nlp: Language, name: str, lang: str) -> FactsComponent:
    return FactsComponent(nlp, lang)


# ---------------------------------------------------------------------------------------


def _timexes(doc: Doc) -> list[DateMention]:
    if Doc.has_extension("timexes"):
        found = doc._.timexes
        if found:
            return list(found)
    return []


def _blocked_ranges(doc: Doc, timexes: Iterable[DateMention]) -> list[tuple[int, int]]:
    """Character ranges no figure may touch: dates, times and URLs."""
    ranges = [(t.start, t.end) for t in timexes]
    numeric = doc.spans.get(NUMERIC_KEY) if NUMERIC_KEY in doc.spans else None
    if numeric is not None:
        ranges += [(s.start_char, s.end_char) for s in numeric if s.label_ in DATE_LABELS]
    ranges += [(m.start(), m.end()) for m in _URL_RE.finditer(doc.text)]
    return ranges


def _touches(start: int, end: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in ranges)


def _sentence_date(sent: Span, at: int, timexes: list[DateMention]) -> str | None:
    """TIMEX3 value of the sentence's date nearest to `at` (durations and refs skipped)."""
    inside = [t for t in timexes if sent.start_char <= t.start < sent.end_char
              and not t.vague and t.granularity != "duration" and not t.value.startswith("P")]
    if not inside:
        return None
    return min(inside, key=lambda t: abs(t.start - at)).value


def _sentence_entities(sent: Span, exclude: tuple[int, int] | None = None) -> tuple[str, ...]:
    names: list[str] = []
    for ent in sent.ents:
        if exclude and ent.start_char < exclude[1] and exclude[0] < ent.end_char:
            continue
        name = clean_name(ent.text)
        if name and name not in names:
            names.append(name)
    return tuple(names)


def _noun_checker(doc: Doc, offset: int, blocked: list[tuple[int, int]]):  # type: ignore[no-untyped-def]
    has_pos = doc.has_annotation("POS")

    def ok(start: int, end: int) -> bool:
        s, e = start + offset, end + offset
        if _touches(s, e, blocked):
            return False
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            return False
        for tok in span:
            if tok.ent_type_ in ("PER", "LOC"):
                return False
        return not (has_pos and span[-1].pos_ not in ("NOUN", "PROPN", "X"))

    return ok


def _figures(doc: Doc, sent: Span, lang: str, blocked: list[tuple[int, int]]) -> list[Figure]:
    text = sent.text
    offset = sent.start_char
    figs = find_money(text, lang) + find_percents(text, lang)
    figs += find_counts(text, lang, _noun_checker(doc, offset, blocked))
    kept = []
    for f in resolve_overlaps(figs):
        if _touches(f.start + offset, f.end + offset, blocked):
            continue
        kept.append(Figure(f.kind, f.start + offset, f.end + offset, f.text, f.value, f.unit,
                           f.vague, f.extra))
    return kept


def _figure_facts(doc: Doc, lang: str, timexes: list[DateMention],
                  blocked: list[tuple[int, int]]) -> list[Fact]:
    facts = []
    for sent in doc.sents:
        for f in _figures(doc, sent, lang, blocked):
            facts.append(Fact(
                kind=f.kind, start=f.start, end=f.end, text=f.text, value=f.value, unit=f.unit,
                entities=_sentence_entities(sent, (f.start, f.end)),
                date=_sentence_date(sent, f.start, timexes), vague=f.vague, extra=dict(f.extra),
            ))
    return facts


# --- roles ---------------------------------------------------------------------------------


def _person_at(doc: Doc, i: int) -> Span | None:
    """The PER entity starting at token `i`; also the rest of one that swallowed the role
    before it ("Chancellor Olaf Scholz" tagged as one person)."""
    for ent in doc.ents:
        if ent.label_ == "PER" and ent.start == i:
            return ent
        if ent.label_ == "PER" and ent.start < i < ent.end and ent.end - i >= 1:
            return doc[i : ent.end]
    return None


def _person_ending_at(doc: Doc, j: int) -> Span | None:
    for ent in doc.ents:
        if ent.label_ == "PER" and ent.end == j + 1:
            return ent
    return None


def _org_after(doc: Doc, i: int, limit: int) -> Named | None:
    """"of OpenAI", "von OpenAI", "der Deutschen Bank" right after a role."""
    if i < limit and doc[i].lower_ in ORG_LINKS:
        j = skip_determiners(doc, i + 1, limit)
        named = name_at(doc, j, limit, propn_fallback=True)
        if named is not None and named.label != "PER":
            return named
    return None


def _org_before(doc: Doc, i: int, first: int) -> Named | None:
    """"OpenAI's CEO", "Apple chief executive", "Microsofts CEO", "OpenAI - CEO"."""
    j = i - 1
    if j >= first and doc[j].text in ("'s", "’s", "-"):
        j -= 1
    if j < first:
        return None
    named = name_ending_at(doc, j, first)
    if named is None and doc.has_annotation("TAG") and doc[j].pos_ == "PROPN" and doc[j].ent_type_ != "PER":
        named = Named(doc[j].idx, doc[j].idx + len(doc[j].text), doc[j].text, "ORG")
    if named is not None and named.label in ("ORG", "LOC", "OUTLET"):
        return named
    return None


def _role_facts(doc: Doc, comp: FactsComponent, timexes: list[DateMention]) -> list[Fact]:
    facts: list[Fact] = []
    used_people: set[tuple[int, int]] = set()
    for sent in doc.sents:
        first, limit = sent.start, sent.end
        sent_doc_mentions = [r for r in find_role_mentions(doc, comp.role_matcher)
                             if first <= r.start < limit]
        for r in sent_doc_mentions:
            role_span = doc[r.start : r.end]
            person: Span | None = None
            org: str | None = r.prefix
            org_span: tuple[int, int] | None = None
            # A: "OpenAI-CEO Sam Altman", "Apple chief executive Tim Cook", "Bundeskanzler Olaf Scholz"
            person = _person_at(doc, r.end)
            if person is not None:
                if org is None:
                    named = _org_before(doc, r.start, first)
                    if named is not None:
                        org, org_span = named.text, (named.start, named.end)
            else:
                # B: "Sam Altman, CEO of OpenAI", "Tim Cook, Apple's chief executive"
                named_before = _org_before(doc, r.start, first) if org is None else None
                j = r.start - 1
                if named_before is not None:
                    j = _token_index_after(doc, named_before.start) - 1
                while j >= first and doc[j].lower_ in DETERMINERS:
                    j -= 1
                if j - 1 >= first and doc[j].text == ",":
                    person = _person_ending_at(doc, j - 1)
                if person is not None:
                    if named_before is not None:
                        org, org_span = named_before.text, (named_before.start, named_before.end)
                    elif org is None:
                        named = _org_after(doc, r.end, limit)
                        if named is not None:
                            org, org_span = named.text, (named.start, named.end)
                        elif r.end < limit and doc[r.end].text not in (",", ".", ")", "und", "and"):
                            person = None  # "Altman, CEO seit 2019 …": unclear, skip
                # C: "the CEO of OpenAI, Sam Altman"
                if person is None:
                    named = _org_after(doc, r.end, limit)
                    if named is not None:
                        after = _token_index_after(doc, named.end)
                        if after < limit and doc[after].text == ",":
                            person = _person_at(doc, after + 1)
                            if person is not None:
                                org, org_span = named.text, (named.start, named.end)
                # D: "Sam Altman als CEO von OpenAI"
                if person is None and r.start - 1 >= first and doc[r.start - 1].lower_ in AS_WORDS:
                    named = _org_after(doc, r.end, limit)
                    cand = _person_ending_at(doc, r.start - 2)
                    if named is not None and cand is not None:
                        person, org, org_span = cand, named.text, (named.start, named.end)
            if person is None:
                continue
            if (person.start_char, person.end_char) in used_people and org is None:
                continue
            used_people.add((person.start_char, person.end_char))
            points = [role_span.start_char, role_span.end_char, person.start_char, person.end_char]
            if org_span:
                points += list(org_span)
            start, end = min(points), max(points)
            org_name = clean_name(org) if org else None
            ents = (clean_name(person.text),) + ((org_name,) if org_name else ())
            facts.append(Fact(
                kind="role", start=start, end=end, text=doc.text[start:end],
                entities=ents, date=_sentence_date(sent, start, timexes), role=r.role,
                person=clean_name(person.text), organisation=org_name,
            ))
    return facts


def _token_index_after(doc: Doc, char: int) -> int:
    for tok in doc:
        if tok.idx >= char:
            return tok.i
    return len(doc)


# --- attributions and quotes -----------------------------------------------------------------


def _attribution_fact(att: Attribution, doc: Doc, sent: Span, timexes: list[DateMention]) -> Fact:
    speaker = clean_name(att.speaker.text)
    outlet = att.speaker.outlet or (att.recipient.outlet if att.recipient else None)
    extra: dict[str, object] = {"cue": doc.text[att.cue_start : att.cue_end]}
    if outlet:
        extra["outlet"] = outlet
    ents = [speaker]
    if att.recipient is not None:
        extra["recipient"] = clean_name(att.recipient.text)
        ents.append(clean_name(att.recipient.text))
    return Fact(kind="attribution", start=att.start, end=att.end,
                text=doc.text[att.start : att.end], entities=tuple(ents),
                date=_sentence_date(sent, att.start, timexes), speaker=speaker, extra=extra)


def _attribution_and_quote_facts(doc: Doc, comp: FactsComponent,
                                 timexes: list[DateMention]) -> list[Fact]:
    facts: list[Fact] = []
    by_sentence: list[tuple[Span, list[Attribution]]] = []
    for sent in doc.sents:
        atts = find_attributions(doc, sent, comp.cue_matcher, comp.dep_matcher)
        by_sentence.append((sent, atts))
        facts += [_attribution_fact(a, doc, sent, timexes) for a in atts]
    for q in find_quotes(doc.text):
        speaker: Named | None = None
        home = next(((s, a) for s, a in by_sentence if s.start_char <= q.start < s.end_char), None)
        if home is None:
            continue
        sent, atts = home
        outside = [a for a in atts if not (q.start <= a.start < q.end)]
        if outside:
            # prefer a person; among equals the nearest cue
            outside.sort(key=lambda a: (a.speaker.label != "PER", abs(a.start - q.start)))
            speaker = outside[0].speaker
        else:
            colon = doc.text[max(sent.start_char, q.start - 3) : q.start]
            if ":" in colon:
                tok = doc.char_span(sent.start_char, q.start, alignment_mode="contract")
                if tok is not None and len(tok) >= 2:
                    named = name_ending_at(doc, tok.end - 2, sent.start)
                    if named is not None and named.label == "PER":
                        speaker = named
        if speaker is None:
            continue
        name = clean_name(speaker.text)
        facts.append(Fact(kind="quote", start=q.start, end=q.end, text=doc.text[q.start : q.end],
                          entities=(name,), date=_sentence_date(sent, q.start, timexes),
                          speaker=name, extra={"quote": q.inner}))
    return facts


def extract_facts(doc: Doc, comp: FactsComponent) -> list[Fact]:
    """All facts in `doc`, sorted by position."""
    timexes = _timexes(doc)
    blocked = _blocked_ranges(doc, timexes)
    facts = _figure_facts(doc, comp.lang, timexes, blocked)
    facts += _role_facts(doc, comp, timexes)
    facts += _attribution_and_quote_facts(doc, comp, timexes)
    facts.sort(key=lambda f: (f.start, f.end, f.kind))
    return facts
