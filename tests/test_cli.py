"""The console script as a user runs it: exit codes and one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("limelight: ")
    assert fragment in lines[0]
    assert "Traceback" not in result.stderr


def test_missing_file():
    assert_one_line_error(run("analyze", "no/such/article.txt"), "no such file")


def test_missing_file_for_reader():
    assert_one_line_error(run("no/such/article.txt"), "no such file")


def test_directory(tmp_path):
    assert_one_line_error(run("analyze", str(tmp_path)), "is a directory")


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "empty"),
        (b"\n  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG"),
        (os.urandom(2048).replace(b"\x00", b"") + b"\x00" * 64, "binary"),
    ],
    ids=["empty", "blank", "png", "random"],
)
def test_bad_content(tmp_path, content, fragment):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert_one_line_error(run("analyze", str(path)), fragment)


def test_fifo_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert_one_line_error(run("analyze", str(fifo), timeout=30), "not a regular file")


def test_size_limit_and_option(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Titel\n\n" + "Wort " * 400)
    assert_one_line_error(run("analyze", str(path), "--max-size", "1k"), "--max-size")


def test_unknown_option_is_a_usage_error():
    result = run("analyze", "--format", "yaml", "samples/microsoft-openai.de.txt")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_output_into_a_closed_pipe_ends_quietly(fmt):
    """`limelight analyze … | head -1`: the reader of the output leaves before it is written."""
    seed = ROOT / "samples" / "microsoft-openai.de.txt"
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui", "analyze", str(seed), "--format", fmt, "--no-cache"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # before the analysis (a second or so) has printed anything
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert err == ""
