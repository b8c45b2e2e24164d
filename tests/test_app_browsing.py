"""Pilot tests of browsing in the reader: library → article → back, history, bookmarks,
reading positions across restarts, feeds, and what `tui.app.run` opens.

Every app gets a fresh LIMELIGHT_DATA_DIR (conftest) and the hand-made analysis, so
no spaCy is loaded; the articles are copies of the repository's samples.
"""

from __future__ import annotations

import shutil
import webbrowser
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tui.app import ReaderApp, build_app
from tui.app.bookmarks_screen import BookmarksScreen
from tui.app.browsing import Session
from tui.app.feed_screen import FeedScreen
from tui.app.launch import USAGE
from tui.app.library_screen import LibraryScreen
from tui.app.list_screen import ListScreen
from tui.article import ArticleError
from tui.store.state import open_store

pytestmark = pytest.mark.anyio
SIZE = (120, 40)
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
NAMES = ["bahn-ausbau.de.md", "chip-plant.en.txt", "microsoft-openai.de.txt"]
TITLES = {
    "bahn-ausbau.de.md": "Bahn investiert Milliarden in das Schienennetz",
    "chip-plant.en.txt": "Chipmaker Delays Ohio Plant as Subsidies Stall",
    "microsoft-openai.de.txt": (
        "Microsoft überdenkt Investitionsstrategie nach Altmans Entlassung bei OpenAI"
    ),
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    library = tmp_path / "library"
    library.mkdir()
    for name in NAMES:
        shutil.copy(SAMPLES / name, library / name)
    return library


async def until(pilot: Pilot[int], condition: Callable[[], bool], seconds: float = 10) -> None:
    for _ in range(int(seconds / 0.02)):
        if condition():
            break
        await pilot.pause(0.02)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    assert condition()


def reading(app: ReaderApp, name: str) -> bool:
    return (
        app.has_article
        and Path(app.article.path).name == name
        and app.analysis is not None
        and not isinstance(app.screen, ListScreen)
    )


async def choose(pilot: Pilot[int], words: str, name: str) -> None:
    """In the list on screen: filter by `words`, Enter, wait until `name` is read."""
    app = pilot.app
    assert isinstance(app, ReaderApp) and isinstance(app.screen, ListScreen)
    screen = app.screen
    if isinstance(screen, LibraryScreen):
        await until(pilot, lambda: screen.peeked == len(screen.items))
    await pilot.press(*words)
    assert len(screen.shown) == 1, screen.shown
    await pilot.press("enter")
    await until(pilot, lambda: reading(app, name))


# ---- library ---------------------------------------------------------------------------


async def test_library_opens_an_article_and_escape_goes_back(folder, hand_made_analyze) -> None:
    library = LibraryScreen(folder)
    app = ReaderApp(start=library, analyze=hand_made_analyze)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: library.peeked == 3)
        assert app.screen is library and not app.has_article
        await pilot.press("escape")  # nothing under the start screen: it stays
        assert app.screen is library
        await pilot.press("tab")  # the reader's tab must not act under the list
        assert app.screen is library and library.table.has_focus
        await pilot.press("q", "question_mark", "G")  # reader keys: here they filter
        assert app.is_running and app.screen is library and library.filter == "q?G"
        await pilot.press("ctrl+u")
        await choose(pilot, "chip", "chip-plant.en.txt")
        assert app.title == TITLES["chip-plant.en.txt"]
        assert [Path(a.path).name for a in hand_made_analyze.calls] == ["chip-plant.en.txt"]
        assert app.view.has_focus
        await pilot.press("backspace")  # back to the list as it was left
        assert app.screen is library
        assert library.filter == "chip" and len(library.shown) == 1
        await pilot.press("escape", "escape")  # clear the filter, then back to the article
        assert not isinstance(app.screen, ListScreen)
        assert reading(app, "chip-plant.en.txt")
        await pilot.press("escape")  # nothing highlighted: escape also goes to the list
        assert app.screen is library and library.filter == ""
        await choose(pilot, "schienen", "bahn-ausbau.de.md")
        assert app.title == TITLES["bahn-ausbau.de.md"]
        # the new article starts afresh: its own sections, no entity or search state
        assert app.reading.current_entity is None and app.reading.search_query == ""
        assert [s.title for s in app.reading.sections] == [s.title for s in app.article.sections]
        assert len(hand_made_analyze.calls) == 2


