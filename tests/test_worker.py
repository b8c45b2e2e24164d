"""The analysis in a worker process: answers, cache, restart once, prefetch, no orphans.

The worker runs `worker_fake.analyze` (no spaCy): what is tested is the process and
its protocol, not the analysis. Each test gets its own cache folder.
"""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.app.analysis_client import ProcessClient
from tui.app.library_screen import LibraryScreen
from tui.app.reader import ReaderApp
from tui.article import load_article
from tui.article.library import scan

pytestmark = pytest.mark.anyio
FAKE = "worker_fake:analyze"
TESTS = Path(__file__).parent


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("LIMELIGHT_CACHE_DIR", str(folder))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(TESTS), *sys.path]))
    return folder


@pytest.fixture(autouse=True)
def unfrozen() -> Iterator[None]:
    """A reader with the worker process freezes its start-up objects (collection.py):
    the test process's go back to the collector afterwards."""
    yield
    gc.unfreeze()


def write_articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"article-{i}.txt"
        path.write_text(
            f"Report {i}\n\nMaria Schmidt said on Tuesday that plan {i} would go ahead.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def children(parent: int) -> list[int]:
    """Processes whose parent is `parent` (the process listing a quit must leave empty),
    but multiprocessing's resource tracker: it serves the test process and ends with it."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        command = (entry / "cmdline").read_bytes() if entry.exists() else b""
        if int(fields[1]) == parent and b"resource_tracker" not in command:
            found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


async def wait_for(pilot: object, condition: object, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        await pilot.pause(0.05)  # type: ignore[attr-defined]


async def settle(pilot: object, app: ReaderApp) -> None:
    """Let the sidebar finish building its tabs before the app closes (a closing app
    under a half-mounted TabbedContent raises inside Textual)."""
    await wait_for(pilot, lambda: app.article_screen.sidebar.built)
    await pilot.pause(0.1)  # type: ignore[attr-defined]


async def test_worker_analyses_and_writes_the_cache(tmp_path: Path) -> None:
    (path,) = write_articles(tmp_path / "articles", 1)
    article = load_article(path)
    app = ReaderApp(article)
    client = ProcessClient(analyze=FAKE)
    app.article_screen.client = client
    try:
        async with app.run_test() as pilot:
            await wait_for(pilot, lambda: app.analysis is not None)
            await settle(pilot, app)
            assert [e.name for e in app.analysis.entities] == ["Report"]
            worker = client.pid
            assert worker is not None and worker != os.getpid()
    finally:
        client.close()
    assert client.cached(article) is not None  # the worker wrote it, the reader reads it
    assert not alive(worker)
    assert children(os.getpid()) == []


async def test_a_killed_worker_is_restarted_once_then_the_failure_is_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LIMELIGHT_FAKE_SECONDS", "1.5")
    (path,) = write_articles(tmp_path / "articles", 1)
    article = load_article(path)
    app = ReaderApp(article)
    client = ProcessClient(analyze=FAKE, use_cache=False)
    app.article_screen.client = client
    try:
        async with app.run_test() as pilot:
            await wait_for(pilot, lambda: "%" in app.status.state)
            first = client.pid
            assert first is not None
            os.kill(first, signal.SIGKILL)
            await wait_for(pilot, lambda: client.pid not in (None, first))
            await wait_for(pilot, lambda: app.analysis is not None)  # asked again, answered
            assert client.restarts_left == 0
            # a second death: no more restarts, the reason is shown
            app.article_screen.show(article, key="", moved=False, offset=None)
            await wait_for(pilot, lambda: "%" in app.status.state)
            second = client.pid
            assert second is not None
            os.kill(second, signal.SIGKILL)
            await wait_for(pilot, lambda: app.analysis_error is not None)
            assert "analysis worker stopped" in (app.analysis_error or "")
            assert app.status.state == "no highlights"
            await settle(pilot, app)
    finally:
        client.close()
    assert children(os.getpid()) == []


async def test_a_failing_analysis_is_a_reason_not_a_dead_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LIMELIGHT_FAKE_FAIL", "model missing\nsecond line")
    (path,) = write_articles(tmp_path / "articles", 1)
    app = ReaderApp(load_article(path))
    client = ProcessClient(analyze=FAKE)
    app.article_screen.client = client
    try:
        async with app.run_test() as pilot:
            await wait_for(pilot, lambda: app.analysis_error is not None)
            assert app.analysis_error == "model missing"
            assert client.restarts_left == 1
            await settle(pilot, app)
    finally:
        client.close()


async def test_prefetch_from_the_library_then_open_with_highlights_at_once(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "articles"
    write_articles(folder, 12)
    library = LibraryScreen(folder, scan(folder))
    app = ReaderApp(start=library)
    client = ProcessClient(analyze=FAKE)
    app.article_screen.client = client
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for(pilot, lambda: library.is_mounted and library.table.row_count == 12)
            shown = [str(library.items[i].entry.path.absolute()) for i in library.shown]
            await wait_for(pilot, lambda: client._prefetch and client._prefetch[0][0] == shown[0])
            assert [p for p, _, _ in client._prefetch] == [shown[0], shown[1], shown[2], shown[3]]
            await pilot.press("down", "down", "down", "down", "down")  # re-prioritised
            await wait_for(pilot, lambda: client._prefetch[0][0] == shown[5])
            assert [p for p, _, _ in client._prefetch][:3] == [shown[5], shown[6], shown[4]]
            await wait_for(pilot, lambda: client.prefetched.get(shown[6]) == "")
            await pilot.press("down")
            await pilot.press("enter")
            await wait_for(pilot, lambda: app.analysis is not None, seconds=5)
            assert client._jobs == 0  # from the cache the worker filled: no run asked
            assert app.article.path is not None and str(app.article.path) == shown[6]
            await settle(pilot, app)
    finally:
        client.close()
    assert children(os.getpid()) == []


def test_a_worker_ends_when_its_reader_is_killed(tmp_path: Path) -> None:
    """kill -9 of the reader: the worker notices its parent is gone and ends itself."""
    script = (
        "import os, signal, sys\n"
        "from tui.app.analysis_client import ProcessClient\n"
        "client = ProcessClient(analyze='worker_fake:analyze')\n"
        "client.ensure()\n"
        "print(client.pid, flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    worker = int(done.stdout.split()[0])
    deadline = time.monotonic() + 10
    while alive(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive(worker)


async def test_a_worker_that_cannot_start_is_a_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_spawn(self: ProcessClient) -> None:
        raise OSError("Resource temporarily unavailable")

    monkeypatch.setattr(ProcessClient, "_spawn", no_spawn)
    (path,) = write_articles(tmp_path / "articles", 1)
    app = ReaderApp(load_article(path))
    client = ProcessClient(analyze=FAKE)
    app.article_screen.client = client
    async with app.run_test() as pilot:
        await wait_for(pilot, lambda: app.analysis_error is not None)
        assert app.analysis_error == (
            "cannot start the analysis worker: Resource temporarily unavailable"
        )
        await settle(pilot, app)
    client.close()
