"""English people the model took for bodies, and places it took for people: a first name
alone for a person the article named in full ("Chutima told reporters" after "Chutima
Wongsawat"), a name with an age or a role after a comma ("Ramesh Chand Nishad, 58,",
"Suphachai Rattanakorn, vice-chairman of …"), a surname two people of the article share
("Lagat"); no person right after "the" ("the Amu Darya"); a river named by its word first
("River Main"); a theatre, a venue; a remit run into the person after it, a body and its
part ("University of Iceland's Institute of …"), an acronym in brackets as what it
abbreviates, a law named by what it is on; a dateline in capitals ("RIO DE JANEIRO"), a ministry
before the city it sits in, a company named without its legal form ("Barrick Niugini"
beside "Barrick Niugini Limited"), a national court; a law with a word in brackets ("the
Wildlife (Protection) Act, 1972"), languages listed after "in", "an Italian who"; a name in
Chinese script in brackets after the name it writes ("Tu Chia-hsin (杜家欣)"); a state's
abbreviation after a town ("Kenora, Ont.").

The sentences are from stories written for the project (`tests/data/realnews/en*/`, MIT),
as written.
"""

from __future__ import annotations

import pytest

from tests.test_names_english_heads import names
from tests.test_names_german import assert_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plant is scheduled to start production in 2028, said Chutima Wongsawat, "
            "secretary-general of the BOI.\n\n"
            '"We do not want only assembly here," Chutima told reporters after the meeting.',
            {"Chutima Wongsawat": "PER", "Chutima": "PER"},
        ),
        (
            "In Chilla Khadar, where farmers grow vegetables on leased plots, Ramesh Chand "
            "Nishad, 58, said his family had cultivated the same land for three generations. "
            '"If they take the land, where will we go?" Nishad said.',
            {"Ramesh Chand Nishad": "PER", "Nishad": "PER"},
        ),
        (
            "Industry groups welcomed the approval. Suphachai Rattanakorn, vice-chairman of "
            "the Federation of Thai Industries (FTI), said about 300 small suppliers had "
            'closed.\n\n"New battery plants help," Suphachai said.',
            {"Suphachai Rattanakorn": "PER", "Suphachai": "PER"},
        ),
        (
            "Dominic Lagat and Sharon Jeptanui completed a Kenyan double at the Frankfurt "
            "Marathon on Sunday, with Lagat breaking the course record. His elder brother, "
            "Hillary Lagat, said the family had slaughtered a goat to celebrate. Lagat is "
            "expected back in Kapsabet next week.",
            {"Dominic Lagat": "PER", "Hillary Lagat": "PER", "Lagat": "PER"},
        ),
    ],
)
def test_people_the_article_names_in_full_or_by_age_and_role(
    text: str, expected: dict[str, str]
) -> None:
    assert_names(names(text), expected, set())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The 285-kilometer canal draws water from the Amu Darya in Balkh's Kaldar "
            "district and is planned to irrigate about 550,000 hectares of dry land.",
            "Amu Darya",
        ),
        (
            "MacInnis, a Brandon product who played four seasons with the Brandon Wheat Kings "
            "of the Western Hockey League (WHL), cut the lead in half on a power play.",
            "Brandon Wheat Kings",
        ),
    ],
)
def test_a_name_after_the_is_no_person(text: str, name: str) -> None:
    found = names(text)
    assert found.get(name) not in ("PER", None), (name, found)


def test_a_river_named_by_its_word_first_is_a_place() -> None:
    found = names(
        "The runners followed the banks of the River Main and crossed the finish line "
        "inside the Festhalle."
    )
    assert found.get("River Main") == "LOC"


def test_a_theatre_is_a_venue() -> None:
    found = names(
        "The awards night, the Gabi ng Parangal, will be held at the Newport Performing Arts "
        "Theater in Pasay City on Saturday."
    )
    assert found.get("Newport Performing Arts Theater") == "LOC", found


def test_a_dateline_in_capitals_and_a_ministry_in_its_city() -> None:
    found = names(
        "RIO DE JANEIRO, BRAZIL – Health clinics across Rio de Janeiro began giving the "
        "single-dose dengue vaccine.\n\nThe Ministry of Health in Brasília added the vaccine "
        "to the Unified Health System (SUS) in December."
    )
    assert found.get("RIO DE JANEIRO") == "LOC", found
    assert found.get("Ministry of Health") == "ORG", found
    assert found.get("Brasília") == "LOC", found
    assert "Ministry of Health in Brasília" not in found


