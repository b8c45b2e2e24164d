"""What a matched time expression means, before and after anchoring.

A rule turns a regex match into a `Spec` (the parts it could read: year, month,
season, an offset, a duration ...). `resolve()` turns the spec into a TIMEX3 value
against an `Anchor`: the last date the text mentioned (for narrative expressions
such as "im Juli" or "zwei Tage später") or the reference date (for deictic ones such
as "gestern" or "last week").
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

# How a spec finds its missing parts.
ABSOLUTE = "absolute"  # everything is in the text ("21. Oktober 2024")
NARRATIVE = "narrative"  # the year (or day) comes from the last mentioned date
DEICTIC = "deictic"  # relative to the reference date ("gestern", "letzte Woche")
AUTO = "auto"  # deictic in news-like context, narrative when the text tells of the past


@dataclass(frozen=True)
class Anchor:
    """A point on the timeline at some granularity; years BC are negative."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def of(cls, d: date) -> Anchor:
        return cls(d.year, d.month, d.day)

    def as_date(self) -> date | None:
        if self.year < 1 or self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)

    def value(self) -> str:
        out = year_str(self.year)
        if self.month is not None:
            out += f"-{self.month:02d}"
            if self.day is not None:
                out += f"-{self.day:02d}"
        return out


def year_str(year: int) -> str:
    return f"BC{-year:04d}" if year < 0 else f"{year:04d}"


@dataclass(frozen=True)
class Spec:
    kind: str = "date"  # date | rel | duration | ref
    anchoring: str = ABSOLUTE
    year: int | None = None  # negative = BC
    yy: int | None = None  # two-digit year: century from context
    month: int | None = None
    day: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    week: int | None = None
    decade: int | None = None  # 199 for the 1990s
    decade_digit: int | None = None  # "zwanziger Jahre": 2, century from context
    century: int | None = None  # 19 for the 20th century (TIMEX convention)
    time: str | None = None  # "04:45", "24:00" or a part of day: MO, AF, EV, NI
    tz: str | None = None
    mod: str | None = None
    weekday: int | None = None
    weekend: bool = False  # "am Wochenende", "at the weekend"
    lean: str | None = None  # "past" for "last May", "future" for "next May": the side
    bc_from_context: bool = False  # "um 449" in a text about 490 BC
    easter: int | None = None  # days after Easter Sunday (movable feasts)
    bc_only: bool = False  # a bare "im Jahr 216": a year only in a text about the years BC
    # relative expressions ("zwei Tage später", "letzte Woche", "im Vorjahr")
    offset: int = 0
    unit: str | None = None  # D W M Y Q H
    gran: str | None = None  # granularity of the result (day, month, year, week ...)
    value: str | None = None  # literal value for durations and vague references


@dataclass(frozen=True)
class Resolved:
    value: str
    granularity: str
    mod: str | None
    anchor: str | None
    point: Anchor | None  # the date this expression establishes as context, if any


def _two_digit(yy: int, base: int) -> int:
    """The year ending in `yy` nearest to (and preferably not after) `base`."""
    century = base - base % 100
    year = century + yy
    if year > base + 10:
        year -= 100
    return year


def choose_base(
    spec: Spec, ctx: Anchor | None, ref: date | None, present: bool | None = None
) -> Anchor | None:
    """The anchor for `spec`: the context date or the reference date.

    `present` says whether the text around the expression talks of the time it was
    published (news) rather than of the past (a history); by default, whether the
    last date mentioned lies within a year of the reference date. None when the
    expression needs the reference date and the article gives none: its value then
    stays underspecified rather than being read against the reader's clock.
    """
    if spec.anchoring == DEICTIC or ctx is None:
        return Anchor.of(ref) if ref is not None else None
    if ref is None:
        return ctx if spec.anchoring != AUTO or present is False else None
    if present is None:
        present = ctx.year >= ref.year - 1
    if spec.anchoring == AUTO and present:
        return Anchor.of(ref)
    return ctx


