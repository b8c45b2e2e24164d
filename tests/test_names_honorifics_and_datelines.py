"""English names from the marks news puts around them: honorifics of Malaysia, Brunei and
the Gulf ("Datuk", "Tan Sri", "Ir", "Eng") and a senior counsel's "SC" are no part of the
name; a paragraph that opens with a town in capitals and a date is a dateline, whether or
not a list knows the town; a match score is no part of a club's name; a plural for a kind of body before a list
types its names ("the retailers Shoprite and Woolworths", "companies such as …, Sibanye-
Stillwater and Exxaro"), as a body's kind in apposition does ("Embrapa, the state-owned
agricultural research corporation,"), and "peoples" after names makes them peoples.

The sentences are from the stories of `tests/data/realnews/en_unseen24/` (written for the
project, MIT) or written for these tests in their manner.
"""

from __future__ import annotations

from tests.test_names_english_heads import names as english


def test_malaysian_and_gulf_honorifics_stay_outside_the_name() -> None:
    found = english(
        "The trials were opened by state transport minister Datuk Lina Ngau and Tan Sri "
        "Rahman Daud. Ir Hafiz Bujang, the chief engineer, said the line was ready. "
        "Eng Salim bin Ahmed al Mashani said the cubs were healthy."
    )
    assert found.get("Lina Ngau") == "PER", found
    assert found.get("Rahman Daud") == "PER", found
    assert found.get("Hafiz Bujang") == "PER", found
    assert found.get("Salim bin Ahmed al Mashani") == "PER", found
    assert not any(k.startswith(("Datuk", "Tan Sri", "Ir ", "Eng ")) for k in found), found


def test_senior_counsel_is_no_part_of_the_name() -> None:
    found = english(
        "Escarpment Living's barrister, Tobias Kwan SC, told the hearing in March that the "
        "buildings would be painted in greys. Hamburger SC won the match."
    )
    assert found.get("Tobias Kwan") == "PER", found
    assert "Tobias Kwan SC" not in found, found


def test_a_dateline_town_in_capitals_is_a_place() -> None:
    found = english(
        "Leopards return to the mountains\n\nSALALAH, Nov 11 - Camera traps set up by the "
        "Environment Authority in the mountains of Dhofar have photographed a leopard.\n"
    )
    assert found.get("SALALAH") == "LOC", found


def test_a_score_is_no_part_of_a_club() -> None:
    found = english(
        "Rabat - Raja Casablanca kept their hopes of a first league title in five years "
        "alive on Sunday night, coming from behind to beat leaders AS FAR 2-1 at the "
        "Prince Moulay El Hassan Stadium thanks to a late header. AS FAR, the army club "
        "from the capital, took the lead in the 27th minute."
    )
    assert "AS FAR 2-1" not in found, found
    assert "AS FAR" in found, found


def test_a_kind_of_body_before_a_list_or_in_apposition() -> None:
    found = english(
        "Mining companies such as Anglo American Platinum, Sibanye-Stillwater and Exxaro "
        "have signed long-term supply deals with private generators, as have the retailers "
        "Shoprite and Woolworths. Researchers at Embrapa, the state-owned agricultural "
        'research corporation, have warned of rising temperatures. "We doubt it will block '
        'the deal," said Tom Hargreaves, a consumer analyst at the bank.'
    )
    for name in ("Sibanye-Stillwater", "Exxaro", "Shoprite", "Woolworths", "Embrapa"):
        assert found.get(name) == "ORG", (name, found)
    assert "Sibanye-Stillwater and Exxaro" not in found, found
    assert found.get("Tom Hargreaves") == "PER", found


def test_a_people_named_by_the_noun_after_it() -> None:
    found = english(
        "Representatives of the Gundungurra and Darug peoples had also told the court the "
        'escarpment held cultural significance. "Ten years ago, a Pacific fund run by '
        'Pacific people was a dream," she said.'
    )
    assert found.get("Gundungurra") == "MISC", found
    assert found.get("Darug") == "MISC", found
    assert found.get("Pacific") != "MISC", found
