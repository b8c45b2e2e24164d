"""Rules for what news writes and histories rarely do, in German and English.

Weekends ("am Wochenende" 2019-W37-WE), sets ("jährlich", "every morning": TIMEX3 SET),
vague spans in the plural ("in den kommenden Jahren" PXY, "recent weeks" PXW), a month
of a year named relative to the article ("April letzten Jahres"), a weekday beside its
date ("Mittwochabend, 21. August"), and what looks like a duration but is an age ("der
46-jährige Minister", "aged 46"): those become blockers, candidates that win the span
and yield nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import (
    MONTHS_DE,
    MONTHS_EN,
    NUMBERS_DE,
    NUMBERS_EN,
    PART_OF_DAY_DE,
    PART_OF_DAY_EN,
    SEASONS_DE,
    SEASONS_EN,
    WEEKDAYS_DE,
    WEEKDAYS_EN,
    alt,
)
from .rules import Candidate, Rule, in_year, word_number
from .spec import AUTO, DEICTIC, NARRATIVE, Spec

_W = r"(?![\wäöüß])"
_B = r"(?<![\wäöüß])"
BLOCK = Spec(kind="none")  # wins its span, yields no date

_UNIT_DE = {"jahr": "Y", "monat": "M", "woche": "W", "tag": "D"}
_UNIT_EN = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE"}
_SET_ADJ_DE = {
    "jährlich": "P1Y",
    "alljährlich": "P1Y",
    "monatlich": "P1M",
    "wöchentlich": "P1W",
    "täglich": "P1D",
    "stündlich": "PT1H",
}
_SET_ADV_EN = {
    "annually": "P1Y",
    "yearly": "P1Y",
    "monthly": "P1M",
    "weekly": "P1W",
    "daily": "P1D",
    "nightly": "P1D",
    "hourly": "PT1H",
}
# nouns after "46-jährige" that make it a span of time, not an age
_SPAN_NOUNS_DE = re.compile(
    r"(?:Amts|Regierungs|Lauf|Dienst|Haft|Bau|Vertrags|Lebens|Wartezeit|Frist|Pause|Krieg|"
    r"Geschichte|Tradition|Bestehen|Jubiläum|Haftstrafe|Freiheitsstrafe|Studie|Programm|"
    r"Verhandlung|Herrschaft|Besatzung|Mitgliedschaft|Partnerschaft|Zusammenarbeit|Dauer|"
    r"Phase|Periode|Zeit|Jahr|Plan|Moratorium|Sperre|Garantie|Abwesenheit|Ehe|Karriere)",
)


def _n(word: str, table: dict[str, int]) -> int | None:
    return word_number(word, table)


# --------------------------------------------------------------------------- German


def _de_age(m: re.Match[str]) -> Candidate | None:
    """ "der 46-jährige Minister", "der 59-Jährige", "69 Jahre alt": ages, not durations."""
    noun = m.group("noun")
    n = _n(m.group("n"), NUMBERS_DE)
    age_word = m.group("alt") is not None or m.group("cap") is not None
    if not age_word and (
        noun is None or _SPAN_NOUNS_DE.match(noun) or n is None or not 10 <= n <= 120
    ):
        return None
    return Candidate(m.start(), m.end(), BLOCK)


def _de_weekend(m: re.Match[str]) -> Candidate:
    w = (m.group("w") or "").lower()
    off = (
        1
        if w in ("kommenden", "nächsten", "kommendes", "nächstes")
        else (-1 if w.startswith(("vergangen", "letzt", "vorig")) else 0)
    )
    start = m.start("w") if off else m.start("we")
    return Candidate(start, m.end(), Spec(weekend=True, offset=off, anchoring=AUTO))


def _de_month_of_year(m: re.Match[str]) -> Candidate | None:
    w = m.group("w").lower()
    off = (
        1
        if w.startswith(("nächst", "kommend", "folgend"))
        else (-1 if w.startswith(("letzt", "vergangen", "vorig")) else 0)
    )
    name = m.group("m").lower()
    month = MONTHS_DE.get(name)
    season = SEASONS_DE.get(name)
    if month is None and season is None:
        return None
    cand = in_year(m, off, AUTO, month=month, season=season)
    return cand


@dataclass(frozen=True)
class _SetWords:
    """One language's words for a set: "jährlich"/"annually", "jeden Morgen"/"every
    morning", "jeden Winter", "jeden Montag", "alle zwei Jahre"/"every two years"."""

    adverbs: dict[str, str]
    parts: dict[str, str]
    seasons: dict[str, str]
    weekdays: dict[str, int]
    units: dict[str, str]
    numbers: dict[str, int]
    plural: str  # the letters a plural unit ends in ("Jahren" → "jahr", "years" → "year")


