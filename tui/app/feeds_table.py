"""The table of the Feeds lists: DataTable made cheap for 10,000 one-line rows.

Each key on those lists must answer in ≤ 20 ms (issue 16), and DataTable spends it where
it is general: every cell is laid out by rich (Padding, Styled, render_lines: ~0.25 ms a
cell, a PgDn of 38 new rows ~30 ms), the CSS styles of each line are looked up afresh
(~0.2 ms a line), its line → row list is rebuilt on any cell change, and one changed
cell renders every line on screen again. Here a one-line Text cell is truncated and
padded by hand and kept (unstyled) until its row changes, styles are looked up once per
frame, and a changed row drops only its own caches. Tables with labels, fixed rows or
columns, or taller rows take DataTable's own path. These are DataTable internals:
Textual is pinned below 9 in pyproject.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from typing import Any

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual._segment_tools import line_crop
from textual._types import SegmentLines
from textual.coordinate import Coordinate
from textual.geometry import Region
from textual.strip import Strip
from textual.visual import VisualType
from textual.widgets import Static
from textual.widgets.data_table import ColumnKey, RowKey

from tui.app.list_screen import ListTable

_Plain = list[tuple[str, Style | None]]  # a cell's segments before the row's styles


class StatusLine(Static):
    """A line of fixed size: new text needs no layout of the whole screen (a status
    note made a key's frame wait for one)."""

    def update(self, content: VisualType = "", *, layout: bool = False) -> None:
        super().update(content, layout=layout)


class FeedTable(ListTable):
    """A list table whose rows are cheap to draw, move over and change one at a time."""

    _line_keys: list[RowKey] | None = None
    _styles: dict[str, Style] | None = None  # CSS styles looked up in this frame

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._plain: dict[tuple[RowKey, ColumnKey, int], _Plain] = {}

    # ---- rows change -------------------------------------------------------------

    def clear(self, columns: bool = False) -> FeedTable:
        self._line_keys = None
        self._plain.clear()
        super().clear(columns)
        return self

    def add_row(self, *cells: Any, **options: Any) -> RowKey:
        self._line_keys = None
        return super().add_row(*cells, **options)

    def remove_row(self, row_key: RowKey | str) -> None:
        self._line_keys = None
        super().remove_row(row_key)

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
        for key in [k for k in self._plain if k[0] is row_key]:
            del self._plain[key]
        rows, cells = self._row_render_cache, self._cell_render_cache
        for row_cache_key in [k for k in rows.keys() if k[0] is row_key]:  # noqa: SIM118
            rows.discard(row_cache_key)
        for cell_cache_key in [k for k in cells.keys() if k[0] is row_key]:  # noqa: SIM118
            cells.discard(cell_cache_key)
        self._row_renderable_cache.discard((self._update_count, row))
        self._line_cache.clear()  # the other rows' lines come back from the row cache
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

    def _simple(self) -> bool:
        return not (self.fixed_rows or self.fixed_columns or self._labelled_row_exists)

    def render_lines(self, crop: Region) -> list[Strip]:
        self._styles = {}  # looked up again each frame: a theme or focus change shows
        try:
            return super().render_lines(crop)
        finally:
            self._styles = None

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
        """DataTable's line, less the measuring: a plain row is exactly as wide as the
        table (cells cut and padded to their columns), so it needs no crop or adjusting."""
        width = self.size.width
        try:
            row_key, line_no = self._get_offsets(y)
        except LookupError:
            return Strip.blank(width, base_style)
        if row_key is self._header_row_key or not self._plain_rows():
            return super()._render_line(y, x1, x2, base_style)
        cursor, hover = self.cursor_coordinate, self.hover_coordinate
        cache_key = (
            y,
            x1,
            x2,
            width,
            cursor,
            hover,
            base_style,
            self.cursor_type,
            self._show_hover_cursor,
            self._update_count,
            self._pseudo_class_state,
        )
        cached = self._line_cache.get(cache_key)
        if cached is not None:
            return cached
        _, cells = self._render_line_in_row(row_key, line_no, base_style, cursor, hover)
        segments = list(chain.from_iterable(cells))
        table_width = sum(column.get_render_width(self) for column in self.ordered_columns)
        if x1 == 0 and x2 == width and table_width <= width:
            strip = Strip(segments, width)
        else:
            cropped = line_crop(segments, x1, x2, max(width, table_width))
            strip = Strip(cropped).adjust_cell_length(width, base_style)
        self._line_cache[cache_key] = strip
        return strip

    def _plain_rows(self) -> bool:
        """Rows drawn here: one line each, a row cursor, no labels or fixed parts."""
        return self.cursor_type == "row" and self._simple()

    def _render_line_in_row(
        self,
        row_key: RowKey,
        line_no: int,
        base_style: Style,
        cursor_location: Coordinate,
        hover_location: Coordinate,
    ) -> tuple[SegmentLines, SegmentLines]:
        """DataTable's, for plain rows: the cursor and styles looked up once a row, and
        one-line Text cells laid out here (rich's layout is most of DataTable's cost)."""
        row_index = self._row_locations.get(row_key)
        if row_key is self._header_row_key or row_index is None or not self._plain_rows():
            return super()._render_line_in_row(
                row_key, line_no, base_style, cursor_location, hover_location
            )
        show_hover = self._show_hover_cursor
        cache_key = (
            row_key,
            line_no,
            base_style,
            cursor_location,
            hover_location,
            self.cursor_type,
            self.show_cursor,
            show_hover,
            self._update_count,
            self._pseudo_class_state,
        )
        cached = self._row_render_cache.get(cache_key)
        if cached is not None:
            return cached
        row_style = self._get_row_style(row_index, base_style)
        component, post = self._get_styles_to_render_cell(
            False,
            False,
            False,
            row_index == hover_location.row,
            row_index == cursor_location.row,
            self.show_cursor,
            show_hover,
            self.cursor_foreground_priority == "css",
            self.cursor_background_priority == "css",
        )
        tall = self.rows[row_key].height != 1
        data = self._data[row_key]
        cells: SegmentLines = []
        table_width = 0
        for column_index, column in enumerate(self.ordered_columns):
            width = column.get_render_width(self)
            table_width += width
            value = data.get(column.key)
            if tall or not isinstance(value, Text):
                at = Coordinate(row_index, column_index)
                cell_lines = self._render_cell(
                    row_index,
                    column_index,
                    row_style,
                    width,
                    cursor=self._should_highlight(cursor_location, at, "row"),
                    hover=self._should_highlight(hover_location, at, "row"),
                )
                cells.append(cell_lines[line_no])
                continue
            plain = self._plain.get((row_key, column.key, width))
            if plain is None:
                plain = self._plain[row_key, column.key, width] = self._lay_out(value, width)
            pre = row_style + self._meta(row_index, column_index) + component
            cells.append([Segment(text, pre + style + post) for text, style in plain])
        extend, _ = self._get_styles_to_render_cell(
            False,
            False,
            False,
            row_index == hover_location.row,
            row_index == cursor_location.row,
            self.show_cursor,
            show_hover,
            False,
            False,
        )
        fill = row_style + extend + self._meta(row_index, 0, out_of_bounds=True)
        cells.append([Segment(" " * max(0, self.size.width - table_width), fill)])
        pair: tuple[SegmentLines, SegmentLines] = ([], cells)
        self._row_render_cache[cache_key] = pair
        return pair

    @staticmethod
    def _meta(row: int, column: int, *, out_of_bounds: bool = False) -> Style:
        meta: dict[str, object] = {"row": row, "column": column}
        if out_of_bounds:
            meta["out_of_bounds"] = True
        return Style.from_meta(meta)

    def _lay_out(self, value: Text, width: int) -> _Plain:
        """A one-line cell as DataTable draws it, exactly `width` cells wide: cut to the
        column (an ellipsis where it is cut), justified with the text's style, padded."""
        console = self.app.console
        pad = " " * self.cell_padding
        inner = width - 2 * len(pad)
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
