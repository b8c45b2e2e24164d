"""Number words, one to a hundred, in German and English.

Shared by the money/count facts and the time tagger; each adds the words only it
reads ("anderthalb" as 1.5 in an amount, "beide" as a count of two).
"""

from __future__ import annotations

_UNITS_DE = [
    "ein",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "elf",
    "zwölf",
]
_TEENS_DE = ["dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"]
_TENS_DE = ["zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"]
_UNITS_EN = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]
_TEENS_EN = ["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS_EN = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _table(units: list[str], teens: list[str], tens: list[str], hundred: str) -> dict[str, int]:
    table = {word: i + 1 for i, word in enumerate(units)}
    table |= {word: i + 13 for i, word in enumerate(teens)}
    table |= {word: 10 * (i + 2) for i, word in enumerate(tens)}
    table[hundred] = 100
    return table


# "ein" in every case form: "einer Milliarde", "einen Monat"
CARDINALS_DE: dict[str, int] = {
    **dict.fromkeys(("eine", "einer", "einen", "einem", "eines", "eins"), 1),
    **_table(_UNITS_DE, _TEENS_DE, _TENS_DE, "hundert"),
}
CARDINALS_EN: dict[str, int] = {
    **dict.fromkeys(("a", "an"), 1),
    **_table(_UNITS_EN, _TEENS_EN, _TENS_EN, "hundred"),
}
