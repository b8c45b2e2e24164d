"""The library: the articles of a folder, listed at once and filled in as they are read.

`scan` only stats files, so the list is on screen at once with file names and sizes.
A worker then peeks at each file's head for title, date and language, the rows on
screen first (they are queued whenever the view scrolls or the filter changes), the
rest after; nothing is analysed until an article is opened.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import work
from textual.binding import Binding, BindingType
from textual.timer import Timer
from textual.worker import get_current_worker

from tui.app.list_screen import (
    HERE,
    Column,
    ListScreen,
    OpenRequested,
    cell,
    human_size,
)
from tui.article.errors import ArticleError
from tui.article.library import LibraryEntry, Peek, peek, scan

VIEW_MARGIN = 40  # rows above and below the screen that are read first
BATCH_SECONDS = 0.05  # how often peeked titles are handed to the screen
REFILTER_DELAY = 0.25


@dataclass
class LibraryItem:
    entry: LibraryEntry
    info: Peek | None = None
    haystack: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        self.haystack = self.entry.path.name.casefold()

    @property
    def title(self) -> str:
        return self.info.title if self.info else self.entry.path.name

    def set_info(self, info: Peek) -> None:
        self.info = info
        published = info.published.isoformat() if info.published else ""
        self.haystack = " ".join(
            (info.title.casefold(), self.entry.path.name.casefold(), published, info.language)
        )


def _title(item: LibraryItem) -> str:
    return item.title.casefold()


def _date(item: LibraryItem) -> Any:
    if item.info is None or item.info.published is None:
        return None
    return item.info.published, _title(item)


def _language(item: LibraryItem) -> str | None:
    return item.info.language if item.info else None


def _size(item: LibraryItem) -> int:
    return item.entry.size


LAZY_COLUMNS = frozenset({"title", "date", "language"})


class LibraryScreen(ListScreen[LibraryItem]):
    """The articles of one folder. Enter posts `OpenRequested(key=absolute path)`."""

    CSS_PATH: ClassVar[list[str | Path]] = [  # type: ignore[assignment]
        HERE / "list_screen.tcss",
        HERE / "library_screen.tcss",
    ]
    NOUN = "article", "articles"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f5,ctrl+l", "rescan", "Read the folder again", key_display="F5"),
    ]
    HINT = (
        "type to filter · enter open · esc back · ctrl+s sort · ctrl+r reverse · F5 reread"
        " · ctrl+q quit"
    )
    columns: ClassVar[list[Column[Any]]] = [
        Column("title", "Title", 0, _title),
        Column("date", "Date", 10, _date, descending_first=True),
        Column("language", "Lang", 4, _language),
        Column("size", "Size", 7, _size, descending_first=True, justify="right"),
    ]

    def __init__(
        self,
        folder: str | os.PathLike[str],
        entries: list[LibraryEntry] | None = None,
        *,
        name: str | None = None,
    ) -> None:
        """Raises ArticleError when the folder cannot be listed (the host shows it)."""
        self.folder = Path(folder).absolute()
        listed = scan(self.folder) if entries is None else entries
        super().__init__([LibraryItem(e) for e in listed], title=str(self.folder), name=name)
        self._lock = threading.Lock()
        self._wanted: list[int] = []
        self._sweep = 0
        self._claimed = bytearray(len(self.items))  # taken by the worker (read or being read)
        self._generation = 0  # bumped when the items are replaced (rescan) or re-mounted
        self.peeked = 0
        self._refilter: Timer | None = None

    # ---- rows ---------------------------------------------------------------------

    def row_cells(self, item: LibraryItem) -> list[Text]:
        info = item.info
        return [
            cell(item.entry.path.name, style="dim") if info is None else cell(info.title),
            cell(info.published.isoformat() if info and info.published else ""),
            cell(info.language if info else ""),
            cell(human_size(item.entry.size), justify="right"),
        ]

    def haystack(self, item: LibraryItem) -> str:
        return item.haystack

    def open_item(self, item: LibraryItem) -> None:
        self.post_message(OpenRequested(str(item.entry.path.absolute()), title=item.title))

    def prefetch_path(self, item: LibraryItem) -> str | None:
        return str(item.entry.path.absolute())

    def status_extra(self) -> str:
        total = len(self.items)
        if self.peeked < total:
            return f"reading titles {self.peeked:,}/{total:,}"
        return ""

    # ---- lazy titles --------------------------------------------------------------

    def on_mount(self) -> None:
        # (Textual calls ListScreen.on_mount too: handlers run along the class hierarchy)
        self.watch(self.table, "scroll_y", self._scrolled, init=False)
        self.start_peeking()

    def _scrolled(self, _old: float, _new: float) -> None:
        self.view_changed()

    def view_changed(self) -> None:
        """Queue the rows around the screen to be read next."""
        if self.peeked >= len(self.items) or not self.is_mounted:
            return
        rows = self.visible_rows(VIEW_MARGIN)
        wanted = [self.shown[r] for r in rows if self.items[self.shown[r]].info is None]
        with self._lock:
            self._wanted = wanted

    def _take_next(self, generation: int) -> tuple[int, Path] | None:
        """The next file to read: wanted rows first, then the rest in folder order."""
        with self._lock:
            if generation != self._generation:
                return None  # the folder was read again; a new worker took over
            while self._wanted:
                index = self._wanted.pop(0)
                if not self._claimed[index]:
                    self._claimed[index] = 1
                    return index, self.items[index].entry.path
            while self._sweep < len(self.items):
                index = self._sweep
                self._sweep += 1
                if not self._claimed[index]:
                    self._claimed[index] = 1
                    return index, self.items[index].entry.path
        return None

    def start_peeking(self) -> None:
        """(Re)start the reading worker over the items not read yet."""
        with self._lock:  # a worker stopped by an unmount or a rescan left claims behind
            self._generation += 1
            self._claimed = bytearray(item.info is not None for item in self.items)
            self._sweep = 0
            self._wanted = []
        self.peeked = sum(1 for item in self.items if item.info is not None)
        if self.peeked < len(self.items):
            self.view_changed()
            self.peek_titles(self._generation)

    @work(thread=True, exclusive=True, group="library-peek", exit_on_error=False)
    def peek_titles(self, generation: int) -> None:
        worker = get_current_worker()
        batch: list[tuple[int, Peek]] = []
        handed = time.monotonic()
        while not worker.is_cancelled:
            taken = self._take_next(generation)
            if taken is None:
                break
            batch.append((taken[0], peek(taken[1])))
            if time.monotonic() - handed > BATCH_SECONDS:
                self.app.call_from_thread(self.apply_peeks, generation, batch)
                batch, handed = [], time.monotonic()
        if batch and not worker.is_cancelled:
            self.app.call_from_thread(self.apply_peeks, generation, batch)

    def apply_peeks(self, generation: int, batch: list[tuple[int, Peek]]) -> None:
        """Fill in rows the worker has read (on the UI thread)."""
        if generation != self._generation:
            return
        fresh = []
        for index, info in batch:
            item = self.items[index]
            if item.info is None:
                item.set_info(info)
                self.peeked += 1
                fresh.append(index)
        if not self.is_mounted:
            return
        self.refresh_rows(fresh)
        done = self.peeked >= len(self.items)
        if self.filter or (done and self.sort_column in LAZY_COLUMNS):
            # the filter sees titles now, and a sort by title or date can be exact
            if self._refilter is not None:
                self._refilter.stop()
            self._refilter = self.set_timer(0 if done else REFILTER_DELAY, self._reapply)
        self.update_status()

    def action_rescan(self) -> None:
        """Read the folder again: new and changed files appear, removed ones go."""
        try:
            entries = scan(self.folder)
        except ArticleError as exc:
            self.notify(str(exc), title="Cannot read the folder", severity="error", markup=False)
            return
        known = {item.entry.path: item for item in self.items}
        current = self.current_item()
        items = []
        for entry in entries:
            old = known.get(entry.path)
            same = old is not None and (old.entry.size, old.entry.modified) == (
                entry.size,
                entry.modified,
            )
            items.append(old if same and old is not None else LibraryItem(entry))
        with self._lock:
            self.items = items
        keep = next(
            (
                i
                for i, item in enumerate(items)
                if current and item.entry.path == current.entry.path
            ),
            None,
        )
        self.refresh_view(keep=keep)
        self.start_peeking()
        self.update_status()

    def _reapply(self) -> None:
        self._refilter = None
        self.refresh_view()
