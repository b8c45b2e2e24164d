"""Hostile and broken input, generated here: never a traceback, never a hang, no escapes out.

Each input either loads cleanly (control characters as visible placeholders) or is
refused with one line; through the CLI that line goes to stderr with exit status 2.
"""

from __future__ import annotations

import codecs
import json
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.article import ArticleError, load_article, parse_text
from tui.article.loader import open_path

ROOT = Path(__file__).parent.parent
# What must never reach a terminal from an article: ESC, C1 controls, BEL, bidi overrides.
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069]")

ESCAPES = {
    "csi": "\x1b[2J\x1b[31mred\x1b[0m",
    "osc-title": "\x1b]0;owned title\x07",
    "osc8-link": "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\",
    "osc52-clipboard": "\x1b]52;c;cm0gLXJmIH4=\x07",
    "dcs": "\x1bP+q544e\x1b\\",
    "apc": "\x1b_Gf=24;AAAA\x1b\\",
    "c1-csi": "\x9b31m\x9d0;title\x9c",
    "bidi": "\u202eevil\u202c and \u2066isolate\u2069",
    "zero-width": "zero\u200bwidth\u200d joiner\ufeff",
}


def _article(body: str) -> str:
    return f"Überschrift der Meldung\n\nDer Text beginnt hier. {body} Und hier endet er.\n"


@pytest.mark.parametrize("name", sorted(ESCAPES))
def test_escape_families_are_neutralised(name):
    article = parse_text(_article(ESCAPES[name]))
    assert not FORBIDDEN.search(article.text)
    assert "Und hier endet er." in article.text


def test_wide_and_combining_characters_survive():
    text = "漢字のニュース 🇩🇪👩‍💻 e\u0301"
    article = parse_text(_article(text))
    assert text in article.text


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "latin-1", "cp1252"]
)
def test_encodings(tmp_path, encoding):
    text = _article("Grüße aus Köln: „Straße“ kostet 5 €.".replace("„", '"').replace("“", '"'))
    if encoding == "latin-1":
        text = text.replace("€", "EUR")
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    article = load_article(path)
    assert "Grüße aus Köln" in article.text


def test_invalid_utf8_sequences(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Titel\n\nKaputt: \xff\xfe\xc3\x28 und \xe2\x82 weiter im Text.\n")
    article = load_article(path)
    assert "weiter im Text" in article.text
    assert not FORBIDDEN.search(article.text)


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_old_newlines(newline):
    article = parse_text(newline.join(["Titel", "", "Absatz eins ist hier.", "", "Absatz zwei."]))
    assert "\r" not in article.text
    assert article.title == "Titel"
    assert len(article.blocks) == 3


def test_single_huge_line_and_word(tmp_path):
    path = tmp_path / "line.txt"
    path.write_text("Titel\n\n" + ("wort " * 1_000_000) + "x" * 100_000 + "\n")
    started = time.monotonic()
    article = load_article(path, max_bytes=8 * 1024 * 1024)
    assert time.monotonic() - started < 20
    assert len(article.text) > 5_000_000


def test_many_tiny_paragraphs(tmp_path):
    path = tmp_path / "tiny.txt"
    path.write_text("Titel\n\n" + "\n\n".join(f"Satz {i}." for i in range(100_000)))
    started = time.monotonic()
    article = load_article(path)
    assert time.monotonic() - started < 20
    assert len(article.blocks) == 100_001


def test_deep_html(tmp_path):
    path = tmp_path / "deep.html"
    body = (
        "<div>" * 10_000
        + "<p>Ein Absatz, tief verschachtelt, mit genug Text für die Extraktion.</p>"
        + "</div>" * 10_000
    )
    path.write_text(
        f"<html><head><script>evil()</script><style>x{{}}</style></head><body>{body}<iframe src='x'></iframe></body></html>"
    )
    started = time.monotonic()
    try:
        article = open_path(path)
        assert "evil()" not in article.text
    except ArticleError as exc:
        assert "\n" not in str(exc)
    assert time.monotonic() - started < 30


def _cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args], capture_output=True, timeout=timeout, cwd=ROOT
    )


def _assert_refused(result: subprocess.CompletedProcess[bytes]) -> None:
    assert result.returncode == 2, result.stderr
    err = result.stderr.decode()
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert not FORBIDDEN.search(err)


def test_special_files_are_refused(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    for target in ("/dev/zero", str(loop), str(fifo), str(tmp_path), str(tmp_path / "missing.txt")):
        _assert_refused(_cli("analyze", target, timeout=30))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("Titel\n\nText.")
    path.chmod(0)
    _assert_refused(_cli("analyze", str(path), timeout=30))


def test_fifty_megabytes_are_refused_quickly(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB of NUL bytes, instantly
    started = time.monotonic()
    result = _cli("analyze", str(path), timeout=60)
    _assert_refused(result)
    assert b"--max-size" in result.stderr
    assert time.monotonic() - started < 30


@pytest.mark.parametrize(
    "payload",
    [
        random.Random(7).randbytes(4096),
        b"\x00" * 1024,
        b"GIF89a" + bytes(200),
        codecs.BOM_UTF16_LE + "Titel\n\nText \x1b]52;c;Zm9v\x07 hier.".encode("utf-16-le"),
    ],
    ids=["random", "nul", "gif", "utf16-escape"],
)
def test_cli_output_never_carries_escapes(tmp_path, payload):
    path = tmp_path / "x.txt"
    path.write_bytes(payload)
    result = _cli("analyze", str(path), "--format", "json", "--no-cache")
    if result.returncode == 0:
        out = result.stdout.decode()
        json.loads(out)
        assert "\x1b" not in out and "\\u001b" not in out and "\\u009b" not in out
    else:
        _assert_refused(result)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_loader_offsets_hold_for_any_text(text):
    try:
        article = parse_text(text)
    except ArticleError as exc:
        assert "\n" not in str(exc)
        return
    assert not FORBIDDEN.search(article.text)
    previous = 0
    for block in article.blocks:
        assert previous <= block.start <= block.end <= len(article.text)
        previous = block.end
    for source in article.sources:
        assert -1 <= source.start <= source.end <= len(article.text)
    for section in article.sections:
        assert 0 <= section.start <= section.end <= len(article.text)
