"""The analysis worker process against spaCy in the reader's own process (issue 18).

Each figure comes from a fresh child process (`python -m tui.bench.worker SCENARIO`)
with an empty analysis cache, run once with the worker process (`process`, what
`limelight` does) and once with the reference: the analysis in a thread of the reader's
process (`thread`, the naive reader's way, which Limelight used before):

- analysing: page-down while a 100 KB article is analysed, from the reader's start
  (spaCy's import and load included): key p95, and the peak memory of reader + worker
  (each process's VmHWM) or of the one process;
- open_from_list: a library on screen, the cursor moved to the second article, a 2 s
  pause, Enter: seconds from Enter to its highlights.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tui.bench.stats import median, rounded

CLIENTS = ("process", "thread")
PAUSE_SECONDS = 2.0  # the reader looks at the list before opening the entry
WAIT_SECONDS = 120.0


def vm_hwm_mb(pid: int | str = "self") -> float | None:
    """Peak resident memory of process `pid` in MiB (Linux), None when unknown."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _client(app: Any, kind: str) -> Any:
    """The worker process as `limelight` starts it, or the in-process thread."""
    from tui.app.analysis_client import ThreadClient, cached_analyze, use_worker

    if kind == "process":
        return use_worker(app)
    app.article_screen.client = ThreadClient(cached_analyze(True))
    return None


def _memory(worker: Any) -> dict[str, Any]:
    reader = vm_hwm_mb()
    pid = worker.pid if worker is not None else None
    theirs = vm_hwm_mb(pid) if pid is not None else None
    total = (reader or 0) + (theirs or 0) if reader is not None else None
    return {
        "reader_mb": rounded(reader, 1),
        "worker_mb": rounded(theirs, 1),
        "peak_rss_mb": rounded(total, 1),
    }


async def _analysing(path: Path, kind: str, presses: int) -> dict[str, Any]:
    from tui.app import ReaderApp
    from tui.article import load_article
    from tui.bench.keys import FrameClock, Session, while_analysing

    article = load_article(path)
    app = ReaderApp(article, width=88)
    worker = _client(app, kind)
    clock = FrameClock()
    clock.install(app)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            while not clock.frames:
                await asyncio.sleep(0.005)
            out = await while_analysing(presses)(Session(app, pilot, clock))
            deadline = time.perf_counter() + WAIT_SECONDS
            while app.analysis is None and app.analysis_error is None:
                if time.perf_counter() > deadline:
                    break
                await pilot.pause(0.05)
            out.update(_memory(worker))
            await pilot.press("q")
    finally:
        if worker is not None:
            worker.close()
    return out


async def _open_from_list(folder: Path, kind: str) -> dict[str, Any]:
    from tui.app import ReaderApp
    from tui.app.library_screen import LibraryScreen
    from tui.article.library import scan

    library = LibraryScreen(folder, scan(folder))
    app = ReaderApp(start=library, width=88)
    worker = _client(app, kind)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            while not (library.is_mounted and library.table.row_count):
                await pilot.pause(0.02)
            await pilot.press("down")
            await asyncio.sleep(PAUSE_SECONDS)
            chosen = library.current_item()
            start = time.perf_counter()
            await pilot.press("enter")
            while app.analysis is None and app.analysis_error is None:
                if time.perf_counter() > start + WAIT_SECONDS:
                    break
                await asyncio.sleep(0.005)
            seconds = time.perf_counter() - start if app.analysis is not None else None
            out = {
                "highlights_s": rounded(seconds, 3),
                "article": chosen.entry.path.name if chosen else None,
                "error": app.analysis_error,
                **_memory(worker),
            }
            await pilot.press("q")
    finally:
        if worker is not None:
            worker.close()
    return out


def _probe(scenario: str, path: Path, kind: str, env: dict[str, str], timeout: float) -> Any:
    """One scenario in a fresh process with its own empty cache; its JSON answer."""
    with tempfile.TemporaryDirectory(prefix="limelight-bench-worker-") as folder:
        child_env = {
            **env,
            "LIMELIGHT_CACHE_DIR": str(Path(folder) / "cache"),
            "LIMELIGHT_DATA_DIR": str(Path(folder) / "data"),
        }
        done = subprocess.run(
            [sys.executable, "-m", "tui.bench.worker", scenario, str(path), "--client", kind],
            capture_output=True,
            text=True,
            env=child_env,
            timeout=timeout,
            check=False,
        )
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"{scenario} ({kind}) failed: {tail}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure_worker(
    long_article: Path,
    library: Path,
    *,
    runs: int,
    env: dict[str, str],
    timeout: float,
    note: Any,
) -> dict[str, Any]:
    """Both scenarios, `runs` times each, with the worker and with the reference."""
    rows: dict[str, Any] = {"analysing_article": long_article.name, "library": str(library)}
    for kind in CLIENTS:
        analysing = []
        for i in range(runs):
            note(f"worker: keys while {long_article.name} is analysed ({kind}, {i + 1}/{runs})")
            analysing.append(_probe("analysing", long_article, kind, env, timeout))
        opened = []
        for i in range(runs):
            note(f"worker: open from the list after {PAUSE_SECONDS:g} s ({kind}, {i + 1}/{runs})")
            opened.append(_probe("open_from_list", library, kind, env, timeout))
        rows[kind] = {
            "key_p95_analysing_ms": median([r["p95_ms"] for r in analysing]),
            "key_max_analysing_ms": median([r["max_ms"] for r in analysing]),
            "analysis_running_s": median([r["analysis_running_s"] for r in analysing]),
            "open_from_list_highlights_s": median([r["highlights_s"] for r in opened]),
            "peak_rss_mb": median([r["peak_rss_mb"] for r in analysing + opened]),
            "reader_mb": median([r["reader_mb"] for r in analysing + opened]),
            "worker_mb": median([r["worker_mb"] for r in analysing + opened]),
            "runs": {"analysing": analysing, "open_from_list": opened},
        }
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("scenario", choices=("analysing", "open_from_list"))
    parser.add_argument("path", type=Path)
    parser.add_argument("--client", choices=CLIENTS, default="process")
    parser.add_argument("--presses", type=int, default=400)
    args = parser.parse_args()
    if args.scenario == "analysing":
        out = asyncio.run(_analysing(args.path, args.client, args.presses))
    else:
        out = asyncio.run(_open_from_list(args.path, args.client))
    print(json.dumps(out))
    sys.stdout.flush()
    os._exit(0)  # a thread still in spaCy must not meet the interpreter's teardown


if __name__ == "__main__":
    sys.exit(main())
