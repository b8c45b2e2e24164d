"""Word tables for the time-expression rules (German and English).

Written for Limelight from general knowledge of the two languages; each table maps a
surface form (lower case) to what it means, and `alt()` turns a table into a regex
alternation, longest form first so the regex engine prefers "Septembers" over "Sept".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tui.analysis.cardinals import CARDINALS_DE, CARDINALS_EN


def words(block: str) -> frozenset[str]:
    """A set of words written one after another, separated by white space."""
    return frozenset(block.split())


MONTHS_DE: dict[str, int] = {
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "feber": 2,
    "märz": 3,
    "april": 4,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "dezember": 12,
    "januars": 1,
    "februars": 2,
    "märzes": 3,
    "aprils": 4,
    "mais": 5,
    "junis": 6,
    "julis": 7,
    "augusts": 8,
    "septembers": 9,
    "oktobers": 10,
    "novembers": 11,
    "dezembers": 12,
}
MONTH_ABBR_DE: dict[str, int] = {
    "jan.": 1,
    "feb.": 2,
    "febr.": 2,
    "mär.": 3,
    "mrz.": 3,
    "apr.": 4,
    "jun.": 6,
    "jul.": 7,
    "aug.": 8,
    "sep.": 9,
    "sept.": 9,
    "okt.": 10,
    "nov.": 11,
    "dez.": 12,
}
MONTHS_EN: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
MONTH_ABBR_EN: dict[str, int] = {
    "jan.": 1,
    "feb.": 2,
    "mar.": 3,
    "apr.": 4,
    "jun.": 6,
    "jul.": 7,
    "aug.": 8,
    "sep.": 9,
    "sept.": 9,
    "oct.": 10,
    "nov.": 11,
    "dec.": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

# Seasons: TIMEX3 codes; the German prefixes "Früh-"/"Spät-" add a modifier,
# except "Frühjahr"/"Frühling", which are spring itself.
SEASONS_DE: dict[str, str] = {
    "frühling": "SP",
    "frühjahr": "SP",
    "lenz": "SP",
    "sommer": "SU",
    "herbst": "FA",
    "winter": "WI",
}
SEASONS_EN: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

WEEKDAYS_DE: dict[str, int] = {
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "samstag": 5,
    "sonnabend": 5,
    "sonntag": 6,
}
WEEKDAYS_EN: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

# counts as the time rules read them: "beide Jahre", "anderthalb Jahre" (a count of 1)
NUMBERS_DE: dict[str, int] = {
    **CARDINALS_DE,
    "beide": 2,
    "beiden": 2,
    "zweier": 2,
    "dreier": 3,
    "anderthalb": 1,
    "eineinhalb": 1,
}
NUMBERS_EN: dict[str, int] = CARDINALS_EN
# Quantities without a number: the TIMEX value takes X for the count ("PXD").
VAGUE_COUNT_DE = (
    "einige",
    "einigen",
    "einiger",
    "mehrere",
    "mehreren",
    "mehrerer",
    "wenige",
    "wenigen",
    "weniger",
    "etliche",
    "etlichen",
    "viele",
    "vielen",
    "zahlreiche",
    "zahlreichen",
    "paar",
)
VAGUE_COUNT_EN = ("several", "a few", "few", "some", "many", "couple of", "a couple of")

ORDINALS_DE: dict[str, int] = {
    "erste": 1,
    "ersten": 1,
    "erstes": 1,
    "erster": 1,
    "zweite": 2,
    "zweiten": 2,
    "zweites": 2,
    "zweiter": 2,
    "dritte": 3,
    "dritten": 3,
    "drittes": 3,
    "dritter": 3,
    "vierte": 4,
    "vierten": 4,
    "viertes": 4,
    "vierter": 4,
    "letzte": -1,
    "letzten": -1,
    "letztes": -1,
    "letzter": -1,
}
ORDINALS_EN: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "last": -1,
    "final": -1,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}

# Duration units -> (TIMEX unit letter, is a time unit needing the "T" designator).
UNITS_DE: dict[str, str] = {
    "sekunde": "S",
    "sekunden": "S",
    "minute": "MIN",
    "minuten": "MIN",
    "stunde": "H",
    "stunden": "H",
    "tag": "D",
    "tage": "D",
    "tagen": "D",
    "tages": "D",
    "tags": "D",
    "woche": "W",
    "wochen": "W",
    "monat": "M",
    "monate": "M",
    "monaten": "M",
    "monats": "M",
    "jahr": "Y",
    "jahre": "Y",
    "jahren": "Y",
    "jahres": "Y",
    "jahrs": "Y",
    "jahrzehnt": "DE",
    "jahrzehnte": "DE",
    "jahrzehnten": "DE",
    "jahrzehnts": "DE",
    "jahrhundert": "CE",
    "jahrhunderte": "CE",
    "jahrhunderten": "CE",
}
UNITS_EN: dict[str, str] = {
    "second": "S",
    "seconds": "S",
    "minute": "MIN",
    "minutes": "MIN",
    "hour": "H",
    "hours": "H",
    "day": "D",
    "days": "D",
    "week": "W",
    "weeks": "W",
    "month": "M",
    "months": "M",
    "year": "Y",
    "years": "Y",
    "decade": "DE",
    "decades": "DE",
    "century": "CE",
    "centuries": "CE",
}
# Stems of German adjectives of duration: "dreitägige", "neunmonatigen", "jahrelang".
UNIT_STEMS_DE: dict[str, str] = {
    "stündig": "H",
    "tägig": "D",
    "wöchig": "W",
    "monatig": "M",
    "jährig": "Y",
}
LONG_STEMS_DE: dict[str, str] = {
    "stundenlang": "H",
    "tagelang": "D",
    "wochenlang": "W",
    "monatelang": "M",
    "jahrelang": "Y",
    "jahrzehntelang": "DE",
    "jahrhundertelang": "CE",
}

PART_OF_DAY_DE: dict[str, str] = {
    "morgen": "MO",
    "morgens": "MO",
    "morgenstunden": "MO",
    "frühe": "MO",
    "vormittag": "MO",
    "vormittags": "MO",
    "mittag": "MI",
    "mittags": "MI",
    "nachmittag": "AF",
    "nachmittags": "AF",
    "abend": "EV",
    "abends": "EV",
    "abendstunden": "EV",
    "nacht": "NI",
    "nachts": "NI",
    "nachtstunden": "NI",
}
PART_OF_DAY_EN: dict[str, str] = {
    "morning": "MO",
    "noon": "MI",
    "midday": "MI",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
}

# Words after a four-digit number that make it a count, not a year.
COUNT_NOUNS_DE = words("""
    euro dollar us-dollar mark reichsmark pfund franc francs rubel yen yuan cent
    prozent meter kilometer km m qm quadratkilometer tonnen t kg kilogramm liter
    mann männer frauen kinder menschen personen leute einwohner bewohner soldaten
    kämpfer krieger rebellen truppen gefangene gefangenen kriegsgefangene tote toten
    verwundete verwundeten opfer zivilisten flüchtlinge arbeiter mitarbeiter
    panzer flugzeuge schiffe boote geschütze kanonen gewehre fahrzeuge lastwagen
    häuser gebäude dörfer stück exemplare seiten punkte stimmen mitglieder
    reiter pferde kriegsschiffe bomber jäger einheiten divisionen
