"""`limelight entities [--label L] [--top N] [--format json]`: who and what the library names."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from tui.arguments import count
from tui.library.search_command import label_choice
from tui.store.db import StoreError
from tui.store.index import LibraryIndex


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="limelight entities",
        description="The entities of the library, those named by most articles first.",
    )
    parser.add_argument("--label", "-l", type=label_choice, help="PER, ORG, LOC or MISC")
    parser.add_argument("--top", "-n", type=count, default=None, metavar="N")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    return parser


def run(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    try:
        rows = LibraryIndex().entities(label=args.label, top=args.top)
    except StoreError as exc:
        print(f"limelight: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    if args.format == "json":
        sys.stdout.write(
            json.dumps([r.to_json() for r in rows], ensure_ascii=False, indent=2) + "\n"
        )
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(title="entities of the library", title_justify="left")
    for column, justify in (
        ("name", "left"),
        ("label", "left"),
        ("articles", "right"),
        ("mentions", "right"),
    ):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for row in rows:
        table.add_row(row.name, row.label, str(row.articles), str(row.mentions))
    Console().print(table)
    return 0
