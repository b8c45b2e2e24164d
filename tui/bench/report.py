"""The benchmark's figures as rich tables, each beside its reference and its goal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rich.console import Console
from rich.table import Table

from tui.bench.stats import ratio


@dataclass(frozen=True)
class Goal:
    key: str
    text: str
    met: Callable[[float], bool]


GOALS = (
    Goal("first_paint_ratio", "≤ 1.25× bare", lambda v: v <= 1.25),
    Goal("highlights_ratio", "≤ 1.1× naive", lambda v: v <= 1.1),
    Goal("highlights_cached_s", "≤ 0.6 s", lambda v: v <= 0.6),
    Goal("throughput_ratio", "≥ 0.8 of raw", lambda v: v >= 0.8),
    Goal("dates_ms_per_1k_words", "≤ 10 ms", lambda v: v <= 10),
    Goal("dates_speedup", "≥ 20×", lambda v: v >= 20),
    Goal("key_p95_ms", "≤ 20 ms", lambda v: v <= 20),
    Goal("page_p95_ms", "≤ 30 ms", lambda v: v <= 30),
    Goal("peak_rss_mb", "≤ 400 MB", lambda v: v <= 400),
    Goal("refresh_ratio", "≤ 1.5× newsboat", lambda v: v <= 1.5),
    Goal("library_search_p95_ms", "≤ 50 ms", lambda v: v <= 50),
    Goal("index_throughput_ratio", "≥ 0.9× analyze", lambda v: v >= 0.9),
    Goal("dask_two_workers_speedup", "≥ 1.6× one", lambda v: v >= 1.6),
    Goal("card_open_p95_ms", "≤ 100 ms", lambda v: v <= 100),
    Goal("feeds_screen_open_s", "≤ 0.3 s", lambda v: v <= 0.3),
    Goal("feeds_screen_key_p95_ms", "≤ 20 ms", lambda v: v <= 20),
    Goal("key_p95_analysing_ms", "≤ 20 ms", lambda v: v <= 20),
    Goal("open_from_list_highlights_s", "≤ 0.4 s", lambda v: v <= 0.4),
    Goal("peak_rss_reader_worker_mb", "≤ 450 MB", lambda v: v <= 450),
)


def goals(figures: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each goal of issue 8 with whether this run met it (None: not measured)."""
    out: dict[str, dict[str, Any]] = {}
    for goal in GOALS:
        value = figures.get(goal.key)
        out[goal.key] = {
            "goal": goal.text,
            "met": None if not isinstance(value, int | float) else goal.met(value),
        }
    return out


def _fmt(value: Any, unit: str = "", digits: int = 2) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        text = f"{value:,.{digits}f}"
    else:
        text = f"{value:,}" if isinstance(value, int) else str(value)
    return f"{text}{unit}"


def _met(result: dict[str, Any], key: str) -> str:
    met = result.get("goals", {}).get(key, {}).get("met")
    return {True: "[green]yes[/]", False: "[red]no[/]", None: "–"}[met]


def _goal(result: dict[str, Any], key: str) -> str:
    return str(result.get("goals", {}).get(key, {}).get("goal", ""))


