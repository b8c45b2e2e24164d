"""Key to screen: how long after a key press the reader's frame reflects it.

The reader runs headless under Pilot with an analysis handed in ready-made, so the
key path is measured and not spaCy. Textual composes frames even when headless (it
only skips writing them out), so the app's frame hook gives the time each frame was
done; a key's latency is from sending it to the last frame it caused.

A long article's analysis is made by tiling: the surface forms of the entities,
dates and facts that the real analysis found in the samples are looked up across
the long article's prose, which is those samples repeated. It has the density of
a real analysis of that text at a fraction of its cost.
"""

from __future__ import annotations

import asyncio
import os
import re
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from tui.analysis.model import Analysis, DateMention, Entity, Fact, Mention
from tui.article.model import Article
from tui.bench.stats import median, percentile, rounded

QUIET_SECONDS = 0.08  # no new frame for this long (and no animation): the key is done
KEY_TIMEOUT = 3.0
PAGE_BUDGET_SECONDS = 60.0  # an animated page-down takes ~1 s: stop paging after this


def _surface_pattern(forms: Sequence[str]) -> re.Pattern[str] | None:
    forms = sorted({f for f in forms if len(f.strip()) > 1}, key=len, reverse=True)
    if not forms:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")


def _prose(article: Article) -> list[tuple[int, int]]:
    from tui.analysis.analyzer import prose_regions

    return prose_regions(article)


def _find(article: Article, pattern: re.Pattern[str] | None) -> list[re.Match[str]]:
    if pattern is None:
        return []
    found: list[re.Match[str]] = []
    for start, end in _prose(article):
        found.extend(pattern.finditer(article.text, start, end))
    return found


def tile_analysis(article: Article, units: Sequence[Analysis]) -> Analysis:
    """An analysis of `article` from what `units` found in the texts it repeats."""
    entities: dict[tuple[str, str], Entity] = {}
    entity_of: dict[str, Entity] = {}
    for unit in units:
        for e in unit.entities:
            target = entities.setdefault((e.name, e.label), Entity(e.name, e.label, []))
            for m in e.mentions:
                entity_of.setdefault(m.text, target)
    for match in _find(article, _surface_pattern(list(entity_of))):
        entity_of[match.group()].mentions.append(Mention(match.start(), match.end(), match.group()))
    date_of: dict[str, DateMention] = {d.text: d for u in units for d in u.dates}
    dates = [
        replace(date_of[m.group()], start=m.start(), end=m.end())
        for m in _find(article, _surface_pattern(list(date_of)))
    ]
    fact_of: dict[str, Fact] = {f.text: f for u in units for f in u.facts}
    facts = [
        replace(fact_of[m.group()], start=m.start(), end=m.end())
        for m in _find(article, _surface_pattern(list(fact_of)))
    ]
    lang = units[0].language if units else article.language
    return Analysis(
        language=lang,
        model=(units[0].model if units else "none") + " (tiled)",
        entities=[e for e in entities.values() if e.mentions],
        dates=dates,
        facts=facts,
    )


class FrameClock:
    """Records when the app finished composing each frame."""

    def __init__(self) -> None:
        self.frames: list[float] = []
        self.shown: list[float] = []  # the article's scroll position in each frame
        self._app: Any = None

    def animating(self) -> bool:
        """An animation (a smooth scroll) still running means more frames are coming."""
        animator = getattr(self._app, "animator", None)
        return bool(getattr(animator, "_animations", None))

    def install(self, app: Any) -> None:
        self._app = app
        original = app._display

        views: list[Any] = []

        def scroll_y() -> float:
            if not views:
                try:
                    views.append(app.view)
                except Exception:  # not composed yet
                    return -1.0
            return float(views[0].scroll_y)

        def display(screen: Any, renderable: Any) -> None:
            self.frames.append(time.perf_counter())
            self.shown.append(scroll_y())
            original(screen, renderable)

        app._display = display

    async def settle(self, since: int, start: float) -> float | None:
        """Wait until frames stop; seconds from `start` to the last new one."""
        deadline = start + KEY_TIMEOUT
        while True:
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            new = len(self.frames) > since
            last = self.frames[-1] if new else start
            if new and now - last >= QUIET_SECONDS and not self.animating():
                return last - start
            if now > deadline:
                return (last - start) if new else None


