"""The reader's persistent state: history, bookmarks, positions, and its file on disk.

The file must survive a `kill -9` in the middle of a save, two windows saving at once,
and a corrupt file; these tests do each of those for real, with separate processes.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from tui.app.state import (
    MAX_HISTORY,
    STATE_FILE,
    Navigation,
    article_key,
    content_hash,
    open_store,
)

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


# ---- positions, history, bookmarks ---------------------------------------------------


def test_position_survives_a_restart(tmp_path: Path) -> None:
    key = article_key(str(ROOT / "samples" / "microsoft-openai.de.txt"))
    offset = SEED_TEXT.index("Nadella")
    open_store(tmp_path).set_position(key, offset, SEED_TEXT)
    again = open_store(tmp_path)
    assert again.position(key, SEED_TEXT) == offset
    assert again.position("/elsewhere/other.txt", "another text") is None
    assert again.take_warnings() == []


def test_position_follows_moved_and_edited_articles(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    offset = SEED_TEXT.index("Goldman Sachs")
    store.set_position("/old/name.txt", offset, SEED_TEXT)
    # the same text under a new name (moved file): same offset
    assert store.position("/new/name.txt", SEED_TEXT) == offset
    # the text changed above the place: found again by its anchor text
    edited = "Ein neuer erster Absatz.\n\n" + SEED_TEXT
    found = store.position("/old/name.txt", edited)
    assert found == offset + len("Ein neuer erster Absatz.\n\n")
    # the place itself is gone: start at the top rather than somewhere wrong
    gutted = SEED_TEXT[:offset]
    assert store.position("/old/name.txt", gutted) is None


def test_unchanged_position_does_not_rewrite_the_file(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.set_position("/a.txt", 10, SEED_TEXT)
    before = (tmp_path / STATE_FILE).stat().st_mtime_ns
    time.sleep(0.01)
    store.set_position("/a.txt", 10, SEED_TEXT)
    assert (tmp_path / STATE_FILE).stat().st_mtime_ns == before
    store.set_position("/a.txt", 10_000_000, SEED_TEXT)  # clamped to the text
    assert store.position("/a.txt", SEED_TEXT) == len(SEED_TEXT)


def test_history_is_most_recent_first_without_repeats(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    for key in ["/a", "/b", "/c", "/a"]:
        store.record_open(key, key.upper())
    assert [v.key for v in open_store(tmp_path).history()] == ["/a", "/c", "/b"]
    assert store.title_of("/c") == "/C"
    for i in range(MAX_HISTORY + 20):
        store.record_open(f"/n{i}", "")
    assert len(open_store(tmp_path).history()) == MAX_HISTORY


def test_navigation_goes_back_and_forward_like_a_browser(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    for key in ["/a", "/b"]:
        store.record_open(key, "")
    nav = open_store(tmp_path).navigation()  # a new window after a restart
    assert nav.current == "/b"
    nav.visit("/c")
    assert nav.back() == "/b"
    assert nav.back() == "/a"
    assert nav.back() is None
    assert nav.forward() == "/b"
    nav.visit("/d")  # opening something new drops the forward part
    assert not nav.can_forward
    assert nav.back() == "/b"
    nav.undo(-1)  # the article back led to could not be opened
    assert nav.current == "/d"
    nav.visit("/d")
    assert [nav.back(), nav.back(), nav.back()] == ["/b", "/a", None]


def test_navigation_drops_entries_that_cannot_be_opened() -> None:
    nav = Navigation(["/a", "/b", "/c"])
    assert nav.back() == "/b"
    nav.discard(-1)  # /b is gone: back on /c, whose back is /a
    assert nav.current == "/c"
    assert nav.back() == "/a"
    nav.visit("/d")
    assert nav.back() == "/a" and nav.forward() == "/d"
    assert nav.back() == "/a"
    assert nav.forward() == "/d"
    nav.discard(+1)  # /d is gone: back on /a, nothing forward
    assert nav.current == "/a" and not nav.can_forward


def test_bookmarks_toggle_and_persist(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    assert store.toggle_bookmark("/a", "Article A", 120, SEED_TEXT) is True
    assert store.toggle_bookmark("https://example.org/b", "Article B", 0) is True
    other = open_store(tmp_path)
    assert [b.key for b in other.bookmarks()] == ["https://example.org/b", "/a"]
    mark = other.bookmark("/a")
    assert mark is not None
    assert (mark.title, mark.offset, mark.hash) == ("Article A", 120, content_hash(SEED_TEXT))
    # another window removed /a meanwhile: this one's toggle adds it back, not removes
    other.remove_bookmark("/a")
    assert store.toggle_bookmark("/a", "Article A", 5) is True
    assert store.toggle_bookmark("/a", "Article A", 5) is False
    assert [b.key for b in open_store(tmp_path).bookmarks()] == ["https://example.org/b"]


def test_article_keys_are_absolute_paths_or_urls(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert article_key("a.txt") == str(tmp_path / "a.txt")
    assert article_key("https://example.org/x?y=1") == "https://example.org/x?y=1"
    assert article_key("") == ""


def test_last_library(tmp_path: Path) -> None:
    store = open_store(tmp_path / "data")
    store.set_last_library(tmp_path)
    assert open_store(tmp_path / "data").last_library == str(tmp_path)


def test_data_dir_from_the_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("LIMELIGHT_DATA_DIR", str(tmp_path / "env-data"))
    open_store().record_open("/a", "A")
    assert (tmp_path / "env-data" / STATE_FILE).is_file()


# ---- damaged or unwritable files -------------------------------------------------------


def test_corrupt_file_is_set_aside_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / STATE_FILE).write_bytes(b'{"history": [{"key": "/a", "tit')
    store = open_store(tmp_path)
    warnings = store.take_warnings()
    assert len(warnings) == 1 and "corrupt" in warnings[0]
    aside = list(tmp_path.glob(f"{STATE_FILE}.corrupt-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes() == b'{"history": [{"key": "/a", "tit'  # kept, not lost
    assert store.history() == []
    store.record_open("/b", "B")  # and the reader carries on saving
    assert [v.key for v in open_store(tmp_path).history()] == ["/b"]
    assert store.take_warnings() == []


def test_malformed_entries_are_skipped_and_unknown_fields_kept(tmp_path: Path) -> None:
    (tmp_path / STATE_FILE).write_text(
        json.dumps(
            {
                "schema": 1,
                "history": [{"key": "/a", "title": "A", "opened": 1}, {"title": "no key"}, 7],
                "bookmarks": "not a list",
                "positions": {"/a": {"offset": -5, "hash": 3}, "/b": []},
                "future_field": {"x": 1},
            }
        )
    )
    store = open_store(tmp_path)
    assert [v.key for v in store.history()] == ["/a"]
    assert store.bookmarks() == []
    assert store.state.positions["/a"].offset == 0
    assert "/b" not in store.state.positions
    store.record_open("/c", "C")
    assert json.loads((tmp_path / STATE_FILE).read_text())["future_field"] == {"x": 1}


def test_unwritable_store_warns_once_and_keeps_working(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the data directory should be")
    store = open_store(blocker)
    store.record_open("/a", "A")
    assert store.set_position("/a", 3, SEED_TEXT) is False
    assert store.position("/a", SEED_TEXT) == 3  # kept in memory for this session
    warnings = store.take_warnings()
    assert warnings and all("not-a-dir" in w for w in warnings)
    store.record_open("/b", "B")
    assert not any("cannot save" in w for w in store.take_warnings())


def test_stale_temporary_files_are_cleaned_up(tmp_path: Path) -> None:
    old = tmp_path / f".{STATE_FILE}.abc123.tmp"
    fresh = tmp_path / f".{STATE_FILE}.def456.tmp"
    for item in (old, fresh):
        item.write_text("{half a")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    open_store(tmp_path)
    assert not old.exists()
    assert fresh.exists()  # may belong to a window that is saving right now


# ---- concurrency and crashes -------------------------------------------------------------

WRITER = """
import sys, time
from pathlib import Path
from tui.app.state import StateStore
folder, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
store = StateStore(folder).load()
go = folder / "go"
while not go.exists():
    time.sleep(0.001)
