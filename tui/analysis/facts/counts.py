"""Counts with their noun: "19 an der Angelegenheit beteiligten Personen", "Hunderttausende
von Nvidia-KI-Chips", "1,500 employees".

A bare number says nothing in a sidebar; a number with the thing it counts does. Counts
are the riskiest figures for precision (years, page numbers, dates, scores all look like
numbers), so a count needs digits or a scale word, a noun right after it (adjectives and
one embedded German phrase allowed), and none of the guards below.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from tui.analysis.facts.figure import Figure
from tui.analysis.facts.numbers import NUMBER_RE, VAGUE_MULTIPLIERS, parse_number, scale_of

# a count of these is a duration or a time, which the date tagger owns
TIME_NOUNS = {
    "jahr",
    "jahre",
    "jahren",
    "jahres",
    "monat",
    "monate",
    "monaten",
    "woche",
    "wochen",
    "tag",
    "tage",
    "tagen",
    "stunde",
    "stunden",
    "minute",
    "minuten",
    "sekunde",
    "sekunden",
    "uhr",
    "jahrzehnt",
    "jahrzehnte",
    "jahrzehnten",
    "jahrhundert",
    "jahrhunderte",
    "quartal",
    "quartale",
    "quartalen",
    "halbjahr",
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "hour",
    "hours",
    "minutes",
    "second",
    "seconds",
    "decade",
    "decades",
    "century",
    "centuries",
    "quarter",
    "quarters",
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "o'clock",
    "uhr.",
}
MONTHS = {
    "januar",
    "jänner",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
    "january",
    "february",
    "march",
    "may",
    "june",
    "july",
    "october",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "okt",
    "nov",
    "dec",
    "dez",
}
# money and percent words belong to the other scanners
NOT_COUNTED = {
    "prozent",
    "prozentpunkte",
    "percent",
    "dollar",
    "dollars",
    "us-dollar",
    "euro",
    "euros",
    "pfund",
    "pounds",
    "franken",
    "yen",
    "yuan",
    "cent",
    "cents",
    "mal",
    "times",
    "times.",
    "prozentige",
    "prozentigen",
    "fach",
    "stück",
}
# a number after one of these is a reference (page, section, rank), not a count
REFERENCE_WORDS = {
    "seite",
    "seiten",
    "s.",
    "paragraf",
    "paragraph",
    "paragrafen",
    "satz",
    "zeile",
    "line",
    "kapitel",
    "kap.",
    "abschnitt",
    "artikel",
    "art.",
    "§",
    "§§",
    "nr.",
    "nr",
    "nummer",
    "absatz",
    "abs.",
    "ziffer",
    "punkt",
    "platz",
    "rang",
    "folge",
    "band",
    "bd.",
    "heft",
    "ausgabe",
    "teil",
    "tel.",
    "telefon",
    "fax",
    "page",
    "pages",
    "p.",
    "pp.",
    "section",
    "sec.",
    "chapter",
    "ch.",
    "article",
    "no.",
    "number",
    "vol.",
    "volume",
    "issue",
    "para.",
    "item",
    "rank",
    "episode",
    "season",
    "phone",
    "tel",
    "room",
    "zimmer",
    "raum",
    "gleis",
    "linie",
    "route",
    "bus",
    "tabelle",
    "table",
    "abbildung",
    "abb.",
    "figure",
    "fig.",
    "version",
    "v.",
    "anlage",
    "annex",
    "the",
    "der",
    "die",
    "das",
    "im",
    "in",
    "of",
    "jahr",
    "year",
    "seit",
    "since",
    "bis",
}
DE_PREPS = "an|in|bei|von|aus|mit|für|zu|auf|über|unter|gegen"
DE_DETS = "der|dem|den|des|die|das|einer|einem|einen|eines"
# lowercase German adjectives and participles end in one of these
_DE_ADJ = (
    r"(?!(?:der|die|das|dem|den|des|eine|einer|einem|einen|eines|seine|seiner|seinen|"
    r"ihre|ihrer|ihren|diese|dieser|diesen|dieses|jene|jener|unsere|unserer|oder|aber|"
    r"sowie|wie|ohne|unter|über|hinter|wegen|gegen)\b)[a-zäöüß][\wäöüß-]*(?:e|en|er|es|em)"
)
_DE_NOUN = r"[A-ZÄÖÜ][\wäöüßÄÖÜ]*(?:-[\wäöüßÄÖÜ]+)*"
_VAGUE_DE = "Hunderttausende|Hunderttausenden|Zehntausende|Zehntausenden|Tausende|Tausenden|Hunderte|Hunderten|Dutzende|Dutzenden"
_SCALES = "Millionen|Milliarden|Million|Milliarde|Mio\\.|Mrd\\.|Tausend"

COUNT_DE = re.compile(
    rf"(?<![\w.,:/\-+])(?:(?P<num>{NUMBER_RE})(?![.,:/]?\d)(?!\.\s)(?:\s(?P<scale>{_SCALES}))?"
    rf"|(?P<vague>{_VAGUE_DE}|Millionen|Milliarden)(?:\s+von)?)"
    rf"\s+(?P<mods>(?:(?:{DE_PREPS})\s+(?:{DE_DETS})\s+{_DE_NOUN}\s+{_DE_ADJ}\s+|{_DE_ADJ}\s+)"
    rf"{{0,2}})(?P<noun>{_DE_NOUN})(?![\w-])"
)
_EN_PLURAL = r"(?:[a-z][a-z-]*[a-z]s|people|staff|personnel|children|men|women|police|cattle)"
COUNT_EN = re.compile(
    rf"(?<![\w.,:/\-+$€£])(?:(?P<num>{NUMBER_RE})(?![.,:/]?\d)"
    rf"(?:\s(?P<scale>million|billion|thousand|mn|bn))?"
    rf"|(?P<vague>(?i:hundreds of thousands|tens of thousands|hundreds|thousands|dozens|millions))"
    rf"\s+of)"
    rf"\s+(?P<mods>(?:[a-z][\w-]*\s+|[A-Z][\w-]*\s+){{0,2}})(?P<noun>{_EN_PLURAL})\b"
)
EN_FUNCTION_WORDS = {
    "is",
    "was",
    "has",
    "this",
    "its",
    "as",
    "his",
    "hers",
    "yes",
    "does",
    "thus",
    "us",
    "plus",
    "less",
    "unless",
    "across",
    "always",
    "perhaps",
    "whereas",
    "news",
    "series",
    "says",
    "adds",
    "gets",
    "makes",
    "takes",
    "goes",
    "comes",
    "gives",
    "shows",
    "seems",
    "means",
    "wants",
    "needs",
    "points",
    "percentage",
    "kids",
}
EN_BAD_MODS = {
    "of",
    "in",
    "on",
    "at",
    "to",
    "and",
    "or",
    "the",
    "a",
    "an",
    "for",
    "by",
    "from",
    "with",
    "is",
    "was",
    "were",
    "are",
    "that",
    "which",
    "percent",
    "per",
    "cent",
}


NounCheck = Callable[[int, int], bool]


def _all_starts(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches at every start, so that a rejected "2026 Hunderttausende" does not hide
    "Hunderttausende von Nvidia-KI-Chips"; callers drop overlaps."""
    pos = 0
    while True:
        m = rx.search(text, pos)
        if m is None:
            return
        yield m
        pos = m.start() + 1


