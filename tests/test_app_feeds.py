"""Pilot tests of the Feeds screen: subscriptions with unread counts, a feed's entries,
reading an entry (summary first, the page from a local server after), read marks,
`u` for the next unread entry, refresh in a worker, and hostile feed text.

Entries are stored directly in the test's private store (LIMELIGHT_DATA_DIR, conftest);
pages and feeds are served on 127.0.0.1.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import ClassVar

import pytest
from textual.pilot import Pilot

from tui.app import ReaderApp, build_app
from tui.app.feeds_screen import ALL_UNREAD, EntriesScreen, FeedsScreen
from tui.app.help_screen import HelpScreen
from tui.store.db import open_database
from tui.store.feeds import FeedStore, NewEntry
from tui.store.state import open_store

pytestmark = pytest.mark.anyio
SIZE = (120, 40)
PAGE_TEXT = "Der Stadtrat von Kassel beschloss am Montag den Neubau der Brücke über die Fulda."
PAGE = (
    "<html><head><title>Neue Brücke für Kassel</title></head><body><article>"
    "<h1>Neue Brücke für Kassel</h1>"
    + "".join(f"<p>{PAGE_TEXT} Absatz {i}.</p>" for i in range(6))
    + "</article></body></html>"
).encode()
RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Served feed</title><link>http://example.org/</link>
<item><title>Refreshed story</title><link>{base}/refreshed.html</link>
<guid>refreshed-1</guid><pubDate>Mon, 01 Dec 2025 08:00:00 GMT</pubDate>
<description>Fresh from the server.</description></item>
</channel></rss>"""


class Handler(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        Handler.requests.append(self.path)
        if "slow" in self.path:  # the summary is on screen before this page arrives
            import time

            time.sleep(1.0)
        if self.path.startswith("/story"):
            body, kind = PAGE, "text/html; charset=utf-8"
        elif self.path == "/feed.xml":
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            body, kind = RSS.format(base=base).encode(), "application/rss+xml"
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def stored(server: str) -> FeedStore:
    """Two subscriptions with entries, straight into the test's store."""
    store = FeedStore(database=open_database())
    now = datetime(2025, 12, 1, 12, tzinfo=UTC)
    news, _ = store.subscribe(f"{server}/feed.xml", "Kassel News")
    store.record_refresh(
        news.id,
        [
            NewEntry(
                f"{server}/story{i}.html" + ("?slow=1" if i == 0 else ""),
                f"Kassel story {i}",
                now - timedelta(hours=i),
                summary=f"Summary of story {i}.",
                guid=f"k{i}",
            )
            for i in range(3)
        ],
    )
    other, _ = store.subscribe("/nonexistent/feed.xml", "Local Feed")
    store.record_refresh(
        other.id,
        [
            NewEntry(
                "file:///etc/passwd",
                "Hostile \x1b[31mentry\x1b]0;owned\x07",
                now - timedelta(days=2),
                summary="A feed that tries to show a local file.",
                guid="h1",
            )
        ],
    )
    return store


async def until(pilot: Pilot[int], condition: Callable[[], bool], seconds: float = 10) -> None:
    for _ in range(int(seconds / 0.02)):
        if condition():
            break
        await pilot.pause(0.02)
    await pilot.pause()
    assert condition()


def app_for(hand_made_analyze) -> ReaderApp:  # type: ignore[no-untyped-def]
    return build_app(None, store=open_store(), analyze=hand_made_analyze)


async def test_feeds_screen_lists_feeds_entries_and_reads_one(server, hand_made_analyze) -> None:
    store = stored(server)
    app = app_for(hand_made_analyze)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, FeedsScreen))
        feeds = app.screen
        assert isinstance(feeds, FeedsScreen)
        assert [(r.name, r.unread) for r in feeds.items] == [
            (ALL_UNREAD, 4),
            ("Kassel News", 3),
            ("Local Feed", 1),
        ]
        await pilot.press("down", "enter")
        await until(pilot, lambda: isinstance(app.screen, EntriesScreen))
        entries = app.screen
        assert isinstance(entries, EntriesScreen)
        assert [i.entry.title for i in entries.items] == [f"Kassel story {i}" for i in range(3)]
        assert all(not i.read for i in entries.items)
        assert entries.row_cells(entries.items[0])[0].plain.startswith("● Kassel story 0")
        # Enter: the summary at once, the page from the server when it arrives
        await pilot.press("enter")
        await until(pilot, lambda: app.has_article and "Summary of story 0" in app.article.text)
        await until(pilot, lambda: PAGE_TEXT in app.article.text)
        assert app.article.path == f"{server}/story0.html?slow=1"
        assert store.entries(None, unread_only=True)[0].title == "Kassel story 1"
        # u: the next unread entry of the same feed
        await pilot.press("u")
        await until(pilot, lambda: app.session.key == f"{server}/story1.html")
        await until(pilot, lambda: PAGE_TEXT in app.article.text)
        # ^a on the article marks nothing: it says where it works
        unread = store.subscriptions()[0].unread
        await pilot.press("ctrl+a")
        await pilot.pause()
        assert "Feeds lists" in app.status.plain
        assert store.subscriptions()[0].unread == unread
        # back to the list: both opened entries shown read, ^t toggles, ^a marks all
        await pilot.press("backspace")
        await until(pilot, lambda: app.screen is entries)
        assert [i.read for i in entries.items] == [True, True, False]
        await pilot.press("ctrl+t")
        assert [i.read for i in entries.items][entries.table.cursor_row] is False
        await pilot.press("ctrl+a")
        await pilot.pause()
        assert [i.read for i in entries.items] == [True, True, True]
        assert store.subscriptions()[0].unread == 0
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is feeds)
        assert [r.unread for r in feeds.items] == [1, 0, 1]


