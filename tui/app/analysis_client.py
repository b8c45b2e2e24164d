"""The analysis as the reader sees it: one small interface, and today's client.

`AnalysisClient` is all the article screen asks of the analysis: a cached result at
once, else a run that reports progress and ends in `ready` or `failed`. Today's
`ThreadClient` runs the analyze function in a daemon thread watched by a Textual
worker; an analysis in a separate process plugs in here without touching the screens.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from typing import Any, Protocol

from textual.dom import DOMNode
from textual.timer import Timer
from textual.worker import get_current_worker

from tui.analysis.model import Analysis
from tui.app.layout import safe_text
from tui.article.model import Article


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


def one_line(error: BaseException) -> str:
    """A short, terminal-safe reason for a failure."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return safe_text(text)[:200]


Progress = Callable[[float], None]
Ready = Callable[[Article, Analysis], None]
Failed = Callable[[Article, str], None]
PROGRESS_SECONDS = 0.25  # how often a run's progress is shown


class AnalysisClient(Protocol):
    """What the article screen needs of the analysis, wherever it runs. Callbacks come
    on the UI thread."""

    def cached(self, article: Article) -> Analysis | None:
        """A finished analysis of `article` at once (no model, no thread), or None."""
        ...

    def start(
        self, host: DOMNode, article: Article, progress: Progress, ready: Ready, failed: Failed
    ) -> None:
        """Analyse `article`: `progress` now and then while it runs, then `ready` or
        `failed`. A run started before is stopped."""
        ...

    def stop(self) -> None:
        """No more progress from the run under way (its result may still arrive)."""
        ...


class ThreadClient:
    """The analyze function in a daemon thread, so quitting never waits for spaCy; an
    exclusive worker watches it (the next start cancels the watch), a timer shows how
    far it got."""

    def __init__(self, analyze: AnalyzeFn) -> None:
        self.analyze = analyze
        self._timer: Timer | None = None

    def cached(self, article: Article) -> Analysis | None:
        lookup = getattr(self.analyze, "from_cache", None)
        found = lookup(article) if lookup is not None else None
        return found if isinstance(found, Analysis) else None

    def start(
        self, host: DOMNode, article: Article, progress: Progress, ready: Ready, failed: Failed
    ) -> None:
        self.stop()
        fraction = [0.0]  # this run's, set by its thread (a run stopped before keeps its own)

        def report(value: float) -> None:
            fraction[0] = max(0.0, min(1.0, value))

        def show() -> None:
            if fraction[0] > 0:
                progress(fraction[0])

        self._timer = host.set_interval(PROGRESS_SECONDS, show)
        work = partial(self._run, host, article, report, ready, failed)
        host.run_worker(work, thread=True, exclusive=True, group="analysis")

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _run(
        self, host: DOMNode, article: Article, report: Progress, ready: Ready, failed: Failed
    ) -> None:
        worker = get_current_worker()
        done = threading.Event()
        box: dict[str, Any] = {}

        def target() -> None:
            try:
                box["result"] = self.analyze(article, progress=report)
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
            host.app.call_from_thread(failed, article, one_line(box["error"]))
        else:
            host.app.call_from_thread(ready, article, box["result"])