async def test_backspace_on_a_file_lists_its_folder(folder, hand_made_analyze) -> None:
    from tui.article import load_article

    article = load_article(folder / "chip-plant.en.txt")
    app = ReaderApp(article, analyze=hand_made_analyze)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.analysis is not None)
        await pilot.press("backspace")
        screen = app.screen
        assert isinstance(screen, LibraryScreen) and screen.folder == folder
        assert screen.current_item() is not None
        assert screen.current_item().entry.path.name == "chip-plant.en.txt"  # type: ignore[union-attr]
        await pilot.press("escape")
        assert reading(app, "chip-plant.en.txt")


async def test_a_failed_open_is_a_message(folder, hand_made_analyze) -> None:
    library = LibraryScreen(folder)
    app = ReaderApp(start=library, analyze=hand_made_analyze)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: library.peeked == 3)
        (folder / "chip-plant.en.txt").write_bytes(bytes(range(256)) * 4)  # now binary
        await pilot.press(*"chip", "enter")
        await until(pilot, lambda: app.opening is None)
        assert app.screen is library and not app.has_article
        assert any("binary" in str(n.message) for n in app._notifications)
        assert app.is_running


# ---- history ---------------------------------------------------------------------------


async def test_back_and_forward_between_articles(folder, hand_made_analyze) -> None:
    library = LibraryScreen(folder)
    app = ReaderApp(start=library, analyze=hand_made_analyze)
    async with app.run_test(size=SIZE) as pilot:
        await choose(pilot, "chip", "chip-plant.en.txt")
        await pilot.press("backspace", "ctrl+u")
        await choose(pilot, "schienen", "bahn-ausbau.de.md")
        await pilot.press("backspace", "ctrl+u")
        await choose(pilot, "openai", "microsoft-openai.de.txt")
        await pilot.press("H")
        await until(pilot, lambda: reading(app, "bahn-ausbau.de.md"))
        await pilot.press("ctrl+o")
        await until(pilot, lambda: reading(app, "chip-plant.en.txt"))
        await pilot.press("H")
        await pilot.pause()
        assert "No earlier article" in app.status.plain
        await pilot.press("L")
        await until(pilot, lambda: reading(app, "bahn-ausbau.de.md"))
        await pilot.press("L")
        await until(pilot, lambda: reading(app, "microsoft-openai.de.txt"))
        await pilot.press("L")
        await pilot.pause()
        assert "No later article" in app.status.plain
        # a file deleted meanwhile: back skips it with a message and forgets it
        (folder / "bahn-ausbau.de.md").unlink()
        await pilot.press("H")
        await until(pilot, lambda: app.opening is None)
        assert reading(app, "microsoft-openai.de.txt")
        assert any("no such file" in str(n.message) for n in app._notifications)
        await pilot.press("H")
        await until(pilot, lambda: reading(app, "chip-plant.en.txt"))
        # opening another article from a list cuts the forward part
        await pilot.press("backspace", "ctrl+u")
        await choose(pilot, "openai", "microsoft-openai.de.txt")
        await pilot.press("L")
        await pilot.pause()
        assert "No later article" in app.status.plain
        # on a list, ctrl+o and tab belong to the list, not to the reader underneath
        await pilot.press("backspace", "ctrl+o", "tab")
        await pilot.pause()
        assert app.screen is library and app.opening is None
        assert reading(app, "microsoft-openai.de.txt") is False  # still on the list
        assert Path(app.article.path).name == "microsoft-openai.de.txt"


# ---- bookmarks and positions -------------------------------------------------------------


