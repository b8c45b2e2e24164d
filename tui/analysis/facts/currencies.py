"""Currency names in German and English from CLDR (through babel), built once on first use.

A hand list of currencies always misses the next one ("830bn rupees", "65 Canadian
cents"); CLDR has every currency's display name and plural forms in both languages. The
lexicon covers the currencies that were legal tender somewhere between 1990 and 2030
(fixed dates: the result never depends on the day it is built), so funds, metals and
test codes stay out while the Deutsche Mark stays in. babel is imported here only, and
only when the money scanner first runs, so the reader's start-up does not pay for it.

A bare head word ("Dollar", "rupees", "Kronen") names several currencies; it reads as the
most traded of them (BIS triennial survey order), as a news reader would understand it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

# the most traded currencies, most traded first (BIS triennial survey 2022): the reading
# of a bare "Dollar" (USD), "Franken" (CHF), "Pfund" (GBP), "Kronen" (SEK), "rupees" (INR)
MOST_TRADED = [
    "USD",
    "EUR",
    "JPY",
    "GBP",
    "CNY",
    "AUD",
    "CAD",
    "CHF",
    "HKD",
    "SGD",
    "SEK",
    "KRW",
    "NOK",
    "NZD",
    "INR",
    "MXN",
    "TWD",
    "ZAR",
    "BRL",
    "DKK",
    "PLN",
    "THB",
    "ILS",
    "IDR",
    "CZK",
    "AED",
    "TRY",
    "HUF",
    "CLP",
    "SAR",
    "PHP",
    "MYR",
    "COP",
    "RUB",
    "RON",
    "PEN",
]
# heads that are everyday words too ("3 real problems", "he won", "am Rand"): money only
# with a scale word ("5 Millionen Rand") or as part of a full name
COMMON_WORDS = frozenset(
    [
        "real",
        "reals",
        "won",
        "rand",
        "mark",
        "marks",
        "pound",
        "pounds",
        "pfund",
        "sol",
        "soles",
        "kip",
        "som",
        "dong",
        "kina",
        "tala",
        "lek",
        "lari",
        "leone",
        "loti",
        "pula",
        "birr",
        "lats",
        "lei",
        "leu",
        "lev",
        "vatu",
    ]
)
# coins: name → (currency or None for "of the dollar/euro named before it", parts per unit)
SUBUNITS: dict[str, tuple[str | None, int]] = {
    "cent": (None, 100),
    "cents": (None, 100),
    "pence": ("GBP", 100),
    "penny": ("GBP", 100),
    "pennies": ("GBP", 100),
    "p": ("GBP", 100),
    "rappen": ("CHF", 100),
    "kopeken": ("RUB", 100),
    "kopecks": ("RUB", 100),
    "kopeks": ("RUB", 100),
    "paise": ("INR", 100),
    "centimes": ("CHF", 100),
}
# a bare "Cent"/"cents" in each language's news
DEFAULT_CENT = {"de": "EUR", "en": "USD"}
_ADJECTIVE_ENDINGS = ("en", "er", "es", "e")


@dataclass(frozen=True)
class CurrencyLexicon:
    """What the money scanner needs: written names → ISO code, and coin qualifiers."""

    names: dict[str, str]  # lower-case name written after an amount → code
    needs_scale: frozenset[str]  # names that are everyday words too
    symbols: dict[str, str]  # sign written before an amount ("₹", "R$") → code
    codes: frozenset[str]  # ISO codes, matched case-sensitively ("5 Mio. SEK")
    qualifiers: dict[str, str]  # "canadian", "kanadische" → CAD, for "65 Canadian cents"
    ambiguous: dict[str, frozenset[str]]  # "dinars" → IQD, KWD, …: the article's country decides
    countries: dict[str, frozenset[str]]  # "iraq", "irak" → the currencies used there


def _rank(code: str) -> int:
    return MOST_TRADED.index(code) if code in MOST_TRADED else len(MOST_TRADED)


def _legal_tender() -> dict[str, set[str]]:
    """Country names (German and English, lower case) → the currencies used there."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    by_country: dict[str, set[str]] = defaultdict(set)
    for territory in Locale("en").territories:
        if isinstance(territory, str) and len(territory) == 2 and territory.isalpha():
            used = get_territory_currencies(
                territory, start_date=date(1990, 1, 1), end_date=date(2030, 1, 1), tender=True
            )
            for lang in ("en", "de"):
                name = Locale(lang).territories.get(territory)
                if isinstance(name, str):
                    by_country[name.lower()].update(used)
    return by_country