def summary_table(r: dict[str, Any]) -> Table:
    table = Table(title="Limelight benchmark", title_justify="left")
    for column, justify in (
        ("figure", "left"),
        ("Limelight", "right"),
        ("reference", "right"),
        ("ratio", "right"),
        ("goal", "left"),
        ("met", "center"),
    ):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    seed = r.get("seed_article", "–")
    table.caption = (
        f"start-up: {seed}; throughput: {r.get('throughput_article_de', '–')}, "
        f"{r.get('throughput_article_en', '–')}; keys: {r.get('keys_article', '–')}; "
        f"memory: {r.get('memory_article', '–')}"
    )
    table.caption_justify = "left"
    table.add_row(
        "first paint",
        _fmt(r.get("first_paint_s"), " s"),
        _fmt(r.get("bare_paint_s"), " s") + " bare",
        _fmt(r.get("first_paint_ratio"), "×"),
        _goal(r, "first_paint_ratio"),
        _met(r, "first_paint_ratio"),
    )
    table.add_row(
        "highlights, cold",
        _fmt(r.get("highlights_cold_s"), " s"),
        _fmt(r.get("naive_highlights_s"), " s") + " naive",
        _fmt(r.get("highlights_ratio"), "×"),
        _goal(r, "highlights_ratio"),
        _met(r, "highlights_ratio"),
    )
    table.add_row(
        "highlights, warm",
        _fmt(r.get("highlights_cached_s"), " s"),
        "",
        "",
        _goal(r, "highlights_cached_s"),
        _met(r, "highlights_cached_s"),
    )
    for lang in ("de", "en"):
        if r.get(f"words_per_s_{lang}") is None:
            continue
        table.add_row(
            f"analysis words/s {lang}",
            _fmt(r.get(f"words_per_s_{lang}"), digits=0),
            _fmt(r.get(f"raw_words_per_s_{lang}"), digits=0) + " raw",
            _fmt(r.get(f"throughput_ratio_{lang}")),
            _goal(r, "throughput_ratio"),
            "",
        )
    table.add_row(
        "throughput, worst",
        "",
        "",
        _fmt(r.get("throughput_ratio")),
        _goal(r, "throughput_ratio"),
        _met(r, "throughput_ratio"),
    )
    table.add_row(
        "dates ms/1k words",
        _fmt(r.get("dates_ms_per_1k_words"), " ms"),
        _fmt(r.get("dateparser_ms_per_1k_words"), " ms", 1) + " dateparser",
        _fmt(r.get("dates_speedup"), "×", 1),
        f"{_goal(r, 'dates_ms_per_1k_words')}, {_goal(r, 'dates_speedup')}",
        _met(r, "dates_ms_per_1k_words") + " " + _met(r, "dates_speedup"),
    )
    table.add_row(
        "] key p50 / p95",
        f"{_fmt(r.get('key_p50_ms'))} / {_fmt(r.get('key_p95_ms'), ' ms')}",
        "",
        "",
        _goal(r, "key_p95_ms"),
        _met(r, "key_p95_ms"),
    )
    table.add_row(
        "PgDn / space p95",
        f"{_fmt(r.get('page_p95_ms'), ' ms')} / {_fmt(r.get('space_p95_ms'), ' ms')}",
        "",
        "",
        _goal(r, "page_p95_ms"),
        _met(r, "page_p95_ms"),
    )
    table.add_row(
        "space p95, analysing",
        _fmt(r.get("key_during_analysis_p95_ms"), " ms"),
        "",
        "",
        "keys keep working",
        "",
    )
    table.add_row(
        "peak RSS, de pipeline",
        _fmt(r.get("peak_rss_mb"), " MB", 0),
        "",
        "",
        _goal(r, "peak_rss_mb"),
        _met(r, "peak_rss_mb"),
    )
    feeds = r.get("feeds") or {}
    if feeds:
        table.add_row(
            f"refresh {feeds.get('feeds')} feeds",
            _fmt(r.get("refresh_s"), " s"),
            _fmt(r.get("newsboat_refresh_s"), " s") + " newsboat",
            _fmt(r.get("refresh_ratio"), "×"),
            _goal(r, "refresh_ratio"),
            _met(r, "refresh_ratio"),
        )
        table.add_row(
            "refresh again, unchanged",
            _fmt(r.get("refresh_again_s"), " s"),
            f"{feeds.get('again_304')}/{feeds.get('again_requests')} answered 304",
            "",
            "only 304s, no new entry",
            "[green]yes[/]"
            if feeds.get("again_304") == feeds.get("feeds") and not feeds.get("again_new")
            else "[red]no[/]",
        )
    screen = r.get("feeds_screen") or {}
    if screen:
        entries = screen.get("entries", "")
        _goal_row(table, r, f"Feeds screen opens, {entries} entries", "feeds_screen_open_s", " s")
        _goal_row(table, r, "Feeds screen keys p95", "feeds_screen_key_p95_ms", " ms")
    library = r.get("library") or {}
    if library:
        search, indexing, dask = (library.get(k) or {} for k in ("search", "indexing", "dask"))
        _goal_row(
            table,
            r,
            f"library search p95, {_fmt(search.get('articles'))} articles",
            "library_search_p95_ms",
            " ms",
        )
        table.add_row(
            f"limelight index, {indexing.get('articles')} articles",
            _fmt(indexing.get("index_s"), " s"),
            _fmt(indexing.get("analyze_jsonl_s"), " s") + " analyze jsonl",
            _fmt(r.get("index_throughput_ratio"), "×"),
            _goal(r, "index_throughput_ratio"),
            _met(r, "index_throughput_ratio"),
        )
        table.add_row(
            "index on 2 Dask workers",
            _fmt(dask.get("two_workers_s"), " s"),
            _fmt(dask.get("one_worker_s"), " s")
            + f" one worker (pure Python: {_fmt(dask.get('control_speedup'), '×')})",
            _fmt(r.get("dask_two_workers_speedup"), "×"),
            _goal(r, "dask_two_workers_speedup"),
            _met(r, "dask_two_workers_speedup") if "error" not in dask else dask["error"],
        )
    if r.get("worker"):
        _worker_rows(table, r)
    return table


