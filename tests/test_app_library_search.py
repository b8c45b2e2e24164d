"""Pilot tests of the library search screen on real text: the realnews articles (German
Wikinews, CC BY 2.5, and English) indexed into the test's own library, searched by
entity and by words, from the article screen, a list screen and the command palette."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from library_fixtures import REALNEWS, GoldAnalyze, analysed, index_real_news
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from tui.app import ReaderApp
from tui.app.library_search import LibrarySearch, search_library

pytestmark = pytest.mark.anyio
SIZE = (120, 40)
ZIMBABWE = REALNEWS / "de" / "article_272.txt"
TRUMP_ARTICLES = {"article_188", "article_218", "article_336", "article_358"}


async def ready(app: ReaderApp, pilot: Pilot[int]) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


async def search(app: ReaderApp, pilot: Pilot[int], text: str) -> LibrarySearch:
    """Type `text` into the open search screen and wait for its answer."""
    screen = app.screen
    assert isinstance(screen, LibrarySearch)
    query = screen.query_one("#library-query", Input)
    query.value = ""
    await pilot.press(*text)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and (screen.found is None or screen.found.query != text):
        await pilot.pause(0.05)
        await ready(app, pilot)
    assert screen.found is not None and screen.found.query == text
    return screen


def reader() -> ReaderApp:
    """The reader on a real article; every article it opens gets its gold analysis."""
    article, _ = analysed(ZIMBABWE)
    return ReaderApp(article, analyze=GoldAnalyze())


def test_entity_and_text_search_of_real_articles() -> None:
    index_real_news("de", "en")
    found = search_library("Donald Trump")
    assert {Path(h.location).stem for h in found.entity} == TRUMP_ARTICLES
    assert all(h.first >= 0 for h in found.entity)
    words = search_library("Grönland")
    assert {Path(h.location).stem for h in words.text} >= {"article_218"}


@pytest.mark.parametrize(
    "text", ['"Trump', "Trump OR", "(Iran", "Iran*", "-Trump", "NEAR(Trump Iran)", "'; DROP"]
)
def test_query_syntax_is_searched_as_words_never_raises(text: str) -> None:
    index_real_news("de")
    found = search_library(text)
    assert found.error == ""


async def test_ctrl_f_searches_and_enter_opens_at_the_first_mention() -> None:
    index_real_news("de", "en")
    app = reader()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("ctrl+f")
        assert isinstance(app.screen, LibrarySearch)
        assert app.focused is app.screen.query_one("#library-query", Input)
        screen = await search(app, pilot, "Donald Trump")
        results = screen.query_one("#library-results", OptionList)
        ids = [o.id for o in results.options if o.id]
        assert len(ids) >= len(TRUMP_ARTICLES)
        summary = str(screen.query_one("#library-summary").render())
        assert summary.startswith("4 naming it as an entity")
        await pilot.press("enter")  # to the results, the first hit highlighted
        assert app.focused is results and results.highlighted is not None
        hit = screen.found.entity[0] if screen.found else None
        assert hit is not None
        await pilot.press("enter")
        await ready(app, pilot)
        assert app.screen is app.article_screen
        assert Path(app.article.path).resolve() == Path(hit.location)
        assert app.view.top_offset() <= hit.first <= app.view.bottom_offset()
        assert app.reading.focus_span is not None and app.reading.focus_span[0] == hit.first
        await pilot.press("H")
        await ready(app, pilot)
        assert Path(app.article.path) == ZIMBABWE


async def test_a_text_hit_opens_at_the_first_match_of_its_longest_word() -> None:
    index_real_news("de")
    app = reader()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("ctrl+f")
        screen = await search(app, pilot, "Grönland Kauf")  # words, no entity of that name
        assert screen.found is not None and not screen.found.entity and screen.found.text
        hit = screen.found.text[0]
        await pilot.press("enter", "enter")
        await ready(app, pilot)
        assert Path(app.article.path).resolve() == Path(hit.location)
        assert app.reading.search_query == "Grönland" and app.reading.matches
        assert app.reading.focus_span == app.reading.matches[0]
        assert "Match 1/" in app.status.plain


async def test_typing_narrows_and_bad_syntax_is_a_line_not_a_traceback() -> None:
    index_real_news("de")
    app = reader()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("ctrl+f")
        screen = await search(app, pilot, 'Iran" OR (')
        assert screen.found is not None and screen.found.error == ""
        screen = await search(app, pilot, "zzzqqq")
        assert str(screen.query_one("#library-summary").render()).startswith("0 naming")
        assert screen.query_one("#library-results", OptionList).option_count == 0
        await pilot.press("escape")
        assert app.screen is app.article_screen


async def test_a_broken_library_is_said_on_the_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.store.index import LibraryIndex

    def broken(*_: object, **__: object) -> None:
        raise OSError("database disk image is malformed")

    monkeypatch.setattr(LibraryIndex, "search_text", broken)
    app = reader()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("ctrl+f")
        screen = await search(app, pilot, "Iran")
        summary = str(screen.query_one("#library-summary").render())
        assert summary.startswith("The library cannot be searched") and "malformed" in summary


async def test_reachable_from_a_list_screen() -> None:
    index_real_news("de")
    from tui.app.library_screen import LibraryScreen

    app = ReaderApp(start=LibraryScreen(REALNEWS / "de"), analyze=GoldAnalyze())
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
        commands = [c.title for c in app.get_system_commands(app.screen)]
        assert commands.count("Search the library (text and entities)") == 1
        await pilot.press("ctrl+f")
        assert isinstance(app.screen, LibrarySearch)
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_in_the_command_palette() -> None:
    app = reader()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        commands = [c.title for c in app.get_system_commands(app.screen)]
        assert commands.count("Search the library (text and entities)") == 1
        assert "Entity card: its mentions here and in the library" in commands


class Recording:
    """An analysis client that only notes what it is asked to do ahead."""

    def __init__(self) -> None:
        self.asked: list[list[str]] = []

    def prefetch(self, paths: list[str], **_: object) -> None:
        self.asked.append(list(paths))


async def test_the_hits_around_the_cursor_are_analysed_ahead(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("tui.app.analysis_client.PREFETCH_DELAY", 0.01)
    index_real_news("de", "en")
    app = reader()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        recording = Recording()
        monkeypatch.setattr(app.article_screen, "client", recording)
        await pilot.press("ctrl+f")
        screen = await search(app, pilot, "Donald Trump")
        await pilot.press("enter")  # to the results, the first hit highlighted
        deadline = time.monotonic() + 10
        while not recording.asked and time.monotonic() < deadline:
            await pilot.pause(0.05)
        assert recording.asked, "nothing asked ahead"
        first = recording.asked[-1]
        hits = [h.location for h in screen._hits]
        assert first[0] == hits[0] and set(first) <= set(hits)
        assert all(Path(p).is_absolute() for p in first)
