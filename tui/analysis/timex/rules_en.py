"""English rules: the same coverage as the German set, in English word order.

`rules(order)` takes the date order of numeric dates: "MDY" for US English (10/11/2024 is
October 11), "DMY" for British and most other locales (10 November).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import Any

from .lexicon import (
    COUNT_NOUNS_EN,
    HOLIDAYS_EN,
    MONTH_ABBR_EN,
    MONTHS_EN,
    NUMBERS_EN,
    ORDINALS_EN,
    PART_OF_DAY_EN,
    SEASONS_EN,
    UNITS_EN,
    WEEKDAYS_EN,
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

_W = r"(?![\w])"
_B = r"(?<![\w])"
MONTH = (
    "(?:"
    + alt(
        [
            *(w.capitalize() for w in MONTHS_EN),
            *(w.capitalize() for w in MONTH_ABBR_EN if w.endswith(".")),
        ]
    )
    + ")"
)
MONTH_FULL = "(?:" + alt(w.capitalize() for w in MONTHS_EN) + ")"
WEEKDAY = "(?:" + alt(w.capitalize() for w in WEEKDAYS_EN) + ")"
NUMW = "(?i:" + alt(k for k in NUMBERS_EN if k not in ("a", "an")) + ")"
UNIT = "(?:" + alt(UNITS_EN) + ")"
ORD = r"(?:st|nd|rd|th)"
MODS = {
    "early": "START",
    "beginning": "START",
    "start": "START",
    "mid": "MID",
    "middle": "MID",
    "late": "END",
    "end": "END",
    "the beginning of": "START",
    "the start of": "START",
    "the middle of": "MID",
    "the end of": "END",
}
MOD = (
    r"(?:(?P<mod>[Ee]arly|[Mm]id|[Ll]ate)(?:\s*-\s*|\s+)|"
    r"(?P<mod2>[Tt]he\s+(?:beginning|start|middle|end)\s+of)\s+)?"
)
QUANT = (
    r"(?:(?P<q>more\s+than|over|about|around|nearly|almost|roughly|at\s+least|"
    r"up\s+to|less\s+than|some|approximately|just\s+over|just\s+under)\s+)?"
)
QUANT_MOD = {
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "about": "APPROX",
    "around": "APPROX",
    "nearly": "APPROX",
    "almost": "APPROX",
    "roughly": "APPROX",
    "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS",
    "less than": "LESS_THAN",
    "some": "APPROX",
    "approximately": "APPROX",
    "just over": "MORE_THAN",
    "just under": "LESS_THAN",
}
_TRIGGERS = words("""
    in since until till by from of through throughout into to before after during between and
    or early late as for
    mid last next this that each every the around
