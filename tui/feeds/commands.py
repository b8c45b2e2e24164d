"""`limelight subscribe | unsubscribe | feeds | refresh`: subscriptions from the shell.

Tables for people, `--format json` (`--json` for refresh) for scripts. Errors a user
can cause end in one line on stderr and exit status 2; `refresh` exits 1 when some
feed failed (each failure is its own line) and 0 when all refreshed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tui.arguments import size
from tui.feeds.http import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from tui.feeds.parse import FeedError
from tui.feeds.refresh import DEFAULT_JOBS, RefreshResult, refresh, subscribe_url
from tui.store.db import StoreError
from tui.store.feeds import FeedStore, Subscription

COMMANDS = ("subscribe", "unsubscribe", "feeds", "refresh")
EXIT_USAGE = 2


def _iso(stamp: float | None) -> str | None:
    if stamp is None:
        return None
    return datetime.fromtimestamp(stamp, UTC).isoformat(timespec="seconds")


def feed_json(sub: Subscription) -> dict[str, Any]:
    return {
        "url": sub.url,
        "title": sub.name,
        "unread": sub.unread,
        "total": sub.total,
        "last_refresh": _iso(sub.last_refresh),
        "error": sub.error,
    }


def _positive(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be above 0: {value!r}")
    return number


def _fetch_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--timeout",
        type=_positive,
        default=DEFAULT_TIMEOUT,
        metavar="S",
        help=f"seconds for one feed (default {DEFAULT_TIMEOUT:.0f})",
    )
    parser.add_argument(
        "--max-size",
        type=size,
        default=DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help=f"largest feed to read, e.g. 16M (default {DEFAULT_MAX_BYTES // 1024**2}M)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="limelight")
    commands = parser.add_subparsers(dest="command", required=True)
    subscribe = commands.add_parser("subscribe", help="follow a feed (or the feeds of an OPML)")
    subscribe.add_argument("target", metavar="URL|FILE")
    subscribe.add_argument("--title", default="", help="a title of your own for the feed")
    _fetch_options(subscribe)
    unsubscribe = commands.add_parser("unsubscribe", help="stop following a feed")
    unsubscribe.add_argument("name", metavar="URL|TITLE")
    feeds = commands.add_parser("feeds", help="list subscriptions; import or export OPML")
    feeds.add_argument("--format", choices=("table", "json"), default="table")
    feeds.add_argument("--import", dest="import_file", metavar="FILE.opml", type=Path)
    feeds.add_argument("--export", action="store_true", help="print OPML 2.0")
    again = commands.add_parser("refresh", help="fetch new entries of all or some feeds")
    again.add_argument("names", metavar="URL|TITLE", nargs="*")
    again.add_argument("--json", action="store_true", help="one object per feed, as JSON")
    again.add_argument(
        "--jobs", "-j", type=int, default=DEFAULT_JOBS, help="feeds at a time (default 8)"
    )
    _fetch_options(again)
    return parser


def _fail(message: str) -> int:
    print(f"limelight: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_USAGE


def _resolve(store: FeedStore, name: str) -> Subscription:
    found = store.find(name)
    if not found:
        from tui.feeds.refresh import is_local

        if not name.lower().startswith(("http:", "https:")) and not is_local(name):
            local = store.find(str(Path(name).absolute()))
            if local:
                return local[0]
        raise FeedError(f"no subscription {name!r} (see limelight feeds)")
    if len(found) > 1:
        raise FeedError(f"{len(found)} subscriptions are titled {name!r}; give the URL")
    return found[0]


def _looks_like_opml(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(4096).lower()
    except OSError:
        return False
    return b"<opml" in head


def _import(store: FeedStore, path: Path) -> int:
    from tui.article.loader import read_bytes
    from tui.feeds.opml import read_opml

    feeds = read_opml(read_bytes(path, DEFAULT_MAX_BYTES))
    added = store.subscribe_many(feeds)
    print(
        f"imported {added} new feed{'s' * (added != 1)} of {len(feeds)} in {path.name}; "
        "fetch their entries with: limelight refresh"
    )
    return 0


def _entries(count: int) -> str:
    return f"{count:,} entr{'y' if count == 1 else 'ies'}"


def _subscribe(store: FeedStore, args: argparse.Namespace) -> int:
    target: str = args.target
    if not target.lower().startswith(("http://", "https://")):
        path = Path(target).expanduser()
        scheme = target.split(":", 1)[0] if ":" in target else ""
        if not path.exists() and len(scheme) > 1 and scheme.isalpha():  # file:, javascript:…
            return _fail(f"only http and https feeds can be followed, not {target}")
        if not path.exists():
            return _fail(f"{target}: no such file (give a feed's http(s) address or a file)")
        if path.is_file() and _looks_like_opml(path):
            return _import(store, path)
        target = str(path.absolute())
    sub, result, added = subscribe_url(
        store, target, args.title, timeout=args.timeout, max_bytes=args.max_size
    )
    verb = "subscribed to" if added else "already subscribed to"
    print(f"{verb} {sub.name}: {_entries(sub.total)} ({result.new} new), {sub.url}")
    return 0


def _unsubscribe(store: FeedStore, args: argparse.Namespace) -> int:
    sub = _resolve(store, args.name)
    store.unsubscribe(sub.id)
    gone = "is" if sub.total == 1 else "are"
    print(f"unsubscribed from {sub.name} ({sub.url}); its {_entries(sub.total)} {gone} gone")
    return 0


def _feeds(store: FeedStore, args: argparse.Namespace) -> int:
    if args.import_file is not None:
        return _import(store, args.import_file)
    subs = store.subscriptions()
    if args.export:
        from tui.feeds.opml import write_opml

        sys.stdout.write(write_opml(subs) + "\n")
        return 0
    if args.format == "json":
        sys.stdout.write(json.dumps([feed_json(s) for s in subs], ensure_ascii=False, indent=2))
        sys.stdout.write("\n")
        return 0
    if not subs:
        print("no subscriptions yet: limelight subscribe URL, or limelight feeds --import FILE")
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Subscriptions", title_justify="left")
    for column, justify in (("title", "left"), ("unread", "right"), ("total", "right")):
        table.add_column(column, justify=justify, no_wrap=column != "title")  # type: ignore[arg-type]
    table.add_column("last refresh", no_wrap=True)
    table.add_column("url / error", overflow="fold")
    for sub in subs:
        when = _iso(sub.last_refresh)
        table.add_row(
            sub.name,
            str(sub.unread),
            str(sub.total),
            when.replace("T", " ")[:16] if when else "never",
            f"[red]{_escape(sub.error)}[/]" if sub.error else _escape(sub.url),
        )
    Console().print(table)
    return 0


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def _refresh(store: FeedStore, args: argparse.Namespace) -> int:
    subs = [_resolve(store, name) for name in args.names] if args.names else store.subscriptions()
    if not subs:
        print("no subscriptions yet: limelight subscribe URL", file=sys.stderr)
        return 0
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(stderr=True)
    started = time.perf_counter()
    errors: list[RefreshResult] = []
    columns = (
        TextColumn("refreshing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
    )
    with Progress(
        *columns, console=console, transient=True, disable=not console.is_terminal
    ) as bar:
        task = bar.add_task("", total=len(subs))

        def done(result: RefreshResult) -> None:
            bar.update(task, advance=1, description=result.title[:40])
            if result.status == "error":
                errors.append(result)
                if not args.json:
                    console.print(
                        f"limelight: {result.title}: {result.error}",
                        highlight=False,
                        markup=False,
                        soft_wrap=True,
                    )

        results = refresh(
            store,
            subs,
            jobs=args.jobs,
            timeout=args.timeout,
            max_bytes=args.max_size,
            on_result=done,
        )
    if args.json:
        sys.stdout.write(json.dumps([r.to_json() for r in results], ensure_ascii=False, indent=2))
        sys.stdout.write("\n")
    else:
        new = sum(r.new for r in results)
        unchanged = sum(r.status == "unchanged" for r in results)
        print(
            f"refreshed {len(results) - len(errors)} of {len(results)} feeds in "
            f"{time.perf_counter() - started:.2f} s: {new} new entries"
            + (f", {unchanged} unchanged" if unchanged else "")
            + (f", {len(errors)} failed" if errors else "")
        )
    return 1 if errors else 0


def run(argv: list[str]) -> int:
    """Run one of COMMANDS (argv[0]); returns the exit status."""
    args = build_parser().parse_args(argv)
    handlers = {
        "subscribe": _subscribe,
        "unsubscribe": _unsubscribe,
        "feeds": _feeds,
        "refresh": _refresh,
    }
    try:
        store = FeedStore()
        warnings = store.db.take_warnings()
        if not store.db.persistent:
            return _fail(warnings[-1] if warnings else f"cannot open {store.db.path}")
        for warning in warnings:
            print(f"limelight: {warning}", file=sys.stderr)
        return handlers[args.command](store, args)
    except (FeedError, StoreError) as exc:
        return _fail(str(exc))
