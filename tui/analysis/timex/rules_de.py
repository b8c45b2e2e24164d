"""German rules: regexes that find time expressions and read them into a `Spec`.

Modelled on what a temporal tagger for German narratives and news has to cover
(dates, months, seasons, quarters, halves, centuries, decades, times of day,
anaphoric and deictic relatives, durations, vague references); the patterns and word
lists are Limelight's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import Any

from .lexicon import (
    COUNT_NOUNS_DE,
    HOLIDAYS_DE,
    LONG_STEMS_DE,
    MONTH_ABBR_DE,
    MONTHS_DE,
    MONTHS_EN,
    NUMBERS_DE,
    ORDINALS_DE,
    PART_OF_DAY_DE,
    SEASONS_DE,
    UNIT_STEMS_DE,
    UNITS_DE,
    VAGUE_COUNT_DE,
    WEEKDAYS_DE,
    alt,
    words,
)
from .rules import (
    SHORT_YEAR_RULE,
    Candidate,
    Rule,
    holiday_spec,
    in_year,
    prev_word,
    valid_day,
    word_number,
)
from .spec import ABSOLUTE, AUTO, DEICTIC, NARRATIVE, Spec

_W = r"(?![\wäöüß])"  # end of word (German letters included)
_NOHYPH = r"(?!-[A-Za-zÄÖÜäöü])"  # not the first part of a compound ("Mai-Kundgebung")
_B = r"(?<![\wäöüß])"  # start of word

MONTH_FULL = "(?:" + alt(w.capitalize() for w in MONTHS_DE) + ")"
MONTH_ANY = (
    "(?:"
    + alt([*(w.capitalize() for w in MONTHS_DE), *(w.capitalize() for w in MONTH_ABBR_DE)])
    + ")"
)
MONTH_EN = "(?:" + alt(w.capitalize() for w in MONTHS_EN) + ")"
NUMW = "(?i:" + alt(NUMBERS_DE) + ")"
VAGUE = "(?i:" + alt(VAGUE_COUNT_DE) + ")"
UNIT = "(?:" + alt(w.capitalize() for w in UNITS_DE) + ")"
MOD = r"(?:Anfang|Beginn|Mitte|Ende|Ausgang|Anbeginn)"
MODS = {
    "anfang": "START",
    "beginn": "START",
    "anbeginn": "START",
    "mitte": "MID",
    "ende": "END",
    "ausgang": "END",
    "früh": "START",
    "frühen": "START",
    "frühe": "START",
    "spät": "END",
    "späten": "END",
    "späte": "END",
    "hoch": "MID",
    "mitt": "MID",
}
BC = r"(?P<bc>\s*v\.\s*Chr\.|\s+vor\s+Christus|\s+v\.\s*u\.\s*Z\.)?(?P<ad>\s*n\.\s*Chr\.)?"
_BC_AHEAD = r"(?:/|–|-|\s+bis\s+|\s+und\s+)\d{1,4}\s*v\.\s*Chr"
YEAR = r"(?P<y>[12]\d{3}|\d{1,4}(?=\s*[vn]\.\s*Chr|\s+vor\s+Christus|" + _BC_AHEAD + r"))"
QUANT = (
    r"(?:(?P<q>mehr\s+als|über|fast|knapp|etwa|rund|ungefähr|beinahe|nahezu|gut|"
    r"weniger\s+als|bis\s+zu|mindestens|höchstens|ca\.|circa|insgesamt)\s+)?"
)
QUANT_MOD = {
    "mehr als": "MORE_THAN",
    "über": "MORE_THAN",
    "mindestens": "EQUAL_OR_MORE",
    "fast": "APPROX",
    "knapp": "LESS_THAN",
    "etwa": "APPROX",
    "rund": "APPROX",
    "ungefähr": "APPROX",
    "beinahe": "APPROX",
    "nahezu": "APPROX",
    "gut": "MORE_THAN",
    "weniger als": "LESS_THAN",
    "bis zu": "EQUAL_OR_LESS",
    "höchstens": "EQUAL_OR_LESS",
    "ca.": "APPROX",
    "circa": "APPROX",
}

# Words before a bare month or season name that make it a date, not a name.
_TRIGGERS = words("""
    im in ab seit bis vom zum von zu des dem den der diesen diesem dieses jenem
    letzten vergangenen kommenden nächsten anfang mitte ende beginn und oder sowie bereits
    noch erst schon spätestens frühestens vor nach während gegen um ausgangs eingangs bzw.
    zwischen monat monats ganzen frühen späten selben gleichen folgenden
