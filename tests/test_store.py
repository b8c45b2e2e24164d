"""The database behind what the reader keeps: history, bookmarks, positions, feeds.

The operations mirror the JSON store's tests (tests/test_state.py); on top, the move of
an old state.json, several processes writing at once, and `kill -9` in the middle of a
transaction, all done for real with separate processes.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path

from tui.store import DB_FILE, FeedStore, NewEntry, open_database
from tui.store.legacy import STATE_FILE
from tui.store.state import MAX_HISTORY, Navigation, article_key, content_hash, open_store

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = (ROOT / "samples" / "microsoft-openai.de.txt").read_text(encoding="utf-8")


def run_python(code: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


# ---- the database itself -------------------------------------------------------------


def test_database_is_wal_with_a_schema_version(tmp_path: Path) -> None:
    db = open_database(tmp_path)
    assert db.path == tmp_path / DB_FILE
    assert db.query("PRAGMA journal_mode")[0][0] == "wal"
    assert db.query("PRAGMA user_version")[0][0] >= 1
    assert db.query("PRAGMA busy_timeout")[0][0] >= 1000


def test_data_dir_from_the_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("LIMELIGHT_DATA_DIR", str(tmp_path / "env-data"))
    open_store().record_open("/a", "A")
    assert (tmp_path / "env-data" / DB_FILE).is_file()


def test_corrupt_database_is_set_aside_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / DB_FILE).write_bytes(b"this is not a database at all " * 200)
    store = open_store(tmp_path)
    warnings = store.take_warnings()
    assert len(warnings) == 1 and "corrupt" in warnings[0]
    assert len(list(tmp_path.glob(f"{DB_FILE}.corrupt-*"))) == 1
    store.record_open("/b", "B")
    assert [v.key for v in open_store(tmp_path).history()] == ["/b"]


def test_unwritable_store_warns_once_and_keeps_working(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the data directory should be")
    store = open_store(blocker)
    store.record_open("/a", "A")
    assert store.set_position("/a", 3, SEED_TEXT) is False
    assert store.position("/a", SEED_TEXT) == 3  # kept in memory for this session
    warnings = store.take_warnings()
    assert len(warnings) == 1 and "not-a-dir" in warnings[0]
    store.record_open("/b", "B")
    assert store.take_warnings() == []


# ---- positions, history, bookmarks (the JSON store's operations) -----------------------


def test_position_survives_a_restart_and_follows_moves(tmp_path: Path) -> None:
    key = article_key(str(ROOT / "samples" / "microsoft-openai.de.txt"))
    offset = SEED_TEXT.index("Goldman Sachs")
    open_store(tmp_path).set_position(key, offset, SEED_TEXT)
    store = open_store(tmp_path)
    assert store.position(key, SEED_TEXT) == offset
    assert store.position("/new/name.txt", SEED_TEXT) == offset  # a moved file
    edited = "Ein neuer erster Absatz.\n\n" + SEED_TEXT
    assert store.position(key, edited) == offset + len("Ein neuer erster Absatz.\n\n")
    assert store.position(key, SEED_TEXT[:offset]) is None  # the place is gone
    assert store.position("/elsewhere.txt", "another text") is None


def test_unchanged_position_writes_nothing(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    assert store.set_position("/a.txt", 10, SEED_TEXT) is True
    changes = store.db.connection.total_changes
    assert store.set_position("/a.txt", 10, SEED_TEXT) is True
    assert store.db.connection.total_changes == changes
    store.set_position("/a.txt", 10_000_000, SEED_TEXT)  # clamped to the text
    assert store.position("/a.txt", SEED_TEXT) == len(SEED_TEXT)


def test_history_is_most_recent_first_without_repeats(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    for key in ["/a", "/b", "/c", "/a"]:
        store.record_open(key, key.upper())
    assert [v.key for v in open_store(tmp_path).history()] == ["/a", "/c", "/b"]
    assert store.title_of("/c") == "/C"
    nav = store.navigation()
    assert nav.current == "/a" and nav.back() == "/c"
    for i in range(MAX_HISTORY + 20):
        store.record_open(f"/n{i}", "")
    assert len(open_store(tmp_path).history()) == MAX_HISTORY


def test_navigation_goes_back_and_forward() -> None:
    nav = Navigation(["/a", "/b", "/c"])
    assert nav.back() == "/b"
    nav.discard(-1)
    assert nav.current == "/c" and nav.back() == "/a"
    nav.visit("/d")
    assert nav.back() == "/a" and nav.forward() == "/d" and not nav.can_forward


def test_bookmarks_toggle_and_persist(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    assert store.toggle_bookmark("/a", "Article A", 120, SEED_TEXT) is True
    assert store.toggle_bookmark("https://example.org/b", "Article B", 0) is True
    other = open_store(tmp_path)
    assert [b.key for b in other.bookmarks()] == ["https://example.org/b", "/a"]
    mark = other.bookmark("/a")
    assert mark is not None
    assert (mark.title, mark.offset, mark.hash) == ("Article A", 120, content_hash(SEED_TEXT))
    other.remove_bookmark("/a")
    assert store.toggle_bookmark("/a", "Article A", 5) is True  # as the database says now
    assert store.toggle_bookmark("/a", "Article A", 5) is False
    assert [b.key for b in open_store(tmp_path).bookmarks()] == ["https://example.org/b"]
    store.add_bookmark("/c", "C", 7)
    store.add_bookmark("https://example.org/b", "B again", 9)  # moves to the end
    assert [b.key for b in store.bookmarks()] == ["https://example.org/b", "/c"]


def test_last_library_and_update(tmp_path: Path) -> None:
    store = open_store(tmp_path / "data")
    store.set_last_library(tmp_path)
    assert open_store(tmp_path / "data").last_library == str(tmp_path)

    def change(state) -> None:
        state.last_library = "/elsewhere"
        state.history.append(state.history[0] if state.history else _visit("/x"))

    def _visit(key: str):
        from tui.store.state import Visit

        return Visit(key, "X", 1.0)

    assert store.update(change) is True
    assert store.last_library == "/elsewhere"
    assert [v.key for v in store.history()] == ["/x"]


# ---- the move from state.json -----------------------------------------------------------


def test_state_json_is_migrated_once_and_kept(tmp_path: Path) -> None:
    state = {
        "schema": 1,
        "history": [
            {"key": "/a", "title": "A", "opened": 1},
            {"key": "/b", "title": "B", "opened": 2},
            {"title": "no key"},
            7,
        ],
        "bookmarks": [{"key": "/a", "title": "A", "offset": 12, "added": 3, "hash": "h"}],
        "positions": {"/a": {"offset": 40, "hash": content_hash(SEED_TEXT), "anchor": "x"}},
        "last_library": "/news",
        "future_field": 1,
    }
    (tmp_path / STATE_FILE).write_text(json.dumps(state))
    store = open_store(tmp_path)
    assert [v.key for v in store.history()] == ["/b", "/a"]
    assert [(b.key, b.offset) for b in store.bookmarks()] == [("/a", 12)]
    assert store.position("/a", SEED_TEXT) == 40
    assert store.last_library == "/news"
    assert not (tmp_path / STATE_FILE).exists()
    assert json.loads((tmp_path / (STATE_FILE + ".migrated")).read_text()) == state
    assert store.take_warnings() == []


def test_corrupt_state_json_is_set_aside_and_the_rest_goes_on(tmp_path: Path) -> None:
    (tmp_path / STATE_FILE).write_bytes(b'{"history": [{"key": "/a", "tit')
    store = open_store(tmp_path)
    assert any("corrupt" in w for w in store.take_warnings())
    assert store.history() == []
    assert len(list(tmp_path.glob(f"{STATE_FILE}.corrupt-*"))) == 1


# ---- feeds ----------------------------------------------------------------------------------


def _entries(n: int, prefix: str = "") -> list[NewEntry]:
    return [
        NewEntry(
            link=f"https://example.org/{prefix}{i}",
            title=f"Story {prefix}{i}",
            published=datetime(2024, 3, 1 + i % 27, 12, tzinfo=UTC),
            summary="teaser",
            guid=f"{prefix}{i}",
        )
        for i in range(n)
    ]


def test_feed_entries_are_stored_once_and_keep_their_read_marks(tmp_path: Path) -> None:
    feeds = FeedStore(tmp_path)
    sub, added = feeds.subscribe("https://example.org/feed.xml")
    assert added and sub.title == "" and sub.total == 0
    assert feeds.record_refresh(sub.id, _entries(5), title="Example", etag='"1"') == 5
    first = feeds.entries(sub.id)
    assert [e.title for e in first][:2] == ["Story 4", "Story 3"]  # newest first
    feeds.set_read([first[0].id])
    assert feeds.record_refresh(sub.id, _entries(6), title="Example") == 1
    again = feeds.subscription(sub.url)
    assert again is not None and (again.title, again.unread, again.total) == ("Example", 5, 6)
    assert feeds.entries(sub.id)[1].read  # Story 4 still read
    # identity without a guid: the link, else the title and date
    plain = [NewEntry(link="", title="No link", published=datetime(2024, 1, 1))]
    assert feeds.record_refresh(sub.id, plain) == 1
    assert feeds.record_refresh(sub.id, plain) == 0
    by_link = [NewEntry(link="https://example.org/x", title="Old title")]
    feeds.record_refresh(sub.id, by_link)
    feeds.record_refresh(sub.id, [NewEntry(link="https://example.org/x", title="New title")])
    assert [e.title for e in feeds.entries(sub.id) if e.link.endswith("/x")] == ["New title"]
    listed = feeds.entries(sub.id, unread_only=True, limit=2)
    assert len(listed) == 2 and not any(e.read for e in listed) and listed[0].content == ""
    whole = feeds.entry(listed[0].id)
    assert whole is not None and whole.feed_title == "Example" and whole.title == listed[0].title
    assert feeds.toggle_read(feeds.entries(sub.id)[0].id) is True
    assert feeds.mark_all_read(sub.id) > 0 and feeds.unread_count() == 0
    feeds.record_error(sub.id, "timed out\nsecond line")
    assert feeds.subscriptions()[0].error == "timed out second line"
    feeds.unsubscribe(sub.id)
    assert feeds.subscriptions() == [] and feeds.entries() == []


def _next_unread_by_walking(feeds: FeedStore, feed_id: int | None, after: int | None) -> int | None:
    """What `u` did before the store answered it: walk the whole list."""
    entries = feeds.entries(feed_id)
    ids = [e.id for e in entries]
    start = ids.index(after) + 1 if after in ids else 0
    for entry in [*entries[start:], *entries[:start]]:
        if not entry.read and entry.id != after:
            return entry.id
    return None


def test_next_unread_and_read_marks_answer_as_the_lists_do(tmp_path: Path) -> None:
    feeds = FeedStore(tmp_path)
    subs = [feeds.subscribe(f"https://example.org/{n}.xml")[0] for n in range(3)]
    for n, sub in enumerate(subs):
        dated = _entries(12)
        undated = [NewEntry(f"https://example.org/{n}/u{i}", f"Undated {i}") for i in range(3)]
        feeds.record_refresh(sub.id, [*dated, *undated])  # some share a date across feeds
    chance = random.Random(16)
    every = feeds.entries()
    feeds.set_read([e.id for e in every if chance.random() < 0.6])
    marks = feeds.read_marks()
    assert marks == {e.id: e.read for e in feeds.entries()}
    assert feeds.read_marks(subs[1].id, unread_only=True) == {
        e.id: False for e in feeds.entries(subs[1].id) if not e.read
    }
    for feed_id in (None, *(s.id for s in subs)):
        for after in (None, *(e.id for e in every)):
            expected = _next_unread_by_walking(feeds, feed_id, after)
            assert feeds.next_unread(feed_id, after) == expected, (feed_id, after)
    feeds.mark_all_read()
    assert feeds.next_unread(None, every[0].id) is None


def test_custom_titles_are_kept_and_names_found(tmp_path: Path) -> None:
    feeds = FeedStore(tmp_path)
    sub, _ = feeds.subscribe("https://a.example/feed", "My Title")
    feeds.record_refresh(sub.id, [], title="The Feed's Own")
    assert feeds.find("my title")[0].title == "My Title"
    assert feeds.find("https://a.example/feed")[0].id == sub.id
    assert feeds.subscribe_many([("https://a.example/feed", ""), ("https://b.example/", "B")]) == 1


# ---- several processes, and kill -9 ---------------------------------------------------------

WRITER = """
import sys, time
from pathlib import Path
from tui.store import FeedStore, NewEntry
from tui.store.state import open_store
folder, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
store = open_store(folder)
feeds = FeedStore(folder)
sub, _ = feeds.subscribe(f"https://{name}.example/feed")
go = folder / "go"
while not go.exists():
    time.sleep(0.001)