def resolve(
    spec: Spec,
    ctx: Anchor | None,
    ref: date | None,
    present: bool | None = None,
    tense: str | None = None,
) -> Resolved | None:
    """The TIMEX3 value of `spec`. `ref` is the article's date (None when it gives none);
    `tense` ("past", "future" or None) is that of the sentence, which decides between
    the last and the next "Monday" or "31 December" around the reference date."""
    if spec.kind == "none":  # an age, or another blocker
        return None
    if spec.kind == "duration" or spec.kind == "ref" or spec.kind == "set":
        value = spec.value or "PAST_REF"
        if spec.kind == "ref" and spec.anchoring == DEICTIC and spec.gran == "day":
            # "heute" in a text about the present is the reference day itself
            base = choose_base(replace(spec, anchoring=AUTO), ctx, ref, present)
            if ref is not None and base == Anchor.of(ref):
                return Resolved(ref.isoformat(), "day", spec.mod, ref.isoformat(), None)
            if ref is None and base is None:
                return Resolved("PRESENT_REF", "ref", spec.mod, None, None)
        gran = {"duration": "duration", "set": "set"}.get(spec.kind, "ref")
        return Resolved(value, gran, spec.mod, None, None)
    base = choose_base(spec, ctx, ref, present)
    if base is None:
        if spec.kind != "date" or (
            spec.year is None and spec.decade is None and spec.century is None
        ):
            return underspecified(spec)
        base = Anchor(spec.year if spec.year is not None else 1)  # needs no anchor
    if spec.kind == "rel":
        return _resolve_relative(spec, base)
    return _resolve_date(spec, base, ctx, ref, tense)


def underspecified(spec: Spec) -> Resolved | None:
    """The value of an expression that nothing in the article anchors (TimeML's
    underspecified values): "Freitag" XXXX-WXX-5, "im Mai" XXXX-05, "letzte Woche"
    PAST_REF; never a date read off the clock of the day the article is read."""
    mod = spec.mod
    if spec.kind == "rel":
        if spec.month is not None:
            return Resolved(f"XXXX-{spec.month:02d}", "month", mod, None, None)
        if spec.season is not None:
            return Resolved(f"XXXX-{spec.season}", "season", mod, None, None)
        value = (
            "PAST_REF" if spec.offset < 0 else "FUTURE_REF" if spec.offset > 0 else "PRESENT_REF"
        )
        return Resolved(spec.value or value, "ref", mod, None, None)
    time = f"T{spec.time}{spec.tz or ''}" if spec.time is not None else ""
    if spec.weekday is not None:
        return Resolved(f"XXXX-WXX-{spec.weekday + 1}{time}", "day", mod, None, None)
    if spec.weekend:
        return Resolved("XXXX-WXX-WE", "week", mod, None, None)
    if spec.easter is not None or spec.yy is not None or spec.bc_only:
        return None
    if spec.decade_digit is not None:
        return None
    for part, gran in (
        (spec.season and f"-{spec.season}", "season"),
        (spec.quarter and f"-Q{spec.quarter}", "quarter"),
        (spec.half and f"-H{spec.half}", "half"),
        (spec.week and f"-W{spec.week:02d}", "week"),
    ):
        if part:
            return Resolved(f"XXXX{part}", gran, mod, None, None)
    if spec.month is not None:
        val = f"XXXX-{spec.month:02d}"
        if spec.day is not None:
            val += f"-{spec.day:02d}"
        return Resolved(
            val + time, "time" if time else "day" if spec.day else "month", mod, None, None
        )
    if time:
        return Resolved(f"XXXX-XX-XX{time}", "time", mod, None, None)
    return None


