"""English names typed by the words they end in or hold: a court, a county, an island,
an infirmary after its town, a company's officer."""

from __future__ import annotations

import pytest

from tui.analysis.analyzer import analyze
from tui.article.loader import parse_text


def names(text: str) -> dict[str, str]:
    result = analyze(parse_text("Report\n\n" + text, lang="en"), use_cache=False)
    return {m.text: e.label for e in result.entities for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "The actor appeared at Los Angeles County Superior Court on Monday. "
            "Prosecutors in Los Angeles County said the case would go to trial.",
            "Los Angeles County Superior Court",
            "ORG",
        ),
        (
            "The actor appeared at Los Angeles County Superior Court on Monday. "
            "Prosecutors in Los Angeles County said the case would go to trial.",
            "Los Angeles County",
            "LOC",
        ),
        (
            "Flooding cut off roads on James Island overnight, officials said.",
            "James Island",
            "LOC",
        ),
        (
            "Two guards were taken to Leeds General Infirmary with minor injuries.",
            "Leeds General Infirmary",
            "ORG",
        ),
    ],
)
def test_the_last_word_says_what_a_name_is(text: str, name: str, label: str) -> None:
    assert names(text).get(name) == label


def test_a_company_and_its_officer_are_two_names() -> None:
    found = names(
        "Shares in the Danish drugmaker rose 4%. Halvora Chief Executive Mette Kjærgaard "
        "said the approval was a milestone."
    )
    assert found.get("Mette Kjærgaard") == "PER"
    assert not any("Chief Executive" in name for name in found)
