"""What one row of the article pane shows: its text, with every highlight as a span.

Kept apart from the widget (`article_view.py`), which decides which rows to draw and
caches them; the styles come from the widget's component classes through `style`.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.style import Style
from rich.text import Text

from tui.app.layout import Line, safe_text
from tui.app.marks import SpanIndex
from tui.app.palette import entity_style
from tui.article.model import Article

ROLE_CLASS = {
    "title": "article-view--title",
    "subtitle": "article-view--subtitle",
    "code": "article-view--code",
    "heading": "article-view--heading",
    "meta": "article-view--meta",
    "quote": "article-view--quote",
}
ROW_CLASSES = {  # the article pane's component classes (article_view.tcss)
    *ROLE_CLASS.values(),
    "article-view--boilerplate",
    "article-view--sources",
    "article-view--date",
    "article-view--figure",
    "article-view--entity-current",
    "article-view--match",
    "article-view--focus",
}


def row_text(
    article: Article,
    line: Line,
    style_of: Callable[[str], Style],
    *,
    marks: SpanIndex,
    matches: SpanIndex,
    focus: tuple[int, int] | None,
    entity: int | None,
) -> Text:
    """The text of `line`: its block's style, then dates and figures, entity mentions
    (the current `entity` stronger), search `matches` and the `focus`, in that order."""
    block = article.blocks[line.block]
    style = Style()
    role_class = ROLE_CLASS.get(line.role)
    if role_class:
        style += style_of(role_class)
    if block.in_sources:
        style += style_of("article-view--sources")
    if block.boilerplate:
        style += style_of("article-view--boilerplate")
    body = safe_text(article.text[line.start : line.end])
    text = Text(line.prefix + body, no_wrap=True, end="")
    # as a span, not Text(style=): Text.render drops the base style of unspanned text
    text.stylize(style)
    shift = len(line.prefix) - line.start

    def paint(start: int, end: int, paint_style: Style) -> None:
        s, e = max(start, line.start), min(end, line.end)
        if e > s:
            text.stylize(paint_style, s + shift, e + shift)

    on_row = marks.overlapping(line.start, line.end)
    for mark in on_row:
        if mark.kind == "date":
            paint(mark.start, mark.end, style_of("article-view--date"))
        elif mark.kind == "figure":
            paint(mark.start, mark.end, style_of("article-view--figure"))
    current = style_of("article-view--entity-current")
    for mark in on_row:
        if mark.kind == "entity":
            style = entity_style(mark.label)
            if mark.entity == entity:
                style += current
            paint(mark.start, mark.end, style)
    match_style = style_of("article-view--match")
    for match in matches.overlapping(line.start, line.end):
        paint(match.start, match.end, match_style)
    if focus is not None:
        paint(*focus, style_of("article-view--focus"))
    return text
