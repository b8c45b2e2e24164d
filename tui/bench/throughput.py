"""Analysis speed: Limelight's whole analysis beside raw `nlp.pipe` of its base pipeline.

Both get the same prose in the same pieces (`chunks`), and both pipelines are loaded
and warmed before timing, so the ratio is Limelight's own cost: its components
(sentencizer, labels, time expressions, facts) and the grouping into entities.
Time expressions are also timed alone, beside `dateparser.search.search_dates`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from tui.bench.corpus import BenchArticle
from tui.bench.stats import median, ratio, rounded

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from tui.analysis.model import Analysis

BATCH_SIZE = 8  # for the per-component breakdown, as tui.analysis.analyzer runs nlp.pipe
DATE_REPEATS = 15  # tag_dates takes milliseconds: enough repeats for a stable median


def _timed(call: Callable[..., object], *args: Any) -> float:
    start = time.perf_counter()
    call(*args)
    return time.perf_counter() - start


def _raw_pipe(nlp: Language, pieces: list[str]) -> None:
    """The reference: plain `nlp.pipe` with spaCy's defaults, as anyone would call it."""
    for _ in nlp.pipe(pieces):
        pass


class Pipelines:
    """Limelight's pipeline and a separately loaded base pipeline per language."""

    def __init__(self) -> None:
        self.full: dict[str, Language] = {}
        self.base: dict[str, Language] = {}
        self.base_name: dict[str, str] = {}
        self.load_s: dict[str, float] = {}

    def get(self, lang: str) -> tuple[Language, Language]:
        if lang not in self.full:
            from tui.analysis.pipeline import _load_base, load_pipeline

            start = time.perf_counter()
            self.full[lang] = load_pipeline(lang)
            self.load_s[lang] = time.perf_counter() - start
            self.base[lang], self.base_name[lang] = _load_base(lang)
        return self.full[lang], self.base[lang]


def prose_pieces(article: BenchArticle) -> list[str]:
    from tui.analysis.analyzer import chunks

    text = article.article.text
    return [text[start:end] for start, end in chunks(article.article)]


def _full_pipe(nlp: Language, article: BenchArticle, pieces: list[str]) -> None:
    """Limelight's pipeline alone, on Docs prepared as `analyze` prepares them."""
    from tui.analysis.analyzer import REFERENCE_DATE

    def docs() -> Iterator[Doc]:
        for piece in pieces:
            doc = nlp.make_doc(piece)
            doc.user_data[REFERENCE_DATE] = article.article.published
            yield doc

    for _ in nlp.pipe(docs(), batch_size=BATCH_SIZE):
        pass


def analyse(article: BenchArticle, nlp: Language) -> Analysis:
    from tui.analysis import analyze

    return analyze(article.article, nlp=nlp, use_cache=False)


def component_shares(nlp: Language, pieces: list[str]) -> dict[str, float]:
    """Seconds per pipeline component over `pieces`: where the analysis time goes."""
    docs = [nlp.make_doc(p) for p in pieces]
    shares: dict[str, float] = {}
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=BATCH_SIZE))
        else:
            docs = [component(doc) for doc in docs]
        shares[name] = round(time.perf_counter() - start, 4)
    return shares


def measure_throughput(
    articles: list[BenchArticle],
    pipelines: Pipelines,
    *,
    runs: int,
    note: Callable[[str], None] = lambda _: None,
) -> dict[str, Any]:
    """Words per second of both, per article (median of `runs`), and the ratio."""
    results: dict[str, Any] = {}
    for article in articles:
        full, base = pipelines.get(article.lang)
        pieces = prose_pieces(article)
        words = sum(len(p.split()) for p in pieces)
        # warm both: first calls build caches and lazy tables
        note(f"throughput {article.name}: warming up")
        analyse(article, full)
        _raw_pipe(base, pieces[:2])
        ours: list[float | None] = []
        raw: list[float | None] = []
        pipe: list[float | None] = []
        for i in range(runs):
            note(f"throughput {article.name}: run {i + 1}/{runs}")
            ours.append(_timed(analyse, article, full))
            raw.append(_timed(_raw_pipe, base, pieces))
            pipe.append(_timed(_full_pipe, full, article, pieces))
        ours_s, raw_s, pipe_s = median(ours), median(raw), median(pipe)
        results[article.name] = {
            "lang": article.lang,
            "words": words,
            "pipeline": pipelines.base_name[article.lang],
            "raw_batch_size": base.batch_size,
            "limelight_s": rounded(ours_s),
            "raw_pipe_s": rounded(raw_s),
            # Limelight's pipeline alone; the rest of limelight_s is grouping and linking
            "limelight_pipe_s": rounded(pipe_s),
            "limelight_words_per_s": rounded(ratio(words, ours_s), 0),
            "raw_words_per_s": rounded(ratio(words, raw_s), 0),
            # words/s of ours over words/s of raw: 1.0 is no overhead at all
            "throughput_ratio": rounded(ratio(raw_s, ours_s)),
            "components_s": component_shares(full, pieces),
        }
    return results


def measure_dates(
    articles: list[BenchArticle],
    *,
    runs: int,
    with_dateparser: bool = True,
    note: Callable[[str], None] = lambda _: None,
) -> dict[str, Any]:
    """ms per 1,000 words of `tag_dates`, and of `search_dates`, on the same text."""
    from tui.analysis.timex import tag_dates

    search_dates: Callable[..., Any] | None = None
    if with_dateparser:
        from dateparser.search import search_dates as dateparser_search

        search_dates = dateparser_search
        for lang in sorted({a.lang for a in articles}):
            warm = "am 3. März 2024" if lang == "de" else "on March 3, 2024"
            dateparser_search(warm, languages=[lang])
    for article in articles:  # warm our rules' caches too
        tag_dates(article.article.text[:2000], article.lang, article.article.published)
    results: dict[str, Any] = {}
    for article in articles:
        text, lang, ref = article.article.text, article.lang, article.article.published
        words = len(text.split())
        ours: list[float | None] = []
        theirs: list[float | None] = []
        found = len(tag_dates(text, lang, ref))
        found_theirs: int | None = None
        for i in range(runs):
            note(f"dates {article.name}: run {i + 1}/{runs}")
            ours.extend(_timed(tag_dates, text, lang, ref) for _ in range(DATE_REPEATS))
            if search_dates is not None:
                start = time.perf_counter()
                hits = search_dates(text, languages=[lang])
                theirs.append(time.perf_counter() - start)
                found_theirs = len(hits or [])
        ours_s, theirs_s = median(ours), median(theirs)
        results[article.name] = {
            "lang": lang,
            "words": words,
            "ms_per_1k_words": rounded(ratio(1e6 * ours_s, words) if ours_s else None),
            "dateparser_ms_per_1k_words": rounded(
                ratio(1e6 * theirs_s, words) if theirs_s else None
            ),
            "speedup": rounded(ratio(theirs_s, ours_s), 1),
            "found": found,
            "dateparser_found": found_theirs,
            "seconds": rounded(ours_s, 5),
            "dateparser_seconds": rounded(theirs_s, 4),
        }
    return results
