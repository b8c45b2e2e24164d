"""Ordering TIMEX3 values on a timeline for the Dates tab.

TIMEX3 strings do not sort chronologically as text ("2023-FA" vs "2023-11"), so each
value maps to a (year, month, day) point; seasons, quarters and weeks take the month
they start in. Vague references and durations have no point and are listed apart, and
so are dates the article leaves open ("Friday", "May" in an article without a date):
the timeline never invents their year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui.analysis.model import DateMention

_SEASON = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_HALF = {"H1": 1, "H2": 7}
_POINT = re.compile(
    r"^(?P<year>\d{4})(?:-(?P<rest>\d{2}(?:-\d{2})?|SP|SU|FA|WI|Q[1-4]|H[12]|W\d{1,2}))?"
)
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_SEASON_NAME = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}


def timeline_key(value: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a TIMEX3 value, or None if it names no point in time."""
    m = _POINT.match(value)
    if not m:
        decade = re.match(r"^(\d{3})X?$", value)
        if decade:
            return int(decade.group(1)) * 10, 0, 0
        return None
    year = int(m.group("year"))
    rest = m.group("rest") or ""
    if not rest:
        return year, 0, 0
    if rest in _SEASON:
        return year, _SEASON[rest], 0
    if rest in _HALF:
        return year, _HALF[rest], 0
    if rest.startswith("Q"):
        return year, 3 * (int(rest[1]) - 1) + 1, 0
    if rest.startswith("W"):
        week = int(rest[1:])
        return year, min(12, 1 + (week - 1) * 12 // 52), 1 + (week * 7) % 28
    parts = rest.split("-")
    return year, int(parts[0]), int(parts[1]) if len(parts) > 1 else 0


_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_PARTS = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night"}
_UNDATED = re.compile(
    r"^XXXX-(?:WXX-(?P<wd>[1-7]|WE)|(?P<month>\d{2})(?:-(?P<day>\d{2}))?|XX-XX|"
    r"(?P<part>SP|SU|FA|WI|Q[1-4]|H[12]|W\d{2}))(?:T(?P<time>\d{2}:\d{2}|MO|MI|AF|EV|NI))?$"
)


def describe_undated(value: str) -> str:
    """ "Friday, date not given", "May, year not given": what an article leaves open."""
    m = _UNDATED.match(value)
    if not m:
        return value
    time = m.group("time") or ""
    when = _PARTS.get(time, time)
    if m.group("wd"):
        day = "a weekend" if m.group("wd") == "WE" else _WEEKDAYS[int(m.group("wd")) - 1]
        return f"{day} {when}".strip() + " — date not given"
    if m.group("month"):
        month = _MONTHS[int(m.group("month")) - 1] if 1 <= int(m.group("month")) <= 12 else "?"
        day = f"{int(m.group('day'))} " if m.group("day") else ""
        return f"{day}{month} {when}".strip() + ", year not given"
    if m.group("part"):
        part = m.group("part")
        return f"{_SEASON_NAME.get(part, part)}, year not given"
    return f"{when}, day not given" if when else value


_SET_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "DE": "decade", "H": "hour"}


def describe_set(value: str) -> str:
    """ "every year" (P1Y), "every 2 years", "every winter", "every Monday"."""
    m = re.fullmatch(r"PT?(\d+)(DE|[YMWDH])", value)
    if m:
        n, unit = int(m.group(1)), _SET_UNITS[m.group(2)]
        return f"every {unit}" if n == 1 else f"every {n} {unit}s"
    open_value = describe_undated(value)
    if open_value != value:
        return "every " + re.split(r" — |, ", open_value)[0]
    return value


def describe(value: str) -> str:
    """A short human label for a TIMEX3 value ("Nov 2023", "autumn 2023")."""
    if value.startswith("XXXX"):
        return describe_undated(value)
    m = _POINT.match(value)
    if not m:
        return value
    year, rest = m.group("year"), m.group("rest") or ""
    if not rest:
        return year
    if rest in _SEASON:
        return f"{_SEASON_NAME[rest]} {year}"
    if rest[0] in "QHW":
        return f"{rest} {year}"
    parts = rest.split("-")
    month = _MONTHS[int(parts[0]) - 1] if 1 <= int(parts[0]) <= 12 else parts[0]
    if len(parts) > 1:
        return f"{int(parts[1])} {month} {year}"
    return f"{month} {year}"


@dataclass
class DateGroup:
    """All mentions of one TIMEX3 value (and modifier), in text order."""

    value: str
    mod: str | None
    mentions: list[DateMention] = field(default_factory=list)

    @property
    def year(self) -> int | None:
        key = timeline_key(self.value)
        return key[0] if key else None

    @property
    def label(self) -> str:
        if self.mentions[0].granularity == "set":
            return describe_set(self.value)
        text = describe(self.value)
        return f"{self.mod.lower()} {text}" if self.mod else text

    @property
    def undated(self) -> bool:
        """A date the article leaves open; a set ("every winter") is not one."""
        return self.value.startswith("XXXX") and self.mentions[0].granularity != "set"


@dataclass
class Timeline:
    points: list[DateGroup]  # chronological
    vague: list[DateGroup]  # dates left open first, then references and durations


def build_timeline(dates: list[DateMention]) -> Timeline:
    groups: dict[tuple[str, str | None], DateGroup] = {}
    for d in sorted(dates, key=lambda d: d.start):
        groups.setdefault((d.value, d.mod), DateGroup(d.value, d.mod)).mentions.append(d)
    points, vague = [], []
    for g in groups.values():
        key = timeline_key(g.value)
        if key is None or g.mentions[0].vague:
            vague.append(g)
        else:
            points.append(g)
    points.sort(key=lambda g: (timeline_key(g.value), g.mentions[0].start))
    vague.sort(key=lambda g: not g.undated)  # stable: text order within each part
    return Timeline(points, vague)
