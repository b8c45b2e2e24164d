"""Search over the article text: the matches, and the input that asks for them."""

from __future__ import annotations

import re
from typing import ClassVar

from textual.binding import BindingType
from textual.message import Message
from textual.widgets import Input


def find_matches(text: str, query: str, limit: int = 100_000) -> list[tuple[int, int]]:
    """Case-insensitive literal matches of `query` in `text` as (start, end) offsets."""
    if not query:
        return []
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    matches: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        if m.end() > m.start():
            matches.append((m.start(), m.end()))
            if len(matches) >= limit:
                break
    return matches


class SearchBar(Input):
    """The `/` prompt, docked above the status line while searching."""

    BINDINGS: ClassVar[list[BindingType]] = [("escape", "cancel", "Cancel search")]

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())

    class Cancelled(Message):
        """Escape in the search prompt."""
