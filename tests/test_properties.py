"""Properties of analysis over arbitrary text: offsets valid, no overlaps, JSON round-trip, bounded time."""

from __future__ import annotations

import itertools
import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.analysis import analyze
from tui.analysis.cache import from_dict, to_dict
from tui.analysis.pipeline import load_pipeline
from tui.article import ArticleError, parse_text

WORDS = st.sampled_from(
    [
        "Die",
        "der",
        "und",
        "Berlin",
        "Merkel",
        "sagte",
        "am",
        "3.",
        "Mai",
        "2024",
        "Herbst",
        "2023",
        "6,6",
        "Milliarden",
        "US-Dollar",
        "19",
        "Prozent",
        "laut",
        "Reuters",
        "OpenAI-CEO",
        "Sam",
        "Altman",
        ".",
        ",",
        '"',
        ":",
        "-",
        "–",
        "1914–1918",
        "$13.75",
        "billion",
        "the",
        "said",
        "Q3",
        "2024",
        "10/11/2024",
        "mid-2026",
        "last",
        "week",
        "Apple",
        "chief",
        "executive",
        "Tim",
        "Cook",
        "\n",
        "\n\n",
        "#",
        "-",
        "https://x.example/a",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=10_000),
    st.lists(WORDS, max_size=400).map(" ".join),
)


def _no_overlap(spans: list[tuple[int, int]]) -> bool:
    spans = sorted(spans)
    return all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_analysis_properties(lang):
    nlp = load_pipeline(lang)

    @settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(TEXTS)
    def check(text: str) -> None:
        try:
            article = parse_text(text, lang=lang)
        except ArticleError:
            return
        started = time.monotonic()
        analysis = analyze(article, nlp=nlp)
        assert time.monotonic() - started < 30
        size = len(article.text)
        mentions = [(m.start, m.end) for e in analysis.entities for m in e.mentions]
        for start, end in (
            mentions
            + [(d.start, d.end) for d in analysis.dates]
            + [(f.start, f.end) for f in analysis.facts]
        ):
            assert 0 <= start < end <= size
        for entity in analysis.entities:
            for mention in entity.mentions:
                assert article.text[mention.start : mention.end] == mention.text
        assert _no_overlap(mentions)
        assert _no_overlap([(d.start, d.end) for d in analysis.dates])
        for kind in {f.kind for f in analysis.facts}:
            assert _no_overlap([(f.start, f.end) for f in analysis.facts if f.kind == kind]), kind
        assert from_dict(json.loads(json.dumps(to_dict(analysis)))) == analysis

    check()


def test_overlapping_roles_are_one() -> None:
    """Found by the property test above ("CEO A1=D-CEO BU", which the trained English ner
    no longer reads as a person): two role mentions in one stretch of text."""
    from tui.analysis.analyzer import analyze
    from tui.article.loader import parse_text

    facts = analyze(parse_text("CEO Anna Berg-CEO Bauer", lang="en"), use_cache=False).facts
    roles = [(f.start, f.end) for f in facts if f.kind == "role"]
    assert len(roles) == 1