_SET_WORDS_DE = _SetWords(
    _SET_ADJ_DE, PART_OF_DAY_DE, SEASONS_DE, WEEKDAYS_DE, _UNIT_DE, NUMBERS_DE, "en"
)
_SET_WORDS_EN = _SetWords(
    _SET_ADV_EN, PART_OF_DAY_EN, SEASONS_EN, WEEKDAYS_EN, _UNIT_EN, NUMBERS_EN, "s"
)


def _set(m: re.Match[str], words: _SetWords) -> Candidate | None:
    """A TIMEX3 SET: P1Y, P2W, XXXX-XX-XXTMO, XXXX-WI, XXXX-WXX-1."""
    group = m.groupdict()
    value: str | None = None
    if group.get("adv"):
        value = words.adverbs.get(group["adv"].lower())
    elif group.get("pod"):
        pod = words.parts.get(group["pod"].lower())
        value = f"XXXX-XX-XXT{pod}" if pod else None
    elif group.get("season"):
        value = f"XXXX-{words.seasons[group['season'].lower()]}"
    elif group.get("wd"):
        wd = words.weekdays.get(group["wd"].lower())
        value = f"XXXX-WXX-{wd + 1}" if wd is not None else None
    else:
        unit_word = group.get("u2") or group.get("u") or ""
        unit = words.units.get(unit_word.lower().rstrip(words.plural).rstrip("e"))
        n = _n(group["n"], words.numbers) if group.get("n") else 1
        value = f"P{n}{unit}" if unit and n else None
    if value is None:
        return None
    return Candidate(m.start(), m.end(), Spec(kind="set", value=value))


def _vague_plural(m: re.Match[str], units: dict[str, str]) -> Candidate | None:
    word = m.group("u").lower()
    unit = next((u for stem, u in units.items() if word.startswith(stem)), None)
    if unit is None:
        return None
    value = "PTXH" if unit == "TH" else f"PX{unit}"
    return Candidate(m.start("w"), m.end(), Spec(kind="duration", value=value))


