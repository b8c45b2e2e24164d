"""Which lists have the worker analyse ahead: the library (tests/test_worker.py) and the
bookmarks, whose local files are prefetched around the cursor; a bookmarked URL is not
(fetching pages the reader may never open is not the worker's to do)."""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.app.analysis_client import ProcessClient
from tui.app.bookmarks_screen import BookmarksScreen
from tui.app.reader import ReaderApp
from tui.store.state import open_store

pytestmark = pytest.mark.anyio
TESTS = Path(__file__).parent


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIMELIGHT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(TESTS), *sys.path]))


@pytest.fixture(autouse=True)
def unfrozen() -> Iterator[None]:
    """A reader with the worker process freezes its start-up objects (collection.py):
    the test process's go back to the collector afterwards."""
    yield
    gc.unfreeze()


async def test_bookmarked_files_are_analysed_ahead_urls_are_not(tmp_path: Path) -> None:
    store = open_store()
    files = []
    for i in range(3):
        path = tmp_path / f"marked-{i}.txt"
        path.write_text(f"Marked {i}\n\nMaria Schmidt spoke on Monday.\n", encoding="utf-8")
        files.append(str(path.absolute()))
    store.add_bookmark("https://example.org/story", "A web story")
    for i, key in enumerate(files):
        store.add_bookmark(key, f"Marked {i}")
    screen = BookmarksScreen(store)
    app = ReaderApp(start=screen)
    client = ProcessClient(analyze="worker_fake:analyze")
    app.article_screen.client = client
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            deadline = time.monotonic() + 30
            while not client._prefetch and time.monotonic() < deadline:
                await pilot.pause(0.05)
            asked = [path for path, _, _ in client._prefetch]
            # most recent first: the cursor's own entry, then the next ones
            assert asked == [files[2], files[1], files[0]]
            while len(client.prefetched) < 3 and time.monotonic() < deadline:
                await pilot.pause(0.05)
            assert all(client.prefetched.get(path) == "" for path in files)
    finally:
        client.close()
