"""What `limelight list` prints: a feed's entries or a folder's articles, as plain data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tui.article.errors import ArticleError
from tui.article.feed import Feed
from tui.article.fetch import is_url
from tui.article.library import peek, scan
from tui.article.loader import DEFAULT_MAX_BYTES, open_path, open_url


def list_path(target: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, Any]:
    """`{"title", "kind", "entries": [...]}`; entries in the feed's or the folder's order."""
    if not is_url(target) and Path(target).is_dir():
        folder = Path(target)
        entries = []
        for entry in scan(folder):
            info = peek(entry.path)
            entries.append(
                {
                    "title": info.title,
                    "path": str(entry.path),
                    "published": info.published.isoformat() if info.published else None,
                    "language": info.language,
                    "size": entry.size,
                }
            )
        return {"title": folder.resolve().name or str(folder), "kind": "folder", "entries": entries}
    opened = (
        open_url(target, max_bytes=max_bytes)
        if is_url(target)
        else open_path(target, max_bytes=max_bytes)
    )
    if not isinstance(opened, Feed):
        raise ArticleError(
            f"{target}: an article, not a feed or a folder; open it with `limelight {target}`"
        )
    return {
        "title": opened.title,
        "kind": "feed",
        "entries": [
            {
                "title": e.title,
                "url": e.link,
                "published": e.published.isoformat() if e.published else None,
                "author": e.author or None,
                "summary": e.summary,
            }
            for e in opened.entries
        ],
    }
