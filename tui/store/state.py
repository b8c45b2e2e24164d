"""What the reader remembers between runs: history, bookmarks, reading positions.

The same operations and meanings as the JSON `tui.app.state.StateStore`, so the app
switches by changing its import; the rows live in the shared database instead of a
locked JSON file. Every change is one transaction on the database as it is *now*, so
no window overwrites another's; reads are live (there is no snapshot to go stale, and
`reload()` is kept for callers that expect it).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.store.db import Database, StoreError, open_database

MAX_HISTORY = 200
MAX_POSITIONS = 2000
MAX_BOOKMARKS = 5000
ANCHOR_CHARS = 48  # text kept at a position, to find the place again if the file changes


def content_hash(text: str) -> str:
    """A short fingerprint of an article's text: offsets are only valid for that text."""
    import hashlib  # here, not at the top: loading OpenSSL need not delay the first paint

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def article_key(location: str) -> str:
    """The key an article is remembered by: an absolute path, or the URL as given."""
    if not location or "://" in location:
        return location
    return str(Path(location).expanduser().absolute())


@dataclass(frozen=True)
class Visit:
    key: str
    title: str
    opened: float


@dataclass(frozen=True)
class Bookmark:
    key: str
    title: str
    offset: int
    added: float
    hash: str = ""


@dataclass(frozen=True)
class Position:
    offset: int
    hash: str
    anchor: str
    saved: float


@dataclass
class State:
    """A snapshot of everything, in the JSON store's shape (for `update` and tests)."""

    history: list[Visit] = field(default_factory=list)  # oldest first
    bookmarks: list[Bookmark] = field(default_factory=list)  # in the order added
    positions: dict[str, Position] = field(default_factory=dict)  # oldest first
    last_library: str = ""


def _find_anchor(text: str, anchor: str, near: int) -> int | None:
    """Where `anchor` occurs in `text`, the occurrence closest to `near`."""
    if not anchor:
        return None
    best: int | None = None
    start = text.find(anchor)
    while start >= 0:
        if best is None or abs(start - near) < abs(best - near):
            best = start
        start = text.find(anchor, start + 1)
    return best


class Navigation:
    """Back and forward through the articles of one window, like a browser."""

    def __init__(self, past: Sequence[str] = ()) -> None:
        self._items: list[str] = []
        for key in past:
            if not self._items or self._items[-1] != key:
                self._items.append(key)
        self._index = len(self._items) - 1

    @property
    def current(self) -> str | None:
        return self._items[self._index] if self._index >= 0 else None

    @property
    def can_back(self) -> bool:
        return self._index > 0

    @property
    def can_forward(self) -> bool:
        return self._index < len(self._items) - 1

    def visit(self, key: str) -> None:
        """Opening an article by other means than back/forward drops the forward part."""
        if self.current == key:
            return
        del self._items[self._index + 1 :]
        self._items.append(key)
        self._index = len(self._items) - 1

    def back(self) -> str | None:
        if not self.can_back:
            return None
        self._index -= 1
        return self._items[self._index]

    def forward(self) -> str | None:
        if not self.can_forward:
            return None
        self._index += 1
        return self._items[self._index]

    def undo(self, step: int) -> None:
        """Step back over a move whose article could not be opened (step = -1 or +1)."""
        self._index = min(max(self._index - step, 0), len(self._items) - 1)

    def discard(self, step: int) -> None:
        """Forget the entry a move (step -1 back, +1 forward) led to and return to the
        article still on screen: the file was deleted or the link is dead."""
        if not 0 <= self._index < len(self._items) or step not in (-1, 1):
            return
        del self._items[self._index]
        if step > 0:
            self._index -= 1
        self._index = min(max(self._index, 0 if self._items else -1), len(self._items) - 1)


def _visit(row: sqlite3.Row) -> Visit:
    return Visit(row["key"], row["title"], row["opened"])


def _bookmark(row: sqlite3.Row) -> Bookmark:
    return Bookmark(row["key"], row["title"], row["offset"], row["added"], row["hash"])


def _position(row: sqlite3.Row) -> Position:
    return Position(row["offset"], row["hash"], row["anchor"], row["saved"])


def _trim(db: sqlite3.Connection) -> None:
    db.execute(
        "DELETE FROM history WHERE seq <= (SELECT seq FROM history ORDER BY seq DESC "
        "LIMIT 1 OFFSET ?)",
        (MAX_HISTORY,),
    )
    db.execute(
        "DELETE FROM bookmarks WHERE seq <= (SELECT seq FROM bookmarks ORDER BY seq DESC "
        "LIMIT 1 OFFSET ?)",
        (MAX_BOOKMARKS,),
    )
    db.execute(
        "DELETE FROM positions WHERE rowid IN (SELECT rowid FROM positions "
        "ORDER BY saved DESC, rowid DESC LIMIT -1 OFFSET ?)",
        (MAX_POSITIONS,),
    )


