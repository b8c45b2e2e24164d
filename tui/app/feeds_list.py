"""What the Feeds list and a feed's entries share (tui/app/feeds_screen.py): the store,
the app's FeedReader, a status line that counts what it should, and rows made once.

ListScreen rebuilds its DataTable on every filter letter or sort, which for 10,000
entries is 0.4 s a key; here the rows live in a FeedTable that keeps one row per item
and only re-orders them, and a read mark or "all read" redraws the rows it changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, cast

from rich.text import Text
from textual.binding import BindingType

from tui.app.feed_reading import FeedReader, feed_reader
from tui.app.feeds_keys import FEEDS_LIST_BINDINGS
from tui.app.feeds_table import FeedTable, FixedLine
from tui.app.list_screen import HERE, ListScreen
from tui.store.feeds import FeedStore

if TYPE_CHECKING:
    from tui.app.reader import ReaderApp


class FeedList(ListScreen[Any]):
    """What the Feeds list and a feed's entries share: the store, the app's reader."""

    CSS_PATH: ClassVar[list[str | Path]] = [  # type: ignore[assignment]
        HERE / "list_screen.tcss",
        HERE / "feed_screen.tcss",
    ]
    BINDINGS: ClassVar[list[BindingType]] = FEEDS_LIST_BINDINGS
    HINT = (
        "type to filter · enter open · ^t read · ^a all read · F5 refresh · ^g all · ^n next unread"
    )

    TABLE = FeedTable
    LINE = FixedLine
    store: FeedStore

    @property
    def reader(self) -> FeedReader:
        return feed_reader(cast("ReaderApp", self.app))

    _first_show = True  # the first resume follows the mount, which built the rows

    def on_mount(self) -> None:
        super().on_mount()
        if self.reload not in self.reader.listeners:
            self.reader.listeners.append(self.reload)

    def on_unmount(self) -> None:
        if self.reload in self.reader.listeners:
            self.reader.listeners.remove(self.reload)

    def on_screen_resume(self) -> None:
        if self._first_show:
            self._first_show = False
        else:
            self.reload()

    def reload(self) -> None:
        """Read the rows again (a refresh or another window changed them)."""
        raise NotImplementedError

    note = ""  # what the last key did ("marked read"): a toast would cost a key 100+ ms

    def status_extra(self) -> str:
        try:
            refresh = self.reader.status
        except Exception:  # not yet in an app (a test builds the screen alone)
            refresh = ""
        return " · ".join(part for part in (self.note, refresh) if part)

    def say(self, note: str) -> None:
        self.note = note
        self.update_status()

    def refresh_rows(self, indices: Sequence[int]) -> None:
        """Redraw these items' rows in place, all cells of a row at once."""
        table = self.feed_table
        cursor = table.cursor_row
        position: dict[int, int] | None = None
        changes: list[tuple[int, list[Text]]] = []
        for index in indices:
            if 0 <= cursor < len(self.shown) and self.shown[cursor] == index:
                row: int | None = cursor  # the usual case: the row under the cursor
            else:
                if position is None:
                    position = {item: row for row, item in enumerate(self.shown)}
                row = position.get(index)
            if row is not None:
                changes.append((row, self.row_cells(self.items[index])))
        table.update_rows(changes)

    @property
    def feed_table(self) -> FeedTable:
        return self.query_one("#list-table", FeedTable)

    def refresh_view(self, *, keep: int | None = None) -> None:
        """ListScreen's, but rows are made once per item and shown again (FeedTable.show):
        a filter or a sort of 10,000 entries re-orders rows instead of making them."""
        table = self.feed_table
        keep = self.current_index() if keep is None and table.row_count else keep
        self.shown = self.compute_shown()
        flex = self.flex_width()
        columns = []
        for column in self.columns:
            label = column.label
            if column.key == self.sort_column:
                label += " ▲" if column.descending_first == self.sort_reverse else " ▼"
            columns.append((column.key, Text(label, style="bold"), column.width or flex))
        table.set_columns(columns)
        table.show([self.items[i] for i in self.shown], self.row_cells, of=len(self.items))
        self._built_width = self.table_width()
        if keep is not None and keep in self.shown:
            table.move_cursor(row=self.shown.index(keep), animate=False)
        self.update_status()
        self.view_changed()

    def action_refresh_all(self) -> None:
        self.reader.refresh()
