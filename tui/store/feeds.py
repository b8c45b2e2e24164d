"""Subscriptions, their entries and what has been read, in the shared database.

An entry is the same entry when seen again if it has the same id (guid), else the same
link, else the same title and date; it is then updated in place and keeps its read
mark. Refreshing a feed stores all of its entries in one transaction, so a killed
refresh leaves the feed as it was before or after, never half of it.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tui.store.db import Database, open_database

MAX_CONTENT_CHARS = 256 * 1024  # one entry's stored text; a feed may carry a whole book


@dataclass(frozen=True, slots=True)
class Subscription:
    id: int
    url: str
    title: str
    site: str
    unread: int
    total: int
    last_refresh: float | None
    error: str | None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def name(self) -> str:
        return self.title or self.url


@dataclass(frozen=True, slots=True)
class NewEntry:
    """An entry as a feed lists it, before it is stored."""

    link: str
    title: str
    published: datetime | None = None
    summary: str = ""
    author: str = ""
    content: str = ""
    guid: str = ""

    @property
    def key(self) -> str:
        """Identity across refreshes: id/guid, else link, else title and date."""
        if self.guid:
            return "id:" + self.guid
        if self.link:
            return "link:" + self.link
        stamp = self.published.isoformat() if self.published else ""
        return f"title:{self.title}|{stamp}"


@dataclass(frozen=True, slots=True)
class StoredEntry:
    id: int
    feed_id: int
    feed_title: str
    link: str
    title: str
    published: datetime | None
    summary: str
    author: str
    content: str
    read: bool
    seen: float


def _subscription(row: sqlite3.Row) -> Subscription:
    return Subscription(
        row["id"],
        row["url"],
        row["title"],
        row["site"],
        row["unread"] or 0,
        row["total"] or 0,
        row["last_refresh"],
        row["error"],
        row["etag"],
        row["last_modified"],
    )


def _when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _utc_iso(moment: datetime | None) -> str | None:
    """ISO time in UTC without an offset, so that stored dates sort as text."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="seconds")


def _entry(row: sqlite3.Row) -> StoredEntry:
    return StoredEntry(
        row["id"],
        row["feed_id"],
        row["feed_title"],
        row["link"],
        row["title"],
        _when(row["published"]),
        row["summary"],
        row["author"],
        row["content"],
        bool(row["read"]),
        row["seen"],
    )


_LIST_COLUMNS = ", ".join(
    f"e.{c}"
    for c in ("id", "feed_id", "link", "title", "published", "summary", "author", "read", "seen")
)

# a list's order, newest first (an entry without a date by when it was first seen)
_NEWEST = "coalesce(e.published, strftime('%Y-%m-%dT%H:%M:%S', e.seen, 'unixepoch'))"

_SUBSCRIPTIONS = """
    SELECT f.*,
           (SELECT count(*) FROM entries e WHERE e.feed_id = f.id AND e.read = 0) AS unread,
           (SELECT count(*) FROM entries e WHERE e.feed_id = f.id) AS total
    FROM feeds f
"""