for i in range(count):
    store.add_bookmark(f"/{name}/{i}", f"{name} {i}", i)
    store.set_position(f"/{name}/{i}", i, "x" * 100)
    store.record_open(f"/{name}/{i}", name)
print(len(store.take_warnings()))
"""


def test_two_processes_saving_at_once_lose_nothing(tmp_path: Path) -> None:
    count = 40
    writers = [run_python(WRITER, str(tmp_path), name, str(count)) for name in ("one", "two")]
    time.sleep(0.8)  # both have imported and wait at the barrier
    (tmp_path / "go").touch()
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        assert out.strip() == "0"
    store = open_store(tmp_path)
    keys = {b.key for b in store.bookmarks()}
    assert keys == {f"/{n}/{i}" for n in ("one", "two") for i in range(count)}
    assert len(store.state.positions) == 2 * count
    assert {v.key for v in store.history()} == keys
    assert store.take_warnings() == []


def test_threads_of_one_process_lose_nothing(tmp_path: Path) -> None:
    store = open_store(tmp_path)

    def work(name: str) -> None:
        for i in range(25):
            store.add_bookmark(f"/{name}/{i}", name)

    threads = [threading.Thread(target=work, args=(n,)) for n in "abc"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(open_store(tmp_path).bookmarks()) == 75


SAVER = """
import sys
from pathlib import Path
from tui.app.state import State, StateStore, Bookmark
store = StateStore(Path(sys.argv[1])).load()
import os, time
_fsync = os.fsync
def slow_fsync(fd: int) -> None:  # a disk that takes its time, as real ones do
    time.sleep(0.01)
    _fsync(fd)
