"""Conditional GET for feeds: an unchanged feed costs one 304 and no parsing.

The same guards as `tui.article.fetch` (http and https only, every redirect checked
again and at most five of them, a size cap, a deadline for the whole transfer) plus
ETag / Last-Modified validators and gzip. Unlike a page, a feed is not served from the
page cache: the database keeps its entries, and the validators say whether to re-read.
"""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from urllib.parse import urlsplit

from tui import __version__
from tui.article.errors import ArticleError
from tui.article.fetch import _Redirects, check_url
from tui.feeds.parse import FeedError

DEFAULT_TIMEOUT = 20.0  # seconds for one feed, connection to last byte
DEFAULT_MAX_BYTES = 8 * 1024 * 1024
CHUNK = 65536


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int  # 200, or 304 when the validators matched
    data: bytes
    etag: str | None
    last_modified: str | None
    content_type: str = ""


def _read(response: object, max_bytes: int, deadline: float, gzipped: bool) -> bytes:
    """The body, decompressed, refusing more than `max_bytes` and running past `deadline`."""
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS) if gzipped else None
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(CHUNK):  # type: ignore[attr-defined]
        if inflate is not None:
            chunk = inflate.decompress(chunk, max_bytes + 1 - size)
        size += len(chunk)
        if size > max_bytes:
            raise FeedError(f"over the {max_bytes / 1e6:.0f} MB size limit")
        if time.monotonic() > deadline:
            raise FeedError("timed out (the download took too long)")
        chunks.append(chunk)
    return b"".join(chunks)


def conditional_get(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Response:
    """GET `url` unless it is unchanged since the validators; raises FeedError (one line)."""
    try:
        check_url(url)
    except ArticleError as exc:
        raise FeedError(str(exc)) from None
    headers = {
        "User-Agent": f"limelight/{__version__} (terminal news reader)",
        "Accept": "application/rss+xml, application/atom+xml, application/rdf+xml, "
        "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
        "Accept-Encoding": "gzip",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    opener = urllib.request.build_opener(_Redirects())
    deadline = time.monotonic() + timeout
    try:
        with opener.open(urllib.request.Request(url, headers=headers), timeout=timeout) as answer:
            length = answer.headers.get("Content-Length")
            gzipped = answer.headers.get("Content-Encoding", "").lower() == "gzip"
            if length and length.isdigit() and int(length) > max_bytes and not gzipped:
                raise FeedError(f"{int(length) / 1e6:.1f} MB is over the size limit")
            data = _read(answer, max_bytes, deadline, gzipped)
            return Response(
                answer.geturl(),
                200,
                data,
                answer.headers.get("ETag"),
                answer.headers.get("Last-Modified"),
                answer.headers.get_content_type(),
            )
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Response(url, 304, b"", etag, last_modified)
        if 300 <= exc.code < 400 and "not allowed" in str(exc.reason):
            raise FeedError("redirected to a link that is not http or https; refused") from None
        if 300 <= exc.code < 400:
            raise FeedError(f"too many redirects ({exc.code})") from None
        raise FeedError(f"the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, socket.gaierror):
            raise FeedError(f"cannot reach {urlsplit(url).hostname}: unknown host") from None
        if isinstance(reason, TimeoutError | socket.timeout):
            raise FeedError(f"timed out after {timeout:.0f} s") from None
        if isinstance(reason, ConnectionRefusedError):
            raise FeedError("connection refused") from None
        raise FeedError(" ".join(str(reason).split())[:200] or "cannot fetch") from None
    except TimeoutError:
        raise FeedError(f"timed out after {timeout:.0f} s") from None
    except zlib.error:
        raise FeedError("the compressed answer is damaged") from None
    except FeedError:
        raise
    except ArticleError as exc:  # a redirect to a non-web address
        raise FeedError(str(exc)) from None
    except (ConnectionError, OSError) as exc:
        raise FeedError(exc.strerror or exc.__class__.__name__) from None
    except Exception as exc:  # http.client's protocol errors (IncompleteRead, BadStatusLine)
        raise FeedError(f"{exc.__class__.__name__}: {' '.join(str(exc).split())[:200]}") from None
