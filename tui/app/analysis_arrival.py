"""How an article's analysis reaches the article screen without costing the keys.

The analysis starts once the text is on screen and ends in highlights or a reason. While
it runs, what can wait for a pause in the reader's keys waits: a progress update
redraws the status line in a frame of its own, and a frame just drawn delays the next
key's by up to a frame period (Textual draws at most 60 a second), so while the reader
moves, progress rides along with the status line each move redraws anyway. The sidebar's
tabs (20-60 ms of the UI thread to mount), its lists and the library index wait for a
pause too; the highlights are shown at once.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.css.query import NoMatches
from textual.timer import Timer

from tui.analysis.model import Analysis
from tui.app.card_actions import index_in_background
from tui.app.layout import safe_text
from tui.app.marks import analysis_marks
from tui.article.model import Article

if TYPE_CHECKING:
    from tui.app.article_screen import ArticleScreen

QUIET_SECONDS = 0.3  # no scroll or walk for this long: progress gets a frame of its own
PAUSE_SECONDS = 0.5  # the pause the sidebar and the library index wait for


class AnalysisArrival:
    """The article screen's side of its analysis: start, progress, result, failure."""

    _moved_at = float("-inf")  # time.monotonic() of the reader's last scroll or walk
    _fraction = 0.0  # how far the run under way got (0 before its first report)
    _waiting: tuple[Callable[[], object], ...] = ()  # what waits for a pause
    _pause_timer: Timer | None = None

    # ---- the reader's pace --------------------------------------------------------

    def reader_moved(self) -> None:
        """The article pane scrolled or a walk moved the place: the status line is
        redrawn in this frame, so the progress not yet shown joins it."""
        self._moved_at = time.monotonic()
        screen = cast("ArticleScreen", self)
        if self._fraction > 0 and screen.reading.analysis is None:
            self._show_progress(screen)

    def quiet_for(self) -> float:
        """Seconds since the reader last moved."""
        return time.monotonic() - self._moved_at

    def after_pause(self, callback: Callable[[], object]) -> None:
        """Run `callback` (a function or a coroutine function) at the next pause of the
        reader's moves: after the next frame if they have paused already."""
        self._waiting = (*self._waiting, callback)
        self.check_pause()

    def check_pause(self) -> None:
        """Run what waits for a pause if the reader has paused, else look again when
        they may have."""
        screen = cast("ArticleScreen", self)
        if self._pause_timer is not None:
            self._pause_timer.stop()
            self._pause_timer = None
        waited = self.quiet_for()
        if waited >= PAUSE_SECONDS:
            waiting, self._waiting = self._waiting, ()
            for callback in waiting:
                screen.call_after_refresh(callback)
        elif self._waiting:
            self._pause_timer = screen.set_timer(PAUSE_SECONDS - waited, self.check_pause)

    def build_sidebar_when_quiet(self) -> None:
        """Mount the sidebar's tabs at a pause: a key pressed while they mount would
        wait for them."""
        self.after_pause(cast("ArticleScreen", self).build_sidebar)

    # ---- the run ------------------------------------------------------------------

    def start_analysis(self, article: Article) -> None:
        """The cached analysis at once, else a run in the client (after the first frame
        of the text, so the text is on screen before the analysis competes for it)."""
        screen = cast("ArticleScreen", self)
        if article is not screen.reading.article:  # replaced by another one meanwhile
            return
        self._fraction = 0.0
        found = screen.client.cached(article)
        if found is None:
            screen.client.start(
                screen, article, self._progress, self._analysis_ready, self._analysis_failed
            )
            return
        with contextlib.suppress(NoMatches):  # the app closed meanwhile
            self._analysis_ready(article, found)

    def _progress(self, fraction: float) -> None:
        """The client's periodic report: shown now if the reader has paused, else with
        the status line of the next move."""
        screen = cast("ArticleScreen", self)
        if screen.reading.analysis is not None or screen.reading.analysis_error is not None:
            return
        self._fraction = fraction
        if self.quiet_for() >= QUIET_SECONDS:
            self._show_progress(screen)

    def _show_progress(self, screen: ArticleScreen) -> None:
        if screen.reading.analysis_error is None:
            screen.status.state = f"analysing {round(100 * self._fraction)}%"

    def _analysis_failed(self, article: Article, reason: str) -> None:
        screen = cast("ArticleScreen", self)
        if article is not screen.reading.article:
            return  # another article was opened meanwhile
        screen.client.stop()
        self._fraction = 0.0
        screen.reading.analysis_error = reason
        screen.status.state = "no highlights"
        screen.sidebar.show_failure(reason)
        screen.call_after_refresh(screen.build_sidebar)
        screen.notify(
            f"No highlights: {reason}",
            title="Analysis failed",
            severity="warning",
            timeout=8,
            markup=False,
        )
        screen.update_status()

    def _analysis_ready(self, article: Article, analysis: Analysis) -> None:
        screen = cast("ArticleScreen", self)
        if article is not screen.reading.article:
            return  # another article was opened meanwhile
        screen.client.stop()
        self._fraction = 0.0
        screen.reading.set_analysis(analysis)
        screen.view.set_marks(analysis_marks(analysis))
        screen.status.state = ""
        screen.status.clear_message()
        if analysis.warnings:
            screen.notify(
                "\n".join(safe_text(w) for w in analysis.warnings[:3]),
                title="Analysis",
                timeout=6,
                markup=False,
            )
        screen.update_status()
        # the highlights first; the sidebar's lists (~10 ms for a 100 KB article), its
        # tabs (~25 ms to mount) and the library index (a thread holding the GIL) at the
        # reader's next pause
        self.after_pause(partial(self._fill_sidebar, article, analysis))
        screen.call_after_refresh(screen.arrive_at_mention)  # opened from the library
        self.after_pause(partial(index_in_background, screen, article, analysis))

    async def _fill_sidebar(self, article: Article, analysis: Analysis) -> None:
        screen = cast("ArticleScreen", self)
        if article is not screen.reading.article:
            return
        screen.sidebar.show_analysis(analysis, screen.reading.timeline)
        screen.sidebar.show_sources(screen.reading.sources)
        await screen.build_sidebar()
