"""The Feeds screen: subscriptions with unread counts, and each feed's entries.

`limelight` without arguments opens it when there are subscriptions (launch.py).
The rows come from the store every time a screen is shown or a refresh ends, so what
another window or `limelight refresh` changed appears. Feed text is untrusted: every
cell goes through `safe_text`, and only http(s) links are ever fetched (feed_reading).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.widgets import Static

from tui.app.feed_reading import FeedReader, feed_reader
from tui.app.feeds_keys import FEEDS_LIST_BINDINGS
from tui.app.feeds_table import FeedTable, StatusLine
from tui.app.layout import safe_text
from tui.app.list_screen import HERE, Column, ListScreen, cell
from tui.store.feeds import FeedStore, StoredEntry, Subscription

if TYPE_CHECKING:
    from tui.app.reader import ReaderApp
    from tui.store.state import StateStore

ALL_UNREAD = "All unread"
FIRST_ROWS = 300  # entries listed before the first frame; the rest follow from a worker
APPEND_CHUNK = 500  # rows added to the table per turn of the event loop


def _when(stamp: float | None) -> str:
    if stamp is None:
        return "never"
    return datetime.fromtimestamp(stamp).strftime("%Y-%m-%d %H:%M")


@dataclass
class FeedRow:
    """A subscription, or (feed None) the "All unread" row."""

    feed: Subscription | None
    unread: int
    total: int

    @property
    def name(self) -> str:
        return ALL_UNREAD if self.feed is None else safe_text(self.feed.name)


def _name(row: FeedRow) -> Any:
    return "" if row.feed is None else row.name.casefold()  # "All unread" stays on top


def _unread(row: FeedRow) -> int:
    return row.unread


class _FeedList(ListScreen[Any]):
    """What the Feeds list and a feed's entries share: the store, the app's reader."""

    CSS_PATH: ClassVar[list[str | Path]] = [  # type: ignore[assignment]
        HERE / "list_screen.tcss",
        HERE / "feed_screen.tcss",
    ]
    BINDINGS: ClassVar[list[BindingType]] = FEEDS_LIST_BINDINGS
    HINT = (
        "type to filter · enter open · ^t read · ^a all read · F5 refresh · ^g all · ^n next unread"
    )

    store: FeedStore

    def compose(self) -> ComposeResult:
        yield Static(cell(self.heading, style="bold"), id="list-title")
        yield FeedTable(cursor_type="row", zebra_stripes=True, id="list-table")
        yield StatusLine("", id="list-filter")
        yield StatusLine("", id="list-status")

    @property
    def reader(self) -> FeedReader:
        return feed_reader(cast("ReaderApp", self.app))

    _first_show = True  # the first resume follows the mount, which built the rows

    def on_mount(self) -> None:
        super().on_mount()
        if self.reload not in self.reader.listeners:
            self.reader.listeners.append(self.reload)

    def on_unmount(self) -> None:
        if self.reload in self.reader.listeners:
            self.reader.listeners.remove(self.reload)

    def on_screen_resume(self) -> None:
        if self._first_show:
            self._first_show = False
        else:
            self.reload()

    def reload(self) -> None:
        """Read the rows again (a refresh or another window changed them)."""
        raise NotImplementedError

    note = ""  # what the last key did ("marked read"): a toast would cost a key 100+ ms

    def status_extra(self) -> str:
        try:
            refresh = self.reader.status
        except Exception:  # not yet in an app (a test builds the screen alone)
            refresh = ""
        return " · ".join(part for part in (self.note, refresh) if part)

    def say(self, note: str) -> None:
        self.note = note
        self.update_status()

    def counted(self, indices: Sequence[int]) -> int:
        """How many of these items the status line counts."""
        return len(indices)

    def update_status(self) -> None:
        """ListScreen's status and filter lines, counting what `counted` says (the Feeds
        list's "All unread" row is no feed)."""
        singular, plural = self.NOUN
        total = self.counted(range(len(self.items)))
        noun = singular if total == 1 else plural
        shown = f"{self.counted(self.shown):,} of " if self.filter else ""
        parts = [f"{shown}{total:,} {noun}"]
        column = self.column(self.sort_column)
        if column is not None:
            parts.append(f"sorted by {column.label.lower()}")
        if extra := self.status_extra():
            parts.append(extra)
        self.query_one("#list-status", Static).update(
            Text.assemble((" · ".join(parts), "bold"), "   ", (self.HINT, "dim"))
        )
        line = self.query_one("#list-filter", Static)
        line.set_class(bool(self.filter), "-active")
        line.update(Text.assemble(("filter: ", "dim"), self.filter, (" ", "reverse")))

    def refresh_rows(self, indices: Sequence[int]) -> None:
        """Redraw these items' rows in place, all cells of a row at once."""
        table = self.query_one("#list-table", FeedTable)
        cursor = table.cursor_row
        position: dict[int, int] | None = None
        for index in indices:
            if 0 <= cursor < len(self.shown) and self.shown[cursor] == index:
                row: int | None = cursor  # the usual case: the row under the cursor
            else:
                if position is None:
                    position = {item: row for row, item in enumerate(self.shown)}
                row = position.get(index)
            if row is not None:
                table.update_row(row, self.row_cells(self.items[index]))

    def action_refresh_all(self) -> None:
        self.reader.refresh()


