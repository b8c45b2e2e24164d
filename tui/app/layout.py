"""Wrapping the article into display lines, once per width.

A `Layout` is a list of `Line`s, each naming the slice of `Article.text` it shows,
so highlights, search matches and clicks map between text offsets and screen rows
with a bisect instead of re-rendering. Pure Python: the widget only draws it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from rich.cells import cell_len

from tui.article.model import Article, Block, BlockKind

_TOKEN = re.compile(r"\S+\s*")
# C0/C1 controls and DEL become a replacement char of the same length, so offsets hold.
_UNSAFE = {c: "\ufffd" for c in [*range(0x00, 0x20), *range(0x7F, 0xA0)]}
_UNSAFE[0x09] = " "


def plural(count: int, noun: str) -> str:
    """ "1 mention", "3 mentions": the count with its noun in the right number."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def safe_text(text: str) -> str:
    """Text that cannot carry terminal control sequences; same length as the input."""
    return text.translate(_UNSAFE)


@dataclass(frozen=True)
class Line:
    """One screen row: `prefix` (indent, bullet) then `text[start:end]`."""

    start: int
    end: int
    block: int  # index into Article.blocks; -1 for the blank rows between blocks
    role: str  # BlockKind value, or "blank"
    prefix: str = ""
    first: bool = True  # first row of its block

    @property
    def blank(self) -> bool:
        return self.block < 0


@dataclass
class Layout:
    width: int
    lines: list[Line] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    next_block: int = 0  # first block not wrapped yet
    complete: bool = True  # False: only the first blocks are wrapped (see extend_layout)

    def line_of(self, offset: int) -> int:
        """Row showing `offset`, or the next row after it if it is hidden."""
        if not self.lines:
            return 0
        i = bisect_right(self.starts, offset) - 1
        if i < 0:
            return 0
        # step back onto a text row when the bisect lands on a blank separator
        line = self.lines[i]
        if line.blank:
            nxt = i + 1
            return nxt if nxt < len(self.lines) else i
        if offset > line.end and i + 1 < len(self.lines):
            return i + 1
        return i

    def offset_of(self, row: int) -> int:
        if not self.lines:
            return 0
        row = max(0, min(row, len(self.lines) - 1))
        return self.lines[row].start

    def offset_at(self, text: str, row: int, col: int) -> int | None:
        """Offset of `text` under cell `col` of `row` (0: the row's first cell, prefix
        included), or None over a blank row, the prefix or past the end."""
        if not 0 <= row < len(self.lines) or self.lines[row].blank:
            return None
        line = self.lines[row]
        col -= cell_len(line.prefix)
        if col < 0:
            return None
        cells = 0
        for i, ch in enumerate(text[line.start : line.end]):
            cells += cell_len(ch)
            if cells > col:
                return line.start + i
        return None

    def rows_of(self, start: int, end: int) -> range:
        """Rows a span covers (at least one)."""
        first = self.line_of(start)
        last = self.line_of(max(start, end - 1))
        return range(first, max(first, last) + 1)


def wrap(text: str, base: int, width: int) -> Iterator[tuple[int, int]]:
    """Greedy word wrap of `text` into (start, end) offsets, shifted by `base`.

    Lines break at whitespace, hard newlines are kept, words wider than the line are
    cut; trailing spaces are not part of a line.
    """
    width = max(1, width)
    pos = 0
    for para in text.split("\n"):
        if not para.strip():
            pos += len(para) + 1
            continue
        line_start = -1
        line_end = 0
        line_cells = 0
        for m in _TOKEN.finditer(para):
            word = m.group().rstrip()
            w_start = m.start()
            w_cells = len(word) if word.isascii() else cell_len(word)
            gap = w_start - line_end  # whitespace: one cell per character
            if line_start >= 0 and line_cells + gap + w_cells <= width:
                line_cells += gap + w_cells
                line_end = w_start + len(word)
                continue
            if line_start >= 0:
                yield base + pos + line_start, base + pos + line_end
            # a word longer than the line is cut into pieces
            while w_cells > width:
                cut, cells = 0, 0
                for ch in word:
                    c = cell_len(ch)
                    if cells + c > width:
                        break
                    cells += c
                    cut += 1
                cut = max(cut, 1)
                yield base + pos + w_start, base + pos + w_start + cut
                w_start += cut
                word = word[cut:]
                w_cells = cell_len(word)
            line_start, line_end, line_cells = w_start, w_start + len(word), w_cells
        if line_start >= 0 and line_end > line_start:
            yield base + pos + line_start, base + pos + line_end
        pos += len(para) + 1


def _prefixes(block: Block) -> tuple[str, str]:
    """Prefix of the first row and of continuation rows of a block."""
    if block.kind is BlockKind.LIST_ITEM:
        pad = "  " * max(0, block.level - 1)
        return pad + "• ", pad + "  "
    if block.kind is BlockKind.QUOTE:
        return "│ ", "│ "
    return "", ""


def _strip_marker(text: str, block: Block) -> int:
    """Characters at the start of a list item that are its own bullet ("- ", "* ")."""
    if block.kind is BlockKind.LIST_ITEM:
        m = re.match(r"\s*(?:[-*+•–]|\d+[.)])\s+", text)
        if m:
            return m.end()
    return 0


def build_layout(
    article: Article, width: int, *, hide_boilerplate: bool = False, max_rows: int | None = None
) -> Layout:
    """Wrap every shown block of `article` to `width` cells, blank rows between blocks.

    With `max_rows`, stop after the block that reaches that many rows (`complete` is
    False): the first screens of a long article, to be finished by `extend_layout`.
    """
    layout = Layout(max(10, width), complete=False)
    extend_layout(layout, article, hide_boilerplate=hide_boilerplate, max_rows=max_rows)
    return layout


def extend_layout(
    layout: Layout, article: Article, *, hide_boilerplate: bool = False, max_rows: int | None = None
) -> None:
    """Wrap the blocks `layout` has not reached yet (up to `max_rows` rows in all).

    Rows already there stay as they are, so offsets and rows on screen keep holding.
    """
    width = layout.width
    lines = layout.lines
    text = article.text
    first_new = len(lines)
    blocks = article.blocks
    index = layout.next_block
    while index < len(blocks):
        block = blocks[index]
        index += 1
        if block.end <= block.start or (hide_boilerplate and block.boilerplate):
            continue
        body = text[block.start : block.end]
        skip = _strip_marker(body, block)
        first_prefix, next_prefix = _prefixes(block)
        inner = width - max(cell_len(first_prefix), cell_len(next_prefix))
        rows = list(wrap(body[skip:], block.start + skip, inner))
        if not rows:
            continue
        # no blank row between consecutive items of one list
        tight = (
            lines
            and block.kind is BlockKind.LIST_ITEM
            and blocks[lines[-1].block].kind is BlockKind.LIST_ITEM
        )
        if lines and not tight:
            prev_end = lines[-1].end
            lines.append(Line(prev_end, prev_end, -1, "blank"))
        for n, (start, end) in enumerate(rows):
            lines.append(
                Line(
                    start,
                    end,
                    index - 1,
                    block.kind.value,
                    first_prefix if n == 0 else next_prefix,
                    n == 0,
                )
            )
        if max_rows is not None and len(lines) >= max_rows:
            break
    layout.next_block = index
    layout.complete = index >= len(blocks)
    layout.starts.extend(line.start for line in lines[first_new:])
