"""Refreshing 50 feeds, `limelight refresh` beside newsboat, from a local server.

Ten kinds of feed as news sites publish them (RSS 2.0 with HTML teasers, full text in
content:encoded, Atom, RSS 1.0, Latin-1, long and short ones), five copies of each at
their own addresses: 50 subscriptions. A server on 127.0.0.1 in this process answers
both readers alike, with ETag and Last-Modified, and a 304 to a request that sends the
validators back; its log counts what the second, unchanged refresh asked for.

Each reader runs as a user runs it, a fresh process with a fresh database or cache:
the first refresh reads everything, the second only revalidates. newsboat runs with its
default configuration (`newsboat -x reload`); where it is not installed only Limelight
is measured.
"""

from __future__ import annotations

import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any, ClassVar

from tui.bench.stats import median, ratio, rounded

COPIES = 5
WORDS = [
    "government",
    "minister",
    "said",
    "on",
    "Tuesday",
    "that",
    "the",
    "plan",
    "would",
    "cost",
    "billions",
    "and",
    "take",
    "years",
    "while",
    "critics",
    "in",
    "parliament",
    "warned",
    "of",
    "delays",
    "rising",
    "prices",
    "and",
    "a",
    "shortage",
    "of",
    "workers",
]


def _words(count: int, seed: int) -> str:
    return " ".join(WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(count))


def _when(i: int) -> datetime:
    return datetime(2024, 11, 20, 18, 0, tzinfo=UTC) - timedelta(minutes=37 * i)


def _rss(name: str, items: int, teaser: int, full: int = 0, encoding: str = "utf-8") -> bytes:
    parts = [
        f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{name}</title><link>https://{name.lower()}XCOPYX.example/</link>"
        "<description>News</description><language>en</language>"
    ]
    for i in range(items):
        body = ""
        if full:
            paragraphs = "".join(f"<p>{_words(full // 4, i + k)}</p>" for k in range(4))
            body = f"<content:encoded><![CDATA[{paragraphs}]]></content:encoded>"
        parts.append(
            f"<item><title>{_words(9, i).capitalize()} ({name} {i})</title>"
            f"<link>https://{name.lower()}XCOPYX.example/news/{i}.html</link>"
            f'<guid isPermaLink="false">{name}XCOPYX-{i}</guid>'
            f"<pubDate>{format_datetime(_when(i))}</pubDate><dc:creator>Desk {i % 7}</dc:creator>"
            f"<description>&lt;p&gt;{_words(teaser, i)} &lt;a href=&quot;https://x.example/"
            f"{i}&quot;&gt;more&lt;/a&gt;&lt;/p&gt;</description>{body}</item>"
        )
    parts.append("</channel></rss>")
    text = "".join(parts)
    if encoding != "utf-8":
        text = text.replace("Desk", "Rédaction")
    return text.encode(encoding)


def _atom(name: str, items: int, words: int) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{name}</title><id>urn:{name}</id><updated>{_when(0).isoformat()}</updated>"
        f'<link rel="alternate" href="https://{name.lower()}XCOPYX.example/"/>'
        "<author><name>Newsroom</name></author>"
    ]
    for i in range(items):
        parts.append(
            f"<entry><title>{_words(8, i + 3).capitalize()} ({name} {i})</title>"
            f'<link rel="alternate" type="text/html" href="https://{name.lower()}XCOPYX.example/{i}"/>'
            f"<id>urn:{name}XCOPYX:{i}</id><updated>{_when(i).isoformat()}</updated>"
            f'<summary type="html">&lt;p&gt;{_words(words, i)}&lt;/p&gt;</summary></entry>'
        )
    parts.append("</feed>")
    return "".join(parts).encode()


def _rdf(name: str, items: int, words: int) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<channel rdf:about="https://{name.lower()}XCOPYX.example/"><title>{name}</title>'
        f"<link>https://{name.lower()}XCOPYX.example/</link><description>d</description></channel>"
    ]
    for i in range(items):
        link = f"https://{name.lower()}XCOPYX.example/{i}"
        parts.append(
            f'<item rdf:about="{link}"><title>{_words(7, i).capitalize()} {i}</title>'
            f"<link>{link}</link><dc:date>{_when(i).isoformat()}</dc:date>"
            f"<description>{_words(words, i)}</description></item>"
        )
    parts.append("</rdf:RDF>")
    return "".join(parts).encode()


def build_feeds() -> dict[str, bytes]:
    """Ten kinds of feed, five copies each: path → document."""
    kinds = {
        "wire": _rss("Wire", 60, 40),
        "daily": _rss("Daily", 30, 80),
        "tech": _rss("Tech", 20, 30, full=600),
        "longreads": _rss("Longreads", 10, 60, full=1500),
        "local": _rss("Local", 25, 25, encoding="iso-8859-1"),
        "blog": _atom("Blog", 15, 120),
        "science": _atom("Science", 40, 50),
        "agency": _rdf("Agency", 30, 40),
        "sport": _rss("Sport", 100, 15),
        "brief": _rss("Brief", 8, 20),
    }
    return {
        # each copy is another site's feed of the same shape: its own ids and links
        f"/{kind}/{copy}.xml": data.replace(b"XCOPYX", str(copy).encode())
        for kind, data in kinds.items()
        for copy in range(COPIES)
    }


