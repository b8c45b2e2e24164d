"""The analysis in a process of its own: the reader's process never runs spaCy.

A spaCy run holds the GIL for seconds, so in the reader's process it stalls keys however
it is threaded. `serve` runs in a persistent child process (multiprocessing, spawn
context) and answers messages on a pipe; each language's pipeline is loaded once there
(`load_pipeline` keeps it). The worker owns the analysis cache's writes: everything it
analyses is stored there, and the reader looks there first, so an article it did ahead
of time (prefetch) opens with its highlights at once.

Messages to the worker (tuples, first item the kind):
  ("warm", lang)                          load that pipeline now, nothing to answer
  ("analyse", job, article, use_cache)    analyse now; the run under way yields to it
  ("prefetch", [(path, lang, max_bytes)])  analyse these into the cache, in this order,
                                          when nothing else is asked (replaces the list)
  ("quit",)
Answers: ("progress", job, fraction), ("done", job, analysis), ("failed", job, reason),
("prefetched", path, reason or "").

No Textual here (an import-linter contract keeps `tui.analysis` free of it).
"""

from __future__ import annotations

import contextlib
import importlib
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from tui.analysis.model import Analysis
from tui.article.model import Article

DEFAULT_ANALYZE = "tui.analysis.analyzer:analyze"
PARENT_CHECK_SECONDS = 0.5  # how soon a worker whose reader died ends itself
PROGRESS_STEP = 0.02  # the smallest change of progress worth a message


class _Preempted(Exception):
    """The run under way gave way to a more urgent one (it is not cached)."""


class _Quit(Exception):
    """The reader asked the worker to end."""


@dataclass
class Job:
    """One article to analyse: asked for (`job` set) or prefetched (`path` set)."""

    article: Article
    key: str | None  # the cache key; None without the cache
    job: int | None = None
    path: str = ""


@dataclass
class Worker:
    """The state of one serving worker: what is asked, what is next."""

    conn: Connection
    analyze: Callable[..., Analysis]
    asked: tuple[int, Article, bool] | None = None  # the newest analyse request
    prefetch: list[tuple[str, str | None, int]] = field(default_factory=list)
    moved: bool = False  # a new prefetch list came while a prefetch runs
    warm: list[str] = field(default_factory=list)
    running: Job | None = None
    real: bool = True  # the real analysis: its pipeline load can be done in steps
    _sent: float = -1.0

    # ---- messages -----------------------------------------------------------------

    def receive(self, message: tuple[Any, ...]) -> None:
        kind = message[0]
        trace(f"got {kind}")
        if kind == "quit":
            raise _Quit
        if kind == "warm":
            self.warm.append(message[1])
        elif kind == "analyse":
            self.asked = (message[1], message[2], message[3])
        elif kind == "prefetch":
            self.prefetch = list(message[1])
            self.moved = True

    def drain(self) -> None:
        """Take every message waiting, without blocking."""
        while self.conn.poll():
            self.receive(self.conn.recv())

    def send(self, *message: Any) -> None:
        with contextlib.suppress(OSError, ValueError):  # the reader is gone: it ends us
            self.conn.send(message)

    # ---- the loop -----------------------------------------------------------------

    def serve(self) -> None:
        while True:
            if self.asked is None and not self.prefetch and not self.warm:
                self.receive(self.conn.recv())  # nothing to do: wait for the reader
            self.drain()
            if self.asked is not None:
                job, article, use_cache = self.asked
                self.asked = None
                self.run(Job(article, _key(article) if use_cache else None, job=job))
            elif self.warm:
                self.load(self.warm.pop(0))
            elif self.prefetch:
                path, lang, max_bytes = self.prefetch.pop(0)
                self.moved = False
                self.run_prefetch(path, lang, max_bytes)

    def load(self, lang: str) -> None:
        """Load `lang`'s pipeline before an article needs it (a failure shows later)."""
        with contextlib.suppress(Exception):
            from tui.analysis.pipeline import load_pipeline

            load_pipeline(lang)
            trace(f"loaded {lang}")

    def run_prefetch(self, path: str, lang: str | None, max_bytes: int) -> None:
        from tui.analysis import cache
        from tui.article.loader import open_location

        try:  # a file, or a feed entry's page (fetched through the reader's cache)
            opened = open_location(path, lang=lang, max_bytes=max_bytes)
        except Exception as error:
            self.send("prefetched", path, _one_line(error))
            return
        if not isinstance(opened, Article):
            return  # a feed: its entries are not articles yet
        key = _key(opened)
        if cache.load(key) is not None:
            self.send("prefetched", path, "")
            return
        if self.real:
            # seconds of loading before the first chunk: give way at each step if the
            # cursor moved on (the next list has this entry again when it is still near)
            lang = opened.language if opened.language in ("de", "en") else "en"
            for step in (_import_spacy, self.load):
                if self.newer_than(path):
                    trace("preempted before loading")
                    return
                step(lang)
        self.run(Job(opened, key, path=path))

    def newer_than(self, path: str) -> bool:
        """Whether something asked since should run before the prefetch of `path`."""
        self.drain()
        if self.asked is not None:
            return True
        if self.moved:
            self.moved = False
            if self.prefetch and self.prefetch[0][0] != path:
                return True
            if self.prefetch:
                self.prefetch.pop(0)  # the head is this one
        return False

    def run(self, job: Job) -> None:
        """Analyse `job` (from the cache when it is there), answer, store the result."""
        from tui.analysis import cache

        self.running, self._sent = job, -1.0
        trace(f"run {job.job or job.path}")
        try:
            found = cache.load(job.key) if job.key else None
            result = found or self.analyze(job.article, progress=self.progress, use_cache=False)
            if job.key and found is None:
                cache.store(job.key, result)
        except _Preempted:
            trace("preempted")
            return
        except _Quit:
            raise
        except Exception as error:
            if job.job is not None:
                self.send("failed", job.job, _one_line(error))
            else:
                self.send("prefetched", job.path, _one_line(error))
            return
        finally:
            self.running = None
        trace(f"done {job.job or job.path}")
        if job.job is not None:
            self.send("done", job.job, result)
        else:
            self.send("prefetched", job.path, "")

    def progress(self, fraction: float) -> None:
        """Called by the analysis between chunks: report, and yield to a newer request."""
        job = self.running
        if job is None:
            return
        self.drain()
        if self.asked is not None:
            number, article, use_cache = self.asked
            key = _key(article) if use_cache else None
            if key is not None and key == job.key:
                job.job, self.asked = number, None  # asked for what is being done: go on
                self._sent = -1.0
            else:
                raise _Preempted
        elif job.job is None and self.newer_than(job.path):
            raise _Preempted  # the cursor moved on: its entry comes first
        if job.job is not None and (fraction - self._sent >= PROGRESS_STEP or fraction >= 1):
            self._sent = fraction
            self.send("progress", job.job, fraction)