async def test_bookmark_toggle_and_the_bookmarks_screen(seed_article, hand_made_analyze) -> None:
    app = ReaderApp(seed_article, analyze=hand_made_analyze)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.analysis is not None)
        await pilot.press("right_curly_bracket", "right_curly_bracket")
        mark_at = app.view.top_offset()
        assert mark_at > 0
        await pilot.press("m")
        store = app.session.store
        assert [(b.title, b.offset) for b in store.bookmarks()] == [(seed_article.title, mark_at)]
        assert any("Bookmarked" in str(n.message) for n in app._notifications)
        assert "★" in app.status.plain
        await pilot.press("g", "B")
        screen = app.screen
        assert isinstance(screen, BookmarksScreen)
        assert [b.key for b in screen.items] == [str(Path(seed_article.path).absolute())]
        await pilot.press("enter")  # opens at the mark
        await until(pilot, lambda: not isinstance(app.screen, ListScreen) and app.opening is None)
        await until(pilot, lambda: app.view.top_offset() == mark_at)
        assert "★" in app.status.plain  # opened again: still marked
        await pilot.press("m")  # again: the mark goes
        assert store.bookmarks() == []
        assert "★" not in app.status.plain
        await pilot.press("B")
        assert isinstance(app.screen, BookmarksScreen) and app.screen.items == []
        await pilot.press("escape")
        assert not isinstance(app.screen, ListScreen)


async def test_reading_position_survives_a_restart(seed_article, hand_made_analyze) -> None:
    first = ReaderApp(seed_article, analyze=hand_made_analyze)
    async with first.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: first.analysis is not None)
        await pilot.press(*["right_curly_bracket"] * 3)
        where = first.view.top_offset()
        assert where > 1000
        await pilot.press("q")
    # another instance (another process would do the same), sharing the data folder
    second = ReaderApp(seed_article, analyze=hand_made_analyze, session=Session(open_store()))
    async with second.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: second.analysis is not None)
        await until(pilot, lambda: second.view.top_offset() == where)
        assert "§ 3/5" in second.status.plain
        await pilot.press("g")
        second.save_position()  # what the 5-second timer does
    assert open_store().position(seed_article_key(seed_article), seed_article.text) == 0


def seed_article_key(article) -> str:  # type: ignore[no-untyped-def]
    return str(Path(article.path).absolute())


# ---- feeds -----------------------------------------------------------------------------

ENTRY_TEXT = (
    "Die Regierung hat am Dienstag einen neuen Plan vorgestellt. Nach Angaben des "
    "Ministeriums soll das Vorhaben bis zum Ende des Jahres umgesetzt werden, und die "
    "Kosten werden auf mehrere Millionen Euro geschätzt. Kritiker sagen, dass der Plan "
    "nicht weit genug geht und die Zeit für die Umsetzung zu knapp ist."
)


def write_feed(path: Path) -> Path:
    items = "".join(
        f"<item><title>Meldung {i}</title><link>https://example.org/meldung-{i}</link>"
        f"<pubDate>Tue, 0{i} Oct 2024 10:00:00 GMT</pubDate>"
        f"<description><![CDATA[<p>{ENTRY_TEXT} Nummer {i}.</p><p>{ENTRY_TEXT}</p>]]>"
        "</description></item>"
        for i in range(1, 4)
    )
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Testfeed</title><link>https://example.org/</link>{items}</channel></rss>",
        encoding="utf-8",
    )
    return path


async def test_feed_entry_opens_and_escape_returns_to_the_feed(tmp_path, hand_made_analyze) -> None:
    feed = write_feed(tmp_path / "news.rss")
    app = build_app(str(feed), analyze=hand_made_analyze)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, FeedScreen) and len(screen.items) == 3
        feed_screen: FeedScreen = screen
        await pilot.press("down", "enter")
        await until(pilot, lambda: app.has_article and app.analysis is not None)
        assert not isinstance(app.screen, ListScreen)
        assert app.article.title == "Meldung 2"
        assert "Nummer 2" in app.article.text
        assert app.session.key == "https://example.org/meldung-2"
        await pilot.press("escape")
        assert app.screen is feed_screen
        assert feed_screen.current_item() is feed_screen.items[1]


async def test_back_to_a_feed_entry_shows_its_text_again_without_fetching(
    tmp_path, hand_made_analyze, monkeypatch
) -> None:
    feed = write_feed(tmp_path / "news.rss")
    fetched: list[str] = []

    def no_network(key: str, **kwargs: object) -> None:
        fetched.append(key)
        raise ArticleError(f"{key}: offline")

    monkeypatch.setattr("tui.app.reader.open_location", no_network)
    app = build_app(str(feed), analyze=hand_made_analyze)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await until(pilot, lambda: app.has_article and app.analysis is not None)
        await pilot.press("escape", "down", "enter")
        await until(pilot, lambda: app.article.title == "Meldung 2" and app.analysis is not None)
        await pilot.press("H")
        await until(pilot, lambda: app.article.title == "Meldung 1" and app.analysis is not None)
        assert "Nummer 1" in app.article.text
        await pilot.press("L")
        await until(pilot, lambda: app.article.title == "Meldung 2" and app.analysis is not None)
        assert fetched == []