""")
COUNT_NOUNS_EN = words("""
    dollars dollar euros euro pounds yen percent per cent meters metres km miles feet
    tons tonnes kg people persons men women children soldiers troops casualties
    dead killed wounded prisoners civilians refugees workers employees members
    tanks aircraft planes ships boats guns vehicles houses buildings pages points
    votes units copies
""")


def alt(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first, each escaped."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# Holidays: (month, day) for fixed ones, ("easter", offset) for movable feasts.
HOLIDAYS_DE: dict[str, tuple[str | int, int]] = {
    "weihnachten": (12, 25),
    "weihnachtstag": (12, 25),
    "1. weihnachtstag": (12, 25),
    "2. weihnachtstag": (12, 26),
    "heiligabend": (12, 24),
    "heiligen abend": (12, 24),
    "heiliger abend": (12, 24),
    "silvester": (12, 31),
    "neujahr": (1, 1),
    "neujahrstag": (1, 1),
    "tag der arbeit": (5, 1),
    "tag der deutschen einheit": (10, 3),
    "ostern": ("easter", 0),
    "ostersonntag": ("easter", 0),
    "ostermontag": ("easter", 1),
    "karfreitag": ("easter", -2),
    "gründonnerstag": ("easter", -3),
    "pfingsten": ("easter", 49),
    "pfingstsonntag": ("easter", 49),
    "pfingstmontag": ("easter", 50),
    "christi himmelfahrt": ("easter", 39),
}
HOLIDAYS_EN: dict[str, tuple[str | int, int]] = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "new year’s day": (1, 1),
    "new year’s eve": (12, 31),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "valentine’s day": (2, 14),
    "easter": ("easter", 0),
    "easter sunday": ("easter", 0),
    "easter monday": ("easter", 1),
    "good friday": ("easter", -2),
    "independence day": (7, 4),
}
