"""Screenshots of the reader on the seed at 120x40 (pytest-textual-snapshot).

Deterministic: the hand-made analysis is precomputed, workers are awaited before the
shot, and no input with a blinking cursor has focus. Update with `--snapshot-update`
after checking the SVGs by eye.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from textual.pilot import Pilot

from tui.app import ReaderApp, precomputed

SIZE = (120, 40)


def settle(*keys: str, theme: str | None = None) -> Callable[[Pilot[int]], Awaitable[None]]:
    async def run_before(pilot: Pilot[int]) -> None:
        app = pilot.app
        if theme:
            app.theme = theme
        await app.workers.wait_for_complete()
        await pilot.pause()
        if keys:
            await pilot.press(*keys)
        await app.workers.wait_for_complete()
        await pilot.pause()

    return run_before


@pytest.fixture
def app(seed_article, seed_analysis) -> ReaderApp:
    return ReaderApp(seed_article, analyze=precomputed(seed_analysis))


def test_main_screen(snap_compare, app) -> None:
    keys = ("right_square_bracket",) * 3  # focus on the third mention: OpenAI in the title
    assert snap_compare(app, terminal_size=SIZE, run_before=settle(*keys))


def test_main_screen_light_theme(snap_compare, app) -> None:
    keys = ("right_curly_bracket", "right_square_bracket")
    assert snap_compare(app, terminal_size=SIZE, run_before=settle(*keys, theme="textual-light"))


def test_help_screen(snap_compare, app) -> None:
    assert snap_compare(app, terminal_size=SIZE, run_before=settle("question_mark"))


@pytest.mark.parametrize("key", ["2", "3", "4", "5"])
def test_sidebar_tabs(snap_compare, app, key: str) -> None:
    """Facts, Dates, Sources, Outline (Entities is on the main screen)."""
    assert snap_compare(app, terminal_size=SIZE, run_before=settle(key))


def test_search_results(snap_compare, app) -> None:
    keys = ("slash", *"Oracle", "enter", "n")
    assert snap_compare(app, terminal_size=SIZE, run_before=settle(*keys))


def test_small_terminal(snap_compare, app) -> None:
    assert snap_compare(app, terminal_size=(80, 24), run_before=settle("right_curly_bracket"))