def _goal_row(table: Table, r: dict[str, Any], label: str, key: str, unit: str) -> None:
    """A figure with its goal and no reference beside it."""
    table.add_row(label, _fmt(r.get(key), unit), "", "", _goal(r, key), _met(r, key))


def _worker_rows(table: Table, r: dict[str, Any]) -> None:
    """Issue 18: the worker process beside spaCy in a thread of the reader's process."""
    rows = (
        ("keys p95 while 100 KB are analysed", "key_p95_analysing_ms", " ms"),
        ("open from a list after 2 s", "open_from_list_highlights_s", " s"),
        ("peak memory, reader + worker", "peak_rss_reader_worker_mb", " MB"),
    )
    for label, key, unit in rows:
        reference = r.get(
            f"reference_{key}" if key != "peak_rss_reader_worker_mb" else "reference_peak_rss_mb"
        )
        table.add_row(
            label,
            _fmt(r.get(key), unit),
            _fmt(reference, unit) + " in-process",
            _fmt(ratio(r.get(key), reference), "×"),
            _goal(r, key),
            _met(r, key),
        )


def startup_table(r: dict[str, Any]) -> Table:
    table = Table(title="Start-up per article (seconds from launch, medians)", title_justify="left")
    for column in (
        "article",
        "KB",
        "paint",
        "bare",
        "ratio",
        "highl. cold",
        "warm",
        "naive",
        "ratio",
    ):
        table.add_column(column, justify="left" if column == "article" else "right")
    for row in r.get("startup", {}).values():
        table.add_row(
            row["article"],
            _fmt(row["bytes"] / 1024, digits=0),
            _fmt(row["first_paint_s"]),
            _fmt(row["bare_paint_s"]),
            _fmt(row["first_paint_ratio"], "×"),
            _fmt(row["highlights_cold_s"]),
            _fmt(row["highlights_cached_s"]),
            _fmt(row["naive_highlights_s"]),
            _fmt(row["highlights_ratio"], "×"),
        )
    return table


def print_report(result: dict[str, Any], console: Console) -> None:
    console.print(summary_table(result))
    if result.get("startup"):
        console.print(startup_table(result))
    machine = result.get("machine", {})
    console.print(
        f"[dim]{machine.get('cpus')} CPUs, load average {machine.get('load_before')} → "
        f"{machine.get('load_after')}; Python {machine.get('python')}, "
        f"Textual {machine.get('textual')}, spaCy {machine.get('spacy')}; "
        f"{result.get('elapsed_s')} s[/]"
    )
    for part, error in result.get("errors", {}).items():
        console.print(f"[red]{part}: {error}[/]")
