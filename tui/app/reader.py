"""The reader app: the shell that routes between screens.

`ReaderApp` holds what outlives one article — the store and session, the screen that
starts (a feed, a folder, one article), the lists an article was chosen from, back and
forward between articles, the theme, the command palette — and shows each article on
its one `ArticleScreen` (the default screen), which holds the rest.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, ClassVar, TypeGuard

from textual import on, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.css.query import NoMatches
from textual.events import Resize
from textual.screen import Screen
from textual.widget import AwaitMount
from textual.worker import get_current_worker

from tui.analysis.model import Analysis, Entity, Mention
from tui.app import collection
from tui.app.analysis_client import AnalyzeFn, ThreadClient, default_analyze, one_line
from tui.app.article_keys import action_name
from tui.app.article_screen import ArticleScreen
from tui.app.article_view import ArticleView
from tui.app.browsing import Session, attempt, is_url, open_location, open_store
from tui.app.feeds_keys import READER_FEED_BINDINGS
from tui.app.layout import safe_text
from tui.app.library_search import LIBRARY_SEARCH_BINDINGS, library_commands, open_library_search
from tui.app.open_request import OpenRequested
from tui.app.reading import Reading
from tui.app.status_line import StatusLine
from tui.article.errors import ArticleError
from tui.article.feed import Feed
from tui.article.loader import DEFAULT_MAX_BYTES
from tui.article.model import Article

if TYPE_CHECKING:
    from tui.app.feed_reading import FeedReader
    from tui.app.list_screen import ListScreen

# The list, feed, bookmark and help screens (and the table widget they use) are
# imported when first shown: the first frame of an article needs none of them.

HERE = Path(__file__).parent
OPENING_NOTICE_SECONDS = 0.5  # an open that takes longer than this is announced
SIDEBAR_DELAY = 2.0  # seconds after the first frame the sidebar waits for the analysis
# (then for a pause in the reader's keys): mounting its tabs holds the UI thread 20-60 ms
SAVE_SECONDS = 5.0  # how often the reading position is saved (skipped when unchanged)
QUIT_WAIT_SECONDS = 2.0  # the longest quitting waits for the sidebar's tabs to finish mounting


def is_list_screen(screen: object) -> TypeGuard[ListScreen[Any]]:
    """Whether `screen` is one of the list screens: none can be before their module is
    imported, so the check does not import it."""
    module = sys.modules.get("tui.app.list_screen")
    return module is not None and isinstance(screen, module.ListScreen)


class ReaderApp(App[int]):
    """Limelight's reader: articles on the article screen, lists pushed above it."""

    TITLE = "Limelight"
    action_library_search = open_library_search  # ctrl+f: LIBRARY_SEARCH_BINDINGS below
    CSS_PATH: ClassVar[list[str | PurePath]] = [
        HERE / "reader.tcss",
        HERE / "article_view.tcss",
        HERE / "sidebar.tcss",
        HERE / "status_line.tcss",
    ]
    BINDINGS: ClassVar[list[BindingType]] = [
        *READER_FEED_BINDINGS,
        *LIBRARY_SEARCH_BINDINGS,
        # the Feeds lists' refresh keys, from an article: every feed (or why not)
        Binding("f5,ctrl+l,ctrl+g", "refresh_feeds", "Feeds: refresh every feed", show=False),
        # the Feeds lists' marking keys, from an article: where they work (or why not)
        Binding("ctrl+t,ctrl+a", "feeds_list_keys", "Feeds: mark read", show=False),
    ]

    def __init__(
        self,
        article: Article | None = None,
        *,
        width: int = 88,
        analyze: AnalyzeFn | None = None,
        open_url: Callable[[str], Any] | None = None,
        session: Session | None = None,
        start: ListScreen[Any] | None = None,
        key: str = "",
        lang: str | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        """`article` to read at once, or `start`, a list to choose from (a library or a
        feed); `key` is the article's location when it is not its path (a URL)."""
        super().__init__()
        self.has_article = article is not None
        self.quitting = False  # set by quit: no more widgets are mounted
        self.session = session if session is not None else Session(open_store)
        self._start = start
        self._start_key = key
        self.lang = lang
        self.max_bytes = max_bytes
        self.trail: list[ListScreen[Any]] = []  # the lists the article was chosen from
        self.opening: str | None = None  # a location being loaded in a worker
        self.feed_reader: FeedReader | None = None  # made when feeds are first read
        client = ThreadClient(analyze or default_analyze)
        self.article_screen = ArticleScreen(article, width=width, client=client, open_url=open_url)

    def get_default_screen(self) -> Screen[Any]:
        return self.article_screen

    # what tools that drive the reader read (tui.bench, tests): the article screen's

    @property
    def reading(self) -> Reading:
        return self.article_screen.reading

    @property
    def article(self) -> Article:
        return self.reading.article

    @property
    def view(self) -> ArticleView:
        return self.article_screen.view

    @property
    def status(self) -> StatusLine:
        return self.article_screen.status

    @property
    def analysis(self) -> Analysis | None:
        return self.reading.analysis

    @property
    def analysis_error(self) -> str | None:
        return self.reading.analysis_error

    @property
    def mentions(self) -> list[tuple[Mention, Entity]]:
        return self.reading.mentions

    @property
    def current_mention(self) -> int | None:
        return self.reading.current_mention

    # ---- start --------------------------------------------------------------------

    async def on_mount(self) -> None:
        self.set_interval(SAVE_SECONDS, self.save_position)
        # the default screen composes in its own task: the first article is shown (and
        # its analysis under way) before the app is ready, as when the app composed it
        await AwaitMount(self.article_screen, [self.article_screen])
        self.start()

    def start(self) -> None:
        """Show the first article, or the start list above the article screen."""
        screen = self.article_screen
        screen.fit(self.size.width)
        if self.has_article:
            self.show_article(self.article, key=self._start_key)
        else:
            self.title = "Limelight"
            screen.status.entity = "No article: choose one from the list"
        if self._start is not None:
            self._start.can_leave = self.has_article
            self.push_screen(self._start)
        self.show_warnings()
        # the sidebar's tabs are most of the widgets: they are added once the highlights
        # are on screen, or after SIDEBAR_DELAY and a pause while a long analysis runs
        self.call_after_refresh(self.set_timer, SIDEBAR_DELAY, screen.build_sidebar_when_quiet)

    def on_ready(self) -> None:
        """The first frame is on screen."""
        # spaCy in a worker process: nothing of it joins the reader's heap (collection.py)
        collection.settle(freeze=getattr(self.article_screen.client, "out_of_process", False))

    def on_resize(self, event: Resize) -> None:
        with contextlib.suppress(NoMatches):  # not composed yet: it fits when it starts
            self.article_screen.fit(event.size.width)

    def flash(self, message: str) -> None:
        self.article_screen.flash(message)

    # ---- opening articles ---------------------------------------------------------

    def show_article(
        self,
        article: Article,
        *,
        key: str = "",
        moved: bool = False,
        offset: int | None = None,
    ) -> None:
        """Read `article` now: the place in the one before is saved, the new one starts
        where it was left (or at `offset`), and its analysis runs afresh."""
        if self.has_article and article is not self.article:
            self.save_position()
        self.has_article = True
        for screen in self.trail:
            screen.can_leave = True
        self.article_screen.show(article, key=key, moved=moved, offset=offset)
        self.show_warnings()

    def save_position(self) -> None:
        """Remember where the reader is in the article (a no-op when unchanged)."""
        recorded = self.session.article is self.article  # not before its visit is
        view = self.view
        if self.has_article and recorded and view.layout_ is not None:
            self.session.save_position(view.top_offset())
            self.show_warnings()

    def show_warnings(self) -> None:
        for warning in self.session.warnings():
            self.notify(
                safe_text(warning), title="Limelight", severity="warning", timeout=8, markup=False
            )

    @on(OpenRequested)
    def _open_requested(self, message: OpenRequested) -> None:
        message.stop()
        if message.article is not None:
            self._open_loaded(message.key, message.article, message.offset, 0)
        elif message.key:
            self.open_location(message.key, offset=message.offset)

    def open_location(self, key: str, *, offset: int | None = None, step: int = 0) -> None:
        """Load a path or URL in a worker; `step` is -1/+1 when back/forward asked."""
        self.opening = key
        self.set_timer(OPENING_NOTICE_SECONDS, partial(self._still_opening, key))
        self._load_location(key, offset, step)

    def _still_opening(self, key: str) -> None:
        """A slow open (a fetch, a big file) says what it is waiting for, wherever the
        reader is looking (the list screens have no status line of the reader's)."""
        if self.opening == key:
            name = key if is_url(key) else os.path.basename(key)
            self.notify(f"Opening {safe_text(name)[:80]}…", timeout=3, markup=False)

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def _load_location(self, key: str, offset: int | None, step: int) -> None:
        worker = get_current_worker()
        result, reason = attempt(
            lambda: open_location(key, lang=self.lang, max_bytes=self.max_bytes)
        )
        if worker.is_cancelled:
            return
        if result is not None:
            self.call_from_thread(self._open_loaded, key, result, offset, step)
        else:
            self.call_from_thread(self._open_failed, key, reason, step)

    def _open_loaded(self, key: str, result: Article | Feed, offset: int | None, step: int) -> None:
        self.opening = None
        if isinstance(result, Feed):
            from tui.app.feed_screen import FeedScreen

            if step:
                self.session.move_failed(step, forget=True)
            feed_screen = FeedScreen(result, location=key)
            feed_screen.lang = self.lang
            feed_screen.can_leave = True
            self.push_screen(feed_screen)
            return
        lists: list[ListScreen[Any]] = []
        while is_list_screen(self.screen):
            lists.insert(0, self.screen)
            self.pop_screen()
        if lists:
            self._set_trail(lists)
        self.show_article(result, key=key, moved=step != 0, offset=offset)

    def _open_failed(self, key: str, reason: str, step: int) -> None:
        self.opening = None
        if step:
            missing = not is_url(key) and not os.path.exists(key)
            self.session.move_failed(step, forget=missing)
        self.notify(
            safe_text(reason)[:300], title="Cannot open", severity="error", timeout=8, markup=False
        )

    # ---- lists and history --------------------------------------------------------

    def _set_trail(self, lists: list[ListScreen[Any]]) -> None:
        """Keep the lists an article was opened from (installed, so popping keeps them
        whole: cursor, filter and sort) and let go of the ones kept before."""
        for screen in self.trail:
            if screen not in lists and screen not in self.screen_stack:
                with contextlib.suppress(Exception):
                    self.uninstall_screen(screen)
                    screen.remove()  # installed screens stay mounted until removed
        for screen in lists:
            if not self.is_screen_installed(screen):
                self.install_screen(screen, name=f"list-{id(screen)}")
        self.trail = lists

    def action_back_to_list(self) -> None:
        """Back to the list the article was chosen from, else its folder as a library."""
        if self.trail:
            for screen in self.trail:
                if screen not in self.screen_stack:
                    self.push_screen(screen)
            return
        path = self.article.path
        if not path or is_url(path) or not os.path.isfile(path):
            self.flash("No list to go back to: B lists the bookmarks")
            return
        folder = os.path.dirname(os.path.abspath(path))
        from tui.app.library_screen import LibraryScreen

        try:
            library = LibraryScreen(folder)
        except ArticleError as error:
            self.flash(one_line(error))
            return
        here = os.path.abspath(path)
        library.start_at(
            next((i for i, item in enumerate(library.items) if str(item.entry.path) == here), None)
        )
        self._set_trail([library])
        self.push_screen(library)

    def _history_step(self, step: int) -> None:
        if self.opening is not None:
            self.flash("Still opening the last one…")
            return
        if self.has_article:
            self.save_position()
        key = self.session.back() if step < 0 else self.session.forward()
        if key is None:
            self.flash("No earlier article" if step < 0 else "No later article")
            return
        self.flash(f"{'Back' if step < 0 else 'Forward'} to {safe_text(self._title_of(key))[:60]}")
        remembered = self.session.remembered(key)
        if remembered is not None:
            self._open_loaded(key, remembered, None, step)
        else:
            self.open_location(key, step=step)

    def _title_of(self, key: str) -> str:
        return self.session.store.title_of(key) or key.rsplit("/", 1)[-1]

    def action_history_back(self) -> None:
        self._history_step(-1)

    def action_history_forward(self) -> None:
        self._history_step(+1)

    def action_toggle_bookmark(self) -> None:
        if not self.has_article:
            return
        screen = self.article_screen
        marked = self.session.toggle_bookmark(screen.view.top_offset())
        screen.bookmarked = bool(marked)
        screen.update_status()
        title = safe_text(self.article.title)[:60]
        if marked is None:
            self.flash("This article has no location to bookmark")
        elif marked:
            self.notify(f"Bookmarked “{title}” here · B lists them", markup=False)
        else:
            self.notify(f"Removed the bookmark of “{title}”", markup=False)
        self.show_warnings()

    def action_bookmarks(self) -> None:
        from tui.app.bookmarks_screen import BookmarksScreen

        screen = BookmarksScreen(self.session.store)
        screen.can_leave = True
        self.push_screen(screen)

    def action_next_unread(self) -> None:
        """`u`: the next unread feed entry (tui/app/feed_reading.py)."""
        from tui.app.feed_reading import feed_reader

        feed_reader(self).next_unread()

    def action_refresh_feeds(self) -> None:
        """F5, ^l, ^g outside the Feeds lists: refresh every feed, or say there is none."""
        from tui.app.feed_reading import feed_reader

        feed_reader(self).refresh()

    def action_feeds_list_keys(self) -> None:
        """^t, ^a outside the Feeds lists: they mark entries there; say so, or that
        there is no subscription."""
        from tui.app.feed_reading import feed_reader

        feed_reader(self).explain_list_keys()

    # ---- theme, quit, command palette ---------------------------------------------

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"
        self.flash(f"Theme: {self.theme}")

    async def action_quit(self) -> None:
        # the sidebar's tabs may be mounting (an analysis that came in just now): Textual
        # fails to mount tabs while it tears the screens down, so let them finish first
        self.quitting = True
        with contextlib.suppress(NoMatches, TimeoutError):
            await asyncio.wait_for(self.article_screen.sidebar.settled(), QUIT_WAIT_SECONDS)
        self.save_position()
        self.exit(0)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Every action of the article screen in the command palette, its key as help."""
        yield from super().get_system_commands(screen)
        yield from self._feed_commands(screen)
        yield from library_commands(self, screen)  # ctrl+f on the list screens
        if is_list_screen(screen):
            return
        article_screen = self.article_screen
        seen: set[str] = set()
        for b in article_screen.binding_list():
            if b.action in seen or action_name(b) == "quit":
                continue
            seen.add(b.action)
            keys = b.key_display or b.key
            run = partial(article_screen.run_action, b.action)
            yield SystemCommand(b.description, f"key: {keys}", run)

    def _feed_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The subscription keys: the Feeds lists' own there, `u` everywhere."""
        from tui.app.feeds_keys import FEEDS_LIST_BINDINGS

        feed_lists = ("FeedsScreen", "EntriesScreen")
        own = FEEDS_LIST_BINDINGS if type(screen).__name__ in feed_lists else []
        for b in [*own, *READER_FEED_BINDINGS]:
            if isinstance(b, Binding):
                run = partial(screen.run_action if b in own else self.run_action, b.action)
                yield SystemCommand(b.description, f"key: {b.key_display or b.key}", run)
