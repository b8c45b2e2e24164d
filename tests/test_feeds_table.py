"""FeedTable draws what DataTable draws, segment for segment and style for style, only
cheaper; a row's new cells show at once and leave the other rows as they were."""

from __future__ import annotations

import pytest
from rich.segment import Segment
from rich.text import Text
from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.widgets import Button

from tui.app.feeds_table import FeedTable
from tui.app.list_screen import ListTable, cell

pytestmark = pytest.mark.anyio


class TwoTables(App[None]):
    CSS = "ListTable { width: 60; height: 14; }"

    def compose(self) -> ComposeResult:
        yield Button("elsewhere")
        with Horizontal():
            yield ListTable(cursor_type="row", zebra_stripes=True, id="plain")
            yield FeedTable(cursor_type="row", zebra_stripes=True, id="feeds")


def _row(i: int) -> list[Text]:
    title = cell(f"● Story [b]{i}[/b] with a title too long for its column", style="bold")
    if i % 4 == 0:
        title = cell(f"Feed {i}", style="bold" if i % 8 else "")
        title.append("  ✗ HTTP 404", style="red")  # a span, as the Feeds list's errors
    return [
        title,
        cell(f"{i * 1000:,}" if i % 3 else "", style="dim", justify="right"),
        cell("新闻网站 the outlet" if i % 2 else "Outlet", style="dim"),
        cell("mid", justify="center"),
    ]


def _fill(table: ListTable) -> None:
    table.add_column(Text("Title", style="bold"), width=24, key="title")
    table.add_column(Text("Unread", style="bold"), width=7, key="unread")
    table.add_column(Text("Outlet", style="bold"), width=12, key="outlet")
    table.add_column(Text("C", style="bold"), width=7, key="c")
    table.add_rows(_row(i) for i in range(40))
    table.move_cursor(row=3)


def _lines(table: ListTable) -> list[list[Segment]]:
    """What is drawn: runs of one style (neighbours of the same style merged)."""
    return [list(table.render_line(y).simplify()) for y in range(table.size.height)]


async def test_feed_table_draws_as_data_table_does() -> None:
    app = TwoTables()
    async with app.run_test(size=(130, 20)) as pilot:
        plain = app.query_one("#plain", ListTable)
        feeds = app.query_one("#feeds", FeedTable)
        _fill(plain)
        _fill(feeds)
        await pilot.pause()
        assert _lines(feeds) == _lines(plain)  # neither focused
        drawn = []
        for table in (plain, feeds):  # focused (the cursor's colour changes), in turn
            table.focus()
            await pilot.pause()
            drawn.append(_lines(table))
        assert drawn[0] == drawn[1]
        assert drawn[1][4] != _lines(plain)[4]  # focus was seen: plain has lost it
        app.query_one(Button).focus()
        for table in (plain, feeds):
            table.scroll_to(y=20, animate=False)
            table.move_cursor(row=25, scroll=False)
        await pilot.pause()
        assert _lines(feeds) == _lines(plain)


async def test_a_changed_row_is_drawn_anew_and_the_others_stay() -> None:
    app = TwoTables()
    async with app.run_test(size=(130, 20)) as pilot:
        feeds = app.query_one("#feeds", FeedTable)
        _fill(feeds)
        await pilot.pause()
        before = [feeds.render_line(y).text for y in range(feeds.size.height)]
        feeds.update_row(5, [cell("  Story 5, read now"), cell(""), cell("Outlet"), cell("")])
        await pilot.pause()
        after = [feeds.render_line(y).text for y in range(feeds.size.height)]
        assert after[6].startswith("   Story 5, read now")  # line 0 is the header
        assert [a for n, a in enumerate(after) if n != 6] == [
            b for n, b in enumerate(before) if n != 6
        ]
        assert feeds.get_row_at(5)[0].plain == "  Story 5, read now"


async def test_lines_drawn_ahead_are_the_lines_a_page_down_shows() -> None:
    app = TwoTables()
    async with app.run_test(size=(130, 20)) as pilot:
        plain = app.query_one("#plain", ListTable)
        feeds = app.query_one("#feeds", FeedTable)
        _fill(plain)
        _fill(feeds)
        drawn = []
        for table in (plain, feeds):
            table.focus()
            await pilot.pause(0.1)  # the feeds table draws the next page meanwhile
            await pilot.press("pagedown")
            await pilot.press("pagedown")
            drawn.append(_lines(table))
        assert feeds._drawn  # lines were kept (drawn ahead or shown)
        assert drawn[0] == drawn[1]
        assert "Story [b]26[/b]" in "".join(s.text for s in drawn[1][1])  # 2 pages of 13
