"""The `limelight_facts` spaCy component: figures, roles, attributions and quotes.

It runs after NER (entities already in the unified PER/ORG/LOC/MISC labels) and after the
time tagger, whose `doc._.timexes` keep dates out of the figures and give each fact the
date of its sentence. Results go to `doc._.facts` as `tui.analysis.model.Fact` with
doc-relative character offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from tui.analysis.facts.attributions import (
    Attribution,
    SpeechSubjects,
    build_matcher,
    cue_matches,
    dep_matches,
    find_attributions,
)
from tui.analysis.facts.clauses import ClauseReader, known_names, sentence_mentions
from tui.analysis.facts.context import amount_subject
from tui.analysis.facts.counts import NounCheck, find_counts
from tui.analysis.facts.figure import Figure, resolve_overlaps
from tui.analysis.facts.money import find_money, find_percents
from tui.analysis.facts.quotes import find_quotes
from tui.analysis.facts.roles import RoleMention, build_role_matcher, find_role_mentions
from tui.analysis.facts.spans import (
    DETERMINERS,
    Named,
    clean_name,
    doc_index,
    drop_index,
    name_at,
    name_ending_at,
    sentence_of,
    skip_determiners,
    store_index,
    token_before_char,
)
from tui.analysis.model import DateMention, Fact

NUMERIC_KEY = "limelight_numeric"
DATE_LABELS = {"DATE", "TIME"}
_URL_RE = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|de|io|ai|co\.uk)(?:/\S*)?\b"
)
# the glue between a role and its organisation: "CEO of OpenAI", "Chef von OpenAI"
ORG_LINKS = {"of", "at", "from", "for", "von", "bei", "des", "der", "vom", "beim"}
# after a person's name a bare "der" is as likely dative ("sagte X der Zeitung"): only these
AFFILIATION = {"of", "at", "from", "von", "bei", "vom", "beim"}
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
        self.dep_matcher = SpeechSubjects(nlp.vocab) if lang != "de" else None

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
    ranges += [(m.start(), m.end()) for m in _URL_RE.finditer(doc_index(doc).text)]
    return ranges


def _touches(start: int, end: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in ranges)


def _sentence_date(sent: Span, at: int, timexes: list[DateMention]) -> str | None:
    """TIMEX3 value of the sentence's date nearest to `at` (durations and refs skipped)."""
    inside = [
        t
        for t in timexes
        if sent.start_char <= t.start < sent.end_char
        and not t.vague
        and t.granularity != "duration"
        and not t.value.startswith("P")
    ]
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


def _noun_checker(
    doc: Doc, offset: int, blocked: list[tuple[int, int]], has_pos: bool
) -> NounCheck:
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


def _figures(
    doc: Doc, sent: Span, lang: str, blocked: list[tuple[int, int]], has_pos: bool
) -> list[Figure]:
    index = doc_index(doc)
    offset = sent.start_char
    # the text from the index's: `Span.text` makes a Token object of every word
    text = index.text[offset : sent.end_char]
    figs = find_money(text, lang, index.text) + find_percents(text, lang)
    figs += find_counts(text, lang, _noun_checker(doc, offset, blocked, has_pos))
    kept = []
    for f in resolve_overlaps(figs):
        if _touches(f.start + offset, f.end + offset, blocked):
            continue
        kept.append(
            Figure(
                f.kind, f.start + offset, f.end + offset, f.text, f.value, f.unit, f.vague, f.extra
            )
        )
    return kept


