"""A full-screen list to pick an article from: the base of the library, feed and
bookmarks screens.

Typing filters (every word must occur), `ctrl+s` or a header click sorts, Enter opens,
Escape or Backspace goes back. The rows are plain items held here; the DataTable only
shows the filtered, sorted view of them and is rebuilt when that view changes, which
for a few thousand rows is quick enough to do on every key.

Opening is a message (`OpenRequested`) for the host app to act on, so the screens
know nothing of the reader.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.coordinate import Coordinate
from textual.geometry import Size
from textual.screen import Screen
from textual.widgets import DataTable, Static
from textual.widgets.data_table import ColumnKey

from tui.app.open_request import OpenRequested as OpenRequested  # where the lists get it

HERE = Path(__file__).parent
ItemT = TypeVar("ItemT")


@dataclass(frozen=True)
class Column(Generic[ItemT]):
    key: str
    label: str
    width: int  # 0: takes the width the other columns leave
    sort_value: Callable[[ItemT], Any]  # None: unknown, listed last in either direction
    descending_first: bool = False  # dates and sizes: newest/biggest first
    justify: str = "left"


def human_size(size: int) -> str:
    if size < 1000:
        return f"{size} B"
    for unit in ("KB", "MB", "GB"):
        size_f = size / 1000
        if size_f < 999.5 or unit == "GB":
            return f"{size_f:.0f} {unit}" if size_f >= 10 else f"{size_f:.1f} {unit}"
        size = int(size_f)
    return f"{size} B"  # pragma: no cover - loop always returns


def cell(value: str, *, style: str = "", justify: str = "left") -> Text:
    """A one-line cell; Text, never a str, so brackets in titles are not read as markup."""
    text = Text(value.replace("\n", " "), style=style, no_wrap=True, end="")
    text.overflow = "ellipsis"
    text.justify = justify  # type: ignore[assignment]
    return text


def matches(words: Sequence[str], haystack: str) -> bool:
    return all(word in haystack for word in words)


class ListTable(DataTable[Text]):
    """A row-cursor table of fixed-width columns and one-line rows.

    Home and End go to the first and last row. DataTable measures every cell of every
    new or changed row to size auto-width columns, and re-measures a whole column when
    a cell shrinks: for thousands of rows filled in lazily that is seconds of work.
    With every column at a fixed width none of it changes the layout, so only the
    virtual size is recomputed (these two hooks are DataTable internals; Textual is
    pinned below 9 in pyproject).
    """

    def _update_column_widths(self, updated_cells: set[Any]) -> None:
        if any(column.auto_width for column in self.columns.values()):
            super()._update_column_widths(updated_cells)
            return
        self._require_update_dimensions = True

    def _update_dimensions(self, new_rows: Any) -> None:
        if any(column.auto_width for column in self.columns.values()) or any(
            row.height != 1 or row.label is not None for row in self.rows.values()
        ):
            super()._update_dimensions(new_rows)
            return
        width = sum(column.get_render_width(self) for column in self.columns.values())
        header = self.header_height if self.show_header else 0
        self.virtual_size = Size(width, len(self.rows) + header)

    def action_scroll_home(self) -> None:
        self.action_scroll_top()

    def action_scroll_end(self) -> None:
        self.action_scroll_bottom()


class ListScreen(Screen[None], Generic[ItemT]):
    """Shows `items` in a DataTable; subclasses say what the columns are and what opens."""

    CSS_PATH: ClassVar[list[str | Path]] = [HERE / "list_screen.tcss"]  # type: ignore[assignment]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Clear the filter, or go back", key_display="esc"),
        Binding("backspace", "erase", "Erase a filter letter, or go back", key_display="⌫"),
        Binding("ctrl+u", "clear_filter", "Clear the filter"),
        Binding("ctrl+s", "next_sort", "Sort by the next column"),
        Binding("ctrl+r", "reverse_sort", "Reverse the order"),
    ]
    NOUN = "item", "items"
    # the widgets a list is made of (the Feeds lists draw their own rows and lines)
    TABLE: ClassVar[type[ListTable]] = ListTable
    LINE: ClassVar[type[Static]] = Static
    HINT = "type to filter · enter open · esc back · ctrl+s sort · ctrl+r reverse · ctrl+q quit"

    columns: ClassVar[list[Column[Any]]] = []

    def __init__(self, items: Sequence[ItemT], *, title: str = "", name: str | None = None) -> None:
        super().__init__(name=name)
        self.items: list[ItemT] = list(items)
        self.heading = title
        self.filter = ""
        self.sort_column: str | None = None  # None: the items' own order
        self.sort_reverse = False
        self.shown: list[int] = list(range(len(self.items)))  # indices into items
        self._built_width = -1
        self._resume: int | None = None  # the item under the cursor when last left
        self.can_leave = True  # False: nothing to go back to (the app started here)

    # ---- what subclasses provide --------------------------------------------------

    def row_cells(self, item: ItemT) -> list[Text]:
        raise NotImplementedError

    def haystack(self, item: ItemT) -> str:
        """Lower-cased text the filter searches."""
        raise NotImplementedError

    def open_item(self, item: ItemT) -> None:
        raise NotImplementedError

    def status_extra(self) -> str:
        return ""

    def prefetch_path(self, item: ItemT) -> str | None:
        """The local file `item` opens, for the analysis to do ahead (None: nothing).
        Items that carry their location as an absolute path in `key` (bookmarks,
        history) need no override."""
        key = getattr(item, "key", None)
        return key if isinstance(key, str) and key.startswith("/") else None

    # ---- composition --------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(cell(self.heading, style="bold"), id="list-title")
        yield self.TABLE(cursor_type="row", zebra_stripes=True, id="list-table")
        yield self.LINE("", id="list-filter")
        yield self.LINE("", id="list-status")

    @property
    def table(self) -> DataTable[Text]:
        return self.query_one("#list-table", DataTable)

    def on_mount(self) -> None:
        # mounted again when pushed again after a pop (unless installed): same place
        self.table.focus()
        self.refresh_view(keep=self._resume)

    def start_at(self, index: int | None) -> None:
        """Put the cursor on item `index` when the screen is shown."""
        self._resume = index

    def on_screen_suspend(self) -> None:
        self._resume = self.current_index()

    def on_resize(self, event: events.Resize) -> None:
        if self.table_width() != self._built_width:
            self.refresh_view()

    # ---- the view -----------------------------------------------------------------

    def table_width(self) -> int:
        """The table's width; before the first layout, the app's (the table spans it)."""
        return self.table.size.width or self.size.width or self.app.size.width or 80

    def flex_width(self) -> int:
        fixed = sum(c.width for c in self.columns if c.width)
        padding = 2 * self.table.cell_padding * len(self.columns)
        scrollbar = 2  # room for the vertical scrollbar
        return max(10, self.table_width() - fixed - padding - scrollbar)

    def compute_shown(self) -> list[int]:
        words = self.filter.casefold().split()
        indices = [i for i, item in enumerate(self.items) if matches(words, self.haystack(item))]
        column = self.column(self.sort_column)
        if column is not None:
            descending = column.descending_first != self.sort_reverse
            keyed = [(column.sort_value(self.items[i]), i) for i in indices]
            known = [pair for pair in keyed if pair[0] is not None]
            known.sort(key=lambda pair: pair[0], reverse=descending)  # stable: ties keep order
            # what is not known (no date, not read yet) goes last either way
            return [i for _, i in known] + [i for value, i in keyed if value is None]
        if self.sort_reverse:
            indices.reverse()
        return indices

    def column(self, key: str | None) -> Column[Any] | None:
        return next((c for c in self.columns if c.key == key), None)

    def current_index(self) -> int | None:
        """The item under the cursor (index into `items`)."""
        row = self.table.cursor_row
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def current_item(self) -> ItemT | None:
        index = self.current_index()
        return self.items[index] if index is not None else None

    def refresh_view(self, *, keep: int | None = None) -> None:
        """Rebuild the table from items, filter and sort, keeping the cursor's item."""
        table = self.table
        keep = self.current_index() if keep is None and table.row_count else keep
        self.shown = self.compute_shown()
        table.clear(columns=True)
        flex = self.flex_width()
        for column in self.columns:
            label = column.label
            if column.key == self.sort_column:
                ascending = column.descending_first == self.sort_reverse
                label += " ▲" if ascending else " ▼"
            table.add_column(Text(label, style="bold"), width=column.width or flex, key=column.key)
        table.add_rows(self.row_cells(self.items[i]) for i in self.shown)
        self._built_width = self.table_width()
        if keep is not None and keep in self.shown:
            table.move_cursor(row=self.shown.index(keep), animate=False)
        self.update_status()
        self.view_changed()

    def view_changed(self) -> None:
        """Hook: the rows on screen may be others now."""

    def refresh_rows(self, indices: Sequence[int]) -> None:
        """Redraw the rows of these items in place (their cells changed)."""
        table = self.table
        position = {item: row for row, item in enumerate(self.shown)}
        for index in indices:
            row = position.get(index)
            if row is None:
                continue
            for column, value in enumerate(self.row_cells(self.items[index])):
                table.update_cell_at(Coordinate(row, column), value)

    def counted(self, indices: Sequence[int]) -> int:
        """How many of these items the status line counts (the Feeds list's "All
        unread" row is no feed)."""
        return len(indices)

    def update_status(self) -> None:
        singular, plural = self.NOUN
        total = self.counted(range(len(self.items)))
        noun = singular if total == 1 else plural
        shown = f"{self.counted(self.shown):,} of " if self.filter else ""
        parts = [f"{shown}{total:,} {noun}"]
        column = self.column(self.sort_column)
        if column is not None:
            parts.append(f"sorted by {column.label.lower()}")
        if extra := self.status_extra():
            parts.append(extra)
        self.query_one("#list-status", Static).update(
            Text.assemble((" · ".join(parts), "bold"), "   ", (self.HINT, "dim"))
        )
        line = self.query_one("#list-filter", Static)
        line.set_class(bool(self.filter), "-active")
        line.update(Text.assemble(("filter: ", "dim"), self.filter, (" ", "reverse")))

    def visible_rows(self, margin: int = 0) -> list[int]:
        """Row numbers on screen, then those within `margin` rows of it, nearest first."""
        table = self.table
        count = len(self.shown)
        top = int(table.scroll_y)
        bottom = min(top + max(table.size.height - 1, 1), count)  # 1: the header
        rows = list(range(top, bottom))
        for distance in range(1, margin + 1):
            rows.extend(r for r in (bottom - 1 + distance, top - distance) if 0 <= r < count)
        return rows

    # ---- keys -----------------------------------------------------------------------

    def on_key(self, event: events.Key) -> None:
        """Printable keys go to the filter (the table binds none of them)."""
        if event.is_printable and event.character and event.character.isprintable():
            event.stop()
            event.prevent_default()
            self.set_filter(self.filter + event.character)

    def set_filter(self, value: str) -> None:
        if value != self.filter:
            self.filter = value
            self.refresh_view()

    def action_erase(self) -> None:
        if self.filter:
            self.set_filter(self.filter[:-1])
        else:
            self.go_back()

    def action_back(self) -> None:
        if self.filter:
            self.set_filter("")
        else:
            self.go_back()

    def action_clear_filter(self) -> None:
        self.set_filter("")

    def go_back(self) -> None:
        """Back to what was under this screen (the host may also never push one)."""
        if not self.can_leave:
            self.notify("Nothing to go back to: enter opens, ctrl+q quits", timeout=3)
            return
        if len(self.app.screen_stack) > 1 and self.app.screen is self:
            self.dismiss(None)

    def sort_by(self, key: str | None, *, reverse: bool = False) -> None:
        self.sort_column, self.sort_reverse = key, reverse
        self.refresh_view()

    def action_next_sort(self) -> None:
        keys: list[str | None] = [None, *[c.key for c in self.columns]]
        following = keys[(keys.index(self.sort_column) + 1) % len(keys)]
        self.sort_by(following)

    def action_reverse_sort(self) -> None:
        self.sort_by(self.sort_column, reverse=not self.sort_reverse)

    @on(DataTable.HeaderSelected)
    def header_clicked(self, event: DataTable.HeaderSelected) -> None:
        key = event.column_key.value if isinstance(event.column_key, ColumnKey) else None
        if key == self.sort_column:
            self.sort_by(key, reverse=not self.sort_reverse)
        else:
            self.sort_by(key)

    @on(DataTable.RowSelected)
    def row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        item = self.current_item()
        if item is not None:
            self.open_item(item)

    @on(DataTable.RowHighlighted)
    def row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.view_changed()
        self.prefetch_around()

    def prefetch_around(self) -> None:
        """Once the cursor rests (key repeat passing over rows starts nothing), have the
        entry under it and its neighbours analysed ahead."""
        from tui.app.analysis_client import PREFETCH_DELAY

        timer = getattr(self, "_prefetch_timer", None)
        if timer is not None:
            timer.stop()
        self._prefetch_timer = self.set_timer(PREFETCH_DELAY, self.prefetch_now)

    def prefetch_now(self) -> None:
        """Most likely next first: this one, the next, the one before, and outwards."""
        from tui.app.analysis_client import PREFETCH_AROUND, prefetch

        if not self.is_mounted:
            return

        row = self.table.cursor_row
        rows = [row]
        for distance in range(1, PREFETCH_AROUND + 1):
            rows += [row + distance, row - distance]
        paths = [
            path
            for r in rows
            if 0 <= r < len(self.shown)
            and (path := self.prefetch_path(self.items[self.shown[r]])) is not None
        ]
        prefetch(self.app, paths)
