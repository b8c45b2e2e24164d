"""Analyse many articles: one pipeline per worker process, results in input order.

Loading a pipeline costs about a second, so each worker loads it once and then
takes article after article; with one job everything stays in this process.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from tui.analysis.analyzer import analyze
from tui.analysis.errors import AnalysisError
from tui.analysis.report import to_document
from tui.article.errors import ArticleError
from tui.article.loader import load_location


@dataclass(frozen=True)
class Job:
    path: str
    lang: str | None
    max_bytes: int
    use_cache: bool


@dataclass(frozen=True)
class Outcome:
    path: str
    document: dict[str, Any] | None
    error: str | None
    words: int = 0


def run_job(job: Job) -> Outcome:
    try:
        article = load_location(job.path, lang=job.lang, max_bytes=job.max_bytes)
        document = to_document(article, analyze(article, use_cache=job.use_cache))
    except (ArticleError, AnalysisError) as exc:
        return Outcome(job.path, None, str(exc))
    return Outcome(job.path, document, None, len(article.text.split()))


def analyze_many(jobs: Sequence[Job], processes: int = 1) -> Iterator[Outcome]:
    """Outcomes in the order of `jobs`; errors are outcomes too, so one bad file stops nothing."""
    if processes <= 1 or len(jobs) <= 1:
        yield from map(run_job, jobs)
        return
    context = multiprocessing.get_context("spawn")  # no forked copies of loaded models or threads
    with context.Pool(processes=min(processes, len(jobs))) as pool:
        yield from pool.imap(run_job, jobs, chunksize=1)
