"""`limelight search TEXT` and `limelight search --entity NAME [--label L]`.

A query is text, never SQL or FTS5 syntax: it is bound as a parameter, and quotes,
parentheses, `*`, `-`, `NEAR` and `OR` are searched as the words they are
(tui/store/names.py). JSON for scripts: `[{"location", "title", "published",
"mentions", "snippet"}]`, most mentions first.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from tui.arguments import count
from tui.store.db import StoreError
from tui.store.index import DEFAULT_LIMIT, Hit, LibraryIndex
from tui.store.names import entity_key, match_query

EXIT_USAGE = 2
LABELS = ("PER", "ORG", "LOC", "MISC")


def label_choice(value: str) -> str:
    label = value.strip().upper()
    if label not in LABELS:
        raise argparse.ArgumentTypeError(
            f"not a label: {value!r} (choose from {', '.join(LABELS)})"
        )
    return label


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="limelight search",
        description="Find articles of the library by their words or by an entity they name.",
    )
    parser.add_argument("text", metavar="TEXT", nargs="*", help="words to find (all of them)")
    parser.add_argument("--entity", "-e", metavar="NAME", help="articles that name this entity")
    parser.add_argument("--label", "-l", type=label_choice, help="PER, ORG, LOC or MISC")
    parser.add_argument("--limit", "-n", type=count, default=DEFAULT_LIMIT, metavar="N")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    return parser


def _fail(message: str) -> int:
    print(f"limelight: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_USAGE


def print_hits(hits: Sequence[Hit], heading: str) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=heading, title_justify="left", expand=False)
    table.add_column("#", justify="right", style="bold")
    table.add_column("article")
    table.add_column("published", no_wrap=True)
    table.add_column("snippet", ratio=1)
    for hit in hits:
        title = Text(hit.title or "(untitled)", style="bold")
        title.append("\n" + hit.location, style="dim")
        table.add_row(str(hit.mentions), title, hit.published or "", Text(hit.snippet))
    Console().print(table)


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args, rest = parser.parse_known_args(list(argv))
    unknown = [word for word in rest if word.startswith("--")]
    if unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    text = " ".join([*args.text, *rest])  # "-Altman" is a word to search, not an option
    if args.entity is not None and text:
        return _fail("search either TEXT or --entity NAME, not both")
    try:
        index = LibraryIndex()
        if args.entity is not None:
            if not entity_key(args.entity, args.label or ""):
                return _fail(f"no name in {args.entity!r}: give the entity's name")
            hits = index.search_entity(args.entity, args.label, limit=args.limit)
            heading = f"articles that name {args.entity}" + (
                f" ({args.label})" if args.label else ""
            )
        else:
            if args.label:
                return _fail("--label goes with --entity NAME")
            if match_query(text) is None:
                return _fail(
                    f"nothing to search for in {text!r}: give a word"
                    if text
                    else "search for what? give words, or --entity NAME"
                )
            hits = index.search_text(text, limit=args.limit)
            heading = f"articles with {text}"
    except StoreError as exc:
        return _fail(str(exc))
    if args.format == "json":
        sys.stdout.write(
            json.dumps([h.to_json() for h in hits], ensure_ascii=False, indent=2) + "\n"
        )
    elif hits:
        print_hits(hits, heading)
    else:
        print(f"no article of the library ({index.count()} indexed) matches", file=sys.stderr)
    return 0