os.fsync = slow_fsync
# a large state so that each save takes a while and a kill lands inside one
padding = [Bookmark(f"/pad/{i}", "t" * 300, i, 0.0) for i in range(3000)]
def start(state: State) -> None:
    state.bookmarks[:] = padding
    state.last_library = "0"
store.update(start)
print("ready", flush=True)
i = 0
while True:
    i += 1
    def change(state: State, i: int = i) -> None:
        state.bookmarks.append(Bookmark(f"/n/{i}", "", i, 0.0))
        state.last_library = str(i)
    store.update(change)
"""


def test_kill_9_while_saving_leaves_the_old_or_the_new_file(tmp_path: Path) -> None:
    rng = random.Random(5)
    caught_mid_write = 0
    for attempt in range(24):  # at least six kills, more until one lands mid-write
        if attempt >= 6 and caught_mid_write:
            break
        saver = run_python(SAVER, str(tmp_path))
        assert saver.stdout is not None
        assert saver.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.4))
        saver.send_signal(signal.SIGKILL)
        saver.wait(timeout=30)
        assert saver.returncode == -signal.SIGKILL
        if list(tmp_path.glob(f".{STATE_FILE}.*.tmp")):
            caught_mid_write += 1  # a half-written temporary file was left behind
        raw = json.loads((tmp_path / STATE_FILE).read_text(encoding="utf-8"))  # complete JSON
        store = open_store(tmp_path)
        assert store.take_warnings() == []
        # a consistent snapshot: step n's file holds exactly the marks of steps 1..n
        n = int(store.last_library)
        numbered = [b.offset for b in store.state.bookmarks if b.key.startswith("/n/")]
        assert numbered[-n:] == list(range(1, n + 1))
        assert len([b for b in raw["bookmarks"] if b["key"].startswith("/pad/")]) == 3000
        assert len(store.state.bookmarks) == 3000 + n
    assert caught_mid_write > 0, "no kill landed inside a save; the test proved nothing"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX locking")
def test_lock_file_is_separate_from_the_state_file(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.record_open("/a", "A")
    assert (tmp_path / f"{STATE_FILE}.lock").exists()
    # the state file is replaced on every save; a lock on it would be lost each time
    inode = (tmp_path / STATE_FILE).stat().st_ino
    store.record_open("/b", "B")
    assert (tmp_path / STATE_FILE).stat().st_ino != inode


# ---- one window's session -----------------------------------------------------------------


def test_session_resumes_marks_and_walks_history(tmp_path: Path) -> None:
    from tui.app.browsing import Session, open_location
    from tui.article import load_article
    from tui.article.errors import ArticleError
    from tui.article.model import Article

    first = tmp_path / "first.txt"
    second = tmp_path / "second.txt"
    first.write_text(SEED_TEXT, encoding="utf-8")
    second.write_text("Zweiter Artikel\n\nDer Text des zweiten Artikels.", encoding="utf-8")
    data = tmp_path / "data"

    session = Session(open_store(data))
    article = load_article(first)
    assert session.opened(article) is None  # never read: from the top
    offset = article.text.index("Goldman Sachs")
    session.save_position(offset)
    assert session.toggle_bookmark(offset) is True and session.is_bookmarked()
    other = open_location(str(second))
    assert isinstance(other, Article)
    session.opened(other)
    key = session.back()
    assert key == str(first)

    # a restart: the position and the mark are there, back goes to the last article
    session = Session(open_store(data))
    assert session.navigation.current == str(second)
    assert session.opened(load_article(first)) == offset
    assert session.back() == str(second)
    assert session.opened(load_article(second), moved=True) is None  # no place kept there
    assert session.forward() == str(first)
    mark = session.store.bookmark(str(first))
    assert mark is not None and mark.offset == offset

    # the file behind a history entry was deleted: back fails, the reader stays
    second.unlink()
    session.opened(load_article(first))
    assert session.back() == str(second)
    with pytest.raises(ArticleError):
        open_location(str(second))
    session.move_failed(-1, forget=True)
    assert session.navigation.current == str(first)
    assert session.back() != str(second)
