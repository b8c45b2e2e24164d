"""Languages and peoples' words used as nouns in English (MISC), on sentences of the
English stories in `tests/data/realnews/` (written for the project, MIT), and the
adjectives that stay unmarked."""

from __future__ import annotations

import pytest

from tests.test_names_english_heads import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Local radio station messages were broadcast in Cree and English throughout the "
            "day, telling families when to be ready for their flight.",
            ["Cree", "English"],
        ),
        (
            "Its best-known painting, Pieter Bruegel the Elder's Dulle Griet, known in English "
            "as Mad Meg, hangs in the next room and was not touched.",
            ["English"],
        ),
        (
            "With the game heading for a draw, Carvalho, the 19-year-old Brazilian who joined "
            "from Fluminense in August, met a cross from the left at the far post.",
            ["Brazilian"],
        ),
        ('"At half-time I told the players we had nothing to lose," the Swede said.', ["Swede"]),
        ("The Argentine made four 3-pointers, three of them in the first half.", ["Argentine"]),
    ],
)
def test_nouns(text: str, expected: list[str]) -> None:
    found = names(text)
    for word in expected:
        assert found.get(word) == "MISC", (word, found)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Harbourline also owns a majority stake in Portuguese top-flight side Estoril Praia.",
            "Portuguese",
        ),
        ("He made his name in English football before moving abroad.", "English"),
        ("The Brazilian government denied the report on Monday.", "Brazilian"),
    ],
)
def test_adjectives_stay_unmarked(text: str, word: str) -> None:
    assert word not in names(text)
