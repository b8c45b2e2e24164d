"""The analysis as the reader sees it: one small interface, and today's client.

`AnalysisClient` is all the article screen asks of the analysis: a cached result at
once, else a run that reports progress and ends in `ready` or `failed`. Today's
`ThreadClient` runs the analyze function in a daemon thread watched by a Textual
worker; an analysis in a separate process plugs in here without touching the screens.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
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


# ---- the analysis in a worker process ----------------------------------------------

PREFETCH_AROUND = 3  # entries below and above the cursor a list has analysed ahead
PREFETCH_DELAY = 0.1  # seconds the cursor rests before its neighbourhood is asked for
STOP_SECONDS = 1.0  # how long quitting waits for the worker to end by itself


@dataclass
class _Run:
    """One asked-for analysis: whom to tell, and how far it got."""

    job: int
    host: DOMNode
    article: Article
    ready: Ready
    failed: Failed
    use_cache: bool
    fraction: float = 0.0


class ProcessClient:
    """The analysis in a persistent worker process (`tui.analysis.worker`), so the
    reader's process never runs spaCy and keys never wait for its GIL.

    The worker starts when first asked (after the first frame), loads each pipeline
    once, writes the analysis cache; this side reads the cache first. A listener thread
    takes the worker's answers to the UI thread. A worker that dies is restarted once (the failure shown,
    the run under way asked again); after a second death runs fail with the reason.
    `close` ends it: asked to quit, then terminated, then killed — no orphan.
    """

    out_of_process = True  # the reader's heap holds nothing of spaCy (collection.py)

    def __init__(
        self,
        *,
        use_cache: bool = True,
        lang: str | None = None,
        max_bytes: int = 0,
        analyze: str = "",
    ) -> None:
        self.use_cache = use_cache
        self.lang = lang
        self.max_bytes = max_bytes or _default_max_bytes()
        self.analyze = analyze  # "module:function" run by the worker ("" = the real one)
        self.restarts_left = 1
        self.failure: str | None = None  # why the worker is gone for good
        self.prefetched: dict[str, str] = {}  # path -> "" or why it could not be done
        self._lookup = CachedAnalyze(use_cache)
        self._lock = threading.RLock()
        self._process: Any = None
        self._conn: Any = None
        self._jobs = 0
        self._run: _Run | None = None
        self._timer: Timer | None = None
        self._prefetch: list[tuple[str, str | None, int]] = []
        self._warm: list[str] = []
        self._closed = False
        self._host: DOMNode | None = None

    # ---- the worker ---------------------------------------------------------------

    @property
    def pid(self) -> int | None:
        process = self._process
        return process.pid if process is not None else None

    def ensure(self) -> bool:
        """Start the worker unless it runs; False when it cannot (closed or failed)."""
        with self._lock:
            if self._closed or self.failure is not None:
                return False
            if self._process is None:
                try:
                    self._spawn()
                except Exception as error:  # no interpreter to start, no fork: said once
                    self.failure = f"cannot start the analysis worker: {one_line(error)}"
                    return False
            return True

    def _spawn(self) -> None:
        import multiprocessing

        from tui.analysis.worker import DEFAULT_ANALYZE, serve

        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        process = context.Process(
            target=serve,
            args=(theirs, os.getpid(), self.analyze or DEFAULT_ANALYZE),
            name="limelight-analysis",
            daemon=True,
        )
        with _real_std_streams():
            process.start()
        theirs.close()  # only the worker holds its end: its death is our EOF
        self._process, self._conn = process, ours
        for lang in self._warm:
            self._send("warm", lang)
        threading.Thread(
            target=self._listen, args=(process, ours), name="limelight-analysis-pipe", daemon=True
        ).start()

    def _send(self, *message: Any) -> None:
        with self._lock:
            conn = self._conn
            if conn is None:
                return
            # a dead worker: the listener sees its EOF and restarts it
            with contextlib.suppress(OSError, ValueError):
                conn.send(message)

    def warm(self, lang: str, *, now: bool = True) -> None:
        """Have the worker load `lang`'s pipeline before it is asked: started now, or
        (`now=False`) as soon as it is started for anything."""
        lang = lang if lang in ("de", "en") else "en"
        with self._lock:
            if lang not in self._warm:
                self._warm.append(lang)
            if self._process is not None:
                self._send("warm", lang)
            elif now:
                self.ensure()

    def close(self) -> None:
        """End the worker and wait for it (quitting the reader)."""
        with self._lock:
            self._closed = True
            process, conn = self._process, self._conn
            self._process = self._conn = None
        self.stop()
        if process is None:
            return
        with contextlib.suppress(OSError, ValueError):
            conn.send(("quit",))
        process.join(STOP_SECONDS)
        if process.is_alive():
            process.terminate()
            process.join(STOP_SECONDS)
        if process.is_alive():
            process.kill()
            process.join(STOP_SECONDS)
        with contextlib.suppress(OSError):
            conn.close()
        with contextlib.suppress(ValueError):
            process.close()

    # ---- AnalysisClient -----------------------------------------------------------

    def cached(self, article: Article) -> Analysis | None:
        return self._lookup.from_cache(article)

    def start(
        self, host: DOMNode, article: Article, progress: Progress, ready: Ready, failed: Failed
    ) -> None:
        self.stop()
        self._host = host
        if not self.ensure():
            failed(article, self.failure or "the analysis worker has ended")
            return
        with self._lock:
            self._jobs += 1
            run = _Run(self._jobs, host, article, ready, failed, self.use_cache)
            self._run = run
            self._send("analyse", run.job, article, run.use_cache)

        def show() -> None:
            if run.fraction > 0 and self._run is run:
                progress(run.fraction)

        self._timer = host.set_interval(PROGRESS_SECONDS, show)

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def prefetch(self, paths: list[str], *, lang: str | None = None, max_bytes: int = 0) -> None:
        """Have these articles analysed into the cache, most likely next first (a new
        list replaces the one before; what is cached already costs a lookup)."""
        if not self.use_cache or not paths:
            return
        wanted = [(path, lang or self.lang, max_bytes or self.max_bytes) for path in paths]
        with self._lock:
            if wanted == self._prefetch or not self.ensure():
                return
            self._prefetch = wanted
            self._send("prefetch", wanted)

    # ---- answers ------------------------------------------------------------------

    def _listen(self, process: Any, conn: Any) -> None:
        """Take answers from one worker until it ends (then restart it, once)."""
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError, ValueError):
                break
            except Exception:  # an answer that cannot be read: treat as a dead worker
                break
            self._answer(message)
        with self._lock:
            if self._closed or self._process is not process:
                return
        process.join(STOP_SECONDS)
        self._died(process.exitcode)

    def _answer(self, message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind == "prefetched":
            self.prefetched[message[1]] = message[2]
            return
        run = self._run
        if run is None or message[1] != run.job:
            return  # a run given up for another article
        if kind == "progress":
            run.fraction = max(0.0, min(1.0, float(message[2])))
        elif kind == "done":
            self._call(run.host, run.ready, run.article, message[2])
        elif kind == "failed":
            self._call(run.host, run.failed, run.article, safe_text(str(message[2]))[:200])
        if kind in ("done", "failed"):
            with self._lock:
                if self._run is run:
                    self._run = None

    def _died(self, code: int | None) -> None:
        """The worker ended unasked: restart it once, else fail what is under way."""
        reason = f"the analysis worker stopped (exit status {code})"
        with self._lock:
            self._process = self._conn = None
            run = self._run
            if self.restarts_left > 0:
                self.restarts_left -= 1
                try:
                    self._spawn()
                except Exception as error:
                    reason = f"{reason}; cannot start it again: {one_line(error)}"
                    self.restarts_left = 0
            if self._process is not None:
                if run is not None:
                    self._send("analyse", run.job, run.article, run.use_cache)
                if self._prefetch:
                    self._send("prefetch", self._prefetch)
                restarted = True
            else:
                self.failure = reason
                self._run = None
                restarted = False
        host = run.host if run is not None else self._host
        if restarted:
            if host is not None:
                self._call(host, _notify, host, f"{reason}; started again")
        elif run is not None:
            self._call(run.host, run.failed, run.article, reason)
        elif host is not None:
            self._call(host, _notify, host, f"{reason}; no more highlights in this window")

    def _call(self, host: DOMNode, callback: Callable[..., Any], *args: Any) -> None:
        """Run `callback` on the UI thread (nothing when the app has ended)."""
        with contextlib.suppress(Exception):
            host.app.call_from_thread(callback, *args)


@contextlib.contextmanager
def _real_std_streams() -> Iterator[None]:
    """sys.stdout/stderr as the process has them, while a process starts: Textual's
    capture has no file descriptor, which multiprocessing's helper needs to inherit."""
    saved = sys.stdout, sys.stderr
    try:
        if sys.__stdout__ is not None and sys.__stderr__ is not None:
            sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
        yield
    finally:
        sys.stdout, sys.stderr = saved


