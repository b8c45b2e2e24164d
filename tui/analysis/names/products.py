"""Products and numbered conferences in news of both languages, which the model names as
their maker or leaves out: "a Volkswagen Golf" (a car, not the carmaker), "COP31" (the UN
climate conference of that year)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from tui.analysis.names.heads import EN_ORG_HEADS
from tui.analysis.names.index import NameIndex

# carmakers whose name and a model's name after it name a car
_CARMAKERS = frozenset(
    {"Porsche", "Volkswagen", "VW", "BMW", "Audi", "Mercedes", "Mercedes-Benz", "Opel"}
    | {"Ford", "Toyota", "Tesla", "Škoda", "Skoda", "Seat", "Cupra", "Renault", "Peugeot"}
    | {"Citroën", "Fiat", "Volvo", "Hyundai", "Kia", "Nissan", "Honda", "Mazda", "Dacia"}
    | {"Jeep", "Chevrolet", "Subaru", "Suzuki", "Mitsubishi", "Lexus", "BYD", "Ferrari"}
)
# what a carmaker's own bodies are called: "Volkswagen Sachsen", "BMW Motorrad"
_MAKER_PARTS = frozenset(
    {"Konzern", "Gruppe", "Werk", "Werke", "Motorsport", "Sport", "Motorrad", "Nutzfahrzeuge"}
    | {"Financial", "Stiftung", "Classic", "Trucks", "Bank", "Holding", "Deutschland", "AG"}
    | {"Motor", "Cars", "Automobile", "Automotive", "Mobility", "Software", "Sverige"}
)
_CONFERENCE = re.compile(r"^COP ?\d{1,2}$")


def car_models(spans: list[Span], index: NameIndex) -> list[Span]:
    """ "Porsche Cayenne", "Volkswagen Golf" (a body to the model): a carmaker and a
    model's name are a car, MISC; not the maker's own bodies nor a name the index knows
    ("Toyota Verblitz", a club)."""
    out = []
    for span in spans:
        if (
            len(span) == 2
            and span.label_ != "MISC"
            and span[0].text in _CARMAKERS
            and span[1].text[:1].isupper()
            and span[1].text not in _MAKER_PARTS
            and span[1].text not in EN_ORG_HEADS
            and index.get(span[1].text) is None  # not "Volkswagen Sachsen", "Audi Ingolstadt"
            and index.get(span.text) is None
        ):
            span = Span(span.doc, span.start, span.end, label="MISC")
        out.append(span)
    return out


# a model's noun before its names: "die Modelle A6 und A7", "the Boeing models 737 and 787"
_MODEL_NOUNS = frozenset({"Modell", "Modelle", "Modellen", "Modells", "model", "models"})
_LIST_WORDS = frozenset({"und", "and", ",", "sowie", "or", "oder"})


def models_after_their_noun(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "die Modelle A6 und A7" (roads to the model): the names a model's noun
    introduces, and those listed after them, are products (MISC)."""
    by_start = {s.start: s for s in spans}
    relabel: set[int] = set()
    for span in spans:
        if span.start == 0 or doc[span.start - 1].text not in _MODEL_NOUNS:
            continue
        current: Span | None = span
        while current is not None and len(current) <= 2:
            relabel.add(current.start)
            if current.end + 1 >= len(doc) or doc[current.end].text not in _LIST_WORDS:
                break
            current = by_start.get(current.end + 1)
    return [Span(doc, s.start, s.end, label="MISC") if s.start in relabel else s for s in spans]


def numbered_conferences(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """ "bei der COP31", "at COP29": the UN climate conference of that year, MISC."""
    covered = {i: s for s in spans for i in range(s.start, s.end)}
    found = [
        Span(doc, i, i + 1, label="MISC")
        for i, word in enumerate(words)
        if word.startswith("COP")
        and _CONFERENCE.match(word)
        and (i not in covered or len(covered[i]) == 1)
    ]
    if not found:
        return spans
    starts = {f.start for f in found}
    return [s for s in spans if s.start not in starts] + found
