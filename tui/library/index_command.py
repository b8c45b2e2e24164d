"""`limelight index PATH… [--feeds] [--jobs N] [--scheduler ADDRESS]`: fill the library.

The workers (processes here, or Dask workers) load and analyse; this process alone
writes, one transaction per article, so a `kill -9` loses at most the article being
written and the next run indexes what is missing. Articles whose content hash the
index already holds for their location are skipped before they are analysed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence

from tui.arguments import count, size
from tui.article.errors import ArticleError
from tui.article.loader import DEFAULT_MAX_BYTES
from tui.library.jobs import IndexJob, IndexOutcome, run_index_jobs
from tui.library.targets import expand
from tui.store.db import StoreError

EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="limelight index",
        description="Analyse articles and keep what was found in the library index.",
    )
    parser.add_argument(
        "paths",
        metavar="PATH",
        nargs="*",
        help="articles, folders (with subfolders), http(s) links, or a subscription's URL or title",
    )
    parser.add_argument("--feeds", action="store_true", help="also every subscribed feed's entries")
    parser.add_argument(
        "--jobs",
        "-j",
        type=count,
        default=1,
        metavar="N",
        help="worker processes (default 1)",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="analyse on a Dask cluster, e.g. tcp://10.0.0.5:8786 (needs limelight[cluster])",
    )
    parser.add_argument("--lang", choices=("de", "en"), help="language (default: detect)")
    parser.add_argument(
        "--max-size",
        type=size,
        default=DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help="largest file to open, e.g. 64M",
    )
    parser.add_argument("--no-cache", action="store_true", help="do not use the analysis cache")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    return parser


def _fail(message: str) -> int:
    print(f"limelight: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_USAGE


def _outcomes(args: argparse.Namespace, jobs: Sequence[IndexJob]) -> Iterator[IndexOutcome]:
    if args.scheduler:
        from tui.library.cluster import LANGUAGES, run_on_cluster
        from tui.library.jobs import run_index_job

        return run_on_cluster(
            args.scheduler,
            run_index_job,
            jobs,
            on_error=lambda job, error: IndexOutcome(
                job.location, error=f"{job.location}: {error}"
            ),
            languages=(args.lang,) if args.lang else LANGUAGES,
        )
    return run_index_jobs(jobs, args.jobs)


def run(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    if not args.paths and not args.feeds:
        return _fail("index what? name files, folders or links, or pass --feeds")
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from tui.analysis.errors import AnalysisError
    from tui.store.index import LibraryIndex

    try:
        targets = expand(args.paths, feeds=args.feeds)
        index = LibraryIndex()
        known = index.indexed_hashes(t.location for t in targets)
    except (ArticleError, StoreError) as exc:
        return _fail(str(exc))
    jobs = [
        IndexJob(
            t.location,
            args.lang,
            args.max_size,
            not args.no_cache,
            None if args.no_cache else known.get(t.location),
            t.entry,
        )
        for t in targets
    ]
    counts = {"indexed": 0, "unchanged": 0, "failed": 0}
    console = Console(stderr=True)
    columns = (
        TextColumn("indexing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[note]}"),
    )
    try:
        with Progress(
            *columns, console=console, transient=True, disable=not console.is_terminal
        ) as bar:
            task = bar.add_task("index", total=len(jobs), note="")
            for outcome in _outcomes(args, jobs):
                if outcome.error:
                    counts["failed"] += 1
                    bar.console.print(f"limelight: {outcome.error}", highlight=False, markup=False)
                elif outcome.skipped or outcome.document is None:
                    counts["unchanged"] += 1
                elif index.add(outcome.location, outcome.document, outcome.digest):
                    counts["indexed"] += 1
                else:
                    counts["unchanged"] += 1
                bar.update(
                    task, advance=1, note=f"{counts['failed']} failed" if counts["failed"] else ""
                )
    except (StoreError, AnalysisError) as exc:  # the database or the cluster went away
        return _fail(str(exc))
    total = index.count()
    if args.json:
        import json

        print(json.dumps({**counts, "articles": total}))
    else:
        print(
            f"indexed {counts['indexed']}, unchanged {counts['unchanged']}, "
            f"failed {counts['failed']}; {total} articles in the library"
        )
    return 1 if counts["failed"] else 0
