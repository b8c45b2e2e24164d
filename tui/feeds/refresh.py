"""Refresh subscriptions: fetch and parse in threads (eight at a time), store in this one.

Each feed is fetched with its validators, so an unchanged feed is a 304 and nothing
more; a failure (timeout, 404, an HTML page, malformed XML, a redirect loop, a huge
body) is that feed's one-line error and the others go on. Each feed's entries are
stored in their own transaction as soon as it is read: a refresh killed half-way keeps
the feeds it finished.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.article.errors import ArticleError
from tui.feeds.http import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, Response, conditional_get
from tui.feeds.parse import FeedError, ParsedFeed, parse
from tui.store.db import StoreError
from tui.store.feeds import FeedStore, Subscription

DEFAULT_JOBS = 8


@dataclass(frozen=True)
class RefreshResult:
    url: str
    title: str
    status: str  # "ok", "unchanged" (304) or "error"
    new: int = 0
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "title": self.title,
            "status": self.status,
            "new": self.new,
            "error": self.error,
        }


@dataclass(frozen=True)
class _Fetched:
    response: Response | None = None
    feed: ParsedFeed | None = None
    error: str | None = None


def is_local(location: str) -> bool:
    """A subscription to a feed file on this machine (its absolute path)."""
    return location.startswith("/") or (len(location) > 2 and location[1:3] == ":\\")


def _read_local(sub: Subscription, max_bytes: int) -> Response:
    from tui.article.loader import read_bytes

    path = Path(sub.url)
    try:
        stamp = str(path.stat().st_mtime_ns)
    except OSError as exc:
        raise FeedError(exc.strerror or "cannot read the file") from None
    if stamp == sub.last_modified:
        return Response(sub.url, 304, b"", None, stamp)
    return Response(sub.url, 200, read_bytes(path, max_bytes), None, stamp)


def fetch_feed(
    sub: Subscription, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES
) -> _Fetched:
    """Fetch and parse one subscription (in a worker thread); never raises."""
    try:
        if is_local(sub.url):
            response = _read_local(sub, max_bytes)
        else:
            response = conditional_get(
                sub.url,
                etag=sub.etag,
                last_modified=sub.last_modified,
                timeout=timeout,
                max_bytes=max_bytes,
            )
        if response.status == 304:
            return _Fetched(response)
        return _Fetched(response, parse(response.data, url=response.url))
    except ArticleError as exc:
        return _Fetched(error=" ".join(str(exc).split()) or "cannot read the feed")
    except Exception as exc:  # a parser bug must cost one feed, not the refresh
        return _Fetched(error=f"{exc.__class__.__name__}: {' '.join(str(exc).split())[:200]}")


def _store(store: FeedStore, sub: Subscription, fetched: _Fetched) -> RefreshResult:
    try:
        if fetched.error is not None or fetched.response is None:
            error = fetched.error or "cannot read the feed"
            store.record_error(sub.id, error)
            return RefreshResult(sub.url, sub.name, "error", 0, error)
        if fetched.feed is None:
            store.record_unchanged(sub.id)
            return RefreshResult(sub.url, sub.name, "unchanged")
        new = store.record_refresh(
            sub.id,
            fetched.feed.entries,
            title=fetched.feed.title,
            site=fetched.feed.site,
            etag=fetched.response.etag,
            last_modified=fetched.response.last_modified,
        )
        title = sub.title if sub.title and sub.title != sub.url else fetched.feed.title
        return RefreshResult(sub.url, title or sub.url, "ok", new)
    except StoreError as exc:
        return RefreshResult(sub.url, sub.name, "error", 0, str(exc))


def refresh(
    store: FeedStore,
    subscriptions: Sequence[Subscription],
    *,
    jobs: int = DEFAULT_JOBS,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_result: Callable[[RefreshResult], None] | None = None,
) -> list[RefreshResult]:
    """Refresh `subscriptions`; results in their order, `on_result` as each one ends."""
    if not subscriptions:
        return []
    results: dict[int, RefreshResult] = {}
    workers = max(1, min(jobs, len(subscriptions), 32))
    with ThreadPoolExecutor(workers, thread_name_prefix="refresh") as pool:
        futures = {
            pool.submit(fetch_feed, sub, timeout=timeout, max_bytes=max_bytes): sub
            for sub in subscriptions
        }
        for future in as_completed(futures):
            sub = futures[future]
            result = _store(store, sub, future.result())
            results[sub.id] = result
            if on_result is not None:
                on_result(result)
    return [results[sub.id] for sub in subscriptions]


def subscribe_url(
    store: FeedStore,
    url: str,
    title: str = "",
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> tuple[Subscription, RefreshResult, bool]:
    """Fetch `url` (or the feed its HTML page announces), subscribe, store its entries.

    Raises FeedError when nothing readable is there: no subscription is added then.
    Returns the subscription, its first refresh, and whether it is new.
    """
    from tui.feeds.parse import discover

    location = os.path.abspath(url) if not url.lower().startswith(("http:", "https:")) else url
    probe = Subscription(0, location, title, "", 0, 0, None, None)
    fetched = fetch_feed(probe, timeout=timeout, max_bytes=max_bytes)
    if fetched.error and "HTML page" in fetched.error and not is_local(location):
        # a web page, not a feed: subscribe to the feed it announces, if any
        page = conditional_get(location, timeout=timeout, max_bytes=max_bytes)
        found = discover(page.data, page.url)
        if found:
            location = found
            probe = Subscription(0, location, title, "", 0, 0, None, None)
            fetched = fetch_feed(probe, timeout=timeout, max_bytes=max_bytes)
    if fetched.error:
        raise FeedError(f"{url}: {fetched.error}; not subscribed")
    sub, added = store.subscribe(location, title)
    result = _store(store, sub, fetched)
    found_sub = store.subscription(location)
    return found_sub or sub, result, added