def _figure_facts(
    doc: Doc,
    lang: str,
    timexes: list[DateMention],
    blocked: list[tuple[int, int]],
    names: dict[str, str] | None = None,
) -> list[Fact]:
    facts = []
    reader = ClauseReader(doc)
    known = known_names(doc, names)
    parsed = doc.has_annotation("DEP")
    has_pos = doc.has_annotation("POS")  # once: each call walks the whole doc
    for sent in doc_index(doc).sents:
        figures = _figures(doc, sent, lang, blocked, has_pos)
        mentions = sentence_mentions(doc, sent, [(f.start, f.end) for f in figures], known)
        segments = [] if parsed else reader.german(sent, mentions)
        for f in figures:
            if f.kind == "money":
                about = amount_subject(doc, f.start, f.end, sent.start, sent.end)
                if about:
                    f.extra["about"] = about
            span = doc.char_span(f.start, f.end, alignment_mode="expand")
            if span is None:
                entities: tuple[str, ...] = ()
            elif parsed:
                entities = reader.figure_entities_en(sent, mentions, span.start, span.end)
            else:
                entities = reader.figure_entities_de(segments, mentions, span.start, span.end)
            facts.append(
                Fact(
                    kind=f.kind,
                    start=f.start,
                    end=f.end,
                    text=f.text,
                    value=f.value,
                    unit=f.unit,
                    entities=entities,
                    date=_sentence_date(sent, f.start, timexes),
                    vague=f.vague,
                    extra=dict(f.extra),
                )
            )
        if parsed:
            reader.remember_en(sent, mentions)
    return facts


# --- roles ---------------------------------------------------------------------------------


def _person_at(doc: Doc, i: int) -> Span | None:
    """The PER entity starting at token `i`; also the rest of one that swallowed the role
    before it ("Chancellor Olaf Scholz" tagged as one person)."""
    ent = doc_index(doc).entity_at(i)
    if ent is None or ent.label_ != "PER":
        return None
    return ent if ent.start == i else doc[i : ent.end]


def _person_ending_at(doc: Doc, j: int) -> Span | None:
    ent = doc_index(doc).entity_at(j)
    return ent if ent is not None and ent.label_ == "PER" and ent.end == j + 1 else None


def _org_after(doc: Doc, i: int, limit: int, links: set[str] = ORG_LINKS) -> Named | None:
    """ "of OpenAI", "von OpenAI", "der Deutschen Bank" right after a role."""
    if i < limit and doc[i].lower_ in links:
        j = skip_determiners(doc, i + 1, limit)
        named = name_at(doc, j, limit, propn_fallback=True)
        if named is not None and named.label != "PER":
            return _extend_proper_nouns(doc, named, limit)
    return None


def _extend_proper_nouns(doc: Doc, named: Named, limit: int) -> Named:
    """ "the Christian Democrats" when NER tagged "Christian" and "Democrats" apart: take
    the whole run of proper nouns that follows (untagged or MISC/ORG)."""
    if not doc_index(doc).tagged:
        return named
    k = _token_index_after(doc, named.end)
    if k == len(doc):
        k = limit
    end = named.end
    while (
        k < limit
        and doc[k].pos_ == "PROPN"
        and doc[k].ent_type_ in ("", "MISC", "ORG")
        and doc[k].idx == end + 1
    ):
        end = doc[k].idx + len(doc[k].text)
        k += 1
    if end == named.end:
        return named
    return Named(named.start, end, doc_index(doc).text[named.start : end], named.label)


def _genitive_name(doc: Doc, j: int) -> Named | None:
    """German "Sachsens Ministerpräsident": a genitive whose stem the doc names elsewhere."""
    tok = doc[j]
    if doc.lang_ != "de" or not tok.text.endswith("s") or not tok.text[:1].isupper():
        return None
    stem = tok.text[:-1]
    for ent in doc_index(doc).ents:
        if ent.label_ in ("ORG", "LOC") and ent.text in (stem, tok.text):
            return Named(tok.idx, tok.idx + len(tok.text), tok.text, ent.label_)
    return None


def _org_before(doc: Doc, i: int, first: int) -> Named | None:
    """ "OpenAI's CEO", "Apple chief executive", "Microsofts CEO", "OpenAI - CEO"."""
    j = i - 1
    if j >= first and doc[j].text in ("'s", "’s", "-"):
        j -= 1
    if j < first:
        return None
    named = name_ending_at(doc, j, first)
    if (
        named is None
        and doc_index(doc).tagged
        and doc[j].pos_ == "PROPN"
        and doc[j].ent_type_ != "PER"
    ):
        named = Named(doc[j].idx, doc[j].idx + len(doc[j].text), doc[j].text, "ORG")
    if named is None:
        named = _genitive_name(doc, j)
    if named is not None and named.label in ("ORG", "LOC", "OUTLET"):
        return _extend_left(doc, named, first)
    return None