def test_a_company_without_its_legal_form_and_a_national_court() -> None:
    found = names(
        "Landowners from the lease area of the Porgera gold mine in Enga have given the "
        "national government and Barrick Niugini Limited (BNL) 14 days to explain how the "
        "first royalty payments will be shared. The mine is owned by Kumul Minerals "
        'Holdings and Barrick Niugini. "It will be paid as soon as the National Court has '
        'ruled," Mr Yaki said in Port Moresby. He also asked the Department of Treasury '
        "to publish how much had reached Kumul Minerals. Barrick Niugini said it respected "
        "the landowners' right to raise concerns."
    )
    assert found.get("Barrick Niugini") == "ORG", found
    assert found.get("Kumul Minerals") == "ORG", found
    assert found.get("National Court") == "ORG", found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            # a body and its part, two names
            "Katrín Björnsdóttir, a volcanologist at the University of Iceland's Institute of "
            "Earth Sciences, said the eruptions on the peninsula could continue for years.",
            {"University of Iceland": "ORG", "Institute of Earth Sciences": "ORG"},
            {"University of Iceland's Institute of Earth Sciences"},
        ),
        (
            # a remit the model ran into the person after it
            "Minister of Water and Irrigation Raed Khasawneh told a press conference at the "
            "Prime Ministry that lenders had committed about $1.1 billion. Khasawneh said "
            'Jordan now has less than 70 cubic metres per person a year. "It is a question of '
            'whether our children will have water to drink," Khasawneh said.',
            {"Raed Khasawneh": "PER", "Khasawneh": "PER"},
            {"Water and Irrigation Raed Khasawneh"},
        ),
        (
            # an acronym in brackets is what it abbreviates, a place if that is one
            "Techo International Airport (TIA) in Kandal province handled 5.2 million "
            "passengers. Sreyneang said about a third of foreign visitors now entered through "
            "TIA, while most of the rest came overland. TIA opened last year.",
            {"Techo International Airport": "LOC", "TIA": "LOC"},
            set(),
        ),
        (
            # a law named by what it is on
            "The state gives subsidies, and a revised Act on the Promotion of Information "
            "Processing, passed by the Diet last year, allows the state to take equity in the "
            "company.",
            {"Act on the Promotion of Information Processing": "MISC"},
            {"Act", "Promotion of Information Processing"},
        ),
    ],
)
def test_names_the_model_ran_together_or_apart(
    text: str, expected: dict[str, str], absent: set[str]
) -> None:
    assert_names(names(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It also said the authority had breached the 1986 Environment (Protection) Act by "
            "failing to consult the state forest department.",
            {"Environment (Protection) Act": "MISC"},
        ),
        (
            "He cited the Wildlife (Protection) Act, 1972 and guidelines issued by the Animal "
            "Welfare Board of India (AWBI) on captive elephants.",
            {"Wildlife (Protection) Act, 1972": "MISC"},
        ),
        (
            "The Gion Minamigawa area has put up signs in English, Chinese and Korean warning "
            "that photographs on private streets are banned.",
            {"English": "MISC", "Chinese": "MISC"},
        ),
        (
            "said Jeptanui, who is coached by Renato Galli, an Italian who has lived in Kenya "
            "for 15 years.",
            {"Italian": "MISC", "Renato Galli": "PER"},
        ),
    ],
)
def test_laws_with_a_word_in_brackets_languages_listed_and_a_people_s_noun(
    text: str, expected: dict[str, str]
) -> None:
    assert_names(names(text), expected, set())


def test_a_name_in_chinese_script_in_brackets_is_the_name_before_it() -> None:
    found = names(
        "Nationalist Party (KMT) Legislator Tu Chia-hsin (杜家欣) said the Urban Resilience "
        "exercises showed gaps in the shelters."
    )
    assert found.get("Tu Chia-hsin") == "PER", found
    assert found.get("杜家欣") == "PER", found


def test_a_state_abbreviation_after_a_town_is_the_state_full_stop_and_all() -> None:
    found = names(
        "Ashdown, a Kenora, Ont., native, has five goals in his last six games. St-Onge "
        "grew up in Trois-Rivières, Que., and was acquired from the Montreal Canadiens."
    )
    assert_names(found, {"Kenora": "LOC", "Ont.": "LOC", "Que.": "LOC"}, {"Ont", "Que"})
