"""Precision and recall of money and role facts on the annotated set (tests/data/facts).

The dev articles were written first and the rules tuned on them; the `holdout`, `blind`
and `blind2` articles were written afterwards and scored before any rule was changed for
them (first-pass figures in tui/analysis/facts/STATUS.md). All must stay above the
issue's bar: P ≥ 0.9, R ≥ 0.8.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis.facts.evaluate import evaluate, load_set, main

DATA = Path(__file__).resolve().parent / "data" / "facts"


def test_set_is_annotated_in_both_languages() -> None:
    for directory in (DATA, DATA / "holdout", DATA / "blind", DATA / "blind2"):
        articles = load_set(directory)
        assert {a.lang for a in articles} == {"de", "en"}
        for art in articles:
            for item in art.gold["money"] + art.gold.get("percent", []):
                assert item["text"] in art.text, (art.name, item)


@pytest.mark.slow
@pytest.mark.parametrize("subset", ["", "holdout", "blind", "blind2"])
def test_money_and_roles_meet_the_bar(subset: str) -> None:
    scores = evaluate(DATA / subset if subset else DATA, ner="gold")
    for lang in ("de", "en"):
        for kind in ("money", "roles"):
            sc = scores[(lang, kind)]
            assert sc.tp >= 2, (lang, kind)
            assert sc.precision >= 0.9, (lang, kind, sc.errors)
            assert sc.recall >= 0.8, (lang, kind, sc.errors)


@pytest.mark.slow
def test_with_the_real_pipelines_precision_holds() -> None:
    """With the project's own NER the rules lose recall, not precision."""
    scores = evaluate(DATA, ner="model")
    for lang in ("de", "en"):
        assert scores[(lang, "money")].precision >= 0.9
        assert scores[(lang, "roles")].precision >= 0.9


def test_scorer_counts_errors(tmp_path: Path) -> None:
    (tmp_path / "a.de.txt").write_text(
        "Er zahlte 5 Millionen Euro. Sie zahlte 3 Euro.", encoding="utf-8"
    )
    (tmp_path / "a.de.gold.json").write_text(
        '{"entities": [], "money": [{"text": "5 Millionen Euro", "value": 5e6, "unit": "USD"}],'
        ' "roles": [{"person": "Anna Weber", "role": "Chefin", "organisation": null}]}',
        encoding="utf-8",
    )
    scores = evaluate(tmp_path, ner="gold", langs=("de",))
    money = scores[("de", "money")]
    assert (money.tp, money.fp, money.fn) == (0, 2, 1)  # wrong unit; "3 Euro" not in gold
    roles = scores[("de", "roles")]
    assert (roles.tp, roles.fp, roles.fn) == (0, 0, 1)


def test_cli_prints_a_table(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "b.de.txt").write_text("Er zahlte 5 Millionen Euro.", encoding="utf-8")
    (tmp_path / "b.de.gold.json").write_text(
        '{"money": [{"text": "5 Millionen Euro", "value": 5e6, "unit": "EUR"}]}', encoding="utf-8"
    )
    assert main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "money" in out and "1.00" in out
