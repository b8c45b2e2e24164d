"""End to end: the real `limelight` console script in tmux, driven by keys.

Catches what Pilot cannot: the console script, start-up, real key decoding and the
exit status. Uses a private tmux server socket so it never touches other sessions.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "microsoft-openai.de.txt"
TMUX = shutil.which("tmux")
SCRIPT = Path(sys.executable).with_name("limelight")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux)"),
    pytest.mark.skipif(not SCRIPT.exists(), reason=f"console script not installed: {SCRIPT}"),
]


class Terminal:
    def __init__(self, socket: str, width: int, height: int, status_file: Path) -> None:
        self.socket = socket
        self.width, self.height = width, height
        self.status_file = status_file

    def tmux(self, *args: str) -> str:
        assert TMUX is not None
        done = subprocess.run(
            [TMUX, "-L", self.socket, "-f", "/dev/null", *args],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        )
        return done.stdout

    def start(self, *command: str) -> None:
        """Run `command` in a fresh pane; a shell records its exit status in a file."""
        script = (
            "unset COLUMNS LINES; export OMP_NUM_THREADS=1 TERM=xterm-256color; "
            '"$@"; echo $? > "$STATUS_FILE"'
        )
        # COLUMNS/LINES leak in from pytest's terminal and would override the pane size
        self.tmux(
            "new-session",
            "-d",
            "-s",
            "reader",
            "-x",
            str(self.width),
            "-y",
            str(self.height),
            "env",
            f"STATUS_FILE={self.status_file}",
            "sh",
            "-c",
            script,
            "sh",
            *command,
        )

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "reader")

    def status_line(self) -> str:
        lines = self.screen().rstrip("\n").splitlines()
        return lines[-1] if lines else ""

    def keys(self, *keys: str, literal: bool = False) -> None:
        for key in keys:
            self.tmux("send-keys", "-t", "reader", *(["-l"] if literal else []), key)
            time.sleep(0.15)

    def wait_for(self, check: Callable[[str], bool], what: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if check(screen):
                return screen
            time.sleep(0.2)
        raise AssertionError(f"timed out waiting for {what}; screen was:\n{screen}")

    def wait_exit(self, timeout: float = 15) -> str:
        """The program's exit status, as written by the shell that started it.

        (tmux's own #{pane_dead_status} is unreliable: tmux 3.3 sometimes leaves the
        exited program a zombie and never fills it in.)"""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.status_file.exists() and self.status_file.read_text().strip():
                return self.status_file.read_text().strip()
            time.sleep(0.1)
        raise AssertionError(f"the reader did not exit; screen was:\n{self.screen()}")


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Callable[[int, int], Terminal]]:
    made: list[Terminal] = []

    def make(width: int, height: int) -> Terminal:
        name = f"limelight-test-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        term = Terminal(name, width, height, tmp_path / f"{name}.status")
        made.append(term)
        return term

    yield make
    for term in made:
        term.tmux("kill-server")


def _ready(term: Terminal) -> str:
    term.wait_for(lambda s: "Microsoft überdenkt" in s, "the article title")
    return term.wait_for(
        lambda s: "nalysing" not in s.splitlines()[-1] if s.strip() else False,
        "the analysis to finish",
        timeout=120,
    )


def test_reader_in_tmux_walks_entities_sections_search_and_quits(terminal) -> None:
    term = terminal(120, 40)
    term.start(str(SCRIPT), str(SEED))
    _ready(term)
    # the sidebar's tabs are added in the frame after the highlights
    term.wait_for(lambda s: "Entities" in s, "the sidebar's tabs")
    assert "mentions" in term.status_line()

    term.keys("]", literal=True)
    first = term.wait_for(lambda s: "Entity 1/" in s.splitlines()[-1], "] to name a mention")
    assert "Entity 1/" in first.splitlines()[-1]
    term.keys("]", literal=True)
    term.wait_for(lambda s: "Entity 2/" in s.splitlines()[-1], "a second ]")
    term.keys("e", literal=True)  # the entity card; Enter: its first mention
    term.wait_for(lambda s: "Mentions (" in s and "In the library:" in s, "the entity card")
    term.keys("Enter")
    term.wait_for(lambda s: "Mentions (" not in s and "(1/" in s.splitlines()[-1], "Enter")
    term.keys("C-f")  # the library search, then back
    term.wait_for(lambda s: "Search the library" in s, "the library search")
    term.keys("Escape")
    term.wait_for(lambda s: "Search the library" not in s, "the search to close")

    for i, title in enumerate(["Altmans Absetzung", "OpenAI sucht nach Alternativen"], 1):
        term.keys("}", literal=True)
        term.wait_for(lambda s, i=i, t=title: f"§ {i}/5 {t}" in s.splitlines()[-1], f"section {i}")

    term.keys("/", literal=True)
    term.keys("Oracle", literal=True)
    term.keys("Enter")
    term.wait_for(lambda s: "Match 1/2" in s.splitlines()[-1], "the first Oracle match")
    term.keys("n", literal=True)
    term.wait_for(lambda s: "Match 2/2" in s.splitlines()[-1], "the second Oracle match")

    term.keys("?", literal=True)
    term.wait_for(lambda s: "Limelight: keys" in s and "Next entity mention" in s, "help")
    term.keys("Escape")
    term.wait_for(lambda s: "Limelight: keys" not in s, "help to close")

    term.keys("q", literal=True)
    assert term.wait_exit() == "0"


def test_reader_in_tmux_is_usable_at_80x24(terminal) -> None:
    term = terminal(80, 24)
    term.start(str(SCRIPT), str(SEED))
    screen = _ready(term)
    assert "Entities" not in screen  # the sidebar starts collapsed
    assert max(len(line) for line in screen.splitlines()) <= 80
    term.keys("\\", literal=True)
    term.wait_for(lambda s: "Entities" in s or "Facts" in s, "the sidebar toggle")
    term.keys("\\", literal=True)
    term.keys("}", literal=True)
    term.wait_for(lambda s: "§ 1/5" in s.splitlines()[-1], "a section at 80x24")
    # a search that wraps: the count stays readable at 80 columns (issue 16)
    term.keys("/", literal=True)
    term.keys("Oracle", literal=True)
    term.keys("Enter", "n", "n")
    term.wait_for(lambda s: "Match 1/2" in s.splitlines()[-1], "the wrapped match count")
    term.keys("q", literal=True)
    assert term.wait_exit() == "0"


def test_library_in_tmux_opens_an_article_and_comes_back(terminal, tmp_path) -> None:
    """`limelight DIR`: the library, typed filter, open, bookmark, back, bookmarks."""
    folder = tmp_path / "library"
    folder.mkdir()
    for sample in ("bahn-ausbau.de.md", "chip-plant.en.txt", "microsoft-openai.de.txt"):
        (folder / sample).write_bytes((ROOT / "samples" / sample).read_bytes())
    term = terminal(100, 30)
    term.start(str(SCRIPT), str(folder))
    term.wait_for(lambda s: "3 articles" in s and "Chipmaker Delays" in s, "the library")
    term.keys("chip", literal=True)  # c h i p: the filter, not reader keys
    term.wait_for(lambda s: "1 of 3 articles" in s, "the filter")
    term.keys("Enter")
    term.wait_for(lambda s: "Intel has pushed back" in s, "the article text")
    term.keys("m", literal=True)
    term.wait_for(lambda s: "Bookmarked" in s, "the bookmark notification")
    term.keys("BSpace")
    term.wait_for(lambda s: "1 of 3 articles" in s and "filter: chip" in s, "the list as left")
    term.keys("Escape", "Escape")
    term.wait_for(lambda s: "Intel has pushed back" in s, "the article again")
    term.keys("B", literal=True)
    term.wait_for(lambda s: "1 bookmark" in s and "Chipmaker Delays" in s, "the bookmarks")
    term.keys("C-q")
    assert term.wait_exit() == "0"


def test_reading_position_survives_a_restart_in_tmux(terminal) -> None:
    """Quit in section 3; the next `limelight FILE` opens there again (same data folder)."""
    term = terminal(120, 40)
    term.start(str(SCRIPT), str(SEED))
    _ready(term)
    for i in range(1, 4):
        term.keys("}", literal=True)
        term.wait_for(lambda s, i=i: f"§ {i}/5" in s.splitlines()[-1], f"section {i}")
    term.keys("q", literal=True)
    assert term.wait_exit() == "0"
    again = terminal(120, 40)
    again.start(str(SCRIPT), str(SEED))
    screen = again.wait_for(lambda s: "§ 3/5" in (s.splitlines() or [""])[-1], "the saved place")
    assert "Microsoft überdenkt Investitionsstrategie" not in screen.splitlines()[0]
    again.keys("q", literal=True)
    assert again.wait_exit() == "0"


# ---- the Feeds screen (issue 16) ---------------------------------------------------------

STORY = (
    "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    + "<p>{text} Der Stadtrat beschloss den Plan am Montag mit großer Mehrheit.</p>" * 5
    + "</article></body></html>"
)


@pytest.fixture
def pages() -> Iterator[str]:
    """Two article pages on 127.0.0.1, the links of the feed's entries."""
    import http.server
    import threading

    class Pages(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            n = "1" if "1" in self.path else "2"
            body = STORY.format(title=f"Meldung {n}", text=f"Volltext der Meldung {n}.")
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_feeds_screen_in_tmux(terminal, tmp_path, pages) -> None:
    """`limelight subscribe FILE`, then `limelight`: the Feeds screen, a feed's entries,
    an entry's full page, u for the next unread, ^t, F5, ctrl+q — at 80x24."""
    feed = tmp_path / "local.xml"
    items = "".join(
        f"<item><title>Meldung {n} aus Kassel</title><link>{pages}/story{n}.html</link>"
        f"<guid>m{n}</guid><pubDate>Mon, 0{n} Dec 2025 08:00:00 GMT</pubDate>"
        f"<description>Kurzfassung {n}.</description></item>"
        for n in (1, 2)
    )
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Tmux Feed</title><link>{pages}/</link>{items}</channel></rss>",
        encoding="utf-8",
    )
    done = subprocess.run(
        [str(SCRIPT), "subscribe", str(feed)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    term = terminal(80, 24)
    term.start(str(SCRIPT))
    term.wait_for(lambda s: "All unread" in s and "Tmux Feed" in s, "the Feeds screen")
    assert max(len(line) for line in term.screen().splitlines()) <= 80
    term.keys("Down", "Enter")
    term.wait_for(lambda s: "Meldung 2 aus Kassel" in s and "●" in s, "the feed's entries")
    term.keys("Enter")  # the newest: Meldung 2, its page from the server
    term.wait_for(lambda s: "Volltext der Meldung 2" in s, "the entry's full page")
    term.keys("u", literal=True)
    term.wait_for(lambda s: "Volltext der Meldung 1" in s, "u: the next unread entry")
    term.keys("BSpace")
    term.wait_for(lambda s: "2 entries" in s and "●" not in s, "the entries, all read")
    term.keys("C-t")
    term.wait_for(lambda s: "marked unread" in s and "●" in s, "^t marks one unread")
    term.keys("Escape")
    term.wait_for(lambda s: "2 feeds" in s or "All unread" in s, "the Feeds list again")
    term.keys("F5")
    term.wait_for(lambda s: "refreshed 1 feed" in s, "F5: the refresh's end in the status")
    term.keys("C-q")
    assert term.wait_exit() == "0"
