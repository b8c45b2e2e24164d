"""Search the library from any screen: articles that name an entity, and full text.

What the user types is text, never a query language: the index binds it and escapes
FTS syntax (tui/store/index.py), so quotes, `*`, `OR` or `NEAR` are searched as words.
Searches run in a worker thread as the user types (the latest wins), so a library of
100,000 articles never holds a key. Enter opens an article: an entity hit at its
first mention; back (H) returns.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from tui.app.layout import safe_text
from tui.app.open_request import OpenRequested

if TYPE_CHECKING:
    from tui.store.index import Hit  # the index is imported when a search runs

SEARCH_DELAY = 0.15  # seconds of no typing before a search runs
LIMIT = 30  # hits of each kind shown

#: the App-level binding (reader.py): the search from every screen, above inputs too
LIBRARY_SEARCH_BINDINGS: list[BindingType] = [
    Binding("ctrl+f", "library_search", "Search the library (text and entities)", priority=True)
]


@dataclass(frozen=True)
class Found:
    """One search's answer: entity hits, text hits, or the line saying why none."""

    query: str
    entity: list[Hit]
    text: list[Hit]
    error: str = ""


def search_library(query: str, limit: int = LIMIT) -> Found:
    """Both searches for `query`; errors become the answer's line, never a traceback."""
    from tui.store.index import LibraryIndex

    try:
        index = LibraryIndex()
        entity = index.search_entity(query, limit=limit)
        text = index.search_text(query, limit=limit)
    except Exception as error:
        return Found(query, [], [], f"{type(error).__name__}: {error}")
    return Found(query, entity, text)


def _hit_prompt(hit: Hit, count: str) -> Text:
    head = Text.assemble(
        (hit.published or "undated", "dim"),
        "  ",
        (safe_text(hit.title) or hit.location, "bold"),
        f"  {count}",
    )
    return Text("\n").join([head, Text("  " + safe_text(hit.snippet), style="dim")])


class LibrarySearch(ModalScreen[None]):
    """A prompt and the articles it finds; escape closes, Enter opens a hit."""

    CSS_PATH: ClassVar[list[str | PurePath]] = [  # type: ignore[assignment]
        Path(__file__).with_name("entity_card.tcss")
    ]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close_search", "Close the library search"),
        Binding("down", "to_results", "To the results", show=False),
    ]

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.query_text = query
        self.found: Found | None = None
        self._hits: list[Hit] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="library-search"):
            yield Static(Text("Search the library", style="bold"), id="library-title")
            yield Input(
                self.query_text,
                placeholder="a name (Sam Altman) or words of the text",
                id="library-query",
            )
            yield Static("", id="library-summary", classes="card-caption")
            yield OptionList(id="library-results")

    def on_mount(self) -> None:
        self.query_one("#library-query", Input).focus()
        if self.query_text:
            self._search(self.query_text)

    @on(Input.Changed, "#library-query")
    def _typed(self, event: Input.Changed) -> None:
        self._search(event.value)

    @on(Input.Submitted, "#library-query")
    def _submitted(self) -> None:
        self.action_to_results()

    def action_to_results(self) -> None:
        results = self.query_one("#library-results", OptionList)
        if results.option_count:
            results.focus()
            if results.highlighted is None:
                results.action_first()

    @work(thread=True, exclusive=True, group="library-search", exit_on_error=False)
    def _search(self, query: str) -> None:
        worker = get_current_worker()
        if query.strip():
            time.sleep(SEARCH_DELAY)  # typing on: this worker is cancelled meanwhile
        if worker.is_cancelled:
            return
        found = search_library(query) if query.strip() else Found(query, [], [])
        if not worker.is_cancelled:
            self.app.call_from_thread(self.show, found)

    def show(self, found: Found) -> None:
        """Put one search's hits on screen: entity hits first, then text hits."""
        if not self.is_attached:
            return
        self.found = found
        results = self.query_one("#library-results", OptionList)
        results.clear_options()
        self._hits = [*found.entity, *found.text]
        options: list[Option] = []
        if found.entity:
            options.append(_heading(f"Articles that name “{safe_text(found.query)}”"))
            for i, hit in enumerate(found.entity):
                name = f"{safe_text(hit.name)} ×{hit.mentions}"
                options.append(Option(_hit_prompt(hit, name), id=f"hit-{i}"))
        if found.text:
            options.append(_heading("Articles with these words"))
            base = len(found.entity)
            for i, hit in enumerate(found.text):
                count = f"×{hit.mentions}"
                options.append(Option(_hit_prompt(hit, count), id=f"hit-{base + i}"))
        results.add_options(options)
        summary = self.query_one("#library-summary", Static)
        if found.error:
            summary.update(f"The library cannot be searched: {safe_text(found.error)}")
        elif not found.query.strip():
            summary.update("Type a name or words; enter or ↓ goes to the results")
        else:
            summary.update(
                f"{len(found.entity)} naming it as an entity · {len(found.text)} with the words"
            )

    @on(OptionList.OptionHighlighted, "#library-results")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """The hit under the cursor and its neighbours analysed ahead, once it rests."""
        from tui.app.analysis_client import PREFETCH_DELAY

        _, _, index = (event.option.id or "").partition("-")
        if index.isdigit():
            if (timer := getattr(self, "_prefetch_timer", None)) is not None:
                timer.stop()
            self._prefetch_timer = self.set_timer(
                PREFETCH_DELAY, partial(self._prefetch_around, int(index))
            )

    def _prefetch_around(self, index: int) -> None:
        from tui.app.analysis_client import PREFETCH_AROUND, prefetch

        order = [index]
        for distance in range(1, PREFETCH_AROUND + 1):
            order += [index + distance, index - distance]
        paths = [
            self._hits[i].location
            for i in order
            if 0 <= i < len(self._hits) and Path(self._hits[i].location).is_absolute()
        ]
        prefetch(self.app, paths)

    @on(OptionList.OptionSelected, "#library-results")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        _, _, index = (event.option.id or "").partition("-")
        if not index.isdigit():
            return
        hit = self._hits[int(index)]
        self.dismiss(None)
        offset = hit.first if hit.first >= 0 else None
        article_screen = getattr(self.app, "article_screen", None)
        if article_screen is not None:  # its mention (else the words), once analysed
            words = "" if offset is not None or self.found is None else self.found.query
            article_screen.mention_when_analysed(hit.location, hit.first, words)
        self.app.post_message(OpenRequested(hit.location, title=hit.title, offset=offset))

    def action_close_search(self) -> None:
        self.dismiss(None)


def _heading(text: str) -> Option:
    return Option(Text(text, style="bold underline"), disabled=True)


def open_library_search(app: App[Any]) -> None:
    """The App's action (reader.py): the search above whatever screen is shown."""
    if isinstance(app.screen, LibrarySearch):
        app.screen.query_one("#library-query", Input).focus()
        return
    while isinstance(app.screen, ModalScreen):  # a card or the help: an opened article
        app.pop_screen()  # would be hidden under them
    app.push_screen(LibrarySearch())


def library_commands(app: App[Any], screen: Screen[Any]) -> Iterable[SystemCommand]:
    """The search in the command palette of the list screens (the article screen and the
    screens above it list it through the article screen's bindings)."""
    lists = sys.modules.get("tui.app.list_screen")  # none before a list was shown
    if lists is not None and isinstance(screen, lists.ListScreen):
        binding = LIBRARY_SEARCH_BINDINGS[0]
        assert isinstance(binding, Binding)
        run = partial(open_library_search, app)
        yield SystemCommand(binding.description, "key: ctrl+f", run)
