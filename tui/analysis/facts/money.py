"""Money and percentages in German and English prose, normalised to value and unit.

Scanning is done with regular expressions over plain text because German glues amounts
into compounds ("10-Milliarden-Dollar-Deal") that a tokenizer keeps as one token. Every
pattern needs an explicit currency or percent marker, which is what keeps dates, years,
phone numbers and scores out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

from tui.analysis.facts.currencies import (
    COMMON_WORDS,
    DEFAULT_CENT,
    SUBUNITS,
    currency_lexicon,
    currency_of_country,
)
from tui.analysis.facts.figure import Figure, resolve_overlaps
from tui.analysis.facts.numbers import (
    NUMBER_RE,
    NUMBER_WORDS_DE,
    NUMBER_WORDS_EN,
    SCALES_DE,
    SCALES_EN,
    SUFFIX_SCALES,
    VAGUE_DE,
    VAGUE_EN,
    VAGUE_MULTIPLIERS,
    number_word,
    parse_number,
    scale_of,
)

# currency written before the number: "$13.75 billion", "€2bn", "USD 5 million"
CURRENCY_PREFIX: dict[str, str] = {
    "US$": "USD",
    "US-$": "USD",
    "U.S.$": "USD",
    "$": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "HK$": "HKD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "USD": "USD",
    "EUR": "EUR",
    "GBP": "GBP",
    "CHF": "CHF",
    "JPY": "JPY",
    "CNY": "CNY",
    "INR": "INR",
    "CAD": "CAD",
    "AUD": "AUD",
    "RMB": "CNY",
    "Rs": "INR",
    "Rs.": "INR",
    # the signs and abbreviations the region's own press writes (CLDR's narrow symbols
    # miss them): "S$3 million", "₦905", "Tk 12,500", "Rp10 trillion", "RM5 billion",
    # "Bt700 billion"
    "S$": "SGD",
    "SG$": "SGD",
    "₦": "NGN",
    "TT$": "TTD",
    "J$": "JMD",
    "EC$": "XCD",
    "N$": "NAD",
    "GH₵": "GHS",
    "GH¢": "GHS",
    "E£": "EGP",
    "Tk": "BDT",
    "Tk.": "BDT",
    "Rp": "IDR",
    "Rp.": "IDR",
    "RM": "MYR",
    "KSh": "KES",
    "Ksh": "KES",
    "Dh": "AED",
    "Dhs": "AED",
    "Bt": "THB",  # "Bt18-billion plant" (The Nation, Bangkok Post)
}
# letters that are a currency's abbreviation glued to an amount with its scale ("RM5
# billion", "Dh5m"), unlike a code ("COP31", "G20")
GLUED_LETTERS = frozenset({"tk", "rp", "rm", "ksh", "dh", "dhs", "rs", "bt"})
# currency written after the amount: "6,6 Milliarden US-Dollar", "4 Mio. Euro", "13,75 Mrd. $"
CURRENCY_SUFFIX: dict[str, str] = {
    "us-dollar": "USD",
    "us-dollars": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "us dollars": "USD",
    "us dollar": "USD",
    "u.s. dollars": "USD",
    "usd": "USD",
    "$": "USD",
    "us$": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "€": "EUR",
    "pfund sterling": "GBP",
    "britische pfund": "GBP",
    "britischen pfund": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "gbp": "GBP",
    "£": "GBP",
    "pfund": "GBP",
    "pounds": "GBP",
    "schweizer franken": "CHF",
    "franken": "CHF",
    "swiss francs": "CHF",
    "chf": "CHF",
    "yen": "JPY",
    "jpy": "JPY",
    "¥": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "cny": "CNY",
    "rmb": "CNY",
    "rupien": "INR",
    "rupees": "INR",
    "inr": "INR",
    "rubel": "RUB",
    "roubles": "RUB",
    "rubles": "RUB",
    "rub": "RUB",
    "kanadische dollar": "CAD",
    "kanadischen dollar": "CAD",
    "canadian dollars": "CAD",
    "cad": "CAD",
    "australische dollar": "AUD",
    "australischen dollar": "AUD",
    "australian dollars": "AUD",
    "aud": "AUD",
    "d-mark": "DEM",
}
# "5 Pfund" may weigh something: these count as money only with a scale word or a sign
NEEDS_SCALE = {"pfund", "pounds"}
# words usable inside German hyphen compounds: "10-Milliarden-Dollar-Deal"
COMPOUND_CURRENCY: dict[str, str] = {
    "dollar": "USD",
    "us-dollar": "USD",
    "euro": "EUR",
    "pfund": "GBP",
    "franken": "CHF",
    "yen": "JPY",
    "yuan": "CNY",
}

PERCENT_UNITS: dict[str, str] = {
    "%": "%",
    "prozent": "%",
    "percent": "%",
    "per cent": "%",
    "pct": "%",
    "pct.": "%",
    "prozentpunkte": "pp",
    "prozentpunkten": "pp",
    "prozentpunkt": "pp",
    "percentage points": "pp",
    "percentage point": "pp",
}


def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first so that "US-Dollar" wins over "Dollar"."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


def _trie(words: Iterable[str]) -> str:
    """The same alternation as `_alt`, as a trie: 1,500 CLDR names compile in a fraction
    of the time, and the greedy optional groups still prefer the longest name."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + build(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        alt = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{alt})?" if "" in node else alt

    return build(root)