def _resolve_date(
    spec: Spec, base: Anchor, ctx: Anchor | None, ref: date | None, tense: str | None
) -> Resolved | None:
    from_ref = ref is not None and base == Anchor.of(ref)
    tense = spec.lean or tense
    anchor_used: str | None = None
    if spec.century is not None:
        val = f"BC{-spec.century:02d}" if spec.century < 0 else f"{spec.century:02d}"
        return Resolved(val, "century", spec.mod, None, None)
    if spec.decade is not None or spec.decade_digit is not None:
        dec = spec.decade
        if dec is None:
            assert spec.decade_digit is not None
            # the decade nearest to the year the text is talking about
            by = base.year if base.year > 0 else 1900
            options = [
                (c * 10 + spec.decade_digit) for c in (by // 100 - 1, by // 100, by // 100 + 1)
            ]
            dec = min(options, key=lambda d: (abs(d * 10 + 5 - by), -d))
            anchor_used = base.value()
        if spec.bc_from_context and dec > 0 and ctx is not None and ctx.year < 0:
            dec = -dec  # "Anfang der 460er Jahre" in a text about the Persian wars
        val = f"BC{-dec:03d}" if dec < 0 else f"{dec:03d}"
        return Resolved(val, "decade", spec.mod, anchor_used, Anchor(dec * 10))
    year = spec.year
    if year is None and spec.yy is not None:
        year = _two_digit(spec.yy, base.year if base.year > 0 else 2000)
        anchor_used = base.value()
    if spec.bc_only:
        if year is None or ctx is None or ctx.year >= 0:
            return None
        year = -year
    if year is not None and spec.bc_from_context and 0 < year < 1000:
        if ctx is not None and ctx.year < 0:
            year = -year  # "um 449" in a text about the Persian wars
        elif spec.mod == "APPROX":
            return None  # "um 449" could be anything: a count, a time
        anchor_used = ctx.value() if ctx is not None else None
    month, day = spec.month, spec.day
    if year is None:
        # narrative: the year of the date the text is talking about
        year = base.year
        anchor_used = base.value()
        if month is None and day is not None:
            month = base.month
        if month is None and day is not None:
            return None  # "am 24." with no month in view
        if spec.weekday is not None and day is None:
            return _resolve_weekday(spec, base, tense if from_ref else None)
        if spec.weekend:
            return _resolve_weekend(spec, base, tense if from_ref else None)
        if month is None and spec.time is not None:
            month, day = base.month, base.day
            if month is None:
                return None
        pivot = (
            month
            or _SEASON_MONTH.get(spec.season or "")
            or (spec.quarter * 3 - 1 if spec.quarter else None)
        )
        if from_ref and pivot is not None and spec.easter is None and spec.season != "WI":
            # "am 31. Dezember" in an article of 5 January: the reading nearest to
            # the article's date, on the side the sentence's tense points to
            year = _nearest_year(pivot, day, base, tense, strict=spec.lean is not None)
    if spec.easter is not None and year > 0:
        e = easter_sunday(year) + timedelta(days=spec.easter)
        month, day = e.month, e.day
    if month is not None and day is not None and year > 0:
        try:
            date(year, month, day)
        except ValueError:
            return None
    point = Anchor(year, month, day)
    val = year_str(year)
    gran = "year"
    if spec.season:
        val += f"-{spec.season}"
        gran = "season"
    elif spec.quarter:
        val += f"-Q{spec.quarter}"
        gran = "quarter"
    elif spec.half:
        val += f"-H{spec.half}"
        gran = "half"
    elif spec.week:
        val += f"-W{spec.week:02d}"
        gran = "week"
    elif month is not None:
        val += f"-{month:02d}"
        gran = "month"
        if day is not None:
            val += f"-{day:02d}"
            gran = "day"
    if spec.time is not None:
        if day is None:
            val = f"{val}-XX" if gran == "month" else val
        val += f"T{spec.time}"
        if spec.tz:
            val += spec.tz
        gran = "time"
    return Resolved(val, gran, spec.mod, anchor_used, point)


_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10}


def _nearest_year(
    month: int, day: int | None, base: Anchor, tense: str | None, strict: bool = False
) -> int:
    """The year that puts month (and day) nearest to `base`; the sentence's tense
    picks the side (before it in the past, after it in the future) unless that reading
    lies more than ten months away (HeidelTime's news strategy, without its blind spot
    for "hat den Besuch am 2. September abgesagt" written ten days before)."""
    here = (base.month or 1) * 31 + (base.day or 15)
    there = month * 31 + (day or 15)
    readings = [
        ((year - base.year) * 372 + there - here, year)
        for year in (base.year - 1, base.year, base.year + 1)
    ]
    nearest = min(readings, key=lambda r: abs(r[0]))
    if tense is None or (day is None and month == base.month):
        return nearest[1]
    side = [r for r in readings if (r[0] <= 0 if tense == "past" else r[0] >= 0)]
    best = min(side, key=lambda r: abs(r[0]))
    return best[1] if strict or abs(best[0]) <= 10 * 31 else nearest[1]


def _resolve_weekday(spec: Spec, base: Anchor, tense: str | None = None) -> Resolved | None:
    d = base.as_date()
    if d is None or spec.weekday is None:
        return None
    delta = (d.weekday() - spec.weekday) % 7
    if spec.offset > 0 or (spec.offset == 0 and tense == "future"):
        # "next Monday", "kommenden Montag", "am Montag wird ... abgestimmt"
        target = d + timedelta(days=(spec.weekday - d.weekday()) % 7 or 7)
    elif spec.offset < 0:
        target = d - timedelta(days=delta or 7)
    else:
        target = d - timedelta(days=delta)
    val = target.isoformat()
    if spec.time is not None:
        val += f"T{spec.time}"
    return Resolved(val, "day", spec.mod, base.value(), Anchor.of(target))


