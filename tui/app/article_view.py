"""The article pane: a Line API widget that wraps once per width and caches rows.

Only rows on screen are rendered, each row's Strip is cached until something it
shows changes (a highlight, the focus, a search match), and changes refresh just the
rows they touch, so a long article scrolls as cheaply as a short one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.app.article_rows import ROW_CLASSES, row_text
from tui.app.layout import Layout, Line, build_layout, extend_layout
from tui.app.marks import Mark, SpanIndex
from tui.app.scroll_marks import mark_entity
from tui.article.model import Article

FIRST_ROWS = 300  # rows wrapped before the first frame; the rest right after it


@dataclass(frozen=True)
class _Frame:
    """What every row of one frame shares."""

    layout: Layout
    width: int
    pad: int
    base: Style
    top: int


class ArticleView(ScrollView, can_focus=True):
    """Draws `Article.text` row by row with entity, date, search and focus highlights."""

    COMPONENT_CLASSES: ClassVar[set[str]] = ROW_CLASSES

    class Scrolled(Message):
        """The visible part of the article changed."""

    class Clicked(Message):
        """The reader clicked on the article text at `offset`."""

        def __init__(self, offset: int) -> None:
            super().__init__()
            self.offset = offset

    def __init__(
        self,
        article: Article,
        *,
        reading_width: int = 88,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.article = article
        self.reading_width = max(20, reading_width)
        self.hide_boilerplate = False
        self.layout_: Layout | None = None
        # row -> (what the row showed: width, current entity, focus; the finished strip)
        self._cache: LRUCache[int, tuple[tuple[object, ...], Strip]] = LRUCache(2048)
        self._focus_rows: range = range(0)
        self._frame: _Frame | None = None  # set while a frame's rows are rendered
        self._marks = SpanIndex([])
        self._matches = SpanIndex([])
        self.focus_span: tuple[int, int] | None = None
        self.current_entity: int | None = None
        self._entity_rows: dict[int, set[int]] = {}
        self.scroll_listener: Callable[[], None] | None = None  # called on every scroll
        self.renders = 0  # rows rendered (not served from cache): for tests and benchmarks

    # ---- layout -------------------------------------------------------------------

    @property
    def text_width(self) -> int:
        """Width of the text column: the reading width, or less on a narrow pane."""
        avail = self.scrollable_content_region.width or self.size.width
        return max(10, min(self.reading_width, avail - 2))

    def _relayout(self, *, keep: int | None = None) -> None:
        """Wrap for the current width; scroll so that offset `keep` stays at the top.

        Without `keep` (the reader starts at the top) only the first screens are
        wrapped now and the rest right after the frame that shows them: a long
        article is on screen without waiting for all of it to be wrapped.
        """
        self.layout_ = build_layout(
            self.article,
            self.text_width,
            hide_boilerplate=self.hide_boilerplate,
            max_rows=FIRST_ROWS if keep is None else None,
        )
        self._cache.clear()
        self._layout_changed()
        if keep is not None:
            self.scroll_to(y=self.layout_.line_of(keep), animate=False, force=True)
        elif not self.layout_.complete:
            self.call_after_refresh(self._finish_layout)
        self.refresh()

    def _layout_changed(self) -> None:
        """Rows moved or were added: what is indexed by row follows."""
        layout = self.layout_
        assert layout is not None
        self._index_entity_rows()
        if self.focus_span is not None:
            self._focus_rows = layout.rows_of(*self.focus_span)
        self.virtual_size = Size(self.scrollable_content_region.width, len(layout.lines))
        mark_entity(self)

    def _finish_layout(self) -> None:
        """Wrap the rest of the article (rows already shown stay the same)."""
        layout = self.layout_
        if layout is None or layout.complete:
            return
        extend_layout(layout, self.article, hide_boilerplate=self.hide_boilerplate)
        self._layout_changed()
        self.post_message(self.Scrolled())  # the position in percent changed

    def _ensure_layout(self) -> Layout:
        if not self.scrollable_content_region.width:
            # not laid out yet: wrapping for a guessed width would be wasted work
            return self.layout_ or Layout(self.reading_width)
        if self.layout_ is None or self.layout_.width != self.text_width:
            keep = self.top_offset() if self.layout_ is not None else None
            self._relayout(keep=keep)
        assert self.layout_ is not None
        return self.layout_

    def _full_layout(self) -> Layout:
        """The layout of the whole article: what maps any offset to its row."""
        layout = self._ensure_layout()
        if not layout.complete and layout is self.layout_:
            self._finish_layout()
        return layout

    def on_resize(self, event: events.Resize) -> None:
        self._ensure_layout()
        self.virtual_size = Size(
            self.scrollable_content_region.width, len(self._ensure_layout().lines)
        )
        self.post_message(self.Scrolled())

    def on_mount(self) -> None:
        super().on_mount()
        self._ensure_layout()

    def set_article(self, article: Article, *, offset: int | None = None) -> None:
        """Show another article: highlights, matches and focus belong to the old one."""
        self.article = article
        self.layout_ = None
        self._cache.clear()
        self._marks = SpanIndex([])
        self._matches = SpanIndex([])
        self.focus_span = None
        self._focus_rows = range(0)
        self.current_entity = None
        self._entity_rows = {}
        if self.scrollable_content_region.width:
            self._relayout(keep=offset or 0)
        self.post_message(self.Scrolled())

    def set_reading_width(self, width: int) -> None:
        self.reading_width = max(20, width)
        self._ensure_layout()

    def set_hide_boilerplate(self, hide: bool) -> None:
        if hide == self.hide_boilerplate:
            return
        keep = self.top_offset()
        self.hide_boilerplate = hide
        self._relayout(keep=keep)
        self.post_message(self.Scrolled())

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    # ---- scrolling keys -------------------------------------------------------------
    # The pane has focus, so its own (inherited, animated) scroll bindings would win over
    # the app's: these replace them with instant moves, one frame per key.

    def page_rows(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def action_scroll_down(self) -> None:
        self.scroll_to(y=self.scroll_y + 1, animate=False)

    def action_scroll_up(self) -> None:
        self.scroll_to(y=self.scroll_y - 1, animate=False)

    def action_page_down(self) -> None:
        self.scroll_to(y=self.scroll_y + self.page_rows(), animate=False)

    def action_page_up(self) -> None:
        self.scroll_to(y=self.scroll_y - self.page_rows(), animate=False)

    def action_scroll_home(self) -> None:
        self.scroll_to(y=0, animate=False)

    def action_scroll_end(self) -> None:
        self._full_layout()
        self.scroll_to(y=self.max_scroll_y, animate=False)

    # ---- positions ----------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self._full_layout().lines)

    def top_row(self) -> int:
        return round(self.scroll_y)

    def top_offset(self) -> int:
        """Text offset shown first on screen: where the reader is."""
        layout = self.layout_
        if layout is None or not layout.lines:
            return 0
        row = min(self.top_row(), len(layout.lines) - 1)
        # a blank separator row stands for the block below it
        while row < len(layout.lines) - 1 and layout.lines[row].blank:
            row += 1
        return layout.lines[row].start

    def bottom_offset(self) -> int:
        layout = self._full_layout()
        if not layout.lines:
            return 0
        row = min(
            self.top_row() + max(1, self.scrollable_content_region.height) - 1,
            len(layout.lines) - 1,
        )
        return layout.lines[row].end

    def is_visible(self, start: int, end: int) -> bool:
        layout = self._full_layout()
        rows = layout.rows_of(start, end)
        top = self.top_row()
        return rows.start >= top and rows.stop <= top + self.scrollable_content_region.height

    def position_percent(self) -> int:
        if self.max_scroll_y <= 0:
            return 100
        return round(100 * min(self.scroll_y, self.max_scroll_y) / self.max_scroll_y)

    def scroll_to_offset(self, offset: int, *, top: bool = False) -> None:
        """Bring `offset` into view: to the top row, or a third down if it was off screen."""
        layout = self._full_layout()
        row = layout.line_of(offset)
        if top:
            self.scroll_to(y=row, animate=False, force=True)
            return
        self.scroll_span_into_view(offset, offset + 1)

    def scroll_span_into_view(self, start: int, end: int) -> None:
        if self.is_visible(start, end):
            return
        layout = self._full_layout()
        row = layout.rows_of(start, end).start
        height = max(1, self.scrollable_content_region.height)
        self.scroll_to(y=max(0, row - height // 3), animate=False, force=True)

    # ---- highlights ---------------------------------------------------------------

    def set_marks(self, marks: Sequence[Mark]) -> None:
        self._marks = SpanIndex(marks)
        self._index_entity_rows()
        mark_entity(self)
        self._cache.clear()
        self.refresh()

    def _index_entity_rows(self) -> None:
        """Rows holding each entity's mentions: what to redraw when it becomes current."""
        self._entity_rows = {}
        layout = self.layout_
        if layout is None or not layout.complete:
            return  # indexed when the layout is finished
        for mark in self._marks.marks:
            if mark.kind == "entity":
                rows = self._entity_rows.setdefault(mark.entity, set())
                rows.update(layout.rows_of(mark.start, mark.end))

    def set_matches(self, spans: Iterable[tuple[int, int]]) -> None:
        old = self._matches
        self._matches = SpanIndex([Mark(s, e, "match") for s, e in spans])
        rows: set[int] = set()
        layout = self._full_layout() if self.layout_ is not None else None
        if layout is not None:
            for m in (*old.marks, *self._matches.marks):
                rows.update(layout.rows_of(m.start, m.end))
        for row in rows:
            self._cache.discard(row)  # matches are not part of a row's cache key
        self._refresh_visible(rows.__contains__)

    def set_focus(self, span: tuple[int, int] | None, entity: int | None = None) -> None:
        """Make `span` the focused span (and `entity` the current one); redraw what changed.

        Rows are cached with the entity and focus they showed, so nothing is discarded
        here: only rows on screen whose highlight changed are redrawn, however many
        rows the entity's mentions cover in the whole article.
        """
        old_focus, old_entity = self._focus_rows, self.current_entity
        self.focus_span = span
        self.current_entity = entity
        layout = self._full_layout() if self.layout_ is not None else None
        self._focus_rows = (
            layout.rows_of(*span) if span is not None and layout is not None else range(0)
        )
        if span is not None:
            self.scroll_span_into_view(*span)
        entity_changed = entity != old_entity
        mark_entity(self)  # beside the scrollbar (scroll_marks.py)
        old_rows = self._entity_rows.get(old_entity, ()) if old_entity is not None else ()
        new_rows = self._entity_rows.get(entity, ()) if entity is not None else ()

        def changed(row: int) -> bool:
            if row in old_focus or row in self._focus_rows:
                return True
            return entity_changed and (row in old_rows or row in new_rows)

        self._refresh_visible(changed)

    def _refresh_visible(self, changed: Callable[[int], bool]) -> None:
        """Redraw the rows on screen for which `changed(row)` holds."""
        top = self.top_row()
        for row in range(top, top + self.scrollable_content_region.height):
            if changed(row):
                self.refresh_line(row)

    # ---- drawing ------------------------------------------------------------------

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def _row_text(self, line: Line) -> Text:
        return row_text(
            self.article,
            line,
            self._style,
            marks=self._marks,
            matches=self._matches,
            focus=self.focus_span,
            entity=self.current_entity,
        )

    def _row_key(self, row: int, width: int, base: Style) -> tuple[object, ...]:
        """What a row's strip depends on besides the text, marks and matches."""
        entity = self.current_entity
        shows_entity = entity is not None and row in self._entity_rows.get(entity, ())
        return (
            width,
            base,
            entity if shows_entity else None,
            self.focus_span if row in self._focus_rows else None,
        )

    def _render_row(self, row: int, frame: _Frame) -> Strip:
        key = self._row_key(row, frame.width, frame.base)
        cached = self._cache.get(row)
        if cached is not None and cached[0] == key:
            return cached[1]
        line = frame.layout.lines[row]
        base = frame.base
        if line.blank:
            strip = Strip.blank(frame.width, base)
        else:
            self.renders += 1
            text = self._row_text(line)
            body = Strip(list(text.render(self.app.console)), text.cell_len)
            strip = Strip.join([Strip.blank(frame.pad, base), body.apply_style(base)])
            strip = strip.crop_extend(0, frame.width, base)
        self._cache[row] = (key, strip)
        return strip

    def _make_frame(self) -> _Frame:
        layout = self._ensure_layout()
        width = self.scrollable_content_region.width or self.size.width
        pad = max(0, (width - layout.width) // 2)
        return _Frame(layout, width, pad, self.rich_style, self.top_row())

    def render_lines(self, crop: Region) -> list[Strip]:
        # layout, width and style once per frame, not once per row
        self._frame = self._make_frame()
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    def render_line(self, y: int) -> Strip:
        frame = self._frame or self._make_frame()
        row = frame.top + y
        if row >= len(frame.layout.lines):
            return Strip.blank(frame.width, frame.base)
        return self._render_row(row, frame)

    # ---- mouse --------------------------------------------------------------------

    def offset_at(self, x: int, y: int) -> int | None:
        """Text offset under content cell (x, y), or None over margins and blank rows."""
        layout = self._ensure_layout()
        width = self.scrollable_content_region.width or self.size.width
        col = x - max(0, (width - layout.width) // 2)
        return layout.offset_at(self.article.text, self.top_row() + y, col)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        text_offset = self.offset_at(offset.x, offset.y)
        if text_offset is not None:
            self.post_message(self.Clicked(text_offset))

    def _prefetch(self, down: bool) -> None:
        """Render the next screen in the direction of reading into the cache, after the
        frame for this one is out: the next page is then drawn from the cache."""
        if self._frame is not None or self.layout_ is None:
            return
        frame = self._make_frame()
        height = self.scrollable_content_region.height
        first = frame.top + height if down else frame.top - height
        for row in range(max(0, first), min(first + height, len(frame.layout.lines))):
            self._render_row(row, frame)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if round(new_value) != round(old_value):
            self.call_after_refresh(self._prefetch, new_value > old_value)
        if self.scroll_listener is not None:
            # at once, so what it updates (the status line) is in the same frame
            self.scroll_listener()
        self.post_message(self.Scrolled())
