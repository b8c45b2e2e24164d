"""Numbers as news prose writes them, in German and English notation.

"6,6" is 6.6 in German and "1.500" is 1500; English swaps the separators. Values are
computed with `Decimal` so that "6,6 Milliarden" becomes exactly 6.6e9, not 6599999999.99.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from tui.analysis.cardinals import CARDINALS_DE, CARDINALS_EN

# digits with optional group/decimal separators; NBSP and narrow NBSP group thousands
NUMBER_RE = r"\d+(?:[.,\u00a0\u202f]\d+)*"

# multipliers: German "Billion" is 10^12, English "billion" 10^9
SCALES_DE: dict[str, int] = {
    "tausend": 10**3,
    "tsd": 10**3,
    "tsd.": 10**3,
    "million": 10**6,
    "millionen": 10**6,
    "mio": 10**6,
    "mio.": 10**6,
    "milliarde": 10**9,
    "milliarden": 10**9,
    "mrd": 10**9,
    "mrd.": 10**9,
    "md.": 10**9,
    "billion": 10**12,
    "billionen": 10**12,
    "bio": 10**12,
    "bio.": 10**12,
}
SCALES_EN: dict[str, int] = {
    "thousand": 10**3,
    "thousands": 10**3,
    "million": 10**6,
    "millions": 10**6,
    "mln": 10**6,
    "mn": 10**6,
    "billion": 10**9,
    "billions": 10**9,
    "bln": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
    "trillions": 10**12,
    "tn": 10**12,
    "trn": 10**12,
    "crore": 10**7,  # Indian English: "₹500 crore" = 5 bn rupees
    "crores": 10**7,
    "lakh": 10**5,
    "lakhs": 10**5,
}
# letters glued to a number after a currency sign: "$13.75bn", "£300m", "$5k"
SUFFIX_SCALES: dict[str, int] = {
    "k": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "bn": 10**9,
    "b": 10**9,
    "tn": 10**12,
    "tr": 10**12,
    "trn": 10**12,
}

NUMBER_WORDS_DE: dict[str, Decimal] = {
    **{word: Decimal(n) for word, n in CARDINALS_DE.items()},
    "halbe": Decimal("0.5"),
    "halben": Decimal("0.5"),
    "anderthalb": Decimal("1.5"),
    "eineinhalb": Decimal("1.5"),
    "zweieinhalb": Decimal("2.5"),
}
NUMBER_WORDS_EN: dict[str, Decimal] = {
    **{word: Decimal(n) for word, n in CARDINALS_EN.items()},
    "half a": Decimal("0.5"),
    "half": Decimal("0.5"),
}

# quantifiers that make an amount vague: "mehrere Milliarden", "several billion"
VAGUE_DE = (
    "mehrere",
    "mehreren",
    "einige",
    "einigen",
    "etliche",
    "etlichen",
    "wenige",
    "wenigen",
    "ein paar",
    "viele",
    "vielen",
    "zig",
)
VAGUE_EN = ("several", "a few", "few", "some", "many", "multiple", "a couple of")
# "Hunderte Millionen", "tens of billions": a vague multiplier of the scale that follows
VAGUE_MULTIPLIERS: dict[str, int] = {
    "dutzende": 12,
    "dutzenden": 12,
    "hunderte": 100,
    "hunderten": 100,
    "tausende": 1000,
    "tausenden": 1000,
    "zehntausende": 10**4,
    "zehntausenden": 10**4,
    "hunderttausende": 10**5,
    "hunderttausenden": 10**5,
    "dozens": 12,
    "tens": 10,
    "hundreds": 100,
    "thousands": 1000,
    "tens of thousands": 10**4,
    "hundreds of thousands": 10**5,
}


def scale_of(word: str, lang: str) -> int | None:
    """The multiplier a scale word stands for ("Mrd." → 1e9), in the article's language."""
    w = word.lower()
    if lang == "de" and word in ("billion", "billions"):
        return 10**9  # lowercase: an English figure quoted in German ("$13.75 billion")
    table = SCALES_DE if lang == "de" else SCALES_EN
    if w in table:
        return table[w]
    # German articles quote English figures and the other way round, but "billion" differs;
    # only accept the other language's unambiguous words.
    other = SCALES_EN if lang == "de" else SCALES_DE
    if w in other and w not in ("billion", "billionen"):
        return other[w]
    return None


def parse_number(text: str, lang: str) -> Decimal | None:
    """Parse "6,6", "1.500", "13.75", "1,500,000" or "1 500" by the language's notation.

    A separator followed by exactly three digits is a thousands separator when the
    language uses it that way; anything else is a decimal mark. "1,5" in English and
    "13.75" in German are read as decimals, since that is the only sensible reading.
    """
    t = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if not re.fullmatch(r"\d+(?:[., ]\d+)*", t):
        return None
    t = t.replace(" ", "")
    group, decimal = (".", ",") if lang == "de" else (",", ".")
    parts = re.split(r"([.,])", t)
    digits = parts[0]
    seps = parts[1::2]
    chunks = parts[2::2]
    seen_decimal = False
    for sep, chunk in zip(seps, chunks, strict=True):
        if sep == group and len(chunk) == 3 and not seen_decimal:
            digits += chunk
        elif sep == decimal and not seen_decimal:
            digits += "." + chunk
            seen_decimal = True
        elif sep == group and not seen_decimal and len(seps) == 1:
            digits += "." + chunk  # "13.75" in German, "1,5" in English
            seen_decimal = True
        else:
            return None
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def number_word(word: str, lang: str) -> Decimal | None:
    table = NUMBER_WORDS_DE if lang == "de" else NUMBER_WORDS_EN
    return table.get(word.lower())


_BARE_AMOUNT = re.compile(
    rf"[-+]?{NUMBER_RE}(?:(?-i:{'|'.join(sorted(SUFFIX_SCALES, key=len, reverse=True))})"
    rf"|\s?(?:{'|'.join(sorted(map(re.escape, SCALES_DE | SCALES_EN), key=len, reverse=True))}))?",
    re.IGNORECASE,
)


def is_bare_amount(text: str) -> bool:
    """ "100bn", "830bn", "5 Mrd.": a number the NER took for a name; never an entity."""
    return bool(_BARE_AMOUNT.fullmatch(text.strip()))


def to_float(value: Decimal) -> float:
    """A float that prints like the decimal it came from (6.6e9, not 6599999999.999999)."""
    return float(value)
