"""Highlight spans over the article text and the walks over them.

`Mark`s are what the article pane paints (entity mentions, quiet date and figure
marks); `SpanIndex` answers "which marks touch these offsets" for one row, and
`next_after`/`prev_before` are the `]`/`[`-style steps every walk uses.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from tui.analysis.model import Analysis

QUIET_FACTS = ("money", "percent", "quantity")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # "entity", "date", "figure"
    entity: int = -1  # index into Analysis.entities for entity marks
    label: str = ""


class SpanIndex:
    """Marks sorted by start, with an overlap query for a range of offsets."""

    def __init__(self, marks: Sequence[Mark]) -> None:
        self.marks = sorted(marks, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.marks]
        self.longest = max((m.end - m.start for m in self.marks), default=0)

    def overlapping(self, start: int, end: int) -> list[Mark]:
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end)
        return [m for m in self.marks[lo:hi] if m.end > start]

    def __len__(self) -> int:
        return len(self.marks)


def analysis_marks(analysis: Analysis) -> list[Mark]:
    """Everything the article pane highlights for an analysis."""
    marks: list[Mark] = []
    for i, entity in enumerate(analysis.entities):
        for m in entity.mentions:
            if m.end > m.start:
                marks.append(Mark(m.start, m.end, "entity", i, entity.label))
    for d in analysis.dates:
        if d.end > d.start:
            marks.append(Mark(d.start, d.end, "date"))
    for f in analysis.facts:
        if f.kind in QUIET_FACTS and f.end > f.start:
            marks.append(Mark(f.start, f.end, "figure"))
    return marks


def next_after(starts: Sequence[int], pos: int) -> int | None:
    """Index of the first start strictly after `pos`."""
    i = bisect_right(starts, pos)
    return i if i < len(starts) else None


def prev_before(starts: Sequence[int], pos: int) -> int | None:
    """Index of the last start strictly before `pos`."""
    i = bisect_left(starts, pos) - 1
    return i if i >= 0 else None
