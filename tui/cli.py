"""The `limelight` command: open an article in the reader, or analyse it for scripts.

Errors a user can cause end in one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from typing import Any

from tui import __version__
from tui.arguments import size
from tui.article import ArticleError
from tui.article.loader import DEFAULT_MAX_BYTES

EXIT_USAGE = 2

# Evaluation commands live beside the code they measure; each module offers
# add_arguments(parser) and run(args) -> int.
_EVALUATIONS = {
    "ner": ("tui.analysis.evaluation.ner", "entity recognition against a labelled file"),
    "dates": ("tui.analysis.evaluation.dates", "time expressions against TIMEX2 files"),
    "articles": (
        "tui.analysis.evaluation.articles",
        "dates, money and names of real articles against gold readings",
    ),
}
# The library's commands (tui/library/): each module offers run(argv) -> int.
_LIBRARY = {
    "index": "tui.library.index_command",
    "search": "tui.library.search_command",
    "entities": "tui.library.entities_command",
}


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", choices=("de", "en"), help="language of the article (default: detect)"
    )
    parser.add_argument(
        "--max-size",
        type=size,
        default=DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help=f"largest file to open, e.g. 64M (default {DEFAULT_MAX_BYTES // 1024**2}M)",
    )


def _reader_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="limelight",
        description="Read a news article in the terminal with its entities, dates and facts.",
        epilog="Other commands: limelight analyze FILE…, limelight list PATH, "
        "limelight subscribe URL, limelight feeds, limelight refresh, "
        "limelight index PATH…, limelight search TEXT, limelight entities, "
        "limelight eval ner|dates …, limelight bench",
    )
    parser.add_argument(
        "file",
        metavar="FILE|DIR|URL",
        nargs="?",
        help="an article (.txt, .md, .html), a feed, a folder of articles or an http(s) link "
        "(default: the last folder, else samples/)",
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="analyse afresh; do not use the cache"
    )
    parser.add_argument(
        "--width", type=int, default=88, help="reading width in columns (default 88)"
    )
    parser.add_argument("--version", action="version", version=f"limelight {__version__}")
    _add_input_options(parser)
    return parser


def _command_parser(argv: list[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="limelight")
    commands = parser.add_subparsers(dest="command", required=True)
    analyze = commands.add_parser("analyze", help="print what analysis finds in articles")
    analyze.add_argument("files", metavar="FILE", nargs="+")
    analyze.add_argument("--format", choices=("table", "json", "jsonl"), default="table")
    analyze.add_argument(
        "--jobs", "-j", type=int, default=1, metavar="N", help="worker processes (default 1)"
    )
    analyze.add_argument(
        "--no-cache", action="store_true", help="ignore and do not write the analysis cache"
    )
    analyze.add_argument(
        "--scheduler", metavar="ADDRESS", help="analyse on a Dask cluster (tcp://HOST:PORT)"
    )
    _add_input_options(analyze)
    listing = commands.add_parser(
        "list", help="list the entries of a feed or the articles of a folder"
    )
    listing.add_argument("path", metavar="PATH", help="a folder, a feed file or a feed URL")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.add_argument("--max-size", type=size, default=DEFAULT_MAX_BYTES, metavar="SIZE")
    evaluate = commands.add_parser("eval", help="measure analysis against labelled data")
    kinds = evaluate.add_subparsers(dest="kind", required=True)
    for kind, (module, help_text) in _EVALUATIONS.items():
        sub = kinds.add_parser(kind, help=help_text)
        sub.set_defaults(module=module)
        if argv[:2] == ["eval", kind]:  # import only the evaluation that will run
            import_module(module).add_arguments(sub)
    return parser


def _fail(message: str) -> int:
    print(f"limelight: {message}", file=sys.stderr)
    return EXIT_USAGE


def _run_reader(args: argparse.Namespace) -> int:
    from tui.app import run

    return run(
        args.file,
        lang=args.lang,
        width=args.width,
        max_bytes=args.max_size,
        use_cache=not args.no_cache,
    )


def _run_batch(args: argparse.Namespace, jobs: list[Any], analyze_many: Callable[..., Any]) -> int:
    """Many articles: JSON lines (or tables) in input order, a progress bar on stderr."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    failed = 0
    collected: list[dict[str, Any]] = []  # --format json over many files prints one array
    console = Console(stderr=True)
    columns = (TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(
        *columns, console=console, transient=True, disable=not console.is_terminal
    ) as bar:
        task = bar.add_task("analyse", total=len(jobs))
        for outcome in analyze_many(jobs, args.jobs):
            bar.advance(task)
            if outcome.error:
                failed += 1
                print(f"limelight: {outcome.error}", file=sys.stderr)
            elif args.format == "jsonl":
                sys.stdout.write(json.dumps(outcome.document, ensure_ascii=False) + "\n")
                sys.stdout.flush()
            elif args.format == "json":
                collected.append(outcome.document)
            else:
                from tui.tables import print_tables

                print_tables(outcome.document)
    if args.format == "json":
        sys.stdout.write(json.dumps(collected, ensure_ascii=False, indent=2) + "\n")
    return EXIT_USAGE if failed else 0


def _run_list(args: argparse.Namespace) -> int:
    from tui.article.listing import list_path

    listing = list_path(args.path, max_bytes=args.max_size)
    if args.format == "json":
        sys.stdout.write(json.dumps(listing, ensure_ascii=False, indent=2) + "\n")
        return 0
    from tui.tables import print_listing

    print_listing(listing)
    return 0


def _run_analyze(args: argparse.Namespace) -> int:
    from tui.analysis.batch import Job, analyze_many

    jobs = [Job(path, args.lang, args.max_size, not args.no_cache) for path in args.files]
    if args.scheduler:
        from tui.library.cluster import analyze_on_cluster

        analyze_many = analyze_on_cluster(args.scheduler)
    if len(jobs) > 1 or args.format == "jsonl":
        return _run_batch(args, jobs, analyze_many)
    outcome = next(analyze_many(jobs))
    if outcome.document is None:
        return _fail(outcome.error or "analysis failed")
    if args.format == "json":
        sys.stdout.write(json.dumps(outcome.document, ensure_ascii=False, indent=2) + "\n")
    else:
        from tui.tables import print_tables

        print_tables(outcome.document)
    return 0


def _dispatch(argv: list[str]) -> int:
    if argv and argv[0] == "bench":
        from tui import bench

        parser = argparse.ArgumentParser(
            prog="limelight bench", description="measure Limelight against reference apps"
        )
        bench.add_arguments(parser)
        return bench.run(parser.parse_args(argv[1:]))
    if argv and argv[0] in ("subscribe", "unsubscribe", "feeds", "refresh"):
        from tui.feeds.commands import run as run_feeds

        return run_feeds(argv)
    if argv and argv[0] in _LIBRARY:
        return int(import_module(_LIBRARY[argv[0]]).run(argv[1:]))
    if argv and argv[0] in ("analyze", "eval", "list"):
        args = _command_parser(argv).parse_args(argv)
        if args.command == "analyze":
            return _run_analyze(args)
        if args.command == "list":
            return _run_list(args)
        runner: Callable[[argparse.Namespace], int] = import_module(args.module).run
        return runner(args)
    return _run_reader(_reader_parser().parse_args(argv))


def main(argv: Sequence[str] | None = None) -> int:
    from tui.analysis.errors import AnalysisError

    try:
        return _dispatch(list(sys.argv[1:] if argv is None else argv))
    except (ArticleError, AnalysisError) as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader of our output went away; nothing left to say
        return 0
    except Exception as exc:  # a bug of ours: still one line, the details on request
        if os.environ.get("LIMELIGHT_DEBUG"):
            raise
        print(
            f"limelight: internal error ({exc.__class__.__name__}: {str(exc)[:200]}); "
            "run with LIMELIGHT_DEBUG=1 for details",
            file=sys.stderr,
        )
        return 1