def _extend_left(doc: Doc, named: Named, first: int) -> Named:
    """ "Premier League chief executive" when NER tagged only "League"."""
    if not doc_index(doc).tagged:
        return named
    k = token_before_char(doc, named.start)
    start = named.start
    while (
        k >= first
        and doc[k].pos_ == "PROPN"
        and doc[k].ent_type_ in ("", "MISC", "ORG")
        and doc[k].idx + len(doc[k].text) == start - 1
    ):
        start = doc[k].idx
        k -= 1
    if start == named.start:
        return named
    return Named(start, named.end, doc_index(doc).text[start : named.end], named.label)


# words between a role and its surroundings that keep the reading: "a senior analyst at"
QUALIFIERS = {
    "senior",
    "former",
    "longtime",
    "then",
    "new",
    "acting",
    "interim",
    "other",
    "deputy",
    "outgoing",
    "incoming",
    "ehemalige",
    "ehemaliger",
    "frühere",
    "früherer",
    "langjährige",
    "langjähriger",
    "neue",
    "neuer",
    "amtierende",
    "amtierender",
    "damalige",
    "damaliger",
    "scheidende",
    "scheidender",
    "designierte",
    "designierter",
    "stellvertretende",
    "stellvertretender",
    "kommissarische",
    "kommissarischer",
}
POSSESSIVES = {"its", "their", "dessen", "deren"}
RELATIVE_GLUE = {
    "who",
    "is",
    "was",
    "also",
    "now",
    "currently",
    "der",
    "die",
    "ist",
    "war",
    "auch",
    "zugleich",
    "derzeit",
    "inzwischen",
    "seit",
}


@dataclass
class _RoleMatch:
    person: Span
    org: Named | None
    qualifiers: list[str]


def _antecedent_org(doc: Doc, before: int, sent: Span) -> Named | None:
    """ "Kritik kam vom Institut für Weltwirtschaft. Dessen Präsident …": the last
    organisation in this or the previous sentence."""
    prev_start = sent.start
    if sent.start > 0:
        prev_start = sentence_of(doc, sent.start - 1).start
    orgs = [
        e
        for e in doc_index(doc).ents
        if e.label_ == "ORG" and prev_start <= e.start and e.end <= before
    ]
    if not orgs:
        return None
    e = orgs[-1]
    return Named(e.start_char, e.end_char, e.text, e.label_)


