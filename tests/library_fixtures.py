"""Real articles in a library index for the reader's Pilot tests (the card, the search).

The German Wikinews articles of tests/data/realnews (CC BY 2.5, see its README) and the
English ones, each analysed from its hand-made gold file: every written form of each
gold entity is found in the text (longest first, whole words), so the tests read real
text and real names without waiting for spaCy. Indexed through the reader's own path,
`tui.library.opened.index_opened`, into the test's private LIMELIGHT_DATA_DIR.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tui.analysis.model import Analysis, Entity, Mention
from tui.article import load_article
from tui.article.model import Article
from tui.library.opened import index_opened

REALNEWS = Path(__file__).resolve().parent / "data" / "realnews"


def gold_analysis(article: Article, gold: Path) -> Analysis:
    """The gold entities of `gold` found in the article's text (forms taken once)."""
    data = json.loads(gold.read_text(encoding="utf-8"))
    forms = [
        (form, e["name"], e["label"])
        for e in data["entities"]
        for form in e.get("forms") or [e["name"]]
    ]
    forms.sort(key=lambda f: -len(f[0]))
    taken: set[int] = set()
    found: dict[tuple[str, str], list[Mention]] = {}
    text = article.text
    for form, name, label in forms:
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            if taken.intersection(range(m.start(), m.end())):
                continue
            taken.update(range(m.start(), m.end()))
            found.setdefault((name, label), []).append(Mention(m.start(), m.end(), m.group()))
    entities = [
        Entity(name, label, sorted(mentions, key=lambda m: m.start))
        for (name, label), mentions in found.items()
    ]
    return Analysis(article.language, "gold", entities, [], [], [])


def real_articles(language: str = "de") -> list[Path]:
    return sorted((REALNEWS / language).glob("*.txt"))


def analysed(path: Path) -> tuple[Article, Analysis]:
    article = load_article(path)
    return article, gold_analysis(article, path.with_suffix(".entities.json"))


def index_real_news(*languages: str) -> list[Path]:
    """Index the real articles of `languages` (default: German and English)."""
    paths = [p for lang in languages or ("de", "en") for p in real_articles(lang)]
    for path in paths:
        index_opened(*analysed(path))
    return paths


class GoldAnalyze:
    """An analyze function for the reader: the gold analysis of each real article."""

    def __call__(self, article: Article, *, progress=None) -> Analysis:  # type: ignore[no-untyped-def]
        path = Path(article.path)
        return gold_analysis(article, path.with_suffix(".entities.json"))
