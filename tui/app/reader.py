"""The reader app: article pane, sidebar, search prompt and status line.

The app owns the reading state (the focused span, the current entity, the search)
and turns keys, clicks and sidebar choices into moves over sorted offsets; the
widgets only draw. Analysis runs in a worker so the text is on screen at once.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import threading
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeGuard
from urllib.parse import urlsplit

from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.css.query import NoMatches
from textual.events import Resize
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, OptionList
from textual.worker import get_current_worker

from tui.analysis.model import Analysis, CitedSource, DateMention, Entity, Mention
from tui.app import collection
from tui.app.article_view import ArticleView
from tui.app.browsing import Session, attempt, is_url, open_location
from tui.app.layout import safe_text
from tui.app.marks import analysis_marks, next_after, prev_before
from tui.app.open_request import OpenRequested
from tui.app.search_bar import SearchBar, find_matches
from tui.app.sidebar import Sidebar
from tui.app.state import open_store
from tui.app.status_line import StatusLine
from tui.app.timeline import Timeline, build_timeline
from tui.article.errors import ArticleError
from tui.article.feed import Feed
from tui.article.loader import DEFAULT_MAX_BYTES
from tui.article.model import Article

if TYPE_CHECKING:
    from tui.app.list_screen import ListScreen

# The list, feed, bookmark and help screens (and the table widget they use) are
# imported when first shown: the first frame of an article needs none of them.

HERE = Path(__file__).parent
SIDEBAR_MIN_WIDTH = 100  # below this the sidebar starts hidden (toggle with \)
OPENING_NOTICE_SECONDS = 0.5  # an open that takes longer than this is announced
SIDEBAR_DELAY = 2.0  # seconds after the first frame the sidebar waits for the analysis:
# building its tabs takes the main thread ~0.2 s, which a cold analysis would wait for
SAVE_SECONDS = 5.0  # how often the reading position is saved (skipped when unchanged)
CONSOLE_BROWSERS = frozenset({"lynx", "w3m", "links", "elinks", "www-browser", "browsh", "links2"})


# actions that work on the list screens too (they have no letters to spare)
APP_WIDE_ACTIONS = frozenset({"quit", "command_palette", "help_quit", "screenshot"})

HELP_GROUPS = {
    **dict.fromkeys(
        ["scroll_down", "scroll_up", "page_down", "page_up", "top", "bottom"], "Scroll"
    ),
    **dict.fromkeys(
        [
            "next_mention",
            "prev_mention",
            "next_same",
            "prev_same",
            "next_section",
            "prev_section",
            "next_date",
            "prev_date",
        ],
        "Move through the article",
    ),
    **dict.fromkeys(
        [
            "next_source",
            "prev_source",
            "open_source",
            "search",
            "search_next",
            "search_prev",
            "clear",
        ],
        "Sources and search",
    ),
    **dict.fromkeys(["switch_pane", "toggle_sidebar", "filter_entities", "show_tab"], "Sidebar"),
    **dict.fromkeys(
        ["history_back", "history_forward", "toggle_bookmark", "bookmarks", "back_to_list"],
        "Articles",
    ),
    **dict.fromkeys(
        ["toggle_boilerplate", "wider", "narrower", "toggle_theme", "help", "quit"], "View"
    ),
}


class AnalyzeFn(Protocol):
    def __call__(
        self, article: Article, *, progress: Callable[[float], None] | None = None
    ) -> Analysis: ...


def default_analyze(
    article: Article, *, progress: Callable[[float], None] | None = None
) -> Analysis:
    """The real analysis, imported late so the reader starts without loading spaCy."""
    from tui.analysis import analyze

    return analyze(article, progress=progress)


class CachedAnalyze:
    """The real analysis, reading and writing the analysis cache or not (--no-cache).

    `from_cache` looks the article up without spaCy or threads, so a cached analysis
    is on screen in the frame after the text.
    """

    def __init__(self, use_cache: bool) -> None:
        self.use_cache = use_cache

    def __call__(
        self, article: Article, *, progress: Callable[[float], None] | None = None
    ) -> Analysis:
        from tui.analysis import analyze

        return analyze(article, progress=progress, use_cache=self.use_cache)

    def from_cache(self, article: Article) -> Analysis | None:
        """The cached analysis of `article`, or None (a miss costs a key and a stat)."""
        if not self.use_cache:
            return None
        from tui.analysis import cache

        # the language rule of tui.analysis.analyzer; if they ever differ this only misses
        lang = article.language if article.language in ("de", "en") else "en"
        try:
            return cache.load(cache.cache_key(article, lang))
        except Exception:  # a broken cache is the worker's to report, not the first frame's
            return None


def cached_analyze(use_cache: bool) -> CachedAnalyze:
    return CachedAnalyze(use_cache)


def precomputed(analysis: Analysis) -> AnalyzeFn:
    """An analyze function returning a ready Analysis (tests, cached results)."""

    def analyze(article: Article, *, progress: Callable[[float], None] | None = None) -> Analysis:
        return analysis

    return analyze


def is_web_url(url: str) -> bool:
    """Only plain http(s) URLs with a host leave the app; nothing else is opened."""
    if not url or any(ord(c) < 33 or ord(c) == 127 for c in url):
        return False
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def is_list_screen(screen: object) -> TypeGuard[ListScreen[Any]]:
    """Whether `screen` is one of the list screens: none can be before their module is
    imported, so the check does not import it."""
    module = sys.modules.get("tui.app.list_screen")
    return module is not None and isinstance(screen, module.ListScreen)


def console_browser() -> bool:
    """Whether `webbrowser` would run a text-mode browser in this terminal (or find none):
    it would take the screen from the running app, so the link is shown instead."""
    import webbrowser

    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")) and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return True
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return True
    name = os.path.basename(getattr(browser, "name", "") or "")
    if isinstance(browser, webbrowser.GenericBrowser) and not isinstance(
        browser, webbrowser.BackgroundBrowser
    ):
        # runs in the foreground: a console browser, or one from $BROWSER we cannot judge
        return name in CONSOLE_BROWSERS or not name
    return name in CONSOLE_BROWSERS


def one_line(error: BaseException) -> str:
    """A short, terminal-safe reason for a failure."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return safe_text(text)[:200]