def _match_role(doc: Doc, r: RoleMention, sent: Span) -> _RoleMatch | None:
    first, limit = sent.start, sent.end
    left = r.start
    qualifiers: list[str] = []
    while left - 1 >= first and doc[left - 1].lower_ in QUALIFIERS:
        left -= 1
        qualifiers.insert(0, doc[left].lower_)
    org: Named | None = None
    if r.prefix:
        tok = doc[r.start]
        org = Named(tok.idx, tok.idx + len(r.prefix), r.prefix, "ORG")
    named_before = _org_before(doc, left, first) if org is None else None
    edge = left  # first token of what stands before the role
    if named_before is not None:
        org = named_before
        edge = _token_index_after(doc, named_before.start)
    unresolved = False
    if org is None and edge - 1 >= first and doc[edge - 1].lower_ in POSSESSIVES:
        edge -= 1
        org = _antecedent_org(doc, edge, sent)
        unresolved = org is None
    if unresolved:
        return None
    # A: "OpenAI-CEO Sam Altman", "Apple chief executive Tim Cook", "Bundeskanzler Olaf Scholz"
    person = _person_at(doc, r.end)
    if person is not None:
        # "Analyst Jaime Rowbotham of Deutsche Bank"
        org = org or _org_after(doc, person.end, limit, AFFILIATION)
        return None if r.weak and org is None else _RoleMatch(person, org, qualifiers)
    # B: "Sam Altman, CEO of OpenAI", "Tim Cook, Apple's chief executive"
    k = edge - 1
    while k >= first and doc[k].lower_ in DETERMINERS:
        k -= 1
    # "Musk, who is also chief executive of Tesla", "Blume, der zugleich Chef von Porsche ist"
    while k >= first and doc[k].lower_ in RELATIVE_GLUE and k >= edge - 5:
        k -= 1
    if k - 1 >= first and doc[k].text == ",":
        person = _person_ending_at(doc, k - 1)
        if person is not None and person.end < len(doc) and doc[person.end].text == ",":
            org = org or _org_after(doc, r.end, limit)
            closes = r.end >= limit or doc[r.end].text in (",", ".", ")", "und", "and", ";")
            if org is not None or (closes and not r.weak):
                return _RoleMatch(person, org, qualifiers)
    # C: "the CEO of OpenAI, Sam Altman"; "Meta's chief financial officer, Susan Li"
    after_org = _org_after(doc, r.end, limit) if org is None else None
    if after_org is not None:
        after = _token_index_after(doc, after_org.end)
        if after < limit and doc[after].text == ",":
            person = _person_at(doc, after + 1)
            if person is not None:
                return _RoleMatch(person, after_org, qualifiers)
    elif r.end < limit and doc[r.end].text == ",":
        # "Meta's CFO, Susan Li," – or without a named organisation, "the company's CFO, …"
        person = _person_at(doc, r.end + 1)
        introduced = edge - 1 >= first and (
            doc[edge - 1].lower_ in DETERMINERS or doc[edge - 1].text in ("'s", "’s")
        )
        closed = person is not None and (
            person.end >= limit or doc[person.end].text in (",", ".", ";")
        )
        if person is not None and (org is not None or (introduced and closed and not r.weak)):
            return _RoleMatch(person, org, qualifiers)
    # D: "Sam Altman als CEO von OpenAI"
    if left - 1 >= first and doc[left - 1].lower_ in AS_WORDS:
        after_org = org or _org_after(doc, r.end, limit)
        cand = _person_ending_at(doc, left - 2)
        if after_org is not None and cand is not None:
            return _RoleMatch(cand, after_org, qualifiers)
    return None


def _role_facts(doc: Doc, comp: FactsComponent, timexes: list[DateMention]) -> list[Fact]:
    facts: list[Fact] = []
    seen: set[tuple[str, str, str | None]] = set()
    mentions = find_role_mentions(doc, comp.role_matcher)
    for sent in doc_index(doc).sents:
        for r in (m for m in mentions if sent.start <= m.start < sent.end):
            found = _match_role(doc, r, sent)
            if found is None:
                continue
            person = clean_name(found.person.text)
            org_name = clean_name(found.org.text) if found.org else None
            key = (person, r.role, org_name)
            if key in seen:
                continue
            seen.add(key)
            role_span = doc[r.start : r.end]
            points = [
                role_span.start_char,
                role_span.end_char,
                found.person.start_char,
                found.person.end_char,
            ]
            if found.org is not None and sent.start_char <= found.org.start:
                points += [found.org.start, found.org.end]
            start, end = min(points), max(points)
            if any(f.start < end and start < f.end for f in facts):
                continue  # "CEO A1=D-CEO BU": one stretch of text is one role
            extra: dict[str, object] = {}
            if found.qualifiers:
                extra["qualifier"] = " ".join(found.qualifiers)
            facts.append(
                Fact(
                    kind="role",
                    start=start,
                    end=end,
                    text=doc_index(doc).text[start:end],
                    entities=(person,) + ((org_name,) if org_name else ()),
                    date=_sentence_date(sent, start, timexes),
                    role=r.role,
                    person=person,
                    organisation=org_name,
                    extra=extra,
                )
            )
    return facts


def _role_names(roles: list[Fact]) -> dict[str, str]:
    """Names the role facts established ("OpenAI" of "OpenAI-CEO Sam Altman"), for the
    figures' clauses where the NER missed them."""
    names: dict[str, str] = {}
    for fact in roles:
        if fact.organisation:
            names.setdefault(fact.organisation, "ORG")
        if fact.person:
            names.setdefault(fact.person, "PER")
    return names


def _token_index_after(doc: Doc, char: int) -> int:
    """The first token starting at or after `char` (from the index: a walk over the doc
    makes a Token of every word, and this runs for every role)."""
    return bisect_left(doc_index(doc).starts, char)


# --- attributions and quotes -----------------------------------------------------------------


