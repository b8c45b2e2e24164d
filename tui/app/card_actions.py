"""What the article screen does for the library: open an entity card, act on its
choice, and index the article it shows.

Apart from article_screen.py (which stays one screen's keys) and imported lazily where
heavy: the card, the index and its hashing are nothing the first frame needs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast

from textual.widgets import OptionList

from tui.analysis.model import Analysis
from tui.app.reading import Place, Step
from tui.article.model import Article

if TYPE_CHECKING:
    from tui.app.article_screen import ArticleScreen
    from tui.app.entity_card import CardChoice


class LibraryActions:
    """The article screen's keys for the library: `e` (the card) and ctrl+f (the search,
    also an App binding); and the mention an article from the library opens at."""

    # (location, offset of the mention to mark, or words to search) of an article opened
    # from the library, until its analysis is in
    arrive_at: tuple[str, int, str] | None = None

    def mention_when_analysed(self, location: str, offset: int, words: str = "") -> None:
        """The article at `location` opens at `offset`: when its analysis is in, the
        mention there becomes the place (marked, its entity current); without one, the
        longest of `words` (a text search's) is searched in it."""
        wanted = offset >= 0 or bool(words)
        self.arrive_at = (location, offset, words) if wanted else None

    def arrive_at_mention(self) -> None:
        """Called when an analysis is in: go to the awaited place if it is this one's."""
        screen = cast("ArticleScreen", self)
        wanted, self.arrive_at = self.arrive_at, None
        if wanted is None:
            return
        from tui.library.jobs import location_of  # the index: nothing the first frame needs

        location, offset, words = wanted
        if location != location_of(screen.reading.article):
            return
        place = screen.reading.at(offset) if offset >= 0 else None
        if place is not None and place.kind == "entity":
            screen.go(Step(place))
        elif offset < 0 and (word := max(re.findall(r"\w+", words), key=len, default="")):
            reading, view = screen.reading, screen.view
            reading.search(word, hide_boilerplate=view.hide_boilerplate)
            view.set_matches(reading.matches)
            if reading.matches:
                screen.go(reading.match_step(True, -1, announce=True))

    def action_entity_card(self) -> None:
        """The card of the entity highlighted in the sidebar's list (when it has focus),
        else of the current entity."""
        open_card(cast("ArticleScreen", self))

    def action_library_search(self) -> None:
        from tui.app.library_search import open_library_search

        open_library_search(cast("ArticleScreen", self).app)


def card_entity(screen: ArticleScreen) -> int | None:
    """The entity highlighted in the sidebar's entity list when that list has focus,
    else the reader's current entity."""
    focused = screen.app.focused
    if isinstance(focused, OptionList) and focused.id == "entity-list":
        option = focused.highlighted_option
        kind, _, index = (option.id or "").rpartition("-") if option else ("", "", "")
        if kind == "entity" and index.isdigit():
            return int(index)
    return screen.reading.current_entity


def open_card(screen: ArticleScreen) -> None:
    """Push the card of the entity (or say why there is none)."""
    reading = screen.reading
    if (why := reading.pending()) is not None:
        screen.flash(why)
        return
    entity = card_entity(screen)
    if entity is None or not reading.entity_mentions.get(entity):
        screen.flash("No current entity: press ] (or choose one in the sidebar), then e")
        return
    from tui.app.entity_card import EntityCard

    article = reading.article
    screen.app.push_screen(
        EntityCard(reading, entity), lambda choice: card_chosen(screen, article, choice)
    )


def card_chosen(screen: ArticleScreen, article: Article, choice: CardChoice | None) -> None:
    """Go where the card's Enter chose: a mention, a fact or date here, another article."""
    if choice is None or screen.reading.article is not article:
        return
    if choice.kind == "mention":
        screen.view.focus()
        screen.go(Step(screen.reading.mention_place(choice.mention)))
    elif choice.kind == "span":
        screen.view.focus()
        screen.go(Step(Place("fact", choice.span)))
    elif choice.kind == "article":
        from tui.app.open_request import OpenRequested

        offset = choice.offset if choice.offset >= 0 else None
        screen.mention_when_analysed(choice.location, choice.offset)
        screen.app.post_message(OpenRequested(choice.location, offset=offset))


def index_in_background(screen: ArticleScreen, article: Article, analysis: Analysis) -> None:
    """Index the article the reader opened (tui.library.opened) in a worker thread, after
    the frame that shows its highlights: no key or paint waits for the database."""
    if screen.reading.article is not article:
        return
    screen.run_worker(
        lambda: _index(screen, article, analysis),
        thread=True,
        group="index-opened",
        exit_on_error=False,
    )


def _index(screen: ArticleScreen, article: Article, analysis: Analysis) -> None:
    import importlib

    from tui.library.opened import index_opened

    importlib.import_module("tui.app.entity_card")  # here, not when `e` is first pressed
    try:
        index_opened(article, analysis)
    except Exception as error:  # a locked or damaged library: the reader reads on
        screen.app.call_from_thread(
            screen.notify,
            f"Not added to the library index: {type(error).__name__}: {error}",
            title="Library",
            severity="warning",
            timeout=6,
            markup=False,
        )
