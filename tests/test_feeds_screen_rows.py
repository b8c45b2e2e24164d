"""The Feeds lists as drawn: the status line counts subscriptions (not the "All unread"
row), and on a long list PgDn and ^t show the rows the items say, as DataTable would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from textual.pilot import Pilot

from tui.app import ReaderApp, build_app
from tui.app.feeds_screen import ALL_UNREAD, EntriesScreen, FeedsScreen
from tui.store.db import open_database
from tui.store.feeds import FeedStore, NewEntry
from tui.store.state import open_store

pytestmark = pytest.mark.anyio
SIZE = (100, 30)
NAMES = ["Alpha News", "Beta Post", "Gamma Times"]


def _subscribe(feeds: int, entries: int) -> None:
    store = FeedStore(database=open_database())
    start = datetime(2025, 12, 1, tzinfo=UTC)
    for f in range(feeds):
        sub, _ = store.subscribe(f"http://127.0.0.1:9/feed{f}.xml", NAMES[f])
        store.record_refresh(
            sub.id,
            [
                NewEntry(
                    f"http://127.0.0.1:9/{f}/{i}",
                    f"Story {i} of feed {f}",
                    start - timedelta(minutes=10 * i + f),
                    guid=f"{f}-{i}",
                )
                for i in range(entries)
            ],
        )


def _app(hand_made_analyze) -> ReaderApp:  # type: ignore[no-untyped-def]
    return build_app(None, store=open_store(), analyze=hand_made_analyze)


async def _until(pilot: Pilot[int], condition, seconds: float = 10) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(seconds / 0.02)):
        if condition():
            break
        await pilot.pause(0.02)
    await pilot.pause()
    assert condition()


def _status(screen: FeedsScreen | EntriesScreen) -> str:
    return str(screen.query_one("#list-status").render())


def _drawn(screen: EntriesScreen) -> list[str]:
    """The table's lines as on screen, less the header."""
    table = screen.table
    return [table.render_line(y).text for y in range(1, table.size.height)]


async def test_the_feeds_list_counts_subscriptions_not_the_all_unread_row(
    hand_made_analyze,
) -> None:
    _subscribe(feeds=2, entries=3)
    app = _app(hand_made_analyze)
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, FeedsScreen))
        feeds = app.screen
        assert isinstance(feeds, FeedsScreen)
        assert [row.name for row in feeds.items] == [ALL_UNREAD, "Alpha News", "Beta Post"]
        assert _status(feeds).startswith("2 feeds · 6 unread ")
        await pilot.press(*"beta")
        assert _status(feeds).startswith("1 of 2 feeds · 6 unread ")
        await pilot.press("ctrl+u", *"unread")  # only the "All unread" row matches
        assert len(feeds.shown) == 1
        assert _status(feeds).startswith("0 of 2 feeds · 6 unread ")


async def test_the_feeds_list_of_one_feed_says_one_feed(hand_made_analyze) -> None:
    _subscribe(feeds=1, entries=2)
    app = _app(hand_made_analyze)
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, FeedsScreen))
        assert isinstance(app.screen, FeedsScreen)
        assert _status(app.screen).startswith("1 feed · 2 unread ")


async def test_page_down_and_read_marks_draw_the_rows_of_the_items(hand_made_analyze) -> None:
    _subscribe(feeds=3, entries=400)  # "All unread": 1,200, more than listed at once
    app = _app(hand_made_analyze)
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, FeedsScreen))
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, EntriesScreen))
        entries = app.screen
        assert isinstance(entries, EntriesScreen)
        await _until(pilot, lambda: entries.complete)
        assert _status(entries).startswith("1,200 entries")
        for _ in range(3):
            await pilot.press("pagedown")
        top = int(entries.table.scroll_y)
        assert top > 0
        lines = _drawn(entries)
        for offset, line in enumerate(lines[:10]):
            item = entries.items[entries.shown[top + offset]]
            assert line.startswith(f" ● {item.entry.title}")
            assert item.entry.feed_title in line
        cursor = entries.table.cursor_row
        marked = entries.items[entries.shown[cursor]]
        await pilot.press("ctrl+t")
        assert marked.read
        after = _drawn(entries)
        line = cursor - top
        assert after[line].startswith(f"   {marked.entry.title}")  # no longer "●"
        assert [a for n, a in enumerate(after) if n != line] == [
            b for n, b in enumerate(lines) if n != line
        ]
        assert _status(entries).startswith("1,200 entries · marked read")
        await pilot.press("ctrl+t")
        assert not marked.read
        assert _drawn(entries) == lines


async def test_filter_sort_and_all_read_show_the_rows_of_the_items(hand_made_analyze) -> None:
    _subscribe(feeds=3, entries=120)
    app = _app(hand_made_analyze)
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, FeedsScreen))
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, EntriesScreen))
        entries = app.screen
        assert isinstance(entries, EntriesScreen)
        await _until(pilot, lambda: entries.complete)

        def shows_its_items() -> bool:
            top = int(entries.table.scroll_y)
            lines = _drawn(entries)[: max(0, len(entries.shown) - top)]
            titles = [entries.items[i].entry.title for i in entries.shown[top : top + len(lines)]]
            return len(lines) > 0 and all(
                title in line for title, line in zip(titles, lines, strict=True)
            )

        await pilot.press(*"story 7 ")
        assert 0 < len(entries.shown) < 360 and entries.table.row_count == len(entries.shown)
        assert shows_its_items()
        await pilot.press("ctrl+u")
        assert entries.table.row_count == len(entries.shown) == 360
        assert shows_its_items()
        await pilot.press("ctrl+s")  # by title
        titles = [entries.items[i].entry.title.casefold() for i in entries.shown]
        assert titles == sorted(titles)
        assert shows_its_items()
        await pilot.press("ctrl+r", "pagedown")
        assert shows_its_items()
        await pilot.press("ctrl+a")
        assert all(item.read for item in entries.items)
        assert all(not line.startswith(" ●") for line in _drawn(entries))
        assert shows_its_items()