""")


def _mod(word: str | None) -> str | None:
    return MODS.get(word.lower().strip()) if word else None


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower())


def _month(word: str) -> int | None:
    w = word.lower()
    return MONTHS_DE.get(w) or MONTH_ABBR_DE.get(w) or MONTHS_EN.get(w)


def _year(m: re.Match[str], group: str = "y") -> int | None:
    y = m.group(group)
    if y is None:
        return None
    year = int(y)
    if m.groupdict().get("bc") or re.match(_BC_AHEAD, m.string[m.end(group) : m.end(group) + 40]):
        return -year  # "218 v. Chr.", and the 218 of "218/217 v. Chr."
    return year


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def bare_name_ok(text: str, start: int) -> bool:
    """A month or season name on its own counts only after a temporal trigger word.

    "im Mai", "Mai/Juni", "bis Juli" are dates; "Karl Mai" and "Herr Sommer" are not.
    """
    prev = prev_word(text, start)
    if prev is None:
        # at the start of a line only as a heading or before a verb: "Mai 1940", "Juli:"
        after = re.match(r"[\wäöüß]+\s*(\S)?", text[start : start + 40])
        nxt = after.group(1) if after else None
        return nxt is None or not nxt.isupper()
    if prev[-1] in "/–-(,":
        return True
    p = prev.lower().strip("(„\"'")
    if p in _TRIGGERS or _month(p.rstrip(",")) or p.rstrip(",").isdigit():
        return True
    return bool(re.fullmatch(r"\d{1,2}\.", p))


def _year_ok(text: str, m: re.Match[str], start: int, end: int) -> bool:
    """A bare four-digit number is a year unless the context says count, page or code."""
    before = text[max(0, start - 14) : start]
    if re.search(
        r"(?:S\.|Seiten?|Nr\.|Nummer|No\.|Abs\.|Art\.|§|Tel\.|Fax|ISBN|Bd\.|"
        r"Band|Heft|Az\.|Kapitel|Artikel|Zimmer|Hausnummer|PLZ)\s*$",
        before,
    ):
        return False
    if re.search(r"(?:[€$£]|\d[.,]|\d\s|[+#])\s*$", before):
        return False
    if re.search(
        r"(?<![\wäöüß])(?:etwa|rund|über|ca\.|circa|insgesamt|knapp|fast|mindestens|"
        r"mehr\s+als|weniger\s+als|nur|lediglich|weitere[n]?|zusätzlich|"
        r"bis\s+zu|je|jeweils|auf|schätzungsweise|mit)\s+$",
        before,
        re.IGNORECASE,
    ):
        return False
    after = text[end : end + 30]
    if re.match(r" ?[A-ZÄÖÜ][a-zäöüß]", after) and not re.search(
        r"(?:(?<![\wäöüß])(?:[Ii]m|[Ss]eit|[Bb]is|[Aa]b|[Vv]or|[Nn]ach|[Uu]m|Jahre?s?|Anfang|"
        r"Mitte|Ende|Frühjahr|Sommer|Herbst|Winter)\s+|^\s*|\n\s*(?:[*•-]\s*)?)$",
        before,
    ):
        return False  # "1370 Landungsboote", "2000 Dörfer": a count before its noun
    nm = re.match(r"\s*([\wäöüß%€$.-]+)", after)
    if nm:
        w = nm.group(1).lower().rstrip(".")
        if w in COUNT_NOUNS_DE or w in ("%", "€", "$") or w.startswith(("mio", "mrd")):
            return False
        if re.match(r"[.,]\d|\d|:\d", after):
            return False
    if re.match(r"\s*(?:Millionen|Milliarden|Tausend|Mio|Mrd)", after):
        return False
    nxt = re.match(
        r"[ \t]*(?:bis|und|oder|[-–])[ \t]*(\d{1,3}(?:\.\d{3})+|\d{3,5})[ \t]+"
        r"([\wäöüß]+)",
        after,
    )
    if nxt:
        word, other = nxt.group(2), int(nxt.group(1).replace(".", ""))
        year_range = 0 < other - int(text[start:end]) < 100
        if word.lower() in COUNT_NOUNS_DE or (
            word[0].isupper() and _month(word) is None and not year_range
        ):
            return False  # "1500 bis 2000 Menschen"
    short = re.match(r"/(\d{2})(?!\d)", after)
    if short and not 0 < (int(short.group(1)) - int(text[start:end][-2:])) % 100 <= 20:
        return False  # "1234/19" is a file number, "1914/15" a winter
    if re.search(r"[/–-]\s*$", before):
        # "1914–1918" and "Mai/Juni 1940" but not "0621/1939"
        return bool(
            re.search(r"(?:(?<!\d)(?:1\d{3}|20\d\d)|[a-zäöü]|\d{1,2}\.)\s*[/–-]\s*$", before)
        )
    return True


# --------------------------------------------------------------------------- builders


def _b_full_date(m: re.Match[str]) -> Candidate | None:
    month = _month(m.group("m"))
    day = int(m.group("d"))
    if month is None or not valid_day(day, month):
        return None
    year = _year(m) or _int(m.group("fy"))
    time = None
    tz = None
    if m.group("h"):
        time = f"{int(m.group('h')):02d}:{m.group('mi')}"
        if m.group("tz"):
            tz = "+01"
    spec = Spec(
        year=year,
        month=month,
        day=day,
        time=time,
        tz=tz,
        anchoring=ABSOLUTE if year is not None else NARRATIVE,
    )
    return Candidate(m.start(), m.end(), spec)


def _b_en_date(m: re.Match[str]) -> Candidate | None:
    month = _month(m.group("m"))
    day = int(m.group("d"))
    if month is None or not valid_day(day, month):
        return None
    return Candidate(m.start(), m.end(), Spec(year=int(m.group("y")), month=month, day=day))


def _b_numeric(m: re.Match[str]) -> Candidate | None:
    day, month, ys = int(m.group("d")), int(m.group("m")), m.group("y")
    if not 1 <= month <= 12 or not valid_day(day, month):
        return None
    if len(ys) == 2:
        return Candidate(m.start(), m.end(), Spec(yy=int(ys), month=month, day=day, anchoring=AUTO))
    return Candidate(m.start(), m.end(), Spec(year=int(ys), month=month, day=day))


def _b_iso(m: re.Match[str]) -> Candidate | None:
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not 1 <= mo <= 12 or not valid_day(d, mo):
        return None
    time = f"{m.group('h')}:{m.group('mi')}" if m.group("h") else None
    return Candidate(m.start(), m.end(), Spec(year=y, month=mo, day=d, time=time))


def _b_day_of_range(m: re.Match[str]) -> Candidate | None:
    """The first day of "27./28. September" or "8. und 9. Mai"."""
    month = _month(m.group("m"))
    day = int(m.group("d"))
    if month is None or not valid_day(day, month):
        return None
    year = int(m.group("y")) if m.group("y") else None
    pod = m.group("pod")
    time = PART_OF_DAY_DE.get(pod.lower()) if pod else None
    return Candidate(
        m.start(),
        m.end(),
        Spec(
            year=year,
            month=month,
            day=day,
            time=time,
            anchoring=ABSOLUTE if year is not None else NARRATIVE,
        ),
    )


def _b_month(m: re.Match[str]) -> Candidate | None:
    month = _month(m.group("m"))
    if month is None:
        return None
    mod = _mod(m.group("mod"))
    year = _year(m) or _int(m.group("fy"))
    rel = m.group("rel")
    if year is None and rel is None and mod is None and not bare_name_ok(m.string, m.start()):
        return None
    if rel is not None:
        w = _norm(m.group("relw") or "")
        off = _OFFSETS.get(w, 0)
        spec = Spec(kind="date", month=month, mod=mod, anchoring=NARRATIVE)
        if off:
            # "März des folgenden Jahres": the month in the year after the context's
            return in_year(m, off, NARRATIVE, month=month, mod=mod)
        return Candidate(m.start(), m.end(), spec)
    return Candidate(
        m.start(),
        m.end(),
        Spec(
            year=year, month=month, mod=mod, anchoring=ABSOLUTE if year is not None else NARRATIVE
        ),
    )


def _b_year(m: re.Match[str]) -> Candidate | None:
    y = m.group("y")
    year = int(y)
    bc, ad = m.group("bc"), m.group("ad")
    jahr = m.group("jahr")
    um = m.group("um")
    mod = _mod(m.group("mod"))
    if m.group("slashbc") is not None:
        bc = "v. Chr."  # "um 449/448 v. Chr."
    if um and um.lower() not in ("um", "gegen") and not (bc or jahr or m.group("umjahr")):
        return None  # "etwa 1500" is a count
    if um and not m.group("umjahr") and not (bc or ad) and len(y) < 4:
        return Candidate(m.start(), m.end(), Spec(year=year, mod="APPROX", bc_from_context=True))
    if len(y) < 4 and not (bc or ad or jahr):
        return None
    if not (bc or ad or jahr or mod or um) and not (1000 <= year <= 2099):
        return None
    if not (bc or ad or jahr or mod) and not _year_ok(m.string, m, m.start("y"), m.end()):
        return None
    if um:
        mod = "APPROX"
    return Candidate(
        m.start(),
        m.end(),
        Spec(year=-year if bc else year, mod=mod, bc_from_context=jahr is not None and not ad),
    )


def _b_season(m: re.Match[str]) -> Candidate | None:
    word = m.group("s")
    pre = m.group("pre")
    if pre is None and not word[0].isupper():
        return None
    season = SEASONS_DE.get(word.lower())
    if season is None:
        return None
    mod = _mod(m.group("mod")) or _mod(m.group("adj")) or _mod(pre)
    year = _year(m) if m.group("y") else _int(m.group("fy"))
    rel = m.group("rel")
    if (
        year is None
        and rel is None
        and m.group("mod") is None
        and m.group("adj") is None
        and not bare_name_ok(m.string, m.start())
    ):
        return None
    if rel:
        off = _OFFSETS.get(_norm(m.group("relw") or ""), 0)
        if off:
            return in_year(m, off, NARRATIVE, season=season, mod=mod)
    return Candidate(
        m.start(),
        m.end(),
        Spec(
            year=year, season=season, mod=mod, anchoring=ABSOLUTE if year is not None else NARRATIVE
        ),
    )


def _b_part(m: re.Match[str]) -> Candidate | None:
    o = m.group("o").lower().rstrip(".")
    n = {
        "ersten": 1,
        "erste": 1,
        "1": 1,
        "zweiten": 2,
        "zweite": 2,
        "2": 2,
        "dritten": 3,
        "dritte": 3,
        "3": 3,
        "vierten": 4,
        "vierte": 4,
        "4": 4,
        "letzten": -1,
        "letzte": -1,
    }.get(o)
    if n is None:
        return None
    unit = m.group("u").lower()
    year = int(m.group("y")) if m.group("y") else None
    if unit.startswith("hälfte") and year is None and not m.group("dj"):
        return None
    if unit.startswith(("quartal", "jahresviertel")):
        spec = Spec(year=year, quarter=4 if n == -1 else n)
    else:
        if n > 2:
            return None
        spec = Spec(year=year, half=2 if n == -1 else n)
    if year is None:
        spec = Spec(year=None, quarter=spec.quarter, half=spec.half, anchoring=AUTO)
    return Candidate(m.start(), m.end(), spec)


def _b_quarter_code(m: re.Match[str]) -> Candidate | None:
    q = int(m.group("q"))
    year = int(m.group("y")) if m.group("y") else None
    if m.group("yy"):
        year = 2000 + int(m.group("yy"))
    kind = m.group("k").upper()
    if kind == "H" and q > 2:
        return None
    spec = Spec(
        year=year,
        quarter=q if kind == "Q" else None,
        half=q if kind == "H" else None,
        anchoring=ABSOLUTE if year else AUTO,
    )
    return Candidate(m.start(), m.end(), spec)


def _b_century(m: re.Match[str]) -> Candidate | None:
    n = int(m.group("n"))
    if not 1 <= n <= 21:
        return None
    mod = _mod(m.group("mod"))
    half = m.group("half")
    if half:
        mod = "START" if half.lower().startswith("erst") else "END"
    adj = m.group("adj")
    if adj:
        mod = "START" if adj in ("frühen", "beginnenden") else "END"
    return Candidate(
        m.start(), m.end(), Spec(century=-(n - 1) if m.group("bc") else n - 1, mod=mod)
    )


_DECADE_WORDS = {
    "zwanziger": 2,
    "dreißiger": 3,
    "vierziger": 4,
    "fünfziger": 5,
    "sechziger": 6,
    "siebziger": 7,
    "achtziger": 8,
    "neunziger": 9,
}


def _b_decade(m: re.Match[str]) -> Candidate | None:
    mod = _mod(m.group("mod"))
    y = m.group("y")
    if y and len(y) == 1:  # "die 20er Jahre"
        return Candidate(m.start(), m.end(), Spec(decade_digit=int(y), mod=mod, anchoring=AUTO))
    if y:
        dec = int(y)
        if m.group("bc"):
            dec = -dec
        return Candidate(
            m.start(), m.end(), Spec(decade=dec, mod=mod, bc_from_context=0 < dec < 100)
        )
    digit = _DECADE_WORDS.get(m.group("w").lower())
    if digit is None:
        return None
    return Candidate(m.start(), m.end(), Spec(decade_digit=digit, mod=mod, anchoring=AUTO))


def _b_time(m: re.Match[str]) -> Candidate | None:
    if m.group("mid"):
        return Candidate(m.start(), m.end(), Spec(time="24:00", anchoring=NARRATIVE))
    h = int(m.group("h"))
    mi = m.group("mi") or m.group("mi2") or "00"
    if h > 24:
        return None
    if m.group("half_day") in ("nachmittags", "abends") and h < 12:
        h += 12  # "8 Uhr abends"
    elif m.group("half_day") == "nachts" and h == 12:
        h = 0
    tz = "+01" if m.group("tz") and "mitteleurop" in m.group("tz").lower() else None
    return Candidate(m.start(), m.end(), Spec(time=f"{h:02d}:{mi}", tz=tz, anchoring=NARRATIVE))


def _b_pod_date(m: re.Match[str]) -> Candidate | None:
    pod = m.group("pod")
    month = _month(m.group("m") or m.group("m2") or "")
    day = int(m.group("d"))
    if month is None or not valid_day(day, month):
        return None
    year = _int(m.group("y") or m.group("y2") or m.group("fy"))
    mod = _mod(m.group("adj"))
    if m.group("pre") and m.group("pre").lower() == "gegen":
        mod = "APPROX"
    time = PART_OF_DAY_DE.get(pod.lower()) if pod else None
    return Candidate(
        m.start(),
        m.end(),
        Spec(
            year=year,
            month=month,
            day=day,
            time=time,
            mod=mod,
            anchoring=ABSOLUTE if year is not None else NARRATIVE,
        ),
    )


def _b_pod(m: re.Match[str]) -> Candidate | None:
    word = m.group("pod") or m.group("adv")
    time = PART_OF_DAY_DE.get(word.lower())
    if time is None:
        return None
    w = (m.group("w") or "").lower()
    off = 1 if w in ("nächsten", "folgenden") else 0
    mod = _mod(w) if w in ("frühen", "späten") else None
    if m.groupdict().get("gegen"):
        mod = "APPROX"
    return Candidate(
        m.start(),
        m.end(),
        Spec(kind="rel", unit="D", offset=off, gran="day", time=time, mod=mod, anchoring=NARRATIVE),
    )


_OFFSETS = {
    "selben": 0,
    "gleichen": 0,
    "diesem": 0,
    "diesen": 0,
    "dieses": 0,
    "dieser": 0,
    "jenem": 0,
    "jenes": 0,
    "desselben": 0,
    "laufenden": 0,
    "aktuellen": 0,
    "folgenden": 1,
    "nächsten": 1,
    "darauffolgenden": 1,
    "darauf folgenden": 1,
    "kommenden": 1,
    "neuen": 1,
    "weitere": 1,
    "folgende": 1,
    "kommende": 1,
    "vorherigen": -1,
    "vorigen": -1,
    "vorangegangenen": -1,
    "vergangenen": -1,
    "letzten": -1,
    "vorhergehenden": -1,
    "zurückliegenden": -1,
    "letzte": -1,
    "letztes": -1,
    "vergangene": -1,
    "vergangenes": -1,
    "vorige": -1,
    "voriges": -1,
    "nächste": 1,
    "nächstes": 1,
    "kommendes": 1,
    "diese": 0,
    "letztem": -1,
    "vergangenem": -1,
    "vorigem": -1,
    "vergangener": -1,
    "letzter": -1,
    "nächstem": 1,
    "kommendem": 1,
    "nächster": 1,
    "kommender": 1,
}
_NARRATIVE_WORDS = {
    "selben",
    "gleichen",
    "desselben",
    "folgenden",
    "darauffolgenden",
    "darauf folgenden",
    "vorherigen",
    "vorangegangenen",
    "vorhergehenden",
    "jenem",
    "jenes",
    "weitere",
    "folgende",
}
_UNIT_OF = {"tag": "D", "woche": "W", "monat": "M", "jahr": "Y", "quartal": "Q", "wochenende": "W"}


def _unit_word(word: str) -> str | None:
    w = word.lower()
    for stem, u in (
        ("wochenende", "W"),
        ("jahrzehnt", "DE"),
        ("jahr", "Y"),
        ("monat", "M"),
        ("woche", "W"),
        ("tag", "D"),
        ("quartal", "Q"),
        ("stunde", "H"),
    ):
        if (
            w.startswith(stem)
            or w.endswith(stem)
            or w.endswith(stem + "es")
            or (w.endswith(stem + "s"))
        ):
            return u
    return None


def _b_same_day(m: re.Match[str]) -> Candidate | None:
    w = _norm(m.group("w") or m.group("det") or "")
    off = _OFFSETS.get(w)
    if off is None:
        return None
    start = m.start() if off == 0 else m.start("wstart")
    return Candidate(
        start, m.end(), Spec(kind="rel", unit="D", offset=off, gran="day", anchoring=NARRATIVE)
    )


def _b_day_after(m: re.Match[str]) -> Candidate | None:
    d = m.group("dir").lower()
    off = -1 if d in ("zuvor", "davor", "vorher") else 1
    return Candidate(
        m.start(), m.end(), Spec(kind="rel", unit="D", offset=off, gran="day", anchoring=NARRATIVE)
    )


def _b_rel_word(m: re.Match[str]) -> Candidate | None:
    """Vorjahr, Folgejahr, Vortag, Jahresende ..."""
    w = m.group(0).lower()
    table = {
        "vorjahr": ("Y", -1, None, AUTO),
        "folgejahr": ("Y", 1, None, NARRATIVE),
        "vormonat": ("M", -1, None, AUTO),
        "folgemonat": ("M", 1, None, NARRATIVE),
        "vortag": ("D", -1, None, NARRATIVE),
        "folgetag": ("D", 1, None, NARRATIVE),
        "jahresende": ("Y", 0, "END", AUTO),
        "jahresanfang": ("Y", 0, "START", AUTO),
        "jahresbeginn": ("Y", 0, "START", AUTO),
        "jahresmitte": ("Y", 0, "MID", AUTO),
        "jahreswechsel": ("Y", 0, "END", AUTO),
        "monatsende": ("M", 0, "END", AUTO),
        "monatsanfang": ("M", 0, "START", AUTO),
        "monatsbeginn": ("M", 0, "START", AUTO),
        "monatsmitte": ("M", 0, "MID", AUTO),
    }
    if m.group("y"):  # "Jahresbeginn 1918"
        for stem, (unit, _off, mod, _anch) in table.items():
            if w.startswith(stem) and unit == "Y" and _off == 0:
                return Candidate(m.start(), m.end(), Spec(year=int(m.group("y")), mod=mod))
        return None
    for stem, (unit, off, mod, anch) in table.items():
        if w.startswith(stem):
            gran = {"Y": "year", "M": "month", "D": "day"}[unit]
            return Candidate(
                m.start(),
                m.end(),
                Spec(kind="rel", unit=unit, offset=off, gran=gran, mod=mod, anchoring=anch),
            )
    return None


def _b_rel_period(m: re.Match[str]) -> Candidate | None:
    """ "im selben Monat", "nächsten Jahr", "dieses Jahres", "letzte Woche" ..."""
    w = _norm(m.group("w"))
    off = _OFFSETS.get(w)
    unit = _unit_word(m.group("u"))
    if off is None or unit is None or unit in ("H", "DE"):
        return None
    anch = NARRATIVE if w in _NARRATIVE_WORDS else AUTO
    gran = {"D": "day", "W": "week", "M": "month", "Y": "year", "Q": "quarter"}[unit]
    mod = _mod(m.group("mod"))
    return Candidate(
        m.start(),
        m.end(),
        Spec(kind="rel", unit=unit, offset=off, gran=gran, mod=mod, anchoring=anch),
    )


def _b_mod_period(m: re.Match[str]) -> Candidate | None:
    """ "Ende des Jahres", "Anfang des Monats", "Laufe des Jahres"."""
    unit = _unit_word(m.group("u"))
    if unit not in ("Y", "M", "D"):
        return None
    w = _norm(m.group("w") or "")
    off = _OFFSETS.get(w, 0)
    mod = _mod(m.group("mod"))
    gran = {"Y": "year", "M": "month", "D": "day"}[unit]
    anch = NARRATIVE if (w in _NARRATIVE_WORDS or not w) else AUTO
    return Candidate(
        m.start(),
        m.end(),
        Spec(kind="rel", unit=unit, offset=off, gran=gran, mod=mod, anchoring=anch),
    )


def _count(word: str) -> int | None:
    return word_number(word, NUMBERS_DE)


_SERVED = re.compile(
    r"\s+(?:im\s+Amt\b|an\s+der\s+Spitze\b|als\s+[A-ZÄÖÜ-]\w*(?:meister|minister|präsident"
    r"|kanzler|chef|vorsitzende[rn]?|trainer|direktor|sekretär|bischof|könig)(?:in)?\b)"
)


def _b_after_n(m: re.Match[str]) -> Candidate | None:
    """ "nach drei Tagen" is a date; "nach mehr als drei Tagen" a duration."""
    q = m.group("q")
    one = m.group("n").lower() in ("einem", "einer", "einen", "ein", "eine")
    # "nach 14 Jahren als Oberbürgermeister", "nach zwölf Jahren im Amt": time served
    served = m.group("u").startswith("Jahr") and _SERVED.match(m.string, m.end())
    if not q and not one and not served:
        return _b_shifted(m)
    unit = UNITS_DE.get(m.group("u").lower())
    n = _count(m.group("n"))
    if unit is None or n is None:
        return None
    start = m.start("q") if q else m.start("n")  # "nach einem Monat": a month's time
    return Candidate(
        start,
        m.end(),
        Spec(kind="duration", value=_dur(str(n), unit), mod=QUANT_MOD.get(_norm(q)) if q else None),
    )


def _b_shifted(m: re.Match[str]) -> Candidate | None:
    """ "zwei Tage später", "drei Monate zuvor", "nach drei Tagen"."""
    d = (m.group("dir") or "später").lower()
    sign = -1 if d in ("zuvor", "vorher", "früher", "davor") else 1
    unit = _unit_word(m.group("u"))
    if unit is None or unit in ("H", "DE", "Q"):
        return None
    n_word = m.group("n")
    half = m.group("half")
    n = _count(n_word) if n_word else None
    if n is None:
        if sign < 0:  # "Jahre zuvor", "wenige Monate zuvor": some years, some months
            return Candidate(m.start(), m.end(), Spec(kind="duration", value=_dur("X", unit)))
        return Candidate(m.start(), m.end(), Spec(kind="ref", value="FUTURE_REF"))
    q = m.group("q")
    mod = QUANT_MOD.get(_norm(q)) if q else None
    if half and unit == "Y":
        unit, n = (
            "M",
            6 * n if n_word and n_word.lower() not in ("ein", "einem", "einen", "eine") else 6,
        )
    gran = {"D": "day", "W": "day", "M": "month", "Y": "year"}[unit]
    return Candidate(
        m.start(),
        m.end(),
        Spec(kind="rel", unit=unit, offset=sign * n, gran=gran, mod=mod, anchoring=NARRATIVE),
    )


def _b_ago(m: re.Match[str]) -> Candidate | None:
    """ "vor zwei Wochen" (deictic), "in drei Tagen"."""
    unit = _unit_word(m.group("u"))
    if unit is None or unit in ("H", "Q"):
        return None
    n = _count(m.group("n"))
    sign = -1 if m.group("p").lower() == "vor" else 1
    if n is None:
        return Candidate(
            m.start(), m.end(), Spec(kind="ref", value="PAST_REF" if sign < 0 else "FUTURE_REF")
        )
    if unit == "DE":
        return Candidate(
            m.start(), m.end(), Spec(kind="ref", value="PAST_REF" if sign < 0 else "FUTURE_REF")
        )
    gran = {"D": "day", "W": "week", "M": "month", "Y": "year"}[unit]
    return Candidate(
        m.start(),
        m.end(),
        Spec(
            kind="rel",
            unit=unit,
            offset=sign * n,
            gran=gran,
            anchoring=AUTO if sign < 0 else DEICTIC,
            # "in drei Tagen" is a date ahead in the future tense, else a span
            value=_dur(str(n), unit) if sign > 0 else None,
        ),
    )


def _b_duration(m: re.Match[str]) -> Candidate | None:
    unit = UNITS_DE.get(m.group("u").lower())
    if unit is None:
        return None
    n_word = m.group("n")
    q = m.group("q")
    mod = QUANT_MOD.get(_norm(q)) if q else None
    half = m.group("half")
    if m.group("hinweg") is not None and q and _norm(q) == "über":
        # "über vierzehn Monate hinweg": a span of time, not "more than"
        c = _b_duration_plain(m, n_word, None, half, unit)
        return Candidate(m.start("n"), c.end, c.spec) if c else None
    c = _b_duration_plain(m, n_word, mod, half, unit)
    if c is None or not m.group("n2"):
        return c
    n2 = _count(m.group("n2"))
    u2 = UNITS_DE.get(m.group("u2").lower())
    n1 = _count(n_word)
    if n1 is None or n2 is None or u2 is None:
        return c
    days = {"W": 7, "D": 1}
    if unit in days and u2 in days:  # "sechs Wochen und drei Tage"
        return Candidate(
            m.start(),
            m.end(),
            Spec(kind="duration", mod=mod, value=f"P{n1 * days[unit] + n2 * days[u2]}D"),
        )
    if unit == "Y" and u2 == "M":
        return Candidate(m.start(), m.end(), Spec(kind="duration", mod=mod, value=f"P{n1}Y{n2}M"))
    return c


def _b_duration_plain(
    m: re.Match[str], n_word: str, mod: str | None, half: str | None, unit: str
) -> Candidate | None:
    if n_word.lower() in VAGUE_COUNT_DE:
        return Candidate(m.start(), m.end(), Spec(kind="duration", value=_dur("X", unit), mod=mod))
    if n_word.lower() in ("anderthalb", "eineinhalb"):
        val = {"Y": "P1Y6M", "M": "P1M15D", "D": "PT36H", "W": "P10D"}.get(unit)
        if val is None:
            return None
        return Candidate(m.start(), m.end(), Spec(kind="duration", value=val, mod=mod))
    if "," in n_word:  # "1,5 Jahre": in the next smaller unit
        whole, frac = n_word.split(",")
        smaller = {
            "Y": ("M", 12),
            "M": ("D", 30),
            "W": ("D", 7),
            "D": ("H", 24),
            "H": ("MIN", 60),
        }.get(unit)
        if smaller is None:
            return None
        amount = round((int(whole) + int(frac) / 10) * smaller[1])
        return Candidate(
            m.start(), m.end(), Spec(kind="duration", value=_dur(str(amount), smaller[0]), mod=mod)
        )
    n = _count(n_word)
    if n is None or n == 0:
        return None
    if half:
        halves = {"CE": "P5DE", "DE": "P5Y", "Y": "P6M", "M": "P15D", "W": "P3D"}
        if unit in halves:
            return Candidate(m.start(), m.end(), Spec(kind="duration", value=halves[unit], mod=mod))
        if unit == "D":
            return Candidate(m.start(), m.end(), Spec(kind="duration", value="PT12H", mod=mod))
        return None
    if n_word.lower() in ("ein", "eine", "einen", "einem", "einer", "eines") and unit in (
        "S",
        "MIN",
    ):
        return None
    return Candidate(m.start(), m.end(), Spec(kind="duration", value=_dur(str(n), unit), mod=mod))


def _dur(n: str, unit: str) -> str:
    if unit in ("H", "MIN", "S"):
        return f"PT{n}{'M' if unit == 'MIN' else unit}"
    return f"P{n}{unit}"


def _b_dur_adj(m: re.Match[str]) -> Candidate | None:
    stem = m.group("stem").lower()
    unit = UNIT_STEMS_DE.get(stem)
    n_word = m.group("n")
    if unit is None:
        return None
    if n_word.lower() == "ganz":
        return Candidate(m.start(), m.end(), Spec(kind="duration", value=_dur("1", unit)))
    if n_word.lower() in ("mehr", "viel", "lang"):
        return None
    n = _count(n_word)
    if n is None:
        return None
    q = m.group("q")
    mod = QUANT_MOD.get(_norm(q)) if q else None
    return Candidate(m.start(), m.end(), Spec(kind="duration", value=_dur(str(n), unit), mod=mod))


def _b_long(m: re.Match[str]) -> Candidate | None:
    unit = LONG_STEMS_DE.get(m.group("stem").lower())
    if unit is None:
        return None
    return Candidate(m.start(), m.end(), Spec(kind="duration", value=_dur("X", unit)))


def _b_hyphen_dur(m: re.Match[str]) -> Candidate | None:
    n = _count(m.group("n"))
    unit = _unit_word(m.group("u"))
    if n is None or unit is None:
        return None
    return Candidate(m.start(), m.end(), Spec(kind="duration", value=_dur(str(n), unit)))


def _ref(value: str, anchoring: str = ABSOLUTE, gran: str | None = None):
    def build(m: re.Match[str]) -> Candidate:
        return Candidate(
            m.start(), m.end(), Spec(kind="ref", value=value, anchoring=anchoring, gran=gran)
        )

    return build


def _b_relative_day(m: re.Match[str]) -> Candidate | None:
    w = m.group(0).lower()
    off = {"vorgestern": -2, "gestern": -1, "morgen": 1, "übermorgen": 2}.get(w)
    if off is None:
        return None
    return Candidate(
        m.start(), m.end(), Spec(kind="rel", unit="D", offset=off, gran="day", anchoring=DEICTIC)
    )


def _b_weekday(m: re.Match[str]) -> Candidate | None:
    wd = WEEKDAYS_DE.get(m.group("wd").lower())
    if wd is None:
        return None
    w = (m.group("w") or "").lower()
    off = (
        1
        if w in ("kommenden", "nächsten")
        else -1
        if w in ("letzten", "vergangenen", "vorigen")
        else 0
    )
    pod = m.group("pod")
    time = PART_OF_DAY_DE.get(pod.lower()) if pod else None
    start = m.start("wd") if w in ("am", "") else m.start()
    return Candidate(start, m.end(), Spec(weekday=wd, offset=off, time=time, anchoring=AUTO))


def _b_in_last(m: re.Match[str]) -> Candidate | None:
    """ "in den letzten Monaten" (vague), "den nächsten vier Tagen" (duration)."""
    w = m.group("w").lower()
    future = w in ("kommenden", "nächsten", "folgenden")
    unit = _unit_word(m.group("u"))
    if unit is None:
        return None
    start = m.start("w")  # "in den letzten Monaten": the expression is "letzten Monaten"
    n_word = m.group("n")
    if n_word:
        n = _count(n_word)
        if n is None:
            return None
        return Candidate(start, m.end(), Spec(kind="duration", value=_dur(str(n), unit)))
    if w in ("folgenden", "ersten"):
        return Candidate(start, m.end(), Spec(kind="duration", value=_dur("X", unit)))
    return Candidate(start, m.end(), Spec(kind="ref", value="FUTURE_REF" if future else "PAST_REF"))


# --------------------------------------------------------------------------- rules


def _c(p: str) -> re.Pattern[str]:
    return re.compile(p)


_DAY = r"(?<![\w.,])(?P<d>[0-3]?\d)\.\s?"
_DAY_RANGE_TAIL = (
    r"(?=\s*(?:/|–|-|bis|und|oder|auf|zum)\s*(?:(?:zum|den|dem)\s+)?[0-3]?\d\.\s?"
    r"(?P<m>" + MONTH_ANY + r")" + _W + r"(?:\s+(?P<y>[12]\d{3}))?)"
)
# "Juni und Juli 1944", "Spätsommer und Herbst 1940": the year that follows applies
_COORD_YEAR = (
    r"(?=\s*(?:und|bis|oder|sowie|auf|/|–|-)\s*(?:(?:zum|zur|den|dem)\s+)?"
    r"(?:(?:Anfang|Mitte|Ende)\s+)?"
    r"(?:[0-3]?\d\.\s?)?(?:" + MONTH_FULL + r"|(?i:Früh|Spät)?(?i:sommer|winter|herbst|"
    r"frühling|frühjahr))\s+(?P<fy>[12]\d{3})(?!\d))"
)
_POD = alt(w.capitalize() for w in PART_OF_DAY_DE if not w.endswith("s") or w.endswith("stunden"))


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    r: list[Rule] = [
        Rule(
            "full_date",
            _c(
                r"(?:(?:"
                + alt(w.capitalize() for w in WEEKDAYS_DE)
                + r"),?\s+(?:(?:den|dem)\s+)?)?"
                + _DAY
                + r"(?P<m>"
                + MONTH_ANY
                + r")"
                + _W
                + r"(?:\s*,?\s*(?P<y>[12]\d{3}|\d{1,4}(?=\s*v\.\s*Chr|\s+vor\s+Christus))"
                + BC
                + r"(?![\d,.]\d)|"
                + _COORD_YEAR
                + r")?"
                + r"(?:,\s*(?P<h>[0-2]?\d)[:.](?P<mi>[0-5]\d)\s*Uhr"
                r"(?P<tz>\s+mitteleuropäischer\s+(?:Sommer)?[Zz]eit|\s+MEZ|\s+MESZ)?)?"
            ),
            _b_full_date,
            5,
        ),
        Rule(
            "en_date",
            _c(
                r"(?P<m>" + MONTH_EN + r")\s+(?P<d>[0-3]?\d),\s*(?P<y>[12]\d{3})"
                r"(?!\d)"
            ),
            _b_en_date,
            5,
        ),
        Rule(
            "numeric_date",
            _c(
                r"(?<![\w.,/])(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.\s?"
                r"(?P<y>[12]\d{3}|\d{2})(?![\w]|[.,]\d)"
            ),
            _b_numeric,
            5,
        ),
        Rule(
            "iso_date",
            _c(
                r"(?<![\w.\-/])(?P<y>[12]\d{3})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
                r"(?:T(?P<h>[0-2]\d):(?P<mi>[0-5]\d)(?::\d\d)?)?(?![\w\-/])"
            ),
            _b_iso,
            5,
        ),
        Rule(
            "day_of_range",
            _c(
                r"(?:(?P<pod>"
                + _POD
                + r")\s+(?:vom|zum)\s+)?"
                + r"(?<![\w.,/])(?P<d>[0-3]?\d)\."
                + _DAY_RANGE_TAIL
            ),
            _b_day_of_range,
            4,
        ),
        Rule(
            "pod_date",
            _c(
                r"(?:(?P<pre>[Gg]egen)\s+)?(?:(?P<adj>frühen|späten)\s+)?"
                r"(?:(?P<pod>" + _POD + r")|Laufe|Verlauf)\s+(?:des|vom|zum)\s+"
                r"(?P<d>[0-3]?\d)\.\s?(?:(?P<m>"
                + MONTH_ANY
                + r")"
                + _W
                + r"(?:\s+(?P<y>[12]\d{3})|"
                + _COORD_YEAR
                + r")?|"
                r"(?=\s*(?:/|–|-|bis|und|auf)\s*(?:(?:zum|den|dem)\s+)?[0-3]?\d\.\s?(?P<m2>"
                + MONTH_ANY
                + r")(?:\s+(?P<y2>[12]\d{3}))?))"
            ),
            _b_pod_date,
            6,
        ),
        Rule(
            "month",
            _c(
                r"(?:(?P<mod>"
                + MOD
                + r")\s+)?"
                + _B
                + r"(?P<m>"
                + MONTH_FULL
                + r")"
                + _W
                + _NOHYPH
                + r"(?:\s*,?\s*(?:des\s+Jahres\s+)?"
                + YEAR
                + BC
                + r"(?![\d,.]\d|\s*(?:Millionen|Milliarden))"
                r"|\s+(?P<rel>des|dieses|desselben|jenes)\s+(?:(?P<relw>folgenden|nächsten|"
                r"kommenden|gleichen|selben|vorigen|vorangegangenen|vergangenen)\s+)?Jahres"
                r"|" + _COORD_YEAR + r")?"
            ),
            _b_month,
            3,
        ),
        Rule(
            "year",
            _c(
                r"(?:Gegen\s+(?=" + MOD + r"))?"
                r"(?:(?P<mod>" + MOD + r")\s+(?:des\s+Jahres\s+)?|(?:Laufe|Verlauf)\s+des\s+)?"
                r"(?:" + _B + r"(?P<um>[Uu]m|[Gg]egen|[Ee]twa|[Cc]a\.|[Cc]irca)\s+"
                r"(?P<umjahr>das\s+Jahr\s+)?)?"
                r"(?:" + _B + r"(?P<jahr>Jahre?n?s?)\s+)?"
                r"(?<![\w.,])" + YEAR + BC + r"(?![\w]|[.,]\d|[-–](?:[A-ZÄÖÜ]|[a-zäöü]+e[nr]?\b))"
                r"(?P<slashbc>(?=" + _BC_AHEAD + r"))?"
            ),
            _b_year,
            2,
        ),
        Rule(
            "bc_context_year",
            _c(
                r"(?:[Ii]m|[Ss]eit|[Bb]is|[Aa]b|[Vv]on|[Nn]ach)\s+(?P<jahr>Jahre?\s+)?"
                r"(?P<y>[1-9]\d{1,2})(?![\w]|[.,:]\d|\s*%)(?!\s+(?:[A-ZÄÖÜ]|Mann|km|v\.|n\.))"
            ),
            lambda m: Candidate(
                m.start("jahr") if m.group("jahr") else m.start("y"),
                m.end(),
                Spec(year=int(m.group("y")), bc_only=True),
            ),
            1,
        ),
        SHORT_YEAR_RULE,
        Rule(
            "season",
            _c(
                r"(?:(?P<mod>" + MOD + r")\s+(?:de[sr]\s+)?)?"
                r"(?:(?P<adj>[Ff]rühen|[Ss]päten)\s+)?"
                + _B
                + r"(?P<pre>Früh|Spät|Hoch)?(?P<s>(?i:sommer|winter|herbst|frühling|frühjahr))"
                r"(?:e?s)?"
                + _W
                + _NOHYPH
                + r"(?:\s+(?:des\s+(?:Jahres\s+)?)?"
                + YEAR
                + BC
                + r"(?![\d,.]\d)"
                r"|\s+(?P<rel>des|dieses|desselben|jenes)\s+(?:(?P<relw>folgenden|nächsten|"
                r"kommenden|gleichen|selben|vorigen|vorangegangenen|vergangenen)\s+)?Jahres"
                r"|" + _COORD_YEAR + r")?"
            ),
            _b_season,
            3,
        ),
        Rule(
            "part_of_year",
            _c(
                r"(?P<o>ersten|erste|zweiten|zweite|dritten|dritte|vierten|vierte|letzten|letzte|"
                r"[1-4]\.)\s+(?P<u>Jahreshälfte|Halbjahr(?:es|s)?|Hälfte|Quartal(?:s|es)?|"
                r"Jahresviertel(?:s)?)"
                r"(?:\s+(?:des\s+Jahres\s+)?(?P<y>[12]\d{3})(?!\d)|\s+(?P<dj>des|dieses)\s+Jahres)?"
            ),
            _b_part,
            3,
        ),
        Rule(
            "quarter_code",
            _c(
                r"(?<![\w])(?P<k>[QH])(?P<q>[1-4])(?:\s*[/ ]\s*(?:(?P<y>[12]\d{3})"
                r"|'?(?P<yy>\d{2}))(?!\d))?(?![\w])"
            ),
            _b_quarter_code,
            3,
        ),
        Rule(
            "century",
            _c(
                r"(?:(?P<mod>" + MOD + r")\s+des\s+|(?P<half>ersten|zweiten)\s+Hälfte\s+des\s+)?"
                r"(?:(?P<adj>frühen|späten|ausgehenden|beginnenden)\s+)?"
                r"(?<![\w.,])(?P<n>[12]?\d)\.\s*(?:Jahrhunderts?|Jh\.?)" + BC
            ),
            _b_century,
            3,
        ),
        Rule(
            "decade",
            _c(
                r"(?:(?P<mod>" + MOD + r")\s+)?(?:(?:den|die|der)\s+)?"
                r"(?:(?<![\w.,])(?P<y>\d{1,3})0er(?:n|\s*-?\s*Jahren?|" + _W + r")"
                r"(?P<bc>\s*v\.\s*Chr\.)?"
                r"|(?P<w>(?i:zwanziger|dreißiger|vierziger|fünfziger|sechziger|siebziger|"
                r"achtziger|neunziger))(?:\s*-?\s*Jahren?|n))"
            ),
            _b_decade,
            3,
        ),
        Rule(
            "time",
            _c(
                r"(?<![\w.,:])(?:(?P<h>[01]?\d|2[0-4])(?:[:.](?P<mi>[0-5]\d))?\s*Uhr"
                r"(?:\s+(?P<mi2>[0-5]\d)(?![\d.,]))?"
                r"(?P<tz>\s+mitteleuropäischer\s+(?:Sommer)?[Zz]eit|\s+MEZ|\s+MESZ|\s+Ortszeit)?"
                r"(?:\s+(?P<half_day>morgens|früh|vormittags|nachmittags|abends|nachts)"
                + _W
                + r")?"
                r"|(?P<mid>Mitternacht))"
            ),
            _b_time,
            3,
        ),
        Rule(
            "pod",
            _c(
                r"(?:(?:(?<=[Aa]m )|(?P<gegen>[Gg]egen\s+))"
                r"(?:(?P<w>frühen|späten|selben|gleichen|nächsten|folgenden)\s+)?"
                r"(?P<pod>Morgen|Vormittag|Mittag|Nachmittag|Abend)"
                + _W
                + r"(?!\s+(?:des|vom|zum|nach))"
                r"|(?:(?<=[Ii]n der )|(?<=während der ))(?P<pod2>Nacht)(?!\s+(?:des|vom|zum))"
                + _W
                + r"|"
                + _B
                + r"(?P<adv>nachts))"
            ),
            lambda m: _b_pod_fix(m),
            2,
        ),
        Rule(
            "same_day",
            _c(
                r"(?:[Aa]m|[Aa]n\s+(?P<det>diesem|jenem|dem))\s+"
                r"(?:(?P<wstart>(?P<w>selben|gleichen|folgenden|nächsten|darauffolgenden|darauf\s+"
                r"folgenden|vorherigen|vorigen|vorangegangenen)\s+)?)?Tag" + _W
            ),
            _b_same_day,
            3,
        ),
        Rule(
            "year_after",
            _c(
                r"(?:(?<=[Ii]m )|(?<=[Ii]n dem ))(?P<u>Jahr|Monat)\s+"
                r"(?P<dir>darauf|danach|zuvor|davor)" + _W
            ),
            lambda m: Candidate(
                m.start(),
                m.end(),
                Spec(
                    kind="rel",
                    unit="Y" if m.group("u") == "Jahr" else "M",
                    offset=-1 if m.group("dir") in ("zuvor", "davor") else 1,
                    gran="year" if m.group("u") == "Jahr" else "month",
                    anchoring=NARRATIVE,
                ),
            ),
            3,
        ),
        Rule(
            "day_after",
            _c(r"(?:[Aa]m\s+)?Tage?\s+(?P<dir>darauf|danach|zuvor|davor|vorher)" + _W),
            _b_day_after,
            3,
        ),
        Rule(
            "rel_word",
            _c(
                _B + r"(?:Vorjahr|Folgejahr|Vormonat|Folgemonat|Vortag|Folgetag|"
                r"Jahresende|Jahresanfang|Jahresbeginn|Jahresmitte|Jahreswechsel|"
                r"Monatsende|Monatsanfang|Monatsbeginn|Monatsmitte)(?:e?s)?"
                + _W
                + r"(?:\s+(?P<y>[12]\d{3})(?![\d.,]\d))?"
            ),
            _b_rel_word,
            3,
        ),
        Rule(
            "rel_period",
            _c(
                r"(?:(?P<mod>" + MOD + r")\s+(?:(?:des|der)\s+)?)?"
                r"(?:(?:das|die|den)\s+(?:ganze[n]?\s+)?(?=(?:folgende|kommende|weitere)\s))?"
                + _B
                + r"(?P<w>(?i:n)ächste[ns]?(?=\s+(?:Woche|Monat|Jahr))|selben|gleichen|desselben|"
                r"folgenden|folgende|nächsten|"
                r"darauffolgenden|darauf\s+folgenden|kommenden|kommende|weitere|vorigen|"
                r"vorangegangenen|vergangenen|letzten|neuen|diesem|diesen|dieses|dieser|laufenden|"
                r"letzte|letztes|vergangene|vergangenes|vorige|voriges|nächste|nächstes|kommendes|"
                r"letztem|vergangenem|vorigem|nächstem|kommendem|vergangener|letzter|nächster|"
                r"kommender|diese)\s+"
                r"(?P<u>(?:Kriegs)?[Jj]ahr(?:e?s)?|Monats?|Woche|Wochenende|Quartals?)(?!\s*\d)"
                + _W
            ),
            _b_rel_period,
            2,
        ),
        Rule(
            "mod_period",
            _c(
                r"(?:Gegen\s+)?(?:(?P<mod>" + MOD + r")|Laufe|Verlauf)\s+(?:des|dieses)\s+"
                r"(?:(?P<w>folgenden|vorangegangenen|vergangenen|laufenden|kommenden)\s+)?"
                r"(?P<u>Jahres|Monats|Tages)(?!\s*\d)" + _W
            ),
            _b_mod_period,
            2,
        ),
        Rule(
            "whole_year",
            _c(r"(?:das\s+)?ganze\s+(?P<w>)(?P<u>Jahr)" + _W),
            lambda m: Candidate(
                m.start(),
                m.end(),
                Spec(kind="rel", unit="Y", offset=0, gran="year", anchoring=NARRATIVE),
            ),
            1,
        ),
        Rule(
            "shifted",
            _c(
                _B + QUANT + r"(?<![\d.,])(?P<n>\d{1,3}|" + NUMW + r"|" + VAGUE + r")?\s*"
                r"(?:(?P<half>halbe[ns]?)\s+|(?:ganze[ns]?|knappe[ns]?)\s+)?"
                r"(?P<u>Tage?n?|Wochen?|Monate?n?|Jahre?n?)\s+"
                r"(?P<dir>später|danach|darauf|zuvor|vorher|früher|davor)" + _W
            ),
            _b_shifted,
            3,
        ),
        Rule(
            "after_n",
            _c(
                r"[Nn]ach\s+" + QUANT + r"(?P<n>\d{1,3}|" + NUMW + r")\s+"
                r"(?:(?P<half>halbe[ns]?)\s+)?(?P<u>Tagen|Wochen|Monaten|Jahren|Tag|Woche|Monat|Jahr)"
                + _W
                + r"(?P<dir>)"
            ),
            _b_after_n,
            3,
        ),
        Rule(
            "ago",
            _c(
                r"(?P<p>[Vv]or|[Ii]n)\s+(?P<n>\d{1,3}|" + NUMW + r"|" + VAGUE + r")\s+"
                r"(?P<u>Tagen|Wochen|Monaten|Jahren|Jahrzehnten|Tag|Woche|Monat|Jahr)" + _W
            ),
            _b_ago,
            3,
        ),
        Rule(
            "in_last",
            _c(
                r"(?:(?P<pre>(?:[Ii]n|[Ww]ährend|[Ii]nnerhalb)\s+(?:den|der)|[Dd]en|[Dd]er)\s+)"
                r"(?P<w>letzten|vergangenen|zurückliegenden|kommenden|nächsten|folgenden|ersten)\s+"
                r"(?:(?P<n>\d{1,3}|" + NUMW + r")\s+)?"
                r"(?P<u>Tagen?|Wochen|Monaten?|Jahren?|Jahrzehnten?)" + _W
            ),
            _b_in_last,
            3,
        ),
        Rule(
            "duration",
            _c(
                _B + QUANT + r"(?<![\d.,])(?P<n>\d{1,4}(?:,\d)?|" + NUMW + r"|" + VAGUE + r")\s+"
                r"(?:(?P<half>halbe[ns]?)\s+|(?:ganze[nr]?|volle[nr]?|lange[nr]?|"
                r"aufeinanderfolgende[nr]?|weitere[nr]?)\s+)?"
                r"(?P<u>"
                + UNIT
                + r")"
                + _W
                + r"(?:\s+und\s+(?P<n2>\d{1,3}|"
                + NUMW
                + r")\s+(?P<u2>"
                + UNIT
                + r")"
                + _W
                + r")?"
                r"(?P<hinweg>(?=\s+hinweg))?"
                r"(?P<event>\s+(?:nach|vor)\s+(?:de[mnrs]|einer?|seine[mnrs]?|ihre[mnrs]?)\s+"
                r"(?:[a-zäöüß]+e[nrms]?\s+)?[A-ZÄÖÜ][\wäöüß-]+"
                r"(?:\s+(?:de[rs]|eine[rs]?)\s+(?:[a-zäöüß]+e[nrms]?\s+)?[A-ZÄÖÜ][\wäöüß-]+)?)?"
            ),
            _b_duration,
            1,
        ),
        Rule(
            "dur_adj",
            _c(
                _B
                + QUANT
                + r"(?<![\d.,])(?P<n>\d{1,4}|(?i:"
                + alt(NUMBERS_DE)
                + r"|ganz|mehr|viel|lang))"
                r"-?(?P<stem>tägig|wöchig|monatig|jährig|stündig)(?:e[nrms]?)?" + _W
            ),
            _b_dur_adj,
            2,
        ),
        Rule(
            "long",
            _c(
                _B + r"(?P<stem>(?i:stundenlang|tagelang|wochenlang|monatelang|jahrelang|"
                r"jahrzehntelang|jahrhundertelang))(?:e[nrms]?)?" + _W
            ),
            _b_long,
            2,
        ),
        Rule(
            "hyphen_dur",
            _c(
                _B + r"(?P<n>\d{1,3}|" + NUMW + r")-(?P<u>Tage|Stunden|Wochen|"
                r"Monats|Jahres)(?=-[A-ZÄÖÜ])"
            ),
            _b_hyphen_dur,
            2,
        ),
        Rule(
            "relative_day",
            _c(
                _B + r"(?:vorgestern|gestern|übermorgen|Vorgestern|Gestern|"
                r"Übermorgen|morgen(?!\s+(?:des|früh\s+des)))" + _W
            ),
            _b_relative_day,
            2,
        ),
        Rule(
            "today",
            _c(_B + r"(?:[Hh]eute|[Hh]eutigen\s+Tag(?:e?s)?)" + _W),
            _ref("PRESENT_REF", DEICTIC, "day"),
            2,
        ),
        Rule(
            "present",
            _c(
                _B + r"(?:[Jj]etzt|[Gg]egenwärtig|[Dd]erzeit|[Zz]urzeit|[Mm]omentan|"
                r"[Hh]eutzutage|[Aa]b\s+diesem\s+Zeitpunkt|"
                r"[Aa]ktuell(?=\s+[a-zäöü]|[,.;]))" + _W
            ),
            _ref("PRESENT_REF"),
            2,
        ),
        Rule(
            "past",
            _c(
                _B + r"(?:[Kk]ürzlich|[Jj]üngst|[Nn]eulich|[Uu]nlängst|[Vv]or\s+[Kk]urzem|"
                r"[Kk]urz\s+(?:zuvor|davor|vorher)|"
                r"[Zz]wischenzeitlich|[Vv]or\s+langer\s+Zeit)" + _W
            ),
            _ref("PAST_REF"),
            2,
        ),
        Rule(
            "future",
            _c(
                _B + r"(?:[Bb]ald(?:\s+darauf|\s+danach)?|[Ww]enig\s+später|"
                r"[Kk]urz(?:e\s+Zeit)?\s+(?:später|darauf|danach)|"
                r"[Ii]n\s+der\s+Folge(?!zeit)|der\s+Folgezeit|[Kk]ünftig|[Zz]ukünftig|"
                r"[Ii]n\s+Zukunft|[Dd]emnächst)" + _W
            ),
            _ref("FUTURE_REF"),
            2,
        ),
        Rule(
            "vague_span",
            _c(
                r"(?:(?<=[Ss]eit )|(?<=[Aa]uf )|(?<=[Üü]ber )|(?<=[Ff]ür )|(?:diesen|jenen)\s+|"
                r"(?:den|ihren|seinen)\s+(?P<adj>frühen|ersten|späten|letzten)\s+)"
                r"(?P<u>Jahren|Jahrzehnten?|Monaten|Wochen|Tagen)"
                + _W
                + r"(?!\s+(?:später|zuvor|danach|darauf|vorher|hinweg))"
                r"|" + _B + r"(?P<folge>Folgejahren?|Folgemonaten?|Folgetagen?|Folgewochen)" + _W
            ),
            lambda m: _b_vague_span(m),
            1,
        ),
        Rule("present_view", _c(r"(?<=[Aa]us )heutiger(?=\s+Sicht)"), _ref("PRESENT_REF"), 2),
        Rule(
            "this_date",
            _c(_B + r"(?:dieses|diesem|dem\s+gleichen|demselben)\s+Datum" + _W),
            lambda m: Candidate(
                m.start(),
                m.end(),
                Spec(kind="rel", unit="D", offset=0, gran="day", anchoring=NARRATIVE),
            ),
            2,
        ),
        Rule(
            "range_first",
            _c(
                r"(?<![\d.,])(?P<n>\d{1,3}|" + NUMW + r")(?=\s*(?:–|-|bis|und|oder)\s*"
                r"(?:\d{1,3}|" + NUMW + r")\s+(?P<u>" + UNIT + r")" + _W + r")"
            ),
            lambda m: _b_range_first(m),
            1,
        ),
        Rule(
            "holiday",
            _c(
                r"(?<![\w.])(?=[A-ZÄÖÜ12])(?P<h>(?i:(?:[12]\.\s*)?(?:"
                + alt(w for w in HOLIDAYS_DE if not w[0].isdigit()).replace("\\ ", r"\s+")
                + r")))(?:e?s)?"
                + _W
                + r"(?:\s+(?P<y>[12]\d{3})(?![\d.,]\d))?"
            ),
            lambda m: _b_holiday(m),
            4,
        ),
        Rule(
            "weekday",
            _c(
                r"(?:(?P<w>letzten|vergangenen|vorigen|kommenden|nächsten|diesen|am)\s+)?"
                + _B
                + r"(?P<wd>"
                + alt(w.capitalize() for w in WEEKDAYS_DE)
                + r")"
                r"(?P<pod>abend|morgen|nachmittag|vormittag|mittag|nacht)?(?:s)?" + _W
            ),
            _b_weekday,
            2,
        ),
    ]
    return tuple(replace(rule, **_STARTS[rule.name]) for rule in r)


# The words each rule can begin with (lower case), for the token index.
_MODW = {"anfang", "beginn", "mitte", "ende", "ausgang", "anbeginn"}
_QUANTW = {
    "mehr",
    "über",
    "fast",
    "knapp",
    "etwa",
    "rund",
    "ungefähr",
    "beinahe",
    "nahezu",
    "gut",
    "weniger",
    "bis",
    "mindestens",
    "höchstens",
    "ca",
    "circa",
    "insgesamt",
}
_NUMWS = set(NUMBERS_DE) | {v.split()[0] for v in VAGUE_COUNT_DE}
_MONTHW = set(MONTHS_DE) | {w.rstrip(".") for w in MONTH_ABBR_DE}
_PODW = set(PART_OF_DAY_DE)
_UNITW = {
    "tag",
    "tage",
    "tagen",
    "woche",
    "wochen",
    "monat",
    "monate",
    "monaten",
    "jahr",
    "jahre",
    "jahren",
    "halbe",
    "halben",
    "halbes",
    "ganze",
    "ganzen",
    "ganzes",
    "knappe",
    "knappen",
    "knappes",
}
_SEASON_PREFIXES = tuple(p + s for p in ("", "früh", "spät", "hoch") for s in SEASONS_DE)
_WEEKDAY_PREFIXES = tuple(WEEKDAYS_DE)
_REL_WORDS = (
    "vorjahr",
    "folgejahr",
    "vormonat",
    "folgemonat",
    "vortag",
    "folgetag",
    "jahresende",
    "jahresanfang",
    "jahresbeginn",
    "jahresmitte",
    "jahreswechsel",
    "monatsende",
    "monatsanfang",
    "monatsbeginn",
    "monatsmitte",
)
_REL_PERIOD_W = {
    "letztem",
    "vergangenem",
    "vorigem",
    "nächstem",
    "kommendem",
    "vergangener",
    "letzter",
    "nächster",
    "kommender",
    "selben",
    "gleichen",
    "desselben",
    "folgenden",
    "folgende",
    "nächsten",
    "darauffolgenden",
    "darauf",
    "kommenden",
    "kommende",
    "weitere",
    "vorigen",
    "vorangegangenen",
    "vergangenen",
    "letzten",
    "neuen",
    "diesem",
    "diesen",
    "dieses",
    "dieser",
    "laufenden",
    "das",
    "die",
    "den",
    "letzte",
    "letztes",
    "vergangene",
    "vergangenes",
    "vorige",
    "voriges",
    "nächste",
    "nächstes",
    "kommendes",
    "diese",
}


def _has_stem(stems: tuple[str, ...]) -> Callable[[str], object]:
    """A test run over the text's vocabulary (in C: a compiled regex's search)."""
    return re.compile("|".join(stems)).search


def _prefix(prefixes: tuple[str, ...]) -> Callable[[str], object]:
    return re.compile("|".join(map(re.escape, prefixes))).match


_STARTS: dict[str, dict[str, Any]] = {
    "full_date": {"starts": frozenset(WEEKDAYS_DE), "digits": True},
    "en_date": {"starts": frozenset(MONTHS_EN)},
    "numeric_date": {"digits": True},
    "iso_date": {"digits": True},
    "day_of_range": {"starts": frozenset(_PODW), "digits": True},
    "pod_date": {
        "starts": frozenset(_PODW | {"gegen", "am", "frühen", "späten", "laufe", "verlauf"})
    },
    "month": {"starts": frozenset(_MODW | _MONTHW)},
    "year": {
        "starts": frozenset(
            _MODW
            | {
                "um",
                "gegen",
                "etwa",
                "ca",
                "circa",
                "laufe",
                "verlauf",
                "jahr",
                "jahre",
                "jahres",
                "jahrs",
                "jahren",
            }
        ),
        "digits": True,
    },
    "short_year": {"digits": True},
    "bc_context_year": {"starts": frozenset({"im", "seit", "bis", "ab", "von", "nach"})},
    "year_after": {"starts": frozenset({"jahr", "monat"})},
    "season": {
        "starts": frozenset(_MODW | {"frühen", "späten"}),
        "pred": _prefix(_SEASON_PREFIXES),
    },
    "part_of_year": {"starts": frozenset(ORDINALS_DE), "digits": True},
    "quarter_code": {"starts": frozenset({"q1", "q2", "q3", "q4", "h1", "h2"})},
    "century": {
        "starts": frozenset(
            _MODW | {"ersten", "zweiten", "frühen", "späten", "ausgehenden", "beginnenden"}
        ),
        "digits": True,
    },
    "decade": {
        "starts": frozenset(_MODW | {"den", "die", "der"}),
        "digits": True,
        "pred": _has_stem(("ziger", "ßiger")),
    },
    "time": {"starts": frozenset({"mitternacht"}), "digits": True},
    "pod": {
        "starts": frozenset(
            {
                "gegen",
                "nacht",
                "nachts",
                "frühen",
                "späten",
                "selben",
                "gleichen",
                "nächsten",
                "folgenden",
                "morgen",
                "vormittag",
                "mittag",
                "nachmittag",
                "abend",
            }
        )
    },
    "same_day": {"starts": frozenset({"am", "an"})},
    "day_after": {"starts": frozenset({"am", "tag", "tage"})},
    "rel_word": {"pred": _prefix(_REL_WORDS)},
    "rel_period": {"starts": frozenset(_MODW | _REL_PERIOD_W)},
    "mod_period": {"starts": frozenset(_MODW | {"laufe", "verlauf", "gegen"})},
    "whole_year": {"starts": frozenset({"das", "ganze"})},
    "shifted": {"starts": frozenset(_QUANTW | _NUMWS | _UNITW), "digits": True},
    "after_n": {"starts": frozenset({"nach"})},
    "ago": {"starts": frozenset({"vor", "in"})},
    "in_last": {"starts": frozenset({"in", "während", "den", "der"})},
    "duration": {"starts": frozenset(_QUANTW | _NUMWS), "digits": True},
    "dur_adj": {
        "starts": frozenset(_QUANTW),
        "digits": True,
        "pred": _has_stem(("tägig", "wöchig", "monatig", "jährig", "stündig")),
    },
    "long": {"pred": _has_stem(("lang",))},
    "hyphen_dur": {"starts": frozenset(_NUMWS), "digits": True},
    "relative_day": {"starts": frozenset({"vorgestern", "gestern", "übermorgen", "morgen"})},
    "today": {"starts": frozenset({"heute", "heutigen"})},
    "present": {
        "starts": frozenset(
            {
                "jetzt",
                "gegenwärtig",
                "derzeit",
                "zurzeit",
                "momentan",
                "heutzutage",
                "ab",
                "zu",
                "diesem",
                "aktuell",
            }
        )
    },
    "past": {
        "starts": frozenset(
            {
                "kürzlich",
                "jüngst",
                "neulich",
                "unlängst",
                "vor",
                "seitdem",
                "seither",
                "kurz",
                "zwischenzeitlich",
            }
        )
    },
    "future": {
        "starts": frozenset(
            {"bald", "wenig", "kurz", "kurze", "in", "der", "künftig", "zukünftig", "demnächst"}
        )
    },
    "vague_span": {
        "starts": frozenset(
            {
                "tagen",
                "jahren",
                "jahrzehnten",
                "jahrzehnte",
                "monaten",
                "wochen",
                "diesen",
                "jenen",
                "den",
                "ihren",
                "seinen",
            }
        ),
        "pred": _prefix(("folge",)),
    },
    "present_view": {"starts": frozenset({"heutiger"})},
    "this_date": {"starts": frozenset({"dieses", "diesem", "dem", "demselben"})},
    "range_first": {"starts": frozenset(_NUMWS), "digits": True},
    "holiday": {
        "starts": frozenset(w.split()[0] for w in HOLIDAYS_DE if w[0].isalpha()),
        "digits": True,
    },
    "weekday": {
        "starts": frozenset(
            {"letzten", "vergangenen", "vorigen", "kommenden", "nächsten", "diesen", "am"}
        ),
        "pred": _prefix(_WEEKDAY_PREFIXES),
    },
}


def _b_holiday(m: re.Match[str]) -> Candidate | None:
    key = re.sub(r"\s+", " ", m.group("h").lower())
    key = re.sub(r"^([12])\.\s*", r"\1. ", key)
    entry = HOLIDAYS_DE.get(key)
    if entry is None:
        return None
    year = int(m.group("y")) if m.group("y") else None
    return Candidate(m.start(), m.end(), holiday_spec(entry, year))


def _b_vague_span(m: re.Match[str]) -> Candidate | None:
    """ "seit Jahren", "in diesen Jahren", "den ersten Jahren", "Folgejahren": PXY ..."""
    word = m.group("u") or m.group("folge")
    unit = _unit_word(word.removeprefix("Folge"))
    if unit is None:
        return None
    start = m.start("adj") if m.group("adj") else m.start()
    return Candidate(start, m.end(), Spec(kind="duration", value=_dur("X", unit)))


def _b_range_first(m: re.Match[str]) -> Candidate | None:
    """The 18 of "zwischen 18 und 45 Jahren": a duration in the unit that follows."""
    unit = UNITS_DE.get(m.group("u").lower())
    n = _count(m.group("n"))
    if unit is None or n is None or n == 0:
        return None
    return Candidate(m.start(), m.end(), Spec(kind="duration", value=_dur(str(n), unit)))


def _b_pod_fix(m: re.Match[str]) -> Candidate | None:
    if m.group("pod2"):
        return Candidate(
            m.start(),
            m.end(),
            Spec(kind="rel", unit="D", offset=0, gran="day", time="NI", anchoring=NARRATIVE),
        )
    return _b_pod(m)
