"""Start-up as the reader sees it: process start to text, and to highlights, on screen.

Limelight runs as its console script (`limelight FILE`), cold (an empty analysis
cache) and warm (the cache a cold run left); beside it, the bare and naive reference
apps show the same text. Launches take turns within each round, so load from other
jobs on the machine falls on all of them alike and the ratios hold.
"""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.bench.apps import NAIVE_MARKER, ReferenceApps, naive_args
from tui.bench.corpus import BenchArticle
from tui.bench.stats import median, ratio, rounded
from tui.bench.terminal import Launch, Seen, Terminal

# the status line once the analysis is in: "44 mentions · ] next" (the dot may show as "_")
HIGHLIGHTS_MARKER = re.compile(r"\d+ mentions \S+ \] next")
FAILED_MARKER = re.compile(r"No highlights|Traceback|limelight: ")


def precompile_limelight() -> bool:
    """Write the bytecode of the `tui` package, as installing it would.

    With PYTHONDONTWRITEBYTECODE set (as on the shared machines) an editable install
    would compile every module of Limelight from source at each launch, ~60 ms that
    an installed program never pays, while the reference apps import Textual from
    its compiled wheel. Returns whether every module compiled.
    """
    import compileall

    import tui

    return bool(compileall.compile_dir(Path(tui.__file__).parent, quiet=2))


def limelight_command() -> list[str]:
    """The real console script beside this interpreter, else `python -m tui`."""
    script = Path(sys.executable).parent / "limelight"
    if script.exists():
        return [str(script)]
    found = shutil.which("limelight")
    return [found] if found else [sys.executable, "-m", "tui"]


@dataclass
class Variant:
    name: str
    make: Callable[[int], Launch]  # run number -> launch


def _variants(
    article: BenchArticle,
    apps: ReferenceApps,
    workdir: Path,
    *,
    highlights: bool,
    timeout: float,
) -> list[Variant]:
    paint = article.title_marker
    base_env = {"OMP_NUM_THREADS": "1"}
    limelight = [*limelight_command(), str(article.path)]
    cache_root = workdir / "cache" / article.name
    data_root = workdir / "data" / article.name  # reading positions: never the user's

    def cold(i: int) -> Launch:
        env = {
            **base_env,
            "LIMELIGHT_CACHE_DIR": str(cache_root / f"cold-{i}"),
            "LIMELIGHT_DATA_DIR": str(data_root / "cold"),
        }
        markers = (
            {"paint": paint, "highlights": HIGHLIGHTS_MARKER} if highlights else {"paint": paint}
        )
        return Launch(limelight, markers, env, timeout, abort=FAILED_MARKER)

    def warm(i: int) -> Launch:
        # the first cold run left its analysis in cold-0
        env = {
            **base_env,
            "LIMELIGHT_CACHE_DIR": str(cache_root / "cold-0"),
            "LIMELIGHT_DATA_DIR": str(data_root / "warm"),
        }
        markers = {"paint": paint, "highlights": HIGHLIGHTS_MARKER}
        return Launch(limelight, markers, env, timeout, abort=FAILED_MARKER)

    def bare(i: int) -> Launch:
        argv = [sys.executable, str(apps.bare), str(article.text_path)]
        return Launch(argv, {"paint": paint}, base_env, timeout)

    def naive(i: int) -> Launch:
        argv = [sys.executable, str(apps.naive), str(article.text_path), *naive_args(article.lang)]
        markers = {"paint": paint, "highlights": NAIVE_MARKER}
        return Launch(argv, markers, base_env, timeout, abort=re.compile("Traceback"))

    variants = [Variant("limelight_cold", cold), Variant("bare", bare)]
    if highlights:
        variants += [Variant("limelight_warm", warm), Variant("naive", naive)]
    return variants


def measure_article(
    term: Terminal,
    article: BenchArticle,
    apps: ReferenceApps,
    workdir: Path,
    *,
    runs: int,
    highlights: bool,
    timeout: float,
    note: Callable[[str], None] = lambda _: None,
) -> dict[str, Any]:
    """All launches for one article, in rounds; medians and ratios per figure."""
    variants = _variants(article, apps, workdir, highlights=highlights, timeout=timeout)
    seen: dict[str, list[Seen]] = {v.name: [] for v in variants}
    for i in range(runs):
        for variant in variants:
            note(f"start-up {article.name}: {variant.name} run {i + 1}/{runs}")
            seen[variant.name].append(term.run(variant.make(i)))
    return summarise(article, seen)


def _times(runs: list[Seen], marker: str) -> list[float | None]:
    return [s.times.get(marker) for s in runs]


def summarise(article: BenchArticle, seen: dict[str, list[Seen]]) -> dict[str, Any]:
    def med(variant: str, marker: str) -> float | None:
        return median(_times(seen.get(variant, []), marker))

    paint = med("limelight_cold", "paint")
    bare = med("bare", "paint")
    cold = med("limelight_cold", "highlights")
    warm = med("limelight_warm", "highlights")
    naive = med("naive", "highlights")
    failures = [
        {"variant": name, "run": i + 1, "exited": s.exited, "screen": s.screen[-1200:]}
        for name, runs in seen.items()
        for i, s in enumerate(runs)
        if s.screen
    ]
    return {
        "article": article.name,
        "bytes": article.size,
        "words": article.words,
        "first_paint_s": rounded(paint),
        "first_paint_warm_s": rounded(med("limelight_warm", "paint")),
        "bare_paint_s": rounded(bare),
        "first_paint_ratio": rounded(ratio(paint, bare)),
        "highlights_cold_s": rounded(cold),
        "highlights_cached_s": rounded(warm),
        "naive_paint_s": rounded(med("naive", "paint")),
        "naive_highlights_s": rounded(naive),
        "highlights_ratio": rounded(ratio(cold, naive)),
        "runs": {
            name: {marker: [rounded(t) for t in _times(runs, marker)] for marker in runs[0].times}
            for name, runs in seen.items()
            if runs
        },
        "failures": failures[:4],
    }
