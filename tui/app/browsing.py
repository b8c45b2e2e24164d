"""One reader window's use of the shared state: what to call when an article is opened,
left, marked, or when the reader goes back and forward.

Keeps the reader free of bookkeeping: it hands over the article and the offset at
the top of the screen, and gets back where to resume and which location to open.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from tui.article.errors import ArticleError
from tui.article.feed import Feed
from tui.article.loader import DEFAULT_MAX_BYTES, open_path, open_url
from tui.article.model import Article

if TYPE_CHECKING:
    from tui.store.state import Navigation, StateStore

# the store (sqlite3 and its modules) is imported when first used: an article's first
# frame needs none of it

T = TypeVar("T")


def attempt(load: Callable[[], T]) -> tuple[T | None, str]:
    """Run a loader (in a worker): its result, or the one line that says why it failed."""
    try:
        return load(), ""
    except ArticleError as error:
        return None, str(error)
    except Exception as error:  # a loader bug must not take the reader down
        return None, f"{type(error).__name__}: {error}"


def is_url(text: str) -> bool:
    """`tui.article.fetch.is_url`, without importing urllib's HTTP client for a path: an
    http(s) URL with a host always has "://"."""
    if "://" not in text:
        return False
    from tui.article.fetch import is_url as fetch_is_url

    return fetch_is_url(text)


def open_location(
    key: str, *, lang: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Article | Feed:
    """Open a remembered location (a URL or a path); raises ArticleError. Blocking:
    call it in a worker."""
    if is_url(key):
        return open_url(key, lang=lang, max_bytes=max_bytes)
    return open_path(key, lang=lang, max_bytes=max_bytes)


# web articles read in this window, kept for back and forward: fetching a page again
# is slow, may fail offline, and a feed entry's text may not be its page's at all
RECENT_WEB_ARTICLES = 16


def open_store() -> StateStore:
    """The user's state (`tui.store.state.open_store`), imported when first needed."""
    from tui.store.state import open_store as open_state

    return open_state()


class Session:
    """History, bookmarks and positions as one window sees them.

    Given a function instead of a store, the store is opened when first used: a reader
    started on an article opens it after the first frame (importing sqlite3 and the
    store and opening the database cost ~9 ms, 5% of the first paint)."""

    def __init__(self, store: StateStore | Callable[[], StateStore]) -> None:
        self._store: StateStore | None = None
        self._open: Callable[[], StateStore] | None = None
        if callable(store):
            self._open = store
        else:
            self._store = store
        self._navigation: Navigation | None = None
        self.article: Article | None = None
        self.key = ""
        self._recent: OrderedDict[str, Article] = OrderedDict()

    @property
    def store(self) -> StateStore:
        if self._store is None:
            assert self._open is not None
            self._store = self._open()
        return self._store

    @property
    def navigation(self) -> Navigation:
        """Back and forward in this window, from the history as it was when first asked."""
        if self._navigation is None:
            self._navigation = self.store.navigation()
        return self._navigation

    def opened(
        self, article: Article, *, key: str = "", moved: bool = False, offset: int | None = None
    ) -> int | None:
        """The reader shows `article` now; returns the offset to scroll to, or None.

        `key` when the article was opened under another name than its path (a feed
        entry's link); `moved` when back/forward brought it (the list is not cut);
        `offset` when the caller knows where to go (a bookmark).
        """
        from tui.store.state import article_key

        self.article = article
        self.key = article_key(key or article.path)
        if not self.key:
            return offset
        if is_url(self.key):
            self._recent[self.key] = article
            self._recent.move_to_end(self.key)
            while len(self._recent) > RECENT_WEB_ARTICLES:
                self._recent.popitem(last=False)
        self.store.record_open(self.key, article.title)
        if not moved:
            self.navigation.visit(self.key)
        if offset is not None:
            return min(max(0, offset), len(article.text))
        return self.store.position(self.key, article.text)

    def remembered(self, key: str) -> Article | None:
        """A web article read earlier in this window (files are read again: they may
        have changed, and reading them is quick)."""
        return self._recent.get(key)

    def save_position(self, offset: int) -> None:
        """Where the reader is (the offset at the top of the screen); cheap if unchanged,
        so a timer may call it every few seconds, and leaving or quitting must."""
        if self.article is not None and self.key:
            self.store.set_position(self.key, offset, self.article.text)

    def back(self) -> str | None:
        return self.navigation.back()

    def forward(self) -> str | None:
        return self.navigation.forward()

    def move_failed(self, step: int, *, forget: bool) -> None:
        """The article back (-1) or forward (+1) led to did not open: stay where the
        reader is; `forget` drops it from the list (a deleted file), else it stays
        (a network error may pass)."""
        if forget:
            self.navigation.discard(step)
        else:
            self.navigation.undo(step)

    def toggle_bookmark(self, offset: int) -> bool | None:
        """`m`: returns whether the article is marked now; None if it has no location."""
        if self.article is None or not self.key:
            return None
        return self.store.toggle_bookmark(self.key, self.article.title, offset, self.article.text)

    def is_bookmarked(self) -> bool:
        return bool(self.key) and self.store.bookmark(self.key) is not None

    def warnings(self) -> list[str]:
        """Messages for the status line or a notification (corrupt store, cannot save);
        none before the store is opened."""
        return self._store.take_warnings() if self._store is not None else []
