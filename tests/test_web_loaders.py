"""HTML pages, feeds, URLs and folders, with fixtures written here and a local HTTP server."""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import ClassVar

import pytest

from tui.article import ArticleError, BlockKind
from tui.article.atomic import read_json, write_json
from tui.article.feed import Feed, parse_feed
from tui.article.fetch import fetch
from tui.article.library import peek, scan
from tui.article.listing import list_path
from tui.article.loader import entry_article, open_path, open_url

GERMAN_PAGE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="iso-8859-1">
<title>Stadtrat beschließt neuen Haushalt | Lokalblatt</title>
<meta name="author" content="Erika Mustermann">
<meta property="article:published_time" content="2024-03-05T08:00:00+01:00">
</head><body>
<div class="cookie-banner">Wir verwenden Cookies. Alle akzeptieren</div>
<nav><a href="/">Start</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Stadtrat beschließt neuen Haushalt</h1>
<p>Der Stadtrat von Münster hat am Dienstagabend mit großer Mehrheit den Haushalt für das kommende Jahr
beschlossen. Oberbürgermeister Markus Lewe sprach von einem "soliden Kompromiss" zwischen Sparzwang und
Investitionen in Schulen und Straßen.</p>
<h2>Mehr Geld für Schulen</h2>
<p>Wie die <a href="https://www.wn.de/muenster/haushalt">Westfälischen Nachrichten</a> berichten, fließen
rund 45 Millionen Euro in die Sanierung von Grundschulen. Die Opposition kritisierte die hohe Neuverschuldung
als Belastung für künftige Generationen.</p>
<ul><li>Sanierung von zwölf Grundschulen</li><li>Neue Radwege an der Promenade</li></ul>
<script>document.write("tracking")</script>
<style>p { color: red }</style>
<iframe src="https://ads.example.com/banner"></iframe>
</article>
<footer>© Lokalblatt 2024 - Impressum - Datenschutz</footer>
</body></html>
"""

ENGLISH_PAGE = """<html><head><title>Port strike ends after three days</title>
<meta name="date" content="2024-10-04"></head><body>
<header>Subscribe now! Menu Sections Search</header>
<main><article><h1>Port strike ends after three days</h1>
<p>Dockworkers on the East Coast returned to work on Friday after the International Longshoremen's Association
reached a tentative agreement with port operators, union leader Harold Daggett said in a statement.</p>
<p>The deal raises wages by about 62 percent over six years, according to <a href="https://www.reuters.com/x">Reuters</a>.
Economists had warned that a long strike could cost the economy several billion dollars a day.</p>
</article></main></body></html>
"""

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Beispiel-Nachrichten</title><link>https://news.example.org/</link>
<item><title>Erste Meldung</title><link>https://news.example.org/eins</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 +0100</pubDate><description>Kurz &amp; knapp: die erste Meldung.</description></item>
<item><title>Zweite Meldung</title><link>https://news.example.org/zwei</link>
<pubDate>Mon, 04 Mar 2024 09:00:00 +0100</pubDate><description>&lt;b&gt;Fett&lt;/b&gt; die zweite.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>
<link href="https://atom.example.org/"/><updated>2024-10-04T12:00:00Z</updated><id>urn:x</id>
<entry><title>Full story in the feed</title><link href="https://atom.example.org/story"/><id>urn:1</id>
<updated>2024-10-04T12:00:00Z</updated>
<content type="html">&lt;p&gt;{body}&lt;/p&gt;&lt;p&gt;{body}&lt;/p&gt;</content></entry>
</feed>
"""

BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>x</title></item></channel></rss>
"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&xxe;</title><item><title>x</title></item></channel></rss>
"""


def test_german_page_in_latin1(tmp_path):
    path = tmp_path / "haushalt.html"
    path.write_bytes(GERMAN_PAGE.encode("iso-8859-1"))
    article = open_path(path)
    assert article.title == "Stadtrat beschließt neuen Haushalt"
    assert article.published == date(2024, 3, 5)
    assert article.author == "Erika Mustermann"
    assert article.language == "de"
    assert "Oberbürgermeister Markus Lewe" in article.text
    for unwanted in ("Cookies", "Impressum", "tracking", "color: red", "Politik"):
        assert unwanted not in article.text
    assert [s.title for s in article.sections] == ["Mehr Geld für Schulen"]
    assert [b.kind for b in article.blocks].count(BlockKind.LIST_ITEM) == 2
    link = article.sources[0]
    assert link.url == "https://www.wn.de/muenster/haushalt"
    assert article.text[link.start : link.end] == "Westfälischen Nachrichten"


def test_english_page_without_declared_encoding(tmp_path):
    path = tmp_path / "strike.htm"
    path.write_bytes(ENGLISH_PAGE.encode("utf-8"))
    article = open_path(path)
    assert article.title == "Port strike ends after three days"
    assert article.language == "en"
    assert "Subscribe now" not in article.text
    assert article.text[article.sources[0].start : article.sources[0].end] == "Reuters"


def test_deeply_nested_html_does_not_crash(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text(
        "<html><body>"
        + "<div>" * 10000
        + "<p>Tief verschachtelt, aber lesbar genug für einen Absatz mit Inhalt.</p>"
        + "</div>" * 10000
    )
    try:
        open_path(path)
    except ArticleError as exc:
        assert "\n" not in str(exc)


def test_rss_and_atom(tmp_path):
    feed = parse_feed(RSS.encode())
    assert isinstance(feed, Feed)
    assert feed.title == "Beispiel-Nachrichten"
    assert [e.title for e in feed.entries] == ["Erste Meldung", "Zweite Meldung"]
    assert feed.entries[0].published == date(2024, 3, 5)
    assert feed.entries[1].summary == "Fett die zweite."
    body = (
        "The council approved the plan on Tuesday, the mayor said in a statement to reporters. " * 4
    )
    atom = parse_feed(ATOM.format(body=body).encode())
    article = entry_article(atom.entries[0])
    assert article.title == "Full story in the feed"
    assert "council approved the plan" in article.text


@pytest.mark.parametrize("payload", [BOMB, EXTERNAL], ids=["entity-bomb", "external-entity"])
def test_dangerous_feeds_are_refused(payload):
    started = time.monotonic()
    with pytest.raises(ArticleError, match="refused for safety"):
        parse_feed(payload.encode())
    assert time.monotonic() - started < 5


def test_listing_a_feed_file_keeps_feed_order(tmp_path):
    path = tmp_path / "news.rss"
    path.write_text(RSS, encoding="utf-8")
    listing = list_path(str(path))
    assert listing["title"] == "Beispiel-Nachrichten"
    assert [e["url"] for e in listing["entries"]] == [
        "https://news.example.org/eins",
        "https://news.example.org/zwei",
    ]
    json.dumps(listing)


def test_library_lists_a_large_folder_quickly(tmp_path):
    for i in range(2000):
        (tmp_path / f"artikel-{i:04}.txt").write_text(
            f"Meldung Nummer {i}\n\nDer Text der Meldung {i} ist kurz.\n"
        )
    (tmp_path / "README.md").write_text("not an article")
    (tmp_path / "bild.png").write_bytes(b"\x89PNG")
    started = time.monotonic()
    entries = scan(tmp_path)
    elapsed = time.monotonic() - started
    assert len(entries) == 2000
    assert elapsed < 2.0, elapsed  # generous: the point is that nothing is parsed
    assert peek(entries[7].path).title == "Meldung Nummer 7"


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, str, bytes, dict[str, str]]]] = {}

    def do_GET(self) -> None:
        status, ctype, body, headers = self.routes.get(
            self.path, (404, "text/plain", b"missing", {})
        )
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server(tmp_path, monkeypatch) -> Iterator[str]:
    monkeypatch.setenv("LIMELIGHT_CACHE_DIR", str(tmp_path / "cache"))
    for key in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    _Handler.routes = {
        "/page": (200, "text/html; charset=iso-8859-1", GERMAN_PAGE.encode("iso-8859-1"), {}),
        "/feed": (200, "application/rss+xml", RSS.encode(), {}),
        "/moved": (302, "text/plain", b"", {"Location": "/page"}),
        "/loop": (302, "text/plain", b"", {"Location": "/loop"}),
        "/to-file": (302, "text/plain", b"", {"Location": "file:///etc/passwd"}),
        "/big": (200, "text/html", b"<p>" + b"x" * 300_000 + b"</p>", {}),
    }
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()


def test_url_is_fetched_and_cached(server):
    article = open_url(f"{server}/moved")
    assert article.title == "Stadtrat beschließt neuen Haushalt"
    assert article.path == f"{server}/page"
    _Handler.routes = {}  # the server forgets the page: the cache still has it
    assert fetch(f"{server}/moved").from_cache


def test_feed_url(server):
    feed = open_url(f"{server}/feed")
    assert isinstance(feed, Feed) and len(feed.entries) == 2


@pytest.mark.parametrize(
    ("path", "message"),
    [("/missing", "404"), ("/loop", "redirect"), ("/to-file", "file:///etc/passwd")],
)
def test_url_errors(server, path, message):
    with pytest.raises(ArticleError, match=message):
        fetch(f"{server}{path}")


def test_size_cap(server):
    with pytest.raises(ArticleError, match="size limit"):
        fetch(f"{server}/big", max_bytes=100_000)


def test_offline_is_one_clear_line(tmp_path, monkeypatch):
    monkeypatch.setenv("LIMELIGHT_CACHE_DIR", str(tmp_path))
    with pytest.raises(ArticleError) as info:
        fetch("http://127.0.0.1:9/nothing-listens-here", timeout=2)
    assert "refused" in str(info.value) or "reach" in str(info.value)


def test_only_web_urls():
    with pytest.raises(ArticleError, match="only http and https"):
        fetch("file:///etc/passwd")


def test_corrupt_state_file_is_set_aside(tmp_path):
    path = tmp_path / "positions.json"
    write_json(path, {"a": 1})
    assert read_json(path, {}) == ({"a": 1}, None)
    path.write_text("{not json")
    value, warning = read_json(path, {})
    assert value == {} and warning and "corrupt" in warning
    assert not path.exists()
    assert list(Path(tmp_path).glob("positions.json.corrupt-*"))
