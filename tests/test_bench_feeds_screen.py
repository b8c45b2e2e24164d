"""`limelight bench --only feeds_screen` measures what it says, on a small store."""

from __future__ import annotations

from tui.bench.feeds_screen import measure_feeds_screen


def test_feeds_screen_bench_opens_lists_and_times_keys() -> None:
    rows = measure_feeds_screen(entries=300, presses=8)
    assert rows["open_s"] is not None and 0 < rows["open_s"] < 10
    assert rows["listed"] == 300  # "All unread" lists every stored entry
    assert rows["keys"]["count"] == 8 and rows["keys"]["p95_ms"] is not None
