"""The `/` prompt and its round trip: open it, count matches while typing, walk them.

The matches themselves are the reading model's (`reading.py`); the prompt is mounted on
the first `/`, since an Input's CSS is more than the rest of the first frame's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.binding import BindingType
from textual.css.query import NoMatches
from textual.message import Message
from textual.widgets import Input

if TYPE_CHECKING:
    from tui.app.article_screen import ArticleScreen


class SearchBar(Input):
    """The `/` prompt, docked above the status line while searching."""

    BINDINGS: ClassVar[list[BindingType]] = [("escape", "cancel", "Cancel search")]

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())

    class Cancelled(Message):
        """Escape in the search prompt."""


class SearchPrompt:
    """What the article screen does with its search prompt."""

    def __init__(self, host: ArticleScreen) -> None:
        self.host = host

    def bar(self) -> SearchBar | None:
        try:
            return self.host.query_one("#search", SearchBar)
        except NoMatches:
            return None

    async def open(self) -> None:
        bar = self.bar()
        if bar is None:
            bar = SearchBar(placeholder="search…", id="search")
            await self.host.mount(bar, before=self.host.status)
        bar.display = True
        bar.value = self.host.reading.search_query
        bar.focus()

    def close(self) -> None:
        bar = self.bar()
        if bar is not None:
            bar.display = False
        self.host.view.focus()

    def typed(self, query: str) -> None:
        """Matches are shown (and counted) while the query is typed."""
        host = self.host
        matches = host.reading.find(query, hide_boilerplate=host.view.hide_boilerplate)
        host.view.set_matches(matches)
        if query:
            host.status.flash(f"/{query}: {len(matches)} matches", seconds=30)

    def submitted(self, query: str) -> None:
        """Enter: the search is on, and the first match after the place is current."""
        self.close()
        host, reading = self.host, self.host.reading
        reading.search(query, hide_boilerplate=host.view.hide_boilerplate)
        host.view.set_matches(reading.matches)
        if not query:
            host.status.flash("Search cleared")
        elif not reading.matches:
            host.status.flash(f"No matches for “{query}”")
        else:
            host.go(reading.match_step(True, host.walk_start(True), announce=True))

    def cancelled(self) -> None:
        """Escape: the search from before stays."""
        self.close()
        self.host.view.set_matches(self.host.reading.matches)
        self.host.status.flash("Search cancelled", seconds=1.5)
