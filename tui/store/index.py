"""The library index: what analysis found in every indexed article, in the shared database.

Why in SQLite beside the reader's state: the reader's entity card and search screen
ask "which articles name Sam Altman" while a `limelight index` may be writing; WAL lets
them read on. Each article is written in one transaction (`Database.write`): a `kill -9`
leaves every article either indexed whole or not at all, the next run indexes the rest
(its content hash is not there yet), and two indexing runs queue on the lock.

The index is built from analysis documents (the JSON contract of tui/analysis/report.py),
never the other way round, so the store needs neither spaCy nor the analysis code.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.store.db import Database, open_database
from tui.store.names import entity_key, match_query, query_words

# The schema of migration 2 (tui/store/db.py). Never edit: a change is a new migration.
SCHEMA_V2 = """
CREATE TABLE lib_articles (
    id INTEGER PRIMARY KEY,
    location TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    published TEXT,
    language TEXT NOT NULL DEFAULT '',
    hash TEXT NOT NULL,
    model TEXT NOT NULL DEFAULT '',
    indexed REAL NOT NULL
);
CREATE INDEX lib_articles_by_hash ON lib_articles (hash);
CREATE INDEX lib_articles_by_date ON lib_articles (published);
CREATE TABLE lib_entities (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    head TEXT NOT NULL,
    tail TEXT NOT NULL,
    articles INTEGER NOT NULL DEFAULT 0,
    mentions INTEGER NOT NULL DEFAULT 0,
    UNIQUE (key, label)
);
CREATE INDEX lib_entities_by_head ON lib_entities (head);
CREATE INDEX lib_entities_by_tail ON lib_entities (tail);
CREATE INDEX lib_entities_by_count ON lib_entities (articles DESC, mentions DESC);
CREATE INDEX lib_entities_by_label ON lib_entities (label, articles DESC, mentions DESC);
CREATE TABLE lib_article_entities (
    entity_id INTEGER NOT NULL REFERENCES lib_entities (id),
    article_id INTEGER NOT NULL REFERENCES lib_articles (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    first INTEGER NOT NULL,
    month TEXT,
    PRIMARY KEY (entity_id, article_id)
) WITHOUT ROWID;
CREATE INDEX lib_article_entities_by_article ON lib_article_entities (article_id);
CREATE INDEX lib_article_entities_by_count ON lib_article_entities (
    entity_id, mentions DESC, article_id
);
CREATE INDEX lib_article_entities_by_month ON lib_article_entities (entity_id, month, mentions);
CREATE TABLE lib_mentions (
    article_id INTEGER NOT NULL REFERENCES lib_articles (id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX lib_mentions_by_article ON lib_mentions (article_id, start);
CREATE INDEX lib_mentions_by_entity ON lib_mentions (entity_id, article_id);
CREATE TABLE lib_dates (
    article_id INTEGER NOT NULL REFERENCES lib_articles (id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT NOT NULL,
    granularity TEXT NOT NULL DEFAULT ''
);
CREATE INDEX lib_dates_by_article ON lib_dates (article_id, start);
CREATE INDEX lib_dates_by_value ON lib_dates (value);
CREATE TABLE lib_facts (
    article_id INTEGER NOT NULL REFERENCES lib_articles (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value REAL,
    unit TEXT,
    date TEXT,
    entities TEXT NOT NULL DEFAULT '[]',
    data TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX lib_facts_by_article ON lib_facts (article_id, start);
CREATE VIRTUAL TABLE lib_text USING fts5 (
    title, body, tokenize = 'unicode61 remove_diacritics 2'
)
"""

SNIPPET_CHARS = 160
DEFAULT_LIMIT = 50
RANKED = 2_000  # matches of a text search that are ranked (the newest)
_SPACE = re.compile(r"\s+")


def content_hash(title: str, text: str, language: str = "") -> str:
    """What decides whether an article changed: its title, text and language."""
    digest = hashlib.sha256()
    for part in (language, title, text):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


@dataclass(frozen=True)
class Hit:
    """One article a search found (the JSON of `limelight search`, plus where to jump)."""

    location: str
    title: str
    published: str | None
    mentions: int
    snippet: str
    first: int = -1  # offset of the entity's first mention (entity search), else -1
    name: str = ""  # the entity's canonical name as that article wrote it

    def to_json(self) -> dict[str, Any]:
        return {
            "location": self.location,
            "title": self.title,
            "published": self.published,
            "mentions": self.mentions,
            "snippet": self.snippet,
        }


@dataclass(frozen=True)
class LibraryEntity:
    """An entity of the library: one row across the articles that name it."""

    name: str
    label: str
    articles: int
    mentions: int

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "label": self.label,
            "articles": self.articles,
            "mentions": self.mentions,
        }


@dataclass(frozen=True)
class MonthCount:
    """How often the library's articles named an entity in one month (by publication)."""

    month: str  # YYYY-MM
    articles: int
    mentions: int


def snippet_at(text: str, start: int, end: int, width: int = SNIPPET_CHARS) -> str:
    """One line of context around text[start:end], cut at words, with … where cut."""
    if not text:
        return ""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    room = max(0, width - (end - start)) // 2
    left, right = max(0, start - room), min(len(text), end + room)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    line = _SPACE.sub(" ", text[left:right]).strip()
    return ("…" if left > 0 else "") + line + ("…" if right < len(text) else "")


class LibraryIndex:
    """Write analyses into the index and ask it which articles name what."""

    def __init__(self, directory: Path | None = None, *, database: Database | None = None) -> None:
        self.db = database if database is not None else open_database(directory)

    # ---- writing ----------------------------------------------------------------------

    def indexed_hash(self, location: str) -> str | None:
        """The content hash the index holds for `location` (None: not indexed)."""
        rows = self.db.query("SELECT hash FROM lib_articles WHERE location = ?", (location,))
        return str(rows[0][0]) if rows else None

    def indexed_hashes(self, locations: Iterable[str]) -> dict[str, str]:
        """Content hashes of many locations at once (what a run can skip)."""
        wanted = list(dict.fromkeys(locations))
        found: dict[str, str] = {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.query(
                f"SELECT location, hash FROM lib_articles WHERE location IN ({marks})",
                tuple(chunk),
            )
            found.update({str(r[0]): str(r[1]) for r in rows})
        return found

    def add(self, location: str, document: Mapping[str, Any], digest: str | None = None) -> bool:
        """Index one analysed article (an analysis document); replaces what the index held
        for `location`. Returns False when the same content was already indexed there."""
        with self.db.write() as db:
            return self._add(db, location, document, digest)

    def add_many(self, items: Iterable[tuple[str, Mapping[str, Any]]]) -> int:
        """Index many (location, document) pairs in one transaction (a bulk load: the
        benchmark's synthetic library); returns how many were new or changed."""
        with self.db.write() as db:
            return sum(self._add(db, location, document, None) for location, document in items)

    def _add(
        self,
        db: sqlite3.Connection,
        location: str,
        document: Mapping[str, Any],
        digest: str | None,
    ) -> bool:
        text = str(document.get("text") or "")
        title = str(document.get("title") or "")
        language = str(document.get("language") or "")
        digest = digest or content_hash(title, text, language)
        row = db.execute(
            "SELECT id, hash FROM lib_articles WHERE location = ?", (location,)
        ).fetchone()
        if row is not None and row[1] == digest:
            return False
        values = (
            title,
            document.get("published"),
            language,
            digest,
            str(document.get("model") or ""),
            time.time(),
        )
        if row is None:
            article_id = db.execute(
                "INSERT INTO lib_articles (title, published, language, hash, model, indexed,"
                " location) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (*values, location),
            ).lastrowid
        else:
            article_id = int(row[0])
            self._forget(db, article_id)
            db.execute(
                "UPDATE lib_articles SET title = ?, published = ?, language = ?, hash = ?,"
                " model = ?, indexed = ? WHERE id = ?",
                (*values, article_id),
            )
        assert article_id is not None
        db.execute(
            "INSERT INTO lib_text (rowid, title, body) VALUES (?, ?, ?)",
            (article_id, title, text),
        )
        published = document.get("published")
        month = str(published)[:7] if published else None
        self._write_entities(db, article_id, document.get("entities") or [], month)
        db.executemany(
            'INSERT INTO lib_dates (article_id, start, "end", text, value, granularity)'
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    article_id,
                    int(d["start"]),
                    int(d["end"]),
                    str(d.get("text", "")),
                    str(d.get("value", "")),
                    str(d.get("granularity") or ""),
                )
                for d in document.get("dates") or []
            ],
        )
        db.executemany(
            'INSERT INTO lib_facts (article_id, kind, start, "end", text, value, unit, date,'
            " entities, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_fact_row(article_id, f) for f in document.get("facts") or []],
        )
        return True

    def remove(self, location: str) -> bool:
        """Drop an article from the index; returns whether it was there."""
        with self.db.write() as db:
            row = db.execute("SELECT id FROM lib_articles WHERE location = ?", (location,))
            found = row.fetchone()
            if found is None:
                return False
            self._forget(db, int(found[0]))
            db.execute("DELETE FROM lib_articles WHERE id = ?", (found[0],))
        return True

    @staticmethod
    def _forget(db: sqlite3.Connection, article_id: int) -> None:
        """Delete an article's rows (not the article), and entities no article names now."""
        named = db.execute(
            "SELECT entity_id, mentions FROM lib_article_entities WHERE article_id = ?",
            (article_id,),
        ).fetchall()
        db.executemany(
            "UPDATE lib_entities SET articles = articles - 1, mentions = mentions - ? WHERE id = ?",
            [(r[1], r[0]) for r in named],
        )
        for table in ("lib_mentions", "lib_article_entities", "lib_dates", "lib_facts"):
            db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        db.execute("DELETE FROM lib_text WHERE rowid = ?", (article_id,))
        db.executemany(
            "DELETE FROM lib_entities WHERE id = ? AND articles <= 0", [(r[0],) for r in named]
        )

    def _write_entities(
        self,
        db: sqlite3.Connection,
        article_id: int,
        entities: Iterable[Mapping[str, Any]],
        month: str | None,
    ) -> None:
        merged: dict[int, tuple[str, list[tuple[int, int, str]]]] = {}
        for entity in entities:
            name, label = str(entity.get("name", "")), str(entity.get("label", ""))
            key = entity_key(name, label)
            mentions = [
                (int(m["start"]), int(m["end"]), str(m.get("text", "")))
                for m in entity.get("mentions") or []
            ]
            if not key or not mentions:
                continue
            entity_id = self._entity_id(db, key, label, name)
            if entity_id in merged:  # two of the article's entities share a key
                merged[entity_id][1].extend(mentions)
            else:
                merged[entity_id] = (name, mentions)
        for entity_id, (name, mentions) in merged.items():
            mentions.sort()
            db.execute(
                "INSERT INTO lib_article_entities (entity_id, article_id, name, mentions, first,"
                " month) VALUES (?, ?, ?, ?, ?, ?)",
                (entity_id, article_id, name, len(mentions), mentions[0][0], month),
            )
            db.execute(
                "UPDATE lib_entities SET articles = articles + 1, mentions = mentions + ?"
                " WHERE id = ?",
                (len(mentions), entity_id),
            )
            db.executemany(
                'INSERT INTO lib_mentions (article_id, entity_id, start, "end", text)'
                " VALUES (?, ?, ?, ?, ?)",
                [(article_id, entity_id, s, e, t) for s, e, t in mentions],
            )

    @staticmethod
    def _entity_id(db: sqlite3.Connection, key: str, label: str, name: str) -> int:
        """The library's row for (key, label), folding a German genitive -s either way:
        "merkels" joins a known "merkel"; a known "merkels" becomes "merkel" when the
        bare name arrives (both need the other in the library, so "Hans" stays)."""
        row = db.execute(
            "SELECT id FROM lib_entities WHERE key = ? AND label = ?", (key, label)
        ).fetchone()
        if row is not None:
            return int(row[0])
        if len(key) > 3 and key.endswith("s") and key[-2].isalpha():
            row = db.execute(
                "SELECT id FROM lib_entities WHERE key = ? AND label = ?", (key[:-1], label)
            ).fetchone()
            if row is not None:
                return int(row[0])
        row = db.execute(
            "SELECT id FROM lib_entities WHERE key = ? AND label = ?", (key + "s", label)
        ).fetchone()
        if row is not None and len(key) > 2:
            db.execute(
                "UPDATE lib_entities SET key = ?, name = ?, tail = ? WHERE id = ?",
                (key, name, key.split(" ")[-1], row[0]),
            )
            return int(row[0])
        words = key.split(" ")
        cursor = db.execute(
            "INSERT INTO lib_entities (key, label, name, head, tail) VALUES (?, ?, ?, ?, ?)",
            (key, label, name, words[0], words[-1]),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    # ---- reading ----------------------------------------------------------------------

    def count(self) -> int:
        return int(self.db.query("SELECT count(*) FROM lib_articles")[0][0])

    def search_text(self, text: str, *, limit: int = DEFAULT_LIMIT) -> list[Hit]:
        """Articles whose title or text hold all the words of `text`, best first (FTS5
        rank, then the number of hits). The user's text is never FTS syntax."""
        query = match_query(text)
        if query is None:
            return []
        with self.db.read() as db:
            # a word in half the library: rank among its newest RANKED matches only, so
            # a search stays fast at 100,000 articles (FTS5 ranks every match it keeps)
            floor = db.execute(
                "SELECT rowid FROM lib_text WHERE lib_text MATCH ?"
                " ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                (query, RANKED - 1),
            ).fetchone()
            rows = db.execute(
                "SELECT a.location, a.title, a.published,"
                " snippet(lib_text, 1, '', '', '…', 24) AS snippet,"
                " highlight(lib_text, 1, char(1), char(2)) AS marked"
                " FROM lib_text JOIN lib_articles a ON a.id = lib_text.rowid"
                " WHERE lib_text MATCH ? AND lib_text.rowid >= ? ORDER BY rank LIMIT ?",
                (query, floor[0] if floor else 0, limit),
            ).fetchall()
        words = len(query_words(text)) or 1
        hits = [
            Hit(
                r["location"],
                r["title"],
                r["published"],
                max(1, str(r["marked"]).count("\x01") // words),
                _SPACE.sub(" ", str(r["snippet"])).strip(),
            )
            for r in rows
        ]
        hits.sort(key=lambda h: -h.mentions)  # stable: FTS rank among equal counts
        return hits

    def entity_ids(self, name: str, label: str | None = None) -> list[int]:
        """The library's rows for a name: its key; for one word also the names it ends
        (a surname: "Erdogan" finds "Recep Tayyip Erdogan") or begins ("Goldman" finds
        "Goldman Sachs"). A full name finds only itself: "Sam Altman" is not "Altman".
        Without a label the name is keyed as a person's and as any other's (the key of
        an organisation folds adjective endings, a person's does not)."""
        keys = {lab: entity_key(name, lab) for lab in ((label,) if label else ("PER", ""))}
        found: list[int] = []
        for lab, key in keys.items():
            if not key:
                continue
            where, params = "key = ?", [key]
            if " " not in key:
                where, params = "(key = ? OR head = ? OR tail = ?)", [key, key, key]
            if lab:
                where, params = where + " AND label = ?", [*params, lab]
            else:
                where += " AND label != 'PER'"
            rows = self.db.query(f"SELECT id FROM lib_entities WHERE {where}", tuple(params))
            found.extend(int(r[0]) for r in rows)
        return sorted(set(found))

    def search_entity(
        self,
        name: str,
        label: str | None = None,
        *,
        limit: int = DEFAULT_LIMIT,
        exclude: str | None = None,
    ) -> list[Hit]:
        """Articles that name the entity, most mentions first, each with a line of context
        at its first mention (`Hit.first`: where the reader jumps). `exclude`: the
        location of the article the reader is in (its card's "in other articles")."""
        ids = self.entity_ids(name, label)
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        with self.db.read() as db:
            if len(ids) == 1:  # in the order of an index: no sort of 20,000 rows
                rows = db.execute(
                    "SELECT a.id, a.location, a.title, a.published, ae.mentions, ae.first,"
                    " ae.name FROM lib_article_entities ae"
                    " JOIN lib_articles a ON a.id = ae.article_id"
                    " WHERE ae.entity_id = ? AND a.location IS NOT ?"
                    " ORDER BY ae.mentions DESC, ae.article_id LIMIT ?",
                    (ids[0], exclude, limit),
                ).fetchall()
            else:
                rows = db.execute(
                    "SELECT a.id, a.location, a.title, a.published,"
                    " sum(ae.mentions) AS mentions, min(ae.first) AS first, max(ae.name) AS name"
                    " FROM lib_article_entities ae JOIN lib_articles a ON a.id = ae.article_id"
                    f" WHERE ae.entity_id IN ({marks}) AND a.location IS NOT ?"
                    " GROUP BY a.id ORDER BY mentions DESC, a.id LIMIT ?",
                    (*ids, exclude, limit),
                ).fetchall()
            hits = []
            for r in rows:
                first = int(r["first"])
                end = db.execute(
                    'SELECT "end" FROM lib_mentions WHERE article_id = ? AND start = ?',
                    (r["id"], first),
                ).fetchone()
                stop = int(end[0]) if end else first
                left = max(0, first - SNIPPET_CHARS)
                piece = db.execute(
                    "SELECT substr(body, ?, ?) FROM lib_text WHERE rowid = ?",
                    (left + 1, stop - left + SNIPPET_CHARS, r["id"]),
                ).fetchone()
                context = str(piece[0]) if piece and piece[0] else ""
                hits.append(
                    Hit(
                        r["location"],
                        r["title"],
                        r["published"],
                        int(r["mentions"]),
                        snippet_at(context, first - left, stop - left),
                        first,
                        str(r["name"]),
                    )
                )
        return hits

    def entities(self, *, label: str | None = None, top: int | None = None) -> list[LibraryEntity]:
        """The library's entities, those named by most articles first (counts kept on
        each row as articles are indexed, so the top of 100,000 articles is a lookup)."""
        where = "WHERE articles > 0" + (" AND label = ?" if label else "")
        rows = self.db.query(
            f"SELECT name, label, articles, mentions FROM lib_entities {where}"
            " ORDER BY articles DESC, mentions DESC, name LIMIT ?",
            (*([label] if label else []), top if top is not None else -1),
        )
        return [
            LibraryEntity(r["name"], r["label"], int(r["articles"]), int(r["mentions"]))
            for r in rows
        ]

    def months(self, name: str, label: str | None = None) -> list[MonthCount]:
        """Articles and mentions per month of publication (the card's picture); articles
        without a date are left out."""
        ids = self.entity_ids(name, label)
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.db.query(  # the month is kept beside the count: an index answers
            "SELECT month, count(DISTINCT article_id) AS articles, sum(mentions) AS mentions"
            f" FROM lib_article_entities WHERE entity_id IN ({marks}) AND month IS NOT NULL"
            " GROUP BY month ORDER BY month",
            tuple(ids),
        )
        return [MonthCount(r["month"], int(r["articles"]), int(r["mentions"])) for r in rows]


def _fact_row(article_id: int, fact: Mapping[str, Any]) -> tuple[object, ...]:
    core = {"kind", "start", "end", "text", "value", "unit", "date", "entities"}
    value = fact.get("value")
    return (
        article_id,
        str(fact.get("kind", "")),
        int(fact.get("start", 0)),
        int(fact.get("end", 0)),
        str(fact.get("text", "")),
        float(value) if isinstance(value, int | float) else None,
        fact.get("unit"),
        fact.get("date"),
        json.dumps(list(fact.get("entities") or []), ensure_ascii=False),
        json.dumps({k: v for k, v in fact.items() if k not in core}, ensure_ascii=False),
    )