def _guarded(text: str, start: int, number: str) -> bool:
    """True if the number before `start` is a reference, year, phone number or ordinal."""
    before = text[max(0, start - 20) : start].split()
    prev = before[-1].lower() if before else ""
    if prev in REFERENCE_WORDS:
        return True
    # years: four digits 1800-2199 without separators
    if re.fullmatch(r"(18|19|20|21)\d\d", number):
        return True
    # phone numbers and codes: leading zero, or a "+" right before
    if number.startswith("0") and len(number) > 1 and not re.match(r"0[.,]", number):
        return True
    return prev.endswith(("+", "-", "/"))


def find_counts(text: str, lang: str, noun_ok: NounCheck | None = None) -> list[Figure]:
    """Counts in `text`; `noun_ok(start, end)` may veto a noun (e.g. by part of speech)."""
    rx = COUNT_DE if lang == "de" else COUNT_EN
    found: list[Figure] = []
    for m in _all_starts(rx, text):
        noun = m.group("noun")
        noun_l = noun.lower()
        if noun_l in TIME_NOUNS or noun_l in MONTHS or noun_l in NOT_COUNTED:
            continue
        if noun_l.split("-")[-1] in TIME_NOUNS:
            continue
        if lang != "de":
            if noun_l in EN_FUNCTION_WORDS or noun[0].isupper():
                continue
            mods = m.group("mods").split()
            if any(w.lower() in EN_BAD_MODS or w.lower() in MONTHS for w in mods):
                continue
        else:
            mods = m.group("mods").split()
            if any(w.lower() in TIME_NOUNS or w.lower() in MONTHS for w in mods):
                continue
        if noun_ok is not None and not noun_ok(m.start("noun"), m.end("noun")):
            continue
        if m.group("num"):
            raw = m.group("num")
            if _guarded(text, m.start(), raw):
                continue
            value = parse_number(raw, lang)
            if value is None:
                continue
            if m.group("scale"):
                value *= scale_of(m.group("scale"), lang) or 1
            vague = False
            fvalue: float | None = float(value)
        else:
            key = m.group("vague").lower().removesuffix(" of")
            key = re.sub(r"\s+", " ", key)
            if key in ("millionen", "millions"):
                mult = 10**6
            elif key == "milliarden":
                mult = 10**9
            else:
                mult = VAGUE_MULTIPLIERS.get(key, 0)
            if not mult:
                continue
            vague, fvalue = True, float(mult)
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        found.append(
            Figure("quantity", m.start(), m.end(), m.group(0), fvalue, noun, vague, {"noun": noun})
        )
    return found