_SCALE_WORDS = _alt(set(SCALES_DE) | set(SCALES_EN))
_SCALE = rf"(?P<scale>{_SCALE_WORDS})(?![\w])"
_NUMWORD = _alt({w for w in NUMBER_WORDS_DE} | {w for w in NUMBER_WORDS_EN})
_RANGE_SEP = r"\s?(?:-|–|bis|to)\s?"
_BEFORE = r"(?<![\w.,:/\-])"  # not inside another number, word, date, URL or score
_SUFFIX = _alt(SUFFIX_SCALES)
# "just under $500m", "knapp 4 Milliarden Euro": the amount stays exact, its reading not
APPROXIMATIONS: dict[str, str] = {
    "just under": "LESS_THAN",
    "just below": "LESS_THAN",
    "less than": "LESS_THAN",
    "under": "LESS_THAN",
    "below": "LESS_THAN",
    "almost": "LESS_THAN",
    "nearly": "LESS_THAN",
    "knapp": "LESS_THAN",
    "knapp unter": "LESS_THAN",
    "weniger als": "LESS_THAN",
    "fast": "LESS_THAN",
    "beinahe": "LESS_THAN",
    "nahezu": "LESS_THAN",
    "just over": "MORE_THAN",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "mehr als": "MORE_THAN",
    "über": "MORE_THAN",
    "gut": "MORE_THAN",
    "knapp über": "MORE_THAN",
    "up to": "EQUAL_OR_LESS",
    "bis zu": "EQUAL_OR_LESS",
    "at least": "EQUAL_OR_MORE",
    "mindestens": "EQUAL_OR_MORE",
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "some": "APPROX",
    "an estimated": "APPROX",
    "rund": "APPROX",
    "etwa": "APPROX",
    "ungefähr": "APPROX",
    "circa": "APPROX",
    "ca.": "APPROX",
    "schätzungsweise": "APPROX",
}
# "80p" in British English
# letters a country's press writes before its amounts, which are money only in an
# article that names the country or the currency: "N905" (Nigeria), "R5bn" (South
# Africa), "P1.5 billion" (the Philippines), "Sh2 billion" (Kenya, Uganda, Tanzania),
# "W4.1tr" (South Korea)
LOCAL_LETTERS: dict[str, tuple[tuple[str, str], ...]] = {
    "N": (("nigeria", "NGN"), ("naira", "NGN")),
    "R": (("south africa", "ZAR"), ("rand", "ZAR")),
    "P": (("philippine", "PHP"), ("peso", "PHP")),
    "Sh": (("kenya", "KES"), ("uganda", "UGX"), ("tanzania", "TZS")),
    "W": (("korea", "KRW"),),
}
LOCAL_MONEY = re.compile(
    rf"(?<![\w$.,])(?P<cur>{'|'.join(LOCAL_LETTERS)})(?P<num>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?)"
    rf"(?:(?P<suf>{_SUFFIX})(?![\w])|\s(?P<scale>{_SCALE_WORDS})(?![\w]))?(?![\w-])"
)
GLUED_PENCE = re.compile(rf"{_BEFORE}(?P<num>\d{{1,2}}(?:\.\d{{1,2}})?)p(?![\w])")
# "von 60 auf rund 72 US-Dollar": the first number is in the currency of the second
SHARED_BEFORE = re.compile(
    rf"(?:\bvon|\bfrom)\s+(?P<num>{NUMBER_RE})(?:\s(?P<scale>{_SCALE_WORDS}))?"
    r"\s+(?:auf|to)\s+(?:[\w.]+\s+)?$",
    re.IGNORECASE,
)
APPROX_BEFORE = re.compile(rf"(?<![\w.])(?P<approx>{_alt(APPROXIMATIONS)})\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class _Patterns:
    """The money expressions, compiled once the currency lexicon is known."""

    prefix: dict[str, str]
    suffix: dict[str, str]
    needs_scale: frozenset[str]
    prefix_money: re.Pattern[str]
    suffix_money: re.Pattern[str]
    subunit_money: re.Pattern[str]
    vague_money: re.Pattern[str]
    vague_of_money: re.Pattern[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    """Static signs and words plus every CLDR currency name (built on first use only)."""
    lex = currency_lexicon()
    prefix = {**lex.symbols, **CURRENCY_PREFIX}
    suffix = {**lex.names, **CURRENCY_SUFFIX}
    codes = "|".join(sorted(lex.codes))
    cur_pre = rf"(?:{_trie({p.lower() for p in prefix})}|(?-i:{codes}))"
    cur_suf = rf"(?:{_trie(set(suffix) | set(lex.ambiguous))}|(?-i:{codes}))"
    quals = _alt(lex.qualifiers)
    return _Patterns(
        prefix=prefix,
        suffix=suffix,
        needs_scale=frozenset(NEEDS_SCALE | lex.needs_scale | (COMMON_WORDS & set(lex.ambiguous))),
        # "$5-7 billion", "$5–$7 billion", "5 bis 7 Milliarden"; "by $2 to $22.99" is no range
        prefix_money=re.compile(
            rf"(?<![\w])(?P<cur>{cur_pre})\s?(?P<num>{NUMBER_RE})"
            rf"(?:(?:\s?[-–]\s?(?:{cur_pre})?|\s(?:bis|to)\s)(?P<num2>{NUMBER_RE}))?"
            rf"(?:(?P<suf>{_SUFFIX})(?![\w])|(?:\s|-)(?P<scale>{_SCALE_WORDS})(?![\w]))?",
            re.IGNORECASE,
        ),
        # "6,6 Milliarden US-Dollar", "830bn rupees", "4 Mio. Euro", "13,75 Mrd. $"
        suffix_money=re.compile(
            rf"{_BEFORE}(?P<num>{NUMBER_RE}|\b(?:{_NUMWORD}))"
            rf"(?:{_RANGE_SEP}(?P<num2>{NUMBER_RE}))?"
            rf"(?:(?P<suf>{_SUFFIX})(?=\s)|\s{_SCALE})?\s?(?P<cur>{cur_suf})(?![\w])",
            re.IGNORECASE,
        ),
        # "65 Canadian cents", "20 pence", "50 Rappen", "10 Euro-Cent"
        subunit_money=re.compile(
            rf"{_BEFORE}(?P<num>{NUMBER_RE})\s?(?:(?P<qual>{quals})\s+|(?P<pre>euro|us)-)?"
            rf"(?P<sub>{_alt(s for s in SUBUNITS if len(s) > 1)})(?![\w])",
            re.IGNORECASE,
        ),
        vague_money=re.compile(
            rf"(?:\b(?P<q>{_VAGUE_Q})\s+(?:(?P<qmult>hundert|hunderten|hundreds\s+of|tens\s+of)\s+)?"
            rf"|\b(?P<mult>{_VAGUE_M})\s+(?:(?:of|von)\s+)?|\b)"
            rf"(?P<scale>millionen|milliarden|billionen|millions|billions|trillions|million|billion|trillion)"
            rf"\s+(?:of\s+)?(?P<cur>{cur_suf})(?![\w])",
            re.IGNORECASE,
        ),
        # "Tausende von Euro", "hundreds of pounds"
        vague_of_money=re.compile(
            rf"\b(?P<mult>{_VAGUE_M})\s+(?:of|von)\s+(?P<cur>{cur_suf})(?![\w])", re.IGNORECASE
        ),
    )


COMPOUND_MONEY = re.compile(
    rf"{_BEFORE}(?P<num>{NUMBER_RE})-(?P<scale>{_SCALE_WORDS})-(?P<cur>{_alt(COMPOUND_CURRENCY)})"
    r"(?=-|\b)",
    re.IGNORECASE,
)
# English compounds: "10-billion-dollar deal"
COMPOUND_MONEY_EN = re.compile(
    rf"{_BEFORE}(?P<num>{NUMBER_RE})-(?P<scale>{_SCALE_WORDS})-(?P<cur>dollar|euro|pound)\b",
    re.IGNORECASE,
)
_VAGUE_Q = _alt(set(VAGUE_DE) | set(VAGUE_EN))
_VAGUE_M = _alt(VAGUE_MULTIPLIERS)
VAGUE_COMPOUND_MONEY = re.compile(
    r"\b(?P<scale>Millionen|Milliarden|multibillion|multimillion|billion|million)-"
    r"(?P<cur>Dollar|Euro|dollar|euro)(?=-|\b)",
)

PERCENT = re.compile(
    rf"{_BEFORE}(?P<sign>[-−+]?)(?P<num>{NUMBER_RE}|\b(?:{_NUMWORD}))"
    rf"(?:{_RANGE_SEP}(?P<num2>{NUMBER_RE}))?"
    rf"(?:\s?(?P<unit>%|{_alt([u for u in PERCENT_UNITS if u != '%'])})(?![\w])"
    r"|-(?P<cunit>prozentig\w*|prozent-|percent\b|per-cent\b))",
    re.IGNORECASE,
)
VAGUE_PERCENT = re.compile(
    rf"\b(?P<q>{_VAGUE_Q})\s+(?P<unit>prozentpunkte|prozent|percentage points|percent)\b",
    re.IGNORECASE,
)


def _num(m: re.Match[str], group: str, lang: str) -> Decimal | None:
    raw = m.group(group)
    if raw is None:
        return None
    if raw[0].isdigit():
        return parse_number(raw, lang)
    return number_word(raw, lang) or number_word(raw, "en" if lang == "de" else "de")


def _scale(word: str | None, lang: str) -> int:
    if not word:
        return 1
    return scale_of(word, lang) or 1


def _figure(
    kind: str,
    m: re.Match[str],
    value: Decimal | None,
    unit: str,
    *,
    vague: bool = False,
    extra: dict[str, object] | None = None,
) -> Figure:
    return Figure(
        kind,
        m.start(),
        m.end(),
        m.group(0),
        float(value) if value is not None else None,
        unit,
        vague,
        dict(extra or {}),
    )


def _range_extra(m: re.Match[str], lang: str, multiplier: int) -> dict[str, object]:
    hi = _num(m, "num2", lang) if "num2" in m.re.groupindex else None
    return {"max": float(hi * multiplier)} if hi is not None else {}


def _approximation(text: str, fig: Figure) -> Figure:
    """ "just under $500m": the value stays 500000000; the figure says how it is meant."""
    m = APPROX_BEFORE.search(text, max(0, fig.start - 24), fig.start)
    if m is None:
        return fig
    mod = APPROXIMATIONS[re.sub(r"\s+", " ", m.group("approx").lower())]
    return replace(fig, extra={**fig.extra, "approximate": True, "mod": mod})


def _shared_currency(text: str, found: list[Figure], lang: str) -> list[Figure]:
    """ "stieg von 60 auf rund 72 US-Dollar": 60 US-Dollar too."""
    shared = []
    for fig in found:
        if fig.vague or fig.value is None:
            continue
        m = SHARED_BEFORE.search(text, max(0, fig.start - 60), fig.start)
        if m is None or m.end() != fig.start:
            continue
        num = _num(m, "num", lang)
        if num is None:
            continue
        scale = re.search(rf"(?<![\w])({_SCALE_WORDS})(?![\w])", fig.text, re.IGNORECASE)
        mult = _scale(m.group("scale") or (scale.group(1) if scale else None), lang)
        start = m.start("num")
        end = m.end("scale") if m.group("scale") else m.end("num")
        shared.append(
            Figure("money", start, end, text[start:end], float(num * mult), fig.unit, False, {})
        )
    return shared


def _currency(table: dict[str, str], written: str) -> str | None:
    word = re.sub(r"\s+", " ", written)
    found = table.get(word) or table.get(word.lower())
    if found is None and word in currency_lexicon().codes:
        return word  # an ISO code written out: "10 Millionen SEK"
    return found


def _subunits(text: str, lang: str, pats: _Patterns, others: list[Figure]) -> list[Figure]:
    """ "65 Canadian cents" = 0.65 CAD; "20 pence" = 0.20 GBP; "50 Rappen" = 0.50 CHF."""
    lex = currency_lexicon()
    found = []
    for m in pats.subunit_money.finditer(text):
        num = _num(m, "num", lang)
        code, parts = SUBUNITS[m.group("sub").lower()]
        if m.group("qual"):
            if code is not None:
                continue  # "Canadian pence" is no coin
            code = lex.qualifiers.get(re.sub(r"\s+", " ", m.group("qual").lower()))
        elif m.group("pre"):
            code = "EUR" if m.group("pre").lower() == "euro" else "USD"
        if num is None:
            continue
        if code is None and not m.group("qual"):
            # "um 4 Cent auf 0,24 Dollar": the cents of the currency named next to them
            code = _nearest_unit(m.start(), others) or DEFAULT_CENT.get(lang, "USD")
        if code is None:
            continue
        found.append(_figure("money", m, num / parts, code))
    return found


def _nearest_unit(at: int, figures: list[Figure]) -> str | None:
    if not figures:
        return None
    return min(figures, key=lambda f: abs(f.start - at)).unit


# the countries whose press writes "Rs" for their rupee; India's where the text names none
_RUPEES = (("india", "INR"), ("nepal", "NPR"), ("pakistan", "PKR"), ("sri lanka", "LKR"))


def _rupee(context: str) -> str:
    """The rupee of the first of its countries the article names."""
    low = context.lower()
    named = [(at, code) for country, code in _RUPEES if (at := low.find(country)) >= 0]
    return min(named)[1] if named else "INR"


def _local_money(text: str, context: str) -> list[Figure]:
    """ "N905 in Abuja", "R5bn": a local letter before an amount, read by the first of
    its countries (or currencies) the article names; nothing where it names none."""
    found = []
    low = ""
    for m in LOCAL_MONEY.finditer(text):
        low = low or context.lower()  # only where a letter stands before an amount
        named = [
            (at, code)
            for word, code in LOCAL_LETTERS[m.group("cur")]
            if (at := low.find(word)) >= 0
        ]
        num = _num(m, "num", "en")
        if not named or num is None:
            continue
        if not (m.group("suf") or m.group("scale")) and num < 100:
            continue  # "N95" masks, the "N1" road: a plain amount has three digits or more
        mult = (
            SUFFIX_SCALES[m.group("suf").lower()]
            if m.group("suf")
            else _scale(m.group("scale"), "en")
        )
        found.append(_figure("money", m, num * mult, min(named)[1]))
    return found


# what every amount holds: a digit, a scale ("zwei Millionen Euro", "billions of
# dollars") or a vague multiplier ("Tausende von Euro"); a sentence without any has none,
# and the large patterns below need not walk it
_MAY_HOLD_MONEY = re.compile(rf"\d|illion|illiard|{_alt(VAGUE_MULTIPLIERS)}", re.IGNORECASE)


def find_money(text: str, lang: str, context: str | None = None) -> list[Figure]:
    """Money amounts in `text` with exact (or, for "mehrere Milliarden", vague) values.

    `context` (the whole article; `text` by default) decides a currency name that several
    countries use: "250 dinars" in an article about Iraq are IQD."""
    if _MAY_HOLD_MONEY.search(text) is None:
        return []
    pats = _patterns()
    context = text if context is None else context
    found: list[Figure] = []
    for m in pats.prefix_money.finditer(text):
        cur_text, has_scale = m.group("cur"), bool(m.group("suf") or m.group("scale"))
        if (
            cur_text.isalpha()
            and m.end("cur") == m.start("num")
            and not (cur_text.lower() in GLUED_LETTERS and has_scale)
            # "VND118,000", "EUR1.5bn": a code glued to an amount written as one
            and not (
                cur_text.isupper() and len(cur_text) == 3 and (has_scale or "," in m.group("num"))
            )
        ):
            # "COP31", "G20", "the RM5 engine": a code glued to a number names a thing
            continue
        cur = _currency(pats.prefix, m.group("cur"))
        if m.group("cur").rstrip(".").lower() == "rs":
            cur = _rupee(context)  # "Rs 80,000" in Kathmandu is Nepal's
        num = _num(m, "num", lang)
        if cur is None or num is None:
            continue
        mult = (
            SUFFIX_SCALES[m.group("suf").lower()]
            if m.group("suf")
            else _scale(m.group("scale"), lang)
        )
        found.append(_figure("money", m, num * mult, cur, extra=_range_extra(m, lang, mult)))
    for m in pats.suffix_money.finditer(text):
        cur_word = re.sub(r"\s+", " ", m.group("cur").lower())
        cur = _currency(pats.suffix, m.group("cur")) or currency_of_country(cur_word, context)
        num = _num(m, "num", lang)
        if cur is None or num is None:
            continue
        word_number = not m.group("num")[0].isdigit()
        scaled = m.group("scale") or m.group("suf")
        if (cur_word in pats.needs_scale or word_number) and not scaled:
            continue
        if word_number and m.group("num").lower() in ("a", "an") and lang == "de":
            continue
        mult = (
            SUFFIX_SCALES[m.group("suf").lower()]
            if m.group("suf")
            else _scale(m.group("scale"), lang)
        )
        found.append(_figure("money", m, num * mult, cur, extra=_range_extra(m, lang, mult)))
    found += _subunits(text, lang, pats, list(found))
    for rx in (COMPOUND_MONEY, COMPOUND_MONEY_EN):
        for m in rx.finditer(text):
            num = _num(m, "num", lang)
            cur = COMPOUND_CURRENCY.get(m.group("cur").lower())
            if num is None or cur is None:
                continue
            found.append(_figure("money", m, num * _scale(m.group("scale"), lang), cur))
    for m in pats.vague_money.finditer(text):
        cur = _currency(pats.suffix, m.group("cur")) or currency_of_country(m.group("cur"), context)
        if cur is None:
            continue
        scale = _scale(m.group("scale"), lang)
        mult = VAGUE_MULTIPLIERS.get(m.group("mult").lower(), 1) if m.group("mult") else 1
        if m.group("qmult"):
            mult = 10 if m.group("qmult").lower().startswith("tens") else 100
        found.append(_figure("money", m, Decimal(scale * mult), cur, vague=True))
    for m in pats.vague_of_money.finditer(text):
        cur = _currency(pats.suffix, m.group("cur")) or currency_of_country(m.group("cur"), context)
        if cur is not None:
            found.append(
                _figure(
                    "money", m, Decimal(VAGUE_MULTIPLIERS[m.group("mult").lower()]), cur, vague=True
                )
            )
    if lang == "en":
        found += [
            _figure("money", m, Decimal(m.group("num")) / 100, "GBP")
            for m in GLUED_PENCE.finditer(text)
        ]
    if lang == "en":
        found += _local_money(text, context)
    found += _shared_currency(text, found, lang)
    for m in VAGUE_COMPOUND_MONEY.finditer(text):
        scale_word = m.group("scale").lower().removeprefix("multi")
        cur = COMPOUND_CURRENCY.get(m.group("cur").lower())
        if cur is None:
            continue
        found.append(_figure("money", m, Decimal(_scale(scale_word, lang)), cur, vague=True))
    return [f if f.vague else _approximation(text, f) for f in resolve_overlaps(found)]


# what every percentage holds: its unit ("%", "Prozent…", "percent…", "per cent", "pct")
_MAY_HOLD_PERCENT = re.compile(r"%|prozent|percent|per[\s-]+cent|pct", re.IGNORECASE)


def find_percents(text: str, lang: str) -> list[Figure]:
    """Percentages ("19 Prozent", "19 %", "19-prozentige", "3 percentage points")."""
    if _MAY_HOLD_PERCENT.search(text) is None:
        return []
    found: list[Figure] = []
    for m in PERCENT.finditer(text):
        raw = m.group("num")
        if not raw[0].isdigit() and raw.lower() in ("a", "an", "half", "half a", "halbe", "halben"):
            continue
        num = _num(m, "num", lang)
        if num is None:
            continue
        if m.group("sign") in ("-", "−"):
            num = -num
        unit_word = re.sub(r"\s+", " ", (m.group("unit") or "%").lower())
        unit = PERCENT_UNITS.get(unit_word, "%")
        end = m.end()
        text_span = m.group(0)
        if m.group("cunit"):
            # "19-prozentige Beteiligung": the fact is the figure, not the whole compound
            text_span = text_span.rstrip("-")
            end = m.start() + len(text_span)
        found.append(
            Figure(
                "percent",
                m.start(),
                end,
                text_span,
                float(num),
                unit,
                False,
                _range_extra(m, lang, 1),
            )
        )
    for m in VAGUE_PERCENT.finditer(text):
        unit = PERCENT_UNITS.get(re.sub(r"\s+", " ", m.group("unit").lower()), "%")
        found.append(_figure("percent", m, None, unit, vague=True))
    return resolve_overlaps(found)


def find_figures(text: str, lang: str) -> list[Figure]:
    """Money, percentages and counts in `text`, non-overlapping, in text order."""
    from tui.analysis.facts.counts import find_counts

    money = find_money(text, lang)
    percents = find_percents(text, lang)
    counts = find_counts(text, lang)
    return sorted(resolve_overlaps(money + percents + counts), key=lambda f: f.start)


def parse_amount(text: str, lang: str) -> tuple[float | None, str, bool] | None:
    """(value, unit, vague) of the first amount in `text`, or None.

    parse_amount("6,6 Milliarden US-Dollar", "de") == (6.6e9, "USD", False);
    parse_amount("mehrere Milliarden Dollar", "de") == (1e9, "USD", True);
    parse_amount("19 Prozent", "de") == (19.0, "%", False);
    parse_amount("19 an der Angelegenheit beteiligten Personen", "de") == (19.0, "Personen", False).
    """
    figures = find_figures(text, lang)
    if not figures:
        return None
    first = figures[0]
    return first.value, first.unit, first.vague


__all__ = [
    "SCALES_DE",
    "SCALES_EN",
    "VAGUE_DE",
    "VAGUE_EN",
    "find_figures",
    "find_money",
    "find_percents",
    "parse_amount",
]
