"""Fetch a page or feed over HTTP(S), carefully, and keep a copy on disk.

Only http and https; time-outs on connect and read and for the whole transfer; a
size cap; at most five redirects, each checked again; proxies from the environment
(urllib's ProxyHandler reads http_proxy/https_proxy/no_proxy). A page fetched before
is served from the cache when the network is down.
"""

from __future__ import annotations

import hashlib
import json
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from urllib.parse import urlsplit

from tui import __version__
from tui.article import atomic
from tui.article.errors import ArticleError
from tui.article.paths import cache_dir

MAX_REDIRECTS = 5
DEFAULT_MAX_BYTES = 16 * 1024 * 1024
CONNECT_TIMEOUT = 10.0
TOTAL_TIMEOUT = 60.0
CACHE_FRESH_SECONDS = 3600


@dataclass(frozen=True)
class Fetched:
    url: str  # the final URL, after redirects
    content_type: str
    data: bytes
    from_cache: bool = False


def is_url(text: str) -> bool:
    return urlsplit(text).scheme.lower() in ("http", "https") and bool(urlsplit(text).hostname)


def check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise ArticleError(
            f"only http and https links can be opened, not {parts.scheme or 'this'}: {url}"
        )
    if not parts.hostname:
        raise ArticleError(f"not a web address: {url}")


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(  # type: ignore[override]
        self,
        req: urllib.request.Request,
        fp: object,
        code: int,
        msg: str,
        headers: Message,
        newurl: str,
    ) -> urllib.request.Request | None:
        check_url(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)  # type: ignore[arg-type]


def _cache_paths(url: str) -> tuple[Path, Path]:
    key = hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]
    base = cache_dir() / "pages"
    return base / f"{key}.body", base / f"{key}.json"


def _from_cache(url: str, max_age: float | None) -> Fetched | None:
    body, meta = _cache_paths(url)
    try:
        info = json.loads(meta.read_text("utf-8"))
        if max_age is not None and time.time() - float(info["fetched"]) > max_age:
            return None
        return Fetched(str(info["url"]), str(info["content_type"]), body.read_bytes(), True)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _store(url: str, fetched: Fetched) -> None:
    body, meta = _cache_paths(url)
    try:
        atomic.write_bytes(body, fetched.data)
        atomic.write_json(
            meta, {"url": fetched.url, "content_type": fetched.content_type, "fetched": time.time()}
        )
    except OSError:
        pass  # a cache that cannot be written only costs a refetch


def fetch(
    url: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = CONNECT_TIMEOUT,
    total_timeout: float = TOTAL_TIMEOUT,
    use_cache: bool = True,
) -> Fetched:
    """GET `url`; raises ArticleError with one line for the user on any failure."""
    check_url(url)
    if use_cache and (cached := _from_cache(url, CACHE_FRESH_SECONDS)):
        return cached
    opener = urllib.request.build_opener(_Redirects())
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"limelight/{__version__} (terminal news reader)",
            "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
        },
    )
    deadline = time.monotonic() + total_timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise ArticleError(f"{url}: {int(length) / 1e6:.1f} MB is over the size limit")
            chunks: list[bytes] = []
            size = 0
            while chunk := response.read(65536):
                size += len(chunk)
                if size > max_bytes:
                    raise ArticleError(f"{url}: over the {max_bytes / 1e6:.0f} MB size limit")
                if time.monotonic() > deadline:
                    raise ArticleError(
                        f"{url}: the download took longer than {total_timeout:.0f} s"
                    )
                chunks.append(chunk)
            fetched = Fetched(
                response.geturl(), response.headers.get_content_type(), b"".join(chunks)
            )
    except urllib.error.HTTPError as exc:
        raise ArticleError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        stale = _from_cache(url, None) if use_cache else None
        if stale:
            return stale
        reason = exc.reason
        if isinstance(reason, socket.gaierror):
            raise ArticleError(
                f"cannot reach {urlsplit(url).hostname}: no network or unknown host"
            ) from None
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise ArticleError(f"{url}: timed out") from None
        if isinstance(reason, ConnectionRefusedError):
            raise ArticleError(f"{url}: connection refused") from None
        raise ArticleError(f"{url}: {reason}") from None
    except TimeoutError:
        raise ArticleError(f"{url}: timed out") from None
    except (ConnectionError, OSError) as exc:
        raise ArticleError(f"{url}: {exc.strerror or exc.__class__.__name__}") from None
    if use_cache:
        _store(url, fetched)
    return fetched
