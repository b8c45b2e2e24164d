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
