"""The status line: where the reader is, and what the last action did.

Left: the current entity (i/n, label, canonical name) or a transient message;
middle: the section (i/n and title); right: analysis progress and position in percent.
At 80 columns the left part wins: its count ("Match 3/12", "Entity 4/40") always shows;
the section takes what is left, or is dropped, and long message prefixes are shortened.
"""

from __future__ import annotations

import re

from rich.cells import cell_len, set_cell_size
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text
from textual.reactive import reactive
from textual.timer import Timer
from textual.widget import Widget

from tui.app.palette import label_badge_style

MESSAGE_SECONDS = 3.0


class StatusLine(Widget):
    """One row at the bottom of the reader."""

    entity: reactive[str] = reactive("", layout=False)
    entity_label: reactive[str] = reactive("")
    section: reactive[str] = reactive("")
    position: reactive[str] = reactive("")
    state: reactive[str] = reactive("")  # analysis state: "analysing 40%", "no model", ""
    message: reactive[str] = reactive("")

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._timer: Timer | None = None

    def flash(self, message: str, seconds: float = MESSAGE_SECONDS) -> None:
        """Show a transient message in place of the entity part."""
        self.message = message
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(seconds, self._clear_message)

    def clear_message(self) -> None:
        self.message = ""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _clear_message(self) -> None:
        self.message = ""
        self._timer = None

    @property
    def plain(self) -> str:
        """The whole line as text: what tests and the tmux check read."""
        left = self.message or self.entity
        parts = [p for p in (left, self.section, self.state, self.position) if p]
        return " | ".join(parts)

    def render(self) -> RenderableType:
        width = self.size.width or 80
        right = Text()
        if self.state:
            right.append(self.state, style="italic")
            right.append("  ")
        right.append(self.position, style="bold")
        right.append("  ? help", style="dim")
        if right.cell_len > width // 3:  # narrow: the help hint goes first
            right.right_crop(len("  ? help"))
        badge = f" {self.entity_label} " if self.entity_label and not self.message else ""
        room = max(8, width - right.cell_len - 4)  # the grid's padding between columns
        text = self.message or self.entity
        left_width = cell_len(badge) + (1 if badge else 0) + cell_len(text)
        section = self.section
        if left_width + 1 + cell_len(section) > room:
            # what matters is on the left (a count, "Match 3/12"): it keeps its width
            # and the section gets what is left, or nothing when that is too little
            spare = room - min(left_width, room) - 1
            section = section if spare >= MIN_SECTION else ""
            text = fit(text, room - cell_len(badge) - (1 if badge else 0))
        if self.message:
            left = Text(text, style="bold")
        else:
            left = Text()
            if badge:
                left.append(badge, style=label_badge_style(self.entity_label))
                left.append(" ")
            left.append(text)
        grid = Table.grid(expand=True, padding=(0, 1))
        if section:
            grid.add_column(ratio=3, no_wrap=True, overflow="ellipsis")
            grid.add_column(ratio=3, no_wrap=True, overflow="ellipsis")
        else:
            grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        grid.add_column(justify="right", no_wrap=True)
        if section and left_width > (room - 2) // 2:  # the left part takes what it needs
            left_share = max(left.cell_len, (room - 1) // 2)
            grid.columns[0].ratio = None
            grid.columns[0].width = min(left_share, room - MIN_SECTION - 1)
            grid.columns[1].ratio = 1
        if section:
            grid.add_row(left, Text(section), right)
        else:
            grid.add_row(left, right)
        return grid


# ---- fitting the left part into a narrow line ------------------------------------------

MIN_SECTION = 12  # a section title narrower than this says nothing: it is left out
_COUNT = re.compile(r"\d+/\d+")
# the long prefixes of walk messages, and what they become when the line is short
_SHORTER = (
    ("Search wrapped to the top: ", "↻ top: "),
    ("Search wrapped to the bottom: ", "↻ bottom: "),
    ("wrapped to the top: ", "↻ "),
    ("wrapped to the bottom: ", "↻ "),
)


def fit(text: str, width: int) -> str:
    """`text` in `width` cells, keeping its count ("Match 3/12", "Entity 4/40"): long
    prefixes are shortened, then the words after the count are cut with an ellipsis."""
    if cell_len(text) <= width:
        return text
    for long, short in _SHORTER:
        text = text.replace(long, short)
    if cell_len(text) <= width:
        return text
    count = _COUNT.search(text)
    if count is not None and cell_len(text[: count.end()]) > width:
        # even the part up to the count is too long: start at the word before it
        start = text.rfind(" ", 0, max(0, count.start() - 1)) + 1
        text = text[start:]
    return set_cell_size_ellipsis(text, width)


def set_cell_size_ellipsis(text: str, width: int) -> str:
    if cell_len(text) <= width:
        return text
    if width <= 1:
        return "…"[:width]
    return set_cell_size(text, width - 1) + "…"
