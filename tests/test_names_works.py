"""English titles of works in quotation marks (MISC), on sentences of the English stories
`tests/data/realnews/en_unseen11/variety_tidewater_box_office.txt` and
`tests/data/realnews/en_unseen7/ap_supreme_court_methane_rule.txt` (written for the
project, MIT), and quotations that are no titles."""

from __future__ import annotations

import pytest

from tests.test_names_english_heads import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rhys, best known for the BBC series “The Lantern Men,” spent three months "
            "training on a replica tug in Malta.",
            ["The Lantern Men"],
        ),
        (
            "The film took $61 million in theaters in North America, knocking Paramount’s "
            "“Starfall Legion: Reckoning” out of first place.",
            ["Starfall Legion: Reckoning"],
        ),
        (
            "Sony Pictures released the animated adventure “The Lighthouse Keeper’s "
            "Daughter” and Neon’s Cannes prize winner “Salt Year,” both of which will have a "
            "full week in theaters.",
            ["The Lighthouse Keeper’s Daughter", "Salt Year"],
        ),
        (
            "Universal’s disaster thriller “Tidewater” opened to $61 million. Directed by "
            "Maren Holt, “Tidewater” cost about $85 million to produce.",
            ["Tidewater"],
        ),
    ],
)
def test_quoted_titles_are_works(text: str, expected: list[str]) -> None:
    found = names(text)
    for title in expected:
        assert found.get(title) == "MISC", (title, found)
    assert "Salt" not in found


def test_a_quotation_is_no_title() -> None:
    found = names(
        'The ruling is "a win for every family that pays a utility bill." The American '
        "Petroleum Institute, the industry's largest lobby, welcomed it, and the mayor "
        "said “Thank You” to the crews."
    )
    assert found.get("American Petroleum Institute") == "ORG"
    assert "Thank You" not in found


def test_a_law_or_a_treaty_runs_on_past_a_small_word() -> None:
    """Stories of tests/data/realnews/en_unseen2 and en_unseen17 (written for the
    project): the trained ner cuts these names at "in" and "on"."""
    found = names(
        "A panel of the 5th U.S. Circuit Court of Appeals said the Protecting Minors in App "
        "Stores Act, which had been due to take effect on Aug. 1, was too broad. The US is "
        "not a party to the UN Convention on the Law of the Sea, which created the ISA."
    )
    assert found.get("Protecting Minors in App Stores Act") == "MISC", found
    assert found.get("UN Convention on the Law of the Sea") == "MISC", found
    assert "Protecting Minors" not in found and "Law of the Sea" not in found
    # a first name is no law: "Bill" before a surname
    found = names("Apple on Monday Bill Clinton said the deal was fair.")
    assert found.get("Bill Clinton") == "PER", found
    assert not any(name.startswith("Apple ") for name in found), found


def test_a_title_in_other_languages_words_and_one_its_kind_follows() -> None:
    """ "Bahay ni Lola" (Tagalog "ni"), typed by "film" before it; "Dalan Pauli," typed by
    "a Cebuano-language drama" after it (a story written for the project, MIT)."""
    from tests.test_names_english_heads import names as english_names

    found = english_names(
        'The family horror film "Bahay ni Lola" has taken the lead at the box office. '
        'The surprise of this edition has been "Dalan Pauli," a Cebuano-language drama '
        "made for less than P15 million."
    )
    assert found.get("Bahay ni Lola") == "MISC"
    assert found.get("Dalan Pauli") == "MISC"
