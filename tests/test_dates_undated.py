"""Dates an undated article leaves open: their own group in the Dates tab, no year
invented on the timeline, and the anchor the analysis JSON names for each value."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis.model import Analysis, DateMention
from tui.app import ReaderApp, precomputed
from tui.app.timeline import build_timeline, describe, describe_set
from tui.article import load_article, parse_text

REALNEWS = Path(__file__).parent / "data" / "realnews"


def test_describe_says_what_the_article_leaves_open() -> None:
    assert describe("XXXX-WXX-5") == "Friday — date not given"
    assert describe("XXXX-WXX-5TNI") == "Friday night — date not given"
    assert describe("XXXX-05") == "May, year not given"
    assert describe("XXXX-SP") == "spring, year not given"
    assert describe("XXXX-XX-XXT22:30") == "22:30, day not given"
    assert describe("2023-11") == "Nov 2023"
    assert describe_set("P1Y") == "every year"
    assert describe_set("P2W") == "every 2 weeks"
    assert describe_set("XXXX-WI") == "every winter"
    assert describe_set("XXXX-WXX-1") == "every Monday"
    assert describe_set("XXXX-XX-XXTMO") == "every morning"


def test_timeline_never_places_an_open_date_on_a_year() -> None:
    dates = [
        DateMention(0, 6, "Friday", "XXXX-WXX-5", "day"),
        DateMention(10, 14, "2005", "2005", "year"),
        DateMention(20, 28, "recently", "PAST_REF", "ref"),
        DateMention(30, 33, "May", "XXXX-05", "month"),
    ]
    timeline = build_timeline(dates)
    assert [g.value for g in timeline.points] == ["2005"]
    assert [g.value for g in timeline.vague] == ["XXXX-WXX-5", "XXXX-05", "PAST_REF"]
    assert [g.undated for g in timeline.vague] == [True, True, False]


@pytest.mark.anyio
async def test_dates_tab_groups_dates_not_given_apart() -> None:
    article = parse_text(
        "Talks\n\nThe minister resigned on Friday. Sales fell in May and recently."
    )
    text = article.text

    def at(word: str, value: str, gran: str) -> DateMention:
        start = text.index(word)
        return DateMention(start, start + len(word), word, value, gran)

    analysis = Analysis(
        language="en",
        model="test",
        dates=[
            at("Friday", "XXXX-WXX-5", "day"),
            at("May", "XXXX-05", "month"),
            at("recently", "PAST_REF", "ref"),
        ],
    )
    app = ReaderApp(article, analyze=precomputed(analysis))
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("3")
        await pilot.pause()
        options = app.article_screen.sidebar.active_list().options
        rows = [str(o.prompt) for o in options]
        assert rows[0].startswith("Date not given")
        assert rows[1].startswith("Friday — date not given")
        assert rows[2].startswith("May, year not given")
        assert rows[3].startswith("Vague and relative")
        assert not any(row[:4].isdigit() for row in rows)


@pytest.mark.slow
def test_json_names_the_anchor_of_each_value() -> None:
    from tui.analysis.analyzer import analyze
    from tui.analysis.report import to_document

    article = load_article(REALNEWS / "de" / "article_292.txt")  # no date line
    doc = to_document(article, analyze(article, use_cache=False))
    by_text = {d["text"]: d for d in doc["dates"]}
    assert doc["published"] is None
    march = by_text["5. März"]
    assert march["value"] == "2021-03-05"
    assert march["anchor"]["text"] == "Donnerstag, 25. Februar 2021, um 10:00 Uhr"
    assert by_text["3. Juli 2020"]["anchor"] is None

    dated = load_article(REALNEWS / "de" / "article_218.txt")
    doc = to_document(dated, analyze(dated, use_cache=False))
    sunday = next(d for d in doc["dates"] if d["text"] == "Sonntag")
    assert (sunday["value"], sunday["anchor"]) == ("2019-08-18", "published")
