"""The table of the Feeds lists: DataTable made cheap for 10,000 one-line rows.

Each key on those lists must answer in ≤ 20 ms (issue 16), and DataTable spends it where
it is general: every cell is laid out by rich (Padding, Styled, render_lines: ~0.25 ms a
cell, a PgDn of 38 new rows ~30 ms), the CSS styles of each line are looked up afresh
(~0.2 ms a line), its line cache is keyed on the cursor (any move draws every line
again), its line → row list is rebuilt on any cell change, and one changed cell renders
every line on screen again. Here a one-line Text cell is cut and padded by hand and kept
until its row changes, styles are looked up once a frame, a row's line is kept whatever
the cursor does elsewhere, a changed row drops only its own, and the page below and the
page above the view are drawn ahead while keys are idle, so PgDn finds its lines drawn.
Tables with labels, fixed rows or columns, taller rows or another cursor take
DataTable's own path. These are DataTable internals: Textual is pinned below 9.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import chain
from typing import Any, Self

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual._segment_tools import line_crop
from textual._two_way_dict import TwoWayDict
from textual._types import SegmentLines
from textual.coordinate import Coordinate
from textual.geometry import Region
from textual.strip import Strip
from textual.visual import VisualType
from textual.widgets import DataTable, Static
from textual.widgets.data_table import ColumnKey, Row, RowKey

from tui.app.list_screen import ListTable

_Plain = list[tuple[str, Style | None]]  # a cell's segments before the row's styles
AHEAD_CHUNK = 8  # lines drawn ahead per turn of the event loop (~1 ms): keys go between
FEW_ROWS = 16  # rows changed one by one; more are changed at once
KEPT_ROWS = 4_000  # rows whose drawn lines are kept; past it all are dropped


class FixedLine(Static):
    """A line of fixed size: new text needs no layout of the whole screen (a status
    note made a key's frame wait for one)."""

    def update(self, content: VisualType = "", *, layout: bool = False) -> None:
        super().update(content, layout=layout)


class FeedTable(ListTable):
    """A list table whose rows are cheap to draw, move over and change one at a time."""

    _line_keys: list[RowKey] | None = None
    _styles: dict[str, Style] | None = None  # CSS styles looked up in this frame
    _generation = 0  # bumped when every drawn line may be stale
    _ahead: list[int] | None = None  # rows still to draw ahead (None: none planned)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._plain: dict[RowKey, dict[tuple[ColumnKey, int], _Plain]] = {}
        self._drawn: dict[RowKey, dict[tuple[Any, ...], Strip]] = {}
        self._pool: dict[int, tuple[object, Row, dict[ColumnKey, Any]]] = {}  # id(item) →
        super().__init__(*args, **kwargs)

    # ---- rows of items, made once ------------------------------------------------

    def set_columns(self, columns: Sequence[tuple[str, Text, int]]) -> None:
        """Columns (key, label, width): new labels only (a sort mark) keep the rows;
        other keys or widths make the table anew."""
        have = [(column.key.value, column.width) for column in self.ordered_columns]
        if have == [(key, width) for key, _, width in columns]:
            for key, label, _ in columns:
                self.columns[ColumnKey(key)].label = label
            return
        self.clear(columns=True)
        for key, label, width in columns:
            self.add_column(label, width=width, key=key)

    def show(
        self, items: Sequence[object], cells_of: Callable[[Any], Sequence[Any]], *, of: int
    ) -> None:
        """The rows of these items in this order, replacing those shown. An item's row is
        made once and shown again (its key, data and drawn cells), so a filter or a sort
        of 10,000 entries is dict work where clearing and adding rows took ~0.4 s.
        `of`: how many items there are in all, shown or not."""
        pool = self._pool
        if len(pool) > 2 * of + 1_000:  # `of` items in all: they were replaced meanwhile
            pool.clear()
        columns = self.ordered_columns
        rows: dict[RowKey, Row] = {}
        data: dict[RowKey, dict[ColumnKey, Any]] = {}
        locations: dict[RowKey, int] = {}
        for index, item in enumerate(items):
            held = pool.get(id(item))
            if held is None or held[0] is not item:
                cells = {c.key: v for c, v in zip(columns, cells_of(item), strict=False)}
                held = pool[id(item)] = (item, Row(RowKey(), 1), cells)
            row = held[1]
            rows[row.key], data[row.key], locations[row.key] = row, held[2], index
        DataTable._clear_caches(self)  # DataTable's: what is laid out per row stays
        self._drawn.clear()
        self._line_keys = None
        self.rows, self._data, self._row_locations = rows, data, TwoWayDict(locations)
        self._new_rows.clear()
        self._update_count += 1
        self.cursor_coordinate = self.hover_coordinate = Coordinate(0, 0)
        self.scroll_x = self.scroll_y = self.scroll_target_x = self.scroll_target_y = 0
        self._update_dimensions(())
        self.refresh()

    def append(self, items: Sequence[object], rows: Sequence[Sequence[Any]]) -> None:
        """Rows for more items, after those shown (a long feed listed in chunks)."""
        was_empty = not self.rows
        columns = self.ordered_columns
        start = len(self._row_locations)
        for offset, (item, cells) in enumerate(zip(items, rows, strict=True)):
            row = Row(RowKey(), 1)
            data = {c.key: v for c, v in zip(columns, cells, strict=False)}
            self._pool[id(item)] = (item, row, data)
            self.rows[row.key], self._data[row.key] = row, data
            self._row_locations[row.key] = start + offset
        self._line_keys = None
        self._update_count += 1
        self._update_dimensions(())
        if was_empty and self.rows and self.show_cursor:
            self._highlight_cursor()
        self.refresh()

    # ---- rows change -------------------------------------------------------------

    def _drop_all(self) -> None:
        self._line_keys = None
        self._plain.clear()
        self._drawn.clear()
        self._generation += 1

    def _clear_caches(self) -> None:
        super()._clear_caches()
        self._drop_all()

    def notify_style_update(self) -> None:
        self._drawn.clear()
        self._generation += 1
        super().notify_style_update()

    def clear(self, columns: bool = False) -> FeedTable:
        self._drop_all()
        self._pool.clear()
        super().clear(columns)
        return self

    def add_row(self, *cells: Any, **options: Any) -> RowKey:
        self._line_keys = None  # rows come last: what is drawn of the others stays
        return super().add_row(*cells, **options)

    def remove_row(self, row_key: RowKey | str) -> None:
        self._drop_all()
        super().remove_row(row_key)

    def sort(
        self,
        *columns: ColumnKey | str,
        key: Callable[[Any], Any] | None = None,
        reverse: bool = False,
    ) -> Self:
        self._drop_all()
        return super().sort(*columns, key=key, reverse=reverse)

    def update_cell(
        self,
        row_key: RowKey | str,
        column_key: ColumnKey | str,
        value: Any,
        *,
        update_width: bool = False,
    ) -> None:
        self._drop_all()
        super().update_cell(row_key, column_key, value, update_width=update_width)

    def update_row(self, row: int, cells: Sequence[Any]) -> None:
        """New values for a row's cells, redrawing that row only: DataTable's own cell
        update counts as a change of every row and draws each line on screen again."""
        row_key = self._row_locations.get_key(row)
        if row_key is None:
            return
        data = self._data[row_key]
        for column, value in zip(self.ordered_columns, cells, strict=False):
            data[column.key] = value
        self._forget(row_key, row)

    def update_rows(self, changes: Sequence[tuple[int, Sequence[Any]]]) -> None:
        """New cells for many rows (all marked read): a few are redrawn one by one,
        many at once (forgetting row by row scans the caches each time: 2 s for 10,000)."""
        if len(changes) <= FEW_ROWS:
            for row, cells in changes:
                self.update_row(row, cells)
            return
        columns = self.ordered_columns
        for row, cells in changes:
            row_key = self._row_locations.get_key(row)
            if row_key is not None:
                data = self._data[row_key]
                for column, value in zip(columns, cells, strict=False):
                    data[column.key] = value
                self._plain.pop(row_key, None)
        for cache in (self._row_render_cache, self._cell_render_cache, self._line_cache):
            cache.clear()
        self._row_renderable_cache.clear()
        self._drawn.clear()
        self._generation += 1
        self.refresh()

    def update_cell_at(
        self, coordinate: Coordinate, value: Any, *, update_width: bool = False
    ) -> None:
        if update_width:
            super().update_cell_at(coordinate, value, update_width=True)
            return
        row_key, column_key = self.coordinate_to_cell_key(coordinate)
        self._data[row_key][column_key] = value
        self._forget(row_key, coordinate.row)

    def _forget(self, row_key: RowKey, row: int) -> None:
        """Drop what was drawn of one row (the caches hold the very key object)."""
        self._plain.pop(row_key, None)
        self._drawn.pop(row_key, None)
        rows, cells = self._row_render_cache, self._cell_render_cache
        for row_cache_key in [k for k in rows.keys() if k[0] is row_key]:  # noqa: SIM118
            rows.discard(row_cache_key)
        for cell_cache_key in [k for k in cells.keys() if k[0] is row_key]:  # noqa: SIM118
            cells.discard(cell_cache_key)
        self._row_renderable_cache.discard((self._update_count, row))
        self._line_cache.clear()  # the other rows' lines come back from their caches
        self.refresh_row(row)

    # ---- line → row ----------------------------------------------------------------

    def _lines(self) -> list[RowKey]:
        if self._line_keys is None:
            self._line_keys = [row.key for row in self.ordered_rows]
        return self._line_keys

    @property
    def _total_row_height(self) -> int:
        return len(self._lines())

    def _get_offsets(self, y: int) -> tuple[RowKey, int]:
        if self.show_header:
            if y < self.header_height:
                return self._header_row_key, y
            y -= self.header_height
        lines = self._lines()
        if y >= len(lines):
            raise LookupError(f"Y coord {y!r} is greater than total height")
        return lines[y], 0

    # ---- drawing -------------------------------------------------------------------

    def _plain_rows(self) -> bool:
        """Rows drawn here: one line each, a row cursor, no labels or fixed parts."""
        return self.cursor_type == "row" and not (
            self.fixed_rows or self.fixed_columns or self._labelled_row_exists
        )

    def render_lines(self, crop: Region) -> list[Strip]:
        self._styles = {}  # looked up again each frame: a theme or focus change shows
        try:
            return super().render_lines(crop)
        finally:
            self._styles = None
            if self._ahead is None and self._plain_rows():
                self._ahead = []
                self.call_later(self._draw_ahead)

    def _style(self, component: str) -> Style:
        """A component's rich style ("" the table's own), once per frame."""
        styles = self._styles
        if styles is not None and component in styles:
            return styles[component]
        style = self.get_component_styles(component).rich_style if component else self.rich_style
        if styles is not None:
            styles[component] = style
        return style

    def render_line(self, y: int) -> Strip:
        if self.fixed_rows:
            return super().render_line(y)
        scroll_x, scroll_y = self.scroll_offset
        if y >= (self.header_height if self.show_header else 0):
            y += scroll_y
        return self._render_line(y, scroll_x, scroll_x + self.size.width, self._style(""))

    def _get_row_style(self, row_index: int, base_style: Style) -> Style:
        if row_index == -1:
            return self._style("datatable--header")
        if row_index < self.fixed_rows or not self.zebra_stripes:
            return super()._get_row_style(row_index, base_style)
        return self._style("datatable--odd-row" if row_index % 2 else "datatable--even-row")

    def _render_line(self, y: int, x1: int, x2: int, base_style: Style) -> Strip:
        """A plain row's line, kept while the row, its place, the cursor's being on it
        or not and the styles stay: a line elsewhere survives a cursor move."""
        width = self.size.width
        try:
            row_key, line_no = self._get_offsets(y)
        except LookupError:
            return Strip.blank(width, base_style)
        row = self._row_locations.get(row_key)
        if row_key is self._header_row_key or row is None or not self._plain_rows():
            return super()._render_line(y, x1, x2, base_style)
        cursor, hover = self.cursor_coordinate, self.hover_coordinate
        key = (
            row,
            x1,
            x2,
            width,
            base_style,
            row == cursor.row,
            row == hover.row,
            self.show_cursor,
            self._show_hover_cursor,
            self._pseudo_class_state,
            self._generation,
        )
        drawn = self._drawn.get(row_key)
        if drawn is not None and (strip := drawn.get(key)) is not None:
            return strip
        _, cells = self._render_line_in_row(row_key, line_no, base_style, cursor, hover)
        segments = list(chain.from_iterable(cells))
        table_width = sum(column.get_render_width(self) for column in self.ordered_columns)
        if x1 == 0 and x2 == width and table_width <= width:
            strip = Strip(segments, width)  # as wide as the table: nothing to cut or fill
        else:
            cropped = line_crop(segments, x1, x2, max(width, table_width))
            strip = Strip(cropped).adjust_cell_length(width, base_style)
        if drawn is None:
            if len(self._drawn) >= KEPT_ROWS:
                self._drawn.clear()
            drawn = self._drawn[row_key] = {}
        drawn[key] = strip
        return strip

    def _draw_ahead(self) -> None:
        """Between keys: draw the page below the view and the page above, a few lines a
        turn, as they would be drawn now (PgDn or PgUp then finds them drawn)."""
        if self._ahead == [] and self.is_mounted:
            header = self.header_height if self.show_header else 0
            page = max(1, self.size.height - header)
            top, count = int(self.scroll_y), self.row_count
            below = range(top + page, min(top + 2 * page, count))
            self._ahead = [*below, *range(max(0, top - page), top)]
        rows, self._ahead = (self._ahead or [])[:AHEAD_CHUNK], (self._ahead or [])[AHEAD_CHUNK:]
        if rows and self.is_mounted and self._plain_rows():
            self._styles = {}
            try:
                self._pseudo_class_state = self.get_pseudo_class_state()
                header = self.header_height if self.show_header else 0
                scroll_x, width = int(self.scroll_x), self.size.width
                for row in rows:
                    if row < self.row_count:
                        self._render_line(row + header, scroll_x, scroll_x + width, self._style(""))
            finally:
                self._styles = None
        if self._ahead and self.is_mounted:
            self.call_later(self._draw_ahead)
        else:
            self._ahead = None  # the next frame plans again

    def _render_line_in_row(
        self,
        row_key: RowKey,
        line_no: int,
        base_style: Style,
        cursor_location: Coordinate,
        hover_location: Coordinate,
    ) -> tuple[SegmentLines, SegmentLines]:
        """DataTable's, for plain rows: the cursor and styles looked up once a row, and
        one-line Text cells laid out here (rich's layout is most of DataTable's cost).
        Not cached: `_render_line` keeps the line."""
        row_index = self._row_locations.get(row_key)
        if row_key is self._header_row_key or row_index is None or not self._plain_rows():
            return super()._render_line_in_row(
                row_key, line_no, base_style, cursor_location, hover_location
            )
        on_cursor, on_hover = row_index == cursor_location.row, row_index == hover_location.row
        show_cursor, show_hover = self.show_cursor, self._show_hover_cursor
        row_style = self._get_row_style(row_index, base_style)
        component, post = self._get_styles_to_render_cell(
            False,
            False,
            False,
            on_hover,
            on_cursor,
            show_cursor,
            show_hover,
            self.cursor_foreground_priority == "css",
            self.cursor_background_priority == "css",
        )
        tall = self.rows[row_key].height != 1
        data = self._data[row_key]
        plain_row = self._plain.setdefault(row_key, {})
        cells: SegmentLines = []
        table_width = 0
        for column_index, column in enumerate(self.ordered_columns):
            width = column.get_render_width(self)
            table_width += width
            value = data.get(column.key)
            if tall or not isinstance(value, Text):
                cell_lines = self._render_cell(
                    row_index, column_index, row_style, width, cursor=on_cursor, hover=on_hover
                )
                cells.append(cell_lines[line_no])
                continue
            plain = plain_row.get((column.key, width))
            if plain is None:
                plain = plain_row[column.key, width] = _lay_out(
                    value, width, self.cell_padding, self.app.console
                )
            pre = row_style + _meta(row_index, column_index) + component
            cells.append([Segment(text, pre + style + post) for text, style in plain])
        extend, _ = self._get_styles_to_render_cell(
            False, False, False, on_hover, on_cursor, show_cursor, show_hover, False, False
        )
        fill = row_style + extend + _meta(row_index, 0, out_of_bounds=True)
        cells.append([Segment(" " * max(0, self.size.width - table_width), fill)])
        return [], cells


def _meta(row: int, column: int, *, out_of_bounds: bool = False) -> Style:
    """Where a mouse event lands, as DataTable marks its cells."""
    meta: dict[str, object] = {"row": row, "column": column}
    if out_of_bounds:
        meta["out_of_bounds"] = True
    return Style.from_meta(meta)


def _lay_out(value: Text, width: int, padding: int, console: Console) -> _Plain:
    """A one-line cell as DataTable draws it, exactly `width` cells wide: cut to the
    column (an ellipsis where it is cut), justified with the text's style, padded."""
    pad = " " * padding
    inner = width - 2 * padding
    if not value.plain or inner <= 0:
        return [(" " * width, None)]
    text = value.copy()
    if text.overflow is None:
        text.overflow = "ellipsis"
    justify = text.justify if text.justify in ("right", "center") else "left"
    text.align(justify, inner)  # type: ignore[arg-type]
    if text.spans:
        segments = [(s.text, s.style) for s in text.render(console) if s.text]
    else:  # rendered alone, a Text without spans leaves its style to the caller
        segments = [(text.plain, console.get_style(text.style) if text.style else None)]
    return [(pad, None), *segments, (pad, None)] if pad else segments
