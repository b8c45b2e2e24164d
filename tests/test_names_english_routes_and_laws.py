"""English names the model ran together or cut (session 26):

- two places joined by a dash or by "on the" are two places ("the Oceania–Europe
  service", "Colón on the Atlantic"), a historical state the index writes with a dash
  stays one ("Austria–Hungary");
- a law whose name holds words in brackets, with the year it is cited by ("the Wildlife
  (Protection) Act, 1972", "the Kerala Captive Elephants (Management and Maintenance)
  Rules, 2012", "the Visitor Levy (Scotland) Act 2024");
- a bight and a canal's locks are places ("the Great Australian Bight", "the Miraflores
  Locks").

The sentences are from `tests/data/realnews/en_unseen27/` and `en_unseen14/` (written for
the project), shortened, or written for these tests.
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
