"""Labels from the words around a name: a place's noun before it, a list of places, a
thing's noun after it.

English sentences are from the project's own held-out stories (`tests/data/realnews/`,
MIT); the German ones are from German Wikinews (https://de.wikinews.org/, CC BY 2.5),
articles 29, 114, 159 and 342 of `../shared/data/articles/de_wikinews/`.
"""

from __future__ import annotations

import pytest

from tests.test_names_english_heads import names as english
from tests.test_names_german import names as german


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "For Kjærgaard, who grew up on the flat Danish island of Funen, the climb was new.",
            "Funen",
        ),
        (
            "The ship was hit about 60 nautical miles west of the Yemeni port of Hodeidah.",
            "Hodeidah",
        ),
        (
            "It is still the question that matters to people in Crieff, Pitlochry and Blairgowrie.",
            "Blairgowrie",
        ),
    ],
)
def test_a_place_by_its_noun_or_its_list(text: str, place: str) -> None:
    assert english(text).get(place) == "LOC"


def test_a_list_of_bodies_and_a_known_body_keep_their_labels() -> None:
    found = english("Google, Apple and Amazon agreed. Israel, Egypt and Hamas met in Cairo.")
    assert found.get("Amazon") == "ORG" and found.get("Hamas") == "ORG"


def test_a_thing_named_before_what_it_is() -> None:
    found = english(
        "It is the first time a British-built rocket has reached orbit since 1971, when "
        "Black Arrow carried the Prospero satellite into space."
    )
    assert found.get("Prospero") == "MISC"


def test_a_german_place_after_its_noun() -> None:
    found = german(
        "Tausende nahmen an der Kundgebung im Zentrum Hongkongs, in der ehemaligen Stadt "
        "Victoria City, teil."
    )
    assert found.get("Victoria City") == "LOC"


def test_a_town_before_based_is_the_town_in_a_football_report() -> None:
    found = english(
        "Sampdoria's new owners, headed by Boston-based private equity investor Daniel "
        "Whitcombe, plan to keep the manager, the striker and the goalkeeper after the "
        "club's training centre was rebuilt."
    )
    assert found.get("Boston") == "LOC"


def test_a_quoted_german_name_takes_the_kind_its_noun_names() -> None:
    found = german(
        "Wafula Oguttu, von der Oppositionspartei „Forum for Democratic Change“ ist der "
        "Meinung, dass die Unterdrückung und Kriege von einzelnen Herrschern ausgegangen "
        "seien und nicht von Parteien."
    )
    assert found.get("Forum for Democratic Change") == "ORG"
    found = german(
        "Direkt vor den Hotels „Palestine“ und „Sheraton“ in Bagdads Zentrum sind am Abend "
        "drei Autobomben explodiert."
    )
    assert found.get("Palestine") == "LOC"
    found = german(
        "Unter dem Motto „Vergesst uns nicht!“ versammelten sich einige Dutzend Menschen "
        "für knapp zwei Stunden unmittelbar vor dem Hauptbahnhof."
    )
    assert not any("Vergesst" in name for name in found)
