"""Pilot tests of the list screens: library, feed and bookmarks, each in a bare host app.

The library runs over a generated folder of a few hundred articles (German and English,
with dates, in text, Markdown and HTML); the feed screen over a generated RSS file.
"""

from __future__ import annotations

import random
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from textual import on
from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Static

from tui.app.bookmarks_screen import BookmarksScreen
from tui.app.feed_screen import FeedScreen, entry_source
from tui.app.library_screen import LibraryScreen
from tui.app.list_screen import ListScreen, OpenRequested, human_size
from tui.article import load_article
from tui.article.feed import parse_feed
from tui.article.library import Peek
from tui.store.state import open_store

pytestmark = pytest.mark.anyio
SIZE = (110, 30)

DE_TOPICS = ["Bahn", "Klimaschutz", "Haushalt", "Wohnungsbau", "Energiewende", "Landtag"]
EN_TOPICS = ["Railway", "Chip plant", "Budget", "Housing", "Wind power", "Parliament"]
DE_BODY = (
    "Die Regierung hat am Dienstag einen neuen Plan vorgestellt. Nach Angaben des "
    "Ministeriums soll das Vorhaben bis zum Ende des Jahres umgesetzt werden, und die "
    "Kosten werden auf mehrere Millionen Euro geschätzt. Kritiker sagen, dass der Plan "
    "nicht weit genug geht und die Zeit für die Umsetzung zu knapp ist."
)
EN_BODY = (
    "The government presented a new plan on Tuesday. According to the ministry, the "
    "project is to be completed by the end of the year, and the costs are estimated at "
    "several million euros. Critics say that the plan does not go far enough and that "
    "the time for it is too short."
)


