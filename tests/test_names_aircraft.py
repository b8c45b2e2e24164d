"""English airliner types by their codes (MISC), on sentences of the English story
`tests/data/realnews/en_unseen10/bloomberg_paris_air_show_orders.txt` (written for the
project, MIT), and numbers that are no aircraft."""

from __future__ import annotations

import pytest

from tests.test_names_english_heads import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "IndiGo, India's biggest carrier, firmed up an order for 100 A321neo narrowbodies, "
            "while Riyadh Air agreed to buy 25 A350-1000 long-haul jets.",
            ["A321neo", "A350-1000"],
        ),
        (
            "Boeing signed a deal with LOT Polish Airlines for 14 737 Max 10 jets, and said it "
            "expected further orders for its 787-9 Dreamliner later in the week.",
            ["737 Max 10", "787-9 Dreamliner"],
        ),
        (
            "The state-owned company displayed its C919 narrowbody at Le Bourget, and a "
            "European airline ordered up to 30 E195-E2 regional jets.",
            ["C919", "E195-E2"],
        ),
        ("A Boeing 747 freighter landed in Anchorage.", ["Boeing 747"]),
    ],
)
def test_types(text: str, expected: list[str]) -> None:
    found = names(text)
    for name in expected:
        assert found.get(name) == "MISC", (name, found)


def test_a_number_alone_is_no_aircraft() -> None:
    found = names("The council approved 737 new homes and 787 parking spaces.")
    assert "737" not in found and "787" not in found
