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


PAGE = b"""<html><head><title>Council agrees budget</title></head><body><article>
<h1>Council agrees budget</h1>
<p>Maria Schmidt, the council leader, said the budget for 2026 was agreed on Monday
after a long debate in the chamber, and that the libraries would stay open.</p>
<p>The opposition leader Paul Weber said the plan was fair but came too late.</p>
</article></body></html>"""


@pytest.fixture
def page_server() -> Iterator[str]:
    """One article page on 127.0.0.1, as a feed entry links to it."""
    import http.server
    import threading

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/story.html"
    finally:
        httpd.shutdown()


def test_a_feed_entrys_page_is_fetched_and_analysed_ahead(page_server: str) -> None:
    """The entries list asks for the page behind each entry's link: the worker fetches it
    through the reader's cache and analyses it, so opening the entry finds it done."""
    from tui.app.feeds_screen import EntriesScreen, EntryItem
    from tui.article.loader import open_url
    from tui.store.feeds import StoredEntry

    def entry(link: str) -> EntryItem:
        stored = StoredEntry(1, 1, "Feed", link, "Story", None, "", "", "", False, 0.0)
        return EntryItem(stored, read=False)

    screen = EntriesScreen.__new__(EntriesScreen)  # prefetch_path needs no mounted screen
    assert screen.prefetch_path(entry(page_server)) == page_server
    assert screen.prefetch_path(entry("file:///etc/passwd")) is None
    client = ProcessClient(analyze="worker_fake:analyze")
    try:
        client.prefetch([page_server], lang="en")
        deadline = time.monotonic() + 60
        while page_server not in client.prefetched and time.monotonic() < deadline:
            time.sleep(0.05)
        assert client.prefetched.get(page_server) == ""
        article = open_url(page_server, lang="en")
        assert client.cached(article) is not None  # the reader opens it with highlights
    finally:
        client.close()
