"""Subscriptions end to end: the commands against feeds served from 127.0.0.1.

The server serves feeds these tests write (RSS 2.0, Atom, RSS 1.0, Latin-1) and broken
ones (404, an HTML page, malformed XML, an endless redirect, an endless body, a server
that never answers, an entity bomb); it logs every request with its validators, so the
conditional GET of a second refresh is seen where it happens.
"""

from __future__ import annotations

import http.server
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

import pytest

from tui.cli import main
from tui.feeds.parse import parse
from tui.store import FeedStore

ROOT = Path(__file__).resolve().parent.parent

RSS2 = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Beispiel-Nachrichten</title><link>https://news.example.org/</link>
<item><title>Erste &lt;b&gt;Meldung&lt;/b&gt;</title><link>https://news.example.org/1</link>
<guid>urn:news:1</guid><pubDate>Tue, 05 Mar 2024 10:00:00 +0100</pubDate>
<description>&lt;p&gt;Der \x1b]0;owned\x07Anfang&lt;/p&gt;</description><dc:creator>Anna Beispiel</dc:creator>
<content:encoded>&lt;p&gt;Der ganze Text.&lt;/p&gt;</content:encoded></item>
<item><title>Zweite Meldung</title><link>/relative/2</link>
<pubDate>Wed, 06 Mar 2024 08:30:00 GMT</pubDate><description>Zwei.</description></item>
<item><title>Lokale Datei</title><link>file:///etc/passwd</link><description>nie öffnen</description></item>
<item><title>Skript</title><link>javascript:alert(1)</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Example &amp;lt;Atom&amp;gt;</title>
<link rel="alternate" href="https://atom.example.org/"/><link rel="self" href="/atom.xml"/>
<author><name>Feed Author</name></author>
<entry><title>Full story</title><link rel="alternate" href="https://atom.example.org/story"/>
<id>urn:uuid:1</id><updated>2024-04-01T12:00:00Z</updated>
<summary>A short teaser.</summary><content type="html">&lt;p&gt;All of it.&lt;/p&gt;</content></entry>
<entry><title>Second</title><link href="https://atom.example.org/2"/><id>urn:uuid:2</id>
<published>2024-04-02T09:00:00+02:00</published></entry>
</feed>"""

RSS1 = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rdf.example.org/"><title>RDF News</title>
<link>https://rdf.example.org/</link></channel>
<item rdf:about="https://rdf.example.org/a"><title>RDF item</title>
<link>https://rdf.example.org/a</link><dc:date>2024-02-01T10:00:00Z</dc:date>
<description>From 1.0</description></item>
</rdf:RDF>"""

LATIN1 = """<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>Zeitung für Übersee</title><link>https://latin.example.org/</link>
<item><title>Größte Änderung</title><link>https://latin.example.org/1</link>
<description>Schöne Grüße</description></item></channel></rss>""".encode("latin-1")

MALFORMED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Broken & loose</title>
<item><title>Still readable</title><link>https://broken.example.org/1</link></item>"""
GARBAGE = b"""<?xml version="1.0"?><rss version="2.0"><<<>>> & &&"""

