"""Which entities a figure concerns: the one its clause is about, then the others in it.

The nearest name is often wrong: in "OpenAI, das für 2024 einen Verlust von mehreren
Milliarden Dollar prognostiziert, hat es geschafft, … von Microsoft zu erreichen" the
loss is OpenAI's, and in "ein Oracle-Rechenzentrum in Texas …, das Hunderttausende von
Nvidia-KI-Chips beherbergen könnte" the chips have nothing to do with Texas.

English docs carry a dependency parse: the figure's clause is the verb that governs it,
its subject the verb's `nsubj` (a relative clause's is the noun it modifies). The German
pipeline has no parser, so clauses are cut at commas and classified by their first word
(subordinator, relative pronoun, apposition, new main clause); a clause's subject is its
first name not governed by a preposition, a relative clause's the noun before it, and a
main clause without one continues the subject of the main clause it resumes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from tui.analysis.facts.numbers import is_bare_amount
from tui.analysis.facts.spans import clean_name, doc_index

NAME_LABELS = {"PER", "ORG", "LOC", "OUTLET", "MISC"}

PREPOSITIONS_DE = set(
    [
        "von",
        "vom",
        "bei",
        "beim",
        "mit",
        "nach",
        "aus",
        "zu",
        "zum",
        "zur",
        "für",
        "gegen",
        "ohne",
        "um",
        "über",
        "unter",
        "vor",
        "hinter",
        "neben",
        "zwischen",
        "an",
        "am",
        "auf",
        "in",
        "im",
        "ins",
        "durch",
        "laut",
        "gemäß",
        "trotz",
        "wegen",
        "seit",
        "bis",
        "ab",
        "dank",
        "statt",
        "per",
        "pro",
        "je",
        "außer",
        "gegenüber",
        "innerhalb",
        "außerhalb",
    ]
)
PREPOSITIONS_EN = set(
    [
        "of",
        "from",
        "at",
        "by",
        "with",
        "to",
        "for",
        "in",
        "on",
        "into",
        "onto",
        "about",
        "against",
        "between",
        "among",
        "under",
        "over",
        "after",
        "before",
        "since",
        "until",
        "through",
        "during",
        "despite",
        "including",
        "like",
        "than",
        "per",
        "via",
    ]
)
SUBORDINATORS_DE = set(
    [
        "dass",
        "daß",
        "weil",
        "obwohl",
        "obgleich",
        "da",
        "während",
        "wenn",
        "falls",
        "ob",
        "damit",
        "nachdem",
        "bevor",
        "ehe",
        "sodass",
        "indem",
        "sobald",
        "solange",
        "seitdem",
        "sofern",
        "wie",
        "wo",
        "woraufhin",
    ]
)
# infinitive clauses have no subject of their own: "um ein Rechenzentrum zu mieten"
INFINITIVE_DE = {"um", "ohne", "anstatt", "statt"}
RELATIVES_DE = {"der", "die", "das", "welcher", "welche", "welches"}
OBLIQUE_RELATIVES_DE = {"dem", "den", "denen", "dessen", "deren", "welchem", "welchen"}
# the start of an apposition or enumeration: ", darunter Nvidia und MGX", ", eine … Firma"
CONTINUATIONS_DE = set(
    [
        "darunter",
        "etwa",
        "insbesondere",
        "vor",
        "allem",
        "zum",
        "beispiel",
        "also",
        "nämlich",
        "ein",
        "eine",
        "einer",
        "einen",
        "eines",
        "einem",
        "sowie",
        "bzw.",
        "beziehungsweise",
    ]
)
COORDINATORS_DE = {"aber", "doch", "denn", "sondern", "jedoch", "und", "oder"}
OBLIQUE_ARTICLES_DE = {"dem", "den", "des", "einem", "einen", "eines", "einer"}
ARTICLES_DE = {"der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem"}
# "Das Unternehmen", "the company": the subject of an earlier clause, named again
ANAPHORS = set(
    [
        "unternehmen",
        "konzern",
        "firma",
        "gruppe",
        "hersteller",
        "startup",
        "start-up",
        "ki-unternehmen",
        "company",
        "firm",
        "group",
        "giant",
        "maker",
        "startup",
        "start-up",
        "carrier",
        "lender",
        "bank",
    ]
)
PRONOUNS_ORG = {"es", "it", "sie", "they"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "conj", "parataxis", "acl"}
PUNCT = {",", ";", ":", "–", "—", "(", ")"}


@dataclass(frozen=True)
class Mention:
    """A name in the text: the NER's, or a repetition of a name the NER tagged elsewhere."""

    first: int  # token index
    end: int  # token index after the last token
    name: str
    label: str


