"""A feed's entries as a list; Enter reads the chosen entry in a worker.

An entry carrying its full text opens from the feed itself, otherwise its link is
fetched (`entry_article`), which may take seconds or fail: the list stays usable,
the status line says what is happening, and a failure is a message, never a crash.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

from rich.text import Text
from textual import work
from textual.widgets import Static
from textual.worker import get_current_worker

from tui.app.browsing import attempt
from tui.app.list_screen import HERE, Column, ListScreen, OpenRequested, cell
from tui.article.feed import Feed, FeedEntry
from tui.article.loader import entry_article
from tui.article.model import Article


def entry_source(entry: FeedEntry, feed_title: str = "") -> str:
    """Where an entry comes from: its link's site, else its author, else the feed."""
    host = (urlsplit(entry.link).hostname or "").removeprefix("www.")
    return host or entry.author or feed_title


@dataclass
class FeedItem:
    entry: FeedEntry
    source: str
    haystack: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        published = self.entry.published.isoformat() if self.entry.published else ""
        self.haystack = " ".join(
            (self.entry.title, self.source, self.entry.author, published)
        ).casefold()


def _title(item: FeedItem) -> str:
    return item.entry.title.casefold()


def _date(item: FeedItem) -> Any:
    return item.entry.published


def _source(item: FeedItem) -> str:
    return item.source.casefold()


class FeedScreen(ListScreen[FeedItem]):
    """Entries in the feed's order. Enter posts `OpenRequested(article=…)` when read."""

    CSS_PATH: ClassVar[list[str | Path]] = [  # type: ignore[assignment]
        HERE / "list_screen.tcss",
        HERE / "feed_screen.tcss",
    ]
    NOUN = "entry", "entries"
    columns: ClassVar[list[Column[Any]]] = [
        Column("title", "Title", 0, _title),
        Column("date", "Date", 10, _date, descending_first=True),
        Column("source", "Source", 22, _source),
    ]

    def __init__(self, feed: Feed, *, location: str = "", name: str | None = None) -> None:
        self.feed = feed
        self.location = location
        heading = feed.title + (f"  ({location})" if location and location != feed.title else "")
        super().__init__(
            [FeedItem(e, entry_source(e, feed.title)) for e in feed.entries],
            title=heading,
            name=name,
        )
        self.opening: FeedEntry | None = None
        self.error = ""
        self.lang: str | None = None  # the language to read entries in (--lang), else detect

    def row_cells(self, item: FeedItem) -> list[Text]:
        entry = item.entry
        return [
            cell(entry.title),
            cell(entry.published.isoformat() if entry.published else ""),
            cell(item.source, style="dim"),
        ]

    def haystack(self, item: FeedItem) -> str:
        return item.haystack

    def status_extra(self) -> str:
        if self.opening is not None:
            return f"opening “{self.opening.title[:40]}”…"
        return ""

    def update_status(self) -> None:
        super().update_status()
        if self.error:
            self.query_one("#list-status", Static).update(
                Text.assemble(("cannot open: ", "bold red"), (self.error, "red"))
            )

    def open_item(self, item: FeedItem) -> None:
        self.opening, self.error = item.entry, ""
        self.update_status()
        self.read_entry(item.entry)

    @work(thread=True, exclusive=True, group="feed-entry", exit_on_error=False)
    def read_entry(self, entry: FeedEntry) -> None:
        worker = get_current_worker()
        article, reason = attempt(lambda: entry_article(entry, lang=self.lang))
        if worker.is_cancelled:
            return
        if article is not None:
            self.app.call_from_thread(self.entry_ready, entry, article)
        else:
            self.app.call_from_thread(self.entry_failed, entry, reason)

    def entry_ready(self, entry: FeedEntry, article: Article) -> None:
        if self.opening is not entry:
            return  # another entry was chosen since
        self.opening = None
        if not article.path and entry.link:
            article.path = entry.link
        self.update_status()
        self.post_message(OpenRequested(entry.link, title=entry.title, article=article))

    def entry_failed(self, entry: FeedEntry, reason: str) -> None:
        if self.opening is not entry:
            return
        self.opening = None
        self.error = " ".join(reason.split())[:200]
        self.update_status()
        self.notify(self.error, title="Cannot open the entry", severity="error", markup=False)

    def set_filter(self, value: str) -> None:
        self.error = ""
        super().set_filter(value)