async def test_feed_in_a_library_opens_above_it(folder, hand_made_analyze) -> None:
    write_feed(folder / "news.rss")
    library = LibraryScreen(folder)
    app = ReaderApp(start=library, analyze=hand_made_analyze)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: library.peeked == 4)
        await pilot.press(*"testfeed", "enter")
        await until(pilot, lambda: isinstance(app.screen, FeedScreen))
        feed_screen = app.screen
        await pilot.press("enter")
        await until(pilot, lambda: app.has_article and app.analysis is not None)
        assert app.article.title == "Meldung 1"
        assert app.trail == [library, feed_screen]
        await pilot.press("backspace")
        assert app.screen is feed_screen
        await pilot.press("escape")
        assert app.screen is library


# ---- the entry point -------------------------------------------------------------------


def test_run_refuses_what_cannot_be_opened(tmp_path, monkeypatch) -> None:
    with pytest.raises(ArticleError, match="no such file"):
        build_app(str(tmp_path / "missing.txt"))
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    with pytest.raises(ArticleError, match="binary"):
        build_app(str(tmp_path / "binary.txt"))
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(ArticleError, match="empty"):
        build_app(str(tmp_path / "empty.txt"))
    (tmp_path / "empty.rss").write_text(
        '<rss version="2.0"><channel><title>x</title></channel></rss>'
    )
    with pytest.raises(ArticleError, match="no entries"):
        build_app(str(tmp_path / "empty.rss"))
    with pytest.raises(ArticleError):
        build_app("http://127.0.0.1:9/nothing-listens-here")
    monkeypatch.chdir(tmp_path)  # no samples/ here and no library opened before
    with pytest.raises(ArticleError) as error:
        build_app(None)
    assert str(error.value) == USAGE


def test_run_without_a_target_opens_the_last_library(folder, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "samples").mkdir()
    (tmp_path / "samples" / "a.txt").write_text("A title\n\nSome text.\n")
    app = build_app(None)
    assert isinstance(app._start, LibraryScreen)
    assert app._start.folder == tmp_path / "samples"
    app = build_app(str(folder))
    assert open_store().last_library == str(folder)
    app = build_app(None)
    assert isinstance(app._start, LibraryScreen) and app._start.folder == folder
    app = build_app(str(folder / "chip-plant.en.txt"))
    assert app.has_article and app._start is None


# ---- the browser -------------------------------------------------------------------------


async def test_o_shows_the_link_when_only_a_console_browser_exists(
    seed_article, hand_made_analyze, monkeypatch
) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(webbrowser, "get", lambda *a: webbrowser.GenericBrowser("lynx"))

    def no_browser(*args: object, **kw: object) -> bool:
        raise AssertionError("a console browser must not be started")

    monkeypatch.setattr(webbrowser, "open", no_browser)
    app = ReaderApp(seed_article, analyze=hand_made_analyze)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.analysis is not None)
        await pilot.press("s", "o")
        await app.workers.wait_for_complete()
        links = app.article_screen.links
        assert links.shown_url is not None and links.shown_url.startswith("https://")
        assert links.last_opened is None
        assert any(n.message == links.shown_url for n in app._notifications)


def test_console_browser_detection(monkeypatch) -> None:
    from tui.app.links import console_browser

    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert console_browser()  # no display: anything started would be text-mode
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    for name, console in [("w3m", True), ("elinks", True), ("/usr/bin/links", True)]:
        monkeypatch.setattr(webbrowser, "get", lambda *a, n=name: webbrowser.GenericBrowser(n))
        assert console_browser() is console, name
    monkeypatch.setattr(webbrowser, "get", lambda *a: webbrowser.BackgroundBrowser("firefox"))
    assert not console_browser()

    def none(*a: object) -> webbrowser.BaseBrowser:
        raise webbrowser.Error("could not locate runnable browser")

    monkeypatch.setattr(webbrowser, "get", none)
    assert console_browser()