@lru_cache(maxsize=1)
def rules_de() -> tuple[Rule, ...]:
    month = "(?:" + alt(w.capitalize() for w in (*MONTHS_DE, *SEASONS_DE)) + ")"
    numw = "(?i:" + alt(NUMBERS_DE) + ")"
    return (
        Rule(
            "de_month_side",
            re.compile(
                _B
                + r"(?P<w>letzten|vergangenen|vorigen|kommenden|nächsten)\s+(?P<m>"
                + alt(w.capitalize() for w in MONTHS_DE)
                + r")"
                + _W
                + r"(?!\s+\d)"
            ),
            lambda m: _month_with_side(m, MONTHS_DE, ("letzt", "vergangen", "vorig")),
            4,
            starts=frozenset({"letzten", "vergangenen", "vorigen", "kommenden", "nächsten"}),
        ),
        Rule(
            "de_season_side",
            re.compile(
                _B + r"(?P<w>letzte[nms]?|vergangene[nms]?|vorige[nms]?|kommende[nms]?|"
                r"nächste[nms]?)\s+(?P<m>Frühjahr|Frühling|Sommer|Herbst|Winter)"
                + _W
                + r"(?!\s+\d)"
            ),
            lambda m: in_year(
                m,
                -1 if m.group("w").lower().startswith(("letzt", "vergangen", "vorig")) else 1,
                AUTO,
                season=SEASONS_DE[m.group("m").lower()],
            ),
            4,
            starts=frozenset(
                f"{w}{e}"
                for w in ("letzte", "vergangene", "vorige", "kommende", "nächste")
                for e in ("", "n", "m", "s")
            ),
        ),
        Rule(
            "de_age",
            re.compile(
                _B + r"(?P<n>\d{1,3}|" + numw + r")(?:-?(?:(?P<cap>Jährige[nrms]?)|jährige[nrms]?"
                r"(?:\s+(?P<noun>[A-ZÄÖÜ][\wäöüß-]+))?)|\s+Jahre?n?\s+(?P<alt>alt(?:e[nrms]?)?))"
                + _W
            ),
            _de_age,
            5,
            digits=True,
            pred=lambda w: w in NUMBERS_DE,
        ),
        Rule(
            "de_price_decade",  # "in den hohen 70ern" of a price: no decade
            re.compile(r"(?:hohe|niedrige|obere|untere|mittlere)[nm]?\s+\d0ern?" + _W),
            lambda m: Candidate(m.start(), m.end(), BLOCK),
            5,
            starts=frozenset(
                f"{w}{e}"
                for w in ("hohe", "niedrige", "obere", "untere", "mittlere")
                for e in ("", "n", "m")
            ),
        ),
        Rule(
            "de_clock_after_date",  # "19.12.2011, 16:00"
            re.compile(r"(?<=\d{4}, )(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])"),
            lambda m: Candidate(
                m.start(),
                m.end(),
                Spec(time=f"{int(m.group('h')):02d}:{m.group('mi')}", anchoring=NARRATIVE),
            ),
            3,
            digits=True,
        ),
        Rule(
            "de_weekend",
            re.compile(
                r"(?:(?P<w>vergangenen|letzten|vorigen|kommenden|nächsten|vergangenes|letztes|"
                r"kommendes|nächstes|dieses|diesem)\s+|(?<=[Aa]m )|(?<=[Üü]bers )|"
                r"(?<=[Üü]ber das )|(?<=[Aa]n diesem ))(?P<we>Wochenende)" + _W
            ),
            _de_weekend,
            3,
            starts=frozenset(
                {
                    "vergangenen",
                    "letzten",
                    "vorigen",
                    "kommenden",
                    "nächsten",
                    "vergangenes",
                    "letztes",
                    "kommendes",
                    "nächstes",
                    "dieses",
                    "diesem",
                    "wochenende",
                }
            ),
        ),
        Rule(
            "de_month_of_year",
            re.compile(
                _B + r"(?P<m>" + month + r")\s+(?:des\s+)?(?P<w>letzten|vergangenen|vorigen|"
                r"dieses|diesen|laufenden|nächsten|kommenden|folgenden)\s+Jahres" + _W
            ),
            _de_month_of_year,
            4,
            starts=frozenset({*MONTHS_DE, *SEASONS_DE}),
        ),
        Rule(
            "de_set",
            re.compile(
                _B + r"(?:(?P<adv>(?i:alljährlich|jährlich|monatlich|wöchentlich|täglich|"
                r"stündlich))(?:e[nrms]?)?|(?i:jede[nrs]?)\s+(?:(?P<u>Jahr|Monat|Woche|Tag)|"
                r"(?P<pod>Morgen|Abend|Nacht|Mittag)|(?P<season>Frühling|Frühjahr|Sommer|Herbst|"
                r"Winter)|(?P<wd>"
                + alt(w.capitalize() for w in WEEKDAYS_DE)
                + r"))|(?i:alle)\s+(?P<n>\d{1,2}|"
                + numw
                + r")\s+(?P<u2>Jahre|Monate|Wochen|Tage))"
                + _W
            ),
            lambda m: _set(m, _SET_WORDS_DE),
            3,
            starts=frozenset({*_SET_ADJ_DE, "jede", "jeden", "jeder", "jedes", "alle"}),
            pred=lambda w: w.startswith(tuple(_SET_ADJ_DE)),
        ),
        Rule(
            "de_vague_plural",
            re.compile(
                r"(?:(?<=[Ii]n den )|(?<=[Dd]ie )|(?<=[Dd]en )|(?<=[Üü]ber die )|"
                r"(?<=[Ww]ährend der ))(?P<w>kommenden|nächsten|vergangenen|letzten|"
                r"zurückliegenden|folgenden)\s+(?P<u>Jahren?|Jahrzehnten?|Monaten?|Wochen|Tagen?)"
                + _W
                + r"(?!\s+(?:des|der|vor|nach))"
            ),
            lambda m: _vague_plural(
                m, {"jahrzehnt": "DE", "jahr": "Y", "monat": "M", "woche": "W", "tag": "D"}
            ),
            4,
            starts=frozenset(
                {"kommenden", "nächsten", "vergangenen", "letzten", "zurückliegenden", "folgenden"}
            ),
        ),
        Rule(
            "de_near_future",
            re.compile(
                r"(?<=[Ii]n )(?:naher|nächster|absehbarer)\s+Zukunft|(?<=[Ii]n )Kürze"
                r"|(?<=[Ii]n der )Vergangenheit" + _W
            ),
            lambda m: Candidate(
                m.start(),
                m.end(),
                Spec(kind="ref", value="PAST_REF" if "ergangen" in m.group(0) else "FUTURE_REF"),
            ),
            3,
            starts=frozenset({"naher", "nächster", "absehbarer", "kürze", "vergangenheit"}),
        ),
        Rule(
            "de_night_to",
            re.compile(
                _B
                + r"Nacht\s+(?:zum|auf\s+den)\s+(?P<wd>"
                + alt(w.capitalize() for w in WEEKDAYS_DE)
                + r")"
                + _W
            ),
            lambda m: Candidate(
                m.start(),
                m.end(),
                Spec(weekday=WEEKDAYS_DE[m.group("wd").lower()], time="NI", anchoring=AUTO),
            ),
            4,
            starts=frozenset({"nacht"}),
        ),
    )