def _german_variants(name: str) -> set[str]:
    """ "kanadische dollar" also as "kanadischen dollar" (dative/genitive after a number)."""
    words = name.split(" ")
    if len(words) < 2 or "-" in words[0]:
        return {name}
    first = words[0]
    for ending in _ADJECTIVE_ENDINGS:
        if first.endswith(ending) and len(first) > len(ending) + 3:
            stem = first[: -len(ending)]
            return {" ".join([stem + e, *words[1:]]) for e in _ADJECTIVE_ENDINGS}
    return {name}


def _names(code: str, lang: str) -> set[str]:
    from babel import Locale
    from babel.numbers import get_currency_name

    written = {
        Locale(lang).currencies.get(code, ""),
        get_currency_name(code, 1, lang),
        get_currency_name(code, 2, lang),
    }
    names = set()
    for name in written:
        name = re.sub(r"\s+", " ", name.strip().lower())
        if not name or name == code.lower() or re.search(r"[\d()]", name):
            continue
        names |= _german_variants(name) if lang == "de" else {name}
    return names


@lru_cache(maxsize=1)
def currency_lexicon() -> CurrencyLexicon:
    """The lexicon, built on first call (≈ 50 ms) and kept for the process."""
    from babel import Locale

    countries = _legal_tender()
    codes = set().union(*countries.values())
    full: dict[str, set[str]] = defaultdict(set)
    heads: dict[str, set[str]] = defaultdict(set)
    qualifiers: dict[str, set[str]] = defaultdict(set)
    for code in codes:
        for lang in ("de", "en"):
            for name in _names(code, lang):
                full[name].add(code)
                *qualifier, head = name.split(" ")
                heads[head].add(code)
                if qualifier and head in ("dollar", "dollars", "euro", "euros"):
                    qualifiers[" ".join(qualifier)].add(code)
    names: dict[str, str] = {}
    ambiguous: dict[str, frozenset[str]] = {}
    for head, found in heads.items():
        best = min(found, key=lambda c: (_rank(c), c))
        if len(found) == 1 or _rank(best) < len(MOST_TRADED):
            names[head] = best
        else:
            ambiguous[head] = frozenset(found)
    for name, found in full.items():  # a full name wins over a head word
        names[name] = min(found, key=lambda c: (_rank(c), c))
    symbols: dict[str, str] = {}
    for lang in ("en", "de"):
        for code, sign in Locale(lang).currency_symbols.items():
            if code in codes and not sign.isalpha() and not re.search(r"[\s.]", sign):
                symbols.setdefault(sign, code)
    return CurrencyLexicon(
        names=names,
        needs_scale=COMMON_WORDS & set(names),
        symbols=symbols,
        codes=frozenset(codes),
        qualifiers={q: min(c, key=lambda x: (_rank(x), x)) for q, c in qualifiers.items()},
        ambiguous=ambiguous,
        countries={name: frozenset(used) for name, used in countries.items() if used},
    )


def currency_of_country(head: str, context: str) -> str | None:
    """ "250 dinars" in an article about Iraq: IQD. The first country the text names
    whose currency has that name decides; None if the text names none."""
    lex = currency_lexicon()
    candidates = lex.ambiguous.get(head.lower())
    if not candidates or not context:
        return None
    low = context.lower()
    best: tuple[int, str] | None = None
    for country, used in lex.countries.items():
        hit = used & candidates
        if len(hit) != 1:
            continue
        m = re.search(rf"(?<![\w-]){re.escape(country)}", low)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), next(iter(hit)))
    return best[1] if best else None


__all__ = [
    "DEFAULT_CENT",
    "MOST_TRADED",
    "SUBUNITS",
    "CurrencyLexicon",
    "currency_lexicon",
    "currency_of_country",
]