BOMB = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>
<rss version="2.0"><channel><title>&b;</title></channel></rss>"""

HTML_PAGE = b"""<!doctype html><html><head><title>Just a page</title>
<link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>Hi</body></html>"""


class Handler(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[str, bytes]]] = {}
    log: ClassVar[list[tuple[str, str | None, int]]] = []  # path, If-None-Match, status

    def log_message(self, *args: object) -> None:
        pass

    def _record(self, status: int) -> None:
        self.log.append((self.path, self.headers.get("If-None-Match"), status))

    def do_GET(self) -> None:
        if self.path == "/slow.xml":
            time.sleep(3)
            return
        if self.path == "/tofile":  # a redirect to a local file must not be followed
            self._record(302)
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
            return
        if self.path == "/loop":
            self._record(302)
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        if self.path == "/endless.xml":
            self._record(200)
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            chunk = b"<rss><channel>" + b" " * 65536
            try:
                for _ in range(2000):
                    self.wfile.write(chunk)
            except OSError:
                pass
            return
        if self.path not in self.routes:
            self._record(404)
            self.send_error(404, "Not Found")
            return
        content_type, body = self.routes[self.path]
        etag = f'"{hash(body) & 0xFFFFFF:x}"'
        if self.headers.get("If-None-Match") == etag:
            self._record(304)
            self.send_response(304)
            self.end_headers()
            return
        self._record(200)
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", "Tue, 05 Mar 2024 10:00:00 GMT")
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    Handler.routes = {
        "/rss.xml": ("application/rss+xml", RSS2.encode()),
        "/atom.xml": ("application/atom+xml", ATOM.encode()),
        "/rdf.xml": ("application/rdf+xml", RSS1.encode()),
        "/latin1.xml": ("text/xml", LATIN1),
        "/malformed.xml": ("text/xml", MALFORMED),
        "/bomb.xml": ("text/xml", BOMB),
        "/garbage.xml": ("text/xml", GARBAGE),
        "/page.html": ("text/html", HTML_PAGE),
        "/story.html": ("text/html", b""),  # filled by the analyze test
    }
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LIMELIGHT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LIMELIGHT_CACHE_DIR", str(tmp_path / "cache"))
    Handler.log.clear()
    return tmp_path / "data"


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


GOOD = ("rss.xml", "atom.xml", "rdf.xml", "latin1.xml")


# ---- reading feeds -----------------------------------------------------------------------


def test_each_dialect_is_read_with_identity_dates_and_safe_links() -> None:
    rss = parse(RSS2.encode(), url="https://news.example.org/feed")
    assert rss.title == "Beispiel-Nachrichten"
    first, second, local, script = rss.entries
    assert first.title == "Erste Meldung" and first.guid == "urn:news:1"
    assert "\x1b" not in first.summary and "\x07" not in first.summary
    assert first.author == "Anna Beispiel" and "ganze Text" in first.content
    assert first.published == datetime(2024, 3, 5, 9, 0, tzinfo=UTC)
    assert second.link == "https://news.example.org/relative/2"
    assert local.link == "" and script.link == ""  # never a file: or javascript: link
    atom = parse(ATOM.encode(), url="https://atom.example.org/atom.xml")
    assert atom.title == "Example <Atom>" and atom.site == "https://atom.example.org/"
    assert [e.link for e in atom.entries] == [
        "https://atom.example.org/story",
        "https://atom.example.org/2",
    ]
    assert atom.entries[0].summary == "A short teaser." and atom.entries[1].author == "Feed Author"
    rdf = parse(RSS1.encode())
    assert rdf.title == "RDF News" and rdf.entries[0].guid == "https://rdf.example.org/a"
    latin = parse(LATIN1)
    assert latin.title == "Zeitung für Übersee" and latin.entries[0].title == "Größte Änderung"
    broken = parse(MALFORMED)  # feedparser's forgiving reader takes over
    assert broken.entries and broken.entries[0].link == "https://broken.example.org/1"


def test_a_guid_is_a_link_only_when_it_is_a_whole_web_address() -> None:
    items = (
        "<item><title>bare id</title><guid>a2</guid></item>"
        "<item><title>file link, bare id</title><link>file:///etc/passwd</link><guid>a3</guid></item>"
        "<item><title>permalink</title><guid>https://x.example/p/4</guid></item>"
        '<item><title>not one</title><guid isPermaLink="false">https://x.example/5</guid></item>'
    )
    feed = parse(
        f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode(),
        url="http://127.0.0.1:8765/feed.xml",
    )
    assert [e.link for e in feed.entries] == ["", "", "https://x.example/p/4", ""]
    assert [e.guid for e in feed.entries] == [
        "a2",
        "a3",
        "https://x.example/p/4",
        "https://x.example/5",
    ]


def test_huge_feeds_are_capped() -> None:
    items = "".join(
        f"<item><title>n{i}</title><link>https://x.example/{i}</link></item>" for i in range(3000)
    )
    feed = parse(f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode())
    assert len(feed.entries) == 500
    fat = "<p>" + "word " * 200_000 + "</p>"
    one = parse(
        f'<rss version="2.0"><channel><title>t</title><item><title>big</title>'
        f"<description><![CDATA[{fat}]]></description></item></channel></rss>".encode()
    )
    assert len(one.entries[0].summary) <= 500 and len(one.entries[0].content) <= 256 * 1024


# ---- the commands --------------------------------------------------------------------------


def test_subscribe_refresh_and_list_with_conditional_gets(server, data, capsys) -> None:
    for name in GOOD:
        status, out, err = cli(capsys, "subscribe", f"{server}/{name}")
        assert status == 0, err
        assert out.startswith("subscribed to ")
    status, out, _ = cli(capsys, "subscribe", f"{server}/rss.xml", "--title", "Mein Titel")
    assert status == 0 and out.startswith("already subscribed to Mein Titel")
    status, out, _ = cli(capsys, "feeds", "--format", "json")
    feeds = json.loads(out)
    assert [f["title"] for f in feeds] == [
        "Mein Titel",
        "Example <Atom>",
        "RDF News",
        "Zeitung für Übersee",
    ]
    assert [f["total"] for f in feeds] == [4, 2, 1, 1]
    assert all(f["unread"] == f["total"] and f["error"] is None for f in feeds)
    assert all(f["last_refresh"].endswith("+00:00") for f in feeds)
    assert set(feeds[0]) == {"url", "title", "unread", "total", "last_refresh", "error"}

    Handler.log.clear()
    status, out, _ = cli(capsys, "refresh", "--json")
    assert status == 0
    results = json.loads(out)
    assert [r["status"] for r in results] == ["unchanged"] * 4
    assert all(r["new"] == 0 and r["error"] is None for r in results)
    # the server's log: every feed asked with its ETag, and answered 304 Not Modified
    assert sorted(path for path, _, _ in Handler.log) == sorted(f"/{n}" for n in GOOD)
    assert all(etag and status_code == 304 for _, etag, status_code in Handler.log)
    assert len(Handler.log) == 4

    status, out, _ = cli(capsys, "feeds")
    assert status == 0 and "Mein Titel" in out and "unread" in out

    status, out, _ = cli(capsys, "refresh", "mein titel")  # by title, case ignored
    assert status == 0 and "refreshed 1 of 1 feeds" in out

    status, out, err = cli(capsys, "unsubscribe", "RDF News")
    assert status == 0 and "unsubscribed" in out
    status, out, err = cli(capsys, "unsubscribe", "RDF News")
    assert status == 2 and err.count("\n") == 1 and err.startswith("limelight: no subscription")


def test_one_bad_feed_costs_only_itself(server, data, capsys) -> None:
    FeedStore().subscribe_many(
        [
            (f"{server}/{path}", "")
            for path in (
                "rss.xml",
                "missing.xml",
                "page.html",
                "malformed.xml",
                "loop",
                "endless.xml",
                "slow.xml",
                "bomb.xml",
                "garbage.xml",
                "tofile",
                "atom.xml",
            )
        ]
    )
    started = time.perf_counter()
    # 2 s: slow.xml (3 s) times out, while a good feed has room on a busy CI machine,
    # where the endless body's thread and leftover processes compete for the CPU
    status, out, err = cli(capsys, "refresh", "--json", "--timeout", "2", "--max-size", "1M")
    assert time.perf_counter() - started < 10
    assert status == 1
    results = {r["url"].rsplit("/", 1)[1]: r for r in json.loads(out)}
    assert results["rss.xml"]["status"] == "ok" and results["rss.xml"]["new"] == 4
    assert results["atom.xml"]["new"] == 2, results["atom.xml"]
    assert results["malformed.xml"]["status"] == "ok"  # forgiving, as a reader should be
    errors = {name: r["error"] for name, r in results.items() if r["status"] == "error"}
    assert set(errors) == {
        "missing.xml",
        "page.html",
        "loop",
        "endless.xml",
        "slow.xml",
        "bomb.xml",
        "garbage.xml",
        "tofile",
    }
    assert "404" in errors["missing.xml"]
    assert "HTML" in errors["page.html"]
    assert "redirect" in errors["loop"]
    assert "size limit" in errors["endless.xml"]
    assert "timed out" in errors["slow.xml"]
    assert "entities" in errors["bomb.xml"]
    assert "malformed" in errors["garbage.xml"]
    assert "not http or https" in errors["tofile"]
    assert all("\n" not in e for e in errors.values())
    status, out, err = cli(capsys, "refresh", "--timeout", "2", "--max-size", "1000000")
    assert status == 1
    lines = err.strip().splitlines()
    assert len(lines) == 8 and all(line.startswith("limelight: ") for line in lines)
    assert "Traceback" not in err and "8 failed" in out
    listed = json.loads(cli(capsys, "feeds", "--format", "json")[1])
    assert sum(1 for f in listed if f["error"]) == 8


def test_subscribing_to_a_page_finds_its_feed_and_bad_targets_fail_in_one_line(
    server, data, capsys, tmp_path
) -> None:
    status, out, _ = cli(capsys, "subscribe", f"{server}/page.html")
    assert status == 0 and f"{server}/rss.xml" in out
    for target, fragment in [
        (f"{server}/missing.xml", "404"),
        ("ftp://example.org/feed", "only http and https"),
        ("javascript:alert(1)", "only http and https"),
        ("file:///etc/passwd", "only http and https"),
        (str(tmp_path / "nothing.xml"), "no such file"),
    ]:
        status, out, err = cli(capsys, "subscribe", target)
        assert status == 2 and fragment in err and err.count("\n") == 1, err
    assert [s.url for s in FeedStore().subscriptions()] == [f"{server}/rss.xml"]


def test_opml_import_and_export(server, data, capsys, tmp_path) -> None:
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        f"""<?xml version="1.0"?><opml version="1.0"><head><title>x</title></head><body>
        <outline text="News"><outline text="RSS" xmlUrl="{server}/rss.xml"/>
        <outline title="Atom" type="rss" xmlUrl="{server}/atom.xml"/></outline>
        <outline text="local" xmlUrl="file:///etc/passwd"/></body></opml>"""
    )
    status, out, _ = cli(capsys, "feeds", "--import", str(opml))
    assert status == 0 and "imported 2 new feeds of 2" in out
    status, out, _ = cli(capsys, "subscribe", str(opml))  # an OPML file given to subscribe
    assert status == 0 and "imported 0 new feeds of 2" in out
    assert cli(capsys, "refresh")[0] == 0
    status, out, _ = cli(capsys, "feeds", "--export")
    assert status == 0 and out.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    from tui.feeds.opml import read_opml

    assert read_opml(out.encode()) == [
        (f"{server}/rss.xml", "RSS"),
        (f"{server}/atom.xml", "Atom"),
    ]
    assert '<opml version="2.0">' in out
    bad = tmp_path / "bad.opml"
    bad.write_bytes(BOMB.replace(b"rss", b"opml"))
    status, _, err = cli(capsys, "feeds", "--import", str(bad))
    assert status == 2 and "entities" in err


def test_a_local_feed_file_can_be_followed(data, capsys, tmp_path) -> None:
    feed = tmp_path / "local.rss"
    feed.write_text(RSS2, encoding="utf-8")
    status, out, _ = cli(capsys, "subscribe", str(feed), "--title", "Lokal")
    assert status == 0 and "Lokal: 4 entries" in out
    status, out, _ = cli(capsys, "refresh", "--json")
    assert json.loads(out)[0]["status"] == "unchanged"
    feed.write_text(RSS2.replace("urn:news:1", "urn:news:new"), encoding="utf-8")
    os.utime(feed, (time.time() + 5, time.time() + 5))
    assert json.loads(cli(capsys, "refresh", "--json")[1])[0]["new"] == 1


# ---- other commands take links (issue 16, item 6) -------------------------------------------


def test_list_and_analyze_take_http_links(server, data, capsys) -> None:
    status, out, _ = cli(capsys, "list", f"{server}/rss.xml", "--format", "json")
    assert status == 0 and json.loads(out)["kind"] == "feed"
    Handler.routes["/story.html"] = (
        "text/html",
        (
            "<html><head><title>Ein Bericht</title></head><body><article><h1>Ein Bericht</h1>"
            + "<p>Satya Nadella sprach am Montag in Berlin über die Pläne von Microsoft. "
            "Die Firma will investieren, hieß es.</p>" * 3 + "</article></body></html>"
        ).encode(),
    )
    from tui.article.loader import load_location

    article = load_location(f"{server}/story.html")
    assert article.title == "Ein Bericht" and article.path == f"{server}/story.html"
    status, _, err = cli(capsys, "analyze", f"{server}/missing.html")
    assert status == 2 and "404" in err and "no such file" not in err


# ---- the real console script ------------------------------------------------------------------


def test_console_script_refresh_exit_status(server, tmp_path) -> None:
    env = {**os.environ, "LIMELIGHT_DATA_DIR": str(tmp_path / "d"), "PYTHONWARNINGS": "ignore"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "tui", *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=60,
        )

    assert run("subscribe", f"{server}/atom.xml").returncode == 0
    assert run("refresh").returncode == 0
    FeedStore(tmp_path / "d").subscribe(f"{server}/missing.xml")
    result = run("refresh")
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "404" in result.stderr


# ---- titles of fetched pages (issue 16, item 7) ---------------------------------------------

PLACEHOLDER_PAGE = """<!doctype html><html><head>
<title>Minister resigns over data leak | The Telegraph</title>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "escenic"}</script>
</head><body><nav>Home News Sport</nav><article><h1>Minister resigns over data leak</h1>
<p>The minister resigned on Tuesday after a leak of personal data affected thousands of
people across the country, officials said.</p><p>Opposition parties had called for her to
go for weeks, and the prime minister accepted the resignation in the evening.</p>
</article></body></html>"""


def test_a_headline_the_page_never_shows_loses_to_one_it_does() -> None:
    from tui.article.html import parse_html

    article = parse_html(PLACEHOLDER_PAGE.encode(), url="https://www.telegraph.co.uk/news/x")
    assert article.title == "Minister resigns over data leak"
    assert article.text.count("Minister resigns over data leak") == 1


# ---- the benchmark's refresh figure --------------------------------------------------------


def test_bench_refreshes_fifty_local_feeds_then_only_revalidates(tmp_path) -> None:
    from tui.bench.feeds import measure_refresh

    row = measure_refresh(tmp_path, runs=1, note=lambda message: None)
    assert row["feeds"] == 50 and row["parsed"] == 50 and row["errors"] == []
    assert row["entries"] > 1000 and row["refresh_s"] > 0
    assert row["again_304"] == row["again_requests"] == 50 and row["again_new"] == 0
    if row["newsboat"] is not None:  # installed: measured side by side
        assert row["newsboat"]["parsed"] == 50 and row["refresh_ratio"] > 0


def test_two_refreshes_and_a_reader_at_once_lose_nothing(server, data, capsys) -> None:
    feeds = FeedStore()
    feeds.subscribe_many((f"{server}/{name}", "") for name in GOOD)
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    command = [sys.executable, "-m", "tui", "refresh", "--json"]
    refreshes = [
        subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    from tui.store.state import open_store

    reader = open_store()
    for i in range(30):  # a reader window saving its place and marks meanwhile
        reader.set_position(f"/a/{i}", i, "x" * 40)
        reader.toggle_bookmark(f"/a/{i}", "A")
    outputs = [json.loads(p.communicate(timeout=60)[0]) for p in refreshes]
    assert [p.returncode for p in refreshes] == [0, 0]
    assert all(r["error"] is None for out in outputs for r in out)
    # each entry was stored once, whichever refresh came first
    assert sum(r["new"] for out in outputs for r in out) == 8
    assert [s.total for s in FeedStore().subscriptions()] == [4, 2, 1, 1]
    assert len(open_store().bookmarks()) == 30 and reader.take_warnings() == []
    status, _, err = cli(capsys, "refresh", "no such feed")
    assert status == 2 and err.startswith("limelight: no subscription 'no such feed'")


def test_kill_9_mid_refresh_keeps_every_subscription_and_read_mark(server, data) -> None:
    feeds = FeedStore()
    feeds.subscribe_many((f"{server}/{name}", "") for name in (*GOOD, "slow.xml"))
    for sub in feeds.subscriptions()[:2]:  # read before, changed meanwhile: must stay read
        feeds.record_refresh(sub.id, [])
    first = feeds.subscriptions()[0]
    from tui.feeds.refresh import fetch_feed

    fetched = fetch_feed(first)
    assert fetched.feed is not None
    feeds.record_refresh(first.id, fetched.feed.entries[:2])
    feeds.mark_all_read(first.id)
    Handler.log.clear()
    refresh = subprocess.Popen(
        [sys.executable, "-m", "tui", "refresh", "--timeout", "30"],
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(Handler.log) < len(GOOD):
        time.sleep(0.02)  # the quick feeds answered; slow.xml keeps the refresh running
    time.sleep(0.1)
    refresh.send_signal(signal.SIGKILL)
    refresh.wait(timeout=30)
    db = sqlite3.connect(data / "limelight.db")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    after = FeedStore()
    assert len(after.subscriptions()) == len(GOOD) + 1
    kept = [e for e in after.entries(first.id) if e.read]
    assert len(kept) == 2  # the read marks survive, whatever the refresh had stored
