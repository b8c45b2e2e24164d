"""End to end: `limelight DIR` in tmux starts an analysis worker, prefetches the list's
entries into the cache, opens one with its highlights, and leaves no process behind.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from test_reader_tmux import ROOT, SCRIPT, Terminal, terminal

__all__ = ["terminal"]  # the fixture, shared with the reader's tmux tests

pytestmark = [pytest.mark.slow]


def descendants(root: int) -> dict[int, str]:
    """Every process under `root`, with its command line."""
    parents: dict[int, int] = {}
    commands: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parents[int(entry.name)] = int(
                (entry / "stat").read_text().rsplit(")", 1)[1].split()[1]
            )
            commands[int(entry.name)] = (
                (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            )
        except (OSError, IndexError, ValueError):
            continue
    found: dict[int, str] = {}
    frontier = [root]
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in found:
                found[pid] = commands.get(pid, "")
                frontier.append(pid)
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_library_prefetches_opens_with_highlights_and_quits_without_orphans(
    terminal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("microsoft-openai.de.txt", "bahn-ausbau.de.md"):
        shutil.copy(ROOT / "samples" / name, folder / name)
    cache = tmp_path / "cache"
    monkeypatch.setenv("LIMELIGHT_CACHE_DIR", str(cache))
    term: Terminal = terminal(120, 40)
    term.start(str(SCRIPT), str(folder))
    term.wait_for(lambda s: "2 articles" in s, "the library")
    pane = int(term.tmux("display-message", "-p", "-t", "reader", "#{pane_pid}").strip())
    workers = {}
    deadline = time.monotonic() + 30
    while not workers and time.monotonic() < deadline:
        workers = {p: c for p, c in descendants(pane).items() if "spawn_main" in c}
        time.sleep(0.1)
    assert workers, "no analysis worker was started"
    # the worker analyses both entries into the cache while the list is on screen
    deadline = time.monotonic() + 180
    while len(list(cache.glob("analyses/*.json"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert len(list(cache.glob("analyses/*.json"))) == 2
    term.keys("Enter")
    # from the cache the worker filled: the highlights come with the text
    term.wait_for(
        lambda s: "2 articles" not in s and "nalysing" not in s.rstrip().splitlines()[-1],
        "the article with its highlights",
        timeout=5,
    )
    term.keys("q")
    assert term.wait_exit().strip() == "0"
    time.sleep(0.5)
    left = [pid for pid in workers if alive(pid)]
    assert left == [], f"left behind: {[workers[p] for p in left]}"
