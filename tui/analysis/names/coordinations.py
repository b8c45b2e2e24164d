"""German names the model cut short where words are joined: a truncated first part belongs
to the name after it ("des Innovations- und Technologiezentrums Wasserstoff"), a firm
listed beside a firm after their kind's plural is one too ("die Netzbetreiber Creos und
GRTgaz"), and an adjective belongs with the noun after it ("vom Bayerischen Obersten
Rechnungshof") or the place after it ("am Unteren Wöhrd")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from tui.analysis.names.german import looks_like_adjective
from tui.analysis.names.index import NameIndex
from tui.analysis.names.patterns import replace_overlapping, town_of_adjective

# "am Unteren Wöhrd", "im Oberen Donautal": a place's own adjective of position
_POSITION = re.compile(r"^(?:Ober|Unter|Mittler|Vorder|Hinter|Inner|Äußer)(?:e|er|en|es|em)$")
_JOINS = frozenset({"und", "oder", "sowie"})
# the plural of a kind of firm or body that a list of their names follows
_KINDS = frozenset(
    {"Konzerne", "Konzernen", "Netzbetreiber", "Netzbetreibern", "Gewerkschaften", "Parteien"}
    | {"Reedereien", "Autobauer", "Autobauern", "Hersteller", "Herstellern", "Discounter"}
    | {"Discountern", "Fluggesellschaften", "Versicherer", "Versicherern", "Banken"}
    | {"Energiekonzerne", "Energiekonzernen", "Zulieferer", "Zulieferern", "Verbände"}
    | {"Verbänden", "Mobilfunkanbieter", "Mobilfunkanbietern", "Stromkonzerne"}
)


def truncated_coordinations(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex
) -> list[Span]:
    """ "des Innovations- und Technologiezentrums Wasserstoff", "der Rheinische Sparkassen-
    und Giroverband", "die Bremer Parkraumbewirtschaftungs- und Management GmbH": the
    first parts cut off at a hyphen, joined by "und", and an adjective before them belong
    to the body's or the thing's name the model found after them (not a place's: "Nord-
    und Südsudan" are two)."""
    found: list[Span] = []
    for span in spans:
        if span.label_ not in ("ORG", "MISC"):
            continue
        start = span.start
        while start >= 2 and _cut_off(words[start - 2]):
            joined = words[start - 1] in _JOINS
            listed = words[start - 1] == "," and start != span.start  # "Wohn-, Siedlungs- und"
            if not (joined or listed):
                break
            start -= 2
        if start == span.start:
            continue
        before = words[start - 1] if start >= 1 else ""
        adjective = looks_like_adjective(before) or town_of_adjective(before, index) is not None
        if adjective and not doc[start - 1].is_sent_start:
            start -= 1
        found.append(Span(doc, start, span.end, label=span.label_))
    return replace_overlapping(spans, found)


def _cut_off(word: str) -> bool:
    """ "Innovations-": a capitalised first part that ends in its hyphen."""
    return len(word) > 3 and word.endswith("-") and word[:1].isupper() and word[:-1].isalpha()


def firms_listed_with_firms(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex
) -> list[Span]:
    """ "die Netzbetreiber Creos und GRTgaz", "die Gewerkschaften OGBL und LCGB": after the
    plural of a kind of firm or body, the word listed after the first of them is another,
    where it is no common word (a place the index knows is taken for a firm there too:
    "den japanischen Konzernen Fanuc und Yaskawa")."""
    by_start = {s.start: s for s in spans}
    covered = {i: s for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for i, word in enumerate(words[:-3]):
        if word not in _KINDS:
            continue
        first = by_start.get(i + 1)
        if first is None or first.label_ != "ORG" or len(first) > 2:
            continue
        j = first.end
        if j + 1 >= len(words) or words[j] not in _JOINS:
            continue
        other = words[j + 1]
        if not other[:1].isupper() or index.is_common_noun(other) or index.is_compound_noun(other):
            continue
        second = covered.get(j + 1)
        if second is not None and (second.start != j + 1 or len(second) > 1):
            continue
        found.append(Span(doc, j + 1, j + 2, label="ORG"))
    return replace_overlapping(spans, found)


def adjectives_before_their_noun(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex
) -> list[Span]:
    """ "der Bayerische Oberste Rechnungshof": a name the model ended on an adjective goes
    on to the noun the adjective belongs to."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for span in spans:
        end = span.end
        if span.label_ == "PER" or end >= len(words) or end in covered:
            continue
        if not looks_like_adjective(words[end - 1]) or not doc[end - 1].whitespace_:
            continue
        noun = words[end]
        entry = index.get(noun)
        flagged = entry is not None and "noun" in entry.flags  # "Rechnungshof"
        if noun[:1].isupper() and (
            index.is_common_noun(noun) or index.is_compound_noun(noun) or flagged
        ):
            found.append(Span(doc, span.start, end + 1, label=span.label_))
    return replace_overlapping(spans, found)


def adjectives_of_position(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """ "am Unteren Wöhrd", "im Oberen Donautal": a capitalised adjective of position
    inside a sentence belongs to the place after it (German writes it small otherwise)."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    found = [
        Span(doc, span.start - 1, span.end, label="LOC")
        for span in spans
        if span.label_ == "LOC"
        and span.start > 0
        and span.start - 1 not in covered
        and _POSITION.match(words[span.start - 1])
        and not doc[span.start - 1].is_sent_start
    ]
    return replace_overlapping(spans, found)


def places_with_their_point(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """ "Glarus Süd", "Hamburg Nord": a place and a point of the compass after it, before
    no capitalised word, is one municipality or district."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    found = [
        Span(doc, span.start, span.end + 1, label="LOC")
        for span in spans
        if span.label_ == "LOC"
        and span.end < len(words)
        and words[span.end] in ("Nord", "Süd", "Ost", "West")
        and span.end not in covered
        and doc[span.end - 1].whitespace_
        and (span.end + 1 == len(words) or not words[span.end + 1][:1].isupper())
    ]
    return replace_overlapping(spans, found)
