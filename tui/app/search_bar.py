"""The search prompt (the matches themselves are the reading model's: `reading.py`)."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    """The `/` prompt, docked above the status line while searching."""

    BINDINGS: ClassVar[list[BindingType]] = [("escape", "cancel", "Cancel search")]

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())

    class Cancelled(Message):
        """Escape in the search prompt."""
