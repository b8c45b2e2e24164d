"""What the first frame of `limelight FILE` does without: Textual before the collector is
paused, and the store (sqlite3) before the frame is on screen."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tui.app import browsing
from tui.app.launch import build_app

pytestmark = pytest.mark.anyio


def test_importing_the_launcher_loads_neither_textual_nor_the_store() -> None:
    script = (
        "import sys\n"
        "import tui.app.launch\n"
        "loaded = [m for m in ('textual', 'sqlite3', 'tui.store') if m in sys.modules]\n"
        "print(','.join(loaded))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == ""


async def test_an_article_opens_the_store_after_its_first_frame(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hand_made_analyze: Any
) -> None:
    opened: list[object] = []
    real_open = browsing.open_store

    def counting_open() -> object:
        opened.append(True)
        return real_open()

    monkeypatch.setattr(browsing, "open_store", counting_open)
    monkeypatch.setattr("tui.app.launch.open_store", counting_open)
    path = tmp_path / "note.txt"
    path.write_text("A note\n\nMaria Schmidt wrote it on Tuesday.\n", encoding="utf-8")
    app = build_app(str(path), analyze=hand_made_analyze)
    assert opened == []  # nothing of the store before the app runs
    async with app.run_test() as pilot:
        while app.session.article is None:  # the visit is recorded after the first frame
            await pilot.pause(0.05)
        assert opened == [True]
        assert app.session.store.title_of(app.session.key) == app.article.title
        while app.analysis is None:
            await pilot.pause(0.05)
        while not app.article_screen.sidebar.built:
            await pilot.pause(0.05)


def test_a_folder_still_opens_the_store_first(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "one.txt").write_text("One\n\nText.\n", encoding="utf-8")
    app = build_app(str(folder))
    assert app.session._store is not None  # the last library is remembered at once
    assert app.session.store.last_library == str(folder.absolute())
