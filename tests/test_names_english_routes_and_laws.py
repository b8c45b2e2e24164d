"""English names the model ran together or cut (session 26):

- two places joined by a dash or by "on the" are two places ("the Oceania–Europe
  service", "Colón on the Atlantic"), a historical state the index writes with a dash
  stays one ("Austria–Hungary");
- a law whose name holds words in brackets, with the year it is cited by ("the Wildlife
  (Protection) Act, 1972", "the Kerala Captive Elephants (Management and Maintenance)
  Rules, 2012", "the Visitor Levy (Scotland) Act 2024");
- a bight and a canal's locks are places ("the Great Australian Bight", "the Miraflores
  Locks"), and so is a saint's bay ("St Ouen's Bay");
- the index knows heritage bodies and the Channel Islands' parliaments ("Jersey
  Heritage", "the States Assembly") and Japan's rugby clubs ("the Mie Honda Heat");
- a body's possessive before its part gives two bodies ("the National Assembly's
  Committee on Delegated Legislation"), a field of study after "in" ends a body's name
  ("Centre for Collaborative Research in Tropical Medicine"), a law keeps the year it is
  cited by after a comma ("the Data Protection Act, 2019"), a firth is a place.

The sentences are from `tests/data/realnews/en_unseen27/`, `en_unseen14/` and
`en_written29/` (written for the project), shortened, or written for these tests.
"""

from __future__ import annotations

from tests.test_names_english_heads import names as english


def test_places_joined_by_a_dash_or_on_the() -> None:
    found = english(
        "Ships on the Oceania–Europe service call at Colón on the Atlantic side before "
        "the transit. Austria–Hungary collapsed in 1918."
    )
    for name in ("Oceania", "Europe", "Colón", "Atlantic", "Austria–Hungary"):
        assert found.get(name) == "LOC", (name, found)
    assert "Oceania–Europe" not in found, found
    assert "Colón on the Atlantic" not in found, found


def test_laws_with_brackets_and_their_year() -> None:
    found = english(
        "The petition invoked the Wildlife (Protection) Act, 1972 and the Kerala Captive "
        "Elephants (Management and Maintenance) Rules, 2012. In Scotland the Visitor Levy "
        "(Scotland) Act 2024 applies."
    )
    for name in (
        "Wildlife (Protection) Act, 1972",
        "Kerala Captive Elephants (Management and Maintenance) Rules, 2012",
        "Visitor Levy (Scotland) Act 2024",
    ):
        assert found.get(name) == "MISC", (name, found)
    assert "Kerala Captive Elephants" not in found, found


def test_a_bight_and_locks_are_places() -> None:
    found = english(
        "The fireball fell north of the Great Australian Bight. Neopanamax ships queue at "
        "the Cocolí locks, while older ships use the Miraflores Locks."
    )
    assert found.get("Great Australian Bight") == "LOC", found
    assert found.get("Miraflores Locks") == "LOC", found


def test_a_saints_bay_heritage_bodies_and_rugby_clubs() -> None:
    found = english(
        "Engineers found that the storm had undermined the sea wall in St Ouen's Bay. "
        "Jersey Heritage and the States Assembly were told. The Kobelco Kobe Steelers "
        "beat Toyota Verblitz, while the Mie Honda Heat lost to Tokyo Sungoliath."
    )
    assert found.get("St Ouen's Bay") == "LOC", found
    assert "Bay" not in found, found
    for name in (
        "Jersey Heritage",
        "States Assembly",
        "Kobelco Kobe Steelers",
        "Toyota Verblitz",
        "Mie Honda Heat",
        "Tokyo Sungoliath",
    ):
        assert found.get(name) == "ORG", (name, found)
    body = english("The patient was taken to St Mary's Hospital in Paddington.")
    assert body.get("St Mary's Hospital") == "ORG", body


def test_a_bodys_part_a_field_after_in_and_a_cited_year() -> None:
    found = english(
        "The petition was referred to the National Assembly's Committee on Delegated "
        "Legislation. The regulations breach the Data Protection Act, 2019, the court "
        "said. Researchers at the Kumasi Centre for Collaborative Research in Tropical "
        "Medicine ran the trial, while a team at the University of Auckland's Space "
        "Institute built the camera."
    )
    assert found.get("National Assembly") == "ORG", found
    assert found.get("Committee on Delegated Legislation") == "ORG", found
    assert found.get("Data Protection Act, 2019") == "MISC", found
    assert found.get("Kumasi Centre for Collaborative Research in Tropical Medicine") == "ORG", (
        found
    )
    assert "Tropical Medicine" not in found, found
    assert found.get("University of Auckland") == "ORG", found
    place = english("The clinic opened a branch of the Centre in London last year.")
    assert place.get("London") == "LOC", place


def test_scottish_agencies_irish_clubs_and_a_firth() -> None:
    found = english(
        "The carrier will join oneworld next year. Transport Scotland agreed. The survey "
        "covers the Firth of Thames. St Patrick's Athletic beat Shamrock Rovers."
    )
    for name in ("oneworld", "Transport Scotland", "St Patrick's Athletic", "Shamrock Rovers"):
        assert found.get(name) == "ORG", (name, found)
    assert found.get("Firth of Thames") == "LOC", found


def test_a_carmakers_model_and_a_climate_conference() -> None:
    found = english(
        "At COP29 in Baku the minister arrived in a Volkswagen Golf, while Toyota Motor "
        "and BMW Motorrad showed their plans."
    )
    assert found.get("COP29") == "MISC", found
    assert found.get("Volkswagen Golf") == "MISC", found
    assert found.get("Toyota Motor") == "ORG", found


def test_streets_instruments_and_bus_operators() -> None:
    found = english(
        "Traders said they were told the Bridge Street gate was cutting trade. The "
        "satellite carries the Coastal Hyperspectral Imager (CHI). Avanti West Coast and "
        "Stagecoach run the services."
    )
    assert found.get("Bridge Street") == "LOC", found
    assert found.get("Coastal Hyperspectral Imager") == "MISC", found
    assert found.get("Avanti West Coast") == "ORG", found
    assert found.get("Stagecoach") == "ORG", found
