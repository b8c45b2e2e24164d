"""Shared fixtures: the seed article, and a hand-made analysis of it for fast UI tests.

The hand-made analysis finds fixed strings in whatever text the loader produced, so
it stays valid when the loader changes; tests that need spaCy's real output say so.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tui.analysis.model import Analysis, CitedSource, DateMention, Entity, Fact, Mention
from tui.article import load_article
from tui.article.model import Article

SEED = Path(__file__).resolve().parent.parent / "samples" / "microsoft-openai.de.txt"

# canonical name, label, patterns (longest first; a span is taken once)
SEED_ENTITIES = [
    ("Sam Altman", "PER", [r"Sam Altman", r"Altmans?\b"]),
    ("Satya Nadella", "PER", [r"Satya Nadella", r"Nadella\b"]),
    ("Microsoft", "ORG", [r"Microsofts?\b"]),
    ("OpenAI", "ORG", [r"OpenAI"]),
    ("The New York Times", "ORG", [r"New York Times", r"NYT\b"]),
    ("Oracle", "ORG", [r"Oracle"]),
    ("Nvidia", "ORG", [r"Nvidia"]),
    ("Morgan Stanley", "ORG", [r"Morgan Stanley"]),
    ("Goldman Sachs", "ORG", [r"Goldman Sachs"]),
    ("The Wall Street Journal", "ORG", [r"Wall Street Journal"]),
    ("Texas", "LOC", [r"Texas"]),
    ("Vereinigte Arabische Emirate", "LOC", [r"Vereinigten Arabischen Emiraten"]),
]
SEED_DATES = [  # text, value, granularity, mod
    ("im November 2023", "2023-11", "month", None),
    ("im Herbst 2023", "2023-FA", "season", None),
    ("für 2024", "2024", "year", None),
    ("Im Juni 2024", "2024-06", "month", None),
    ("bis Mitte 2026", "2026", "year", "MID"),
    ("In den letzten Monaten", "PAST_REF", "ref", None),
    ("kürzlich", "PAST_REF", "ref", None),
]
SEED_FACTS = [  # kind, text
    ("money", "10-Milliarden-Dollar"),
    ("money", "6,6 Milliarden US-Dollar"),
    ("money", "4 Milliarden US-Dollar"),
    ("money", "13,75 Milliarden US-Dollar"),
    ("attribution", "Laut der New York Times"),
    ("role", "OpenAI-CEO Sam Altman"),
]


def _body_spans(article: Article) -> list[tuple[int, int]]:
    return [(b.start, b.end) for b in article.analysable_blocks()]


def _find(article: Article, pattern: str) -> list[tuple[int, int]]:
    spans = _body_spans(article)
    return [
        (m.start(), m.end())
        for m in re.finditer(pattern, article.text)
        if any(s <= m.start() and m.end() <= e for s, e in spans)
    ]


def make_seed_analysis(article: Article) -> Analysis:
    taken: set[int] = set()
    entities = []
    for name, label, patterns in SEED_ENTITIES:
        mentions = []
        for pattern in patterns:
            for s, e in _find(article, pattern):
                if not taken.intersection(range(s, e)):
                    taken.update(range(s, e))
                    mentions.append(Mention(s, e, article.text[s:e]))
        mentions.sort(key=lambda m: m.start)
        entities.append(Entity(name, label, mentions))
    dates = [
        DateMention(s, e, article.text[s:e], value, gran, mod)
        for text, value, gran, mod in SEED_DATES
        for s, e in _find(article, re.escape(text))
    ]
    facts = [
        Fact(kind, s, e, article.text[s:e], entities=("OpenAI",))
        for kind, text in SEED_FACTS
        for s, e in _find(article, re.escape(text))
    ]
    sources = []
    for src in article.sources:
        cited: list[int] = []
        if src.label == "The New York Times":
            cited = [s for s, _ in _find(article, r"New York Times|NYT\b")]
        elif src.label == "The Wall Street Journal":
            cited = [s for s, _ in _find(article, r"Wall Street Journal")]
        cited += [src.start] if src.start >= 0 else []
        sources.append(CitedSource(src.label, src.url, src.outlet, tuple(sorted(cited))))
    return Analysis(article.language, "hand-made", entities, dates, facts, sources)


@pytest.fixture
def seed_article() -> Article:
    return load_article(SEED)


@pytest.fixture
def seed_analysis(seed_article: Article) -> Analysis:
    return make_seed_analysis(seed_article)


class HandMadeAnalyze:
    """An analyze function for Pilot tests: the hand-made analysis of any article, at once;
    records which articles it was asked for."""

    def __init__(self) -> None:
        self.calls: list[Article] = []

    def __call__(self, article: Article, *, progress=None) -> Analysis:  # type: ignore[no-untyped-def]
        self.calls.append(article)
        return make_seed_analysis(article)


@pytest.fixture
def hand_made_analyze() -> HandMadeAnalyze:
    return HandMadeAnalyze()


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> Path:
    """History, bookmarks and positions of a test go to a fresh folder, never the user's."""
    folder = tmp_path_factory.mktemp("limelight-data")
    monkeypatch.setenv("LIMELIGHT_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def anyio_backend() -> str:
    """Async tests (Textual's Pilot) run on asyncio through anyio's pytest plugin."""
    return "asyncio"
