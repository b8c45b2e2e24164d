"""What the reader remembers between runs: history, bookmarks, reading positions.

One JSON file under the user's data directory. Several Limelight windows may be open
at once, so every change is applied to the file as it is *now*: take an exclusive
lock (a separate lock file, `fcntl.flock`), re-read, apply the one change, write
atomically (temporary file + rename), release. No instance overwrites another's
updates, and a `kill -9` mid-write leaves the old file or the new one. A corrupt
file is moved aside with a warning (`tui.article.atomic.read_json`), never fatal.

Back/forward is per window (`Navigation`), seeded from the shared history so that
"back" after a restart goes to the article read before.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.article.atomic import read_json, write_json
from tui.article.paths import data_dir

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: atomic writes still hold, merges may race
    fcntl = None  # type: ignore[assignment]

SCHEMA = 1
STATE_FILE = "state.json"
MAX_HISTORY = 200
MAX_POSITIONS = 2000
MAX_BOOKMARKS = 5000
ANCHOR_CHARS = 48  # text kept at a position, to find the place again if the file changes
LOCK_TIMEOUT = 5.0
STALE_TEMP_SECONDS = 3600.0  # temporary files older than this are left-overs of a crash


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
    history: list[Visit] = field(default_factory=list)  # oldest first
    bookmarks: list[Bookmark] = field(default_factory=list)  # in the order added
    positions: dict[str, Position] = field(default_factory=dict)
    last_library: str = ""
    extra: dict[str, Any] = field(default_factory=dict)  # fields a newer version wrote


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _num(value: object) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def _int(value: object) -> int:
    return max(0, int(value)) if isinstance(value, int) and not isinstance(value, bool) else 0


def state_from_json(raw: dict[str, Any]) -> State:
    """Build a State from what was on disk, skipping entries that are not well formed."""
    state = State()
    for item in raw.get("history", []) if isinstance(raw.get("history"), list) else []:
        if isinstance(item, dict) and _str(item.get("key")):
            state.history.append(
                Visit(item["key"], _str(item.get("title")), _num(item.get("opened")))
            )
    for item in raw.get("bookmarks", []) if isinstance(raw.get("bookmarks"), list) else []:
        if isinstance(item, dict) and _str(item.get("key")):
            state.bookmarks.append(
                Bookmark(
                    item["key"],
                    _str(item.get("title")),
                    _int(item.get("offset")),
                    _num(item.get("added")),
                    _str(item.get("hash")),
                )
            )
    positions = raw.get("positions")
    for key, item in positions.items() if isinstance(positions, dict) else []:
        if isinstance(key, str) and key and isinstance(item, dict):
            state.positions[key] = Position(
                _int(item.get("offset")),
                _str(item.get("hash")),
                _str(item.get("anchor")),
                _num(item.get("saved")),
            )
    state.last_library = _str(raw.get("last_library"))
    known = {"schema", "history", "bookmarks", "positions", "last_library"}
    state.extra = {k: v for k, v in raw.items() if k not in known}
    return state


def state_to_json(state: State) -> dict[str, Any]:
    return {
        **state.extra,
        "schema": SCHEMA,
        "history": [{"key": v.key, "title": v.title, "opened": v.opened} for v in state.history],
        "bookmarks": [
            {"key": b.key, "title": b.title, "offset": b.offset, "added": b.added, "hash": b.hash}
            for b in state.bookmarks
        ],
        "positions": {
            key: {"offset": p.offset, "hash": p.hash, "anchor": p.anchor, "saved": p.saved}
            for key, p in state.positions.items()
        },
        "last_library": state.last_library,
    }


def _trim(state: State) -> None:
    del state.history[:-MAX_HISTORY]
    del state.bookmarks[:-MAX_BOOKMARKS]
    if len(state.positions) > MAX_POSITIONS:
        newest = sorted(state.positions.items(), key=lambda kv: kv[1].saved)[-MAX_POSITIONS:]
        state.positions = dict(newest)


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


class StateStore:
    """The shared state file; every change is a locked read-modify-write.

    Reads come from the snapshot taken at the last load or change; `reload()` picks
    up what other windows wrote since. Failures to write (read-only or full disk)
    keep the change in memory and add a warning: the reader never stops for this.
    """

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory if directory is not None else data_dir()
        self.path = self.directory / STATE_FILE
        self.lock_path = self.directory / (STATE_FILE + ".lock")
        self.state = State()
        self._warnings: list[str] = []
        self._mutex = threading.Lock()
        self._write_failed = False

    # ---- file access ---------------------------------------------------------------

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Exclusive across processes (flock) and threads; gives up waiting after a while."""
        with self._mutex:
            handle = None
            try:
                self.directory.mkdir(parents=True, exist_ok=True)
                handle = self.lock_path.open("a+b")
            except OSError as exc:
                self._warn(f"cannot lock {self.lock_path}: {exc.strerror or exc}")
            locked = False
            try:
                if handle is not None and fcntl is not None:
                    deadline = time.monotonic() + LOCK_TIMEOUT
                    while True:
                        try:
                            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                            locked = True
                            break
                        except BlockingIOError:
                            if time.monotonic() > deadline:
                                self._warn("another Limelight holds the state lock; saving anyway")
                                break
                            time.sleep(0.005)
                        except OSError:  # a file system without flock
                            break
                yield
            finally:
                if handle is not None:
                    if locked and fcntl is not None:
                        with contextlib.suppress(OSError):
                            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
                    handle.close()

    def _read(self) -> State:
        raw, warning = read_json(self.path, {})
        if warning:
            self._warn(warning)
        return state_from_json(raw)

    def _warn(self, message: str) -> None:
        if message not in self._warnings:
            self._warnings.append(message)

    def take_warnings(self) -> list[str]:
        """Messages for the user (corrupt file moved aside, cannot save); each given once."""
        warnings, self._warnings = self._warnings, []
        return warnings

    def load(self) -> StateStore:
        """Read the file (and clear away temporary files a crash left behind)."""
        with self._locked():
            self.state = self._read()
            self._remove_stale_temporaries()
        return self

    reload = load

    def _remove_stale_temporaries(self) -> None:
        cutoff = time.time() - STALE_TEMP_SECONDS
        with contextlib.suppress(OSError):
            for item in self.directory.glob(f".{STATE_FILE}.*.tmp"):
                with contextlib.suppress(OSError):
                    if item.stat().st_mtime < cutoff:
                        item.unlink()

    def update(self, change: Callable[[State], None]) -> bool:
        """Apply `change` to the current file under the lock and save; False if not saved."""
        with self._locked():
            state = self._read()
            change(state)
            _trim(state)
            try:
                write_json(self.path, state_to_json(state))
                self._write_failed = False
                saved = True
            except OSError as exc:
                if not self._write_failed:
                    self._warn(f"cannot save {self.path}: {exc.strerror or exc}")
                self._write_failed = True
                saved = False
            self.state = state
        return saved

    # ---- history ---------------------------------------------------------------------

    def record_open(self, key: str, title: str) -> None:
        """Note that an article was opened (it moves to the end of the history)."""
        if not key:
            return
        now = time.time()

        def change(state: State) -> None:
            state.history[:] = [v for v in state.history if v.key != key]
            state.history.append(Visit(key, title, now))

        self.update(change)

    def history(self) -> list[Visit]:
        """Opened articles, most recent first."""
        return list(reversed(self.state.history))

    def navigation(self) -> Navigation:
        """A back/forward list for a new window, ending at the last article opened."""
        return Navigation([v.key for v in self.state.history])

    def title_of(self, key: str) -> str:
        for visit in reversed(self.state.history):
            if visit.key == key:
                return visit.title
        return next((b.title for b in self.state.bookmarks if b.key == key), "")

    # ---- bookmarks ------------------------------------------------------------------

    def bookmarks(self) -> list[Bookmark]:
        """Bookmarks, most recently added first."""
        return list(reversed(self.state.bookmarks))

    def bookmark(self, key: str) -> Bookmark | None:
        return next((b for b in self.state.bookmarks if b.key == key), None)

    def add_bookmark(self, key: str, title: str, offset: int = 0, text: str = "") -> None:
        """Bookmark an article at a place; bookmarking it again moves the mark."""
        mark = Bookmark(key, title, max(0, offset), time.time(), content_hash(text) if text else "")

        def change(state: State) -> None:
            state.bookmarks[:] = [b for b in state.bookmarks if b.key != key]
            state.bookmarks.append(mark)

        self.update(change)

    def remove_bookmark(self, key: str) -> None:
        def change(state: State) -> None:
            state.bookmarks[:] = [b for b in state.bookmarks if b.key != key]

        self.update(change)

    def toggle_bookmark(self, key: str, title: str, offset: int = 0, text: str = "") -> bool:
        """`m`: mark the article, or unmark it if marked (as the file says now).

        Returns whether it is marked afterwards.
        """
        mark = Bookmark(key, title, max(0, offset), time.time(), content_hash(text) if text else "")
        marked = [True]

        def change(state: State) -> None:
            if any(b.key == key for b in state.bookmarks):
                state.bookmarks[:] = [b for b in state.bookmarks if b.key != key]
                marked[0] = False
            else:
                state.bookmarks.append(mark)

        self.update(change)
        return marked[0]

    # ---- reading positions ----------------------------------------------------------

    def set_position(self, key: str, offset: int, text: str) -> bool:
        """Remember where the reader is in an article (character offset into its text).

        A no-op (no file write) when nothing changed since this window last saved it,
        so it can be called from a timer.
        """
        if not key:
            return False
        offset = min(max(0, offset), len(text))
        digest = content_hash(text)
        known = self.state.positions.get(key)
        if known is not None and known.offset == offset and known.hash == digest:
            return True
        position = Position(offset, digest, text[offset : offset + ANCHOR_CHARS], time.time())

        def change(state: State) -> None:
            state.positions.pop(key, None)  # re-insert: dict order = recency
            state.positions[key] = position

        return self.update(change)

    def position(self, key: str, text: str) -> int | None:
        """Where to resume `text`, or None to start at the top.

        The offset is used as is when the text is the one it was saved for; for the same
        text under another name (a moved file) that one's offset; for a changed text the
        saved anchor is looked for near the old place.
        """
        digest = content_hash(text)
        saved = self.state.positions.get(key)
        if saved is not None and saved.hash == digest:
            return min(saved.offset, len(text))
        same_text = [p for p in self.state.positions.values() if p.hash == digest]
        if same_text:
            return min(max(same_text, key=lambda p: p.saved).offset, len(text))
        if saved is not None:
            return _find_anchor(text, saved.anchor, saved.offset)
        return None

    # ---- library -----------------------------------------------------------------------

    @property
    def last_library(self) -> str:
        return self.state.last_library

    def set_last_library(self, folder: str | os.PathLike[str]) -> None:
        location = str(Path(folder).expanduser().absolute())
        if location == self.state.last_library:
            return

        def change(state: State) -> None:
            state.last_library = location

        self.update(change)


def open_store(directory: Path | None = None) -> StateStore:
    """The user's state, loaded; warnings (a corrupt file set aside) via take_warnings()."""
    return StateStore(directory).load()


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
