"""The status line at 80 × 24: the count of search matches and the entity i/n stay
readable however long the message, the section title or the entity's name (issue 16)."""

from __future__ import annotations

import pytest

from tui.app import ReaderApp, precomputed
from tui.app.status_line import fit

pytestmark = pytest.mark.anyio


def shown(app: ReaderApp) -> str:
    """The status line as the terminal shows it."""
    return app.status.render_line(0).text


def test_fit_keeps_the_count() -> None:
    text = "Search wrapped to the top: Match 3/12 for “Oracle Corporation”"
    assert fit(text, 80) == text
    assert "Match 3/12" in fit(text, 34) and len(fit(text, 34)) <= 34
    assert fit(text, 14).startswith("Match 3/12")
    assert "Entity 4/40" in fit("Entity 4/40 Bundesministerium für Wirtschaft (2/9)", 20)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_search_count_readable_when_wrapped(seed_article, seed_analysis, size) -> None:
    app = ReaderApp(seed_article, analyze=precomputed(seed_analysis))
    async with app.run_test(size=size) as pilot:
        for _ in range(200):
            if app.analysis is not None:
                break
            await pilot.pause(0.02)
        await pilot.press("slash", *"Oracle", "enter")
        assert "Match 1/2" in shown(app)
        await pilot.press("n", "n")  # past the last: wraps to the top
        await pilot.pause()
        line = shown(app)
        assert "wrapped" in app.status.plain and "Match 1/2" in line, line
        assert len(line.rstrip()) <= size[0]


async def test_entity_count_readable_with_a_long_section(seed_article, seed_analysis) -> None:
    app = ReaderApp(seed_article, analyze=precomputed(seed_analysis))
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(200):
            if app.analysis is not None:
                break
            await pilot.pause(0.02)
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        app.status.section = "Section 3/9 " + "Ein sehr langer Abschnittstitel " * 3
        await pilot.pause()
        line = shown(app)
        n = len(app.mentions)
        assert f"Entity 2/{n}" in line, line
