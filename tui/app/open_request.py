"""The message every list posts to open an article.

Apart from the list screens so the reader can handle it without importing them (and
their table widget) before its first frame.
"""

from __future__ import annotations

from textual.message import Message

from tui.article.model import Article


class OpenRequested(Message):
    """Open an article: `article` when it is already loaded (a feed entry), else `key`
    (an absolute path or a URL) is for the host to load; `offset` is where to start
    reading when it is known (a bookmark)."""

    def __init__(
        self,
        key: str,
        *,
        title: str = "",
        article: Article | None = None,
        offset: int | None = None,
    ) -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.article = article
        self.offset = offset
