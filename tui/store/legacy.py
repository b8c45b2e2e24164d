"""The one-time move of an earlier version's `state.json` into the database.

The file is read leniently (entries that are not well formed are skipped), its rows
are added in one transaction, and it is renamed `state.json.migrated` so nothing is
lost and the move is not repeated. Two processes starting at once both reach the
transaction; the second sees the first one's marker and only renames.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from pathlib import Path
from typing import Any

from tui.article.atomic import read_json
from tui.store.db import Database, StoreError

STATE_FILE = "state.json"
MIGRATED_SUFFIX = ".migrated"
_MARKER = "migrated:state.json"


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _num(value: object) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def _int(value: object) -> int:
    return max(0, int(value)) if isinstance(value, int) and not isinstance(value, bool) else 0


def _items(raw: dict[str, Any], name: str) -> list[dict[str, Any]]:
    value = raw.get(name)
    items = value if isinstance(value, list) else []
    return [i for i in items if isinstance(i, dict) and _str(i.get("key"))]


def _import(db: sqlite3.Connection, raw: dict[str, Any]) -> None:
    """Add what the file holds; rows the database already has win (they are newer)."""
    for item in _items(raw, "history"):
        db.execute(
            "INSERT OR IGNORE INTO history (key, title, opened) VALUES (?, ?, ?)",
            (item["key"], _str(item.get("title")), _num(item.get("opened"))),
        )
    for item in _items(raw, "bookmarks"):
        db.execute(
            'INSERT OR IGNORE INTO bookmarks (key, title, "offset", added, hash) '
            "VALUES (?, ?, ?, ?, ?)",
            (
                item["key"],
                _str(item.get("title")),
                _int(item.get("offset")),
                _num(item.get("added")),
                _str(item.get("hash")),
            ),
        )
    positions = raw.get("positions")
    for key, item in positions.items() if isinstance(positions, dict) else []:
        if isinstance(key, str) and key and isinstance(item, dict):
            db.execute(
                'INSERT OR IGNORE INTO positions (key, "offset", hash, anchor, saved) '
                "VALUES (?, ?, ?, ?, ?)",
                (
                    key,
                    _int(item.get("offset")),
                    _str(item.get("hash")),
                    _str(item.get("anchor")),
                    _num(item.get("saved")),
                ),
            )
    library = _str(raw.get("last_library"))
    if library:
        db.execute(
            "INSERT OR IGNORE INTO settings (key, value) VALUES ('last_library', ?)", (library,)
        )


def migrate_state_json(database: Database, directory: Path) -> bool:
    """Move `directory/state.json` into `database` once; True when rows were added."""
    source = directory / STATE_FILE
    if not database.persistent or not source.is_file():
        return False
    try:
        digest = hashlib.sha256(source.read_bytes()).hexdigest()
    except OSError:
        return False
    imported = False
    try:
        with database.write() as db:
            done = db.execute("SELECT value FROM settings WHERE key = ?", (_MARKER,)).fetchone()
            if not (done and done[0] == digest) and source.is_file():
                raw, warning = read_json(source, {})
                if warning:
                    database.warnings.append(warning)
                _import(db, raw)
                db.execute(
                    "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (_MARKER, digest)
                )
                imported = True
    except StoreError as exc:
        database.warnings.append(str(exc))
        return False
    with contextlib.suppress(OSError):
        os.replace(source, source.with_name(STATE_FILE + MIGRATED_SUFFIX))
    return imported
