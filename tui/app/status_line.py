"""The status line: where the reader is, and what the last action did.

Left: the current entity (i/n, label, canonical name) or a transient message;
middle: the section (i/n and title); right: analysis progress and position in percent.
"""

from __future__ import annotations

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
        grid = Table.grid(expand=True, padding=(0, 1))
        grid.add_column(ratio=3, no_wrap=True, overflow="ellipsis")
        grid.add_column(ratio=3, no_wrap=True, overflow="ellipsis")
        grid.add_column(justify="right", no_wrap=True)
        if self.message:
            left = Text(self.message, style="bold")
        else:
            left = Text()
            if self.entity_label:
                left.append(f" {self.entity_label} ", style=label_badge_style(self.entity_label))
                left.append(" ")
            left.append(self.entity)
        right = Text()
        if self.state:
            right.append(self.state, style="italic")
            right.append("  ")
        right.append(self.position, style="bold")
        right.append("  ? help", style="dim")
        grid.add_row(left, Text(self.section), right)
        return grid
