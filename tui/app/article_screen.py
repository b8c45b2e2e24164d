"""The article screen: one article on screen — the article pane, the sidebar, the search
prompt and the status line — and the keys that act on them.

The walks and the reader's place live in the reading model (`reading.py`); this screen
measures where the reader looks, asks the model, and paints the answer. The analysis
arrives through the app's `AnalysisClient`, so the text is on screen at once.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import Input

from tui.app.analysis_arrival import AnalysisArrival
from tui.app.analysis_client import AnalysisClient
from tui.app.article_keys import ARTICLE_BINDINGS, help_groups
from tui.app.article_view import ArticleView
from tui.app.card_actions import LibraryActions
from tui.app.layout import safe_text
from tui.app.links import LinkOpener
from tui.app.reading import Reading, Step
from tui.app.search_bar import SearchBar, SearchPrompt
from tui.app.sidebar import Sidebar
from tui.app.status_line import StatusLine
from tui.article.model import Article

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from tui.app.reader import ReaderApp

SIDEBAR_MIN_WIDTH = 100  # below this the sidebar starts hidden (toggle with \)


class ArticleScreen(LibraryActions, AnalysisArrival, Screen[None]):
    """One article at a time: `show` swaps in the next one and keeps the widgets."""

    BINDINGS: ClassVar[list[BindingType]] = ARTICLE_BINDINGS

    def __init__(
        self,
        article: Article | None,
        *,
        width: int,
        client: AnalysisClient,
        open_url: Callable[[str], Any] | None = None,
    ) -> None:
        super().__init__()
        self.reading = Reading(
            article if article is not None else Article("", [], title="Limelight")
        )
        self.reading_width = width
        self.client = client
        self.links = LinkOpener(self, open_url)
        self.search = SearchPrompt(self)
        self._sidebar_auto = True
        self._shown = False  # an article was shown (the first one is the view's already)
        self.bookmarked = False  # the article on screen is bookmarked (★ in the status)

    @property
    def shell(self) -> ReaderApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield ArticleView(self.reading.article, reading_width=self.reading_width, id="article")
            yield Sidebar(id="sidebar")
        # the search prompt is mounted on the first `/` (search_bar.py)
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

    def fit(self, width: int) -> None:
        """The sidebar shows when the terminal has room for it (until \\ decides)."""
        if self._sidebar_auto:
            self.sidebar.display = width >= SIDEBAR_MIN_WIDTH

    async def build_sidebar(self) -> None:
        try:
            sidebar = self.sidebar
        except NoMatches:  # the app closed before the timer fired
            return
        await sidebar.build()

    def _scrolled_now(self) -> None:
        """The article pane scrolled: the status line follows in the same frame."""
        with contextlib.suppress(NoMatches):  # not while the app is being torn down
            self.reader_moved()
            self.update_status()

    # ---- one article --------------------------------------------------------------

    def show(self, article: Article, *, key: str, moved: bool, offset: int | None) -> None:
        """Show `article` from nothing: view, sidebar, search and walks reset, the visit
        recorded once the text is on screen, the analysis started after that."""
        # the first article is the view's already: set again, all of it would be wrapped
        again = self._shown or article is not self.reading.article
        self._shown = True
        self.reading = Reading(article)
        self.client.stop()
        self.app.title = safe_text(article.title or "Limelight")
        search = self.search.bar()
        if search is not None and search.display:
            search.display = False
        view = self.view
        if again:
            view.set_article(article)
        self.sidebar.start_article(self.reading.sections, self.reading.sources)
        if not isinstance(self.focused, Input):
            view.focus()
        # the visit is recorded (and the place it was left looked up) once the text is
        # on screen: the history file and the text's fingerprint need not delay it
        self.call_after_refresh(self._record_visit, article, key, moved, offset)
        self.status.state = "analysing…"
        self.status.clear_message()
        self.update_status()
        # after the next frame: the text goes on screen before spaCy's import competes
        self.call_after_refresh(self.start_analysis, article)

    def _record_visit(self, article: Article, key: str, moved: bool, offset: int | None) -> None:
        if article is not self.reading.article:  # replaced by another one meanwhile
            return
        resume = self.shell.session.opened(article, key=key, moved=moved, offset=offset)
        self.bookmarked = self.shell.session.is_bookmarked()
        if resume:
            self.view.scroll_to_offset(resume, top=True)
        self.update_status()
        self.shell.show_warnings()  # the store may have been opened just now

    # ---- the place and the status line --------------------------------------------

    def go(self, step: Step | None) -> None:
        """Move to the step's place (if any), then show its message (if any)."""
        if step is None:
            return
        place = step.place
        if place is not None:
            self.reader_moved()
            self.reading.arrive(place)
            self.status.clear_message()  # a message was about the place just left
            view = self.view
            view.set_focus(place.span if place.paint else None, self.reading.current_entity)
            if place.top:
                view.scroll_to_offset(place.span[0], top=True)
            else:
                view.scroll_span_into_view(*place.span)
            self.sidebar.select_entity(self.reading.current_entity)
            self.update_status()
            if place.select is not None:
                self.sidebar.select_item(*place.select)
        if step.message:
            self.flash(step.message)

    def walk_start(self, forward: bool) -> int:
        """Where walks start: the focused span if on screen, else the screen's edge."""
        view, span = self.view, self.reading.focus_span
        if span is not None and view.is_visible(*span):
            return span[0]
        return view.top_offset() - 1 if forward else view.bottom_offset()

    def _position(self) -> int:
        span = self.reading.focus_span
        if span is not None and self.view.is_visible(*span):
            return span[0]
        return self.view.top_offset()

    def update_status(self) -> None:
        """Set the status line; unchanged parts are not redrawn (it runs on every scroll)."""
        status = self.status
        status.entity, status.entity_label = self.reading.describe()
        status.section = self.reading.section_status(self._position())
        status.position = ("★ " if self.bookmarked else "") + f"{self.view.position_percent()}%"

    def flash(self, message: str) -> None:
        self.status.flash(message)

    @on(ArticleView.Scrolled)
    def _scrolled(self) -> None:
        self.update_status()

    # ---- scrolling and walks ------------------------------------------------------

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

    def _walk(self, walk: Callable[[bool, int], Step], forward: bool) -> None:
        self.go(walk(forward, self.walk_start(forward)))

    def action_next_mention(self) -> None:
        self._walk(self.reading.mention_step, True)

    def action_prev_mention(self) -> None:
        self._walk(self.reading.mention_step, False)

    def action_next_same(self) -> None:
        self._walk(self.reading.same_entity_step, True)

    def action_prev_same(self) -> None:
        self._walk(self.reading.same_entity_step, False)

    def action_next_section(self) -> None:
        self.go(self.reading.section_step(True, self.walk_start(True)))

    def action_prev_section(self) -> None:
        self.go(self.reading.section_step(False, self._position()))

    def action_next_source(self) -> None:
        self._walk(self.reading.citation_step, True)

    def action_prev_source(self) -> None:
        self._walk(self.reading.citation_step, False)

    def action_next_date(self) -> None:
        self._walk(self.reading.date_step, True)

    def action_prev_date(self) -> None:
        self._walk(self.reading.date_step, False)

    def action_search_next(self) -> None:
        self._walk(self.reading.match_step, True)

    def action_search_prev(self) -> None:
        self._walk(self.reading.match_step, False)

    # ---- links --------------------------------------------------------------------

    def action_open_source(self) -> None:
        """The source the sidebar has highlighted (when it has focus), else the one the
        reader is on, else the one highlighted in the sidebar's sources tab."""
        sidebar = self.sidebar
        in_sources = sidebar.display and sidebar.active_tab == "sources"
        item = sidebar.highlighted_item() if in_sources else None
        chosen = self.reading.sources[item[1]].url if item and item[0] == "source" else None
        if chosen is not None and sidebar.has_focus_within:
            self.links.open(chosen)
        else:
            self.links.open(self.reading.focused_url() or chosen)

    # ---- search -------------------------------------------------------------------

    async def action_search(self) -> None:
        await self.search.open()

    @on(Input.Changed, "#search")
    def _search_typed(self, event: Input.Changed) -> None:
        self.search.typed(event.value)

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self.search.submitted(event.value)

    @on(SearchBar.Cancelled)
    def _search_cancelled(self) -> None:
        self.search.cancelled()

    def action_clear(self) -> None:
        """Escape: drop the search highlights and the focus mark (the place is kept);
        with nothing to drop, back to the list the article came from."""
        reading = self.reading
        if not (reading.matches or reading.focus_span is not None) and self.shell.trail:
            self.shell.action_back_to_list()
            return
        had = reading.clear()
        self.view.set_matches([])
        self.view.set_focus(None, reading.current_entity)
        self.update_status()
        if had:
            self.flash("Cleared")

    # ---- panes and sidebar --------------------------------------------------------

    async def action_switch_pane(self) -> None:
        if self.app.screen is not self:  # help or command palette: ordinary focus cycling
            self.app.screen.focus_next()
            return
        search = self.search.bar()
        if search is not None and search.has_focus:
            self.search.close()
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
        await self.sidebar.show_tab(tab)

    async def action_filter_entities(self) -> None:
        await self.sidebar.open_filter()

    @on(Sidebar.Chosen)
    def _chosen(self, event: Sidebar.Chosen) -> None:
        self.go(self.reading.choose(event.kind, event.index))

    @on(ArticleView.Clicked)
    def _clicked(self, event: ArticleView.Clicked) -> None:
        place = self.reading.at(event.offset)
        if place is not None:
            self.go(Step(place))

    # ---- view options -------------------------------------------------------------

    def action_toggle_boilerplate(self) -> None:
        view, reading = self.view, self.reading
        hide = not view.hide_boilerplate
        view.set_hide_boilerplate(hide)
        message = "Boilerplate hidden" if hide else "Boilerplate shown (dimmed)"
        if reading.search_query:
            # matches in hidden text are not counted, nor walked to
            dropped = reading.recount(hide_boilerplate=hide)
            view.set_matches(reading.matches)
            if dropped:
                view.set_focus(None, reading.current_entity)
            message += f" · {len(reading.matches)} matches for “{reading.search_query}”"
            self.update_status()
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

    def binding_list(self) -> list[Binding]:
        return [b for b in self.BINDINGS if isinstance(b, Binding)]

    def action_help(self) -> None:
        from tui.app.help_screen import HelpScreen

        self.app.push_screen(HelpScreen(help_groups(self.binding_list())))