def _is_name(text: str) -> bool:
    return bool(text.strip()) and not is_bare_amount(text)


Known = dict[str, list[tuple[tuple[str, ...], str]]]


def known_names(doc: Doc, names: dict[str, str] | None = None) -> Known:
    """Every name the NER tagged in the doc, or that other facts established (`names`: the
    organisation of "OpenAI-CEO Sam Altman"), by first word: built once per doc."""
    known: Known = {}
    pairs = [
        (tuple(t.text for t in e), e.label_) for e in doc_index(doc).ents if e.label_ in NAME_LABELS
    ]
    pairs += [(tuple(name.split()), label) for name, label in (names or {}).items()]
    for words, label in pairs:
        if words and _is_name(" ".join(words)):
            entries = known.setdefault(words[0], [])
            if all(w != words for w, _ in entries):
                entries.append((words, label))
    return known


def sentence_mentions(
    doc: Doc, sent: Span, figures: list[tuple[int, int]], known: Known
) -> list[Mention]:
    """Names in `sent` outside the figures, with names the NER missed here but tagged
    elsewhere in the doc ("OpenAI, das …" when only other mentions were tagged)."""
    index = doc_index(doc)
    ents = index.ents_within(sent.start, sent.end)
    found: list[Mention] = []
    covered: set[int] = set()
    for ent in ents:
        if ent.label_ in NAME_LABELS:
            covered.update(range(ent.start, ent.end))
            found.append(Mention(ent.start, ent.end, clean_name(ent.text), ent.label_))
    text = index.text
    words = [
        text[a:b]
        for a, b in zip(
            index.starts[sent.start : sent.end], index.ends[sent.start : sent.end], strict=True
        )
    ]
    i = 0
    while i < len(words):
        hit: tuple[str, int] | None = None
        for name, label in known.get(words[i], ()):
            n = len(name)
            at = sent.start + i
            if (
                tuple(words[i : i + n]) == name
                and not covered.intersection(range(at, at + n))
                and (hit is None or n > hit[1])
            ):
                hit = (label, n)
        if hit is not None:
            at = sent.start + i
            found.append(Mention(at, at + hit[1], clean_name(doc[at : at + hit[1]].text), hit[0]))
            i += hit[1]
        else:
            i += 1
    kept = []
    for m in found:
        start, end = index.starts[m.first], index.ends[m.end - 1]
        if _is_name(text[start:end]) and not any(s < end and start < e for s, e in figures):
            kept.append(m)
    return sorted(kept, key=lambda m: m.first)


# --- German: clauses cut at punctuation -------------------------------------------------------


@dataclass
class _Segment:
    first: int
    end: int
    kind: str  # main, sub, inf, rel, cont
    clause: int  # index of the segment that opens its clause
    subject: Mention | None = None


def _segments(doc: Doc, sent: Span) -> list[tuple[int, int]]:
    index = doc_index(doc)
    cuts = [sent.start]
    for i in range(sent.start + 1, sent.end):
        if index.text[index.starts[i] : index.ends[i]] in PUNCT:
            cuts.append(i + 1)
    cuts.append(sent.end)
    return [(a, b) for a, b in pairwise(cuts) if a < b]