async def test_hostile_entries_are_shown_safely_and_never_fetched(
    server, hand_made_analyze
) -> None:
    stored(server)
    Handler.requests.clear()
    app = app_for(hand_made_analyze)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, FeedsScreen))
        await pilot.press("enter")  # All unread
        await until(pilot, lambda: isinstance(app.screen, EntriesScreen))
        entries = app.screen
        assert isinstance(entries, EntriesScreen)
        hostile = next(i for i in entries.items if "Hostile" in i.entry.title)
        cells = "".join(c.plain for c in entries.row_cells(hostile))
        assert "\x1b" not in cells and "\x07" not in cells
        await pilot.press(*"hostile")
        await pilot.press("enter")
        await until(pilot, lambda: app.has_article and "local file" in app.article.text)
        await pilot.pause(0.3)
        assert app.article.path == ""  # file: is no location the reader opens
        assert "passwd" not in app.article.text
        assert "\x1b" not in app.article.text + app.article.title  # no escape reaches the screen
        assert "\x07" not in app.article.text + app.article.title
        assert not [p for p in Handler.requests if "passwd" in p]


async def test_refresh_runs_in_a_worker_and_keys_keep_working(server, hand_made_analyze) -> None:
    stored(server)
    app = app_for(hand_made_analyze)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, FeedsScreen))
        feeds = app.screen
        assert isinstance(feeds, FeedsScreen)
        await pilot.press("f5")  # on "All unread": every feed
        await pilot.press("down", "up")  # keys go on while feeds are fetched
        await until(pilot, lambda: "refreshed 2 feeds" in feeds.status_extra())
        assert "1 failed" in feeds.status_extra()
        names = {r.name: r for r in feeds.items}
        assert names["Kassel News"].total == 4  # the served feed's entry was added
        assert names["Local Feed"].feed is not None and names["Local Feed"].feed.error
        status = str(feeds.query_one("#list-status").render())
        assert "refreshed 2 feeds" in status


