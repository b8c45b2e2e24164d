"""Labels the words around a name settle, whatever a name's shape suggests: a first name
after a relative's noun is a person ("sein Zwillingsbruder Lech"), a storm's word names a
storm ("Super Typhoon Rolly"), a motorway's number after its article is a road ("über die
A2"), and so is an interstate's ("I-5"); an island nation's people are a people ("Cook
Islanders"). The rules find these spans; the judge, which weighs a string's shape and the lists,
keeps their label (one place for what would otherwise be a special case in each)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from tui.analysis.names.heads import STORM_GRADES, STORM_WORDS_EN
from tui.analysis.names.people import after_a_relative, relative_before

# a German motorway's or federal road's number: "auf der A2", "die B 96"
ROAD_NUMBER = re.compile(r"^[AB]\d{1,3}$")
ROAD_BEFORE = frozenset({"der", "die", "Autobahn", "Bundesstraße", "Schnellstraße"})
# a US interstate by its number: "I-5", "I-405"
INTERSTATE = re.compile(r"^I-\d{1,3}$")


def sure_label(span: Span) -> str | None:
    """The label the words around `span` settle, if any."""
    if after_a_relative(span):
        return "PER"
    if (
        len(span) > 1
        and any(t.text in STORM_WORDS_EN for t in span[:2])
        and (span[0].text in STORM_WORDS_EN or span[0].text in STORM_GRADES)
    ):
        return "MISC"
    if is_road_number(span) or INTERSTATE.match(span.text):
        return "LOC"
    if len(span) > 1 and span[-1].text in ("Islanders", "Islander") and span[0].text != "New":
        return "MISC"  # "Cook Islanders", "Torres Strait Islanders" (not the New York team)
    return None


def sure_label_at(text: str, start: int, end: int) -> str | None:
    """The same, for a mention of the grouped entities (which keep no tokens): a relative's
    noun or a road's article before it, or an interstate's number."""
    if relative_before(text, start):
        return "PER"
    mention = text[start:end]
    before = text[max(0, start - 20) : start].split()
    if INTERSTATE.match(mention) or (
        before and before[-1] in ROAD_BEFORE and ROAD_NUMBER.match(mention.replace(" ", ""))
    ):
        return "LOC"
    return None


def is_road_number(span: Span) -> bool:
    """ "die A2", "der A 7": a road's letter and number after an article or its kind."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].text not in ROAD_BEFORE:
        return False
    if len(span) == 1:
        return ROAD_NUMBER.match(span.text) is not None
    return (
        len(span) == 2
        and span[0].text in ("A", "B")
        and span[1].text.isdigit()
        and len(span[1].text) <= 3
    )
