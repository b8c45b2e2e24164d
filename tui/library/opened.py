"""What the reader calls so that every article it opens joins the library.

The reader has the analysis already; indexing it costs one transaction and no second
analysis. Call it off the UI thread (where the analysis finished), never before the
first paint: it opens the database and hashes the text.
"""

from __future__ import annotations

from tui.analysis.model import Analysis
from tui.article.model import Article
from tui.library.jobs import article_hash, location_of
from tui.store.db import Database
from tui.store.index import LibraryIndex


def index_opened(article: Article, analysis: Analysis, *, database: Database | None = None) -> bool:
    """Index an article the reader opened, fetched or refreshed; returns whether rows were
    written (False: the index already holds this text, or the article has no location)."""
    from tui.analysis.report import to_document

    location = location_of(article)
    if not location:
        return False
    index = LibraryIndex(database=database)
    digest = article_hash(article)
    if index.indexed_hash(location) == digest:
        return False
    return index.add(location, to_document(article, analysis), digest)
