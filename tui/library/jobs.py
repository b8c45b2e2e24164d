"""What `limelight index` does to one article, wherever it runs (a process, a Dask worker).

A job carries everything a worker needs, so it can be pickled to another process or
machine: the location, the options and, for a feed entry, the entry's stored text. The
worker loads the article and hashes it first: an article the index already holds with
the same hash comes back `skipped` without being analysed.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tui.analysis.errors import AnalysisError
from tui.article.errors import ArticleError
from tui.article.loader import DEFAULT_MAX_BYTES
from tui.article.model import Article
from tui.store.index import content_hash


@dataclass(frozen=True)
class StoredText:
    """A subscribed feed's entry as the store keeps it (tui.store.feeds.StoredEntry)."""

    title: str
    link: str
    published: date | None
    summary: str
    content: str
    author: str = ""


@dataclass(frozen=True)
class IndexJob:
    location: str  # an absolute path, a URL, or a feed entry's link or key
    lang: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    use_cache: bool = True
    known_hash: str | None = None  # what the index holds for `location`
    entry: StoredText | None = None


@dataclass(frozen=True)
class IndexOutcome:
    location: str
    document: dict[str, Any] | None = None
    digest: str = ""
    error: str | None = None
    skipped: bool = False
    words: int = 0


def location_of(article: Article) -> str:
    """The index's name for an article the reader opened: an absolute path or its URL."""
    path = article.path
    if not path or "://" in path:
        return path
    return str(Path(path).resolve())


def article_hash(article: Article) -> str:
    return content_hash(article.title, article.text, article.language)


def load_job(job: IndexJob) -> Article:
    from tui.article.loader import load_location

    if job.entry is None:
        return load_location(job.location, lang=job.lang, max_bytes=job.max_bytes)
    from tui.article.feed import FeedEntry
    from tui.article.loader import entry_article

    entry = job.entry
    return entry_article(
        FeedEntry(entry.title, entry.link, entry.published, entry.summary, entry.content),
        lang=job.lang,
    )


def run_index_job(job: IndexJob) -> IndexOutcome:
    """Load, hash and (unless unchanged) analyse one article; errors are outcomes."""
    from tui.analysis.analyzer import analyze
    from tui.analysis.report import to_document

    try:
        article = load_job(job)
        digest = article_hash(article)
        if digest == job.known_hash:
            return IndexOutcome(job.location, digest=digest, skipped=True)
        document = to_document(article, analyze(article, use_cache=job.use_cache))
    except (ArticleError, AnalysisError) as exc:
        return IndexOutcome(job.location, error=str(exc))
    return IndexOutcome(job.location, document, digest, words=len(article.text.split()))


def run_index_jobs(jobs: Sequence[IndexJob], processes: int = 1) -> Iterator[IndexOutcome]:
    """Outcomes as they finish; each worker process loads its pipelines once."""
    if processes <= 1 or len(jobs) <= 1:
        yield from map(run_index_job, jobs)
        return
    context = multiprocessing.get_context("spawn")  # no forked copies of loaded models
    with context.Pool(processes=min(processes, len(jobs))) as pool:
        yield from pool.imap_unordered(run_index_job, jobs, chunksize=1)
