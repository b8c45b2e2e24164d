"""Linking attributions to the article's list of sources."""

from __future__ import annotations

import pytest

from tui.analysis.model import Fact
from tui.analysis.sources import link_sources, name_matches_source
from tui.article.model import Source

SOURCES = [
    Source(
        "The New York Times", "https://www.nytimes.com/2024/10/17/x.html", "nytimes.com", 500, 560
    ),
    Source("The New Yorker", "https://www.newyorker.com/magazine/x", "newyorker.com", 561, 600),
    Source("The Wall Street Journal", "https://www.wsj.com/tech/ai/x", "wsj.com", 601, 640),
    Source("GeekWire", "https://www.geekwire.com/2024/x/", "geekwire.com", 641, 680),
    Source("Swipe Insight", "https://web.swipeinsight.app/posts/x", "swipeinsight.app", 681, 700),
    Source("Wikipedia", "https://en.wikipedia.org/wiki/X", "wikipedia.org", -1, -1),
    Source("BBC News", "https://www.bbc.co.uk/news/x", "bbc.co.uk", 701, 720),
    Source("Handelsblatt", "https://www.handelsblatt.com/x", "handelsblatt.com", 721, 740),
]

MATCHES = [
    ("New York Times", "The New York Times"),
    ("NYT", "The New York Times"),
    ("the New York Times", "The New York Times"),
    ("New York Times'", "The New York Times"),
    ("New Yorker", "The New Yorker"),
    ("Wall Street Journal", "The Wall Street Journal"),
    ("WSJ", "The Wall Street Journal"),
    ("GeekWire", "GeekWire"),
    ("Geekwire", "GeekWire"),
    ("Swipe Insight", "Swipe Insight"),
    ("BBC", "BBC News"),
    ("Handelsblatts", "Handelsblatt"),
]
NO_MATCH = ["Sam Altman", "Microsoft", "Reuters", "Times", "New York", "Journal of Finance"]


@pytest.mark.parametrize(("name", "label"), MATCHES)
def test_outlet_names_match_their_entry(name: str, label: str) -> None:
    assert [s.label for s in SOURCES if name_matches_source(name, s)] == [label]


@pytest.mark.parametrize("name", NO_MATCH)
def test_other_names_match_nothing(name: str) -> None:
    assert [s.label for s in SOURCES if name_matches_source(name, s)] == []


def test_generic_matching_without_the_outlet_list() -> None:
    # no entry for these in the outlet list: acronym, squeezed name and domain do the work
    acme = Source("Acme Daily News", "https://www.acmedailynews.example/x", "", -1, -1)
    ft = Source("Frankfurter Tageblatt", "https://www.ft-example.de/x", "", -1, -1)
    assert name_matches_source("Acme Daily News", acme)
    assert name_matches_source("ADN", acme)
    assert not name_matches_source("Acme", acme)
    assert name_matches_source("Frankfurter Tageblatt", ft)


def _att(start: int, text: str, speaker: str, **extra: str) -> Fact:
    return Fact("attribution", start, start + len(text), text, speaker=speaker, extra=dict(extra))


def test_link_sources_sets_urls_and_sorted_citations() -> None:
    facts = [
        Fact("money", 5, 10, "4 Mrd", value=4e9, unit="USD"),
        _att(300, "sagt der NYT", "Sam Altman", outlet="New York Times", recipient="NYT"),
        _att(100, "Laut der New York Times", "New York Times", outlet="New York Times"),
        _att(200, "berichtet das Wall Street Journal", "Wall Street Journal"),
        _att(250, "sagte Nadella", "Satya Nadella"),
    ]
    linked, cited = link_sources(facts, SOURCES, "x" * 800)
    assert [f.source_url for f in linked] == [
        None,
        SOURCES[0].url,
        SOURCES[0].url,
        SOURCES[2].url,
        None,
    ]
    assert linked[0] is facts[0]
    by_label = {c.label: c for c in cited}
    assert [c.label for c in cited] == [s.label for s in SOURCES]
    assert by_label["The New York Times"].cited_at == (100, 300, 500)
    assert by_label["The Wall Street Journal"].cited_at == (200, 601)
    assert by_label["Wikipedia"].cited_at == ()  # not cited and not placed in the text
    assert by_label["GeekWire"].cited_at == (641,)
    assert by_label["The New York Times"].url == SOURCES[0].url


def test_no_sources_no_links() -> None:
    facts = [_att(0, "laut Reuters", "Reuters", outlet="Reuters")]
    linked, cited = link_sources(facts, [], "laut Reuters")
    assert linked == facts and cited == []


def test_same_page_linked_inline_and_in_the_list() -> None:
    url = "https://www.deutschebahn.com/de/presse"
    sources = [
        Source("Deutschen Bahn", url, "deutschebahn.com", 476, 490),
        Source("Deutsche Bahn", url, "deutschebahn.com", 1074, 1120),
    ]
    facts = [_att(459, "Nach Angaben der Deutschen Bahn", "Deutschen Bahn")]
    linked, cited = link_sources(facts, sources, "x" * 1200)
    assert linked[0].source_url == url
    assert [c.cited_at for c in cited] == [(459, 476), (459, 1074)]