for i in range(count):
    store.add_bookmark(f"/{name}/{i}", f"{name} {i}", i)
    store.set_position(f"/{name}/{i}", i, "x" * 100)
    store.record_open(f"/{name}/{i}", name)
    feeds.record_refresh(sub.id, [NewEntry(link=f"https://{name}.example/{i}", title=str(i))])
    feeds.set_read([e.id for e in feeds.entries(sub.id) if e.title == str(i)])
print(len(store.take_warnings()))
"""


def test_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    count = 40
    names = ("one", "two", "three")
    writers = [run_python(WRITER, str(tmp_path), name, str(count)) for name in names]
    deadline = time.monotonic() + 60
    while len(FeedStore(tmp_path).subscriptions()) < len(names) and time.monotonic() < deadline:
        time.sleep(0.02)  # every writer is ready at the barrier
    (tmp_path / "go").touch()
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        assert out.strip() == "0"
    store = open_store(tmp_path)
    keys = {f"/{n}/{i}" for n in names for i in range(count)}
    assert {b.key for b in store.bookmarks()} == keys
    assert len(store.state.positions) == len(keys)
    assert {v.key for v in store.history()} == keys
    feeds = FeedStore(tmp_path)
    assert [(s.total, s.unread) for s in feeds.subscriptions()] == [(count, 0)] * len(names)


KILLED = """
import sys
from pathlib import Path
from tui.store import FeedStore, NewEntry
feeds = FeedStore(Path(sys.argv[1]))
sub, _ = feeds.subscribe("https://example.org/feed")
print("ready", flush=True)
batch = int(feeds.db.query("SELECT count(*) FROM entries")[0][0]) // 300
while True:
    batch += 1
    entries = [NewEntry(link=f"https://example.org/{batch}/{i}", title="t" * 200, summary="s" * 500)
               for i in range(300)]
    feeds.record_refresh(sub.id, entries, title=f"batch {batch}")
"""


def test_kill_9_mid_refresh_leaves_whole_refreshes(tmp_path: Path) -> None:
    rng = random.Random(7)
    for _ in range(4):
        writer = run_python(KILLED, str(tmp_path))
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.3))
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        db = sqlite3.connect(tmp_path / DB_FILE)
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        total = db.execute("SELECT count(*) FROM entries").fetchone()[0]
        title = db.execute("SELECT title FROM feeds").fetchone()[0]
        db.close()
        assert total % 300 == 0  # a refresh is stored whole or not at all
        if total:
            assert title == f"batch {total // 300}"
