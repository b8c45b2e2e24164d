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


def test_library_screen(snap_compare, tmp_path, hand_made_analyze) -> None:
    """`limelight DIR`: the samples listed with title, date, language and size, sorted by date."""
    import shutil
    from pathlib import Path

    from tui.app.library_screen import LibraryScreen

    samples = Path(__file__).resolve().parent.parent / "samples"
    for name in ("bahn-ausbau.de.md", "chip-plant.en.txt", "microsoft-openai.de.txt"):
        shutil.copy(samples / name, tmp_path / name)
    library = LibraryScreen(tmp_path)
    library.heading = "samples"  # not the temporary folder's name: the shot must not change
    app = ReaderApp(start=library, analyze=hand_made_analyze)

    async def run_before(pilot: Pilot[int]) -> None:
        for _ in range(200):
            if library.peeked == len(library.items):
                break
            await pilot.pause(0.02)
        await pilot.press("ctrl+s", "ctrl+s")  # title, then date (newest first)
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 24), run_before=run_before)
