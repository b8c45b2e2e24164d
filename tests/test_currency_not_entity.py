"""A currency named as such ("der Dollar stieg") is no entity; a region that shares a
currency's name ("in Franken") still is."""

from __future__ import annotations

import pytest

from tui.analysis import analyze
from tui.article import parse_text


@pytest.mark.slow
def test_currency_after_a_determiner_is_no_entity() -> None:
    article = parse_text(
        "Zinsen\n\nDie Aktienmärkte reagierten kühl, der Dollar stieg. In Franken regnete es. "
        "Der Euro fiel.",
        lang="de",
    )
    names = {e.name: e.label for e in analyze(article, use_cache=False).entities}
    assert "Dollar" not in names and "Euro" not in names
    assert names.get("Franken") == "LOC"