class FeedsScreen(_FeedList):
    """Subscriptions and their unread counts; Enter lists a feed's entries."""

    NOUN = "feed", "feeds"
    columns: ClassVar[list[Column[Any]]] = [
        Column("name", "Feed", 0, _name),
        Column("unread", "Unread", 7, _unread, descending_first=True, justify="right"),
        Column("total", "Total", 7, lambda r: r.total, descending_first=True, justify="right"),
        Column("refreshed", "Refreshed", 16, lambda r: r.feed and r.feed.last_refresh),
    ]

    def __init__(self, store: FeedStore, *, name: str | None = None) -> None:
        self.store = store
        super().__init__(self.rows(), title="Feeds", name=name)

    def rows(self) -> list[FeedRow]:
        subs = self.store.subscriptions()
        unread = sum(s.unread for s in subs)
        return [FeedRow(None, unread, unread), *(FeedRow(s, s.unread, s.total) for s in subs)]

    def reload(self) -> None:
        if not self.is_mounted:
            return
        current = self.current_item()
        self.items = self.rows()
        feed_id = current.feed.id if current and current.feed else None
        keep = next(
            (i for i, r in enumerate(self.items) if (r.feed.id if r.feed else None) == feed_id),
            None,
        )
        self.refresh_view(keep=keep)

    def row_cells(self, item: FeedRow) -> list[Text]:
        style = "bold" if item.unread else ""
        refreshed = ""
        if item.feed is not None:
            refreshed = _when(item.feed.last_refresh)
        name = cell(item.name, style=style)
        if item.feed is not None and item.feed.error:
            name.append(f"  ✗ {safe_text(item.feed.error)}", style="red")
        return [
            name,
            cell(f"{item.unread:,}" if item.unread else "", style=style, justify="right"),
            cell(f"{item.total:,}", style="dim", justify="right"),
            cell(refreshed, style="dim"),
        ]

    def haystack(self, item: FeedRow) -> str:
        url = item.feed.url if item.feed else ""
        return f"{item.name} {url}".casefold()

    def counted(self, indices: Sequence[int]) -> int:
        return sum(1 for i in indices if self.items[i].feed is not None)

    def status_extra(self) -> str:
        unread = next((row.unread for row in self.items if row.feed is None), 0)
        return " · ".join(p for p in (f"{unread:,} unread", super().status_extra()) if p)

    def open_item(self, item: FeedRow) -> None:
        feed_id = item.feed.id if item.feed else None
        self.app.push_screen(EntriesScreen(self.store, feed_id, title=item.name))

    def action_refresh_one(self) -> None:
        item = self.current_item()
        if item is None or item.feed is None:
            self.reader.refresh()
        else:
            self.reader.refresh([item.feed.id])

    def action_mark_all_read(self) -> None:
        item = self.current_item()
        if item is None:
            return
        count = self.reader.mark_all_read(item.feed.id if item.feed else None)
        self.say(f"{count:,} marked read in {item.name}")

    def action_toggle_read(self) -> None:
        self.notify("Enter lists the feed's entries: ^t marks one there", timeout=3)


@dataclass
class EntryItem:
    entry: StoredEntry
    read: bool
    haystack: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        self.haystack = f"{self.entry.title} {self.entry.feed_title} {self.date}".casefold()

    @property
    def date(self) -> str:
        moment = self.entry.published
        if moment is None:
            return datetime.fromtimestamp(self.entry.seen).strftime("%Y-%m-%d %H:%M")
        return moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _title(item: EntryItem) -> str:
    return item.entry.title.casefold()


def _date(item: EntryItem) -> Any:
    return item.entry.published or datetime.fromtimestamp(item.entry.seen, UTC).replace(tzinfo=None)


def _outlet(item: EntryItem) -> str:
    return item.entry.feed_title.casefold()


