"""Marks beside the article's scrollbar at the current entity's mentions.

Why in the scrollbar itself: editors mark search hits there, and a column of its own
would move the text and every screenshot. Textual draws a scrollbar with a renderer
class, so the marks travel as a class made for them (no marks: Textual's own class,
the scrollbar as it always was).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar

from rich.color import Color
from rich.segment import Segment, Segments
from rich.style import Style
from textual.scrollbar import ScrollBar, ScrollBarRender

if TYPE_CHECKING:
    from tui.app.article_view import ArticleView

MARK_GLYPH = "━"
MARK_COLOUR = Color.parse("#ffb000")  # amber: seen on the dark and the light theme
_BACK, _BAR = Color.parse("#555555"), Color.parse("bright_magenta")  # Textual's defaults


class MarkedScrollBarRender(ScrollBarRender):
    """Textual's scrollbar with a mark at each fraction of `marks` (0 top, 1 bottom)."""

    marks: ClassVar[tuple[float, ...]] = ()

    @classmethod
    def render_bar(  # type: ignore[override]
        cls,
        size: int = 25,
        virtual_size: float = 50,
        window_size: float = 20,
        position: float = 0,
        thickness: int = 1,
        vertical: bool = True,
        back_color: Color = _BACK,
        bar_color: Color = _BAR,
    ) -> Segments:
        bar = super().render_bar(
            size, virtual_size, window_size, position, thickness, vertical, back_color, bar_color
        )
        if not vertical or not cls.marks or size <= 0:
            return bar
        segments = list(bar.segments)
        for row in {min(size - 1, int(f * size)) for f in cls.marks}:
            old = segments[row]
            base = old.style or Style()
            back = base.color if base.reverse else base.bgcolor  # the thumb is reversed
            style = Style(color=MARK_COLOUR, bgcolor=back, meta=base.meta or None)
            segments[row] = Segment(MARK_GLYPH * max(1, len(old.text)), style)
        return Segments(segments, new_lines=True)


def show_marks(bar: ScrollBar, rows: Iterable[int], total: int) -> None:
    """Mark `rows` of `total` on the scrollbar; none: the plain scrollbar."""
    fractions = tuple(sorted({r / total for r in rows})) if total > 0 else ()
    renderer: type[ScrollBarRender] = ScrollBarRender
    if fractions:
        renderer = type("EntityMarks", (MarkedScrollBarRender,), {"marks": fractions})
    current = getattr(bar.renderer, "marks", ())
    if current == fractions:
        return
    bar.renderer = renderer  # type: ignore[misc]
    bar.refresh()


def mark_entity(view: ArticleView) -> None:
    """The view's current entity marked at its rows (indexed once the layout is whole)."""
    entity, layout = view.current_entity, view.layout_
    rows = view._entity_rows.get(entity, ()) if entity is not None else ()
    show_marks(view.vertical_scrollbar, rows, len(layout.lines) if layout else 0)
