"""Pilot tests of the reader: every binding, sidebar jumps, status line, failures.

They run on the seed article with a hand-made analysis (see conftest) so they need no
spaCy; `test_app_real_analysis.py` covers the real pipeline.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from tui.analysis.errors import AnalysisError
from tui.analysis.model import Analysis
from tui.app import ReaderApp, precomputed
from tui.app.analysis_client import AnalyzeFn
from tui.app.help_screen import HelpScreen
from tui.article.model import Article, Block, BlockKind

SIZE = (120, 40)
pytestmark = pytest.mark.anyio


async def ready(app: ReaderApp, pilot: Pilot[int]) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


def make_app(article: Article, analysis: Analysis | None = None, **kw: object) -> ReaderApp:
    analyze: AnalyzeFn | None = precomputed(analysis) if analysis is not None else None
    return ReaderApp(article, analyze=kw.pop("analyze", analyze), **kw)  # type: ignore[arg-type]


def focused_text(app: ReaderApp) -> str:
    assert app.reading.focus_span is not None
    return app.article.text[app.reading.focus_span[0] : app.reading.focus_span[1]]


# ---- start-up and analysis ------------------------------------------------------------


async def test_text_is_on_screen_before_analysis_finishes(seed_article, seed_analysis) -> None:
    release = threading.Event()

    def slow(article: Article, *, progress: Callable[[float], None] | None = None) -> Analysis:
        if progress:
            progress(0.5)
        release.wait(10)
        return seed_analysis

    app = make_app(seed_article, analyze=slow)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.4)
        assert app.analysis is None
        assert app.view.row_count > 20
        assert "Analysing" in app.status.plain
        # the worker's progress reaches the status line in its own time on a busy machine
        for _ in range(100):
            if "analysing 50%" in app.status.plain:
                break
            await pilot.pause(0.05)
        assert "analysing 50%" in app.status.plain
        await pilot.press("right_square_bracket")
        assert "Still analysing" in app.status.plain
        release.set()
        await ready(app, pilot)
        assert app.analysis is seed_analysis
        assert len(app.view._marks) > 50
        assert "53 mentions" in app.status.plain


async def test_collection_paused_for_start_up_resumes_with_the_first_frame(
    seed_article, seed_analysis
) -> None:
    """`limelight FILE` pauses the garbage collector; the reader turns it back on."""
    import gc

    from tui.app import collection

    collection.pause()
    try:
        assert not gc.isenabled()
        app = make_app(seed_article, seed_analysis)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert gc.isenabled()
    finally:
        collection.resume()
        gc.enable()


def test_collection_resume_leaves_a_collector_it_did_not_stop_alone() -> None:
    import gc

    from tui.app import collection

    gc.disable()
    try:
        collection.resume()  # nobody called pause(): someone else turned it off
        assert not gc.isenabled()
    finally:
        gc.enable()


async def test_failed_analysis_shows_text_and_says_why(seed_article) -> None:
    def broken(article: Article, *, progress: Callable[[float], None] | None = None) -> Analysis:
        raise AnalysisError("no spaCy model for language 'de': install de_core_news_md")

    app = make_app(seed_article, analyze=broken)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        assert app.analysis is None
        assert app.view.row_count > 20
        assert "no spaCy model for language 'de'" in app.status.plain
        entity_list = app.query_one("#entity-list", OptionList)
        assert "no spaCy model" in str(entity_list.get_option_at_index(1).prompt)
        await pilot.press("right_square_bracket")
        assert "No highlights" in app.status.plain
        # sections and the source list still work without analysis
        await pilot.press("right_curly_bracket")
        assert "§ 1/5 Altmans Absetzung verunsichert Microsoft" in app.status.plain
        await pilot.press("s")
        assert app.reading.focus_kind == "source"


async def test_unexpected_analysis_crash_is_reported_not_raised(seed_article) -> None:
    def crash(article: Article, *, progress: Callable[[float], None] | None = None) -> Analysis:
        raise RuntimeError("model file truncated\nsecond line")

    app = make_app(seed_article, analyze=crash)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        assert app.analysis_error == "model file truncated"
        assert app.is_running


# ---- entity walks -----------------------------------------------------------------------


async def test_bracket_keys_walk_mentions_in_text_order(seed_article, seed_analysis) -> None:
    expected = seed_analysis.mentions_in_order()
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        for i in range(len(expected)):
            await pilot.press("right_square_bracket")
            mention, entity = expected[i]
            assert app.current_mention == i
            assert app.reading.focus_span == (mention.start, mention.end)
            assert f"Entity {i + 1}/{len(expected)} {entity.name}" in app.status.plain
            assert app.view.is_visible(mention.start, mention.end)
        await pilot.press("right_square_bracket")
        assert "No more entities" in app.status.plain
        assert app.current_mention == len(expected) - 1
        await pilot.press("left_square_bracket")
        assert app.current_mention == len(expected) - 2
        last = expected[-2][1]
        assert app.status.entity.startswith(f"Entity {len(expected) - 1}/{len(expected)}")
        assert app.status.entity_label == last.label


async def test_first_mentions_name_the_seed_entities(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        names = []
        for _ in range(5):
            await pilot.press("right_square_bracket")
            names.append(app.status.entity.split(" ", 2)[2].rsplit(" (", 1)[0])
        assert names == ["Microsoft", "Sam Altman", "OpenAI", "Microsoft", "OpenAI"]
        assert app.status.entity_label == "ORG"


async def test_star_and_hash_stay_on_one_entity(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")  # Altmans
        altman = app.reading.current_entity
        assert seed_analysis.entities[altman].name == "Sam Altman"
        seen = [app.reading.focus_span]
        for _ in range(6):
            await pilot.press("asterisk")
            assert app.reading.current_entity == altman
            seen.append(app.reading.focus_span)
        assert len(set(seen)) == 7  # all seven mentions of Altman, none twice
        assert "(7/7)" in app.status.plain
        await pilot.press("asterisk")
        assert "No more mentions of Sam Altman" in app.status.plain
        await pilot.press("number_sign")
        assert app.reading.current_entity == altman and "(6/7)" in app.status.plain
        assert app.view.current_entity == altman


async def test_star_without_current_entity_explains(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("asterisk")
        assert "press ] first" in app.status.plain


# ---- sections, sources, dates ------------------------------------------------------------


async def test_braces_walk_the_five_sections(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    titles = [s.title for s in seed_article.sections]
    assert len(titles) == 5
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        for i, title in enumerate(titles):
            await pilot.press("right_curly_bracket")
            await pilot.pause()
            assert f"§ {i + 1}/5 {title}" in app.status.plain
        await pilot.press("right_curly_bracket")
        assert "No more sections" in app.status.plain
        await pilot.press("left_curly_bracket")
        assert f"§ 4/5 {titles[3]}" in app.status.plain
        await pilot.press("left_curly_bracket", "left_curly_bracket", "left_curly_bracket")
        assert f"§ 1/5 {titles[0]}" in app.status.plain
        await pilot.press("left_curly_bracket")
        assert "No earlier sections" in app.status.plain


async def test_section_jump_puts_heading_at_top(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("right_curly_bracket", "right_curly_bracket")
        await pilot.pause()
        assert app.view.top_offset() == seed_article.sections[1].start


async def test_s_reaches_the_times_attribution_and_the_source_list(
    seed_article, seed_analysis
) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("s")
        assert focused_text(app) == "New York Times"
        assert (
            app.article.text[app.reading.focus_span[0] - 9 : app.reading.focus_span[0]]
            == "Laut der "
        )
        assert "Source 1/" in app.status.plain and "nytimes.com" in app.status.plain
        reached_list = False
        for _ in range(len(app.reading.citations)):
            await pilot.press("s")
            if focused_text(app).startswith("- The New York Times: https://"):
                reached_list = True
        assert reached_list
        assert "No more source citations" in app.status.plain
        await pilot.press("S")
        assert app.reading.current_citation == len(app.reading.citations) - 2


async def test_o_opens_the_current_source_over_http_only(seed_article, seed_analysis) -> None:
    opened: list[str] = []
    app = make_app(seed_article, seed_analysis, open_url=opened.append)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("o")
        assert "No source here" in app.status.plain
        await pilot.press("s", "o")
        await app.workers.wait_for_complete()
        assert opened == [seed_article.sources[0].url]
        assert opened[0].startswith("https://www.nytimes.com/")


async def test_o_refuses_non_web_links(seed_article, seed_analysis) -> None:
    opened: list[str] = []
    analysis = seed_analysis
    first = analysis.sources[0]
    analysis.sources[0] = type(first)(
        first.label, "javascript:alert(1)", first.outlet, first.cited_at
    )
    app = make_app(seed_article, analysis, open_url=opened.append)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("s", "o")
        await app.workers.wait_for_complete()
        assert opened == []
        assert "only http and https" in app.status.plain


async def test_parentheses_walk_dates(seed_article, seed_analysis) -> None:
    dates = sorted(seed_analysis.dates, key=lambda d: d.start)
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("right_parenthesis")
        assert app.reading.focus_span == (dates[0].start, dates[0].end)
        assert f"Date 1/{len(dates)} im November 2023 = 2023-11" in app.status.plain
        await pilot.press("right_parenthesis")
        assert focused_text(app) == "im Herbst 2023"
        await pilot.press("left_parenthesis")
        assert app.reading.current_date == 0


# ---- search --------------------------------------------------------------------------------


async def test_search_oracle_finds_both_mentions(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("slash")
        bar = app.query_one("#search", Input)
        assert bar.display and bar.has_focus
        await pilot.press(*"Oracle")
        assert "/Oracle: 2 matches" in app.status.plain
        await pilot.press("enter")
        assert not bar.display and app.view.has_focus
        assert app.reading.current_match == 0 and focused_text(app) == "Oracle"
        assert "Match 1/2 for “Oracle”" in app.status.plain
        first = app.reading.focus_span
        await pilot.press("n")
        assert app.reading.current_match == 1 and app.reading.focus_span != first
        assert "Match 2/2" in app.status.plain
        await pilot.press("n")
        assert app.reading.current_match == 0 and "wrapped to the top" in app.status.plain
        await pilot.press("N")
        assert app.reading.current_match == 1


async def test_search_without_matches_and_cancel(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("n")
        assert "press / to search" in app.status.plain
        await pilot.press("slash", *"Zeppelin", "enter")
        assert "No matches for “Zeppelin”" in app.status.plain
        await pilot.press("slash", "x", "escape")
        assert not app.query_one("#search", Input).display
        assert app.view.has_focus


# ---- panes, sidebar ----------------------------------------------------------------------


async def test_tab_moves_focus_between_panes(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        assert app.view.has_focus
        await pilot.press("tab")
        assert app.focused is app.query_one("#entity-list", OptionList)
        await pilot.press("tab")
        assert app.view.has_focus


async def test_sidebar_lists_seed_entities_grouped_by_label(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        entity_list = app.query_one("#entity-list", OptionList)
        prompts = [str(o.prompt) for o in entity_list.options]
        assert prompts[0].split() == ["PER", "Person", "2"]
        assert prompts[1] == "Sam Altman  7"
        assert "OpenAI  17" in prompts and "Oracle  2" in prompts
        assert any(p.split()[:2] == ["LOC", "Place"] for p in prompts)


async def test_choosing_an_entity_jumps_and_again_goes_to_next(seed_article, seed_analysis) -> None:
    oracle = next(i for i, e in enumerate(seed_analysis.entities) if e.name == "Oracle")
    mentions = seed_analysis.entities[oracle].mentions
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        entity_list = app.query_one("#entity-list", OptionList)
        await pilot.press("tab")
        entity_list.highlighted = entity_list.get_option_index(f"entity-{oracle}")
        await pilot.press("enter")
        assert app.reading.focus_span == (mentions[0].start, mentions[0].end)
        assert "Oracle (1/2)" in app.status.plain
        await pilot.press("enter")
        assert app.reading.focus_span == (mentions[1].start, mentions[1].end)
        await pilot.press("enter")
        assert app.reading.focus_span == (mentions[0].start, mentions[0].end)


async def test_sidebar_follows_the_current_entity(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        entity_list = app.query_one("#entity-list", OptionList)
        for _ in range(3):
            await pilot.press("right_square_bracket")
            option = entity_list.highlighted_option
            assert option is not None and option.id == f"entity-{app.reading.current_entity}"


async def test_filter_by_typing_narrows_the_entity_list(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("f")
        assert app.focused is app.query_one("#entity-filter", Input)
        await pilot.press(*"ora")
        entity_list = app.query_one("#entity-list", OptionList)
        ids = [o.id for o in entity_list.options if o.id]
        assert [seed_analysis.entities[int(i.split("-")[1])].name for i in ids] == ["Oracle"]
        await pilot.press("enter")
        assert app.focused is entity_list
        await pilot.press("enter")
        assert focused_text(app) == "Oracle"


@pytest.mark.parametrize(
    ("tab", "key", "kind"),
    [
        ("facts", "2", "fact"),
        ("dates", "3", "date"),
        ("sources", "4", "source"),
        ("outline", "5", "section"),
    ],
)
async def test_choosing_items_in_other_tabs_jumps(
    seed_article, seed_analysis, tab: str, key: str, kind: str
) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press(key)
        assert app.article_screen.sidebar.active_tab == tab
        option_list = app.article_screen.sidebar.active_list()
        option_list.focus()
        first = next(i for i, o in enumerate(option_list.options) if o.id)
        option_list.highlighted = first
        await pilot.press("enter")
        await pilot.pause()
        assert app.reading.focus_kind == kind
        assert app.reading.focus_span is not None
        assert app.view.is_visible(*app.reading.focus_span)
        if kind == "date":  # the timeline starts with the earliest date
            assert focused_text(app) == "im Herbst 2023"
        if kind == "section":
            assert "§ 1/5" in app.status.plain
        if kind == "source":  # the Times: attribution first, then its next citation
            assert focused_text(app) == "New York Times"
            await pilot.press("enter")
            assert app.reading.focus_kind == "source" and app.reading.current_citation == 1


async def test_click_on_entity_makes_it_current(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        view = app.view
        nadella = next(i for i, e in enumerate(seed_analysis.entities) if e.name == "Satya Nadella")
        mention = seed_analysis.entities[nadella].mentions[0]
        row = view.layout_.line_of(mention.start)
        line = view.layout_.lines[row]
        width = view.scrollable_content_region.width
        x = (width - view.layout_.width) // 2 + (mention.start - line.start) + 2
        await pilot.click("#article", offset=(x, row - view.top_row()))
        assert app.reading.current_entity == nadella
        assert "Satya Nadella" in app.status.plain
        option = app.query_one("#entity-list", OptionList).highlighted_option
        assert option is not None and option.id == f"entity-{nadella}"


# ---- scrolling, layout, view options ----------------------------------------------------


async def test_scroll_keys_move_and_update_position(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        view = app.view
        assert view.scroll_y == 0 and app.status.position == "0%"
        await pilot.press("j", "j", "down")
        assert view.scroll_y == 3
        await pilot.press("k")
        assert view.scroll_y == 2
        await pilot.press("space")
        await pilot.pause()
        assert view.scroll_y == 2 + view.scrollable_content_region.height - 1
        await pilot.press("b")
        assert view.scroll_y == 2
        await pilot.press("G")
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y and app.status.position == "100%"
        await pilot.press("g")
        await pilot.pause()
        assert view.scroll_y == 0


async def test_page_keys_on_the_article_pane_move_at_once(seed_article, seed_analysis) -> None:
    # the focused pane's own keys, not the app's: they must not run an animated scroll
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        view = app.view
        assert view.has_focus
        page = view.scrollable_content_region.height - 1
        await pilot.press("pagedown")
        assert view.scroll_y == page and not app.animator.is_being_animated(view, "scroll_y")
        await pilot.press("pagedown", "pageup")
        assert view.scroll_y == min(2 * page, view.max_scroll_y) - page
        await pilot.press("end")
        assert view.scroll_y == view.max_scroll_y > page
        await pilot.press("up")
        assert view.scroll_y == view.max_scroll_y - 1
        await pilot.press("home")
        assert view.scroll_y == 0
        await pilot.pause()
        assert app.status.position == "0%"


async def test_sidebar_catches_up_with_the_entity_when_shown_again(
    seed_article, seed_analysis
) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        entity_list = app.query_one("#entity-list", OptionList)
        await pilot.press("right_square_bracket")
        first = app.reading.current_entity
        await pilot.press("backslash")
        assert not app.article_screen.sidebar.display
        while app.reading.current_entity == first:
            await pilot.press("right_square_bracket")
        option = entity_list.highlighted_option
        assert option is not None and option.id == f"entity-{first}"  # hidden: not moved
        await pilot.press("backslash")
        await pilot.pause()
        option = entity_list.highlighted_option
        assert option is not None and option.id == f"entity-{app.reading.current_entity}"


async def test_resize_keeps_reading_position(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("right_curly_bracket", "right_curly_bracket", "right_curly_bracket")
        await pilot.pause()
        section = seed_article.sections[2]
        assert app.view.top_offset() == section.start
        wide_rows = app.view.row_count
        await pilot.resize_terminal(70, 30)
        await pilot.pause()
        assert app.view.row_count > wide_rows  # rewrapped narrower
        assert app.view.top_offset() == section.start
        assert "§ 3/5" in app.status.plain


async def test_narrow_terminal_collapses_sidebar_and_backslash_toggles(
    seed_article, seed_analysis
) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        assert not app.article_screen.sidebar.display
        # the text column takes the whole pane, less the scrollbar and a margin
        assert app.view.layout_.width == app.view.scrollable_content_region.width - 2 == 77
        await pilot.press("backslash")
        assert app.article_screen.sidebar.display
        await pilot.press("backslash")
        assert not app.article_screen.sidebar.display
        await pilot.press("tab")  # tab brings the sidebar back
        assert app.article_screen.sidebar.display and not app.view.has_focus


async def test_x_hides_and_shows_boilerplate(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        shown = app.view.row_count
        await pilot.press("x")
        assert app.view.row_count < shown
        assert "Boilerplate hidden" in app.status.plain
        layout = app.view.layout_
        assert not any(
            seed_article.blocks[ln.block].boilerplate for ln in layout.lines if not ln.blank
        )
        await pilot.press("x")
        assert app.view.row_count == shown


async def test_width_keys_change_the_text_column(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis, width=60)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        assert app.view.layout_.width == 60
        await pilot.press("greater_than_sign")
        assert app.view.layout_.width == 68
        await pilot.press("less_than_sign", "less_than_sign")
        assert app.view.layout_.width == 52


async def test_width_key_says_when_the_pane_caps_the_column(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)  # 88 wide asked, the pane leaves ~78 at 120
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        shown = app.view.layout_.width
        await pilot.press("greater_than_sign")
        assert app.view.layout_.width == shown
        assert f"Text width {shown}: the pane is too narrow for 96" in app.status.plain


async def test_t_switches_light_and_dark(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        dark = app.current_theme.dark
        await pilot.press("t")
        assert app.current_theme.dark is not dark
        await pilot.press("t")
        assert app.current_theme.dark is dark


async def test_help_lists_every_binding(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = app.screen.rows
        described = {desc for _, desc in rows}
        assert [title for title, _ in app.screen.groups] == [
            "Scroll",
            "Move through the article",
            "Sources and search",
            "Sidebar",
            "Articles",
            "View",
            "Feeds",  # the reader's `u` and the Feeds lists' keys (tui/app/feeds_keys.py)
        ]
        for binding in app.article_screen.binding_list():
            assert binding.description in described
        keys = " ".join(str(k) for k, _ in rows)
        for key in ["]", "[", "*", "#", "}", "{", "s S", "o", "/", "n", "N", "tab", "?", "q"]:
            assert key in keys
        for key in ["H ^o", "L", "m", "B", "⌫"]:
            assert key in keys
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_every_action_is_in_the_command_palette(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        for binding in app.article_screen.binding_list():
            if binding.action != "quit":
                assert binding.description in titles
        assert "Quit" in titles
        command = next(c for c in app.get_system_commands(app.screen) if c.title == "Next section")
        await command.callback()
        assert "§ 1/5" in app.status.plain


async def test_q_quits_with_status_zero(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert app.return_value == 0


# ---- rendering safety and the Line API ------------------------------------------------


async def test_escape_sequences_in_the_text_never_reach_the_terminal() -> None:
    text = "Evil\x1b]0;pwned\x07 title\n\nBody \x1b[2J with \x9b31m tricks."
    blocks = [Block(BlockKind.TITLE, 0, 22), Block(BlockKind.PARAGRAPH, 24, len(text))]
    article = Article(text=text, blocks=blocks, title="Evil\x1b]0;pwned\x07 title")
    app = ReaderApp(article, analyze=precomputed(Analysis("en", "none")))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        rendered = "".join(seg.text for y in range(5) for seg in app.view.render_line(y))
        assert "pwned" in rendered and "tricks" in rendered
        assert not any(ch in rendered for ch in "\x1b\x07\x9b")
        assert "\x1b" not in app.title


async def test_moving_the_focus_redraws_only_the_rows_it_touches(
    seed_article, seed_analysis
) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        before = app.view.renders
        await pilot.press("right_square_bracket")  # same entity? different: both rows redraw
        await pilot.pause()
        redrawn = app.view.renders - before
        height = app.view.scrollable_content_region.height
        assert 0 < redrawn < height // 2


async def test_a_long_article_renders_only_what_is_on_screen() -> None:
    para = ("Microsoft und OpenAI verhandeln in Redmond über Rechenzentren. " * 12).strip()
    parts, blocks, pos = [], [], 0
    for _ in range(1500):  # about 1 MB of text
        blocks.append(Block(BlockKind.PARAGRAPH, pos, pos + len(para)))
        parts.append(para)
        pos += len(para) + 2
    article = Article(text="\n\n".join(parts), blocks=blocks, title="Long")
    assert len(article.text) > 1_000_000
    app = ReaderApp(article, analyze=precomputed(Analysis("de", "none")))
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        # the first screens were wrapped for the first frame, the rest right after it
        assert app.view.layout_ is not None and app.view.layout_.complete
        assert app.view.row_count > 15_000
        # rows are drawn when on screen: a few screenfuls, not 15 000 rows
        assert app.view.renders <= 3 * 30
        await pilot.press("G")
        await pilot.pause()
        assert app.view.renders <= 5 * 30
        assert app.status.position == "100%"


async def test_o_in_the_sources_tab_opens_the_highlighted_source(
    seed_article, seed_analysis
) -> None:
    opened: list[str] = []
    app = make_app(seed_article, seed_analysis, open_url=opened.append)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("4")
        source_list = app.article_screen.sidebar.active_list()
        source_list.focus()
        source_list.highlighted = 2  # Wikipedia
        await pilot.press("o")
        await app.workers.wait_for_complete()
        assert opened == [seed_article.sources[2].url]
        assert "wikipedia.org" in opened[0]


async def test_an_empty_article_opens_and_keys_do_not_fail() -> None:
    app = ReaderApp(Article(text="", blocks=[]), analyze=precomputed(Analysis("und", "none")))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        for key in [
            "j",
            "G",
            "right_square_bracket",
            "right_curly_bracket",
            "s",
            "right_parenthesis",
            "o",
            "n",
            "x",
            "question_mark",
            "escape",
        ]:
            await pilot.press(key)
        assert app.is_running
        assert "no sections" in app.status.plain.lower() or app.status.section == ""
        await pilot.press("q")
    assert app.return_code == 0


async def test_walks_restart_from_the_screen_after_scrolling_away(
    seed_article, seed_analysis
) -> None:
    order = seed_analysis.mentions_in_order()
    app = make_app(seed_article, seed_analysis, width=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("right_square_bracket")
        assert app.current_mention == 0
        await pilot.press("G")  # the first mention is now off screen
        await pilot.pause()
        assert not app.view.is_visible(*app.reading.focus_span)
        await pilot.press("left_square_bracket")
        assert app.current_mention == len(order) - 1  # the last one, near the bottom
        await pilot.press("g")
        await pilot.pause()
        await pilot.press("right_square_bracket")
        assert app.current_mention == 0


async def test_failure_reasons_are_shown_literally_and_safely(seed_article) -> None:
    def broken(article: Article, *, progress: Callable[[float], None] | None = None) -> Analysis:
        raise AnalysisError("model [bold]de_x[/bold] missing\x1b[2J")

    app = make_app(seed_article, analyze=broken)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        # the failure reaches the screen through the event loop: on a busy machine a
        # pause or two after the worker ends
        deadline = time.monotonic() + 10
        while "de_x" not in app.status.plain and time.monotonic() < deadline:
            await pilot.pause(0.05)
        assert "model [bold]de_x[/bold] missing\ufffd[2J" in app.status.plain
        entity_list = app.query_one("#entity-list", OptionList)
        shown = str(entity_list.get_option_at_index(1).prompt)
        assert "[bold]de_x[/bold]" in shown and "\x1b" not in shown


async def test_escape_clears_search_highlights(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("slash", *"Oracle", "enter")
        assert len(app.view._matches) == 2 and app.view.focus_span is not None
        await pilot.press("escape")
        assert len(app.view._matches) == 0 and app.view.focus_span is None
        await pilot.press("n")
        assert "press / to search" in app.status.plain


async def test_click_on_a_date_walks_dates_from_there(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        view = app.view
        start = seed_article.text.index("im Herbst 2023")
        row = view.layout_.line_of(start)
        line = view.layout_.lines[row]
        x = (view.scrollable_content_region.width - view.layout_.width) // 2
        await pilot.click("#article", offset=(x + start - line.start + 1, row - view.top_row()))
        assert app.reading.focus_kind == "date" and focused_text(app) == "im Herbst 2023"
        option = app.query_one("#date-list", OptionList).highlighted_option
        assert option is not None and "autumn 2023" in str(option.prompt)
        await pilot.press("right_parenthesis")
        assert focused_text(app) == "im November 2023"


async def test_typing_bound_letters_into_search_types_them(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("slash", *"Nvidia-KI", "enter")  # N, i, d... are not actions here
        assert app.reading.search_query == "Nvidia-KI"
        assert focused_text(app) == "Nvidia-KI"
        assert app.is_running and not isinstance(app.screen, HelpScreen)


async def test_typing_in_the_entity_list_filters_it(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("tab")  # into the sidebar: the entity list
        entity_list = app.query_one("#entity-list", OptionList)
        assert app.focused is entity_list
        await pilot.press(*"nvi")  # n and i are reader keys elsewhere; here they filter
        entity_filter = app.query_one("#entity-filter", Input)
        assert entity_filter.value == "nvi" and app.focused is entity_filter
        ids = [o.id for o in entity_list.options if o.id]
        assert [seed_analysis.entities[int(i.split("-")[1])].name for i in ids] == ["Nvidia"]
        await pilot.press("down", "enter")  # down: from the filter to the list
        assert focused_text(app) == "Nvidia"
        await pilot.press("tab", "tab")  # article, then back to the list
        assert app.focused is entity_list
        await pilot.press("backspace")  # erases a filter letter, not "back to the list"
        assert entity_filter.value == "nv"
        assert app.screen is app.screen_stack[0] and len(app.screen_stack) == 1
        await pilot.press("2")  # digits still switch tabs, and focus follows
        assert app.article_screen.sidebar.active_tab == "facts"
        assert app.focused is app.query_one("#fact-list", OptionList)
        await pilot.press("1")
        entity_filter.focus()
        await pilot.press("escape")  # empties the filter
        assert entity_filter.value == "" and len([o for o in entity_list.options if o.id]) == 12
        await pilot.press("escape")  # then back to the list
        assert app.focused is entity_list


async def test_search_skips_hidden_boilerplate(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("slash", *"das", "enter")
        assert len(app.reading.matches) == 10  # two of them in the "Was bedeutet das?" boxes
        await pilot.press("x")  # hide boilerplate: its matches no longer count
        assert len(app.reading.matches) == 8
        assert "8 matches" in app.status.plain
        assert all(s < 4700 for s, _ in app.reading.matches)
        await pilot.press("G", "n")  # wraps to the top instead of landing in hidden text
        assert app.reading.current_match == 0
        await pilot.press("slash", *"helfen", "enter")
        assert app.reading.matches == [] and "No matches" in app.status.plain
        await pilot.press("x")
        await pilot.press("slash", "ctrl+u", *"helfen", "enter")
        assert len(app.reading.matches) == 2


async def test_sidebar_rows_are_cut_to_its_width(seed_article, seed_analysis) -> None:
    app = make_app(seed_article, seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("4")
        source_list = app.query_one("#source-list", OptionList)
        rows = [source_list.render_line(y).text.rstrip() for y in range(9)]
        width = source_list.scrollable_content_region.width
        assert all(len(row) <= width for row in rows)
        # three lines per source: label, outlet and count, the URL cut with an ellipsis
        assert rows[0].strip() == "The New York Times"
        assert rows[1].strip().startswith("nytimes.com")
        assert rows[2].strip().startswith("https://www.nytimes.com/") and rows[2].endswith("…")
        assert rows[3].strip() == "The New Yorker"