def _default_max_bytes() -> int:
    from tui.article.loader import DEFAULT_MAX_BYTES

    return DEFAULT_MAX_BYTES


def _notify(host: DOMNode, message: str) -> None:
    host.app.notify(message, title="Analysis", severity="warning", timeout=8, markup=False)


def use_worker(
    app: Any, *, use_cache: bool = True, lang: str | None = None, max_bytes: int = 0
) -> ProcessClient:
    """Give `app`'s article screen a worker process for its analysis; returns it for the
    caller to `close` when the app has ended.

    The worker starts when first asked, after the first frame: started before the app,
    its interpreter and spaCy's import took a core from the first paint (1.24 -> 1.38x
    bare Textual on two busy cores) for ~0.1 s earlier highlights."""
    client = ProcessClient(use_cache=use_cache, lang=lang, max_bytes=max_bytes)
    screen = app.article_screen
    screen.client = client
    article = screen.reading.article if getattr(app, "has_article", False) else None
    if article is not None:
        client.warm(article.language, now=False)
    return client


def prefetch(app: Any, paths: list[str]) -> None:
    """Ask `app`'s analysis to do these articles ahead (a no-op without a worker)."""
    screen = getattr(app, "article_screen", None)
    ask = getattr(getattr(screen, "client", None), "prefetch", None)
    if ask is not None:
        ask(paths, lang=getattr(app, "lang", None), max_bytes=getattr(app, "max_bytes", 0))