""")


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower())


def _mod(m: re.Match[str]) -> str | None:
    for g in ("mod", "mod2"):
        v = m.groupdict().get(g)
        if v:
            return MODS.get(_norm(v))
    return None


def _month(word: str) -> int | None:
    w = word.lower()
    return MONTHS_EN.get(w) or MONTH_ABBR_EN.get(w)


def _count(word: str) -> int | None:
    return word_number(word, NUMBERS_EN)


def bare_ok(text: str, start: int) -> bool:
    """ "in May", "May/June" are dates; "Theresa May", "you may" are not."""
    prev = prev_word(text, start)
    if prev is None:
        return False
    if prev[-1] in "/–-(":
        return True
    p = prev.lower().strip("(\"'“")
    return p in _TRIGGERS or _month(p.rstrip(",")) is not None


def _year_ok(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12) : start]
    if re.search(
        r"(?:p\.|pp\.|[Pp]age|[Nn]o\.|#|[$€£]|\d[.,]|\d\s|[Rr]oom|[Ff]light|"
        r"[Rr]oute|ISBN|[Tt]el\.?)\s*$",
        before,
    ):
        return False
    if re.search(
        r"(?<!\w)(?:about|around|over|nearly|almost|some|roughly|only|another|"
        r"than|up to|at least|approximately)\s+$",
        before,
        re.IGNORECASE,
    ):
        return False
    after = text[end : end + 24]
    nm = re.match(r"\s*([\w%-]+)", after)
    if nm and (nm.group(1).lower() in COUNT_NOUNS_EN or nm.group(1) == "%"):
        return False
    if re.match(r"[.,]\d|\d|:\d|\s*(?:million|billion|thousand)", after):
        return False
    return not re.search(r"[/–-]\s*$", before) or bool(re.search(r"\d{4}\s*[/–-]\s*$", before))


# --------------------------------------------------------------------------- builders


def _b_dmy(m: re.Match[str]) -> Candidate | None:
    month = _month(m.group("m"))
    day = int(m.group("d"))
    if month is None or not valid_day(day, month):
        return None
    year = int(m.group("y")) if m.group("y") else None
    return Candidate(
        m.start(),
        m.end(),
        Spec(year=year, month=month, day=day, anchoring=ABSOLUTE if year else NARRATIVE),
    )


def _b_numeric(order: str) -> Callable[[re.Match[str]], Candidate | None]:
    def build(m: re.Match[str]) -> Candidate | None:
        a, b, ys = int(m.group("a")), int(m.group("b")), m.group("y")
        month, day = (a, b) if order == "MDY" else (b, a)
        if month > 12 and day <= 12:
            month, day = day, month  # 25/12/2024 in a US text is still December 25
        if not 1 <= month <= 12 or not valid_day(day, month):
            return None
        if len(ys) == 2:
            return Candidate(
                m.start(), m.end(), Spec(yy=int(ys), month=month, day=day, anchoring=AUTO)
            )
        return Candidate(m.start(), m.end(), Spec(year=int(ys), month=month, day=day))

    return build


def _b_iso(m: re.Match[str]) -> Candidate | None:
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not 1 <= mo <= 12 or not valid_day(d, mo):
        return None
    return Candidate(m.start(), m.end(), Spec(year=y, month=mo, day=d))


def _b_month(m: re.Match[str]) -> Candidate | None:
    month = _month(m.group("m"))
    if month is None:
        return None
    mod = _mod(m)
    year = int(m.group("y")) if m.group("y") else None
    rel = m.group("rel")
    if year is None and rel is None and mod is None and not bare_ok(m.string, m.start()):
        return None
    if rel:
        off = {
            "this": 0,
            "last": -1,
            "next": 1,
            "that": 0,
            "the same": 0,
            "the following": 1,
            "the previous": -1,
        }.get(_norm(rel), 0)
        anch = (
            NARRATIVE
            if _norm(rel) in ("that", "the same", "the following", "the previous")
            else AUTO
        )
        return in_year(m, off, anch, month=month, mod=mod)
    return Candidate(
        m.start(),
        m.end(),
        Spec(year=year, month=month, mod=mod, anchoring=ABSOLUTE if year else NARRATIVE),
    )


def _b_year(m: re.Match[str]) -> Candidate | None:
    year = int(m.group("y"))
    bc = m.group("bc")
    mod = _mod(m)
    if not bc and not m.group("ad") and not 1000 <= year <= 2099:
        return None
    if not (bc or m.group("ad") or mod or m.group("yr")) and not _year_ok(
        m.string, m.start("y"), m.end("y")
    ):
        return None
    return Candidate(m.start(), m.end(), Spec(year=-year if bc else year, mod=mod))


def _b_season(m: re.Match[str]) -> Candidate | None:
    season = SEASONS_EN.get(m.group("s").lower())
    if season is None:
        return None
    mod = _mod(m)
    year = int(m.group("y")) if m.group("y") else None
    rel = m.group("rel")
    if rel:
        off = {"this": 0, "last": -1, "next": 1, "that": 0, "past": -1, "coming": 1}.get(
            rel.lower(), 0
        )
        return in_year(m, off, NARRATIVE if rel.lower() == "that" else AUTO, season=season, mod=mod)
    if year is None and mod is None and not m.group("inthe"):
        return None
    start = m.start("inthe_the") if m.group("inthe") else m.start()
    return Candidate(
        start,
        m.end(),
        Spec(year=year, season=season, mod=mod, anchoring=ABSOLUTE if year else NARRATIVE),
    )


def _b_quarter(m: re.Match[str]) -> Candidate | None:
    gd = m.groupdict()
    q = gd.get("q") or gd.get("q2")
    o = gd.get("o")
    kind = (gd.get("k") or "Q").upper()
    if o:
        n = ORDINALS_EN.get(o.lower())
        if n is None:
            return None
        unit = (gd.get("u") or "quarter").lower()
        kind = "H" if unit.startswith("half") else "Q"
        q = str((4 if kind == "Q" else 2) if n == -1 else n)
    if q is None:
        return None
    qn = int(q)
    if (kind == "H" and qn > 2) or qn > 4:
        return None
    year = int(gd["y"]) if gd.get("y") else None
    if gd.get("yy"):
        year = 2000 + int(gd["yy"])
    spec = Spec(
        year=year,
        quarter=qn if kind == "Q" else None,
        half=qn if kind == "H" else None,
        anchoring=ABSOLUTE if year else AUTO,
    )
    return Candidate(m.start(), m.end(), spec)


_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def _b_decade(m: re.Match[str]) -> Candidate | None:
    mod = _mod(m)
    if m.group("y"):
        return Candidate(m.start(), m.end(), Spec(decade=int(m.group("y")), mod=mod))
    d = m.group("yy") or None
    digit = int(d) if d else _DECADE_WORDS.get((m.group("w") or "").lower())
    if digit is None:
        return None
    return Candidate(m.start(), m.end(), Spec(decade_digit=digit, mod=mod, anchoring=AUTO))


_ORD_CENTURY = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty first": 21,
}


def _b_century(m: re.Match[str]) -> Candidate | None:
    n = int(m.group("n")) if m.group("n") else _ORD_CENTURY.get(_norm(m.group("w") or ""))
    if n is None or not 1 <= n <= 21:
        return None
    bc = m.group("bc")
    return Candidate(m.start(), m.end(), Spec(century=-(n - 1) if bc else n - 1, mod=_mod(m)))


def _b_time(m: re.Match[str]) -> Candidate | None:
    if m.group("word"):
        return Candidate(
            m.start(),
            m.end(),
            Spec(
                time="12:00" if m.group("word").lower() in ("noon", "midday") else "24:00",
                anchoring=NARRATIVE,
            ),
        )
    h = int(m.group("h"))
    mi = m.group("mi") or "00"
    ap = (m.group("ap") or "").lower().replace(".", "")
    if ap and not 1 <= h <= 12:
        return None
    if h > 24:
        return None
    if ap == "pm" and h < 12:
        h += 12
    if ap == "am" and h == 12:
        h = 0
    start = m.start("h")
    return Candidate(start, m.end(), Spec(time=f"{h:02d}:{mi}", anchoring=NARRATIVE))


_REL_OFF = {
    "this": 0,
    "current": 0,
    "last": -1,
    "past": -1,
    "previous": -1,
    "next": 1,
    "coming": 1,
    "following": 1,
    "same": 0,
    "that": 0,
    "upcoming": 1,
}
_NARR = {"previous", "following", "same", "that"}


def _b_rel_period(m: re.Match[str]) -> Candidate | None:
    w = m.group("w").lower()
    off = _REL_OFF.get(w)
    u = m.group("u").lower()
    unit = {"day": "D", "week": "W", "weekend": "W", "month": "M", "year": "Y", "quarter": "Q"}.get(
        u
    )
    if off is None or unit is None:
        return None
    gran = {"D": "day", "W": "week", "M": "month", "Y": "year", "Q": "quarter"}[unit]
    anch = NARRATIVE if w in _NARR else AUTO
    return Candidate(
        m.start(),
        m.end(),
        Spec(kind="rel", unit=unit, offset=off, gran=gran, mod=_mod(m), anchoring=anch),
    )


def _b_relative_day(m: re.Match[str]) -> Candidate | None:
    w = _norm(m.group(0))
    table = {
        "today": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "tonight": 0,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }
    off = table.get(w)
    if off is None:
        return None
    if w == "today":
        return Candidate(
            m.start(), m.end(), Spec(kind="ref", value="PRESENT_REF", anchoring=DEICTIC, gran="day")
        )
    time = "NI" if w == "tonight" else None
    return Candidate(
        m.start(),
        m.end(),
        Spec(kind="rel", unit="D", offset=off, gran="day", time=time, anchoring=DEICTIC),
    )


def _b_shift(m: re.Match[str]) -> Candidate | None:
    """ "two weeks ago" (deictic), "three days later" (narrative), "in two weeks"."""
    u = m.group("u").lower().rstrip("s")
    unit = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE"}.get(u)
    if unit is None:
        return None
    d = (m.group("dir") or "").lower()
    pre = (m.group("pre") or "").lower()
    if d in ("before", "after"):  # "two weeks after the announcement": a duration
        n_word = m.group("n")
        n = 1 if n_word.lower() in ("a", "an") else _count(n_word)
        if n is None or pre == "in":
            return None
        return Candidate(m.start("n"), m.end("u"), Spec(kind="duration", value=_dur(str(n), unit)))
    sign = -1 if d in ("ago", "earlier", "before") else 1
    n_word = m.group("n")
    n = 1 if n_word.lower() in ("a", "an") else _count(n_word)
    if n is not None and unit == "DE" and pre == "in" and not d:
        # "the third time in a decade": a span; ahead of the article in the future tense
        spec = Spec(
            kind="rel", unit="Y", offset=10 * n, gran="year", anchoring=DEICTIC, value=f"P{n}DE"
        )
        return Candidate(m.start(), m.end(), spec)
    if n is None or unit == "DE":
        value = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return Candidate(m.start(), m.end(), Spec(kind="ref", value=value))
    anch = DEICTIC if d in ("ago", "from now") or pre == "in" else NARRATIVE
    gran = {"D": "day", "W": "week", "M": "month", "Y": "year"}[unit]
    if anch == NARRATIVE and unit == "W":
        gran = "day"
    # "in two weeks" is a date ahead in a sentence about the future, a span otherwise
    # ("its lowest level in eight months"): the tagger decides by the tense
    span = _dur(str(n), unit) if pre == "in" and not d else None
    return Candidate(
        m.start(),
        m.end(),
        Spec(kind="rel", unit=unit, offset=sign * n, gran=gran, anchoring=anch, value=span),
    )


def _dur(n: str, unit: str) -> str:
    if unit in ("H", "MIN", "S"):
        return f"PT{n}{'M' if unit == 'MIN' else unit}"
    return f"P{n}{unit}"


def _b_duration(m: re.Match[str]) -> Candidate | None:
    unit = UNITS_EN.get(m.group("u").lower())
    if unit is None:
        return None
    n_word = _norm(m.group("n"))
    q = m.group("q")
    mod = QUANT_MOD.get(_norm(q)) if q else None
    if n_word in ("several", "a few", "few", "a couple of", "couple of", "many"):
        return Candidate(m.start(), m.end(), Spec(kind="duration", value=_dur("X", unit), mod=mod))
    if n_word in ("a", "an") and not (q or m.group("for")):
        return None
    n = 1 if n_word in ("a", "an") else _count(n_word)
    if n is None or n == 0:
        return None
    return Candidate(m.start(), m.end(), Spec(kind="duration", value=_dur(str(n), unit), mod=mod))


def _b_dur_adj(m: re.Match[str]) -> Candidate | None:
    unit = UNITS_EN.get(m.group("u").lower())
    n = _count(m.group("n"))
    if unit is None or n is None:
        return None
    return Candidate(m.start(), m.end(), Spec(kind="duration", value=_dur(str(n), unit)))


def _ref(value: str) -> Callable[[re.Match[str]], Candidate]:
    def build(m: re.Match[str]) -> Candidate:
        return Candidate(m.start(), m.end(), Spec(kind="ref", value=value))

    return build


def _b_weekday(m: re.Match[str]) -> Candidate | None:
    wd = WEEKDAYS_EN.get(m.group("wd").lower())
    if wd is None:
        return None
    w = (m.group("w") or "").lower()
    off = 1 if w == "next" else -1 if w == "last" else 0
    pod = m.group("pod")
    time = PART_OF_DAY_EN.get(pod.lower()) if pod else None
    start = m.start("wd") if w in ("on", "") else m.start()
    return Candidate(start, m.end(), Spec(weekday=wd, offset=off, time=time, anchoring=AUTO))


def _b_same_day(m: re.Match[str]) -> Candidate | None:
    w = m.group("w").lower()
    off = {"same": 0, "next": 1, "following": 1, "previous": -1, "preceding": -1}.get(w)
    if off is None:
        return None
    return Candidate(
        m.start(), m.end(), Spec(kind="rel", unit="D", offset=off, gran="day", anchoring=NARRATIVE)
    )


def _b_in_recent(m: re.Match[str]) -> Candidate | None:
    u = m.group("u").lower()
    unit = {"days": "D", "weeks": "W", "months": "M", "years": "Y", "decades": "DE"}.get(u)
    if unit is None:
        return None
    if m.group("n"):
        n = _count(m.group("n"))
        if n is None:
            return None
        return Candidate(m.start(), m.end(), Spec(kind="duration", value=_dur(str(n), unit)))
    # "the last months", "the coming years": a vague span (HeidelTime: PXM, PXY)
    return Candidate(m.start(), m.end(), Spec(kind="duration", value=_dur("X", unit)))


def _c(p: str) -> re.Pattern[str]:
    return re.compile(p)


@lru_cache(maxsize=4)
def rules(order: str = "MDY") -> tuple[Rule, ...]:
    r = [
        Rule(
            "dmy",
            _c(
                r"(?:"
                + WEEKDAY
                + r",?\s+)?(?:the\s+)?(?<![\w.,/])(?P<d>[0-3]?\d)"
                + ORD
                + r"?\s+(?:of\s+)?(?P<m>"
                + MONTH
                + r")"
                + _W
                + r"(?:,?\s+(?P<y>[12]\d{3})(?![\d,.]\d))?"
            ),
            _b_dmy,
            5,
        ),
        Rule(
            "mdy",
            _c(
                r"(?:"
                + WEEKDAY
                + r",?\s+)?"
                + _B
                + r"(?P<m>"
                + MONTH
                + r")\s+(?P<d>[0-3]?\d)"
                + ORD
                + r"?(?![\d:])"
                + r"(?:,?\s+(?P<y>[12]\d{3})(?![\d,.]\d))?"
            ),
            _b_dmy,
            5,
        ),
        Rule(
            "numeric",
            _c(
                r"(?<![\w.,/])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)"
                r"(?P<y>[12]\d{3}|\d{2})(?![\w/]|[.,]\d)"
            ),
            _b_numeric(order),
            5,
        ),
        Rule(
            "iso",
            _c(r"(?<![\w.\-/])(?P<y>[12]\d{3})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w\-/])"),
            _b_iso,
            6,
        ),
        Rule(
            "month",
            _c(
                MOD
                + _B
                + r"(?P<m>"
                + MONTH_FULL
                + r")"
                + _W
                + r"(?:,?\s+(?:of\s+)?(?P<y>[12]\d{3})(?![\d,.]\d)|\s+(?:of\s+)?"
                r"(?P<rel>this|last|next|that|the\s+same|the\s+following|the\s+previous)\s+year)?"
            ),
            _b_month,
            3,
        ),
        Rule(
            "year",
            _c(
                MOD + r"(?:(?P<yr>(?:the\s+)?(?:year|fiscal(?:\s+year)?|FY))\s*)?"
                r"(?<![\w.,$€£])(?P<y>[12]\d{3}|\d{1,4}(?=\s*(?:BC|BCE|B\.C\.)))"
                r"(?:\s*(?P<bc>BCE?|B\.C\.)|\s*(?P<ad>AD|CE|A\.D\.))?(?![\w]|[.,]\d)"
            ),
            _b_year,
            2,
        ),
        SHORT_YEAR_RULE,
        Rule(
            "season",
            _c(
                r"(?:(?P<rel>[Tt]his|[Ll]ast|[Nn]ext|[Tt]hat|[Pp]ast|[Cc]oming)\s+|"
                r"(?P<inthe>(?<![\w])(?:in|during|over|through|by|until)\s+(?P<inthe_the>the)\s+)|"
                + MOD[3:-2]
                + r")?(?:[Tt]he\s+)?"
                + _B
                + r"(?P<s>(?i:spring|summer|fall|autumn|winter))"
                + _W
                + r"(?:(?:\s+of|,)?\s+(?P<y>[12]\d{3})(?![\d,.]\d))?"
            ),
            _b_season,
            3,
        ),
        Rule(
            "quarter",
            _c(
                r"(?:(?<![\w])(?P<k>[QH])(?P<q>[1-4])(?:\s*[/ ]\s*(?:(?P<y>[12]\d{3})|'?(?P<yy>\d{2}))"
                r"(?!\d))?" + _W + r"|(?:[Tt]he\s+)?(?P<o>first|second|third|fourth|"
                r"final|last|1st|2nd|3rd|4th)\s+(?P<u>quarter|half)"
                r"(?:\s+of\s+(?:(?P<y2>[12]\d{3})|the\s+year|this\s+year))?)"
            ),
            lambda m: _b_quarter_fix(m),
            3,
        ),
        Rule(
            "decade",
            _c(
                r"(?:[Tt]he\s+)?(?:(?P<mod>[Ee]arly|[Mm]id|[Ll]ate)(?:\s*-\s*|\s+))?"
                r"(?:(?<![\w.,])(?P<y>1\d\d|20\d)0s"
                + _W
                + r"|'(?P<yy>\d)0s"
                + _W
                + r"|(?<=[Tt]he )(?P<w>twenties|thirties|forties|fifties|sixties|seventies|"
                r"eighties|nineties)" + _W + ")"
            ),
            _b_decade,
            3,
        ),
        Rule(
            "century",
            _c(
                r"(?:[Tt]he\s+)?(?:(?P<mod>[Ee]arly|[Mm]id|[Ll]ate)(?:\s*-\s*|\s+))?"
                r"(?:(?P<n>[12]?\d)" + ORD + r"|(?P<w>(?i:" + alt(_ORD_CENTURY) + r")))"
                r"[\s-]+century(?P<bc>\s+(?:BC|BCE|B\.C\.))?"
            ),
            _b_century,
            3,
        ),
        Rule(
            "time",
            _c(
                r"(?:(?<![\w.,:$€£])(?P<h>[01]?\d|2[0-4])(?::(?P<mi>[0-5]\d))?\s*"
                r"(?P<ap>a\.m\.|p\.m\.|am|pm|AM|PM)(?![\w])"
                r"|(?<=at )(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:])"
                r"|" + _B + r"(?P<word>noon|midnight|midday))"
            ),
            lambda m: _b_time_fix(m),
            3,
        ),
        Rule(
            "rel_period",
            _c(
                MOD
                + r"(?:[Tt]he\s+)?"
                + _B
                + r"(?P<w>this|last|next|past|previous|coming|following|same|current|upcoming|"
                r"This|Last|Next)\s+(?P<u>day|week|weekend|month|year|quarter)" + _W
            ),
            _b_rel_period,
            2,
        ),
        Rule(
            "mod_period",
            _c(
                r"(?:(?P<mod2>[Tt]he\s+(?:beginning|start|middle|end)\s+of)\s+(?P<w>the|this|that|"
                r"next|last)|(?P<mod3>[Ee]arlier|[Ll]ater)\s+(?P<w3>this|that))\s+"
                r"(?P<u>year|month|week)"
                + _W
                + r"|"
                + _B
                + r"(?P<ye>[Yy]ear-end|[Yy]ear\s+end)"
                + _W
            ),
            lambda m: _b_mod_period(m),
            3,
        ),
        Rule(
            "relative_day",
            _c(
                _B + r"(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|the\s+day\s+before\s+"
                r"yesterday|the\s+day\s+after\s+tomorrow)" + _W
            ),
            _b_relative_day,
            3,
        ),
        Rule(
            "shift",
            _c(
                r"(?:(?P<pre>in|In|within)\s+)?"
                + _B
                + r"(?P<n>\d{1,3}|"
                + NUMW
                + r"|[Aa]n?|several|a\s+few|a\s+couple\s+of|many)\s+(?P<u>days?|weeks?|months?|years?|"
                r"decades?)(?:\s+(?P<dir>ago|earlier|later|before|after|from\s+now)" + _W + r")?"
            ),
            lambda m: (
                _b_shift(m) if m.group("dir") or (m.group("pre") or "").lower() == "in" else None
            ),
            3,
        ),
        Rule(
            "same_day",
            _c(
                r"(?:[Tt]he|[Tt]hat)\s+(?P<w>same|next|following|previous|preceding)\s+"
                r"day" + _W
            ),
            _b_same_day,
            3,
        ),
        Rule(
            "in_recent",
            _c(
                r"(?:(?:[Ii]n|[Oo]ver|[Dd]uring|[Ff]or)\s+)?(?P<the>the)\s+(?P<w>last|past|recent|coming|next|"
                r"upcoming)\s+(?:(?P<n>\d{1,3}|" + NUMW + r"|few|several)\s+)?"
                r"(?P<u>days|weeks|months|years|decades)"
                + _W
                + r"|(?:[Ii]n\s+)?(?P<w2>[Rr]ecent)\s+(?P<u2>days|weeks|months|years|decades)"
                + _W
            ),
            lambda m: _b_in_recent_fix(m),
            3,
        ),
        Rule(
            "duration",
            _c(
                r"(?:(?P<for>[Ff]or|[Ww]ithin|[Oo]ver|[Aa]fter)\s+)?"
                + QUANT
                + _B
                + r"(?P<n>\d{1,4}|"
                + NUMW
                + r"|an?|several|a\s+few|a\s+couple\s+of|many)\s+"
                r"(?:(?:full|long|straight|consecutive|more|additional)\s+)?(?P<u>"
                + UNIT
                + r")"
                + _W
            ),
            lambda m: _b_duration_fix(m),
            1,
        ),
        Rule(
            "dur_adj",
            _c(
                _B + r"(?P<n>\d{1,3}|" + NUMW + r")-(?P<u>second|minute|hour|day|week|"
                r"month|year|decade)(?:-long|-old)?" + _W
            ),
            _b_dur_adj,
            2,
        ),
        Rule(
            "present",
            _c(
                _B + r"(?:[Nn]ow|[Cc]urrently|[Nn]owadays|these\s+days|[Aa]t\s+present|"
                r"at\s+the\s+moment|[Pp]resently)" + _W
            ),
            _ref("PRESENT_REF"),
            2,
        ),
        Rule(
            "past",
            _c(
                _B + r"(?:[Rr]ecently|[Ll]ately|[Ss]ince\s+then|[Pp]reviously|"
                r"[Ff]ormerly|[Ii]n\s+the\s+past|[Ee]arlier(?=[,.]))" + _W
            ),
            _ref("PAST_REF"),
            2,
        ),
        Rule(
            "future",
            _c(
                _B + r"(?:[Ss]oon|[Ii]n\s+the\s+future|[Ii]n\s+the\s+(?:near|long)\s+"
                r"(?:term|future)|[Ss]hortly\s+after(?:wards?|(?!\s+\w))|[Ll]ater\s+on|"
                r"[Ee]ventually)" + _W
            ),
            _ref("FUTURE_REF"),
            2,
        ),
        Rule(
            "holiday",
            _c(
                r"(?<![\w.])(?=[A-Z])(?P<h>(?i:"
                + alt(HOLIDAYS_EN).replace("\\ ", r"\s+")
                + r"))"
                + _W
                + r"(?:,?\s+(?P<y>[12]\d{3})(?![\d.,]\d))?"
            ),
            lambda m: _b_holiday(m),
            4,
        ),
        Rule(
            "weekday",
            _c(
                r"(?:(?P<w>[Ll]ast|[Nn]ext|[Tt]his|on|On)\s+)?" + _B + r"(?P<wd>" + WEEKDAY + r")"
                r"(?:\s+(?P<pod>morning|afternoon|evening|night))?" + _W
            ),
            _b_weekday,
            2,
        ),
    ]
    return tuple(replace(rule, **_STARTS.get(rule.name, {})) for rule in r)


def _b_quarter_fix(m: re.Match[str]) -> Candidate | None:
    gd = dict(m.groupdict())
    if gd.get("y2"):
        gd["y"] = gd["y2"]
    if gd.get("o") and not gd.get("y2") and "year" not in m.group(0) and gd.get("u") == "half":
        return None  # "the second half" of a match, a game, a book

    class _M:  # a view of the match with the merged groups
        def groupdict(self) -> dict[str, str | None]:
            return gd

        def start(self) -> int:
            return m.start()

        def end(self) -> int:
            return m.end()

    return _b_quarter(_M())  # type: ignore[arg-type]


def _b_mod_period(m: re.Match[str]) -> Candidate | None:
    if m.group("ye"):
        return Candidate(
            m.start(),
            m.end(),
            Spec(kind="rel", unit="Y", offset=0, gran="year", mod="END", anchoring=AUTO),
        )
    w = (m.group("w") or m.group("w3") or "this").lower()
    off = {"the": 0, "this": 0, "that": 0, "next": 1, "last": -1}[w]
    unit = {"year": "Y", "month": "M", "week": "W"}[m.group("u").lower()]
    gran = {"Y": "year", "M": "month", "W": "week"}[unit]
    mod = _mod(m)
    anch = NARRATIVE if w in ("that", "the") else AUTO
    lean = (m.group("mod3") or "").lower()
    # undated, "earlier this month" is still the past
    vague = {"earlier": "PAST_REF", "later": "FUTURE_REF"}.get(lean)
    return Candidate(
        m.start(),
        m.end(),
        Spec(kind="rel", unit=unit, offset=off, gran=gran, mod=mod, anchoring=anch, value=vague),
    )


def _b_holiday(m: re.Match[str]) -> Candidate | None:
    entry = HOLIDAYS_EN.get(re.sub(r"\s+", " ", m.group("h").lower()))
    if entry is None:
        return None
    year = int(m.group("y")) if m.group("y") else None
    return Candidate(m.start(), m.end(), holiday_spec(entry, year))


def _b_time_fix(m: re.Match[str]) -> Candidate | None:
    if m.group("h2"):
        h, mi = int(m.group("h2")), m.group("mi2")
        return Candidate(m.start("h2"), m.end(), Spec(time=f"{h:02d}:{mi}", anchoring=NARRATIVE))
    return _b_time(m)


def _b_in_recent_fix(m: re.Match[str]) -> Candidate | None:
    if m.group("w2"):  # "in recent years": the expression is "recent years"
        return Candidate(m.start("w2"), m.end(), Spec(kind="ref", value="PAST_REF"))
    c = _b_in_recent(m)
    return Candidate(m.start("the"), c.end, c.spec) if c else None


def _b_duration_fix(m: re.Match[str]) -> Candidate | None:
    c = _b_duration(m)
    if c is None:
        return None
    if m.group("for") and m.group("for").lower() != "for":
        return c
    start = m.start("q") if m.group("q") else m.start("n")
    return Candidate(start, c.end, c.spec)


_MODW = {"early", "mid", "late", "the"}
_NUMWS = set(NUMBERS_EN) | {"several", "few", "couple", "many"}
_STARTS: dict[str, dict[str, Any]] = {
    "dmy": {"starts": frozenset(WEEKDAYS_EN) | {"the"}, "digits": True},
    "mdy": {
        "starts": frozenset(WEEKDAYS_EN)
        | frozenset(MONTHS_EN)
        | {w.rstrip(".") for w in MONTH_ABBR_EN}
    },
    "numeric": {"digits": True},
    "iso": {"digits": True},
    "month": {"starts": frozenset(_MODW | set(MONTHS_EN))},
    "year": {"starts": frozenset(_MODW | {"year", "fiscal", "fy"}), "digits": True},
    "short_year": {"digits": True},
    "season": {
        "starts": frozenset(
            _MODW
            | set(SEASONS_EN)
            | {
                "this",
                "last",
                "next",
                "that",
                "past",
                "coming",
                "in",
                "during",
                "over",
                "through",
                "by",
                "until",
            }
        )
    },
    "quarter": {
        "starts": frozenset(
            {"q1", "q2", "q3", "q4", "h1", "h2", "this", "last", "next", "the", *ORDINALS_EN}
        )
    },
    "decade": {"starts": frozenset(_MODW | set(_DECADE_WORDS)), "digits": True},
    "century": {"starts": frozenset(_MODW | set(_ORD_CENTURY) | {"twenty"}), "digits": True},
    "time": {"starts": frozenset({"noon", "midnight", "midday"}), "digits": True},
    "rel_period": {"starts": frozenset(_MODW | set(_REL_OFF))},
    "mod_period": {"starts": frozenset({"the", "earlier", "later", "year"})},
    "relative_day": {"starts": frozenset({"today", "yesterday", "tomorrow", "tonight", "the"})},
    "shift": {"starts": frozenset(_NUMWS | {"in", "within"}), "digits": True},
    "same_day": {"starts": frozenset({"the", "that"})},
    "in_recent": {"starts": frozenset({"in", "over", "during", "for", "the", "recent"})},
    "duration": {
        "starts": frozenset(
            _NUMWS
            | {
                "for",
                "within",
                "over",
                "after",
                "more",
                "about",
                "around",
                "nearly",
                "almost",
                "roughly",
                "at",
                "up",
                "less",
                "some",
                "approximately",
                "just",
            }
        ),
        "digits": True,
    },
    "dur_adj": {"starts": frozenset(_NUMWS), "digits": True},
    "present": {"starts": frozenset({"now", "currently", "nowadays", "these", "at", "presently"})},
    "past": {
        "starts": frozenset(
            {"recently", "lately", "since", "previously", "formerly", "in", "earlier"}
        )
    },
    "future": {"starts": frozenset({"soon", "in", "shortly", "later", "eventually"})},
    "holiday": {"starts": frozenset(w.split()[0].split("'")[0].split("’")[0] for w in HOLIDAYS_EN)},
    "weekday": {"starts": frozenset(set(WEEKDAYS_EN) | {"last", "next", "this", "on"})},
}