def _summary(latencies: list[float | None], renders: list[int]) -> dict[str, Any]:
    ms = [None if t is None else 1000 * t for t in latencies]
    return {
        "count": len(ms),
        "no_frame": sum(1 for t in ms if t is None),
        "p50_ms": rounded(percentile(ms, 50), 2),
        "p95_ms": rounded(percentile(ms, 95), 2),
        "max_ms": rounded(max((t for t in ms if t is not None), default=None), 2)
        if any(t is not None for t in ms)
        else None,
        "rows_rendered_median": median([float(r) for r in renders]) if renders else None,
    }


@contextmanager
def fresh_data_dir() -> Iterator[Path]:
    """LIMELIGHT_DATA_DIR pointing at an empty folder for the time of the block."""
    previous = os.environ.get("LIMELIGHT_DATA_DIR")
    with tempfile.TemporaryDirectory(prefix="limelight-bench-data-") as folder:
        os.environ["LIMELIGHT_DATA_DIR"] = folder
        try:
            yield Path(folder)
        finally:
            if previous is None:
                os.environ.pop("LIMELIGHT_DATA_DIR", None)
            else:
                os.environ["LIMELIGHT_DATA_DIR"] = previous


class Session:
    """A fresh reader, headless, with the analysis in: each scenario starts clean."""

    def __init__(self, app: Any, pilot: Any, clock: FrameClock) -> None:
        self.app = app
        self.pilot = pilot
        self.clock = clock

    async def press(self, key: str) -> tuple[float | None, int]:
        """Latency of one key to its last frame, and the article rows it rendered."""
        view = self.app.view
        since, rows = len(self.clock.frames), view.renders
        start = time.perf_counter()
        await self.pilot.press(key)
        latency = await self.clock.settle(since, start)
        return latency, view.renders - rows


async def _session(
    article: Article,
    analysis: Analysis | Callable[..., Analysis],
    size: tuple[int, int],
    scenario: Callable[[Session], Awaitable[dict[str, Any]]],
) -> dict[str, Any]:
    """Open a reader; with a ready analysis, wait until it is shown, then play `scenario`.

    With an analyze function instead, the scenario starts at once, while it runs.
    """
    from tui.app import ReaderApp, precomputed

    clock = FrameClock()
    mount_start = time.perf_counter()
    ready_made = isinstance(analysis, Analysis)
    analyze = precomputed(analysis) if isinstance(analysis, Analysis) else analysis
    # no reading position saved by an earlier session, and none left behind
    with fresh_data_dir():
        app = ReaderApp(article, width=88, analyze=analyze)
        clock.install(app)
        async with app.run_test(size=size) as pilot:
            while not clock.frames and time.perf_counter() < mount_start + 60:
                await asyncio.sleep(0.005)
            first = clock.frames[0] - mount_start if clock.frames else None
            ready = None
            if ready_made:
                deadline = time.perf_counter() + 60
                while app.analysis is None and app.analysis_error is None:
                    if time.perf_counter() > deadline:
                        raise TimeoutError("the reader never received its analysis")
                    await pilot.pause(0.02)
                ready = time.perf_counter() - mount_start
            await clock.settle(len(clock.frames), time.perf_counter())
            out = await scenario(Session(app, pilot, clock))
            await pilot.press("q")
    out["first_frame_ms"] = rounded(None if first is None else 1000 * first, 1)
    out["analysis_shown_ms"] = rounded(None if ready is None else 1000 * ready, 1)
    return out


