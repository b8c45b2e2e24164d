"""Attributions: who said or reported what ("Laut der New York Times", "berichtet das Wall
Street Journal", "sagt Altman der NYT", "according to Reuters", "Nadella said").

German has no parser in this project, so German cues are fixed word sequences (`CueMatcher`)
with the speaker taken from the entity or outlet name next to the cue. English uses the
dependency parse (`SpeechSubjects`): the subject of a speech verb, the object of
"according to", the recipient of "told". Anonymous cues ("Berichten zufolge", "the
company said") give no fact: an attribution without a name tells the reader nothing.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, HEAD, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from tui.analysis.facts.roles import normalise_role
from tui.analysis.facts.spans import (
    DETERMINERS,
    Named,
    doc_index,
    name_at,
    name_ending_at,
    skip_determiners,
    token_after,
    token_before,
)

SPEECH_DE = {
    "teilte",
    "teilt",
    "teilten",
    "kündigte",
    "kündigt",
    "gab",
    "gibt",
    "wies",
    "weist",
    "erwartet",
    "erwartete",
    "bekräftigt",
    "bekräftigte",
    "sprach",
    "spricht",
    "verwies",
    "verweist",
    "forderte",
    "fordert",
    "kritisiert",
    "lobte",
    "nannte",
    "unterstrich",
    "versicherte",
    "mitteilte",
    "mitteilt",
    "ankündigte",
    "sagt",
    "sagte",
    "sagten",
    "sagen",
    "berichtet",
    "berichtete",
    "berichteten",
    "berichten",
    "meldet",
    "meldete",
    "meldeten",
    "schreibt",
    "schrieb",
    "schrieben",
    "erklärt",
    "erklärte",
    "erklärten",
    "betont",
    "betonte",
    "betonten",
    "bestätigt",
    "bestätigte",
    "bestätigten",
    "zitiert",
    "zitierte",
    "warnt",
    "warnte",
    "kritisierte",
    "meint",
    "meinte",
    "ergänzt",
    "ergänzte",
    "verkündete",
    "verkündet",
    "twitterte",
    "argumentiert",
    "argumentierte",
    "räumte",
    "räumt",
    "so",
}
_SPEECH_EN_BASES = (
    "report",
    "announce",
    "add",
    "note",
    "confirm",
    "state",
    "explain",
    "argue",
    "warn",
    "claim",
    "insist",
    "tweet",
    "post",
    "acknowledge",
    "disclose",
    "reveal",
    "predict",
    "estimate",
    "comment",
    "caution",
    "stress",
)
# inflected forms, since the project's English pipeline runs without a lemmatizer
SPEECH_EN = {
    "say",
    "says",
    "said",
    "tell",
    "tells",
    "told",
    "write",
    "writes",
    "wrote",
    "written",
} | {
    form
    for base in _SPEECH_EN_BASES
    for form in (base, base + "s", (base[:-1] if base.endswith("e") else base) + "ed")
}
# "laut einem Bericht der New York Times": nouns between the cue and the speaker
REPORT_NOUNS = {
    "bericht",
    "berichten",
    "angaben",
    "informationen",
    "recherchen",
    "quellen",
    "studie",
    "umfrage",
    "mitteilung",
    "sprecher",
    "sprecherin",
    "aussagen",
    "daten",
    "schätzungen",
    "berechnungen",
    "analyse",
    "prognose",
    "erhebung",
    "report",
    "reports",
    "statement",
    "sources",
    "data",
    "estimates",
    "analysis",
    "survey",
    "poll",
    "study",
    "figures",
    "calculations",
    "research",
}
REPORT_NOUNS_DE = {
    "umfrage",
    "studie",
    "analyse",
    "bericht",
    "berechnung",
    "schätzung",
    "prognose",
    "erhebung",
    "auswertung",
    "mitteilung",
    "recherche",
    "untersuchung",
}
# German compounds ending like a descriptor: "Vergleichsportals", "Wirtschaftsforschungsinstitut"
DESCRIPTOR_SUFFIXES = (
    "portal",
    "portals",
    "institut",
    "instituts",
    "zeitung",
    "magazin",
    "magazins",
    "agentur",
    "sender",
    "senders",
    "dienst",
    "dienstes",
)
# what a name is introduced as: "des Instituts Forsa", "the research firm Mercury Research"
DESCRIPTORS = {
    "institut",
    "instituts",
    "institutes",
    "zeitung",
    "magazin",
    "magazins",
    "portal",
    "portals",
    "sender",
    "senders",
    "nachrichtenagentur",
    "agentur",
    "nachrichtenportal",
    "wirtschaftszeitung",
    "tageszeitung",
    "wochenzeitung",
    "fachmagazin",
    "branchendienst",
    "analysehaus",
    "analysehauses",
    "marktforscher",
    "marktforschers",
    "unternehmen",
    "unternehmens",
    "konzern",
    "konzerns",
    "ratingagentur",
    "bank",
    "beratungsfirma",
    "research",
    "firm",
    "broadcaster",
    "newspaper",
    "paper",
    "agency",
    "news",
    "magazine",
    "website",
    "outlet",
    "daily",
    "institute",
    "company",
    "group",
    "consultancy",
    "wire",
    "service",
    "rating",
}
# "nach Angaben des …", "nach Berechnungen des Handelsblatts"
NACH_NOUNS = {
    "angaben",
    "informationen",
    "berechnungen",
    "recherchen",
    "schätzungen",
    "daten",
    "einschätzung",
    "darstellung",
    "auskunft",
}
GENITIVE_LINKS = {"der", "des", "von", "vom", "from", "by", "of"}
DATIVE_DE = {"der", "dem"}
# speech verbs that need a following name to be a cue at all
NEEDS_FOLLOWING = {"so"}


@dataclass(frozen=True)
class Attribution:
    cue_start: int  # char offsets of the cue word(s)
    cue_end: int
    speaker: Named
    recipient: Named | None = None

    @property
    def start(self) -> int:
        ends = [self.cue_start, self.speaker.start] + (
            [self.recipient.start] if self.recipient else []
        )
        return min(ends)

    @property
    def end(self) -> int:
        ends = [self.cue_end, self.speaker.end] + ([self.recipient.end] if self.recipient else [])
        return max(ends)


RULES = {get_string_id(name): name for name in ("LAUT", "ZUFOLGE", "SPEECH_DE", "WIE")}
# verbs that are speech only in some uses ("Netflix added 8.8 million subscribers")
WEAK_SPEECH_EN = {
    "add",
    "adds",
    "added",
    "post",
    "posts",
    "posted",
    "estimate",
    "estimates",
    "estimated",
    "predict",
    "predicts",
    "predicted",
    "note",
    "notes",
    "noted",
    "state",
    "states",
    "stated",
    "report",
    "reports",
    "reported",
}


_NACH_ARTICLES = ("einer", "einem", "der", "dem", "den", "jüngsten", "neuen")


class CueMatcher:
    """The cue words of the token-pattern route (both languages; English adds the
    parse): "according to"; German "laut", "nach Angaben", "nach einer Umfrage",
    "zufolge", a speech verb, "wie". Fixed words and lengths, so a lookup of each token's
    lower-case hash does what spaCy's `Matcher` did at a fifth of its cost on a long
    article. Matches are (match id, start, end), by start, as the `Matcher` gave them."""

    def __init__(self, vocab: Vocab, lang: str) -> None:
        strings = vocab.strings
        self.laut = strings.add("LAUT")
        self.zufolge = strings.add("ZUFOLGE")
        self.speech = strings.add("SPEECH_DE")
        self.wie = strings.add("WIE")
        self.according = strings.add("according")
        self.to = strings.add("to")
        self.german = lang == "de"
        self.single: dict[int, int] = {}
        self.nach = strings.add("nach")
        self.nach_nouns = frozenset(strings.add(w) for w in NACH_NOUNS)
        self.nach_articles = frozenset(strings.add(w) for w in _NACH_ARTICLES)
        self.report_nouns = frozenset(strings.add(w) for w in REPORT_NOUNS_DE)
        if self.german:
            self.single[strings.add("laut")] = self.laut
            self.single[strings.add("zufolge")] = self.zufolge
            self.single.update({strings.add(w): self.speech for w in SPEECH_DE})
            self.single[strings.add("wie")] = self.wie

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not len(doc):
            return []
        lower = doc.to_array(LOWER).tolist()
        n = len(lower)
        found: list[tuple[int, int, int]] = []
        for i, word in enumerate(lower):
            if word == self.according:
                if i + 1 < n and lower[i + 1] == self.to:
                    found.append((self.laut, i, i + 2))
                continue
            if not self.german:
                continue
            if word == self.nach:
                if i + 1 < n and lower[i + 1] in self.nach_nouns:
                    found.append((self.laut, i, i + 2))
                if (
                    i + 2 < n
                    and lower[i + 1] in self.nach_articles
                    and lower[i + 2] in self.report_nouns
                ):
                    found.append((self.laut, i, i + 3))
                continue
            match_id = self.single.get(word)
            if match_id is not None:
                found.append((match_id, i, i + 1))
        return found


def build_matcher(vocab: Vocab, lang: str) -> CueMatcher:
    """Cue words for the token-pattern route (both languages; English adds the parse)."""
    return CueMatcher(vocab, lang)


class SpeechSubjects:
    """English: the subject of a speech verb ("Nadella said", "said Microsoft") and the
    agent of a passive one ("was reported by Reuters"), read off the parse's arrays.
    spaCy's `DependencyMatcher` builds a map of every token of the doc on each call,
    which cost a third of the facts' time on a long article; the two patterns need
    only the children of the speech verbs."""

    def __init__(self, vocab: Vocab) -> None:
        strings = vocab.strings
        self.verbs = frozenset(strings.add(word) for word in SPEECH_EN)
        self.subjects = frozenset({strings.add("nsubj"), strings.add("nsubjpass")})
        self.agent = strings.add("agent")
        self.pobj = strings.add("pobj")
        self.say = strings.add("SAY_SUBJ")
        self.reported = strings.add("REPORTED_BY")

    def __call__(self, doc: Doc) -> list[tuple[int, list[int]]]:
        """(match id, [verb, subject]) or (match id, [verb, "by", subject]), by verb."""
        if not len(doc):
            return []
        rows = doc.to_array([LOWER, POS, DEP, HEAD]).astype("int64")
        lower, pos, dep = rows[:, 0].astype("uint64"), rows[:, 1], rows[:, 2].astype("uint64")
        heads = rows[:, 3] + numpy.arange(len(doc))
        verbs = [i for i in numpy.flatnonzero(pos == VERB).tolist() if int(lower[i]) in self.verbs]
        if not verbs:
            return []
        children: dict[int, list[int]] = {}
        for child, head in enumerate(heads.tolist()):
            if head != child:
                children.setdefault(head, []).append(child)
        found: list[tuple[int, list[int]]] = []
        for verb in verbs:
            for child in children.get(verb, ()):
                if int(dep[child]) in self.subjects:
                    found.append((self.say, [verb, child]))
                elif int(dep[child]) == self.agent:
                    found += [
                        (self.reported, [verb, child, grandchild])
                        for grandchild in children.get(child, ())
                        if int(dep[grandchild]) == self.pobj
                    ]
        return found


def skip_descriptors(doc: Doc, i: int, limit: int) -> int:
    """Skip "Portal" in "das Portal Tagesspiegel Background" (up to two words)."""
    j = i
    while j < limit and j - i < 2 and _is_descriptor(doc[j]):
        j += 1
    return j if j > i and name_at(doc, j, limit) is not None else i


def _is_descriptor(tok: Token) -> bool:
    if tok.ent_type_:
        return False
    if tok.lower_ in DESCRIPTORS:
        return True
    return (
        tok.doc.lang_ == "de"
        and tok.text[:1].isupper()
        and tok.lower_.endswith(DESCRIPTOR_SUFFIXES)
    )


def _introduced_name(doc: Doc, j: int, limit: int) -> Named | None:
    """A name the NER missed right after a descriptor: "des Vergleichsportals Verivox"."""
    if j <= 0 or j >= limit or not _is_descriptor(doc[j - 1]) or doc[j].is_sent_start:
        return None
    k = j
    while k < limit and k - j < 3 and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k += 1
    if k == j:
        return None
    return Named(doc[j].idx, doc[k - 1].idx + len(doc[k - 1].text), doc[j:k].text, "ORG")


def _after_report_noun(doc: Doc, i: int, limit: int) -> int:
    """Skip "einem Bericht der" / "Angaben von" / "a survey by" between cue and speaker."""
    j = skip_determiners(doc, i, limit)
    if j < limit and doc[j].lower_ in REPORT_NOUNS | NACH_NOUNS | REPORT_NOUNS_DE:
        j += 1
    if j < limit and doc[j].lower_ in GENITIVE_LINKS:
        j = skip_determiners(doc, j + 1, limit)
    return skip_descriptors(doc, j, limit)


def _speaker_before(doc: Doc, i: int, first: int) -> Named | None:
    """A name ending right before token `i`, allowing a determiner-less gap of nothing."""
    return name_ending_at(doc, i - 1, first)


def _recipient_after(doc: Doc, i: int, limit: int) -> Named | None:
    """ "sagt der NYT" – the dative outlet an utterance was made to (German)."""
    if i < limit and doc[i].lower_ in DATIVE_DE:
        named = name_at(doc, i + 1, limit)
        if named is not None and (named.outlet or named.label == "ORG"):
            return named
    return None


def _span_char(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def dep_matches(doc: Doc, subjects: SpeechSubjects | None) -> list[tuple[int, list[int]]]:
    """Speech-verb matches over the whole doc, once."""
    if subjects is None or not doc.has_annotation("DEP"):
        return []
    return subjects(doc)


def cue_matches(doc: Doc, matcher: CueMatcher) -> list[tuple[int, int, int]]:
    """The cue words' matches over the whole doc, once (fixed-length patterns: the same
    as matching each sentence apart, without walking the doc once per sentence)."""
    return matcher(doc)


def find_attributions(
    doc: Doc, sent: Span, cues: list[tuple[int, int, int]], speech: list[tuple[int, list[int]]]
) -> list[Attribution]:
    """Attributions inside one sentence; `cues`: `cue_matches` of the doc."""
    found: list[Attribution] = []
    first, limit = sent.start, sent.end
    at = bisect_left(cues, (first,), key=lambda cue: (cue[1],))
    inside = [c for c in cues[at:] if c[1] < limit]
    for match_id, start, end in inside:
        if start < first or end > limit:
            continue
        rule = RULES.get(match_id, "")
        cs, ce = _span_char(doc, start, end)
        if rule == "LAUT":
            j = _after_report_noun(doc, end, limit)
            speaker = name_at(doc, j, limit, propn_fallback=True)
            if speaker is None:
                k = j
                while k < limit and k - j < 2 and _is_descriptor(doc[k]):
                    k += 1
                speaker = _introduced_name(doc, k, limit)
            if speaker is not None:
                found.append(Attribution(cs, ce, speaker))
        elif rule == "ZUFOLGE":
            speaker = _speaker_before(doc, start, first)
            if speaker is not None:
                found.append(Attribution(cs, ce, speaker))
        elif rule == "WIE":
            att = _wie_clause(doc, start, limit)
            if att is not None:
                found.append(att)
        elif rule == "SPEECH_DE":
            att = _speech_de(doc, start, end, first, limit)
            if att is not None:
                found.append(att)
    if speech:
        for _match_id, token_ids in speech:
            if not (first <= token_ids[0] < limit):
                continue  # before making Tokens: this runs for every sentence
            verb, subj = doc[token_ids[0]], doc[token_ids[-1]]
            if verb.lower_ in WEAK_SPEECH_EN and not _introduces_speech(verb):
                continue
            recipient = None
            if verb.lower_ in ("tell", "tells", "told"):
                for child in verb.children:
                    if child.dep_ in ("dobj", "dative"):
                        recipient = _named_for_token(doc, child, limit)
            speaker = _named_for_token(doc, subj, limit)
            if speaker is None and recipient is not None and recipient.outlet:
                # "lawyers told the Financial Times": the outlet is what the text cites
                speaker, recipient = recipient, None
            if speaker is None:
                continue
            cs, ce = _span_char(doc, verb.i, verb.i + 1)
            lo, hi = min(cs, speaker.start), max(ce, speaker.end)
            if "\n" in doc_index(doc).text[lo:hi]:
                continue  # speaker and verb in different blocks (a title and its body)
            found.append(Attribution(cs, ce, speaker, recipient))
    return _dedupe(found)


def _wie_clause(doc: Doc, start: int, limit: int) -> Attribution | None:
    """ "wie das Handelsblatt am 6. November berichtete": name after "wie", verb at the
    clause end (German verb-final subordinate clause)."""
    j = skip_descriptors(doc, skip_determiners(doc, start + 1, limit), limit)
    speaker = name_at(doc, j, limit)
    if speaker is None or speaker.label not in ("ORG", "PER", "OUTLET"):
        return None
    k = token_after(doc, speaker)
    while k < limit and k - start < 14 and not doc[k].is_punct:
        if doc[k].lower_ in SPEECH_DE and doc[k].lower_ not in NEEDS_FOLLOWING:
            return Attribution(doc[start].idx, doc[k].idx + len(doc[k].text), speaker)
        k += 1
    return None


AFFILIATION_LINKS = {"von", "vom", "bei", "beim", "of", "at", "from"}


def _person_behind_affiliation(doc: Doc, org: Named, first: int) -> Named | None:
    """The PER name before "von der <org>" / "of <org>", if there is one."""
    k = token_before(doc, org)
    while k >= first and doc[k].lower_ in DETERMINERS:
        k -= 1
    if k - 1 < first or doc[k].lower_ not in AFFILIATION_LINKS:
        return None
    person = name_ending_at(doc, k - 1, first)
    return person if person is not None and person.label == "PER" else None


# verbs whose particle at the clause end makes them something else: zusagen, absagen,
# nachsagen, vorwerfen …; "kündigte … an" stays a speech act (ankündigen)
PARTICLES = {
    "sagt": {"zu", "ab", "nach", "voraus"},
    "sagte": {"zu", "ab", "nach", "voraus"},
    "sagten": {"zu", "ab", "nach", "voraus"},
    "sagen": {"zu", "ab", "nach", "voraus"},
    "meldet": {"an", "ab"},
    "meldete": {"an", "ab"},
}
# verbs that are speech only with their particle: mitteilen, ankündigen, einräumen, bekanntgeben
REQUIRED_PARTICLES = {
    "teilte": "mit",
    "teilt": "mit",
    "teilten": "mit",
    "kündigte": "an",
    "kündigt": "an",
    "räumte": "ein",
    "räumt": "ein",
    "gab": "bekannt",
    "gibt": "bekannt",
    "wies": "hin",
    "weist": "hin",
}


def _separable_particle(doc: Doc, end: int, limit: int, word: str) -> bool:
    """True if the particle at the clause end makes the verb no speech verb."""
    particles = PARTICLES.get(word)
    required = REQUIRED_PARTICLES.get(word)
    if not particles and not required:
        return False
    k = end
    while k < limit and not doc[k].is_punct:
        k += 1
    last = doc[k - 1].lower_ if k - 1 >= end else ""
    if required:
        return last != required
    return last in (particles or set())


def _speech_de(doc: Doc, start: int, end: int, first: int, limit: int) -> Attribution | None:
    """German speech verb: "Altman sagte (der NYT)", "berichtet die New York Times",
    "wie die New York Times berichtet", ", so Altman"."""
    word = doc[start].lower_
    cs, ce = _span_char(doc, start, end)
    if _separable_particle(doc, end, limit, word):
        return None  # "Microsoft sagte die Teilnahme ab": absagen, not sagen
    if word not in NEEDS_FOLLOWING:
        before = _speaker_before(doc, start, first)
        if before is not None and before.label != "PER":
            # "Analyst Markus Mayer von der Baader Bank sprach": the person speaks
            before = _person_behind_affiliation(doc, before, first) or before
        if before is not None and before.label in ("PER", "ORG", "OUTLET"):
            prev = token_before(doc, before)
            starts_clause = (
                prev < first
                or doc[prev].is_punct
                or doc[prev].lower_ in DETERMINERS | {"wie", "und"}
                or normalise_role(doc[prev].text) is not None
            )
            if starts_clause:
                return Attribution(cs, ce, before, _recipient_after(doc, end, limit))
    after = skip_descriptors(doc, skip_determiners(doc, end, limit), limit)
    if after < limit and normalise_role(doc[after].text) is not None:
        after += 1  # "sagte der Ehrenvorsitzende Karl-Peter Naumann"
    speaker = name_at(doc, after, limit)
    if speaker is not None and speaker.label in ("PER", "ORG", "OUTLET"):
        # ", so Altman" – "so" is a cue only right after a comma
        if word in NEEDS_FOLLOWING and (start == first or doc[start - 1].text != ","):
            return None
        return Attribution(cs, ce, speaker, _recipient_after(doc, token_after(doc, speaker), limit))
    return None


def _introduces_speech(verb: Token) -> bool:
    """A clause, a quote or a comma next to the verb: "…," he added / added that …"""
    if any(c.dep_ in ("dobj", "attr") for c in verb.children):
        return False
    text = doc_index(verb.doc).text
    line_start = text.rfind("\n", 0, verb.idx) + 1
    line_end = text.find("\n", verb.idx)
    line = text[line_start : line_end if line_end >= 0 else len(text)].rstrip()
    if not line.endswith((".", "!", "?", '"', "”", "“", "«", "»", ":")):
        return False  # a headline: parses of fragments are guesses
    for c in verb.children:
        # "added that …", "said the deal …": a clause; "adds … as X pays off" is none
        marks = [m.lower_ for m in c.children if m.dep_ == "mark"]
        if c.dep_ == "parataxis" or (c.dep_ == "ccomp" and (not marks or marks == ["that"])):
            return True
    doc = verb.doc
    near = [doc[i] for i in (verb.i - 1, verb.i + 1) if 0 <= i < len(doc)]
    return any(t.text in {",", '"', "“", "”", "'", ":"} for t in near) or verb.i == len(doc) - 1


def _named_for_token(doc: Doc, tok: Token, limit: int) -> Named | None:
    """The entity or outlet a (head) token belongs to, else None."""
    for ent in doc_index(doc).ents:
        if ent.start <= tok.i < ent.end:
            return name_at(doc, skip_determiners(doc, ent.start, ent.end), ent.end)
    for child in tok.children:
        # "Meta's chief financial officer, Susan Li, said": the apposition names the speaker
        if child.dep_ == "appos" and child.ent_type_ == "PER":
            return _named_for_token(doc, child, limit)
    left = tok.left_edge.i
    named = name_at(doc, skip_determiners(doc, left, tok.i + 1), limit)
    if named is not None and named.start <= tok.idx < named.end:
        return named
    if tok.pos_ == "PROPN" and tok.text[:1].isupper() and not _in_numeric(doc, tok.i):
        # a name the NER missed ("Pfizer said"): the proper-noun compound around the subject
        first = tok.i
        while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound":
            first -= 1
        span = doc[first : tok.i + 1]
        return Named(span.start_char, span.end_char, span.text, "ORG")
    return None


def _in_numeric(doc: Doc, i: int) -> bool:
    group = doc.spans.get("limelight_numeric") if "limelight_numeric" in doc.spans else None
    return group is not None and any(s.start <= i < s.end for s in group)


def _dedupe(found: list[Attribution]) -> list[Attribution]:
    out: list[Attribution] = []
    for att in sorted(found, key=lambda a: (a.start, -(a.end - a.start))):
        if any(
            o.speaker.start == att.speaker.start or (o.start < att.end and att.start < o.end)
            for o in out
        ):
            continue
        out.append(att)
    return out
