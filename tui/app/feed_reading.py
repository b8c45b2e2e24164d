"""Reading subscriptions inside the reader: open an entry, walk unread ones, refresh.

One `FeedReader` per app (`feed_reader(app)`), so the Feeds screen, a feed's entries
and the article screen's `u` share what is being read and any refresh under way.
An entry opens at once from what the feed said (its content or summary) and is
replaced by the full page when the fetch (same cache and limits as a URL) brings it;
offline the cached page or the summary stays. Refreshing runs in a thread worker and
reports into the status line, so keys are never blocked.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from tui.app.browsing import attempt, is_url
from tui.app.layout import safe_text
from tui.app.open_request import OpenRequested
from tui.article.errors import ArticleError
from tui.article.model import Article
from tui.store.db import StoreError
from tui.store.feeds import FeedStore, StoredEntry

if TYPE_CHECKING:
    from tui.app.reader import ReaderApp
    from tui.feeds.refresh import RefreshResult

NO_FEEDS = "No subscriptions: limelight subscribe URL adds one"
LIST_KEYS = (
    "^t and ^a mark entries on the Feeds lists (limelight with no file opens them); u: next unread"
)


def summary_article(entry: StoredEntry) -> Article:
    """The entry as its feed gives it (full content or a teaser), shown while the page
    loads. Feed markup goes through the HTML extractor, which sanitises it; a teaser is
    plain text already (sanitised when stored) and is laid out as text: the extractor
    costs 0.2-0.7 s the first time (trafilatura's import and word lists) for a line."""
    from tui.article.loader import parse_text

    title = entry.title or "(untitled)"
    published = entry.published.date() if entry.published else None
    article: Article | None = None
    if entry.content.strip():
        from tui.article.feed import FeedEntry
        from tui.article.loader import entry_article

        carried = FeedEntry(title, "", published, entry.summary, entry.content)
        with contextlib.suppress(ArticleError):
            article = entry_article(carried)
    if article is None:
        summary = entry.summary.strip() or "(the feed gives no summary for this entry)"
        article = parse_text(f"{title}\n\n{summary}")
        article.published = article.published or published
    article.path = entry.link if is_url(entry.link) else ""
    return article


@dataclass
class Refreshing:
    """A refresh under way: how far it got, for the status lines."""

    total: int
    done: int = 0
    new: int = 0
    failed: int = 0

    @property
    def text(self) -> str:
        return f"refreshing {self.done}/{self.total} feeds · {self.new} new"


class FeedReader:
    """What the app knows about feed reading: the list an entry came from, the entry
    on screen, and a refresh under way."""

    def __init__(self, app: ReaderApp, store: FeedStore) -> None:
        self.app = app
        self.store = store
        self.feed_id: int | None = None  # the list the last entry came from (None: all)
        self.current: int | None = None  # the entry on screen
        self.refreshing: Refreshing | None = None
        self.last_refresh = ""  # the summary of the refresh that ended last
        self.refreshes = 0  # refreshes ended in this window (they may change entries' text)
        # told when many entries changed (a refresh, all marked read); a list showing one
        # entry's change updates its row itself, and the others read the store when shown
        self.listeners: list[Callable[[], None]] = []

    # ---- store writes: a failure is a message, never a traceback -------------------

    def safely(self, change: Callable[[], Any]) -> Any:
        try:
            return change()
        except StoreError as exc:
            self.app.notify(safe_text(str(exc)), severity="error", markup=False)
            return None

    # ---- opening --------------------------------------------------------------------

    def open_entry(self, entry_id: int, feed_id: int | None) -> None:
        """Show the entry now (its summary), mark it read, fetch the page behind it."""
        entry = self.store.entry(entry_id)
        if entry is None:
            self.app.notify("That entry is gone (unsubscribed meanwhile?)", severity="warning")
            return
        self.feed_id, self.current = feed_id, entry_id
        self.safely(lambda: self.store.set_read([entry_id]))
        article = summary_article(entry)
        link = entry.link if is_url(entry.link) else ""
        self.app.post_message(OpenRequested(link, title=entry.title, article=article))
        if link:  # queued after the summary is shown: a quick answer must not beat it
            self.app.call_later(self._start_fetch, entry_id, link)
        elif entry.link:
            self.app.notify(
                "The entry's link is not http(s): not opened; this is the feed's text",
                severity="warning",
                markup=False,
            )

    def _start_fetch(self, entry_id: int, link: str) -> None:
        self.app.run_worker(
            partial(self._fetch_page, entry_id, link),
            thread=True,
            exclusive=True,
            group="feed-page",
            exit_on_error=False,
        )

    def _fetch_page(self, entry_id: int, link: str) -> None:
        from textual.worker import get_current_worker

        from tui.article.loader import open_url

        worker = get_current_worker()
        result, reason = attempt(
            lambda: open_url(link, lang=self.app.lang, max_bytes=self.app.max_bytes)
        )
        if worker.is_cancelled:
            return
        if not isinstance(result, Article):
            reason = reason or "the link leads to a feed, not an article"
            result = None
        with contextlib.suppress(RuntimeError):  # the app ended meanwhile
            self.app.call_from_thread(self._page_loaded, entry_id, link, result, reason)

    def _page_loaded(
        self, entry_id: int, link: str, article: Article | None, reason: str, waited: int = 0
    ) -> None:
        if self.current != entry_id:
            return  # the reader moved on to another entry
        pending = self.app.session.key != link or (
            article is None and self.app.analysis is None and self.app.analysis_error is None
        )
        if pending:
            # on a busy machine the page can come back before the summary it replaces is
            # on screen, or before that summary's analysis, whose arrival clears the
            # status line: wait for them (a few frames), unless the reader went elsewhere
            if waited < 60:
                self.app.set_timer(
                    0.05, partial(self._page_loaded, entry_id, link, article, reason, waited + 1)
                )
            return
        if article is None:
            self.app.flash(f"The feed's summary: {safe_text(reason)[:70]}")
            return
        self.app.show_article(article, key=link)

    def next_unread(self) -> None:
        """`u`: the next unread entry below the current one in its list, wrapping; then
        any feed's."""
        if not self.store.subscriptions():
            self.app.flash(NO_FEEDS)
            return
        found = self._next_in(self.feed_id)
        feed_id = self.feed_id
        if found is None and self.feed_id is not None:
            found, feed_id = self._next_in(None), None
        if found is None:
            self.app.flash("No unread entries: F5 in the Feeds list refreshes")
            return
        self.open_entry(found, feed_id)

    def _next_in(self, feed_id: int | None) -> int | None:
        return self.store.next_unread(feed_id, self.current)

    # ---- marks ----------------------------------------------------------------------

    def toggle_read(self, entry_id: int) -> bool | None:
        read = self.safely(lambda: self.store.toggle_read(entry_id))
        return read if read is None else bool(read)

    def mark_all_read(self, feed_id: int | None) -> int:
        count = self.safely(lambda: self.store.mark_all_read(feed_id)) or 0
        self.changed()
        return int(count)

    def changed(self) -> None:
        for listener in list(self.listeners):
            listener()

    # ---- refresh --------------------------------------------------------------------

    def explain_list_keys(self) -> None:
        """^t and ^a pressed on an article: they work on the Feeds lists (`u` reads on)."""
        if not self.store.subscriptions():
            self.app.flash(NO_FEEDS)
            return
        self.app.flash(LIST_KEYS)

    def refresh(self, feed_ids: Sequence[int] | None = None) -> None:
        """Refresh these feeds (None: all) in a thread worker; progress in the status."""
        if self.refreshing is not None:
            self.app.notify("A refresh is under way", timeout=3)
            return
        subs = self.store.subscriptions()
        if feed_ids is not None:
            subs = [s for s in subs if s.id in feed_ids]
        if not subs:
            self.app.flash(NO_FEEDS)
            return
        self.refreshing = Refreshing(len(subs))
        self.progress()
        self.app.run_worker(
            partial(self._refresh_thread, subs),
            thread=True,
            group="feed-refresh",
            exit_on_error=False,
        )

    def _refresh_thread(self, subs: Sequence[Any]) -> None:
        from tui.feeds.refresh import refresh

        def tell(result: RefreshResult) -> None:
            with contextlib.suppress(RuntimeError):
                self.app.call_from_thread(self._one_done, result)

        try:
            refresh(self.store, subs, on_result=tell)
        finally:
            with contextlib.suppress(RuntimeError):
                self.app.call_from_thread(self._all_done)

    def _one_done(self, result: RefreshResult) -> None:
        if self.refreshing is None:
            return
        self.refreshing.done += 1
        self.refreshing.new += result.new
        self.refreshing.failed += result.status == "error"
        self.progress()

    def _all_done(self) -> None:
        done = self.refreshing
        self.refreshing = None
        self.refreshes += 1
        if done is None:
            return
        text = f"refreshed {done.total} feed{'s' if done.total != 1 else ''} · {done.new} new"
        if done.failed:
            text += f" · {done.failed} failed (see the Feeds list)"
        self.last_refresh = text
        self.progress()
        self.changed()

    def progress(self) -> None:
        """Say how the refresh goes where the reader is looking."""
        text = self.refreshing.text if self.refreshing else self.last_refresh
        screen = self.app.screen
        update = getattr(screen, "update_status", None)
        if screen is self.app.article_screen:
            self.app.flash(text)
        elif callable(update):
            update()

    @property
    def status(self) -> str:
        """The refresh part of a list's status line."""
        return self.refreshing.text if self.refreshing else self.last_refresh


def feed_reader(app: ReaderApp) -> FeedReader:
    """The app's one FeedReader, made on first use over the app's database."""
    if app.feed_reader is None:
        app.feed_reader = FeedReader(app, FeedStore(database=app.session.store.db))
    return app.feed_reader
