"""The reader's pure parts: wrapping, offsets, walks, the timeline, colours, URLs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.analysis.model import DateMention
from tui.app.layout import build_layout, extend_layout, safe_text, wrap
from tui.app.links import is_web_url
from tui.app.marks import Mark, SpanIndex, next_after, prev_before
from tui.app.palette import DISPLACY_LABEL, LABEL_COLORS
from tui.app.reading import find_matches
from tui.app.timeline import build_timeline, describe, timeline_key
from tui.article.model import Article, Block, BlockKind


def _rows(text: str, width: int) -> list[str]:
    return [text[s:e] for s, e in wrap(text, 0, width)]


def test_wrap_breaks_at_spaces_and_keeps_words_whole() -> None:
    rows = _rows("Laut der New York Times bat OpenAI-CEO Sam Altman", 20)
    assert rows == ["Laut der New York", "Times bat OpenAI-CEO", "Sam Altman"]


def test_wrap_cuts_words_longer_than_the_line() -> None:
    rows = _rows("https://www.nytimes.com/2024/10/17/technology", 12)
    assert all(cell_len(r) <= 12 for r in rows)
    assert "".join(rows) == "https://www.nytimes.com/2024/10/17/technology"


def test_wrap_counts_wide_characters_as_two_cells() -> None:
    rows = _rows("日本語 の テキスト を 折り返す", 8)
    assert all(cell_len(r) <= 8 for r in rows)


@given(st.text(alphabet=st.sampled_from("ab c\n日é  "), max_size=200), st.integers(4, 40))
def test_wrap_keeps_every_word_in_order_within_width(text: str, width: int) -> None:
    spans = list(wrap(text, 10, width))
    shown = [text[s - 10 : e - 10] for s, e in spans]
    assert all(cell_len(row) <= width for row in shown)
    # every visible character once, in order, nothing invented
    assert "".join("".join(shown).split()) == "".join(text.split())
    starts = [s for s, _ in spans]
    assert starts == sorted(starts)


def test_safe_text_neutralises_escapes_without_moving_offsets() -> None:
    raw = "a\x1b[2Jb\x07c\x9bd\te"
    safe = safe_text(raw)
    assert len(safe) == len(raw)
    assert "\x1b" not in safe and "\x07" not in safe and "\x9b" not in safe
    assert safe.endswith("d e")


def _article(*blocks: tuple[BlockKind, str], boiler: int | None = None) -> Article:
    text, out = "", []
    for i, (kind, body) in enumerate(blocks):
        if text:
            text += "\n\n"
        out.append(Block(kind, len(text), len(text) + len(body), boilerplate=i == boiler))
        text += body
    return Article(text=text, blocks=out, title=blocks[0][1])


def test_layout_maps_offsets_to_rows_and_back() -> None:
    art = _article(
        (BlockKind.TITLE, "A title"),
        (BlockKind.PARAGRAPH, "one two three four five six seven eight nine ten"),
        (BlockKind.LIST_ITEM, "- item"),
    )
    layout = build_layout(art, 20)
    roles = [line.role for line in layout.lines]
    assert roles == ["title", "blank", "paragraph", "paragraph", "paragraph", "blank", "list_item"]
    seven = art.text.index("seven")
    row = layout.line_of(seven)
    line = layout.lines[row]
    assert line.start <= seven < line.end
    assert layout.lines[-1].prefix == "• "
    assert art.text[layout.lines[-1].start : layout.lines[-1].end] == "item"
    # the gap between blocks maps to the next block's first row
    assert layout.line_of(art.text.index("one") - 1) == 2


def test_layout_hides_boilerplate_on_request() -> None:
    art = _article(
        (BlockKind.TITLE, "T"),
        (BlockKind.PARAGRAPH, "Podcast hören"),
        (BlockKind.PARAGRAPH, "Body"),
        boiler=1,
    )
    shown = build_layout(art, 40)
    hidden = build_layout(art, 40, hide_boilerplate=True)
    assert len(hidden.lines) == len(shown.lines) - 2
    assert all(art.blocks[ln.block].boilerplate is False for ln in hidden.lines if not ln.blank)
    # an offset inside the hidden block lands on the next shown row
    podcast = art.text.index("Podcast")
    assert art.text[hidden.lines[hidden.line_of(podcast)].start :].startswith("Body")


@pytest.mark.parametrize("hide", [False, True])
def test_a_layout_begun_with_the_first_rows_ends_as_one_made_at_once(seed_article, hide) -> None:
    # the reader wraps the first screens before its first frame and the rest after it
    whole = build_layout(seed_article, 50, hide_boilerplate=hide)
    first = build_layout(seed_article, 50, hide_boilerplate=hide, max_rows=12)
    assert whole.complete and not first.complete
    assert 12 <= len(first.lines) < len(whole.lines)
    assert first.lines == whole.lines[: len(first.lines)]
    extend_layout(first, seed_article, hide_boilerplate=hide, max_rows=40)
    assert first.lines == whole.lines[: len(first.lines)]
    extend_layout(first, seed_article, hide_boilerplate=hide)
    assert first.complete
    assert first.lines == whole.lines and first.starts == whole.starts


def test_cached_analysis_is_found_without_spacy(
    seed_article, seed_analysis, tmp_path, monkeypatch
) -> None:
    import sys

    from tui.analysis import cache
    from tui.app.analysis_client import cached_analyze

    monkeypatch.setenv("LIMELIGHT_CACHE_DIR", str(tmp_path))
    analyze = cached_analyze(True)
    assert analyze.from_cache(seed_article) is None  # a miss, and no pipeline loaded for it
    spacy_loaded = "spacy" in sys.modules
    cache.store(cache.cache_key(seed_article, seed_article.language), seed_analysis)
    found = analyze.from_cache(seed_article)
    assert found is not None and found.entities == seed_analysis.entities
    assert ("spacy" in sys.modules) == spacy_loaded
    assert cached_analyze(False).from_cache(seed_article) is None  # --no-cache


def test_span_index_finds_marks_that_cross_row_edges() -> None:
    marks = [Mark(0, 5, "entity"), Mark(8, 20, "entity"), Mark(30, 32, "date")]
    index = SpanIndex(marks)
    assert [m.start for m in index.overlapping(10, 15)] == [8]
    assert [m.start for m in index.overlapping(19, 31)] == [8, 30]
    assert index.overlapping(20, 30) == []


def test_walk_steps_are_strict() -> None:
    starts = [5, 10, 10, 20]
    assert next_after(starts, 4) == 0
    assert next_after(starts, 5) == 1
    assert next_after(starts, 20) is None
    assert prev_before(starts, 20) == 2
    assert prev_before(starts, 5) is None


def test_timeline_orders_timex_values_chronologically() -> None:
    assert timeline_key("2023-FA") > timeline_key("2023-06")  # type: ignore[operator]
    assert timeline_key("2023-11") > timeline_key("2023-FA")  # type: ignore[operator]
    assert timeline_key("2024-Q3") == (2024, 7, 0)
    assert timeline_key("PAST_REF") is None and timeline_key("P2W") is None
    assert describe("2023-FA") == "autumn 2023" and describe("2024-10-21") == "21 Oct 2024"
    dates = [
        DateMention(50, 60, "2024", "2024", "year"),
        DateMention(0, 10, "Herbst 2023", "2023-FA", "season"),
        DateMention(20, 30, "kürzlich", "PAST_REF", "ref"),
        DateMention(70, 80, "im November 2023", "2023-11", "month"),
        DateMention(90, 99, "November 2023", "2023-11", "month"),
    ]
    tl = build_timeline(dates)
    assert [g.value for g in tl.points] == ["2023-FA", "2023-11", "2024"]
    assert [len(g.mentions) for g in tl.points] == [1, 2, 1]
    assert [g.value for g in tl.vague] == ["PAST_REF"]


def test_label_colours_are_displacys() -> None:
    render = pytest.importorskip("spacy.displacy.render")
    for label, displacy_label in DISPLACY_LABEL.items():
        expected = render.DEFAULT_LABEL_COLORS.get(displacy_label or "", "#ddd")
        expected = "#dddddd" if expected == "#ddd" else expected
        assert LABEL_COLORS[label] == expected


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://www.nytimes.com/2024/10/17/x.html", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("https://", False),
        ("https://a.org/\x1b[2J", False),
        ("https://a.org/x y", False),
        ("", False),
    ],
)
def test_only_web_urls_are_opened(url: str, ok: bool) -> None:
    assert is_web_url(url) is ok


def test_find_matches_is_case_insensitive_and_literal() -> None:
    text = "Oracle und ORACLE, nicht oracles? a.b a+b"
    assert find_matches(text, "oracle") == [(0, 6), (11, 17), (25, 31)]
    assert find_matches(text, "a+b") == [(text.index("a+b"), text.index("a+b") + 3)]
    assert find_matches(text, "") == []


def test_amounts_are_compact() -> None:
    from tui.app.sidebar import format_amount

    assert format_amount(6_600_000_000, "USD", "money") == "6.6 bn USD"
    assert format_amount(13_750_000_000, "USD", "money") == "13.8 bn USD"
    assert format_amount(4_500, "EUR", "money") == "4,500 EUR"
    assert format_amount(12.5, None, "percent") == "12.5 %"
    assert format_amount(None, "USD", "money") == ""