def _kind_de(doc: Doc, first: int, end: int) -> str:
    words = [t for t in doc[first:end] if not t.is_punct]
    if not words:
        return "cont"
    w = words[0].lower_
    nxt = words[1] if len(words) > 1 else None
    if w in SUBORDINATORS_DE:
        return "sub"
    if w in INFINITIVE_DE:
        return "inf"
    if w in OBLIQUE_RELATIVES_DE or (
        w in PREPOSITIONS_DE
        and nxt is not None
        and nxt.lower_ in RELATIVES_DE | OBLIQUE_RELATIVES_DE
    ):
        return "rel"
    if w in RELATIVES_DE:
        # an article is followed by its noun or an adjective, a relative pronoun is not
        if nxt is not None and (
            nxt.text[:1].isupper() or re.fullmatch(r"[a-zäöüß]+e[nrs]?", nxt.text)
        ):
            return "cont"
        return "rel"
    if w in CONTINUATIONS_DE or words[0].like_num:
        return "cont"
    return "main"


def _governed(doc: Doc, m: Mention, first: int) -> bool:
    """True if a preposition, an oblique article or a noun before it governs the name."""
    j = m.first - 1
    if j >= first and doc[j].lower_ in OBLIQUE_ARTICLES_DE:
        return True  # "dem", "den", "des", "einem": not the nominative
    while j >= first and doc[j].lower_ in ARTICLES_DE:
        j -= 1
    if j < first:
        return False
    prev = doc[j]
    if prev.lower_ in PREPOSITIONS_DE:
        return True
    # "die Investition der Telekom": a genitive after a noun
    return doc[m.first - 1].lower_ == "der" and prev.text[:1].isupper() and prev.is_alpha


def _subject_in(doc: Doc, first: int, end: int, mentions: list[Mention]) -> Mention | None:
    for m in mentions:
        if first <= m.first < end and m.label != "MISC" and not _governed(doc, m, first):
            return m
    return None


def _antecedent(doc: Doc, seg: tuple[int, int], mentions: list[Mention]) -> Mention | None:
    """The noun a relative clause refers to: the last one of the segment before it,
    leaving out a trailing prepositional phrase ("ein Rechenzentrum in Texas, das …")."""
    first, end = seg
    j = end - 1
    # "ein Rechenzentrum in Texas zu mieten, das …": back over the verb to the last noun
    while j >= first and (doc[j].is_punct or not doc[j].text[:1].isupper()):
        j -= 1
    # and over a prepositional phrase to the noun it belongs to
    k = j - 1
    while k >= first and k >= j - 3 and doc[k].lower_ in ARTICLES_DE | {"ganzen", "ganzes"}:
        k -= 1
    if k - 1 >= first and doc[k].lower_ in PREPOSITIONS_DE and doc[k - 1].text[:1].isupper():
        j = k - 1
    for m in mentions:
        if m.first <= j < m.end:
            return m
    tok = doc[j] if j >= first else None
    if tok is not None and "-" in tok.text:
        # "Oracle-Rechenzentrum": the name at the front of the compound
        head = tok.text.split("-")[0]
        for m in mentions:
            if m.name == head:
                return Mention(tok.i, tok.i + 1, head, m.label)
        for ent in doc_index(doc).ents:
            if ent.text == head and ent.label_ in NAME_LABELS:
                return Mention(tok.i, tok.i + 1, head, ent.label_)
    return None


def _anaphor(doc: Doc, first: int, end: int) -> bool:
    """ "Das Unternehmen sicherte sich …", "Es hat …": an earlier subject named again."""
    words = [t for t in doc[first:end] if not t.is_punct][:3]
    if not words:
        return False
    if words[0].lower_ in PRONOUNS_ORG:
        return True
    j = 1 if words[0].lower_ in ARTICLES_DE | {"the"} else 0
    return j < len(words) and words[j].lower_ in ANAPHORS


