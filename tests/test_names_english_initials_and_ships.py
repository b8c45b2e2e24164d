"""English names the model cut short or ran together: a dotted acronym in brackets and a
street's abbreviation keep their full stop ("(S.P.A.)", "Ontario St."), a ship set off
by commas after its noun ("The vessel, the Sea Marigold,"), a newspaper by its head
word, two companies joined by "and", initials and a surname ("K.G. Premadasa"), waters
"of" a place, and the two-word form of a person named in full once, which stays one.

The sentences are from stories written for the project (`tests/data/realnews/en*/`, MIT),
as written.
"""

from __future__ import annotations

import pytest

from tests.test_names_english_heads import names
from tests.test_names_german import assert_names


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Hundreds of people, some waving flags and others singing hymns, gathered at the "
            "Matautu wharf as the 65-metre vessel was guided in by two tugboats of the Samoa "
            "Ports Authority (S.P.A.). Church ministers from the Congregational Christian "
            "Church Samoa and the Methodist Church blessed the ship before the crew came ashore.",
            {"Samoa Ports Authority": "ORG", "S.P.A.": "ORG"},
            {"S.P.A"},
        ),
        (
            "The Association des commerçants de Hochelaga-Maisonneuve said restaurants along "
            "Ontario St. and Ste-Catherine St. lost customers when events moved to the Bell "
            "Centre and to Parc Jean-Drapeau.",
            {"Ontario St.": "LOC", "Ste-Catherine St.": "LOC"},
            {"Ontario St", "Ste-Catherine St"},
        ),
        (
            "The vessel, the Sea Marigold, entered the 14.3-kilometre approach channel from the "
            "Bay of Bengal at around 10am and was tied up at the multipurpose berth two hours "
            "later, the Chattogram Port Authority (CPA) said.",
            {"Sea Marigold": "MISC", "Bay of Bengal": "LOC"},
            set(),
        ),
        (
            "The S.S.C. said the ferry's crew of 22 had been trained in Vietnam and in Fiji, and "
            "that the ship would sail to Salelologa on Saturday for trial runs. A smaller boat, "
            "the Manono Star, will continue to serve the islands of Manono and Apolima.",
            {"Manono Star": "MISC", "S.S.C.": "ORG"},
            set(),
        ),
        (
            "The port is being built with loans from the Japan International Cooperation "
            "Agency (JICA) next to the coal-fired Matarbari power plant, whose channel and "
            "breakwater form the core of the harbour. Japanese firms Penta-Ocean Construction "
            "and TOA Corporation are building the container terminal.",
            {"Penta-Ocean Construction": "ORG", "TOA Corporation": "ORG"},
            {"Penta-Ocean Construction and TOA Corporation"},
        ),
        (
            "JOHOR BAHRU, Oct 14 — The Rapid Transit System Link (RTS Link) between Johor "
            "Bahru and Singapore carried its first invited passengers across the Straits of "
            "Johor today.",
            {"Straits of Johor": "LOC"},
            set(),
        ),
    ],
)
def test_stops_ships_companies_and_waters(
    text: str, expected: dict[str, str], absent: set[str]
) -> None:
    assert_names(names(text), expected, absent)


def test_initials_and_a_surname_are_a_person_and_a_full_name_stays_whole() -> None:
    found = names(
        "General Manager of Railways H.M.K. Dissanayake told the Daily Mirror that drivers "
        "would have to keep to the new limit.\n\n"
        '"It is a price we have to pay," Mr. Dissanayake said.\n\n'
        "Now they are walking on the tracks, said farmer K.G. Premadasa.\n\n"
        '"For the first time, a ship of this size has come straight to a Bangladeshi '
        'berth," CPA Chairman Rear Admiral Mohammad Nazmul Karim told Dhaka Tribune.\n\n'
        "Nazmul Karim said a road link from the port to the national highway at Chakaria "
        "would open next year."
    )
    assert_names(
        found,
        {
            "H.M.K. Dissanayake": "PER",
            "K.G. Premadasa": "PER",
            "Mohammad Nazmul Karim": "PER",
            "Nazmul Karim": "PER",
            "Dhaka Tribune": "ORG",
        },
        {"Railways H.M.K. Dissanayake", "Nazmul", "Karim"},
    )


def test_initials_inside_a_company_s_name_are_no_person() -> None:
    found = names(
        "Hudong-Zhonghua Shipbuilding, a CSSC unit in Shanghai, won orders for 12 LNG "
        "carriers last year. Japan's Mitsui O.S.K. Lines placed part of its latest order "
        "with the Chinese yard in February."
    )
    assert found.get("O.S.K. Lines") != "PER", found


def test_a_country_cldr_writes_with_an_ampersand_is_known_with_and() -> None:
    from tui.analysis.names import load_index

    index = load_index()
    for name in ("Trinidad and Tobago", "Bosnia and Herzegovina", "Saint Kitts and Nevis"):
        entry = index.find(name, german=False)
        assert entry is not None and entry.label == "LOC", name


def test_a_country_named_with_and_stays_a_country() -> None:
    found = names(
        "A plant next to the power station will separate cooking gas and other liquids from "
        "the stream, which the Ministry of Natural Resources says could end Guyana's imports "
        "of liquefied petroleum gas from Trinidad and Tobago."
    )
    assert found.get("Trinidad and Tobago") == "LOC", found


def test_state_companies_and_a_shipyard_are_organisations() -> None:
    found = names(
        "The plant, with two reactors of about 1,200 megawatts each, will be built by a "
        "consortium led by Rosatom, Russia's state nuclear corporation. The ferry was built "
        "by Damen Shipyards at its yard in Haiphong."
    )
    assert_names(found, {"Rosatom": "ORG", "Damen Shipyards": "ORG", "Haiphong": "LOC"}, set())


def test_a_people_s_word_before_a_finite_verb_names_the_people() -> None:
    found = names(
        '"We are glad the lights will come on, but Guyanese deserve to know what they paid '
        'for," she told Stabroek News.\n\n'
        '"The Swiss have once again shown a great deal of common sense," Imhof said. Swiss '
        "voters rejected the initiative."
    )
    assert_names(found, {"Guyanese": "MISC", "Swiss": "MISC", "Stabroek News": "ORG"}, set())
    assert "Swiss voters" not in found, found


def test_an_acronym_in_brackets_takes_its_name_s_label() -> None:
    found = names(
        "State executive councillor for public works and transport Mohd Fazli Rahman said the "
        "line was central to the Johor-Singapore Special Economic Zone (JS-SEZ), which covers "
        "Iskandar Puteri, Pasir Gudang, Kulai and Forest City, among other areas.\n\n"
        "The RTS Link will connect with Singapore's Thomson-East Coast Line (TEL) at Woodlands "
        "North, where the LTA said the two stations would share a concourse."
    )
    assert found.get("JS-SEZ") == found.get("Johor-Singapore Special Economic Zone"), found
    assert found.get("TEL") == found.get("Thomson-East Coast Line") == "LOC", found


def test_a_nickname_with_a_capital_at_a_sentence_s_end_leaves_the_stop() -> None:
    found = names(
        "Work on the Olympic Stadium will close the Big O. Crews will replace the roof by 2027."
    )
    assert "Big O." not in found, found


def test_a_sentence_s_first_word_before_a_listed_party_is_not_its_name() -> None:
    found = names(
        "The council praised the stewards.\n\n"
        "Local Fianna Fáil TD Declan Fitzharris said the emergency services and stewards had "
        '"done the county proud".'
    )
    assert_names(found, {"Fianna Fáil": "ORG", "Declan Fitzharris": "PER"}, {"Local Fianna Fáil"})