def make_library(folder: Path, count: int, seed: int = 7) -> dict[str, tuple[str, date, str]]:
    """Write `count` articles; returns file name -> (title, date, language)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, tuple[str, date, str]] = {}
    for i in range(count):
        german = i % 3 != 0
        topic = rng.choice(DE_TOPICS if german else EN_TOPICS)
        day = date(2022, 1, 1) + timedelta(days=rng.randrange(1000))
        title = f"{topic}: Meldung {i}" if german else f"{topic}: report {i}"
        body = "\n\n".join([DE_BODY if german else EN_BODY] * rng.randint(1, 6))
        kind = i % 5
        if kind == 4:
            name = f"artikel-{i:04d}.html"
            text = (
                f"<!doctype html><html><head><title>{title}</title>"
                f'<meta property="article:published_time" content="{day.isoformat()}">'
                f"</head><body><article><h1>{title}</h1><p>{body}</p></article></body></html>"
            )
        elif kind == 3:
            name = f"artikel-{i:04d}.md"
            text = f"---\ntitle: {title}\ndate: {day.isoformat()}\n---\n\n# {title}\n\n{body}\n"
        else:
            name = f"artikel-{i:04d}.txt"
            label = "Veröffentlicht" if german else "Published"
            text = f"{title}\n\n{label}: {day.isoformat()}\n\n{body}\n"
        (folder / name).write_text(text, encoding="utf-8")
        expected[name] = (title, day, "de" if german else "en")
    return expected


class Host(App[None]):
    """A stand-in for the reader: a plain screen underneath, records open requests."""

    def __init__(self, screen: Screen[None]) -> None:
        super().__init__()
        self.list_screen = screen
        self.opened: list[OpenRequested] = []

    def compose(self) -> ComposeResult:
        yield Static("the reader would be here", id="under")

    def on_mount(self) -> None:
        self.push_screen(self.list_screen)

    @on(OpenRequested)
    def record(self, message: OpenRequested) -> None:
        self.opened.append(message)


async def all_peeked(screen: LibraryScreen, pilot: Pilot[None]) -> None:
    for _ in range(400):
        if screen.peeked == len(screen.items):
            break
        await pilot.pause(0.02)
    await screen.app.workers.wait_for_complete()
    await pilot.pause()


def titles_shown(screen: ListScreen) -> list[str]:  # type: ignore[type-arg]
    table = screen.table
    return [str(table.get_row_at(row)[0]) for row in range(table.row_count)]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("library")
    expected = make_library(folder, 300)
    (folder / "README.md").write_text("not an article")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "[brackets] and [b]markup[-b].txt").write_text("[b]Not bold[/b] title\n\nText.")
    return folder, expected


# ---- library ---------------------------------------------------------------------------


async def test_library_lists_every_article_and_reads_their_heads(library) -> None:
    folder, expected = library
    screen = LibraryScreen(folder)
    app = Host(screen)
    async with app.run_test(size=SIZE) as pilot:
        await all_peeked(screen, pilot)
        assert screen.table.row_count == 303  # README and the PDF are not articles
        by_name = {item.entry.path.name: item for item in screen.items}
        for name, (title, day, language) in expected.items():
            info = by_name[name].info
            assert info is not None
            assert (info.title, info.published, info.language) == (title, day, language), name
        assert by_name["empty.txt"].info is not None  # odd files are listed, not fatal
        assert by_name["binary.txt"].info is not None
        shown = titles_shown(screen)
        assert "[b]Not bold[/b] title" in shown  # brackets are text, not markup
        assert "303 articles" in str(screen.query_one("#list-status", Static).render())


async def test_library_lists_before_any_title_is_read(library, monkeypatch) -> None:
    """With peeking held up, all rows are there by file name; rows on screen are read first."""
    folder, _ = library
    release = threading.Event()
    order: list[str] = []

    def slow_peek(path: Path) -> Peek:
        release.wait(10)
        order.append(path.name)
        return Peek(f"T {path.name}", None, "en")

    monkeypatch.setattr("tui.app.library_screen.peek", slow_peek)
    screen = LibraryScreen(folder)
    app = Host(screen)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.1)
        assert screen.table.row_count == 303
        assert screen.peeked == 0
        assert titles_shown(screen)[0] == "[brackets] and [b]markup[-b].txt"
        await pilot.press("end")  # jump to the bottom before anything is read
        await pilot.pause(0.05)
        release.set()
        await all_peeked(screen, pilot)
        visible = screen.visible_rows()
        assert visible[-1] == 302 and len(visible) > 15
        on_screen = {screen.items[screen.shown[r]].entry.path.name for r in visible}
        # the first file was already being read; the next ones are those on screen
        assert set(order[1 : 1 + len(visible)]) == on_screen
        assert titles_shown(screen)[-1] == f"T {screen.items[-1].entry.path.name}"
        assert len(order) == 303


async def test_library_filters_by_typing(library) -> None:
    folder, expected = library
    screen = LibraryScreen(folder)
    app = Host(screen)
    async with app.run_test(size=SIZE) as pilot:
        await all_peeked(screen, pilot)
        await pilot.press(*"bahn")
        want = sorted(t for t, _, _ in expected.values() if "bahn" in t.lower())
        assert want and sorted(titles_shown(screen)) == want
        assert f"{len(want)} of 303 articles" in str(
            screen.query_one("#list-status", Static).render()
        )
        await pilot.press("space", *"12")  # words: each must occur in title, name or date

        def found(*words: str) -> list[str]:
            return sorted(
                title
                for name, (title, day, lang) in expected.items()
                if all(w in f"{title.lower()} {name} {day.isoformat()} {lang}" for w in words)
            )

        assert sorted(titles_shown(screen)) == found("bahn", "12")
        assert len(found("bahn", "12")) < len(want)
        await pilot.press("escape")  # clears the filter, stays
        assert screen.table.row_count == 303 and app.screen is screen
        month = next(iter(expected.values()))[1].isoformat()[:7]
        await pilot.press(*month)
        assert sorted(titles_shown(screen)) == found(month)
        assert all(
            d.isoformat().startswith(month)
            for t, d, _ in expected.values()
            if t in titles_shown(screen)
        )
        for _ in month:
            await pilot.press("backspace")
        assert screen.table.row_count == 303 and app.screen is screen
        await pilot.press(*"zzzz-nothing")
        assert screen.table.row_count == 0
        await pilot.press("enter")  # nothing to open: nothing happens
        assert app.opened == []


async def test_library_sorts_by_keys_and_header_clicks(library) -> None:
    folder, expected = library
    screen = LibraryScreen(folder)
    app = Host(screen)
    async with app.run_test(size=SIZE) as pilot:
        await all_peeked(screen, pilot)
        names = [screen.items[i].entry.path.name for i in screen.shown]
        assert names == sorted(names, key=str.lower)  # the folder's order at first
        await pilot.press("ctrl+s")  # title
        titles = titles_shown(screen)
        assert titles == sorted(titles, key=str.casefold)
        await pilot.press("ctrl+r")
        assert titles_shown(screen) == sorted(titles, key=str.casefold, reverse=True)
        # click the Date header: newest first, undated last
        title_width = screen.flex_width() + 2 * screen.table.cell_padding
        await pilot.click("#list-table", offset=(title_width + 2, 0))
        assert screen.sort_column == "date"
        dates = [screen.items[i].info.published for i in screen.shown]  # type: ignore[union-attr]
        known = [d for d in dates if d is not None]
        assert known == sorted(known, reverse=True) and len(known) == len(expected)
        assert dates[len(known) :] == [None] * (len(dates) - len(known))
        assert "Date ▼" in str(screen.table.ordered_columns[1].label)
        await pilot.click("#list-table", offset=(title_width + 2, 0))  # again: oldest first
        assert screen.sort_reverse
        dates = [screen.items[i].info.published for i in screen.shown]  # type: ignore[union-attr]
        assert dates[: len(known)] == sorted(known)
        assert dates[len(known) :] == [None] * (len(dates) - len(known))  # still last
        await pilot.press("ctrl+s", "ctrl+s")  # language, then size
        assert screen.sort_column == "size"
        sizes = [screen.items[i].entry.size for i in screen.shown]
        assert sizes == sorted(sizes, reverse=True)
        assert str(screen.table.get_row_at(0)[3]) == human_size(sizes[0])


async def test_library_enter_posts_the_open_request_and_escape_goes_back(library) -> None:
    folder, expected = library
    screen = LibraryScreen(folder)
    app = Host(screen)
    async with app.run_test(size=SIZE) as pilot:
        await all_peeked(screen, pilot)
        await pilot.press(*"meldung 101")
        assert screen.table.row_count == 1
        await pilot.press("enter")
        await pilot.pause()
        assert len(app.opened) == 1
        request = app.opened[0]
        assert request.key == str(folder / "artikel-0101.txt")
        assert request.title == expected["artikel-0101.txt"][0]
        article = load_article(request.key)  # the key opens the article it names
        assert article.title == request.title
        await pilot.press("escape")  # clears the filter
        assert app.screen is screen
        await pilot.press("backspace")  # empty filter: back
        assert app.screen is not screen
        assert app.query_one("#under", Static)
        app.push_screen(screen)  # shown again: on the article it was left on
        await pilot.pause()
        assert app.screen is screen
        item = screen.current_item()
        assert item is not None and item.entry.path.name == "artikel-0101.txt"


async def test_library_of_a_missing_folder_is_an_error_for_the_host(tmp_path: Path) -> None:
    from tui.article.errors import ArticleError

    with pytest.raises(ArticleError, match="no such folder"):
        LibraryScreen(tmp_path / "nope")


async def test_library_keeps_the_cursor_on_its_article_when_resorted(library) -> None:
    folder, _ = library
    screen = LibraryScreen(folder)
    app = Host(screen)
    async with app.run_test(size=SIZE) as pilot:
        await all_peeked(screen, pilot)
        for _ in range(5):
            await pilot.press("down")
        chosen = screen.current_item()
        await pilot.press("ctrl+s")
        assert screen.current_item() is chosen
        await pilot.press("ctrl+r")
        assert screen.current_item() is chosen
        await pilot.resize_terminal(70, 20)
        await pilot.pause()
        assert screen.current_item() is chosen


# ---- feed ------------------------------------------------------------------------------

LONG = " ".join(["Der Text des Artikels steht vollständig im Feed."] * 10)


def make_rss(count: int) -> bytes:
    items = []
    for i in range(count):
        day = date(2024, 10, 1) + timedelta(days=i)
        if i % 4 == 0:  # teaser only, link to a closed local port: fetching must fail
            link = f"http://127.0.0.1:9/artikel/{i}"
            body = f"<description>Kurz: Meldung {i}</description>"
        else:
            host = ["www.tagesschau.example", "news.example.org", "zeit.example"][i % 3]
            link = f"https://{host}/artikel/{i}"
            body = (
                f"<description>Kurz {i}</description>"
                f"<content:encoded><![CDATA[<p>Meldung {i}. {LONG}</p>]]></content:encoded>"
            )
        items.append(
            f"<item><title>Meldung {i} &amp; mehr</title><link>{link}</link>"
            f"<pubDate>{day.strftime('%a, %d %b %Y')} 08:00:00 +0000</pubDate>{body}</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        "<channel><title>Testfeed</title><link>https://example.org/</link>"
        + "".join(items)
        + "</channel></rss>"
    ).encode()


@pytest.fixture
def feed_file(tmp_path: Path) -> Path:
    path = tmp_path / "feed.rss"
    path.write_bytes(make_rss(24))
    return path


async def test_feed_lists_entries_in_order_with_date_and_source(feed_file: Path) -> None:
    feed = parse_feed(feed_file.read_bytes())
    screen = FeedScreen(feed, location=str(feed_file))
    app = Host(screen)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert screen.table.row_count == 24
        first = [str(c) for c in screen.table.get_row_at(1)]
        assert first == ["Meldung 1 & mehr", "2024-10-02", "news.example.org"]
        assert str(screen.table.get_row_at(3)[2]) == "tagesschau.example"  # www. dropped
        assert "Testfeed" in str(screen.query_one("#list-title", Static).render())
        await pilot.press("ctrl+s", "ctrl+s")  # date, newest first
        assert str(screen.table.get_row_at(0)[1]) == "2024-10-24"
        await pilot.press(*"zeit")
        assert screen.table.row_count == 6  # i % 3 == 2, less the teasers (i % 4 == 0)


async def test_feed_enter_reads_the_entry_in_a_worker(feed_file: Path) -> None:
    feed = parse_feed(feed_file.read_bytes())
    screen = FeedScreen(feed, location=str(feed_file))
    app = Host(screen)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(app.opened) == 1
        request = app.opened[0]
        assert request.article is not None
        assert request.key == "https://news.example.org/artikel/1"
        assert "Meldung 1." in request.article.text
        assert "vollständig im Feed" in request.article.text
        assert request.article.published == date(2024, 10, 2)
        assert app.screen is screen  # the host decides when to leave the list


async def test_feed_entry_that_cannot_be_fetched_shows_why(feed_file: Path) -> None:
    feed = parse_feed(feed_file.read_bytes())
    screen = FeedScreen(feed, location=str(feed_file))
    app = Host(screen)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")  # entry 0: a teaser linking to a closed port
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.opened == []
        status = str(screen.query_one("#list-status", Static).render())
        assert status.startswith("cannot open:")
        assert screen.error
        await pilot.press("down", "enter")  # the list still works
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(app.opened) == 1


def test_entry_source_falls_back_to_author_then_feed() -> None:
    from tui.article.feed import FeedEntry

    assert entry_source(FeedEntry("t", "https://www.x.example/a", None, "", "")) == "x.example"
    assert entry_source(FeedEntry("t", "", None, "", "", author="Anna")) == "Anna"
    assert entry_source(FeedEntry("t", "", None, "", ""), "Feed") == "Feed"


# ---- bookmarks -------------------------------------------------------------------------


async def test_bookmarks_list_opens_at_the_mark_and_removes(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.add_bookmark("/news/a.txt", "Erster Artikel", 120)
    store.add_bookmark("https://example.org/b", "Second article", 0)
    store.add_bookmark("/news/c.txt", "Dritter Artikel", 5)
    screen = BookmarksScreen(store)
    app = Host(screen)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert titles_shown(screen) == ["Dritter Artikel", "Second article", "Erster Artikel"]
        assert str(screen.table.get_row_at(1)[1]) == "example.org/b"
        await pilot.press(*"erst", "enter")
        assert [(m.key, m.offset) for m in app.opened] == [("/news/a.txt", 120)]
        await pilot.press("escape", "delete")  # the cursor stayed on the opened one
        assert [b.key for b in open_store(tmp_path).bookmarks()] == [
            "/news/c.txt",
            "https://example.org/b",
        ]
        assert titles_shown(screen) == ["Dritter Artikel", "Second article"]
        # a mark made in another window shows when the list is shown again
        open_store(tmp_path).add_bookmark("/news/d.txt", "Vierter", 0)
        await pilot.press("escape")
        assert app.screen is not screen
        app.push_screen(screen)
        await pilot.pause()
        assert titles_shown(screen)[0] == "Vierter"


async def test_library_left_while_reading_titles_finishes_them_when_back(
    library, monkeypatch
) -> None:
    folder, _ = library
    real_peek = __import__("tui.article.library", fromlist=["peek"]).peek

    def slow_peek(path: Path) -> Peek:
        threading.Event().wait(0.005)
        return real_peek(path)

    monkeypatch.setattr("tui.app.library_screen.peek", slow_peek)
    screen = LibraryScreen(folder)
    app = Host(screen)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.1)
        await pilot.press("escape")  # left (and unmounted) while the worker reads
        await pilot.pause(0.1)
        assert app.screen is not screen
        left_at = screen.peeked
        assert 0 < left_at < 303
        app.push_screen(screen)
        await all_peeked(screen, pilot)
        assert all(item.info is not None for item in screen.items)
        assert screen.peeked == 303


async def test_library_reads_the_folder_again_on_f5(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    make_library(folder, 20)
    screen = LibraryScreen(folder)
    app = Host(screen)
    async with app.run_test(size=SIZE) as pilot:
        await all_peeked(screen, pilot)
        await pilot.press("down", "down")
        chosen = screen.current_item()
        assert chosen is not None
        (folder / "artikel-0000.txt").unlink()
        (folder / "zz-neu.txt").write_text("Ganz neuer Artikel\n\nDer Text ist neu und nicht alt.")
        (folder / "artikel-0001.txt").write_text("Geänderter Titel\n\nDer Text wurde geändert.")
        await pilot.press("f5")
        await all_peeked(screen, pilot)
        titles = titles_shown(screen)
        assert len(titles) == 20
        assert "Ganz neuer Artikel" in titles and "Geänderter Titel" in titles
        assert not any(t.endswith("report 0") for t in titles)
        assert screen.current_item() is not None
        assert screen.current_item().entry.path == chosen.entry.path  # type: ignore[union-attr]
        folder.rename(tmp_path / "moved")
        await pilot.press("f5")  # the folder is gone: a message, the list stays
        await pilot.pause()
        assert len(titles_shown(screen)) == 20
