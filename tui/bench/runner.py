"""`limelight bench`: every figure of issue 8 beside its reference, from one run.

Parts run in this order, each on its own so one failing does not lose the others:
start-up (from outside, in tmux), analysis throughput, time expressions, keys
(headless), peak memory (a child process). The analysis cache is a fresh temporary
folder, so cold and warm starts are what they say.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from tui.bench.corpus import BenchArticle, build_long, default_samples_folder, load_samples
from tui.bench.corpus import parse_size as _parse_size
from tui.bench.stats import median, ratio, rounded

PARTS = ("startup", "throughput", "dates", "keys", "memory", "feeds", "library", "card", "worker")
PARTS += ("feeds_screen",)  # type: ignore[assignment]  # tui/bench/feeds_screen.py
QUICK_LONG = "24k"


def _sizes(text: str) -> list[int]:
    try:
        return [_parse_size(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of sizes: {text!r}") from None


def _parts(text: str) -> list[str]:
    parts = [p.strip() for p in text.split(",") if p.strip()]
    unknown = [p for p in parts if p not in PARTS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown part(s) {unknown}; choose from {PARTS}")
    return parts


def _term_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size like 120x40: {text!r}") from None
    return width, height


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--output", type=Path, help="also write the JSON to this file")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median; default 5)")
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"one run, the seed article, a {QUICK_LONG} long article, 20 keys (a smoke test)",
    )
    parser.add_argument("--samples", type=Path, help="folder of sample articles (default samples/)")
    parser.add_argument(
        "--sizes",
        type=_sizes,
        default=_sizes("100k,1m"),
        help="sizes of the long articles (default 100k,1m); the largest is used for keys",
    )
    parser.add_argument(
        "--only", type=_parts, default=list(PARTS), help=f"parts to run, from {','.join(PARTS)}"
    )
    parser.add_argument("--presses", type=int, default=200, help="`]` presses (default 200)")
    parser.add_argument("--max-pages", type=int, default=400, help="page-downs at most")
    parser.add_argument(
        "--terminal", type=_term_size, default=(120, 40), help="terminal size (default 120x40)"
    )
    parser.add_argument(
        "--timeout", type=float, default=120.0, help="seconds to wait for one launch"
    )
    parser.add_argument(
        "--real-analysis",
        action="store_true",
        help="analyse the long article for the key test for real (slow) instead of tiling",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--library-size",
        type=int,
        default=100_000,
        metavar="N",
        help="articles of the synthetic library searched (default 100000)",
    )
    parser.add_argument(
        "--library-articles",
        type=Path,
        metavar="DIR",
        help="articles indexed for the throughput figures (default tests/data/library/de)",
    )


def _names_index_load_s() -> float:
    """The shipped name index read afresh (the names component's start-up share)."""
    from tui.analysis.names.index import load_index

    load_index.cache_clear()
    start = time.perf_counter()
    load_index()
    return round(time.perf_counter() - start, 3)


def _version(package: str) -> str | None:
    try:
        return version(package)
    except PackageNotFoundError:
        return None


def _load() -> list[float]:
    return [round(v, 2) for v in os.getloadavg()]


class Bench:
    """One benchmark run: its articles, its temporary folder and its results."""

    def __init__(self, args: argparse.Namespace, note: Callable[[str], None]) -> None:
        self.args = args
        self.note = note
        self.runs = 1 if args.quick else max(1, args.runs)
        self.workdir = Path(tempfile.mkdtemp(prefix="limelight-bench-"))
        folder = args.samples or default_samples_folder()
        if folder is None or not folder.is_dir():
            raise FileNotFoundError("no samples folder: pass --samples DIR")
        self.samples = load_samples(folder, self.workdir)
        if not self.samples:
            raise FileNotFoundError(f"no samples (*.txt, *.md) in {folder}")
        sizes = [_parse_size(QUICK_LONG)] if args.quick else sorted(args.sizes)
        self.long = build_long(self.samples, sizes, ("de", "en"), self.workdir)
        self.result: dict[str, Any] = {"errors": {}, "parts": {}}
        self._pipelines: Any = None

    @property
    def seed(self) -> BenchArticle:
        return self.samples[0]

    def long_articles(self, lang: str) -> list[BenchArticle]:
        return sorted((a for a in self.long if a.lang == lang), key=lambda a: a.size)

    @property
    def pipelines(self) -> Any:
        if self._pipelines is None:
            from tui.bench.throughput import Pipelines

            self._pipelines = Pipelines()
        return self._pipelines

    # ---- parts --------------------------------------------------------------------

    def startup(self) -> None:
        from tui.bench.apps import write_apps
        from tui.bench.startup import limelight_command, measure_article, precompile_limelight
        from tui.bench.terminal import Terminal

        self.result["limelight_precompiled"] = precompile_limelight()
        apps = write_apps(self.workdir / "apps")
        plan: list[tuple[BenchArticle, bool]] = [(self.seed, True)]
        if not self.args.quick:
            plan += [(a, True) for a in self.samples[1:]]
            de_long = self.long_articles("de")
            # highlights on the smallest long article; only first paint on larger ones
            plan += [(a, i == 0) for i, a in enumerate(de_long)]
        rows: dict[str, Any] = {}
        width, height = self.args.terminal
        with Terminal(width, height) as term:
            for article, highlights in plan:
                rows[article.name] = measure_article(
                    term,
                    article,
                    apps,
                    self.workdir,
                    runs=self.runs,
                    highlights=highlights,
                    timeout=self.args.timeout,
                    note=self.note,
                )
        self.result["startup"] = rows
        seed = rows[self.seed.name]
        for key in (
            "first_paint_s",
            "first_paint_warm_s",
            "bare_paint_s",
            "first_paint_ratio",
            "highlights_cold_s",
            "highlights_ratio",
            "highlights_cached_s",
            "naive_highlights_s",
        ):
            self.result[key] = seed[key]
        self.result["seed_article"] = self.seed.name
        self.result["limelight_command"] = " ".join(limelight_command())

    def throughput(self) -> None:
        from tui.bench.throughput import measure_throughput

        articles: list[BenchArticle] = []
        for lang in ("de", "en"):
            longs = self.long_articles(lang)
            if longs:
                articles.append(longs[0])  # the smallest long article: steady state, not hours
        rows = measure_throughput(articles, self.pipelines, runs=min(self.runs, 3), note=self.note)
        self.result["throughput"] = rows
        ratios = []
        for row_name, row in rows.items():
            lang = row["lang"]
            self.result[f"words_per_s_{lang}"] = row["limelight_words_per_s"]
            self.result[f"raw_words_per_s_{lang}"] = row["raw_words_per_s"]
            self.result[f"throughput_ratio_{lang}"] = row["throughput_ratio"]
            self.result[f"throughput_article_{lang}"] = row_name
            ratios.append(row["throughput_ratio"])
        got = [r for r in ratios if r is not None]
        self.result["throughput_ratio"] = min(got) if got else None
        self.result["pipeline_load_s"] = {k: round(v, 3) for k, v in self.pipelines.load_s.items()}
        self.result["names_index_load_s"] = _names_index_load_s()

    def dates(self) -> None:
        from tui.bench.throughput import measure_dates

        samples = [self.seed] if self.args.quick else self.samples
        runs = min(self.runs, 3)
        rows = measure_dates(samples, runs=runs, note=self.note)
        longs = [a for lang in ("de", "en") for a in self.long_articles(lang)[:1]]
        long_rows = measure_dates(longs, runs=runs, with_dateparser=False, note=self.note)
        self.result["dates"] = {**rows, **long_rows}
        ours = sum(r["seconds"] or 0 for r in rows.values())
        theirs = [r["dateparser_seconds"] for r in rows.values()]
        words = sum(r["words"] for r in rows.values())
        self.result["dates_ms_per_1k_words"] = rounded(ratio(1e6 * ours, words) if ours else None)
        theirs_total = sum(t for t in theirs if t is not None) if None not in theirs else None
        self.result["dateparser_ms_per_1k_words"] = rounded(
            ratio(1e6 * theirs_total, words) if theirs_total else None, 1
        )
        self.result["dates_speedup"] = rounded(ratio(theirs_total, ours), 1)
        self.result["dates_long_ms_per_1k_words"] = median(
            [r["ms_per_1k_words"] for r in long_rows.values()]
        )

    def keys(self) -> None:
        from tui.analysis import analyze
        from tui.bench.keys import measure_during_analysis, measure_keys, tile_analysis

        longs = self.long_articles("de") or self.long_articles("en")
        target = longs[-1]
        full, _ = self.pipelines.get(target.lang)
        if self.args.real_analysis:
            self.note(f"keys: analysing {target.name} for real")
            analysis = analyze(target.article, nlp=full, use_cache=False)
        else:
            units = [
                analyze(s.article, nlp=full, use_cache=False)
                for s in self.samples
                if s.lang == target.lang
            ]
            analysis = tile_analysis(target.article, units)
        self.note(f"keys: ] and page-down on {target.name}")
        presses = 20 if self.args.quick else self.args.presses
        pages = 20 if self.args.quick else self.args.max_pages
        rows = measure_keys(
            target.article,
            analysis,
            presses=presses,
            max_pages=pages,
            size=self.args.terminal,
        )
        rows["analysis"] = "real" if self.args.real_analysis else "tiled from the samples"
        busy = self.long_articles(target.lang)[0]
        self.note(f"keys: page-down on {busy.name} while it is analysed")

        def analyse_now(article: Any, *, progress: Any = None) -> Any:
            return analyze(article, progress=progress, nlp=full, use_cache=False)

        rows["during_analysis"] = {
            "article": busy.name,
            **measure_during_analysis(
                busy.article, analyse_now, max_presses=presses, size=self.args.terminal
            ),
        }
        self.result["key_during_analysis_p95_ms"] = rows["during_analysis"]["p95_ms"]
        self.result["keys"] = rows
        self.result["keys_article"] = target.name
        self.result["key_p50_ms"] = rows["key"]["p50_ms"]
        self.result["key_p95_ms"] = rows["key"]["p95_ms"]
        self.result["page_p95_ms"] = rows["page"]["p95_ms"]
        self.result["space_p95_ms"] = rows["space"]["p95_ms"]

    def memory(self) -> None:
        from tui.bench.memory import measure_peak

        de = [a for a in self.long if a.lang == "de"]
        target = min(de, key=lambda a: a.size) if de else self.seed
        if self.args.quick:
            target = self.seed
        self.note(f"memory: German pipeline and {target.name} in a fresh process")
        env = {**os.environ, "OMP_NUM_THREADS": "1"}
        rows = measure_peak(target.path, env=env, timeout=max(600.0, self.args.timeout))
        self.result["memory"] = rows
        self.result["memory_article"] = target.name
        self.result["peak_rss_mb"] = rows["peak_rss_mb"]

    def feeds(self) -> None:
        from tui.bench.feeds import measure_refresh

        rows = measure_refresh(
            self.workdir, runs=min(self.runs, 3), timeout=self.args.timeout, note=self.note
        )
        self.result["feeds"] = rows
        self.result["refresh_s"] = rows["refresh_s"]
        self.result["refresh_again_s"] = rows["refresh_again_s"]
        self.result["refresh_ratio"] = rows["refresh_ratio"]
        newsboat = rows["newsboat"] or {}
        self.result["newsboat_refresh_s"] = newsboat.get("refresh_s")

    def library(self) -> None:
        from tui.bench.library import (
            index_articles,
            measure_dask,
            measure_indexing,
            measure_search,
        )

        size = 5_000 if self.args.quick else self.args.library_size
        rows: dict[str, Any] = {}
        rows["search"] = measure_search(self.workdir / "library", size, self.note, self.runs)
        self.result["library"] = rows
        self.result["library_search_p95_ms"] = rows["search"]["p95_ms"]
        files = index_articles(self.args.library_articles, self.samples, self.workdir)
        if self.args.quick:
            files = files[:6]
        rows["indexing"] = measure_indexing(
            files, self.workdir, min(self.runs, 2), max(600.0, self.args.timeout), self.note
        )
        self.result["index_throughput_ratio"] = rows["indexing"]["ratio"]
        rows["dask"] = measure_dask(files, self.workdir, self.note)
        self.result["dask_two_workers_speedup"] = rows["dask"].get("speedup")

    def card(self) -> None:  # the entity card opens in <= 100 ms (tui/bench/card.py)
        from tui.bench.card import card_part

        card_part(self)

    def worker(self) -> None:
        """Issue 18: the analysis worker process against spaCy in the reader's process."""
        from tui.bench.worker import measure_worker

        longs = self.long_articles("de") or self.long_articles("en")
        target = min(longs, key=lambda a: abs(a.size - 100_000)) if longs else self.seed
        library = self.workdir / "worker-library"
        library.mkdir(exist_ok=True)
        for sample in self.samples:
            (library / sample.path.name).write_bytes(sample.path.read_bytes())
        env = {**os.environ, "OMP_NUM_THREADS": "1"}
        rows = measure_worker(
            target.path,
            library,
            runs=min(self.runs, 3),
            env=env,
            timeout=max(600.0, self.args.timeout),
            note=self.note,
        )
        self.result["worker"] = rows
        ours, reference = rows["process"], rows["thread"]
        self.result["key_p95_analysing_ms"] = ours["key_p95_analysing_ms"]
        self.result["reference_key_p95_analysing_ms"] = reference["key_p95_analysing_ms"]
        self.result["open_from_list_highlights_s"] = ours["open_from_list_highlights_s"]
        self.result["reference_open_from_list_highlights_s"] = reference[
            "open_from_list_highlights_s"
        ]
        self.result["peak_rss_reader_worker_mb"] = ours["peak_rss_mb"]
        self.result["reference_peak_rss_mb"] = reference["peak_rss_mb"]

    def feeds_screen(self) -> None:  # Feeds screen, 10,000 entries (tui/bench/feeds_screen.py)
        from tui.bench.feeds_screen import feeds_screen_part

        feeds_screen_part(self)

    # ---- the whole run ------------------------------------------------------------

    def run(self) -> dict[str, Any]:
        started = time.perf_counter()
        self.result["machine"] = {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
            "textual": _version("textual"),
            "spacy": _version("spacy"),
            "dateparser": _version("dateparser"),
            "load_before": _load(),
        }
        self.result["runs"] = self.runs
        self.result["quick"] = bool(self.args.quick)
        self.result["articles"] = {
            a.name: {"bytes": a.size, "words": a.words, "lang": a.lang}
            for a in [*self.samples, *self.long]
        }
        for part in PARTS:
            if part not in self.args.only:
                continue
            load = _load()
            start = time.perf_counter()
            try:
                getattr(self, part)()
            except Exception as exc:  # one part failing must not lose the others
                self.result["errors"][part] = f"{exc.__class__.__name__}: {exc}"
            self.result["parts"][part] = {
                "seconds": round(time.perf_counter() - start, 1),
                "load_before": load,
                "load_after": _load(),
            }
        self.result["machine"]["load_after"] = _load()
        self.result["elapsed_s"] = round(time.perf_counter() - started, 1)
        from tui.bench.report import goals

        self.result["goals"] = goals(self.result)
        return self.result

    def cleanup(self) -> None:
        if self.args.keep:
            self.note(f"kept {self.workdir}")
        else:
            shutil.rmtree(self.workdir, ignore_errors=True)


HEADLINE_KEYS = (
    "first_paint_s",
    "first_paint_ratio",
    "highlights_cold_s",
    "highlights_ratio",
    "highlights_cached_s",
    "throughput_ratio",
    "dates_ms_per_1k_words",
    "dates_speedup",
    "key_p95_ms",
    "page_p95_ms",
    "peak_rss_mb",
    "refresh_s",
    "refresh_ratio",
    "library_search_p95_ms",
    "index_throughput_ratio",
    "dask_two_workers_speedup",
    "card_open_p95_ms",
    "key_p95_analysing_ms",
    "open_from_list_highlights_s",
    "peak_rss_reader_worker_mb",
)


def _ordered(result: dict[str, Any]) -> dict[str, Any]:
    """Headline figures first, then the rest, for a JSON a person can read top-down."""
    head = {k: result.get(k) for k in HEADLINE_KEYS}
    return {**head, **{k: v for k, v in result.items() if k not in head}}


def run(args: argparse.Namespace) -> int:
    from rich.console import Console

    console = Console(stderr=True)
    previous = {k: os.environ.get(k) for k in ("LIMELIGHT_CACHE_DIR", "LIMELIGHT_DATA_DIR")}
    with console.status("preparing the articles…") as status:
        last_part = [""]

        def note(message: str) -> None:
            if console.is_terminal:
                status.update(message)
                return
            part = message.split(":", 1)[0]
            if part != last_part[0]:  # a log, not a spinner: one line per part
                last_part[0] = part
                console.print(f"limelight bench: {message}", highlight=False)

        bench = Bench(args, note)
        # what this process and its children analyse or save stays in the bench's folder
        os.environ["LIMELIGHT_CACHE_DIR"] = str(bench.workdir / "cache-bench")
        os.environ["LIMELIGHT_DATA_DIR"] = str(bench.workdir / "data-bench")
        try:
            result = _ordered(bench.run())
        finally:
            bench.cleanup()
            for name, value in previous.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
    text = json.dumps(result, ensure_ascii=False, indent=2)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")
    if args.json:
        sys.stdout.write(text + "\n")
    else:
        from tui.bench.report import print_report

        print_report(result, Console())
    return 1 if result["errors"] else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="limelight bench", description="Measure Limelight against its references."
    )
    add_arguments(parser)
    return run(parser.parse_args(argv))