async def test_feed_keys_are_in_the_help_and_the_palette(server, hand_made_analyze) -> None:
    stored(server)
    app = app_for(hand_made_analyze)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, FeedsScreen))
        commands = [c.title for c in app.get_system_commands(app.screen)]
        assert "Feeds: refresh every feed" in commands
        assert "Feeds: next unread entry" in commands
        await pilot.press("enter", "enter")
        await until(pilot, lambda: app.has_article and app.screen is app.article_screen)
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        rows = dict(help_screen.rows)
        assert rows["u ^n"] == "Feeds: next unread entry"
        assert rows["^g"] == "Feeds: refresh every feed"
        assert rows["F5 ^l"] == "Feeds: refresh this feed"
        keys = [k for k, _ in help_screen.rows]
        assert len(keys) == len(set(keys)), "a key is listed twice"


async def test_without_subscriptions_the_library_opens_and_u_says_why(
    tmp_path: Path, hand_made_analyze
) -> None:
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "a.txt").write_text("Titel\n\nEin kurzer Text über Kassel.", encoding="utf-8")
    app = build_app(str(folder / "a.txt"), store=open_store(), analyze=hand_made_analyze)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.has_article)
        await pilot.press("u")
        await pilot.pause()
        assert "No subscriptions" in app.status.plain
        for key in ("f5", "ctrl+g", "ctrl+t", "ctrl+a"):  # the help's other Feeds keys say so too
            app.flash("")
            await pilot.press(key)
            await pilot.pause()
            assert "No subscriptions" in app.status.plain, key


async def test_a_long_feed_lists_its_newest_first_then_the_rest(hand_made_analyze) -> None:
    from tui.app.feeds_screen import FIRST_ROWS

    store = FeedStore(database=open_database())
    sub, _ = store.subscribe("http://127.0.0.1:9/long.xml", "Long Feed")
    now = datetime(2025, 12, 1, tzinfo=UTC)
    count = FIRST_ROWS + 450
    store.record_refresh(
        sub.id,
        [
            NewEntry(
                f"http://127.0.0.1:9/{i}", f"Entry {i}", now - timedelta(minutes=i), guid=str(i)
            )
            for i in range(count)
        ],
    )
    app = app_for(hand_made_analyze)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, FeedsScreen))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, EntriesScreen))
        entries = app.screen
        assert isinstance(entries, EntriesScreen)
        await until(pilot, lambda: entries.complete)
        assert entries.table.row_count == len(entries.shown) == len(entries.items) == count
        assert [i.entry.title for i in entries.items[:2]] == ["Entry 0", "Entry 1"]
        await pilot.press("end")
        assert entries.current_item() is entries.items[-1]
        await pilot.press("ctrl+t")  # the row is redrawn: no longer marked unread
        assert entries.items[-1].read
        assert entries.table.get_row_at(count - 1)[0].plain.startswith("  Entry")
        cursor_line = entries.table.cursor_row - int(entries.table.scroll_y) + 1  # 1: header
        assert entries.table.render_line(cursor_line).text.startswith("   Entry")  # as drawn
        await pilot.press(*"entry 7")
        assert 0 < len(entries.shown) < count  # every word must occur: "entry" and "7"
        assert all("7" in entries.items[i].haystack for i in entries.shown)


async def test_offline_the_summary_stays_and_says_why(hand_made_analyze) -> None:
    store = FeedStore(database=open_database())
    sub, _ = store.subscribe("http://127.0.0.1:9/offline.xml", "Offline Feed")
    store.record_refresh(
        sub.id,
        [
            NewEntry(
                "http://127.0.0.1:9/gone.html",  # nothing listens on port 9 (discard)
                "Unreachable story",
                datetime(2025, 12, 1, tzinfo=UTC),
                summary="What the feed said about it.",
                guid="gone",
            )
        ],
    )
    app = app_for(hand_made_analyze)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, FeedsScreen))
        await pilot.press("enter", "enter")
        await until(pilot, lambda: app.has_article and "What the feed said" in app.article.text)
        await until(pilot, lambda: "summary" in app.status.plain)
        assert "What the feed said" in app.article.text
        assert store.unread_count() == 0