class FeedStore:
    """The operations the commands and the reader's Feeds screen need."""

    def __init__(self, directory: Path | None = None, *, database: Database | None = None) -> None:
        self.db = database if database is not None else open_database(directory)

    # ---- subscriptions --------------------------------------------------------------

    def subscriptions(self) -> list[Subscription]:
        """All subscriptions, in the order they were added."""
        return [_subscription(r) for r in self.db.query(_SUBSCRIPTIONS + " ORDER BY f.id")]

    def subscription(self, url: str) -> Subscription | None:
        rows = self.db.query(_SUBSCRIPTIONS + " WHERE f.url = ?", (url,))
        return _subscription(rows[0]) if rows else None

    def find(self, name: str) -> list[Subscription]:
        """Subscriptions named by `name`: its URL, else its title (case ignored)."""
        exact = self.subscription(name)
        if exact is not None:
            return [exact]
        folded = name.casefold()
        return [s for s in self.subscriptions() if s.title.casefold() == folded]

    def subscribe(self, url: str, title: str = "") -> tuple[Subscription, bool]:
        """Add a subscription (a title given here is kept over the feed's own); returns
        it and whether it is new."""
        now = time.time()
        with self.db.write() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO feeds (url, title, custom_title, added) VALUES (?, ?, ?, ?)",
                (url, title, int(bool(title)), now),
            )
            added = cursor.rowcount > 0
            if not added and title:
                db.execute(
                    "UPDATE feeds SET title = ?, custom_title = 1 WHERE url = ?", (title, url)
                )
        found = self.subscription(url)
        assert found is not None
        return found, added

    def subscribe_many(self, feeds: Iterable[tuple[str, str]]) -> int:
        """Add (url, title) pairs in one transaction; returns how many were new. A title
        given (an OPML file's) is the reader's name for the feed and is kept."""
        now = time.time()
        added = 0
        with self.db.write() as db:
            for url, title in feeds:
                added += db.execute(
                    "INSERT OR IGNORE INTO feeds (url, title, custom_title, added) "
                    "VALUES (?, ?, ?, ?)",
                    (url, title, int(bool(title)), now),
                ).rowcount
        return added

    def unsubscribe(self, feed_id: int) -> None:
        """Remove a subscription with its entries and their read marks."""
        with self.db.write() as db:
            db.execute("DELETE FROM entries WHERE feed_id = ?", (feed_id,))
            db.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))

    # ---- refresh --------------------------------------------------------------------

    def record_refresh(
        self,
        feed_id: int,
        entries: Sequence[NewEntry],
        *,
        title: str = "",
        site: str = "",
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> int:
        """Store a fetched feed's entries (one transaction); returns how many are new."""
        now = time.time()
        new = 0
        with self.db.write() as db:
            for entry in entries:
                published = _utc_iso(entry.published)
                values = (
                    entry.link,
                    entry.title,
                    published,
                    entry.summary,
                    entry.author,
                    entry.content[:MAX_CONTENT_CHARS],
                )
                cursor = db.execute(
                    "UPDATE entries SET link = ?, title = ?, published = ?, summary = ?, "
                    "author = ?, content = ? WHERE feed_id = ? AND key = ?",
                    (*values, feed_id, entry.key),
                )
                if cursor.rowcount == 0:
                    db.execute(
                        "INSERT INTO entries (link, title, published, summary, author, content,"
                        " feed_id, key, seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (*values, feed_id, entry.key, now),
                    )
                    new += 1
            db.execute(
                "UPDATE feeds SET title = CASE WHEN custom_title OR ? = '' THEN title ELSE ? END,"
                " site = CASE WHEN ? = '' THEN site ELSE ? END, etag = ?, last_modified = ?,"
                " last_refresh = ?, error = NULL WHERE id = ?",
                (title, title, site, site, etag, last_modified, now, feed_id),
            )
        return new

    def record_unchanged(self, feed_id: int) -> None:
        """The server said 304 Not Modified: only the time of the refresh changes."""
        with self.db.write() as db:
            db.execute(
                "UPDATE feeds SET last_refresh = ?, error = NULL WHERE id = ?",
                (time.time(), feed_id),
            )

    def record_error(self, feed_id: int, error: str) -> None:
        """A refresh failed: keep the entries, note the one-line reason."""
        line = " ".join(error.split())[:500]
        with self.db.write() as db:
            db.execute(
                "UPDATE feeds SET last_refresh = ?, error = ? WHERE id = ?",
                (time.time(), line, feed_id),
            )

    # ---- entries and read marks -----------------------------------------------------

    def entries(
        self,
        feed_id: int | None = None,
        *,
        unread_only: bool = False,
        limit: int = -1,
        with_content: bool = False,
    ) -> list[StoredEntry]:
        """A feed's entries (all feeds' for None), newest first. The stored text is left
        out (empty) unless asked for: a list of 10,000 entries needs only their titles."""
        where = []
        params: list[object] = []
        if feed_id is not None:
            where.append("e.feed_id = ?")
            params.append(feed_id)
        if unread_only:
            where.append("e.read = 0")
        columns = "e.*" if with_content else f"{_LIST_COLUMNS}, '' AS content"
        sql = (
            f"SELECT {columns}, CASE WHEN f.title = '' THEN f.url ELSE f.title END AS feed_title "
            "FROM entries e JOIN feeds f ON f.id = e.feed_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + f" ORDER BY {_NEWEST} DESC, e.id DESC LIMIT ?"
        )
        return [_entry(r) for r in self.db.query(sql, (*params, limit))]

    def read_marks(
        self, feed_id: int | None = None, *, unread_only: bool = False
    ) -> dict[int, bool]:
        """Each entry's read mark by id: a list of 10,000 checks what changed in ~5 ms
        where reading its entries again takes ~0.2 s."""
        where = ["e.feed_id = ?"] if feed_id is not None else []
        if unread_only:
            where.append("e.read = 0")
        sql = "SELECT e.id, e.read FROM entries e" + (
            " WHERE " + " AND ".join(where) if where else ""
        )
        params = (feed_id,) if feed_id is not None else ()
        return {row[0]: bool(row[1]) for row in self.db.query(sql, params)}

    def next_unread(self, feed_id: int | None, after: int | None) -> int | None:
        """The first unread entry below `after` in a list's order (a feed's, or all feeds'
        for None), else (at the end, or `after` not in it) the first from the top that is
        not `after`; None if there is none."""
        feed = " AND e.feed_id = ?" if feed_id is not None else ""
        params: tuple[object, ...] = (feed_id,) if feed_id is not None else ()
        order = f" ORDER BY {_NEWEST} DESC, e.id DESC LIMIT 1"
        if after is not None:
            below = self.db.query(
                f"SELECT e.id FROM entries e WHERE e.read = 0{feed} AND ({_NEWEST}, e.id) < "
                f"(SELECT {_NEWEST}, e.id FROM entries e WHERE e.id = ?{feed})" + order,
                (*params, after, *params),
            )
            if below:
                return int(below[0][0])
        rows = self.db.query(
            f"SELECT e.id FROM entries e WHERE e.read = 0{feed} AND e.id IS NOT ?" + order,
            (*params, after),
        )
        return int(rows[0][0]) if rows else None

    def entry(self, entry_id: int) -> StoredEntry | None:
        """One entry with its stored text (what the reader shows before the page arrives)."""
        rows = self.db.query(
            "SELECT e.*, CASE WHEN f.title = '' THEN f.url ELSE f.title END AS feed_title "
            "FROM entries e JOIN feeds f ON f.id = e.feed_id WHERE e.id = ?",
            (entry_id,),
        )
        return _entry(rows[0]) if rows else None

    def set_read(self, entry_ids: Iterable[int], read: bool = True) -> None:
        ids = list(entry_ids)
        with self.db.write() as db:
            db.executemany(
                "UPDATE entries SET read = ? WHERE id = ?", [(int(read), i) for i in ids]
            )

    def toggle_read(self, entry_id: int) -> bool:
        """Flip an entry's read mark; returns whether it is read afterwards."""
        with self.db.write() as db:
            db.execute("UPDATE entries SET read = 1 - read WHERE id = ?", (entry_id,))
            row = db.execute("SELECT read FROM entries WHERE id = ?", (entry_id,)).fetchone()
        return bool(row and row[0])

    def mark_all_read(self, feed_id: int | None = None) -> int:
        """Mark a feed's entries read (every feed's for None); returns how many changed."""
        with self.db.write() as db:
            if feed_id is None:
                return db.execute("UPDATE entries SET read = 1 WHERE read = 0").rowcount
            return db.execute(
                "UPDATE entries SET read = 1 WHERE read = 0 AND feed_id = ?", (feed_id,)
            ).rowcount

    def unread_count(self) -> int:
        return int(self.db.query("SELECT count(*) FROM entries WHERE read = 0")[0][0])