class StateStore:
    """History, bookmarks and positions in the shared database.

    Failures to write (read-only or full disk, a lock held too long) keep the reader
    going and add a warning, given once; when the database cannot be opened at all an
    in-memory one stands in for this session.
    """

    def __init__(self, directory: Path | None = None, *, database: Database | None = None) -> None:
        self.db = database if database is not None else open_database(directory)
        self.directory = self.db.path.parent
        self.path = self.db.path
        self._warnings: list[str] = []
        self._write_failed = False

    # ---- plumbing ---------------------------------------------------------------------

    def _warn(self, message: str) -> None:
        if message not in self._warnings:
            self._warnings.append(message)

    def take_warnings(self) -> list[str]:
        """Messages for the user (corrupt file moved aside, cannot save); each given once."""
        for warning in self.db.take_warnings():
            self._warn(warning)
        warnings, self._warnings = self._warnings, []
        return warnings

    def load(self) -> StateStore:
        """Kept for the JSON store's callers: the database is always current."""
        return self

    reload = load

    def _write(self, change: Callable[[sqlite3.Connection], object]) -> bool:
        """Run `change` in one transaction; False (and a warning, once) when not saved."""
        try:
            with self.db.write() as db:
                change(db)
                _trim(db)
        except (StoreError, sqlite3.OperationalError) as exc:
            if not self._write_failed:
                self._warn(str(exc) if isinstance(exc, StoreError) else f"cannot save: {exc}")
            self._write_failed = True
            return False
        self._write_failed = False
        return self.db.persistent

    @property
    def state(self) -> State:
        """Everything as one snapshot (the JSON store's `state` attribute)."""
        with self.db.read() as db:
            return self._snapshot(db)

    def _snapshot(self, db: sqlite3.Connection) -> State:
        return State(
            [_visit(r) for r in db.execute("SELECT * FROM history ORDER BY seq")],
            [_bookmark(r) for r in db.execute("SELECT * FROM bookmarks ORDER BY seq")],
            {
                r["key"]: _position(r)
                for r in db.execute("SELECT * FROM positions ORDER BY saved, rowid")
            },
            self._setting(db, "last_library"),
        )

    def update(self, change: Callable[[State], None]) -> bool:
        """Apply `change` to a snapshot and write it back, in one transaction (the JSON
        store's general operation; the named operations below are cheaper)."""

        def apply(db: sqlite3.Connection) -> None:
            state = self._snapshot(db)
            change(state)
            db.execute("DELETE FROM history")
            db.executemany(
                "INSERT INTO history (key, title, opened) VALUES (?, ?, ?)",
                [(v.key, v.title, v.opened) for v in _unique(state.history)],
            )
            db.execute("DELETE FROM bookmarks")
            db.executemany(
                'INSERT INTO bookmarks (key, title, "offset", added, hash) VALUES (?, ?, ?, ?, ?)',
                [(b.key, b.title, b.offset, b.added, b.hash) for b in _unique(state.bookmarks)],
            )
            db.execute("DELETE FROM positions")
            db.executemany(
                'INSERT INTO positions (key, "offset", hash, anchor, saved) VALUES (?, ?, ?, ?, ?)',
                [(k, p.offset, p.hash, p.anchor, p.saved) for k, p in state.positions.items()],
            )
            self._set_setting(db, "last_library", state.last_library)

        return self._write(apply)

    @staticmethod
    def _setting(db: sqlite3.Connection, key: str) -> str:
        row = db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else ""

    @staticmethod
    def _set_setting(db: sqlite3.Connection, key: str, value: str) -> None:
        db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))

    # ---- history ---------------------------------------------------------------------

    def record_open(self, key: str, title: str) -> None:
        """Note that an article was opened (it moves to the end of the history)."""
        if not key:
            return
        now = time.time()

        def change(db: sqlite3.Connection) -> None:
            db.execute("DELETE FROM history WHERE key = ?", (key,))
            db.execute(
                "INSERT INTO history (key, title, opened) VALUES (?, ?, ?)", (key, title, now)
            )

        self._write(change)

    def history(self) -> list[Visit]:
        """Opened articles, most recent first."""
        return [_visit(r) for r in self.db.query("SELECT * FROM history ORDER BY seq DESC")]

    def navigation(self) -> Navigation:
        """A back/forward list for a new window, ending at the last article opened."""
        return Navigation([r["key"] for r in self.db.query("SELECT key FROM history ORDER BY seq")])

    def title_of(self, key: str) -> str:
        for table in ("history", "bookmarks"):
            rows = self.db.query(f"SELECT title FROM {table} WHERE key = ?", (key,))
            if rows:
                return str(rows[0][0])
        return ""

    # ---- bookmarks ------------------------------------------------------------------

    def bookmarks(self) -> list[Bookmark]:
        """Bookmarks, most recently added first."""
        return [_bookmark(r) for r in self.db.query("SELECT * FROM bookmarks ORDER BY seq DESC")]

    def bookmark(self, key: str) -> Bookmark | None:
        rows = self.db.query("SELECT * FROM bookmarks WHERE key = ?", (key,))
        return _bookmark(rows[0]) if rows else None

    def add_bookmark(self, key: str, title: str, offset: int = 0, text: str = "") -> None:
        """Bookmark an article at a place; bookmarking it again moves the mark."""
        digest = content_hash(text) if text else ""
        now = time.time()

        def change(db: sqlite3.Connection) -> None:
            db.execute("DELETE FROM bookmarks WHERE key = ?", (key,))
            db.execute(
                'INSERT INTO bookmarks (key, title, "offset", added, hash) VALUES (?, ?, ?, ?, ?)',
                (key, title, max(0, offset), now, digest),
            )

        self._write(change)

    def remove_bookmark(self, key: str) -> None:
        self._write(lambda db: db.execute("DELETE FROM bookmarks WHERE key = ?", (key,)))

    def toggle_bookmark(self, key: str, title: str, offset: int = 0, text: str = "") -> bool:
        """`m`: mark the article, or unmark it if marked (as the database says now).

        Returns whether it is marked afterwards.
        """
        digest = content_hash(text) if text else ""
        now = time.time()
        marked = [True]

        def change(db: sqlite3.Connection) -> None:
            if db.execute("DELETE FROM bookmarks WHERE key = ?", (key,)).rowcount:
                marked[0] = False
            else:
                db.execute(
                    'INSERT INTO bookmarks (key, title, "offset", added, hash) '
                    "VALUES (?, ?, ?, ?, ?)",
                    (key, title, max(0, offset), now, digest),
                )

        self._write(change)
        return marked[0]

    # ---- reading positions ----------------------------------------------------------

    def set_position(self, key: str, offset: int, text: str) -> bool:
        """Remember where the reader is in an article (character offset into its text).

        Nothing is written when the stored place is already this one, so a timer may
        call it every few seconds.
        """
        if not key:
            return False
        offset = min(max(0, offset), len(text))
        digest = content_hash(text)
        known = self.db.query('SELECT "offset", hash FROM positions WHERE key = ?', (key,))
        if known and known[0]["offset"] == offset and known[0]["hash"] == digest:
            return self.db.persistent
        anchor = text[offset : offset + ANCHOR_CHARS]
        now = time.time()
        return self._write(
            lambda db: db.execute(
                'INSERT OR REPLACE INTO positions (key, "offset", hash, anchor, saved) '
                "VALUES (?, ?, ?, ?, ?)",
                (key, offset, digest, anchor, now),
            )
        )

    def position(self, key: str, text: str) -> int | None:
        """Where to resume `text`, or None to start at the top.

        The offset is used as is when the text is the one it was saved for; for the same
        text under another name (a moved file) that one's offset; for a changed text the
        saved anchor is looked for near the old place.
        """
        digest = content_hash(text)
        rows = self.db.query("SELECT * FROM positions WHERE key = ?", (key,))
        saved = _position(rows[0]) if rows else None
        if saved is not None and saved.hash == digest:
            return min(saved.offset, len(text))
        same = self.db.query(
            'SELECT "offset" FROM positions WHERE hash = ? ORDER BY saved DESC LIMIT 1', (digest,)
        )
        if same:
            return min(int(same[0][0]), len(text))
        if saved is not None:
            return _find_anchor(text, saved.anchor, saved.offset)
        return None

    # ---- library -----------------------------------------------------------------------

    @property
    def last_library(self) -> str:
        with self.db.read() as db:
            return self._setting(db, "last_library")

    def set_last_library(self, folder: str | os.PathLike[str]) -> None:
        location = str(Path(folder).expanduser().absolute())
        if location == self.last_library:
            return
        self._write(lambda db: self._set_setting(db, "last_library", location))


def _unique(items: Sequence[Any]) -> list[Any]:
    """The last of each key, in order (a snapshot edited by hand may repeat one)."""
    last = {item.key: i for i, item in enumerate(items)}
    return [item for i, item in enumerate(items) if last[item.key] == i]


def open_store(directory: Path | None = None) -> StateStore:
    """The user's state; warnings (a corrupt database set aside) via take_warnings()."""
    return StateStore(directory)


__all__ = [
    "Bookmark",
    "Navigation",
    "Position",
    "State",
    "StateStore",
    "Visit",
    "article_key",
    "content_hash",
    "open_store",
]