def _resolve_weekend(spec: Spec, base: Anchor, tense: str | None) -> Resolved | None:
    """ "am Wochenende": the weekend before the base date, or after it in the future."""
    d = base.as_date()
    if d is None:
        return None
    saturday = d - timedelta(days=(d.weekday() - 5) % 7)  # the last Saturday, or today
    if spec.offset > 0 or (spec.offset == 0 and tense == "future" and d.weekday() < 5):
        saturday += timedelta(days=7)
    elif spec.offset < 0 and d.weekday() >= 5:
        saturday -= timedelta(days=7)
    iso = saturday.isocalendar()
    point = Anchor.of(saturday)
    return Resolved(f"{iso[0]:04d}-W{iso[1]:02d}-WE", "week", spec.mod, base.value(), point)


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + n
    return total // 12, total % 12 + 1


def _resolve_relative(spec: Spec, base: Anchor) -> Resolved | None:
    unit, n = spec.unit or "D", spec.offset
    gran = spec.gran or {
        "D": "day",
        "W": "week",
        "M": "month",
        "Y": "year",
        "Q": "quarter",
        "H": "half",
    }.get(unit, "day")
    if spec.gran is None and unit == "M" and base.day is not None:
        gran = "day"  # "drei Monate später" after a day is a day
    anchor = base.value()
    y = base.year
    if unit == "Y" and gran == "decade":  # "the following decade"
        dec = (y + n) // 10
        return _finish(f"{dec:03d}", "decade", spec, anchor, Anchor(dec * 10))
    if unit == "Y" and gran == "year":
        ny = y + n
        if y < 0 <= ny:  # no year 0
            ny += 1
        if spec.month is not None:  # "März des folgenden Jahres"
            return _finish(
                f"{year_str(ny)}-{spec.month:02d}", "month", spec, anchor, Anchor(ny, spec.month)
            )
        if spec.season is not None:
            return _finish(f"{year_str(ny)}-{spec.season}", "season", spec, anchor, Anchor(ny))
        return _finish(year_str(ny), "year", spec, anchor, Anchor(ny))
    if y < 1:
        return None
    if unit in ("M", "Y") and gran in ("month", "year"):
        if base.month is None:
            if gran == "month":
                return None
            return _finish(year_str(y + n), "year", spec, anchor, Anchor(y + n))
        months = n * 12 if unit == "Y" else n
        ny, nm = _add_months(y, base.month, months)
        if gran == "year":
            return _finish(year_str(ny), "year", spec, anchor, Anchor(ny))
        return _finish(f"{ny:04d}-{nm:02d}", "month", spec, anchor, Anchor(ny, nm))
    if unit in ("Q", "H"):
        if base.month is None:
            return None
        size = 3 if unit == "Q" else 6
        idx = (base.month - 1) // size + n
        ny, k = y + idx // (12 // size), idx % (12 // size) + 1
        return _finish(f"{ny:04d}-{unit}{k}", gran, spec, anchor, Anchor(ny))
    d = base.as_date()
    if d is None:
        if base.month is not None and unit == "D" and n == 0:
            return _finish(base.value(), "month", spec, anchor, base)
        if gran == "year":
            return _finish(year_str(y), "year", spec, anchor, Anchor(y))
        return None
    if unit == "D":
        t = d + timedelta(days=n)
    elif unit == "W":
        t = d + timedelta(weeks=n)
    elif unit in ("M", "Y"):
        ny, nm = _add_months(d.year, d.month, n * (12 if unit == "Y" else 1))
        t = date(ny, nm, min(d.day, calendar.monthrange(ny, nm)[1]))
    else:
        return None
    if gran == "week":
        iso = t.isocalendar()
        return _finish(f"{iso[0]:04d}-W{iso[1]:02d}", "week", spec, anchor, Anchor.of(t))
    if gran == "month":
        return _finish(
            f"{t.year:04d}-{t.month:02d}", "month", spec, anchor, Anchor(t.year, t.month)
        )
    if gran == "year":
        return _finish(f"{t.year:04d}", "year", spec, anchor, Anchor(t.year))
    val = t.isoformat()
    g = "day"
    if spec.time is not None:
        val += f"T{spec.time}"
        g = "time"
    return _finish(val, g, spec, anchor, Anchor.of(t))


def _finish(val: str, gran: str, spec: Spec, anchor: str, point: Anchor) -> Resolved:
    return Resolved(val, gran, spec.mod, anchor, point)


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return date(year, month, day + 1)
