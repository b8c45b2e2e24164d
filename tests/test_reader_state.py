"""What tests/test_state.py checked of the reader's state that tests/test_store.py does not:
browser-like back/forward with undo, article keys, threads of one process, and one
window's `Session` over the database store."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tui.store.state import article_key, open_store

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = (ROOT / "samples" / "microsoft-openai.de.txt").read_text(encoding="utf-8")


def test_navigation_goes_back_and_forward_like_a_browser(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    for key in ["/a", "/b"]:
        store.record_open(key, "")
    nav = open_store(tmp_path).navigation()  # a new window after a restart
    assert nav.current == "/b"
    nav.visit("/c")
    assert [nav.back(), nav.back(), nav.back()] == ["/b", "/a", None]
    assert nav.forward() == "/b"
    nav.visit("/d")  # opening something new drops the forward part
    assert not nav.can_forward
    assert nav.back() == "/b"
    nav.undo(-1)  # the article back led to could not be opened
    assert nav.current == "/d"
    assert [nav.back(), nav.back(), nav.back()] == ["/b", "/a", None]


def test_article_keys_are_absolute_paths_or_urls(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert article_key("a.txt") == str(tmp_path / "a.txt")
    assert article_key("https://example.org/x?y=1") == "https://example.org/x?y=1"
    assert article_key("") == ""


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
    assert session.back() == str(first)

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
