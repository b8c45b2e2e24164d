"""The reading model without an app: every walk forward, backward and around the ends,
on an empty article, with boilerplate hidden, and with a match inside hidden text.

`anchor` is what the screen passes: the start of the focused span while it is on
screen, else the offset before the top row (forward) or after the bottom row (back).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from tui.analysis.model import Analysis, CitedSource, DateMention, Entity, Fact, Mention
from tui.app.reading import Place, Reading, Step, find_matches
from tui.article.model import Article, Block, BlockKind, Source

BEFORE_TOP = -1  # anchor of a walk forward from the top of the article


def build(*parts: tuple[BlockKind, str, bool]) -> Article:
    """An article of blocks (kind, text, boilerplate) separated by blank lines."""
    text, blocks = "", []
    for kind, body, boilerplate in parts:
        if text:
            text += "\n\n"
        blocks.append(Block(kind, len(text), len(text) + len(body), boilerplate=boilerplate))
        text += body
    return Article(text, blocks, title="Test", language="en")


P, H = BlockKind.PARAGRAPH, BlockKind.HEADING
ARTICLE = build(
    (BlockKind.TITLE, "Acme buys Globex", False),
    (P, "Acme met Globex in Berlin in March 2024. Acme paid.", False),
    (H, "Money", False),
    (P, "Globex said the price was fair, according to Reuters.", False),
    (P, "Subscribe to Acme news today.", True),
    (H, "Later", False),
    (P, "In 2025 Acme moved to Berlin.", False),
)


def spans(article: Article, word: str) -> list[tuple[int, int]]:
    """Where `word` stands outside boilerplate (what a real analysis would find)."""
    hidden = [(b.start, b.end) for b in article.blocks if b.boilerplate]
    return [
        m
        for m in find_matches(article.text, word)
        if not any(s <= m[0] < e for s, e in hidden)
        and article.text[m[0] : m[1]] == word  # the names are capitalised
    ]


def entity(article: Article, name: str, label: str) -> Entity:
    return Entity(name, label, [Mention(s, e, name) for s, e in spans(article, name)])


NAMES = [("Acme", "ORG"), ("Globex", "ORG"), ("Berlin", "LOC")]


def analysis_of(article: Article) -> Analysis:
    dates = [
        DateMention(s, e, article.text[s:e], value, "year", None)
        for text, value in (("March 2024", "2024-03"), ("2025", "2025"))
        for s, e in spans(article, text)
    ]
    reuters = spans(article, "Reuters")[0][0]
    fair = spans(article, "fair")[0]
    return Analysis(
        "en",
        "hand-made",
        [entity(article, name, label) for name, label in NAMES],
        dates,
        [Fact("quote", fair[0], fair[1], "fair")],
        [CitedSource("Reuters", "https://www.reuters.com/", "reuters.com", (reuters,))],
    )


@pytest.fixture
def reading() -> Reading:
    r = Reading(ARTICLE)
    r.set_analysis(analysis_of(ARTICLE))
    return r


def walk(step: Step, reading: Reading) -> Place:
    """Go where `step` says (as the screen does) and return the place."""
    assert step.place is not None, step.message
    reading.arrive(step.place)
    return step.place


def text_at(reading: Reading, place: Place) -> str:
    return reading.article.text[place.span[0] : place.span[1]]


# ---- mentions ----------------------------------------------------------------------------


def test_mentions_forward_in_text_order_then_no_more(reading: Reading) -> None:
    order = [m.text for m, _ in reading.mentions]
    seen, anchor = [], BEFORE_TOP
    for _ in order:
        place = walk(reading.mention_step(True, anchor), reading)
        seen.append(text_at(reading, place))
        anchor = place.span[0]
    # the title's two, then the body's (not the one in the boilerplate)
    a, g, b = "Acme", "Globex", "Berlin"
    assert seen == order == [a, g, a, g, b, a, g, a, b]
    assert reading.current_mention == len(order) - 1
    assert reading.mention_step(True, anchor) == Step(message="No more entities")


def test_mentions_backward_from_the_bottom_then_no_earlier(reading: Reading) -> None:
    anchor = len(reading.article.text)
    place = walk(reading.mention_step(False, anchor), reading)
    assert place.index == len(reading.mentions) - 1 and text_at(reading, place) == "Berlin"
    for i in range(len(reading.mentions) - 2, -1, -1):
        place = walk(reading.mention_step(False, place.span[0]), reading)
        assert place.index == i
    assert reading.mention_step(False, place.span[0]) == Step(message="No earlier entities")


def test_a_mention_makes_its_entity_current_and_the_status_counts_it(reading: Reading) -> None:
    walk(reading.mention_step(True, BEFORE_TOP), reading)
    place = walk(reading.mention_step(True, reading.focus_span[0]), reading)  # type: ignore[index]
    assert place.kind == "entity" and place.entity == 1  # Globex
    assert reading.current_entity == 1
    assert reading.describe() == ("Entity 2/9 Globex (1/3)", "ORG")


def test_same_entity_walks_stay_on_one_entity(reading: Reading) -> None:
    assert reading.same_entity_step(True, BEFORE_TOP).message == "No current entity: press ] first"
    place = walk(reading.mention_step(True, BEFORE_TOP), reading)  # Acme
    starts = []
    while (step := reading.same_entity_step(True, place.span[0])).place is not None:
        place = walk(step, reading)
        starts.append(place.span[0])
    assert [reading.article.text[s : s + 4] for s in starts] == ["Acme"] * 3
    assert step.message == "No more mentions of Acme"
    assert reading.describe()[0].endswith("Acme (4/4)")
    back = walk(reading.same_entity_step(False, place.span[0]), reading)
    assert back.span[0] == starts[1] and reading.describe()[0].endswith("(3/4)")


def test_walks_over_the_analysis_wait_for_it() -> None:
    reading = Reading(ARTICLE)
    for step in (reading.mention_step, reading.same_entity_step, reading.date_step):
        assert step(True, BEFORE_TOP) == Step(message="Still analysing…")
    assert reading.citation_step(True, BEFORE_TOP) == Step(message="Still analysing…")
    assert reading.describe() == ("Analysing…", "")
    reading.analysis_error = "no model"
    assert reading.mention_step(False, 0) == Step(message="No highlights: no model")
    assert reading.citation_step(True, BEFORE_TOP) == Step(message="No source citations found")
    assert reading.describe() == ("No highlights: no model", "")


# ---- sections ----------------------------------------------------------------------------


def test_sections_forward_put_the_heading_on_top_unmarked(reading: Reading) -> None:
    first = walk(reading.section_step(True, BEFORE_TOP), reading)
    assert text_at(reading, first) == "Money" and first.top and not first.paint
    second = walk(reading.section_step(True, first.span[0]), reading)
    assert text_at(reading, second) == "Later"
    assert reading.section_step(True, second.span[0]) == Step(message="No more sections")
    assert reading.section_status(second.span[0]) == "§ 2/2 Later"


def test_sections_backward_go_to_their_own_heading_first(reading: Reading) -> None:
    inside_later = reading.article.text.index("In 2025")
    own = walk(reading.section_step(False, inside_later), reading)
    assert text_at(reading, own) == "Later"
    previous = walk(reading.section_step(False, own.span[0]), reading)
    assert text_at(reading, previous) == "Money"
    assert reading.section_step(False, previous.span[0]) == Step(message="No earlier sections")
    assert reading.section_status(0) == "§ –/2"


# ---- sources and dates -------------------------------------------------------------------


def test_citations_forward_backward_and_the_open_link(reading: Reading) -> None:
    assert reading.focused_url() is None
    place = walk(reading.citation_step(True, BEFORE_TOP), reading)
    assert text_at(reading, place) == "Reuters" and place.select == ("source", 0)
    assert reading.focused_url() == "https://www.reuters.com/"
    assert reading.describe()[0] == "Source 1/1 reuters.com · o opens"
    assert reading.citation_step(True, place.span[0]).message == "No more source citations"
    assert reading.citation_step(False, place.span[0]).message == "No earlier source citations"
    assert walk(reading.citation_step(False, len(ARTICLE.text)), reading) == place


def test_an_article_source_list_is_walked_before_any_analysis() -> None:
    text = "Body.\n\n- Reuters: https://www.reuters.com/x"
    start = text.index("- Reuters")
    article = Article(
        text,
        [Block(P, 0, 5), Block(BlockKind.LIST_ITEM, start, len(text), in_sources=True)],
        sources=[Source("Reuters", "https://www.reuters.com/x", "reuters.com", start, len(text))],
    )
    reading = Reading(article)
    place = walk(reading.citation_step(True, BEFORE_TOP), reading)
    assert place.span == (start, len(text))


def test_dates_forward_backward_and_their_timeline_group(reading: Reading) -> None:
    first = walk(reading.date_step(True, BEFORE_TOP), reading)
    assert text_at(reading, first) == "March 2024" and first.select == ("date", 0)
    second = walk(reading.date_step(True, first.span[0]), reading)
    assert text_at(reading, second) == "2025" and reading.current_date == 1
    assert reading.describe()[0] == "Date 2/2 2025 = 2025"
    assert reading.date_step(True, second.span[0]).message == "No more dates"
    assert walk(reading.date_step(False, second.span[0]), reading) == first
    assert reading.date_step(False, first.span[0]).message == "No earlier dates"


# ---- search ------------------------------------------------------------------------------


def test_search_walks_wrap_around_both_ends(reading: Reading) -> None:
    reading.search("globex", hide_boilerplate=False)
    assert len(reading.matches) == 3  # the title's, the first paragraph's, the second's
    last = reading.matches[-1][0]
    first = walk(reading.match_step(True, BEFORE_TOP, announce=True), reading)
    assert first.index == 0
    step = reading.match_step(True, last)
    assert step.place is not None and step.place.index == 0
    assert step.message == "Search wrapped to the top: Match 1/3 for “globex”"
    step = reading.match_step(False, reading.matches[0][0])
    assert step.place is not None and step.place.index == 2
    assert step.message == "Search wrapped to the bottom: Match 3/3 for “globex”"
    middle = reading.match_step(True, reading.matches[0][0])
    assert middle.message == "" and middle.place is not None and middle.place.index == 1
    announced = reading.match_step(True, reading.matches[0][0], announce=True)
    assert announced.message == "Match 2/3 for “globex”"


def test_search_without_query_or_matches_says_so(reading: Reading) -> None:
    assert reading.match_step(True, 0) == Step(message="No search: press / to search")
    reading.search("Zeppelin", hide_boilerplate=False)
    assert reading.matches == []
    assert reading.match_step(False, 0) == Step(message="No matches for “Zeppelin”")


def test_hidden_boilerplate_has_no_matches(reading: Reading) -> None:
    boilerplate = next(b for b in ARTICLE.blocks if b.boilerplate)
    shown = reading.find("acme", hide_boilerplate=False)
    hidden = reading.find("acme", hide_boilerplate=True)
    inside = [m for m in shown if boilerplate.start <= m[0] < boilerplate.end]
    assert len(inside) == 1 and hidden == [m for m in shown if m not in inside]


def test_a_match_inside_hidden_text_is_dropped_and_never_walked_to(reading: Reading) -> None:
    boilerplate = next(b for b in ARTICLE.blocks if b.boilerplate)
    reading.search("acme", hide_boilerplate=False)
    inside = next(i for i, m in enumerate(reading.matches) if m[0] >= boilerplate.start)
    on_it = walk(reading.match_step(True, reading.matches[inside - 1][0]), reading)
    assert on_it.span[0] >= boilerplate.start  # shown: it is a match like any other
    assert reading.recount(hide_boilerplate=True)  # hidden: the focus on it is dropped
    assert reading.focus_kind is None and reading.current_match is None
    assert all(not boilerplate.start <= s < boilerplate.end for s, _ in reading.matches)
    after = reading.match_step(True, boilerplate.start - 1)
    assert after.place is not None and after.place.span[0] > boilerplate.end
    assert not reading.recount(hide_boilerplate=False)  # nothing focused to drop
    assert len(reading.matches) == len(reading.find("acme", hide_boilerplate=False))


def test_clear_keeps_the_current_entity(reading: Reading) -> None:
    assert not reading.clear()
    walk(reading.mention_step(True, BEFORE_TOP), reading)
    reading.search("Berlin", hide_boilerplate=False)
    assert reading.clear()
    assert reading.matches == [] and reading.search_query == ""
    assert reading.focus_kind == "entity" and reading.current_entity == 0
    walk(reading.date_step(True, BEFORE_TOP), reading)
    assert reading.clear() and reading.focus_span is None


# ---- the empty article -------------------------------------------------------------------


def test_every_walk_on_an_empty_article_says_why_and_goes_nowhere() -> None:
    reading = Reading(Article("", []))
    reading.set_analysis(Analysis("und", "none"))
    steps = [
        reading.mention_step(True, BEFORE_TOP),
        reading.mention_step(False, 0),
        reading.same_entity_step(True, BEFORE_TOP),
        reading.section_step(True, BEFORE_TOP),
        reading.section_step(False, 0),
        reading.citation_step(True, BEFORE_TOP),
        reading.date_step(True, BEFORE_TOP),
        reading.date_step(False, 0),
        reading.match_step(True, BEFORE_TOP),
    ]
    assert all(s.place is None and s.message for s in steps)
    assert steps[3].message == "This article has no sections"
    assert reading.at(0) is None and reading.focused_url() is None
    assert reading.describe() == ("0 mentions · ] next", "")
    assert reading.section_status(0) == ""
    reading.search("x", hide_boilerplate=True)
    assert reading.matches == []


# ---- sidebar choices and clicks ----------------------------------------------------------


def test_choosing_an_entity_again_goes_to_its_next_mention(reading: Reading) -> None:
    acme = [m.start for m in reading.analysis.entities[0].mentions]  # type: ignore[union-attr]
    seen = []
    for _ in range(len(acme) + 1):
        step = reading.choose("entity", 0)
        assert step is not None
        seen.append(walk(step, reading).span[0])
    assert seen == [*acme, acme[0]]


def test_choosing_other_items(reading: Reading) -> None:
    fact = walk(reading.choose("fact", 0), reading)  # type: ignore[arg-type]
    assert fact.kind == "fact" and reading.describe()[0] == "Fact: fair"
    date = walk(reading.choose("date", 1), reading)  # type: ignore[arg-type]
    assert text_at(reading, date) == "2025" and date.select is None
    section = walk(reading.choose("section", 1), reading)  # type: ignore[arg-type]
    assert text_at(reading, section) == "Later"
    source = walk(reading.choose("source", 0), reading)  # type: ignore[arg-type]
    assert text_at(reading, source) == "Reuters"
    assert walk(reading.choose("source", 0), reading) == source  # its only citation
    uncited = Reading(ARTICLE)
    uncited.sources = [CitedSource("Blog", "https://blog.example/", "blog.example", ())]
    assert uncited.choose("source", 0) == Step(
        message="This source is not cited in the text; o opens it"
    )
    assert uncited.choose("entity", 0) is None  # no analysis: no mentions


def test_a_click_lands_on_a_mention_a_citation_or_a_date(reading: Reading) -> None:
    text = reading.article.text
    on_globex = reading.at(text.index("Globex", 20) + 2)
    assert on_globex is not None and on_globex.kind == "entity" and on_globex.entity == 1
    on_reuters = reading.at(text.index("Reuters") + 1)
    assert on_reuters is not None and on_reuters.kind == "source"
    on_date = reading.at(text.index("March") + 1)
    assert on_date is not None and on_date.kind == "date" and on_date.select == ("date", 0)
    assert reading.at(text.index("paid")) is None


# ---- no Textual --------------------------------------------------------------------------


def test_the_reading_model_loads_without_textual() -> None:
    code = "import sys, tui.app.reading; sys.exit('textual' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
