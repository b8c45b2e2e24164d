"""Pilot tests of the entity card on real text: the German Wikinews articles of
tests/data/realnews (CC BY 2.5) with their gold entities, indexed into the test's own
library (LIMELIGHT_DATA_DIR, see conftest.py) through the reader's own indexing path."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from library_fixtures import REALNEWS, GoldAnalyze, analysed, index_real_news
from textual.pilot import Pilot
from textual.widgets import OptionList, Sparkline

from tui.analysis.model import Analysis, DateMention, Entity, Fact, Mention
from tui.app import ReaderApp, precomputed
from tui.app.card_data import card_data, kwic, month_series, sentence_spans
from tui.app.entity_card import EntityCard
from tui.app.reading import Reading, Step
from tui.app.scroll_marks import MarkedScrollBarRender
from tui.article.model import Article
from tui.library.jobs import location_of
from tui.store.index import LibraryIndex, MonthCount

pytestmark = pytest.mark.anyio
SIZE = (120, 40)
GREENLAND = REALNEWS / "de" / "article_218.txt"  # Trump cancels his visit to Denmark
TRUMP_ARTICLES = {"article_188", "article_218", "article_336", "article_358"}


async def ready(app: ReaderApp, pilot: Pilot[int]) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


def make_current(app: ReaderApp, name: str) -> int:
    """Walk to the entity's first mention, as ] or a click would."""
    reading = app.reading
    assert reading.analysis is not None
    entity = next(i for i, e in enumerate(reading.analysis.entities) if e.name == name)
    app.article_screen.go(Step(reading.mention_place(reading.entity_mentions[entity][0])))
    return entity


def option_ids(app: ReaderApp) -> list[str]:
    return [o.id or "" for o in app.screen.query_one("#card-list", OptionList).options]


async def open_card(app: ReaderApp, pilot: Pilot[int], key: str = "e") -> EntityCard:
    """Press `key`, then wait for the card and its library part (a worker's)."""
    await pilot.press(key)
    await ready(app, pilot)
    card = app.screen
    assert isinstance(card, EntityCard)
    deadline = time.monotonic() + 10
    while card.library is None and time.monotonic() < deadline:
        await pilot.pause(0.02)
        await ready(app, pilot)
    return card


# ---- the card's data, without an app ---------------------------------------------------


def test_keyword_in_context_cuts_both_sides_to_width() -> None:
    text = "Der amerikanische Präsident Donald Trump hat\nseinen Staatsbesuch abgesagt."
    start = text.index("Donald Trump")
    left, word, right = kwic(text, start, start + len("Donald Trump"), side=12)
    assert word == "Donald Trump"
    assert len(left) == 12 and left.endswith("Präsident ")
    assert right == " hat seinen " and "\n" not in right


def test_sentences_around_mentions_and_months_without_gaps() -> None:
    text = "Eins ist gut. Zwei ist besser! Drei.\nVier"
    assert sentence_spans(text, [text.index("Zwei")]) == [(14, 31)]
    series, first, last = month_series([MonthCount("2019-11", 2, 3), MonthCount("2020-02", 1, 1)])
    assert (series, first, last) == ([2.0, 0.0, 0.0, 1.0], "2019-11", "2020-02")


def test_roles_are_the_entitys_own_the_rest_are_facts_of_its_sentences() -> None:
    text = "OpenAI-CEO Sam Altman traf Microsoft-CEO Satya Nadella am Montag. Sonst nichts."
    altman, nadella = text.index("Sam Altman"), text.index("Satya Nadella")
    monday = text.index("am Montag")

    def role(start: int, person: str, org: str) -> Fact:
        end = text.index(person) + len(person)
        return Fact(
            "role", start, end, text[start:end], role="CEO", person=person, organisation=org
        )

    facts = [
        role(0, "Sam Altman", "OpenAI"),
        role(text.index("Microsoft"), "Satya Nadella", "Microsoft"),
    ]
    entities = [
        Entity("Sam Altman", "PER", [Mention(altman, altman + 10, "Sam Altman")]),
        Entity("Satya Nadella", "PER", [Mention(nadella, nadella + 13, "Satya Nadella")]),
    ]
    dates = [DateMention(monday, monday + 9, "am Montag", "2024-10-07", "day")]
    reading = Reading(Article(text, [], title="t"))
    reading.set_analysis(Analysis("de", "hand-made", entities, dates, facts, []))
    notes = card_data(reading, 0).notes
    assert [(n.kind, n.text) for n in notes] == [
        ("role", "CEO · OpenAI: OpenAI-CEO Sam Altman"),
        ("fact", "role: Microsoft-CEO Satya Nadella"),
        ("date", "am Montag = 2024-10-07"),
    ]


