"""Ships by their prefix ("USS Boxer", "RRS Sir David Attenborough", "USS-Boxer") or by
the English noun before them ("the tanker Stena Impero"): a ship is a thing (MISC).

The model reads a ship's name by its words: a person for "British Heritage", a company
for "Stena Impero", an acronym organisation for "USS". A reader knows the prefix and
the noun. Every other mention of the same name is the ship too ("The Stena Impero was
on its way"), so the whole article agrees on it. German quoted names after a ship's
noun ("der Tanker „Front Altair“") are `context.quoted_names`'.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

# naval and merchant prefixes: United States Ship, Her Majesty's Ship, Royal Research Ship
_PREFIXES = frozenset({"USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "RRS", "RFA", "MV", "RV"})
_JOINED = re.compile(r"^(?:USS|USNS|HMS|HMAS|HMCS|HMNZS|RRS|RFA)-[A-ZÄÖÜ][\w-]*$")
# the noun before an English ship's name: "the tanker Stena Impero"
_EN_SHIP_NOUNS = frozenset(
    {
        "tanker", "vessel", "ship", "freighter", "ferry", "yacht", "destroyer", "frigate",
        "trawler", "cruiser", "submarine", "icebreaker", "liner", "warship",
        "supertanker", "corvette", "boat",
    }
)  # fmt: skip
_MAX_WORDS = 4
# a German ship's noun, alone or at the end of a compound: "des Segelschulschiffs Gorch
# Fock", "der Öltanker Grace 1", "die Fregatte Hessen"
_DE_SHIP_NOUN = re.compile(
    r"(?:schiff|schiffs|tanker|tankers|fregatte|flugzeugträgers?|frachter|frachters|fähre"
    r"|zerstörer|zerstörers|korvette|eisbrecher|eisbrechers|kutter|kutters|u-boot|u-boots)$",
    re.IGNORECASE,
)


def ships(
    doc: Doc,
    spans: list[Span],
    words: list[str],
    german: bool,
    is_noun: Callable[[str], bool] = lambda word: False,
) -> list[Span]:
    """Mark ships by prefix or by the noun before them (`is_noun`: a German common noun,
    which names no ship: "der Tanker Öl"); other mentions of the same name follow."""
    found: list[tuple[int, int]] = []
    for i, word in enumerate(words):
        if _JOINED.match(word):
            found.append((i, i + 1))
        elif word in _PREFIXES and i + 1 < len(words) and _name_word(words[i + 1]):
            found.append((i, _name_end(words, i + 1)))
        elif _after_ship_noun(doc, words, i, german, is_noun):
            found.append((i + 1, _name_end(words, i + 1)))
        elif not german and (end := _in_apposition(words, i)):
            found.append((i + 3, end))
    if not found:
        return spans
    out = list(spans)
    names: set[tuple[str, ...]] = set()
    for start, end in found:
        if any(s.start < start < s.end or s.start < end < s.end for s in out):
            continue  # a longer name of the model reaches across it
        out = [s for s in out if s.end <= start or s.start >= end]
        out.append(Span(doc, start, end, label="MISC"))
        names.add(tuple(words[start:end]))
        if words[start] in _PREFIXES and end - start > 1:
            names.add(tuple(words[start + 1 : end]))  # "the Boxer" after "USS Boxer"
    return [
        Span(doc, s.start, s.end, label="MISC")
        if s.label_ != "MISC" and tuple(words[s.start : s.end]) in names
        else s
        for s in out
    ]


def _after_ship_noun(
    doc: Doc, words: list[str], i: int, german: bool, is_noun: Callable[[str], bool]
) -> bool:
    """ "the tanker Stena Impero", "des Segelschulschiffs Gorch Fock": a name after the
    noun `words[i]`."""
    if i + 1 >= len(words) or not _name_word(words[i + 1]):
        return False
    word = words[i]
    if german:
        return bool(_DE_SHIP_NOUN.search(word)) and word[:1].isupper() and not is_noun(words[i + 1])
    return (
        word in _EN_SHIP_NOUNS
        and i > 0
        and words[i - 1].lower() in ("the", "a")
        and not doc[i + 1].is_sent_start
    )


def _in_apposition(words: list[str], i: int) -> int:
    """ "The vessel, the Sea Marigold, entered …", "inter-island ferry, the Fetu o le
    Vasa,": the end of a ship's name set off after its noun, or 0. The commas bound it,
    so its small lowercase words ("o le") belong to it."""
    if words[i] not in _EN_SHIP_NOUNS or words[i + 1 : i + 3] != [",", "the"]:
        return 0
    end = i + 3
    while end < len(words) and words[end] not in (",", ".", ";") and end - i - 3 <= _MAX_WORDS:
        end += 1
    name = words[i + 3 : end]
    if (
        not name
        or len(name) > _MAX_WORDS
        or end >= len(words)
        or not (_name_word(name[0]) and _name_word(name[-1]))
        or not all(_name_word(w) or (w.islower() and len(w) <= 3) or w.isdigit() for w in name)
    ):
        return 0
    return end


def _name_word(word: str) -> bool:
    return word[:1].isupper() and (word.isalpha() or word.replace("-", "").isalnum())


def _name_end(words: list[str], start: int) -> int:
    """A ship's name runs over its capitalised words and a number ("Grace 1")."""
    end = start + 1
    while (
        end < len(words)
        and end - start < _MAX_WORDS
        and (_name_word(words[end]) or (words[end].isdigit() and len(words[end]) <= 2))
    ):
        end += 1
    return end
