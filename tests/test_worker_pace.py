"""Keys first while an analysis runs: what waits for a pause in the reader's moves.

Progress joins the status line a move redraws anyway (no frame of its own while the
reader pages), the sidebar's tabs mount when the reader pauses or the analysis is in,
and with the analysis in a worker process start-up's objects leave the collector's
passes. The pauses are set to an hour or to nothing here, so no test depends on timing.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tui.analysis.model import Analysis, Entity, Mention
from tui.app import analysis_arrival
from tui.app.analysis_client import ProcessClient
from tui.app.reader import ReaderApp
from tui.article import load_article
from tui.article.model import Article

pytestmark = pytest.mark.anyio
TESTS = Path(__file__).parent
HOUR = 3600.0


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIMELIGHT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(TESTS), *sys.path]))


@pytest.fixture
def unfrozen() -> Iterator[None]:
    """The test process's objects back in the collector's care afterwards."""
    gc.unfreeze()
    yield
    gc.unfreeze()


def long_article(tmp_path: Path) -> Article:
    path = tmp_path / "long.txt"
    paragraphs = [f"Paragraph {i}: Maria Schmidt met the council again." for i in range(200)]
    path.write_text("A long report\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return load_article(path)


class Held:
    """An analysis that reports what it is told and ends when released."""

    def __init__(self) -> None:
        self.report: list[float] = []
        self.done = threading.Event()
        self.ready = threading.Event()

    def __call__(
        self, article: Article, *, progress: Callable[[float], None] | None = None
    ) -> Analysis:
        while not self.done.wait(0.02):
            if self.report and progress is not None:
                progress(self.report.pop(0))
        start = article.text.index("Maria")
        mention = Mention(start, start + len("Maria Schmidt"), "Maria Schmidt")
        return Analysis(
            language="en", model="held", entities=[Entity("Maria Schmidt", "PER", [mention])]
        )


async def wait_for(pilot: object, condition: Callable[[], bool], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        await pilot.pause(0.05)  # type: ignore[attr-defined]


async def test_progress_joins_the_next_move_while_the_reader_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(analysis_arrival, "QUIET_SECONDS", HOUR)
    held = Held()
    app = ReaderApp(long_article(tmp_path), analyze=held)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = app.article_screen
        await pilot.press("space")
        assert app.view.scroll_y > 0
        held.report.append(0.4)
        await wait_for(pilot, lambda: screen._fraction == 0.4)
        assert app.status.state == "analysing…"  # no redraw of its own while paging
        await pilot.press("space")
        assert app.status.state == "analysing 40%"  # with the move's status line
        monkeypatch.setattr(analysis_arrival, "QUIET_SECONDS", 0.0)
        held.report.append(0.6)
        await wait_for(pilot, lambda: app.status.state == "analysing 60%")  # paused: at once
        held.done.set()
        await wait_for(pilot, lambda: app.analysis is not None)
        await pilot.press("space")
        assert "%" not in app.status.state  # a late report never outlives the result
        await wait_for(pilot, lambda: screen.sidebar.built)


async def test_the_sidebar_and_the_index_wait_for_a_pause_the_highlights_do_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(analysis_arrival, "PAUSE_SECONDS", HOUR)
    indexed: list[str] = []
    monkeypatch.setattr(
        analysis_arrival, "index_in_background", lambda screen, article, _: indexed.append(1)
    )
    held = Held()
    app = ReaderApp(long_article(tmp_path), analyze=held)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = app.article_screen
        await pilot.press("space")
        screen.build_sidebar_when_quiet()
        await pilot.pause()
        assert not screen.sidebar.built  # the reader just moved: later
        held.done.set()
        await wait_for(pilot, lambda: app.analysis is not None)
        await pilot.pause()
        assert app.view._marks.marks  # the highlights are in at once
        assert not screen.sidebar.built and indexed == []  # the rest waits
        monkeypatch.setattr(analysis_arrival, "PAUSE_SECONDS", 0.0)
        screen.check_pause()  # the reader has paused
        await wait_for(pilot, lambda: screen.sidebar.built and indexed == [1])
        entities = screen.sidebar.query_one("#entity-list")
        assert "Maria Schmidt" in str(entities.get_option_at_index(1).prompt)

    held = Held()
    app = ReaderApp(long_article(tmp_path), analyze=held)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = app.article_screen
        screen.build_sidebar_when_quiet()  # no move yet: a pause already
        await wait_for(pilot, lambda: screen.sidebar.built)
        assert app.analysis is None
        held.done.set()
        await wait_for(pilot, lambda: app.analysis is not None)


async def test_start_up_objects_are_frozen_only_with_the_worker_process(
    tmp_path: Path, unfrozen: None
) -> None:
    article = long_article(tmp_path)
    held = Held()
    app = ReaderApp(article, analyze=held)  # spaCy would run in this process: no freeze
    async with app.run_test() as pilot:
        await pilot.pause()
        assert gc.get_freeze_count() == 0
        held.done.set()
        await wait_for(pilot, lambda: app.analysis is not None)

    app = ReaderApp(article)
    client = ProcessClient(analyze="worker_fake:analyze")
    app.article_screen.client = client
    try:
        async with app.run_test() as pilot:
            await wait_for(pilot, lambda: app.analysis is not None)
            assert gc.get_freeze_count() > 0
            await wait_for(pilot, lambda: app.article_screen.sidebar.built)
            await pilot.pause(0.1)
    finally:
        client.close()


def expected_nice() -> int:
    from tui.analysis import worker

    try:
        grouped = worker.AUTOGROUP.read_text().strip() == "1"
    except OSError:
        grouped = False
    wanted = worker.NICE_BEHIND_READER if grouped else 0
    own = os.getpriority(os.PRIO_PROCESS, 0)
    return min(19, own + wanted) - own  # a reader run under nice: 19 is the floor


@pytest.mark.parametrize("setting", [None, "0"])
async def test_the_worker_stands_behind_its_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting: str | None, unfrozen: None
) -> None:
    """Nice 10 where the kernel groups a session's processes (autogroup), so the reader's
    keys come first and no other program starves the worker; LIMELIGHT_WORKER_NICE=0
    keeps it level with the reader."""
    if setting is not None:
        monkeypatch.setenv("LIMELIGHT_WORKER_NICE", setting)
    app = ReaderApp(long_article(tmp_path))
    client = ProcessClient(analyze="worker_fake:analyze")
    app.article_screen.client = client
    try:
        async with app.run_test() as pilot:
            await wait_for(pilot, lambda: app.analysis is not None)  # it is serving
            assert client.pid is not None
            nice = os.getpriority(os.PRIO_PROCESS, client.pid) - os.getpriority(os.PRIO_PROCESS, 0)
            assert nice == (expected_nice() if setting is None else 0)
            await wait_for(pilot, lambda: app.article_screen.sidebar.built)
    finally:
        client.close()