def test_card_data_of_a_real_article() -> None:
    article, analysis = analysed(GREENLAND)
    reading = Reading(article)
    reading.set_analysis(analysis)
    trump = next(i for i, e in enumerate(analysis.entities) if e.name == "Donald Trump")
    data = card_data(reading, trump)
    assert len(data.mentions) == len(analysis.entities[trump].mentions) >= 5
    assert {k.word for k in data.mentions} >= {"Donald Trump", "Trump", "Trumps"}
    assert sum(data.strip) == len(data.mentions)
    assert sum(data.strip[:6]) > 0  # named in the first lines


# ---- the card in the reader --------------------------------------------------------------


async def test_card_lists_mentions_in_context_and_enter_jumps() -> None:
    index_real_news("de")
    article, _ = analysed(GREENLAND)
    app = ReaderApp(article, analyze=GoldAnalyze())
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        entity = make_current(app, "Donald Trump")
        await pilot.pause()
        card = await open_card(app, pilot)
        own = app.reading.entity_mentions[entity]
        mention_ids = [i for i in option_ids(app) if i.startswith("mention-")]
        assert mention_ids == [f"mention-{i}" for i in own]
        strip = card.query_one("#card-strip", Sparkline)
        assert sum(strip.data or []) == len(own)
        prompts = [str(o.prompt) for o in card.query_one("#card-list", OptionList).options]
        assert any("Präsident  Donald Trump  hat" in p for p in prompts)
        # Enter on the third mention: the card closes and the reader is there
        card_list = card.query_one("#card-list", OptionList)
        card_list.highlighted = card_list.get_option_index(f"mention-{own[2]}")
        await pilot.press("enter")
        await ready(app, pilot)
        assert app.screen is app.article_screen
        mention = app.reading.mentions[own[2]][0]
        assert app.reading.focus_span == (mention.start, mention.end)
        assert app.view.is_visible(mention.start, mention.end)
        assert f"({3}/{len(own)})" in app.status.plain


async def test_card_shows_the_other_articles_and_opens_one_at_its_first_mention() -> None:
    index_real_news("de", "en")
    article, _ = analysed(GREENLAND)
    app = ReaderApp(article, analyze=GoldAnalyze())
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        make_current(app, "Donald Trump")
        card = await open_card(app, pilot)
        assert card.library is not None and not card.library.error
        others = {Path(h.location).stem for h in card.library.hits}
        assert others == TRUMP_ARTICLES - {"article_218"}  # not this one, nothing else
        assert [h.mentions for h in card.library.hits] == sorted(
            (h.mentions for h in card.library.hits), reverse=True
        )
        months = card.query_one("#card-months", Sparkline).data or []
        assert months == [1.0, 0.0, 2.0, 1.0]  # all four (this one too), 2019-06 … 09
        assert "naming it per month, 2019-06 … 2019-09" in str(
            card.query_one("#card-months-caption").render()
        )
        first = card.library.hits[0]
        card_list = card.query_one("#card-list", OptionList)
        card_list.highlighted = card_list.get_option_index("article-0")
        await pilot.press("enter")
        await ready(app, pilot)
        assert app.article.path and Path(app.article.path).resolve() == Path(first.location)
        text = app.article.text
        assert text[first.first : first.first + 5] in ("Donal", "Trump")
        assert app.view.top_offset() <= first.first <= app.view.bottom_offset()
        assert app.reading.focus_span is not None and app.reading.focus_span[0] == first.first
        assert "Trump" in app.status.plain  # the mention is the place, its entity current
        await pilot.press("H")  # back returns
        await ready(app, pilot)
        assert app.article.path == article.path


