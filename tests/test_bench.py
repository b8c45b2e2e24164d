"""The benchmark: its building blocks on real inputs, and a quick run end to end.

No assertion here is about speed (the machine is shared, times drift); they check
that every figure is measured, positive and where the JSON contract says.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tui.analysis.model import Analysis
from tui.article.model import Article
from tui.bench.corpus import build_long, load_samples, title_marker
from tui.bench.keys import tile_analysis
from tui.bench.report import goals
from tui.bench.stats import median, percentile, ratio

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = "microsoft-openai.de.txt"
HEADLINE = (
    "first_paint_s",
    "first_paint_ratio",
    "highlights_cold_s",
    "highlights_ratio",
    "highlights_cached_s",
    "throughput_ratio",
    "dates_ms_per_1k_words",
    "dates_speedup",
    "key_p95_ms",
    "page_p95_ms",
    "peak_rss_mb",
    "words_per_s_de",
    "words_per_s_en",
    "raw_words_per_s_de",
    "raw_words_per_s_en",
)


def test_percentiles_interpolate_and_skip_missing() -> None:
    values = [None, 10.0, 20.0, 30.0, 40.0, 50.0]
    assert median(values) == 30.0
    assert percentile(values, 95) == pytest.approx(48.0)
    assert percentile([None], 50) is None
    assert ratio(3.0, 0.0) is None and ratio(None, 2.0) is None


def test_title_marker_finds_the_ascii_run_of_a_german_title() -> None:
    marker = title_marker("Microsoft überdenkt Investitionsstrategie nach Altmans Entlassung")
    assert marker.search("  Investitionsstrategie nach  Altmans Entlassung  ")
    assert not marker.search("Microsoft überdenkt")


def test_long_articles_reach_their_size_and_keep_sections(tmp_path: Path) -> None:
    samples = load_samples(SAMPLES, tmp_path)
    assert samples[0].name == SEED  # the seed leads
    long = build_long(samples, [40_000], ("de",), tmp_path)
    assert len(long) == 1
    article = long[0]
    assert article.lang == "de"
    assert 40_000 <= article.size < 48_000
    assert len(article.article.sections) >= 10
    assert article.title_marker.search(article.article.text)
    assert article.text_path.read_text(encoding="utf-8") == article.article.text


def test_tiled_analysis_points_at_its_own_text(
    tmp_path: Path, seed_article: Article, seed_analysis: Analysis
) -> None:
    samples = [s for s in load_samples(SAMPLES, tmp_path) if s.name == SEED]
    assert samples[0].article.text == seed_article.text
    long = build_long(samples, [30_000], ("de",), tmp_path)[0].article
    tiled = tile_analysis(long, [seed_analysis])
    mentions = [m for e in tiled.entities for m in e.mentions]
    # the seed's entities recur once per copy of its prose
    assert len(mentions) > 4 * sum(len(e.mentions) for e in seed_analysis.entities)
    for m in mentions:
        assert long.text[m.start : m.end] == m.text
    for d in tiled.dates:
        assert long.text[d.start : d.end] == d.text
    for f in tiled.facts:
        assert long.text[f.start : f.end] == f.text


def test_goals_judge_only_what_was_measured() -> None:
    judged = goals({"first_paint_ratio": 1.1, "throughput_ratio": 0.5, "key_p95_ms": None})
    assert judged["first_paint_ratio"]["met"] is True
    assert judged["throughput_ratio"]["met"] is False
    assert judged["key_p95_ms"]["met"] is None


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_quick_benchmark_reports_every_figure(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "OMP_NUM_THREADS": "1",
        "LIMELIGHT_CACHE_DIR": str(tmp_path / "c"),
        "LIMELIGHT_DATA_DIR": str(tmp_path / "d"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "tui.bench", "--quick", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:] + done.stdout[-2000:]
    result = json.loads(done.stdout)
    assert result["errors"] == {}
    for key in HEADLINE:
        value = result[key]
        assert isinstance(value, int | float) and value > 0, (key, value)
    assert result["startup"][SEED]["failures"] == []
    assert result["names_index_load_s"] > 0
    assert result["keys"]["key"]["count"] == 20
    assert result["keys"]["page"]["reached_percent"] == 100
    # the benchmark kept its caches and reading positions to itself
    assert not (tmp_path / "c").exists()
    assert not (tmp_path / "d").exists()
    assert result["keys"]["during_analysis"]["count"] >= 1
