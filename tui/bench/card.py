"""`limelight bench --only card`: the entity card opens in ≤ 100 ms (issue 17).

Headless reader on an analysed article, its most mentioned entity current, and a
library in which that entity is named by `library` articles (the article indexed under
as many locations, one month apart): `e` is pressed and the time to the first frame
that shows the card is taken (the library's part arrives later, from a worker: its
time is reported beside). The first open, which imports the card and parses its CSS,
is reported apart from the p95 of the opens after it.
"""

from __future__ import annotations

import asyncio
import gc
import time
from typing import Any

from tui.analysis.model import Analysis
from tui.article.model import Article
from tui.bench.keys import fresh_data_dir
from tui.bench.stats import percentile, rounded

CARD_TIMEOUT = 10.0


def _library(article: Article, analysis: Analysis, count: int) -> None:
    """The article indexed under `count` locations, a month apart (the card's months)."""
    from tui.analysis.report import to_document
    from tui.store.index import LibraryIndex

    document = to_document(article, analysis)

    def copies() -> Any:
        for i in range(count):
            year, month = 2000 + (i // 12) % 30, i % 12 + 1
            yield f"/bench/library/{i}.txt", {**document, "published": f"{year}-{month:02d}-01"}

    LibraryIndex().add_many(copies())


async def _opens(
    article: Article, analysis: Analysis, opens: int, size: tuple[int, int]
) -> dict[str, Any]:
    from tui.app import ReaderApp, precomputed
    from tui.app.reading import Step

    shown: list[tuple[float, str]] = []
    app = ReaderApp(article, width=88, analyze=precomputed(analysis))
    original = app._display

    def display(screen: Any, renderable: Any) -> None:
        shown.append((time.perf_counter(), type(screen).__name__))
        original(screen, renderable)

    app._display = display  # type: ignore[method-assign]
    first: list[float] = []
    library: list[float] = []
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        reading = app.reading
        entity = max(reading.entity_mentions, key=lambda e: len(reading.entity_mentions[e]))
        app.article_screen.go(Step(reading.mention_place(reading.entity_mentions[entity][0])))
        await pilot.pause()
        for _ in range(opens):
            since = len(shown)
            start = time.perf_counter()
            await pilot.press("e")
            deadline = start + CARD_TIMEOUT
            while time.perf_counter() < deadline:
                frames = [t for t, name in shown[since:] if name == "EntityCard"]
                card = app.screen
                if frames and getattr(card, "library", None) is not None:
                    await pilot.pause()
                    break
                await asyncio.sleep(0.002)
            frames = [t for t, name in shown[since:] if name == "EntityCard"]
            first.append(frames[0] - start if frames else float("nan"))
            library.append(frames[-1] - start if frames else float("nan"))
            await pilot.press("escape")
            await pilot.pause()
        await pilot.press("q")
    ms = [1000 * t for t in first]
    return {
        "opens": opens,
        "first_open_ms": rounded(ms[0], 1),
        "p50_ms": rounded(percentile(ms[1:], 50), 1),
        "p95_ms": rounded(percentile(ms[1:], 95), 1),
        "library_part_p95_ms": rounded(percentile([1000 * t for t in library[1:]], 95), 1),
    }


def measure_card(
    article: Article,
    analysis: Analysis,
    *,
    library: int = 2_000,
    opens: int = 21,
    size: tuple[int, int] = (120, 40),
) -> dict[str, Any]:
    """Open the card `opens` times over a library of `library` articles naming it."""
    with fresh_data_dir():
        started = time.perf_counter()
        _library(article, analysis, library)
        built = time.perf_counter() - started
        rows = asyncio.run(_opens(article, analysis, opens, size))
    return {"library_articles": library, "library_built_s": round(built, 2), **rows}


def card_part(runner: Any) -> None:
    """The bench's "card" part: the seed article, analysed by the real pipeline."""
    from tui.analysis import analyze

    seed = runner.seed
    full, _ = runner.pipelines.get(seed.lang)
    analysis = analyze(seed.article, nlp=full, use_cache=False)
    quick = runner.args.quick
    runner.note(f"card: e on {seed.name}'s most named entity, library of 2,000 naming it")
    # the bench holds spaCy's pipelines, the reader does not (its analysis runs in a
    # worker process): frozen, their objects are not scanned by each full collection
    gc.collect()
    gc.freeze()
    try:
        rows = measure_card(seed.article, analysis, library=200 if quick else 2_000)
    finally:
        gc.unfreeze()
    runner.result["card"] = {"article": seed.name, **rows}
    runner.result["card_open_p95_ms"] = rows["p95_ms"]
