"""A person named after a role, and a person the model cut in two.

English sentences are from the project's own held-out stories (`tests/data/realnews/`,
MIT); the German one is from German Wikinews (https://de.wikinews.org/, CC BY 2.5),
article 314 of `../shared/data/articles/de_wikinews/`.
"""

from __future__ import annotations

import pytest

from tests.test_names_english_heads import names as english
from tests.test_names_german import names as german


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "It would end six years of ownership by Genoese shipping magnate Giacomo "
            "Lanfranco, whose company Lanfranco Navigazione owns the club.",
            "Giacomo Lanfranco",
        ),
        (
            "Associated Press writer Teresa Cabading in Manila contributed to this report.",
            "Teresa Cabading",
        ),
    ],
)
def test_a_name_after_a_role_is_a_person(text: str, person: str) -> None:
    assert english(text).get(person) == "PER"


def test_a_first_name_and_a_surname_the_model_left_apart() -> None:
    found = english("Referee Raúl Mendizábal Ortiz pointed to the spot after a VAR check.")
    assert found.get("Raúl Mendizábal Ortiz") == "PER"
    found = english("Finance Minister Luiz Otavio Prado told reporters in Brasilia.")
    assert found.get("Luiz Otavio Prado") == "PER" and "Prado" not in found


def test_a_word_before_a_person_is_no_first_name() -> None:
    found = english(
        "The Glasgow singer-songwriter Isla Kinnear has won the Mercury prize for Salt and "
        "Static, a debut album she recorded in a converted church hall on the Isle of Bute."
    )
    assert not any(name.startswith("The") for name in found), found
    found = german(
        "Nordkoreas Staatsmedien teilten umgehend mit, dass sein Sohn Kim Jong-un sein "
        "Nachfolger werde."
    )
    assert "Sohn Kim Jong-un" not in found


def test_a_german_role_before_a_name() -> None:
    found = german(
        "Alan García, der vor der Stichwahl um das Amt des peruanischen Präsidenten "
        "offen den Kandidaten Ollanta Humala unterstützt hatte, äußerte sich."
    )
    assert found.get("Ollanta Humala") == "PER"


def test_a_first_name_and_an_unknown_surname_after_a_body_s_possessive() -> None:
    found = english(
        "McLaren's Lucas Tavares held off a late charge from Ferrari's Matteo Ricci to win "
        "the Singapore Grand Prix."
    )
    assert found.get("Matteo Ricci") == "PER"
    found = english(
        "Tunde Adeyemi-Bakare, a former banker, polled 412,306 votes against 371,945 for "
        "the APC's Folasade Ogunleye."
    )
    assert found.get("Folasade Ogunleye") == "PER"


def test_a_lower_case_role_and_a_comma_before_a_name() -> None:
    found = english(
        "The European Union's climate commissioner, Henrik Vestergaard, said Brussels was "
        "willing to go further."
    )
    assert found.get("Henrik Vestergaard") == "PER"


def test_a_body_s_noun_before_a_name_makes_it_a_body() -> None:
    found = english(
        "About 4,000 clients have joined a group claim against Paysmith brought by the law "
        "firm Hallam Pryor. Niamh Corcoran of the passenger group Transport Focus said "
        "commuters were paying more."
    )
    assert found.get("Hallam Pryor") == "ORG"
    assert found.get("Transport Focus") == "ORG"
    assert found.get("Niamh Corcoran") == "PER"
    assert english("Shares of the company Jeff Bezos founded fell.").get("Jeff Bezos") == "PER"


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    from tui.analysis.analyzer import analyze
    from tui.article.loader import parse_text

    result = analyze(parse_text("Report\n\n" + text, lang="en"), use_cache=False)
    return [(f.role or "", f.organisation, f.person) for f in result.facts if f.kind == "role"]


def test_a_minister_s_field_and_a_council_s_head_are_roles_not_bodies() -> None:
    text = (
        "Dropped from cabinet were Public Safety Minister Raymond Boisvert and Veterans "
        "Affairs Minister Karen Oduya, both of whom have said they will not run again.\n\n"
        "Chief Minister Pranab Kalita of the Bharatiya Janata Party (BJP) visited relief camps "
        "in Morigaon district on Sunday.\n\n"
        '"Ministers come and go," said Grand Chief Darlene Metatawabin of Nishnawbe Aski '
        "Nation (NAN), which represents 49 First Nations across northern Ontario."
    )
    roles = _roles(text)
    assert ("Public Safety Minister", None, "Raymond Boisvert") in roles, roles
    assert ("chief minister", "Bharatiya Janata Party", "Pranab Kalita") in roles, roles
    assert ("grand chief", "Nishnawbe Aski Nation", "Darlene Metatawabin") in roles, roles
    found = english(text)
    assert not {"Public", "Veterans", "Chief", "Grand"} & set(found), found
