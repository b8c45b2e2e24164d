"""Roles: who holds which position where ("OpenAI-CEO Sam Altman", "Sam Altman, CEO of
OpenAI", "der Bundeskanzler Olaf Scholz", "Apple chief executive Tim Cook").

Role words are found by their words (single words, German compounds, English multi-word
titles looked up by their lower-case hashes); the person and organisation then come from the entities next to them
in one of a few fixed arrangements. A role is only reported with a PER entity: a title
without a named holder is not a fact about anyone.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from tui.analysis.tokens import doc_words

# roles as written alone; value is the canonical form reported in Fact.role
SINGLE_ROLES: dict[str, str] = {
    "ceo": "CEO",
    "cfo": "CFO",
    "coo": "COO",
    "cto": "CTO",
    "cio": "CIO",
    "cso": "CSO",
    "chef": "Chef",
    "chefin": "Chefin",
    "gründer": "Gründer",
    "gründerin": "Gründerin",
    "mitgründer": "Mitgründer",
    "mitgründerin": "Mitgründerin",
    "mitbegründer": "Mitbegründer",
    "co-founder": "co-founder",
    "cofounder": "co-founder",
    "founder": "founder",
    "co-ceo": "co-CEO",
    "co-chef": "Co-Chef",
    "co-chefin": "Co-Chefin",
    "präsident": "Präsident",
    "präsidentin": "Präsidentin",
    "president": "president",
    "vorsitzende": "Vorsitzende",
    "vorsitzender": "Vorsitzender",
    "chairman": "chairman",
    "chairwoman": "chairwoman",
    "chair": "chair",
    "geschäftsführer": "Geschäftsführer",
    "geschäftsführerin": "Geschäftsführerin",
    "sprecher": "Sprecher",
    "sprecherin": "Sprecherin",
    "spokesperson": "spokesperson",
    "spokesman": "spokesman",
    "spokeswoman": "spokeswoman",
    "kanzler": "Kanzler",
    "kanzlerin": "Kanzlerin",
    "chancellor": "chancellor",
    "bundeskanzler": "Bundeskanzler",
    "bundeskanzlerin": "Bundeskanzlerin",
    "minister": "Minister",
    "ministerin": "Ministerin",
    "senator": "senator",
    "senatorin": "Senatorin",
    "governor": "governor",
    "gouverneur": "Gouverneur",
    "gouverneurin": "Gouverneurin",
    "mayor": "mayor",
    "bürgermeister": "Bürgermeister",
    "bürgermeisterin": "Bürgermeisterin",
    "direktor": "Direktor",
    "direktorin": "Direktorin",
    "director": "director",
    "leiter": "Leiter",
    "leiterin": "Leiterin",
    "analyst": "analyst",
    "analystin": "Analystin",
    "investor": "investor",
    "trainer": "Trainer",
    "trainerin": "Trainerin",
    "coach": "coach",
    "botschafter": "Botschafter",
    "botschafterin": "Botschafterin",
    "ambassador": "ambassador",
    "premier": "Premier",
    "premierminister": "Premierminister",
    "premierministerin": "Premierministerin",
    "ministerpräsident": "Ministerpräsident",
    "ministerpräsidentin": "Ministerpräsidentin",
    "bundespräsident": "Bundespräsident",
    "bundespräsidentin": "Bundespräsidentin",
    "vizekanzler": "Vizekanzler",
    "secretary": "secretary",
    "vorstandschef": "Vorstandschef",
    "vorstandschefin": "Vorstandschefin",
    "vorstandsvorsitzende": "Vorstandsvorsitzende",
    "vorstandsvorsitzender": "Vorstandsvorsitzender",
    "aufsichtsratschef": "Aufsichtsratschef",
    "konzernchef": "Konzernchef",
    "konzernchefin": "Konzernchefin",
    "firmenchef": "Firmenchef",
    "firmenchefin": "Firmenchefin",
    "unternehmenschef": "Unternehmenschef",
    "gesellschafter": "Gesellschafter",
    "partner": "partner",
    "professor": "Professor",
    "professorin": "Professorin",
    "economist": "economist",
    "ökonom": "Ökonom",
    "ökonomin": "Ökonomin",
    "chefvolkswirt": "Chefvolkswirt",
    "chefvolkswirtin": "Chefvolkswirtin",
    "head": "head",
    "chief": "chief",
    "boss": "Boss",
    "negotiator": "negotiator",
    "verhandlungsführer": "Verhandlungsführer",
    "verhandlungsführerin": "Verhandlungsführerin",
    "administrator": "administrator",
    "commissioner": "commissioner",
    "kommissar": "Kommissar",
    "kommissarin": "Kommissarin",
    "staatssekretär": "Staatssekretär",
    "staatssekretärin": "Staatssekretärin",
    "landrat": "Landrat",
    "landrätin": "Landrätin",
}
# German compounds built on these heads are roles too: "Finanzminister", "Parteichefin"
COMPOUND_HEADS = (
    "vorstand",
    "vorständin",
    "minister",
    "ministerin",
    "kanzler",
    "kanzlerin",
    "chef",
    "chefin",
    "präsident",
    "präsidentin",
    "vorsitzende",
    "vorsitzender",
    "sprecher",
    "sprecherin",
    "gründer",
    "gründerin",
    "direktor",
    "direktorin",
    "leiter",
    "leiterin",
    "geschäftsführer",
    "geschäftsführerin",
    "bürgermeister",
    "bürgermeisterin",
    "senator",
    "senatorin",
    "botschafter",
    "botschafterin",
    "trainer",
    "trainerin",
    "analyst",
    "analystin",
    "ökonom",
    "ökonomin",
    "volkswirt",
    "volkswirtin",
)
# words that end like a role head but are not roles
NOT_ROLES = {
    "küchenchef",
    "schiffsleiter",
    "stromleiter",
    "halbleiter",
    "wegweiser",
    "chefsache",
    "leiterplatte",
    "tischler",
    "ableiter",
    "blitzableiter",
    "schachtleiter",
}
# English titles of several words
MULTI_ROLES: dict[tuple[str, ...], str] = {
    ("chief", "executive", "officer"): "CEO",
    ("chief", "executive"): "CEO",
    ("chief", "financial", "officer"): "CFO",
    ("chief", "operating", "officer"): "COO",
    ("chief", "technology", "officer"): "CTO",
    ("chief", "scientist"): "chief scientist",
    ("chief", "economist"): "chief economist",
    ("prime", "minister"): "prime minister",
    ("chief", "minister"): "chief minister",  # an Indian state's head of government
    ("grand", "chief"): "grand chief",  # a First Nations council's head
    ("foreign", "minister"): "foreign minister",
    ("finance", "minister"): "finance minister",
    ("managing", "director"): "managing director",
    ("executive", "director"): "executive director",
    ("vice", "president"): "vice president",
    ("general", "manager"): "general manager",
    ("secretary", "of", "state"): "secretary of state",
    ("treasury", "secretary"): "treasury secretary",
    ("co", "-", "founder"): "co-founder",
    ("co", "-", "ceo"): "co-CEO",
    ("co", "-", "chief", "executive"): "co-CEO",
    ("co", "-", "chief", "executive", "officer"): "co-CEO",
    ("co", "-", "chair"): "co-chair",
    ("opposition", "leader"): "opposition leader",
    ("party", "leader"): "party leader",
    ("majority", "leader"): "majority leader",
    ("minority", "leader"): "minority leader",
    ("press", "secretary"): "press secretary",
    ("chief", "of", "staff"): "chief of staff",
    ("executive", "chairman"): "executive chairman",
    ("board", "member"): "board member",
    ("head", "of", "research"): "head of research",
}
# "chief" and "head" alone are too vague to stand for a role
WEAK_ROLES = {"chief", "head", "partner", "investor", "secretary"}

_COMPOUND_RE = re.compile(
    r"^(?P<prefix>[\wÄÖÜäöüß.&]+?)(?P<head>"
    + "|".join(sorted(COMPOUND_HEADS, key=len, reverse=True))
    + r")(?P<infl>s|en|n)?$",
    re.IGNORECASE,
)
# hyphen prefixes that qualify a role rather than name an organisation: "Ex-CEO"
ROLE_PREFIXES = {
    "ex",
    "vize",
    "interims",
    "noch",
    "alt",
    "top",
    "ober",
    "unter",
    "stellv",
    "vice",
    "deputy",
    "acting",
    "former",
    "kommissarischer",
}


@dataclass(frozen=True)
class RoleMention:
    """A role word in the doc, with the organisation a compound names ("OpenAI-CEO")."""

    start: int  # token index
    end: int
    role: str
    prefix: str | None = None  # "OpenAI" in "OpenAI-CEO", "Finanz" is not kept
    weak: bool = False  # "head", "chief": a role only with an organisation ("head of X")


@functools.lru_cache(maxsize=65536)  # called for every token; words repeat
def normalise_role(word: str) -> tuple[str, str | None] | None:
    """(canonical role, organisation prefix) for a single token, or None.

    "OpenAI-CEO" → ("CEO", "OpenAI"); "Finanzminister" → ("Finanzminister", None);
    "Präsidenten" → ("Präsident", None).
    """
    low = word.lower()
    if low in SINGLE_ROLES:
        return SINGLE_ROLES[low], None
    # "OpenAI-CEO", "ING-Chefvolkswirt", "US-Präsident": organisation, hyphen, role
    if "-" in word and not low.startswith("co-") and (word[0].isupper() or word[0].isdigit()):
        prefix, last = word.rsplit("-", 1)
        inner = normalise_role(last) if last[:1].isupper() else None
        if inner is None or inner[1] is not None or not prefix[-1:].isalnum():
            return None
        if prefix.lower() in ROLE_PREFIXES:
            return f"{prefix}-{inner[0]}", None
        return inner[0], prefix
    for suffix in ("s", "en", "n"):
        base = low.removesuffix(suffix)
        if base != low and base in SINGLE_ROLES and base not in WEAK_ROLES:
            return SINGLE_ROLES[base], None
    m = _COMPOUND_RE.match(word)
    if m and word[:1].isupper() and low not in NOT_ROLES and len(m.group("prefix")) >= 3:
        return word[: m.end("head")], None
    return None


class RolePhrases:
    """Multi-word English titles ("chief executive", "prime minister"): each title's
    words looked up from its first word's lower-case hash, where spaCy's `Matcher` walked
    every token through a state machine. Matches are (0, start, end) by start."""

    def __init__(self, vocab: Vocab) -> None:
        strings = vocab.strings
        self.phrases: dict[int, list[tuple[int, ...]]] = {}
        for words in MULTI_ROLES:
            hashes = tuple(strings.add(w) for w in words)
            self.phrases.setdefault(hashes[0], []).append(hashes)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not len(doc):
            return []
        lower = doc.to_array(LOWER).tolist()
        found = []
        for i, word in enumerate(lower):
            for phrase in self.phrases.get(word, ()):
                end = i + len(phrase)
                if end <= len(lower) and tuple(lower[i:end]) == phrase:
                    found.append((0, i, end))
        return sorted(found, key=lambda match: (match[1], match[2]))


def build_role_matcher(vocab: Vocab) -> RolePhrases:
    """Multi-word English titles; single tokens are checked with `normalise_role`."""
    return RolePhrases(vocab)


# English titles made of a capitalised field and one of these: "Commerce Secretary"
TITLE_HEADS = {"secretary", "minister", "commissioner", "ambassador", "governor", "administrator"}


def _field_word(token: Token) -> bool:
    """A capitalised word that opens a minister's field, inside a sentence or as its
    proper-noun start ("Public" of "Public Safety Minister")."""
    return (
        token.text[:1].isupper()
        and token.is_alpha
        and token.ent_type_ not in ("PER", "LOC", "MISC")
        and (not token.is_sent_start or token.pos_ == "PROPN")
        and normalise_role(token.text) is None
    )


def find_role_mentions(doc: Doc, matcher: RolePhrases) -> list[RoleMention]:
    """Role words and titles in `doc`, longest first where they overlap."""
    spans: list[Span] = []
    labels: dict[tuple[int, int], tuple[str, str | None]] = {}
    for _match_id, start, end in matcher(doc):
        words = tuple(t.lower_ for t in doc[start:end])
        if words in MULTI_ROLES:
            spans.append(doc[start:end])
            labels[(start, end)] = (MULTI_ROLES[words], None)
    texts = doc_words(doc)
    for i, text in enumerate(texts):
        norm = normalise_role(text)
        if norm is None:
            continue
        tok = doc[i]
        spans.append(doc[tok.i : tok.i + 1])
        labels[(tok.i, tok.i + 1)] = norm
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if (
            doc.lang_ != "de"
            and tok.lower_ in TITLE_HEADS
            and tok.text[:1].isupper()
            and prev is not None
            and prev.text[:1].isupper()
            and prev.is_alpha
            and (not prev.is_sent_start or prev.pos_ == "PROPN" or prev.ent_type_ == "ORG")
            and prev.ent_type_ not in ("PER", "LOC", "MISC")
            and normalise_role(prev.text) is None
        ):
            first = prev.i
            while first - 1 >= 0 and first > prev.i - 2 and _field_word(doc[first - 1]):
                first -= 1  # "Public Safety Minister", "International Trade Minister"
            spans.append(doc[first : tok.i + 1])
            labels[(first, tok.i + 1)] = (f"{doc[first : tok.i].text} {tok.text}", None)
    result = []
    for span in filter_spans(spans):
        role, prefix = labels[(span.start, span.end)]
        result.append(
            RoleMention(
                span.start, span.end, role, prefix, weak=role in WEAK_ROLES and prefix is None
            )
        )
    return result
