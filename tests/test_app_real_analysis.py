"""The reader on the real analysis of the seed (spaCy loads in the worker)."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from tui.analysis import AnalysisError, analyze
from tui.app import ReaderApp

pytestmark = [pytest.mark.slow, pytest.mark.anyio]


async def test_real_analysis_highlights_and_walks(seed_article) -> None:
    try:
        expected = analyze(seed_article)  # also warms the model cache for the app's run
    except AnalysisError as error:
        pytest.skip(f"no analysis model: {error}")
    app = ReaderApp(seed_article)  # the default analyze: the real one, in the worker
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.analysis is not None and app.analysis_error is None
        order = expected.mentions_in_order()
        assert len(app.mentions) == len(order) > 10
        assert len(app.view._marks) >= len(order)
        names = {e.name for e in expected.entities}
        entity_list = app.query_one("#entity-list", OptionList)
        listed = {str(o.prompt).rsplit("  ", 1)[0] for o in entity_list.options if o.id}
        assert listed == names
        for i in range(5):
            await pilot.press("right_square_bracket")
            mention, entity = order[i]
            assert app.reading.focus_span == (mention.start, mention.end)
            assert entity.name in app.status.plain
        # the Times attribution is a citation s reaches before the source list
        await pilot.press("g", "s")
        assert app.reading.focus_kind == "source"
        assert "nytimes.com" in app.status.plain