@dataclass(frozen=True)
class Citation:
    start: int
    end: int
    source: int  # index into ReaderApp.sources


class ReaderApp(App[int]):
    """Limelight's reader for one article."""

    TITLE = "Limelight"
    CSS_PATH: ClassVar[list[str | PurePath]] = [
        HERE / "reader.tcss",
        HERE / "article_view.tcss",
        HERE / "sidebar.tcss",
        HERE / "status_line.tcss",
    ]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll_down", "Scroll down", key_display="j ↓"),
        Binding("k,up", "scroll_up", "Scroll up", key_display="k ↑"),
        Binding("space,pagedown", "page_down", "Page down", key_display="space PgDn"),
        Binding("b,pageup", "page_up", "Page up", key_display="b PgUp"),
        Binding("g,home", "top", "Go to top", key_display="g Home"),
        Binding("G,end", "bottom", "Go to bottom", key_display="G End"),
        Binding("right_square_bracket", "next_mention", "Next entity mention", key_display="]"),
        Binding("left_square_bracket", "prev_mention", "Previous entity mention", key_display="["),
        Binding("asterisk", "next_same", "Next mention of the current entity", key_display="*"),
        Binding(
            "number_sign", "prev_same", "Previous mention of the current entity", key_display="#"
        ),
        Binding("right_curly_bracket", "next_section", "Next section", key_display="}"),
        Binding("left_curly_bracket", "prev_section", "Previous section", key_display="{"),
        Binding("s", "next_source", "Next source citation"),
        Binding("S", "prev_source", "Previous source citation"),
        Binding("right_parenthesis", "next_date", "Next date", key_display=")"),
        Binding("left_parenthesis", "prev_date", "Previous date", key_display="("),
        Binding("o", "open_source", "Open the current source in the browser"),
        Binding("slash", "search", "Search", key_display="/"),
        Binding("n", "search_next", "Next search match"),
        Binding("N", "search_prev", "Previous search match"),
        Binding("escape", "clear", "Clear highlights and focus, else back to the list"),
        Binding("tab", "switch_pane", "Switch between article and sidebar", priority=True),
        Binding("backslash", "toggle_sidebar", "Show or hide the sidebar", key_display="\\"),
        Binding("f", "filter_entities", "Filter the entity list"),
        Binding("1", "show_tab('entities')", "Sidebar: entities"),
        Binding("2", "show_tab('facts')", "Sidebar: facts"),
        Binding("3", "show_tab('dates')", "Sidebar: dates"),
        Binding("4", "show_tab('sources')", "Sidebar: sources"),
        Binding("5", "show_tab('outline')", "Sidebar: outline"),
        Binding("x", "toggle_boilerplate", "Hide or show boilerplate"),
        Binding("greater_than_sign", "wider", "Wider text column", key_display=">"),
        Binding("less_than_sign", "narrower", "Narrower text column", key_display="<"),
        Binding("H,ctrl+o", "history_back", "Back to the previous article", key_display="H ^o"),
        Binding("L", "history_forward", "Forward to the next article"),
        Binding("m", "toggle_bookmark", "Bookmark this place (again: remove the mark)"),
        Binding("B", "bookmarks", "List the bookmarks"),
        Binding(
            "backspace",
            "back_to_list",
            "Back to the list, or to the article's folder",
            key_display="⌫",
        ),
        Binding("t", "toggle_theme", "Switch light and dark theme"),
        Binding("question_mark", "help", "Show this help", key_display="?"),
        Binding("q", "quit", "Quit"),
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
        self.article = article if article is not None else Article("", [], title="Limelight")
        self.reading_width = width
        self._analyze: AnalyzeFn = analyze or default_analyze
        self._open_url = open_url
        self.session = session if session is not None else Session(open_store())
        self._start = start
        self._start_key = key
        self.lang = lang
        self.max_bytes = max_bytes
        self._sidebar_auto = True
        self.trail: list[ListScreen[Any]] = []  # the lists the article was chosen from
        self.opening: str | None = None  # a location being loaded in a worker
        self._reset_reading_state()
        self.last_opened: str | None = None
        self.shown_url: str | None = None  # a link shown instead of opened (no GUI browser)
        self.bookmarked = False  # the article on screen is bookmarked (★ in the status)

    def _reset_reading_state(self) -> None:
        """Everything that belongs to one article: a new one starts from nothing."""
        article = self.article
        self.analysis: Analysis | None = None
        self.analysis_error: str | None = None
        self._progress = 0.0
        self._progress_timer: Timer | None = None
        # walks
        self.mentions: list[tuple[Mention, Entity]] = []
        self._mention_starts: list[int] = []
        self._mention_entity: list[int] = []
        self._entity_mentions: dict[int, list[int]] = {}
        self.sections = article.sections
        self._section_starts = [s.start for s in self.sections]
        self.sources: list[CitedSource] = []
        self.citations: list[Citation] = []
        self.timeline = Timeline([], [])
        self._dates: list[DateMention] = []
        # where the reader is
        self.focus_kind: str | None = None
        self.focus_span: tuple[int, int] | None = None
        self.current_mention: int | None = None
        self.current_entity: int | None = None
        self.current_citation: int | None = None
        self.current_date: int | None = None
        # search
        self.search_query = ""
        self.matches: list[tuple[int, int]] = []
        self.current_match: int | None = None
        self._set_sources(None)

    # ---- composition --------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield ArticleView(self.article, reading_width=self.reading_width, id="article")
            yield Sidebar(id="sidebar")
        # the search prompt is mounted on the first `/`: an Input's CSS is more than the
        # rest of the first frame's, and the text should not wait for it
        yield StatusLine(id="status")

    @property
    def view(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    @property
    def sidebar(self) -> Sidebar:
        return self.query_one("#sidebar", Sidebar)

    @property
    def status(self) -> StatusLine:
        return self.query_one("#status", StatusLine)

    def on_mount(self) -> None:
        self.view.focus()
        self.view.scroll_listener = self._scrolled_now
        self._apply_width(self.size.width)
        self.set_interval(SAVE_SECONDS, self.save_position)
        if self.has_article:
            self.show_article(self.article, key=self._start_key)
        else:
            self.title = "Limelight"
            self.status.entity = "No article: choose one from the list"
        if self._start is not None:
            self._start.can_leave = self.has_article
            self.push_screen(self._start)
        self._show_warnings()
        # the sidebar's tabs are most of the widgets: they are added once the highlights
        # are on screen, or after SIDEBAR_DELAY while a long analysis runs
        self.call_after_refresh(self.set_timer, SIDEBAR_DELAY, self._build_sidebar)

    def on_ready(self) -> None:
        """The first frame is on screen."""
        collection.resume()

    async def _build_sidebar(self) -> None:
        try:
            sidebar = self.sidebar
        except NoMatches:  # the app closed before the timer fired
            return
        await sidebar.build()

    def _scrolled_now(self) -> None:
        """The article pane scrolled: the status line follows in the same frame."""
        with contextlib.suppress(NoMatches):  # not while the app is being torn down
            self._update_status()

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
        first = article is self.article
        self.article = article
        self.has_article = True
        self._reset_reading_state()
        for screen in self.trail:
            screen.can_leave = True
        self.title = safe_text(article.title or "Limelight")
        search = self._search_bar()
        if search is not None and search.display:
            search.display = False
        view = self.view
        if not first or view.layout_ is not None:
            view.set_article(article)
        sidebar = self.sidebar
        sidebar.reset()
        sidebar.show_outline(self.sections)
        sidebar.show_sources(self.sources)
        sidebar.show_pending("Analysing…")
        if not isinstance(self.focused, Input):
            view.focus()
        # the visit is recorded (and the place it was left looked up) once the text is
        # on screen: the history file and the text's fingerprint need not delay it
        self.call_after_refresh(self._record_visit, article, key, moved, offset)
        self.status.state = "analysing…"
        self.status.clear_message()
        self._stop_progress()
        self._progress_timer = self.set_interval(0.25, self._show_progress)
        self._update_status()
        # after the next frame: the text goes on screen before spaCy's import competes
        self.call_after_refresh(self._start_analysis, article)
        self._show_warnings()

    def _start_analysis(self, article: Article) -> None:
        if article is not self.article:  # replaced by another one meanwhile
            return
        lookup = getattr(self._analyze, "from_cache", None)
        found = lookup(article) if lookup is not None else None
        if not isinstance(found, Analysis):
            self.run_analysis(article)
            return
        with contextlib.suppress(NoMatches):  # the app closed meanwhile
            self._analysis_ready(article, found)

    def _record_visit(self, article: Article, key: str, moved: bool, offset: int | None) -> None:
        if article is not self.article:  # replaced by another one meanwhile
            return
        resume = self.session.opened(article, key=key, moved=moved, offset=offset)
        self.bookmarked = self.session.is_bookmarked()
        if resume:
            self.view.scroll_to_offset(resume, top=True)
        self._update_status()

    def save_position(self) -> None:
        """Remember where the reader is in the article (a no-op when unchanged)."""
        recorded = self.session.article is self.article  # not before its visit is
        if self.has_article and recorded and self.view.layout_ is not None:
            self.session.save_position(self.view.top_offset())
            self._show_warnings()

    def _show_warnings(self) -> None:
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
        marked = self.session.toggle_bookmark(self.view.top_offset())
        self.bookmarked = bool(marked)
        self._update_status()
        if marked is None:
            self.flash("This article has no location to bookmark")
        elif marked:
            self.notify(
                f"Bookmarked “{safe_text(self.article.title)[:60]}” here · B lists them",
                markup=False,
            )
        else:
            self.notify(
                f"Removed the bookmark of “{safe_text(self.article.title)[:60]}”", markup=False
            )
        self._show_warnings()

    def action_bookmarks(self) -> None:
        from tui.app.bookmarks_screen import BookmarksScreen

        screen = BookmarksScreen(self.session.store)
        screen.can_leave = True
        self.push_screen(screen)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """On the list screens only app-wide keys work: letters go to their filter, and
        tab must not reach into the reader underneath."""
        return not (is_list_screen(self.screen) and action not in APP_WIDE_ACTIONS)

    def on_resize(self, event: Resize) -> None:
        self._apply_width(event.size.width)

    def _apply_width(self, width: int) -> None:
        if self._sidebar_auto:
            self.sidebar.display = width >= SIDEBAR_MIN_WIDTH

    # ---- analysis -----------------------------------------------------------------

    @work(thread=True, exclusive=True, group="analysis")
    def run_analysis(self, article: Article) -> None:
        """Analyse in a daemon thread, so quitting never waits for spaCy to finish."""
        worker = get_current_worker()
        done = threading.Event()
        box: dict[str, Any] = {}

        def progress(fraction: float) -> None:
            self._progress = max(0.0, min(1.0, fraction))

        def target() -> None:
            try:
                box["result"] = self._analyze(article, progress=progress)
            except BaseException as error:
                box["error"] = error
            finally:
                done.set()

        threading.Thread(target=target, name="limelight-analysis", daemon=True).start()
        while not done.wait(0.05):
            if worker.is_cancelled:
                return
        if worker.is_cancelled:
            return
        if "error" in box:
            self.call_from_thread(self._analysis_failed, article, one_line(box["error"]))
        else:
            self.call_from_thread(self._analysis_ready, article, box["result"])

    def _show_progress(self) -> None:
        if self.analysis is None and self.analysis_error is None and self._progress > 0:
            self.status.state = f"analysing {round(100 * self._progress)}%"

    def _stop_progress(self) -> None:
        if self._progress_timer is not None:
            self._progress_timer.stop()
            self._progress_timer = None

    def _analysis_failed(self, article: Article, reason: str) -> None:
        if article is not self.article:
            return  # another article was opened meanwhile
        self._stop_progress()
        self.analysis_error = reason
        self.status.state = "no highlights"
        self.sidebar.show_failure(reason)
        self.call_after_refresh(self._build_sidebar)
        self.notify(
            f"No highlights: {reason}",
            title="Analysis failed",
            severity="warning",
            timeout=8,
            markup=False,
        )
        self._update_status()

    def _analysis_ready(self, article: Article, analysis: Analysis) -> None:
        if article is not self.article:
            return  # another article was opened meanwhile
        self._stop_progress()
        self.analysis = analysis
        self.mentions = analysis.mentions_in_order()
        index = {id(e): i for i, e in enumerate(analysis.entities)}
        self._mention_starts = [m.start for m, _ in self.mentions]
        self._mention_entity = [index[id(e)] for _, e in self.mentions]
        self._entity_mentions = {}
        for i, e in enumerate(self._mention_entity):
            self._entity_mentions.setdefault(e, []).append(i)
        self._set_sources(analysis)
        self.timeline = build_timeline(analysis.dates)
        self._dates = sorted(analysis.dates, key=lambda d: (d.start, d.end))
        self.view.set_marks(analysis_marks(analysis))
        self.sidebar.show_analysis(analysis, self.timeline)
        self.sidebar.show_sources(self.sources)
        self.status.state = ""
        self.status.clear_message()
        if analysis.warnings:
            self.notify(
                "\n".join(safe_text(w) for w in analysis.warnings[:3]),
                title="Analysis",
                timeout=6,
                markup=False,
            )
        self._update_status()
        self.call_after_refresh(self._build_sidebar)

    def _set_sources(self, analysis: Analysis | None) -> None:
        """Sources with every place they are cited: analysis attributions + the list."""
        article_sources = self.article.sources
        sources: list[CitedSource] = []
        if analysis is not None and analysis.sources:
            for src in analysis.sources:
                cited = set(src.cited_at)
                cited.update(s.start for s in article_sources if s.url == src.url and s.start >= 0)
                sources.append(CitedSource(src.label, src.url, src.outlet, tuple(sorted(cited))))
        else:
            for s in article_sources:
                sources.append(
                    CitedSource(s.label, s.url, s.outlet, (s.start,) if s.start >= 0 else ())
                )
        self.sources = sources
        citations = {(off, i) for i, src in enumerate(sources) for off in src.cited_at if off >= 0}
        self.citations = [
            Citation(off, self._citation_end(off, sources[i]), i) for off, i in sorted(citations)
        ]

    def _citation_end(self, offset: int, source: CitedSource) -> int:
        text = self.article.text
        for s in self.article.sources:
            if s.start == offset and s.end > offset:
                return s.end
        if self.analysis is not None:
            # the outlet named as an entity ("New York Times"), else the attribution phrase
            for e in self.analysis.entities:
                for m in e.mentions:
                    if m.start == offset and m.end > offset:
                        return m.end
            for f in self.analysis.facts:
                if f.kind == "attribution" and f.start <= offset < f.end:
                    return f.end
        label = re.sub(r"^(?:the|der|die|das|le|la|el)\s+", "", source.label, flags=re.I)
        for name in (source.outlet, source.label, label):
            if name and text[offset : offset + len(name)].casefold() == name.casefold():
                return offset + len(name)
        word = re.compile(r"\w[\w.-]*").match(text, offset)
        return word.end() if word else min(len(text), offset + 1)

    # ---- focus and status ---------------------------------------------------------

    def _set_focus(
        self,
        kind: str | None,
        span: tuple[int, int] | None,
        *,
        entity: int | None = None,
        paint: bool = True,
        top: bool = False,
    ) -> None:
        """Make `span` the reader's place; `entity` (if given) becomes the current entity."""
        self.focus_kind = kind
        self.focus_span = span
        self.status.clear_message()  # a message was about the place the reader just left
        if entity is not None:
            self.current_entity = entity
        view = self.view
        view.set_focus(span if paint else None, self.current_entity)
        if span is not None and top:
            view.scroll_to_offset(span[0], top=True)
        elif span is not None:
            view.scroll_span_into_view(*span)
        self.sidebar.select_entity(self.current_entity)
        self._update_status()

    def _anchor(self, forward: bool) -> int:
        """Where walks start: the focused span if on screen, else the screen's edge."""
        view = self.view
        if self.focus_span is not None and view.is_visible(*self.focus_span):
            return self.focus_span[0]
        return view.top_offset() - 1 if forward else view.bottom_offset()

    def _position(self) -> int:
        if self.focus_span is not None and self.view.is_visible(*self.focus_span):
            return self.focus_span[0]
        return self.view.top_offset()

    def _update_status(self) -> None:
        """Set the status line; unchanged parts are not redrawn (it runs on every scroll)."""
        status = self.status
        label = ""
        entity = ""
        if self.focus_kind == "entity" and self.current_mention is not None:
            entity = self._entity_status(self.current_mention)
            label = self.mentions[self.current_mention][1].label
        elif self.focus_kind == "search" and self.current_match is not None:
            entity = f"Match {self.current_match + 1}/{len(self.matches)} for “{self.search_query}”"
        elif self.focus_kind == "source" and self.current_citation is not None:
            cit = self.citations[self.current_citation]
            src = self.sources[cit.source]
            entity = (
                f"Source {self.current_citation + 1}/{len(self.citations)} "
                f"{safe_text(src.outlet or src.label)} · o opens"
            )
        elif self.focus_kind == "date" and self.current_date is not None:
            d = self._dates[self.current_date]
            entity = (
                f"Date {self.current_date + 1}/{len(self._dates)} {safe_text(d.text)} = {d.value}"
            )
        elif self.focus_kind == "fact" and self.focus_span is not None:
            entity = f"Fact: {safe_text(self.article.text[slice(*self.focus_span)])[:60]}"
        elif self.current_entity is not None and self.analysis is not None:
            e = self.analysis.entities[self.current_entity]
            entity = f"Entity –/{len(self.mentions)} {safe_text(e.name)}"
            label = e.label
        elif self.analysis is not None:
            entity = f"{len(self.mentions)} mentions · ] next"
        elif self.analysis_error is not None:
            entity = f"No highlights: {self.analysis_error}"
        else:
            entity = "Analysing…"
        status.entity = entity
        status.entity_label = label
        status.section = self._section_status()
        status.position = ("★ " if self.bookmarked else "") + f"{self.view.position_percent()}%"

    def _entity_status(self, mention: int) -> str:
        _, entity = self.mentions[mention]
        e_index = self._mention_entity[mention]
        own = self._entity_mentions[e_index]
        k = own.index(mention) + 1
        return (
            f"Entity {mention + 1}/{len(self.mentions)} {safe_text(entity.name)} ({k}/{len(own)})"
        )

    def current_section(self) -> int | None:
        if not self.sections:
            return None
        i = bisect_right(self._section_starts, self._position()) - 1
        return i if i >= 0 else None

    def _section_status(self) -> str:
        i = self.current_section()
        if i is None:
            return f"§ –/{len(self.sections)}" if self.sections else ""
        return f"§ {i + 1}/{len(self.sections)} {safe_text(self.sections[i].title)}"

    def flash(self, message: str) -> None:
        self.status.flash(message)

    @on(ArticleView.Scrolled)
    def _scrolled(self) -> None:
        self._update_status()

    # ---- scrolling ----------------------------------------------------------------

    def action_scroll_down(self) -> None:
        self.view.action_scroll_down()

    def action_scroll_up(self) -> None:
        self.view.action_scroll_up()

    def action_page_down(self) -> None:
        self.view.action_page_down()

    def action_page_up(self) -> None:
        self.view.action_page_up()

    def action_top(self) -> None:
        self.view.action_scroll_home()

    def action_bottom(self) -> None:
        self.view.action_scroll_end()

    # ---- entity walks -------------------------------------------------------------

    def _need_analysis(self) -> bool:
        if self.analysis is not None:
            return True
        self.flash(
            f"No highlights: {self.analysis_error}" if self.analysis_error else "Still analysing…"
        )
        return False

    def go_to_mention(self, i: int) -> None:
        mention, _ = self.mentions[i]
        self.current_mention = i
        self._set_focus("entity", (mention.start, mention.end), entity=self._mention_entity[i])

    def action_next_mention(self) -> None:
        if not self._need_analysis():
            return
        i = next_after(self._mention_starts, self._anchor(True))
        if i is None:
            self.flash("No more entities")
        else:
            self.go_to_mention(i)

    def action_prev_mention(self) -> None:
        if not self._need_analysis():
            return
        i = prev_before(self._mention_starts, self._anchor(False))
        if i is None:
            self.flash("No earlier entities")
        else:
            self.go_to_mention(i)

    def _same_entity_step(self, forward: bool) -> None:
        if not self._need_analysis():
            return
        if self.current_entity is None:
            self.flash("No current entity: press ] first")
            return
        own = self._entity_mentions.get(self.current_entity, [])
        starts = [self._mention_starts[i] for i in own]
        anchor = self._anchor(forward)
        j = next_after(starts, anchor) if forward else prev_before(starts, anchor)
        name = self.mentions[own[0]][1].name if own else ""
        if j is None:
            self.flash(f"No more mentions of {safe_text(name)}")
        else:
            self.go_to_mention(own[j])

    def action_next_same(self) -> None:
        self._same_entity_step(True)

    def action_prev_same(self) -> None:
        self._same_entity_step(False)

    # ---- sections -----------------------------------------------------------------

    def go_to_section(self, i: int) -> None:
        section = self.sections[i]
        head_end = self.article.text.find("\n", section.start)
        end = head_end if section.start < head_end < section.end else section.start + 1
        self._set_focus("section", (section.start, end), paint=False, top=True)

    def _section_step(self, forward: bool) -> None:
        if not self.sections:
            self.flash("This article has no sections")
            return
        if forward:
            i = next_after(self._section_starts, self._anchor(True))
        else:
            current = self.current_section()
            pos = self._position()
            # from inside a section, { goes to its own heading first
            if current is not None and pos > self._section_starts[current]:
                i = current
            else:
                i = prev_before(self._section_starts, pos)
        if i is None:
            self.flash("No more sections" if forward else "No earlier sections")
        else:
            self.go_to_section(i)

    def action_next_section(self) -> None:
        self._section_step(True)

    def action_prev_section(self) -> None:
        self._section_step(False)

    # ---- sources ------------------------------------------------------------------

    def go_to_citation(self, i: int) -> None:
        self.current_citation = i
        cit = self.citations[i]
        self._set_focus("source", (cit.start, cit.end))
        self.sidebar.select_item("source", cit.source)

    def _source_step(self, forward: bool) -> None:
        if not self.citations:
            self.flash(
                "No source citations found"
                if self.analysis or self.analysis_error
                else "Still analysing…"
            )
            return
        starts = [c.start for c in self.citations]
        anchor = self._anchor(forward)
        i = next_after(starts, anchor) if forward else prev_before(starts, anchor)
        if i is None:
            self.flash("No more source citations" if forward else "No earlier source citations")
        else:
            self.go_to_citation(i)

    def action_next_source(self) -> None:
        self._source_step(True)

    def action_prev_source(self) -> None:
        self._source_step(False)

    def current_url(self) -> str | None:
        """The source or link the reader is on, if any."""
        sidebar = self.sidebar
        if sidebar.display and sidebar.active_tab == "sources" and sidebar.has_focus_within:
            item = sidebar.highlighted_item()
            if item is not None and item[0] == "source":
                return self.sources[item[1]].url
        if self.focus_kind == "source" and self.current_citation is not None:
            return self.sources[self.citations[self.current_citation].source].url
        if self.focus_span is not None:
            pos = self.focus_span[0]
            for s in self.article.sources:
                if s.start <= pos < s.end:
                    return s.url
        if self.sidebar.display and self.sidebar.active_tab == "sources":
            item = self.sidebar.highlighted_item()
            if item is not None and item[0] == "source":
                return self.sources[item[1]].url
        return None

    def action_open_source(self) -> None:
        url = self.current_url()
        if url is None:
            self.flash("No source here: press s to go to one")
            return
        if not is_web_url(url):
            self.flash(f"Not opening {safe_text(url)[:60]}: only http and https links")
            return
        if self._open_url is None and console_browser():
            # a text-mode browser would take over this terminal under the running app
            self.shown_url = url
            self.flash("No graphical browser here: the link is in the notification")
            self.notify(url, title="Link", timeout=20, markup=False)
            return
        self.last_opened = url
        self.flash(f"Opening {url}")
        self._open_in_browser(url)

    @work(thread=True, group="browser")
    def _open_in_browser(self, url: str) -> None:
        import webbrowser

        opener = self._open_url or partial(webbrowser.open, new=2)
        try:
            ok = opener(url)
        except Exception as error:  # a browser that fails to start is not fatal
            self.call_from_thread(self.flash, f"Could not open the browser: {one_line(error)}")
            return
        if ok is False:
            self.call_from_thread(self.flash, "No browser available to open the link")

    # ---- dates --------------------------------------------------------------------

    def go_to_date(self, i: int) -> None:
        self.current_date = i
        d = self._dates[i]
        self._set_focus("date", (d.start, d.end))
        groups = [*self.timeline.points, *self.timeline.vague]
        for g, group in enumerate(groups):
            if d in group.mentions:
                self.sidebar.select_item("date", g)
                break

    def _date_step(self, forward: bool) -> None:
        if not self._need_analysis():
            return
        starts = [d.start for d in self._dates]
        anchor = self._anchor(forward)
        i = next_after(starts, anchor) if forward else prev_before(starts, anchor)
        if i is None:
            self.flash("No more dates" if forward else "No earlier dates")
        else:
            self.go_to_date(i)

    def action_next_date(self) -> None:
        self._date_step(True)

    def action_prev_date(self) -> None:
        self._date_step(False)

    # ---- search -------------------------------------------------------------------

    def _search_bar(self) -> SearchBar | None:
        try:
            return self.query_one("#search", SearchBar)
        except NoMatches:
            return None

    async def action_search(self) -> None:
        bar = self._search_bar()
        if bar is None:
            bar = SearchBar(placeholder="search…", id="search")
            await self.mount(bar, before=self.status)
        bar.display = True
        bar.value = self.search_query
        bar.focus()

    def _close_search(self) -> None:
        bar = self._search_bar()
        if bar is not None:
            bar.display = False
        self.view.focus()

    def find(self, query: str) -> list[tuple[int, int]]:
        """Matches of `query` in the text on screen: hidden boilerplate does not count."""
        matches = find_matches(self.article.text, query)
        if not self.view.hide_boilerplate or not matches:
            return matches
        hidden = [(b.start, b.end) for b in self.article.blocks if b.boilerplate]
        starts = [start for start, _ in hidden]

        def shown(match: tuple[int, int]) -> bool:
            i = bisect_right(starts, match[0]) - 1
            return i < 0 or match[0] >= hidden[i][1]

        return [m for m in matches if shown(m)]

    @on(Input.Changed, "#search")
    def _search_typed(self, event: Input.Changed) -> None:
        matches = self.find(event.value)
        self.view.set_matches(matches)
        if event.value:
            self.status.flash(f"/{event.value}: {len(matches)} matches", seconds=30)

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self._close_search()
        self.search_query = event.value
        self.matches = self.find(event.value)
        self.view.set_matches(self.matches)
        self.current_match = None
        if not event.value:
            self.status.flash("Search cleared")
            return
        if not self.matches:
            self.status.flash(f"No matches for “{event.value}”")
            return
        self._search_step(True, announce=True)

    @on(SearchBar.Cancelled)
    def _search_cancelled(self) -> None:
        self._close_search()
        self.view.set_matches(self.matches)
        self.status.flash("Search cancelled", seconds=1.5)

    def _search_step(self, forward: bool, announce: bool = False) -> None:
        if not self.matches:
            self.flash(
                "No search: press / to search"
                if not self.search_query
                else f"No matches for “{self.search_query}”"
            )
            return
        starts = [s for s, _ in self.matches]
        anchor = self._anchor(forward)
        i = next_after(starts, anchor) if forward else prev_before(starts, anchor)
        wrapped = i is None
        if i is None:
            i = 0 if forward else len(self.matches) - 1
        self.current_match = i
        self._set_focus("search", self.matches[i])
        count = f"Match {i + 1}/{len(self.matches)} for “{self.search_query}”"
        if wrapped:
            self.flash(
                ("Search wrapped to the top: " if forward else "Search wrapped to the bottom: ")
                + count
            )
        elif announce:
            self.flash(count)

    def action_clear(self) -> None:
        """Escape: drop the search highlights and the focus mark (the place is kept);
        with nothing to drop, back to the list the article came from."""
        had = bool(self.matches) or self.focus_span is not None
        if not had and self.trail:
            self.action_back_to_list()
            return
        self.matches, self.current_match, self.search_query = [], None, ""
        self.view.set_matches([])
        if self.focus_kind != "entity":
            self.focus_kind, self.focus_span = None, None
        self.view.set_focus(None, self.current_entity)
        self._update_status()
        if had:
            self.flash("Cleared")

    def action_search_next(self) -> None:
        self._search_step(True)

    def action_search_prev(self) -> None:
        self._search_step(False)

    # ---- panes and sidebar --------------------------------------------------------

    async def action_switch_pane(self) -> None:
        if len(self.screen_stack) > 1:  # help or command palette: ordinary focus cycling
            self.screen.focus_next()
            return
        search = self._search_bar()
        if search is not None and search.has_focus:
            self._close_search()
            return
        if self.view.has_focus:
            self.sidebar.display = True
            await self.sidebar.build()
            self.sidebar.active_list().focus()
        else:
            self.view.focus()

    def action_toggle_sidebar(self) -> None:
        self._sidebar_auto = False
        self.sidebar.display = not self.sidebar.display
        if not self.sidebar.display:
            self.view.focus()

    async def action_show_tab(self, tab: str) -> None:
        sidebar = self.sidebar
        sidebar.display = True
        await sidebar.build()
        in_sidebar = sidebar.has_focus_within
        sidebar.activate(tab)
        if in_sidebar:
            # focus left in the hidden tab would move on and bring that tab back
            sidebar.active_list().focus()

    async def action_filter_entities(self) -> None:
        self.sidebar.display = True
        await self.sidebar.build()
        self.sidebar.activate("entities")
        self.sidebar.focus_filter()

    @on(Sidebar.Chosen)
    def _chosen(self, event: Sidebar.Chosen) -> None:
        kind, index = event.kind, event.index
        if kind == "entity":
            own = self._entity_mentions.get(index, [])
            if not own:
                return
            again = self.current_entity == index and self.focus_kind == "entity"
            pos = self.current_mention if again and self.current_mention in own else None
            nxt = own[(own.index(pos) + 1) % len(own)] if pos is not None else own[0]
            self.go_to_mention(nxt)
        elif kind == "fact" and self.analysis is not None:
            f = self.analysis.facts[index]
            self._set_focus("fact", (f.start, f.end))
        elif kind == "date":
            groups = [*self.timeline.points, *self.timeline.vague]
            mentions = groups[index].mentions
            at = [(d.start, d.end) for d in mentions]
            nxt = 0
            if self.focus_kind == "date" and self.focus_span in at:
                nxt = (at.index(self.focus_span) + 1) % len(at)
            d = mentions[nxt]
            self.current_date = self._dates.index(d)
            self._set_focus("date", (d.start, d.end))
        elif kind == "source":
            own = [i for i, c in enumerate(self.citations) if c.source == index]
            if not own:
                self.flash("This source is not cited in the text; o opens it")
                return
            nxt = own[0]
            if self.focus_kind == "source" and self.current_citation in own:
                assert self.current_citation is not None
                nxt = own[(own.index(self.current_citation) + 1) % len(own)]
            self.go_to_citation(nxt)
        elif kind == "section":
            self.go_to_section(index)

    @on(ArticleView.Clicked)
    def _clicked(self, event: ArticleView.Clicked) -> None:
        offset = event.offset
        i = bisect_right(self._mention_starts, offset) - 1
        while i >= 0 and self.mentions[i][0].end > offset - 200:
            if self.mentions[i][0].start <= offset < self.mentions[i][0].end:
                self.go_to_mention(i)
                return
            i -= 1
        for n, cit in enumerate(self.citations):
            if cit.start <= offset < cit.end:
                self.go_to_citation(n)
                return
        for n, d in enumerate(self._dates):
            if d.start <= offset < d.end:
                self.go_to_date(n)
                return

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        # nothing to do: the article moves only when an item is chosen
        event.stop()

    # ---- view options -------------------------------------------------------------

    def action_toggle_boilerplate(self) -> None:
        hide = not self.view.hide_boilerplate
        self.view.set_hide_boilerplate(hide)
        message = "Boilerplate hidden" if hide else "Boilerplate shown (dimmed)"
        if self.search_query:
            # matches in hidden text are not counted, nor walked to
            self.matches = self.find(self.search_query)
            self.view.set_matches(self.matches)
            if self.focus_kind == "search":
                self.focus_kind, self.focus_span, self.current_match = None, None, None
                self.view.set_focus(None, self.current_entity)
            else:
                self.current_match = None
            message += f" · {len(self.matches)} matches for “{self.search_query}”"
            self._update_status()
        self.flash(message)

    def action_wider(self) -> None:
        self._change_width(+8)

    def action_narrower(self) -> None:
        self._change_width(-8)

    def _change_width(self, delta: int) -> None:
        view = self.view
        keep = view.top_offset()
        view.reading_width = max(30, min(200, view.reading_width + delta))
        view._relayout(keep=keep)
        shown, asked = view.text_width, view.reading_width
        if shown < asked:  # the pane caps it: say so, or the key seems to do nothing
            self.flash(f"Text width {shown}: the pane is too narrow for {asked}")
        else:
            self.flash(f"Text width {shown}")

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"
        self.flash(f"Theme: {self.theme}")

    def action_help(self) -> None:
        from tui.app.help_screen import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)
            return
        self.push_screen(HelpScreen(self.help_groups()))

    def binding_list(self) -> list[Binding]:
        return [b for b in self.BINDINGS if isinstance(b, Binding)]

    def help_groups(self) -> list[tuple[str, list[Binding]]]:
        """The bindings under the headings of the help screen, in binding order."""
        groups: dict[str, list[Binding]] = {title: [] for title in HELP_GROUPS.values()}
        groups["Other"] = []
        for b in self.binding_list():
            groups[HELP_GROUPS.get(b.action.split("(")[0], "Other")].append(b)
        return [(title, bindings) for title, bindings in groups.items() if bindings]

    async def action_quit(self) -> None:
        self.save_position()
        self.exit(0)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Every reader action in the command palette, with its key as help."""
        yield from super().get_system_commands(screen)
        if is_list_screen(screen):
            return
        seen: set[str] = set()
        for b in self.binding_list():
            if b.action in seen or b.action == "quit":
                continue
            seen.add(b.action)
            keys = b.key_display or b.key
            yield SystemCommand(b.description, f"key: {keys}", partial(self.run_action, b.action))