class EntriesScreen(_FeedList):
    """A feed's entries (or every unread one), newest first; Enter reads the entry."""

    NOUN = "entry", "entries"
    columns: ClassVar[list[Column[Any]]] = [
        Column("title", "Title", 0, _title),  # "● " before an unread one
        Column("date", "Date", 16, _date, descending_first=True),
        Column("outlet", "Outlet", 22, _outlet),
    ]

    def __init__(
        self, store: FeedStore, feed_id: int | None, *, title: str = "", name: str | None = None
    ) -> None:
        self.store = store
        self.feed_id = feed_id
        first = self.load(limit=FIRST_ROWS)
        # the newest FIRST_ROWS show at once; the rest are read in a worker and appended
        self.complete = len(first) < FIRST_ROWS
        super().__init__(first, title=title or ALL_UNREAD, name=name)

    def load(self, limit: int = -1) -> list[EntryItem]:
        entries = self.store.entries(self.feed_id, unread_only=self.feed_id is None, limit=limit)
        return [EntryItem(e, e.read) for e in entries]

    def on_mount(self) -> None:
        super().on_mount()
        if not self.complete:
            self.run_worker(self._load_rest, thread=True, group="entries", exit_on_error=False)

    def status_extra(self) -> str:
        extra = super().status_extra()
        return extra if self.complete else " · ".join(p for p in ("listing…", extra) if p)

    def _load_rest(self) -> None:
        """In a thread: every entry and its row, handed to the screen in chunks."""
        items = self.load()
        rows = [self.row_cells(item) for item in items]
        with contextlib.suppress(RuntimeError):  # the app ended meanwhile
            self.app.call_from_thread(self._rest_loaded, items, rows)

    def _rest_loaded(self, items: list[EntryItem], rows: list[list[Text]]) -> None:
        if self.complete:  # a filter or a sort read them all meanwhile
            return
        listed = len(self.items)
        same = [i.entry.id for i in items[:listed]] == [i.entry.id for i in self.items]
        if not same or self.filter or self.sort_column is not None or self.sort_reverse:
            self.items, self.complete = items, True
            self.refresh_view()
            return
        self.items = self.items + items[listed:]  # the first ones keep their marks
        self._append(rows[listed:], listed)

    def _append(self, rows: list[list[Text]], start: int) -> None:
        """Add rows a chunk a turn: keys are answered between chunks."""
        chunk = rows[:APPEND_CHUNK]
        if not self.is_mounted or len(self.shown) != start or self.filter:
            self.complete = True
            self.refresh_view()
            return
        self.table.add_rows(chunk)
        self.shown.extend(range(start, start + len(chunk)))
        if len(rows) > APPEND_CHUNK:
            self.call_later(self._append, rows[APPEND_CHUNK:], start + len(chunk))
        else:
            self.complete = True
        self.update_status()

    def set_filter(self, value: str) -> None:
        if not self.complete and value != self.filter:
            self.items, self.complete = self.load(), True  # the filter searches them all
        super().set_filter(value)

    def sort_by(self, key: str | None, *, reverse: bool = False) -> None:
        if not self.complete:
            self.items, self.complete = self.load(), True
        super().sort_by(key, reverse=reverse)

    def reload(self) -> None:
        """New entries after a refresh; read marks as the store has them now. "All unread"
        keeps the entries read since it was listed (shown read) until it is opened again."""
        if not self.is_mounted or not self.complete:
            return
        current = self.current_item()
        fresh = {item.entry.id: item for item in self.load()}
        if self.feed_id is None:
            reads = {item.entry.id for item in self.items} - fresh.keys()
            kept = [EntryItem(i.entry, True) for i in self.items if i.entry.id in reads]
            merged = [*fresh.values(), *kept]
            merged.sort(key=lambda i: (_date(i), i.entry.id), reverse=True)
            items = merged
        else:
            items = list(fresh.values())
        same = [i.entry.id for i in self.items] == [i.entry.id for i in items]
        ids = [i.entry.id for i in items]
        if same:  # only read marks changed: those rows are redrawn, the table stays
            changed = [
                n
                for n, (old, new) in enumerate(zip(self.items, items, strict=True))
                if old.read != new.read
            ]
            for n in changed:
                self.items[n].read = items[n].read
            self.refresh_rows(changed)
            return
        self.items = items
        keep = ids.index(current.entry.id) if current and current.entry.id in ids else None
        if self.reader.current in ids and self.app.screen is not self:
            keep = ids.index(self.reader.current)
        self.refresh_view(keep=keep)

    def row_cells(self, item: EntryItem) -> list[Text]:
        entry = item.entry
        style = "" if item.read else "bold"
        return [  # three cells: each one costs every line on screen a render
            cell(
                ("  " if item.read else "● ") + safe_text(entry.title or "(untitled)"), style=style
            ),
            cell(item.date, style="dim"),
            cell(safe_text(entry.feed_title), style="dim"),
        ]

    def haystack(self, item: EntryItem) -> str:
        return item.haystack

    def index_of(self, item: EntryItem) -> int:
        return next(i for i, other in enumerate(self.items) if other is item)

    def open_item(self, item: EntryItem) -> None:
        item.read = True
        self.refresh_rows([self.index_of(item)])
        self.reader.open_entry(item.entry.id, self.feed_id)

    def action_toggle_read(self) -> None:
        item = self.current_item()
        if item is None:
            return
        read = self.reader.toggle_read(item.entry.id)
        if read is not None:
            item.read = read
            self.refresh_rows([self.index_of(item)])
            self.say("marked read" if read else "marked unread")

    def action_mark_all_read(self) -> None:
        count = self.reader.mark_all_read(self.feed_id)
        self.say(f"{count:,} marked read")

    def action_refresh_one(self) -> None:
        if self.feed_id is None:
            self.reader.refresh()
        else:
            self.reader.refresh([self.feed_id])


def start_screen(store: StateStore) -> FeedsScreen | None:
    """The Feeds screen to start on, when there are subscriptions."""
    feeds = FeedStore(database=store.db)
    if not feeds.subscriptions():
        return None
    return FeedsScreen(feeds)
