"""`limelight eval dates`: parsing inline TIMEX2 and scoring, on hand-written files."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

import pytest

from tui.analysis.evaluation import dates as ev
from tui.analysis.model import DateMention

DOC = """<DOC>
<DOCID>toy</DOCID>
<DATETIME> <TIMEX2 val="2020-05-04T10:00:00">2020-05-04T10:00:00</TIMEX2> </DATETIME>
<TEXT>
Bericht

Am <TIMEX2 val="1999-03-01">1. März 1999</TIMEX2> begann der Umbau &amp; die Planung. \
Im <TIMEX2 val="1999-07">Juli</TIMEX2> folgte der Einzug, <TIMEX2 val="P2W">zwei Wochen</TIMEX2> \
lang. <TIMEX2 val="PRESENT_REF">Heute</TIMEX2> steht das Haus leer.
</TEXT>
</DOC>
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _args(*paths: Path, as_json: bool = True) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    ev.add_arguments(parser)
    argv = [str(p) for p in paths] + (["--json"] if as_json else [])
    return parser.parse_args(argv)


def test_parse_offsets_entities_and_reference() -> None:
    doc = ev.parse_timex2(DOC)
    assert doc.reference == date(2020, 5, 4)
    assert [(g.text, g.val) for g in doc.gold] == [
        ("1. März 1999", "1999-03-01"),
        ("Juli", "1999-07"),
        ("zwei Wochen", "P2W"),
        ("Heute", "PRESENT_REF"),
    ]
    for g in doc.gold:
        assert doc.text[g.start : g.end] == g.text
    assert "Umbau & die Planung" in doc.text
    assert "<" not in doc.text


def _mention(doc: ev.TimexDocument, text: str, value: str, occurrence: int = 0) -> DateMention:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(text, start + 1)
    return DateMention(start, start + len(text), text, value, "day")


def test_strict_relaxed_and_value_counts() -> None:
    doc = ev.parse_timex2(DOC)
    predicted = [
        _mention(doc, "1. März 1999", "1999-03-01"),  # exact, right value
        _mention(doc, "Im Juli", "1999-07"),  # overlap only, right value
        _mention(doc, "zwei Wochen", "P14D"),  # exact, wrong value
        _mention(doc, "Haus", "1999"),  # spurious
    ]
    counts, errors = ev.score_document(doc, predicted)
    assert (counts.gold, counts.predicted) == (4, 4)
    assert (counts.relaxed, counts.strict, counts.value) == (3, 2, 2)
    assert [g.text for g in errors.missed] == ["Heute"]
    assert [p.text for p in errors.spurious] == ["Haus"]
    s = ev.summary(counts)
    assert s["relaxed"] == {"p": 0.75, "r": 0.75, "f1": 0.75}
    assert s["strict"]["f1"] == 0.5
    assert s["value"]["f1"] == 0.5


def test_one_prediction_matches_one_gold_only() -> None:
    raw = (
        '<DOC><TEXT><TIMEX2 val="1914">1914</TIMEX2>–<TIMEX2 val="1918">1918</TIMEX2></TEXT></DOC>'
    )
    doc = ev.parse_timex2(raw)
    wide = DateMention(0, len(doc.text), doc.text, "1914", "year")
    counts, _ = ev.score_document(doc, [wide])
    assert (counts.relaxed, counts.strict, counts.value) == (1, 0, 1)


def test_run_prints_json_with_the_tagger(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "toy.key.xml", DOC)
    assert ev.run(_args(path)) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {"relaxed", "strict", "value"}
    assert set(out["relaxed"]) == {"p", "r", "f1"}
    # the tagger finds all four; "Heute" in a text about 1999 is a vague reference
    assert out["relaxed"]["f1"] == 1.0
    assert out["value"]["f1"] == 1.0


def test_run_table_and_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path, "a.key.xml", DOC)
    assert ev.run(_args(tmp_path, as_json=False)) == 0
    out = capsys.readouterr().out
    assert "relaxed" in out and "strict" in out and "value" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("<DOC>no text element</DOC>", "no <TEXT>"),
        ('<DOC><TEXT><TIMEX2 val="1">x</TEXT></DOC>', "unclosed"),
        ("<DOC><TEXT>x</TIMEX2></TEXT></DOC>", "without an opening"),
    ],
)
def test_bad_files_fail_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    path = _write(tmp_path, "bad.xml", content)
    assert ev.run(_args(path)) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_missing_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ev.run(_args(tmp_path / "nope.xml")) == 2
    assert "no such file" in capsys.readouterr().err


WIKIWARS = Path(__file__).resolve().parents[2] / "shared" / "data" / "dates" / "wikiwarsde"


@pytest.mark.skipif(not (WIKIWARS / "keyinline").is_dir(), reason="WikiWarsDE not present")
def test_wikiwarsde_scores_meet_the_goal(capsys: pytest.CaptureFixture[str]) -> None:
    assert ev.run(_args(WIKIWARS / "keyinline")) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["relaxed"]["f1"] >= 0.95
    assert out["strict"]["f1"] >= 0.89
    assert out["value"]["f1"] >= 0.90
