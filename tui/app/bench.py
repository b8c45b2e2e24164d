"""Reader benchmark: how long wrapping, the first screen and moves take as articles grow.

Run `python -m tui.app.bench [FILE]` (default: the seed sample). The article is
repeated to about 10 KB, 100 KB and 1 MB; the analysis is a stand-in that marks every
capitalised word, so the numbers measure the reader, not spaCy. Prints a table.
"""

from __future__ import annotations

import asyncio
import re
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from rich.console import Console
from rich.table import Table

from tui.analysis.model import Analysis, Entity, Mention
from tui.app.analysis_client import precomputed
from tui.app.browsing import Session
from tui.app.layout import build_layout
from tui.app.reader import ReaderApp
from tui.article import load_article
from tui.article.model import Article
from tui.store.state import StateStore

DEFAULT = Path(__file__).resolve().parents[2] / "samples" / "microsoft-openai.de.txt"


def repeat(article: Article, target: int) -> Article:
    """The article's blocks repeated until the text is about `target` characters."""
    parts: list[str] = []
    blocks = []
    size = 0
    while size < target:
        for b in article.blocks:
            blocks.append(replace(b, start=b.start + size, end=b.end + size))
        parts.append(article.text)
        size += len(article.text) + 2
        parts.append("\n\n")
    return Article(text="".join(parts), blocks=blocks, title=article.title)


def fake_analysis(article: Article) -> Analysis:
    """Every capitalised word an entity mention: denser than any real analysis."""
    by_name: dict[str, Entity] = {}
    for m in re.finditer(r"\b[A-ZÄÖÜ][\w-]+", article.text):
        entity = by_name.setdefault(m.group(), Entity(m.group(), "ORG"))
        entity.mentions.append(Mention(m.start(), m.end(), m.group()))
    return Analysis(article.language, "bench", list(by_name.values()))


async def measure_app(article: Article, analysis: Analysis) -> dict[str, float]:
    # a throw-away state folder: a benchmark must not add to the user's history
    store = StateStore(Path(tempfile.mkdtemp(prefix="limelight-bench-")))
    app = ReaderApp(article, analyze=precomputed(analysis), session=Session(store))
    start = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        ready = time.perf_counter() - start
        renders = app.view.renders
        t = time.perf_counter()
        for _ in range(50):
            await pilot.press("right_square_bracket")
        await pilot.pause()
        step = (time.perf_counter() - t) / 50
        rows_per_step = (app.view.renders - renders) / 50
        t = time.perf_counter()
        await pilot.press("G")
        await pilot.pause()
        end = time.perf_counter() - t
    return {"ready": ready, "step": step, "rows": rows_per_step, "end": end, "first_rows": renders}


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT
    base = load_article(path)
    table = Table(title=f"Reader benchmark on {path.name} (120x40, text width 88)")
    for column in (
        "size",
        "rows",
        "wrap ms",
        "open→ready ms",
        "rows drawn first",
        "] ms",
        "rows per ]",
        "G ms",
    ):
        table.add_column(column, justify="right")
    for target in (10_000, 100_000, 1_000_000):
        article = repeat(base, target)
        analysis = fake_analysis(article)
        t = time.perf_counter()
        layout = build_layout(article, 88)
        wrap_ms = 1000 * (time.perf_counter() - t)
        result = asyncio.run(measure_app(article, analysis))
        table.add_row(
            f"{len(article.text) / 1000:.0f} KB",
            str(len(layout.lines)),
            f"{wrap_ms:.0f}",
            f"{1000 * result['ready']:.0f}",
            f"{result['first_rows']:.0f}",
            f"{1000 * result['step']:.1f}",
            f"{result['rows']:.1f}",
            f"{1000 * result['end']:.0f}",
        )
    Console().print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
