"""Peak resident memory of a reader with the German pipeline loaded, in a fresh process.

Run as `python -m tui.bench.memory ARTICLE`: it loads the pipeline, analyses the
article for real, opens the reader headless on it with that analysis and pages
through it, then prints its own peak RSS as JSON. A process of its own, so nothing
the benchmark itself loaded is counted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any


def rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB.

    Linux's VmHWM belongs to this program's memory map; `ru_maxrss` would also count
    the parent's size at fork, which carries over the exec into this process.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _probe(path: Path, lang: str | None) -> dict[str, Any]:
    from tui.analysis import analyze
    from tui.analysis.pipeline import load_pipeline
    from tui.app import ReaderApp, precomputed
    from tui.article import load_article

    figures: dict[str, Any] = {"start_mb": round(rss_mb(), 1)}
    article = load_article(path, lang=lang)
    language = article.language if article.language in ("de", "en") else "en"
    start = time.perf_counter()
    load_pipeline(language)
    figures["pipeline_load_s"] = round(time.perf_counter() - start, 3)
    figures["pipeline_mb"] = round(rss_mb(), 1)
    analysis = analyze(article, use_cache=False)
    figures["analysed_mb"] = round(rss_mb(), 1)

    async def read() -> None:
        app = ReaderApp(article, width=88, analyze=precomputed(analysis))
        async with app.run_test(size=(120, 40)) as pilot:
            while app.analysis is None:
                await pilot.pause(0.02)
            for key in ["space"] * 20 + ["right_square_bracket"] * 20 + ["G"]:
                await pilot.press(key)
            await pilot.press("q")

    asyncio.run(read())
    figures["peak_rss_mb"] = round(rss_mb(), 1)
    figures["lang"] = language
    figures["article"] = path.name
    return figures


def measure_peak(path: Path, *, env: dict[str, str], timeout: float = 600) -> dict[str, Any]:
    """Run the probe in a child process and return what it printed."""
    done = subprocess.run(
        [sys.executable, "-m", "tui.bench.memory", str(path), "--lang", "de"],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"memory probe failed: {tail}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("article", type=Path)
    parser.add_argument("--lang", choices=("de", "en"))
    args = parser.parse_args()
    print(json.dumps(_probe(args.article, args.lang)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