class _Handler(http.server.BaseHTTPRequestHandler):
    feeds: ClassVar[dict[str, bytes]] = {}
    log: ClassVar[list[int]] = []  # status of each answer
    protocol_version = "HTTP/1.0"

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = self.feeds.get(self.path)
        if body is None:
            self.log.append(404)
            self.send_error(404)
            return
        etag = f'"{len(body):x}-{hash(self.path) & 0xFFFF:x}"'
        modified = "Wed, 20 Nov 2024 18:00:00 GMT"
        if self.headers.get("If-None-Match") == etag or (
            not self.headers.get("If-None-Match")
            and self.headers.get("If-Modified-Since") == modified
        ):
            self.log.append(304)
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.log.append(200)
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", modified)
        self.end_headers()
        self.wfile.write(body)


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default backlog of 5 drops connections: a 1 s SYN retry


@contextmanager
def serve(feeds: dict[str, bytes]) -> Iterator[str]:
    _Handler.feeds = feeds
    _Handler.log.clear()
    httpd = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _timed(command: list[str], env: dict[str, str], timeout: float) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        raise RuntimeError(f"{command[0]} exited {done.returncode}: {tail[0]}")
    return elapsed, done.stdout


def _limelight_round(urls: list[str], folder: Path, timeout: float) -> dict[str, Any]:
    from tui.store import FeedStore

    data = folder / "limelight-data"
    FeedStore(data).subscribe_many((url, "") for url in urls)
    env = {**os.environ, "LIMELIGHT_DATA_DIR": str(data), "PYTHONWARNINGS": "ignore"}
    command = [sys.executable, "-m", "tui", "refresh", "--json"]
    _Handler.log.clear()
    first, out = _timed(command, env, timeout)
    results = json.loads(out)
    _Handler.log.clear()
    again, out_again = _timed(command, env, timeout)
    second = json.loads(out_again)
    revalidated = list(_Handler.log)
    return {
        "first_s": first,
        "again_s": again,
        "parsed": sum(r["status"] == "ok" for r in results),
        "new": sum(r["new"] for r in results),
        "errors": [f"{r['url']}: {r['error']}" for r in results if r["error"]],
        "again_304": sum(status == 304 for status in revalidated),
        "again_requests": len(revalidated),
        "again_new": sum(r["new"] for r in second),
    }


def _newsboat_round(urls: list[str], folder: Path, timeout: float) -> dict[str, Any]:
    home = folder / "newsboat-home"
    home.mkdir(parents=True, exist_ok=True)
    (home / "urls").write_text("\n".join(urls) + "\n")
    (home / "config").write_text("")
    env = {**os.environ, "HOME": str(home), "TERM": os.environ.get("TERM", "xterm")}
    command = [
        "newsboat",
        "-u",
        str(home / "urls"),
        "-c",
        str(home / "cache.db"),
        "-C",
        str(home / "config"),
        "-x",
        "reload",
    ]
    _Handler.log.clear()
    first, _ = _timed(command, env, timeout)
    _Handler.log.clear()
    again, _ = _timed(command, env, timeout)
    import sqlite3

    db = sqlite3.connect(home / "cache.db")
    try:
        feeds_with_items = db.execute("SELECT count(DISTINCT feedurl) FROM rss_item").fetchone()[0]
        items = db.execute("SELECT count(*) FROM rss_item").fetchone()[0]
    finally:
        db.close()
    return {
        "first_s": first,
        "again_s": again,
        "parsed": feeds_with_items,
        "new": items,
        "again_304": sum(status == 304 for status in _Handler.log),
    }


def measure_refresh(
    workdir: Path, *, runs: int = 3, timeout: float = 120.0, note: Callable[[str], None]
) -> dict[str, Any]:
    """Median times of a first and a second refresh of 50 local feeds, both readers."""
    feeds = build_feeds()
    newsboat = shutil.which("newsboat")
    ours: list[dict[str, Any]] = []
    theirs: list[dict[str, Any]] = []
    with serve(feeds) as base:
        urls = [base + path for path in feeds]
        for run in range(runs):
            note(f"feeds: limelight refresh of {len(urls)} feeds, run {run + 1}/{runs}")
            ours.append(_limelight_round(urls, workdir / f"feeds-{run}", timeout))
            if newsboat:
                note(f"feeds: newsboat reload of {len(urls)} feeds, run {run + 1}/{runs}")
                theirs.append(_newsboat_round(urls, workdir / f"feeds-{run}", timeout))
    row: dict[str, Any] = {
        "feeds": len(feeds),
        "bytes": sum(len(d) for d in feeds.values()),
        "refresh_s": rounded(median([r["first_s"] for r in ours]), 3),
        "refresh_again_s": rounded(median([r["again_s"] for r in ours]), 3),
        "parsed": ours[-1]["parsed"],
        "entries": ours[-1]["new"],
        "errors": ours[-1]["errors"],
        "again_304": ours[-1]["again_304"],
        "again_requests": ours[-1]["again_requests"],
        "again_new": ours[-1]["again_new"],
        "newsboat": None,
    }
    if theirs:
        row["newsboat"] = {
            "refresh_s": rounded(median([r["first_s"] for r in theirs]), 3),
            "refresh_again_s": rounded(median([r["again_s"] for r in theirs]), 3),
            "parsed": theirs[-1]["parsed"],
            "entries": theirs[-1]["new"],
            "again_304": theirs[-1]["again_304"],
        }
        row["refresh_ratio"] = rounded(ratio(row["refresh_s"], row["newsboat"]["refresh_s"]), 2)
    else:
        row["refresh_ratio"] = None
    return row