async def test_a_late_analysis_of_the_previous_article_is_dropped(folder) -> None:
    """Switching while the old article is still analysed: its result must not be shown."""
    import threading

    from conftest import make_seed_analysis  # type: ignore[import-not-found]

    release = threading.Event()
    asked: list[str] = []

    def analyze(article, *, progress=None):  # type: ignore[no-untyped-def]
        asked.append(Path(article.path).name)
        if article.path.endswith("microsoft-openai.de.txt"):
            release.wait(10)
        return make_seed_analysis(article)

    library = LibraryScreen(folder)
    app = ReaderApp(start=library, analyze=analyze)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: library.peeked == 3)
        await pilot.press(*"openai", "enter")
        for _ in range(250):  # (not `until`: it waits for every worker, the held one too)
            if app.has_article and not isinstance(app.screen, ListScreen):
                break
            await pilot.pause(0.02)
        assert app.has_article and app.analysis is None  # still analysing
        await pilot.press("backspace", "ctrl+u", *"chip", "enter")
        for _ in range(250):
            if Path(app.article.path).name == "chip-plant.en.txt" and app.analysis is not None:
                break
            await pilot.pause(0.02)
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        assert asked == ["microsoft-openai.de.txt", "chip-plant.en.txt"]
        assert Path(app.article.path).name == "chip-plant.en.txt"
        assert app.analysis is not None
        assert all(m.end <= len(app.article.text) for m, _ in app.mentions)
        assert not any(e.name == "Sam Altman" and e.mentions for e in app.analysis.entities)


def test_run_has_the_signature_the_cli_calls() -> None:
    import inspect

    from tui.app import run
    from tui.article.loader import DEFAULT_MAX_BYTES

    signature = inspect.signature(run)
    assert list(signature.parameters) == ["target", "lang", "width", "max_bytes", "use_cache"]
    assert signature.parameters["max_bytes"].default == DEFAULT_MAX_BYTES
    assert signature.parameters["use_cache"].default is True


def test_the_reader_runs_with_a_short_gil_switch_interval(folder, monkeypatch) -> None:
    """Frames reach the terminal while spaCy works in the analysis thread."""
    import sys

    from tui.app import launch

    seen: list[float] = []
    monkeypatch.setattr(ReaderApp, "run", lambda self: seen.append(sys.getswitchinterval()))
    before = sys.getswitchinterval()
    try:
        assert launch.run(str(folder / "chip-plant.en.txt")) == 0
    finally:
        sys.setswitchinterval(before)
    assert seen == [launch.GIL_SWITCH_SECONDS] and before > launch.GIL_SWITCH_SECONDS


async def test_a_slow_open_is_announced_and_the_list_stays_usable(
    folder, hand_made_analyze, monkeypatch
) -> None:
    import threading

    from tui.app import browsing

    release = threading.Event()
    real_open = browsing.open_location

    def slow_open(key: str, **kw):  # type: ignore[no-untyped-def]
        release.wait(10)
        return real_open(key, **kw)

    monkeypatch.setattr("tui.app.reader.open_location", slow_open)
    library = LibraryScreen(folder)
    app = ReaderApp(start=library, analyze=hand_made_analyze)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: library.peeked == 3)
        await pilot.press(*"chip", "enter")
        await pilot.pause(0.8)
        assert app.screen is library and app.opening is not None
        assert any("Opening chip-plant.en.txt" in str(n.message) for n in app._notifications)
        await pilot.press("backspace")  # the list still takes keys meanwhile
        assert library.filter == "chi"
        release.set()
        await until(pilot, lambda: reading(app, "chip-plant.en.txt"))


async def test_titles_with_brackets_are_shown_literally(tmp_path, hand_made_analyze) -> None:
    from tui.article import load_article

    path = tmp_path / "klammern.txt"
    path.write_text("[/b] Klammern [bold]im Titel\n\nEin kurzer Text über nichts.\n")
    app = ReaderApp(load_article(path), analyze=hand_made_analyze)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.analysis is not None)
        await pilot.press("m")  # the notification quotes the title: not markup
        await pilot.pause()
        assert any("[/b] Klammern [bold]im Titel" in str(n.message) for n in app._notifications)
        await pilot.press("B")
        assert isinstance(app.screen, BookmarksScreen)
        await pilot.press("delete")
        await pilot.pause()
        assert app.is_running and app.screen.items == []
