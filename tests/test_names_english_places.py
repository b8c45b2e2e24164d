"""English places the words around them make places: a place after "in" or at the ends
of a route inside one span of the model, a river or district named with its noun, a
state's capital in apposition, a place that names several bodies, on sentences of the
English stories in `tests/data/realnews/en_unseen10/` (written for the project, MIT).
"""

from __future__ import annotations

import pytest

from tests.test_names_english_heads import names

GOA = (
    "India's Supreme Court has ordered the demolition of a beach resort built on a turtle "
    "nesting beach in the western state of Goa. The case was brought by the Goa Foundation, "
    "an environmental group based in the state capital, Panaji, after the Goa bench of the "
    "Bombay High Court dismissed its petition in 2024. The Goa Coastal Zone Management "
    "Authority had approved the resort. The ruling is likely to put pressure on dozens of "
    "other hotels and beach shacks along Goa's northern coast, from Mandrem and Ashwem to "
    "Arambol, many of them built during a tourism boom. Dattaram Harmalkar, 58, lives in a "
    "village on the banks of the Chapora river."
)


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Goa", "LOC"),
        ("Goa Foundation", "ORG"),
        ("Panaji", "LOC"),
        ("Ashwem", "LOC"),
        ("Arambol", "LOC"),
        ("Chapora", "LOC"),
        ("Bombay High Court", "ORG"),
    ],
)
def test_places_in_the_goa_story(name: str, label: str) -> None:
    assert names(GOA).get(name) == label


def test_a_hospital_in_a_town_is_two_names() -> None:
    found = names(
        "Patients from the community's nursing station who need ongoing care were taken to "
        "Weeneebayko General Hospital in Moose Factory."
    )
    assert found.get("Weeneebayko General Hospital") == "ORG"
    assert found.get("Moose Factory") == "LOC"


def test_a_body_named_for_something_in_a_place_is_not_split() -> None:
    """From `tests/data/realnews/en_unseen6/` (written for the project, MIT)."""
    found = names(
        "It surfaced in Zurich in 1977 and spent the next 47 years in a bank vault, until it "
        "was returned to Morgenstern's heirs last year after a claim brought with the help "
        "of the Commission for Looted Art in Europe."
    )
    assert found.get("Commission for Looted Art in Europe") == "ORG"
    assert "Europe" not in found


def test_the_platform_x() -> None:
    """From `tests/data/realnews/en_unseen10/cnn_turkiye_earthquake.txt` (MIT)."""
    found = names(
        "The country's president said in a post on X that the state would rebuild every "
        "home that was lost."
    )
    assert found.get("X") == "ORG"
    assert "X" not in names("Voters put an X on the ballot paper next to one name.")


def test_a_convention_named_on_its_subject_is_a_thing() -> None:
    """From the English stories in `tests/data/realnews/` (MIT)."""
    found = names(
        "German Chancellor Matthias Kessler said Berlin was open to the plan in principle but "
        'wanted "hard guarantees" that people sent to the hubs would be treated in line with '
        "the European Convention on Human Rights."
    )
    assert found.get("European Convention on Human Rights") == "MISC"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "MILAN, Nov 20 (Reuters) - Shareholders in Banca Alpina Veneta on Friday approved "
            "the merger.",
            "Banca Alpina Veneta",
        ),
        (
            "The thieves forced a ground-floor window at the Museum Mayer van den Bergh, a "
            "neo-Gothic townhouse on the Lange Gasthuisstraat near the Meir shopping street, "
            "shortly after 3am.",
            "Museum Mayer van den Bergh",
        ),
    ],
)
def test_an_organisation_s_first_word(text: str, name: str) -> None:
    """From the English stories in `tests/data/realnews/` (MIT)."""
    assert names(text).get(name) == "ORG"


def test_a_person_s_possessive_is_outside_the_name() -> None:
    """From the English stories in `tests/data/realnews/en_unseen9/` (MIT)."""
    found = names(
        "The win lifts La Real above Villarreal on goal difference and leaves Ernesto "
        "Valbuena's side seventh."
    )
    assert found.get("Ernesto Valbuena") == "PER"


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        (
            "The Alzheimer's Society said around 70,000 people in Britain could benefit.",
            "Alzheimer's Society",
            "Society",
        ),
        ("Alzheimer's Research UK welcomed the decision.", "Alzheimer's Research UK", "UK"),
    ],
)
def test_a_body_named_with_a_possessive(text: str, name: str, absent: str) -> None:
    found = names(text)
    assert found.get(name) == "ORG" and absent not in found


def test_a_possessive_of_a_name_or_a_day_is_no_part_of_the_body() -> None:
    found = names("Britain's Labour Party won, and Tuesday's Champions League tie was played.")
    assert "Britain's Labour Party" not in found
    assert not any(name.startswith("Tuesday") for name in found)


def test_an_irish_surname_keeps_its_particle() -> None:
    """From `tests/data/realnews/en_unseen10/` and `en_unseen7/` (MIT)."""
    found = names(
        "The Galway singer Saoirse Ní Fhlatharta, whose debut album sold well, played on "
        'Sunday. "They were singing every word back at me," Ní Fhlatharta said afterwards. '
        '"Seven days a week, not five," Dr Ó Riordáin said.'
    )
    assert found.get("Ní Fhlatharta") == "PER"
    assert found.get("Ó Riordáin") == "PER"
    assert "Fhlatharta" not in found and "Ní" not in found