# --------------------------------------------------------------------------- English


def _month_with_side(
    m: re.Match[str], months: dict[str, int], past: tuple[str, ...]
) -> Candidate | None:
    """ "last May": the last May before the article's date; "next May" the one after."""
    month = months.get(m.group("m").lower())
    if month is None:
        return None
    lean = "past" if m.group("w").lower().startswith(past) else "future"
    return Candidate(m.start(), m.end(), Spec(month=month, lean=lean, anchoring=AUTO))


def _en_weekend(m: re.Match[str]) -> Candidate:
    w = (m.group("w") or "").lower()
    off = {"next": 1, "coming": 1, "last": -1, "past": -1}.get(w, 0)
    return Candidate(m.start(), m.end(), Spec(weekend=True, offset=off, anchoring=AUTO))


@lru_cache(maxsize=1)
def rules_en() -> tuple[Rule, ...]:
    numw = "(?i:" + alt(k for k in NUMBERS_EN if k not in ("a", "an")) + ")"
    return (
        Rule(
            "en_month_side",
            re.compile(
                r"(?<![\w])(?P<w>[Ll]ast|[Nn]ext|[Tt]his\s+coming|[Tt]his\s+past)\s+(?P<m>"
                + alt(w.capitalize() for w in MONTHS_EN)
                + r")(?![\w])(?!\s+\d)"
            ),
            lambda m: _month_with_side(m, MONTHS_EN, ("last", "this past")),
            4,
            starts=frozenset({"last", "next", "this"}),
        ),
        Rule(
            "en_past_unit",  # "over the past year": a span of one year (TimeBank: P1Y)
            re.compile(
                r"(?:(?<=[Oo]ver )|(?<=[Dd]uring )|(?<=[Ff]or )|(?<=[Ii]n )|(?<=[Tt]hroughout ))"
                r"the\s+(?:past|last|previous)\s+(?P<u>year|month|week|day|decade)(?![\w])"
            ),
            lambda m: Candidate(
                m.start(),
                m.end(),
                Spec(kind="duration", value=f"P1{_UNIT_EN[m.group('u').lower()]}"),
            ),
            5,
            starts=frozenset({"the"}),
        ),
        Rule(
            "en_other_decade",  # "the following decade"
            re.compile(
                r"(?<![\w])[Tt]he\s+(?P<w>following|next|previous|preceding)\s+decade(?![\w])"
            ),
            lambda m: Candidate(
                m.start(),
                m.end(),
                Spec(
                    kind="rel",
                    unit="Y",
                    offset=10 if m.group("w").lower() in ("following", "next") else -10,
                    gran="decade",
                    anchoring=NARRATIVE if m.group("w").lower() != "next" else AUTO,
                ),
            ),
            4,
            starts=frozenset({"the"}),
        ),
        Rule(
            "en_part_of_day",  # "last night", "this morning": deictic parts of a day
            re.compile(
                r"(?<![\w])(?P<w>[Ll]ast|[Tt]his)\s+(?P<pod>morning|afternoon|evening|night)(?![\w])"
            ),
            lambda m: Candidate(
                m.start(),
                m.end(),
                Spec(
                    kind="rel",
                    unit="D",
                    offset=-1
                    if m.group("w").lower() == "last" and m.group("pod") == "night"
                    else 0,
                    gran="day",
                    time=PART_OF_DAY_EN[m.group("pod").lower()],
                    anchoring=DEICTIC,
                    value="PAST_REF" if m.group("w").lower() == "last" else None,
                ),
            ),
            4,
            starts=frozenset({"last", "this"}),
        ),
        Rule(
            "en_within",  # "within weeks": a vague span
            re.compile(r"(?<![\w])[Ww]ithin\s+(?P<w>)(?P<u>hours|days|weeks|months|years)(?![\w])"),
            lambda m: _vague_plural(
                m, {"hour": "TH", "day": "D", "week": "W", "month": "M", "year": "Y"}
            ),
            3,
            starts=frozenset({"within"}),
        ),
        Rule(
            "en_fortnight",
            re.compile(r"(?<![\w])(?P<n>a|one|two|three|four|\d)\s+fortnights?(?![\w])", re.I),
            lambda m: Candidate(
                m.start(),
                m.end(),
                Spec(kind="duration", value=f"P{2 * (_n(m.group('n'), NUMBERS_EN) or 1)}W"),
            ),
            3,
            starts=frozenset({"a", "one", "two", "three", "four"}),
            digits=True,
        ),
        Rule(
            "en_clock_gmt",
            re.compile(
                r"(?<![\w.,:])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s?(?:GMT|BST|UTC)(?![\w])"
            ),
            lambda m: Candidate(
                m.start(),
                m.end(),
                Spec(time=f"{m.group('h')}:{m.group('mi')}", anchoring=NARRATIVE),
            ),
            3,
            digits=True,
        ),
        Rule(
            "en_age",
            re.compile(
                r"(?<![\w-])(?:(?<=aged )\d{1,3}(?:\s*-\s*\d{1,3})?|(?P<n>\d{1,3}|" + numw + r")"
                r"(?:-year-olds?|\s+years?\s+old|-years?-old))(?![\w-])"
            ),
            lambda m: Candidate(m.start(), m.end(), BLOCK),
            5,
            digits=True,
            pred=lambda w: w in NUMBERS_EN,
        ),
        Rule(
            "en_weekend",
            re.compile(
                r"(?:(?<=at )|(?<=over )|(?<=on ))the\s+weekend(?![\w])|"
                r"(?<![\w])(?P<w>this|last|next|that|past|coming)\s+weekend(?![\w])"
            ),
            _en_weekend,
            3,
            starts=frozenset({"the", "this", "last", "next", "that", "past", "coming"}),
        ),
        Rule(
            "en_set",
            re.compile(
                r"(?<![\w])(?:(?P<adv>annually|yearly|monthly|weekly|daily|nightly|hourly)"
                r"(?![\w-])(?!\s+[A-Z])|(?:[Ee]very|[Ee]ach)\s+(?:(?P<u>year|month|week|day|decade)"
                r"|(?P<pod>morning|afternoon|evening|night)|(?P<season>spring|summer|autumn|fall|"
                r"winter)|(?P<wd>"
                + alt(w.capitalize() for w in WEEKDAYS_EN)
                + r")|(?P<n>\d{1,2}|"
                + numw
                + r")\s+(?P<u2>years|months|weeks|days))(?![\w]))"
            ),
            lambda m: _set(m, _SET_WORDS_EN),
            3,
            starts=frozenset({*_SET_ADV_EN, "every", "each"}),
        ),
        Rule(
            "en_vague_plural",
            re.compile(
                r"(?<![\w])(?P<w>(?:the\s+)?(?:next|past|last|coming|following|previous)\s+"
                r"(?:few|several|couple\s+of)\s+|recent\s+|(?:the\s+)?coming\s+)"
                r"(?P<u>years|months|weeks|days|decades)(?![\w])"
            ),
            lambda m: _vague_plural(
                m, {"decade": "DE", "year": "Y", "month": "M", "week": "W", "day": "D"}
            ),
            4,
            starts=frozenset(
                {"the", "next", "past", "last", "coming", "following", "previous", "recent"}
            ),
        ),
    )


__all__ = ["rules_de", "rules_en"]