def while_analysing(max_presses: int) -> Callable[[Session], Awaitable[dict[str, Any]]]:
    """Page down (back to the top at the end) as long as the analysis is running.

    Progress updates keep frames coming, so a key's latency here is the first frame
    that shows the new scroll position. Keys are posted as a terminal would send
    them; Pilot's press would wait for the process to go idle, which it never does
    while spaCy works.
    """

    async def scenario(s: Session) -> dict[str, Any]:
        from textual import events

        app, view, clock = s.app, s.app.view, s.clock
        latencies: list[float | None] = []
        progress_seen: set[str] = set()
        started = time.perf_counter()
        while app.analysis is None and app.analysis_error is None:
            if len(latencies) >= max_presses:
                break
            before = view.scroll_y
            key, char = ("space", " ") if before < view.max_scroll_y else ("g", "g")
            since = len(clock.frames)
            start = time.perf_counter()
            app.post_message(events.Key(key, char))
            latency = None
            while time.perf_counter() < start + KEY_TIMEOUT:
                await asyncio.sleep(0.002)
                moved = [
                    t
                    for t, y in zip(clock.frames[since:], clock.shown[since:], strict=False)
                    if y != before
                ]
                if moved:
                    latency = moved[0] - start
                    break
            latencies.append(latency)
            if "%" in app.status.state:
                progress_seen.add(app.status.state)
            await asyncio.sleep(0.05)  # a reader's pace, and room for the worker
        return {
            "key": "space",
            **_summary(latencies, []),
            "analysis_running_s": rounded(time.perf_counter() - started, 2),
            "progress_states_seen": len(progress_seen),
            "error": app.analysis_error,
        }

    return scenario


def walk(presses: int) -> Callable[[Session], Awaitable[dict[str, Any]]]:
    """`]` from the top, `presses` times: the next entity mention, again and again."""

    async def scenario(s: Session) -> dict[str, Any]:
        latencies: list[float | None] = []
        rows: list[int] = []
        for _ in range(presses):
            latency, rendered = await s.press("right_square_bracket")
            latencies.append(latency)
            rows.append(rendered)
        return {
            "key": "]",
            **_summary(latencies, rows),
            "mentions_walked": (s.app.current_mention or 0) + 1,
            "mentions_total": len(s.app.mentions),
        }

    return scenario


def page_through(
    key: str, max_pages: int, budget_s: float = PAGE_BUDGET_SECONDS
) -> Callable[[Session], Awaitable[dict[str, Any]]]:
    """`key` from the top to the end of the article, or `max_pages`, or `budget_s`."""

    async def scenario(s: Session) -> dict[str, Any]:
        view = s.app.view
        await s.press("g")  # from the top, whatever the reader restored
        latencies: list[float | None] = []
        rows: list[int] = []
        stop = time.perf_counter() + budget_s
        while (
            len(latencies) < max_pages
            and view.scroll_y < view.max_scroll_y
            and time.perf_counter() < stop
        ):
            latency, rendered = await s.press(key)
            latencies.append(latency)
            rows.append(rendered)
        return {
            "key": key,
            **_summary(latencies, rows),
            "rows_total": view.row_count,
            "reached_percent": view.position_percent(),
        }

    return scenario


def jumps(keys: Sequence[str]) -> Callable[[Session], Awaitable[dict[str, Any]]]:
    async def scenario(s: Session) -> dict[str, Any]:
        latencies = [(await s.press(key))[0] for key in keys]
        return {"keys": list(keys), **_summary(latencies, [])}

    return scenario


def measure_during_analysis(
    article: Article,
    analyze: Callable[..., Analysis],
    *,
    max_presses: int = 60,
    size: tuple[int, int] = (120, 40),
) -> dict[str, Any]:
    """Page-down latency while `analyze` runs in the reader's worker: does it stay usable?"""
    return asyncio.run(_session(article, analyze, size, while_analysing(max_presses)))


def measure_keys(
    article: Article,
    analysis: Analysis,
    *,
    presses: int = 200,
    max_pages: int = 400,
    size: tuple[int, int] = (120, 40),
) -> dict[str, Any]:
    """`]` pressed `presses` times and page-down through `article`, headless."""
    from tui.app.layout import build_layout

    start = time.perf_counter()
    layout = build_layout(article, 88)
    layout_ms = 1000 * (time.perf_counter() - start)
    scenarios = {
        "key": walk(presses),
        "page": page_through("pagedown", max_pages),
        "space": page_through("space", max_pages),
        "end_home": jumps(["end", "home"] * 2),
        "G_g": jumps(["G", "g"] * 2),
    }
    results = {
        name: asyncio.run(_session(article, analysis, size, scenario))
        for name, scenario in scenarios.items()
    }
    return {
        "bytes": len(article.text.encode("utf-8")),
        "rows": len(layout.lines),
        "layout_ms": rounded(layout_ms, 1),
        "mentions": sum(len(e.mentions) for e in analysis.entities),
        "entities": len(analysis.entities),
        "dates": len(analysis.dates),
        "facts": len(analysis.facts),
        **results,
    }
