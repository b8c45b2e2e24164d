"""The `limelight` command: open an article in the reader, or analyse it for scripts.

Errors a user can cause end in one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from importlib import import_module

from tui import __version__
from tui.article import ArticleError, load_article
from tui.article.loader import DEFAULT_MAX_BYTES
from tui.article.model import Article

EXIT_USAGE = 2

# Evaluation commands live beside the code they measure; each module offers
# add_arguments(parser) and run(args) -> int.
_EVALUATIONS = {
    "ner": ("tui.analysis.evaluation.ner", "entity recognition against a labelled file"),
    "dates": ("tui.analysis.evaluation.dates", "time expressions against TIMEX2 files"),
}


def _size(value: str) -> int:
    """Parse sizes such as 16M, 500k or 2G into bytes."""
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    text = value.strip().lower().removesuffix("b")
    factor = units.get(text[-1:], 1)
    number = text[:-1] if text[-1:] in units else text
    try:
        return int(float(number) * factor)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {value!r}") from None


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", choices=("de", "en"), help="language of the article (default: detect)"
    )
    parser.add_argument(
        "--max-size",
        type=_size,
        default=DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help=f"largest file to open, e.g. 64M (default {DEFAULT_MAX_BYTES // 1024**2}M)",
    )


def _reader_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="limelight",
        description="Read a news article in the terminal with its entities, dates and facts.",
        epilog="Other commands: limelight analyze FILE…, limelight eval ner|dates …",
    )
    parser.add_argument("file", metavar="FILE", help="article to open (.txt or .md)")
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
    analyze.add_argument("--format", choices=("table", "json"), default="table")
    _add_input_options(analyze)
    listing = commands.add_parser("list", help="list the entries of a feed or the articles of a folder")
    listing.add_argument("path", metavar="PATH", help="a folder, a feed file or a feed URL")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.add_argument("--max-size", type=_size, default=DEFAULT_MAX_BYTES, metavar="SIZE")
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


def _load(path: str, args: argparse.Namespace) -> Article:
    return load_article(path, lang=args.lang, max_bytes=args.max_size)


def _run_reader(args: argparse.Namespace) -> int:
    article = _load(args.file, args)
    from tui.app import run_reader

    return run_reader(article, width=args.width)


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
    from tui.analysis import analyze
    from tui.analysis.report import to_document

    articles = [_load(path, args) for path in args.files]
    documents = [to_document(article, analyze(article)) for article in articles]
    if args.format == "json":
        payload = documents[0] if len(documents) == 1 else documents
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return 0
    from tui.tables import print_tables

    for document in documents:
        print_tables(document)
    return 0


def _dispatch(argv: list[str]) -> int:
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