def _attribution_fact(att: Attribution, doc: Doc, sent: Span, timexes: list[DateMention]) -> Fact:
    speaker = clean_name(att.speaker.text)
    outlet = att.speaker.outlet or (att.recipient.outlet if att.recipient else None)
    extra: dict[str, object] = {"cue": doc_index(doc).text[att.cue_start : att.cue_end]}
    if outlet:
        extra["outlet"] = outlet
    ents = [speaker]
    if att.recipient is not None:
        extra["recipient"] = clean_name(att.recipient.text)
        ents.append(clean_name(att.recipient.text))
    return Fact(
        kind="attribution",
        start=att.start,
        end=att.end,
        text=doc_index(doc).text[att.start : att.end],
        entities=tuple(ents),
        date=_sentence_date(sent, att.start, timexes),
        speaker=speaker,
        extra=extra,
    )


def _attribution_and_quote_facts(
    doc: Doc, comp: FactsComponent, timexes: list[DateMention]
) -> list[Fact]:
    facts: list[Fact] = []
    by_sentence: list[tuple[Span, list[Attribution]]] = []
    speech = dep_matches(doc, comp.dep_matcher)
    cues = sorted(cue_matches(doc, comp.cue_matcher), key=lambda cue: cue[1])
    for sent in doc_index(doc).sents:
        atts = find_attributions(doc, sent, cues, speech)
        by_sentence.append((sent, atts))
        facts += [_attribution_fact(a, doc, sent, timexes) for a in atts]
    sent_chars = [s.start_char for s, _ in by_sentence]

    def sentence_at(char: int) -> Span | None:
        k = bisect_right(sent_chars, char) - 1
        return by_sentence[k][0] if k >= 0 and char < by_sentence[k][0].end_char else None

    for q in find_quotes(doc_index(doc).text):
        speaker: Named | None = None
        home = sentence_at(q.start)
        if home is None:
            continue
        sent = home
        last = sentence_at(q.end - 1)
        region_end = last.end_char if last is not None else q.end
        rest = doc_index(doc).text[q.end : q.end + 4].lstrip()
        if rest.startswith(",") and region_end <= q.end + 4:
            # „Wir sind zufrieden.“, sagte Nadella – the cue sits in the next "sentence"
            comma = doc_index(doc).text.index(",", q.end)
            holding = sentence_at(comma)
            if holding is not None:
                region_end = holding.end_char
        candidates = [
            a
            for _s, atts in by_sentence
            for a in atts
            if sent.start_char <= a.start < region_end and not (q.start <= a.start < q.end)
        ]
        if candidates:
            # prefer a person; among equals the nearest cue
            candidates.sort(key=lambda a: (a.speaker.label != "PER", abs(a.start - q.start)))
            speaker = candidates[0].speaker
        else:
            colon = doc_index(doc).text[max(sent.start_char, q.start - 3) : q.start]
            if ":" in colon:
                tok = doc.char_span(sent.start_char, q.start, alignment_mode="contract")
                if tok is not None and len(tok) >= 2:
                    named = name_ending_at(doc, tok.end - 2, sent.start)
                    if named is not None and named.label == "PER":
                        speaker = named
        if speaker is None:
            continue
        name = clean_name(speaker.text)
        facts.append(
            Fact(
                kind="quote",
                start=q.start,
                end=q.end,
                text=doc_index(doc).text[q.start : q.end],
                entities=(name,),
                date=_sentence_date(sent, q.start, timexes),
                speaker=name,
                extra={"quote": q.inner},
            )
        )
    return facts


def extract_facts(doc: Doc, comp: FactsComponent) -> list[Fact]:
    """All facts in `doc`, sorted by position."""
    store_index(doc)
    try:
        timexes = _timexes(doc)
        blocked = _blocked_ranges(doc, timexes)
        roles = _role_facts(doc, comp, timexes)
        facts = _figure_facts(doc, comp.lang, timexes, blocked, _role_names(roles))
        facts += roles
        facts += _attribution_and_quote_facts(doc, comp, timexes)
    finally:
        drop_index(doc)
    facts.sort(key=lambda f: (f.start, f.end, f.kind))
    return facts
