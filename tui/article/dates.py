"""Read the single publication date an article states about itself.

Only whole, explicit dates ("October 21, 2024", "21. Oktober 2024", "2024-10-21",
"21.10.2024"); finding dates in running text is the analysis layer's job.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "januar january jan jänner",
        "februar february feb",
        "märz maerz march mär mar",
        "april apr",
        "mai may",
        "juni june jun",
        "juli july jul",
        "august aug",
        "september sep sept",
        "oktober october okt oct",
        "november nov",
        "dezember december dez dec",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

_MONTH = r"(?P<month>[A-Za-zäÄ]{3,9})\.?"
_PATTERNS = (
    re.compile(r"^(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})(?:[T ].*)?$"),
    re.compile(r"^(?P<day>\d{1,2})\.\s?(?P<mnum>\d{1,2})\.\s?(?P<year>\d{4})$"),
    re.compile(
        rf"^(?:\w+,\s+)?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})$"
    ),
    re.compile(rf"^(?:\w+,\s+)?(?P<day>\d{{1,2}})\.?\s+{_MONTH}\s+(?P<year>\d{{4}})$"),
)


def parse_date(text: str) -> date | None:
    """Parse a stand-alone date string; None when it is not one of the forms above."""
    text = text.strip().rstrip(".")
    for pattern in _PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        parts = match.groupdict()
        month = int(parts["mnum"]) if parts.get("mnum") else MONTHS.get(parts["month"].lower())
        if month is None:
            continue
        try:
            return date(int(parts["year"]), month, int(parts["day"]))
        except ValueError:
            return None
    return None
