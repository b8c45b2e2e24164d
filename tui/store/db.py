"""The one SQLite database for everything Limelight keeps between runs.

Why SQLite and not JSON files: several windows and a `limelight refresh` write at once,
and a `kill -9` may land anywhere. WAL mode lets readers go on while one writer commits;
every change is one transaction (`BEGIN IMMEDIATE`, so two writers queue on the busy
timeout instead of failing on a lock upgrade); a killed process leaves the last commit.

The schema grows by migrations numbered with `PRAGMA user_version`; each runs once, in
a transaction, in whichever process opens the database first.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from tui.article.paths import data_dir

DB_FILE = "limelight.db"
BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """The database cannot be opened or written; the message is one line for the user."""


def _run_script(db: sqlite3.Connection, script: str) -> None:
    """Statements one by one: `executescript` would commit the migration's transaction."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _v1(db: sqlite3.Connection) -> None:
    _run_script(
        db,
        """
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE history (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            key TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            opened REAL NOT NULL
        );
        CREATE TABLE bookmarks (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            key TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            "offset" INTEGER NOT NULL DEFAULT 0,
            added REAL NOT NULL,
            hash TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE positions (
            key TEXT PRIMARY KEY,
            "offset" INTEGER NOT NULL,
            hash TEXT NOT NULL,
            anchor TEXT NOT NULL DEFAULT '',
            saved REAL NOT NULL
        );
        CREATE INDEX positions_by_hash ON positions (hash, saved);
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            custom_title INTEGER NOT NULL DEFAULT 0,
            site TEXT NOT NULL DEFAULT '',
            added REAL NOT NULL,
            etag TEXT,
            last_modified TEXT,
            last_refresh REAL,
            error TEXT
        );
        CREATE TABLE entries (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            link TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            published TEXT,
            summary TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            content TEXT NOT NULL DEFAULT '',
            seen REAL NOT NULL,
            read INTEGER NOT NULL DEFAULT 0,
            UNIQUE (feed_id, key)
        );
        CREATE INDEX entries_by_feed ON entries (feed_id, read);
        CREATE INDEX entries_by_date ON entries (published, seen);
        """,
    )


def _v2(db: sqlite3.Connection) -> None:
    """The library index (tui/store/index.py): what analysis found in every indexed article."""
    from tui.store.index import SCHEMA_V2

    _run_script(db, SCHEMA_V2)


# Each migration takes the schema from version i to i + 1; append, never edit.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1, _v2)


def db_path(directory: Path | None = None) -> Path:
    return (directory if directory is not None else data_dir()) / DB_FILE


def _connect(path: Path | str) -> sqlite3.Connection:
    db = sqlite3.connect(
        str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    db.row_factory = sqlite3.Row
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if str(path) != ":memory:":
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":  # a file system without shared memory: still safe
            db.execute("PRAGMA journal_mode = DELETE")
    # NORMAL in WAL: a commit survives a killed process (not a power cut mid-checkpoint)
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def _migrate(db: sqlite3.Connection) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version >= len(MIGRATIONS):
        return
    db.execute("BEGIN IMMEDIATE")  # the first process to get here migrates; others wait
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        for number in range(version, len(MIGRATIONS)):
            MIGRATIONS[number](db)
            db.execute(f"PRAGMA user_version = {number + 1}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


class Database:
    """A connection shared by the threads of one process (calls are serialised).

    `persistent` is False when the file could not be opened and an in-memory database
    stands in: the reader goes on, and the warning says why nothing is saved.
    """

    def __init__(self, directory: Path | None = None, *, memory: bool = False) -> None:
        self.path = db_path(directory)
        self.warnings: list[str] = []
        self.persistent = not memory
        self._lock = threading.RLock()
        self.connection = self._open(memory)

    def _open(self, memory: bool) -> sqlite3.Connection:
        if memory:
            return self._in_memory()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = _connect(self.path)
            _migrate(db)
            return db
        except sqlite3.DatabaseError as exc:
            if "not a database" in str(exc) or "malformed" in str(exc):
                aside = self.path.with_name(
                    f"{self.path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}"
                )
                with contextlib.suppress(OSError):
                    os.replace(self.path, aside)
                self.warnings.append(f"{self.path.name} was corrupt; moved aside to {aside.name}")
                with contextlib.suppress(sqlite3.Error, OSError):
                    db = _connect(self.path)
                    _migrate(db)
                    return db
            self.warnings.append(f"cannot open {self.path}: {exc}; nothing will be saved")
        except OSError as exc:
            self.warnings.append(
                f"cannot open {self.path}: {exc.strerror or exc}; nothing will be saved"
            )
        self.persistent = False
        return self._in_memory()

    @staticmethod
    def _in_memory() -> sqlite3.Connection:
        db = _connect(":memory:")
        _migrate(db)
        return db

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction that writes: all of it is committed or none of it."""
        with self._lock:
            db = self.connection
            try:
                db.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise StoreError(f"cannot write {self.path}: {exc}") from None
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            try:
                db.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                with contextlib.suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
                raise StoreError(f"cannot write {self.path}: {exc}") from None

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for several queries."""
        with self._lock:
            db = self.connection
            db.execute("BEGIN")
            try:
                yield db
            finally:
                db.execute("COMMIT")

    def query(self, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self.connection.execute(sql, params).fetchall()

    def take_warnings(self) -> list[str]:
        warnings, self.warnings = self.warnings, []
        return warnings

    def close(self) -> None:
        with self._lock, contextlib.suppress(sqlite3.Error):
            self.connection.close()


_shared: dict[Path, Database] = {}
_shared_lock = threading.Lock()


def open_database(directory: Path | None = None) -> Database:
    """The database of this data directory; one connection per process and directory."""
    path = db_path(directory).absolute()
    with _shared_lock:
        db = _shared.get(path)
        if db is None or (db.persistent and not path.exists()):
            db = Database(directory)
            if db.persistent:
                from tui.store.legacy import migrate_state_json

                migrate_state_json(db, path.parent)
                _shared[path] = db
        return db