TRACE = os.environ.get("LIMELIGHT_WORKER_TRACE", "")  # a file: what the worker did, when


def trace(event: str) -> None:
    """One line to LIMELIGHT_WORKER_TRACE (seconds since the worker started, event), so
    a benchmark can say where the time goes; nothing when it is unset."""
    if TRACE:
        with contextlib.suppress(OSError), open(TRACE, "a", encoding="utf-8") as out:
            out.write(f"{time.perf_counter() - STARTED:.3f} {event}\n")


STARTED = time.perf_counter()


def _import_spacy(_lang: str) -> None:
    with contextlib.suppress(Exception):  # a missing spaCy is said by the analysis
        import spacy  # noqa: F401


def _key(article: Article) -> str:
    from tui.analysis import cache

    # the language rule of tui.analysis.analyzer.analyze
    lang = article.language if article.language in ("de", "en") else "en"
    return cache.cache_key(article, lang)


def _one_line(error: BaseException) -> str:
    text = str(error).strip()
    return (text.splitlines()[0] if text else type(error).__name__)[:200]


def _resolve(reference: str) -> Callable[..., Analysis]:
    module, name = reference.split(":")
    function: Callable[..., Analysis] = getattr(importlib.import_module(module), name)
    return function


def _watch_parent(parent: int) -> None:
    """End this process when the reader is gone, even one killed mid-analysis."""
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        if os.getppid() != parent:
            os._exit(0)


def _quiet() -> None:
    """The reader owns the terminal: nothing of ours may write to it, nor may Ctrl+C
    (a signal to the whole process group) end the worker before the reader decides."""
    with contextlib.suppress(OSError, ValueError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        os.close(null)


def _as_batch() -> None:
    """Linux's batch policy for the worker: it keeps its share of the CPU, but the
    reader's UI thread, woken by a key, runs before it on a busy machine."""
    with contextlib.suppress(AttributeError, OSError):
        os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))


NICE_BEHIND_READER = 10
AUTOGROUP = Path("/proc/sys/kernel/sched_autogroup_enabled")


def _behind_reader() -> None:
    """Nice 10 for the worker where Linux groups a session's processes (autogroup, on
    by default on desktop distributions): a nice value then orders the worker behind its
    own reader only, while other programs meet the session as a whole, so nothing else
    starves it. On two cores busy with other work, a key's p95 while 100 KB are analysed
    went 19-30 -> 12-16 ms (the analysis ~10% slower). Without autogroup nice would put
    the worker behind every busy process of the machine: it stays at 0.
    LIMELIGHT_WORKER_NICE sets the value either way."""
    setting = os.environ.get("LIMELIGHT_WORKER_NICE")
    if setting is None:
        try:
            grouped = AUTOGROUP.read_text().strip() == "1"
        except OSError:
            grouped = False
        setting = str(NICE_BEHIND_READER) if grouped else "0"
    with contextlib.suppress(ValueError, OSError, AttributeError):
        if int(setting) > 0:
            os.nice(int(setting))


THREAD_LIMITS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")


def _one_thread() -> None:
    """One core for the worker's matrix work: a second BLAS thread would take the core
    the reader's keys need, for little gain on a news article's small batches."""
    for name in THREAD_LIMITS:
        os.environ.setdefault(name, "1")


def _without_torch() -> None:
    """thinc imports PyTorch whenever it is installed, only to offer its shims; none of
    our pipelines use it, and it costs the worker ~230 MB and ~1 s of its start (the
    German pipeline: 420 -> 186 MB, 2.1 -> 1.2 s). LIMELIGHT_WORKER_TORCH=1 keeps it
    (a transformer pipeline of one's own)."""
    if os.environ.get("LIMELIGHT_WORKER_TORCH") != "1":
        sys.modules.setdefault("torch", None)  # type: ignore[arg-type]


def serve(conn: Connection, parent: int, analyze: str = DEFAULT_ANALYZE) -> None:
    """The worker process's main: answer the reader until it quits or goes away.

    Ends with os._exit: the interpreter's teardown under a loaded pipeline can abort
    (libblis), and nothing here is left unwritten (the cache is written atomically)."""
    _quiet()
    _one_thread()
    _without_torch()
    if os.environ.get("LIMELIGHT_WORKER_BATCH", "1") == "1":
        _as_batch()
    _behind_reader()
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    status = 0
    try:
        function = _resolve(analyze)
        trace("imported")
        Worker(conn, function, real=analyze == DEFAULT_ANALYZE).serve()
    except (_Quit, EOFError, OSError, KeyboardInterrupt):
        pass
    except BaseException:
        status = 1
    os._exit(status)