class ClauseReader:
    """Remembers the last subject across sentences, for "Das Unternehmen …"."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.last_subject: Mention | None = None

    def german(self, sent: Span, mentions: list[Mention]) -> list[_Segment]:
        """The sentence's segments with their clause and subject."""
        doc = self.doc
        segs: list[_Segment] = []
        main_subject: Mention | None = None
        previous_main = None
        for idx, (first, end) in enumerate(_segments(doc, sent)):
            kind = _kind_de(doc, first, end) if idx else "main"
            clause = idx
            subject: Mention | None = None
            if kind == "cont" and segs:
                clause = segs[-1].clause
                subject = segs[-1].subject
            elif kind == "rel" and segs:
                w = doc[first].lower_
                own = _subject_in(doc, first, end, mentions)
                if w in RELATIVES_DE and own is None:
                    prev = segs[-1]
                    subject = _antecedent(doc, (prev.first, prev.end), mentions)
                else:
                    subject = own
            else:
                subject = _subject_in(doc, first, end, mentions)
                if subject is None and kind in ("main", "inf"):
                    subject = main_subject
                if subject is None and idx == 0 and _anaphor(doc, first, end):
                    subject = self.last_subject
            segs.append(_Segment(first, end, kind, clause, subject))
            if kind == "main":
                previous_main = segs[-1]
                main_subject = main_subject or subject
        opening = segs[0].subject if segs else None
        if previous_main is not None and opening is not None and opening.label in ("ORG", "PER"):
            self.last_subject = opening
        return segs

    def figure_entities_de(
        self, segs: list[_Segment], mentions: list[Mention], first: int, end: int
    ) -> tuple[str, ...]:
        seg = next((s for s in segs if s.first <= first < s.end), None)
        if seg is None:
            return ()
        clause = [s for s in segs if s.clause == seg.clause]
        names = [seg.subject.name] if seg.subject else []
        for m in mentions:
            if any(s.first <= m.first < s.end for s in clause):
                names.append(m.name)
        return tuple(dict.fromkeys(n for n in names if n))

    # --- English: the dependency parse ------------------------------------------------------

    def figure_entities_en(
        self, sent: Span, mentions: list[Mention], first: int, end: int
    ) -> tuple[str, ...]:
        doc = self.doc
        root = doc[first:end].root
        verb = root
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT" and verb.head is not verb:
            verb = verb.head
        subject = self._subject_en(verb, mentions)
        inside = _clause_tokens(verb, root)
        names = [subject.name] if subject else []
        names += [m.name for m in mentions if m.first in inside]
        if not names and verb.dep_ == "ccomp" and verb.head is not verb:
            # "India's government said the deficit was 830bn rupees": the teller's subject
            outer = self._subject_en(verb.head, mentions)
            names = [outer.name] if outer else []
        return tuple(dict.fromkeys(names))

    def _subject_en(self, verb: Token, mentions: list[Mention]) -> Mention | None:
        for _ in range(4):
            subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if (
                subj is not None
                and subj.lower_ in ("which", "that", "who")
                and verb.dep_ == "relcl"
            ):
                return _mention_in(verb.head, mentions)
            if subj is not None:
                found = _mention_in(subj, mentions)
                if found is None and _anaphor(self.doc, subj.left_edge.i, subj.i + 1):
                    found = self.last_subject
                return found
            if verb.dep_ == "relcl":
                return _mention_in(verb.head, mentions)
            if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head is verb:
                return None
            verb = verb.head
        return None

    def remember_en(self, sent: Span, mentions: list[Mention]) -> None:
        root = sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            found = _mention_in(subj, mentions)
            if found is not None and found.label in ("ORG", "PER"):
                self.last_subject = found


def _mention_in(tok: Token, mentions: list[Mention]) -> Mention | None:
    """The name the subject is or holds: "Intel", "Intel's board", "shares of Apple";
    not one in a phrase or clause attached to it ("a data centre in Texas that …")."""
    for m in mentions:
        if m.first <= tok.i < m.end:
            return m
    held: set[int] = set()
    for child in tok.children:
        if child.dep_ in ("compound", "poss", "nmod", "appos") or (
            child.dep_ == "prep" and child.lower_ == "of"
        ):
            held.update(range(child.left_edge.i, child.right_edge.i + 1))
    return next((m for m in mentions if m.first in held), None)


def _clause_tokens(verb: Token, keep: Token) -> set[int]:
    """The verb's subtree without the clauses embedded in it (unless they hold `keep`)."""
    inside: set[int] = set()
    stack = [verb]
    while stack:
        tok = stack.pop()
        inside.add(tok.i)
        for child in tok.children:
            embedded = child.dep_ in CLAUSE_DEPS and child.pos_ in ("VERB", "AUX")
            if embedded and not child.left_edge.i <= keep.i <= child.right_edge.i:
                continue
            stack.append(child)
    return inside
