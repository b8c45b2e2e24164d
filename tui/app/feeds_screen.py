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
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text

from tui.app.feeds_list import FeedList
from tui.app.layout import safe_text
from tui.app.list_screen import Column, cell
from tui.store.feeds import FeedStore, StoredEntry, Subscription

if TYPE_CHECKING:
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


class FeedsScreen(FeedList):
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


@dataclass(slots=True)
class EntryItem:
    """An entry as listed; its cells' text is made once (10,000 rows are redrawn when
    all are marked read)."""

    entry: StoredEntry
    read: bool
    haystack: str = field(default="", compare=False)
    date: str = field(default="", compare=False)
    title: str = field(default="", compare=False)
    outlet: str = field(default="", compare=False)

    fixed: list[Text] | None = field(default=None, compare=False, repr=False)  # date, outlet

    def __post_init__(self) -> None:
        entry, moment = self.entry, self.entry.published
        if self.date:  # made from an earlier item of the same entry (`again`)
            return
        if moment is None:
            self.date = datetime.fromtimestamp(entry.seen).strftime("%Y-%m-%d %H:%M")
        else:
            self.date = moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
        self.title = safe_text(entry.title or "(untitled)")
        self.outlet = safe_text(entry.feed_title)
        self.haystack = f"{entry.title} {entry.feed_title} {self.date}".casefold()

    def again(self, entry: StoredEntry, read: bool | None = None) -> EntryItem:
        """The entry as the store has it now; what was made for its text is kept when the
        text is the same (a reload after "all read" re-reads 10,000 entries)."""
        was = self.entry
        if (was.title, was.feed_title, was.published, was.seen) != (
            entry.title,
            entry.feed_title,
            entry.published,
            entry.seen,
        ):
            return EntryItem(entry, entry.read if read is None else read)
        return EntryItem(
            entry,
            entry.read if read is None else read,
            self.haystack,
            self.date,
            self.title,
            self.outlet,
            self.fixed,
        )


def _title(item: EntryItem) -> str:
    return item.entry.title.casefold()


def _date(item: EntryItem) -> Any:
    return item.entry.published or datetime.fromtimestamp(item.entry.seen, UTC).replace(tzinfo=None)


def _outlet(item: EntryItem) -> str:
    return item.entry.feed_title.casefold()


class EntriesScreen(FeedList):
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

    def load(self, limit: int = -1, *, like: Sequence[EntryItem] = ()) -> list[EntryItem]:
        """The list's entries from the store; `like`: items listed before, whose text is
        reused for the same entries."""
        entries = self.store.entries(self.feed_id, unread_only=self.feed_id is None, limit=limit)
        before = {item.entry.id: item for item in like}
        return [
            old.again(e) if (old := before.get(e.id)) is not None else EntryItem(e, e.read)
            for e in entries
        ]

    def on_mount(self) -> None:
        super().on_mount()
        self.refreshes = self.reader.refreshes  # the entries were read just now
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
        self._append(items[listed:], rows[listed:], listed)

    def _append(self, items: list[EntryItem], rows: list[list[Text]], start: int) -> None:
        """Add rows a chunk a turn: keys are answered between chunks."""
        chunk = rows[:APPEND_CHUNK]
        if not self.is_mounted or len(self.shown) != start or self.filter:
            self.complete = True
            self.refresh_view()
            return
        self.feed_table.append(items[:APPEND_CHUNK], chunk)
        self.shown.extend(range(start, start + len(chunk)))
        if len(rows) > APPEND_CHUNK:
            more = items[APPEND_CHUNK:], rows[APPEND_CHUNK:], start + len(chunk)
            self.call_later(self._append, *more)
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
        if not self.is_mounted or not self.complete or self._marks_only():
            return
        self.refreshes = self.reader.refreshes
        current = self.current_item()
        fresh = {item.entry.id: item for item in self.load(like=self.items)}
        if self.feed_id is None:
            reads = {item.entry.id for item in self.items} - fresh.keys()
            kept = [i.again(i.entry, read=True) for i in self.items if i.entry.id in reads]
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

    refreshes = 0  # the window's refreshes when the entries were last read

    def _marks_only(self) -> bool:
        """When no refresh ended since the entries were read and the store holds the
        ones listed (none new or gone), only read marks can differ: they alone are read
        (~5 ms, where reading 10,000 entries again took 0.25 s) and their rows redrawn.
        Returns whether that was so."""
        if self.refreshes != self.reader.refreshes:
            return False
        marks = self.store.read_marks(self.feed_id, unread_only=self.feed_id is None)
        listed = {item.entry.id for item in self.items}
        if self.feed_id is None:  # "All unread": the entries read since stay, shown read
            if not marks.keys() <= listed:
                return False
            reads = [item.entry.id not in marks for item in self.items]
        elif marks.keys() == listed:
            reads = [marks[item.entry.id] for item in self.items]
        else:
            return False
        changed = [n for n, item in enumerate(self.items) if item.read != reads[n]]
        for n in changed:
            self.items[n].read = reads[n]
        self.refresh_rows(changed)
        return True

    def row_cells(self, item: EntryItem) -> list[Text]:
        if item.fixed is None:  # they never change: made once, shared by its rows
            item.fixed = [cell(item.date, style="dim"), cell(item.outlet, style="dim")]
        style = "" if item.read else "bold"
        return [cell(("  " if item.read else "● ") + item.title, style=style), *item.fixed]

    def haystack(self, item: EntryItem) -> str:
        return item.haystack

    def index_of(self, item: EntryItem) -> int:
        current = self.current_index()  # nearly always the one under the cursor
        if current is not None and self.items[current] is item:
            return current
        return next(i for i, other in enumerate(self.items) if other is item)

    def prefetch_path(self, item: EntryItem) -> str | None:
        """The entry's page, fetched and analysed ahead while the cursor rests near it
        (only an http(s) link: a feed cannot make the reader fetch anything else)."""
        link = item.entry.link
        return link if link.startswith(("http://", "https://")) else None

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