async def test_sidebar_right_opens_the_card_of_the_highlighted_entity() -> None:
    article, analysis = analysed(GREENLAND)
    app = ReaderApp(article, analyze=precomputed(analysis))
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("tab")
        entity_list = app.query_one("#entity-list", OptionList)
        denmark = next(i for i, e in enumerate(analysis.entities) if e.name == "Dänemark")
        entity_list.highlighted = entity_list.get_option_index(f"entity-{denmark}")
        card = await open_card(app, pilot, "right")
        assert card.data.name == "Dänemark"
        assert card.library is not None and card.library.hits == []  # nothing indexed yet
        caption = str(card.query_one("#card-months-caption").render())
        assert "no other article names it" in caption and "all of them" not in caption
        await pilot.press("escape")
        assert app.screen is app.article_screen


async def test_library_search_from_the_card_closes_it_first() -> None:
    index_real_news("de")
    article, analysis = analysed(GREENLAND)
    app = ReaderApp(article, analyze=precomputed(analysis))
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        make_current(app, "Donald Trump")
        await open_card(app, pilot)
        await pilot.press("ctrl+f")
        assert type(app.screen).__name__ == "LibrarySearch"
        assert not any(isinstance(s, EntityCard) for s in app.screen_stack)


async def test_no_current_entity_is_a_message_and_the_library_error_a_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article, analysis = analysed(GREENLAND)
    app = ReaderApp(article, analyze=precomputed(analysis))
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        assert app.screen is app.article_screen
        assert "No current entity" in app.status.plain

        def broken(*_: object, **__: object) -> None:
            raise OSError("disk I/O error")

        monkeypatch.setattr(LibraryIndex, "search_entity", broken)
        make_current(app, "Donald Trump")
        card = await open_card(app, pilot)
        assert card.library is not None and "disk I/O error" in card.library.error
        prompts = [str(o.prompt) for o in card.query_one("#card-list", OptionList).options]
        assert any(p.startswith("The library cannot be read") for p in prompts)


async def test_the_reader_indexes_what_it_opens() -> None:
    article, analysis = analysed(GREENLAND)
    app = ReaderApp(article, analyze=precomputed(analysis))
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
    index = LibraryIndex()
    assert index.indexed_hash(location_of(article)) is not None
    hits = index.search_entity("Donald Trump")
    assert [Path(h.location).name for h in hits] == ["article_218.txt"]


async def test_scrollbar_marks_follow_the_current_entity() -> None:
    article, analysis = analysed(GREENLAND)
    app = ReaderApp(article, analyze=precomputed(analysis))
    async with app.run_test(size=(90, 16)) as pilot:  # short: the article scrolls
        await ready(app, pilot)
        bar = app.view.vertical_scrollbar
        assert not issubclass(bar.renderer, MarkedScrollBarRender)
        entity = make_current(app, "Donald Trump")
        await pilot.pause()
        assert issubclass(bar.renderer, MarkedScrollBarRender)
        marks = bar.renderer.marks
        assert 1 <= len(marks) <= len(app.reading.entity_mentions[entity])
        assert all(0 <= m < 1 for m in marks) and marks[0] < 0.2
        # the marks are painted: the mark glyph in the scrollbar's column
        lines = app.export_screenshot()
        assert "━" in re.sub(r"<[^>]+>", "", lines)
        await pilot.press("escape")  # clears the focus; the entity stays current
        assert issubclass(bar.renderer, MarkedScrollBarRender)


async def test_card_opens_again_after_escape() -> None:
    article, analysis = analysed(GREENLAND)
    app = ReaderApp(article, analyze=precomputed(analysis))
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        make_current(app, "Donald Trump")
        await open_card(app, pilot)  # the first: imports and CSS
        await pilot.press("escape")
        await pilot.press("e")
        assert isinstance(app.screen, EntityCard)  # its time: `limelight bench --only card`
