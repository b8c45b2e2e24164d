"""Train the name judge (`tui/analysis/names/judge.py`) on the gold readings of real news.

    python training/names/train_judge.py de --exclude de_unseen14 [--cv] [--ner-folds FILE]
    python training/names/train_judge.py en --exclude en_unseen14 [--cv] [--ner-folds FILE]

Every article of `tests/data/realnews/LANG*/` (but the folders `--exclude` names: the
blind pair nobody may tune on) is analysed without the judge; each distinct highlighted
string becomes one example, its class the gold label of the entity it is a form of, or
"none" where it is no gold form. A multinomial logistic regression (full-batch gradient
descent, L2) is fitted on features seen at least twice, and its weights are written to
`tui/analysis/names/judge_LANG.json.gz`. `--cv` first prints the figures of leaving one
folder out at a time (what the model card reports), then trains on all of them.
The ners learn from the same stories (`training/ner_en/`, `training/ner_de/
tune_on_articles.py`): `--ner-folds` gives each folder the weights of a ner trained
without it, so that the judge learns how far to trust the ner on stories it has not seen.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from tui.analysis.entities import shown_form
from tui.analysis.names.index import load_index
from tui.analysis.names.judge import (
    LABELS,
    NONE,
    Judge,
    features,
    listed,
    names_of,
    save_judge,
    weights_path,
)
from tui.analysis.pipeline import load_pipeline

GOLD = Path(__file__).resolve().parents[2] / "tests" / "data" / "realnews"
CLASSES = (*LABELS, NONE)
# the probability of "no name" it takes to drop a string, chosen by leaving one folder out
# (`--cv` at 0.5 … 0.9): where precision rises and recall does not fall
DROP_AT = {"de": 0.8, "en": 0.7}
SWEEP = (0.5, 0.6, 0.7, 0.8, 0.9)
L2 = 0.3
STEPS = 1500
RATE = 2.0


def examples(
    lang: str, exclude: set[str], ner_folds: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    nlp = load_pipeline(lang)
    index = load_index()
    judge = nlp.get_pipe("limelight_entity_judge")
    words = judge.words
    rows = []
    for folder in sorted(GOLD.glob(f"{lang}*/")):
        if folder.name in exclude:
            continue
        if ner_folds is not None:
            # names as a ner finds them that never saw this folder's stories (the German
            # fold is a whole model folder: its ner listens to its own tok2vec)
            fold = Path(ner_folds[folder.name])
            if lang == "de":
                nlp.get_pipe("tok2vec").from_disk(fold / "tok2vec", exclude=["vocab"])
                nlp.get_pipe("ner").from_disk(fold / "ner", exclude=["vocab"])
            else:
                nlp.get_pipe("ner").from_disk(fold, exclude=["vocab"])
        for gold_file in sorted(folder.glob("*.entities.json")):
            gold = {
                form: entity["label"]
                for entity in json.loads(gold_file.read_text("utf-8"))["entities"]
                for form in entity["forms"]
            }
            text = gold_file.with_name(gold_file.name.replace(".entities.json", ".txt"))
            with nlp.select_pipes(disable=["limelight_entity_judge"]):
                doc = nlp(text.read_text("utf-8"))
            for name, mentions in names_of(doc).items():
                first = mentions[0]
                # the gold reading names the form the reader shows ("The Globe" → "Globe")
                shown = shown_form(
                    doc.text, first.start_char, first.end_char, first.label_, doc.lang_ == "de"
                )
                if shown is None:
                    continue
                rows.append(
                    {
                        "folder": folder.name,
                        "label": first.label_,
                        "gold": gold.get(shown, NONE),
                        "features": features(name, mentions, index, words, lang == "de"),
                        "listed": listed(name, index, lang == "de"),
                    }
                )
    return rows


def fit(rows: list[dict[str, Any]], drop_at: float) -> Judge:
    counts = Counter(name for row in rows for name in row["features"])
    vocab = {name: i for i, name in enumerate(sorted(n for n, c in counts.items() if c >= 2))}
    x = np.zeros((len(rows), len(vocab) + 1), dtype=np.float32)
    for i, row in enumerate(rows):
        for name, value in row["features"].items():
            if (j := vocab.get(name)) is not None:
                x[i, j] = value
        x[i, -1] = 1.0  # the bias
    y = np.eye(len(CLASSES), dtype=np.float32)[[CLASSES.index(r["gold"]) for r in rows]]
    w = np.zeros((x.shape[1], len(CLASSES)), dtype=np.float32)
    for _ in range(STEPS):
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        w -= RATE * (x.T @ (p - y) + L2 * w) / len(rows)
    weights = {
        name: tuple(float(v) for v in w[j])
        for name, j in vocab.items()
        if np.abs(w[j]).max() > 1e-4
    }
    return Judge(CLASSES, tuple(float(v) for v in w[-1]), weights, drop_at)


def score(judge: Judge, rows: list[dict[str, Any]]) -> tuple[int, int, int, int]:
    """Correctly labelled strings and highlighted strings, before and after the judge."""
    before = sum(r["label"] == r["gold"] != NONE for r in rows)
    decided = [judge.decide(r["features"], r["label"], listed=r["listed"]) for r in rows]
    after = sum(d == r["gold"] for d, r in zip(decided, rows, strict=True))
    return before, len(rows), after, sum(d is not None for d in decided)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("lang", choices=("de", "en"))
    parser.add_argument("--exclude", action="append", default=[], help="a gold folder to leave out")
    parser.add_argument("--cv", action="store_true", help="leave one folder out at a time first")
    parser.add_argument("--drop-at", type=float, help="P(no name) to drop a string")
    parser.add_argument(
        "--ner-folds",
        type=Path,
        help="folds.json of training/ner_en/train_ner.py --folds: each folder's names from "
        "the ner weights trained without it",
    )
    args = parser.parse_args(argv)
    if args.drop_at is None:
        args.drop_at = DROP_AT[args.lang]
    folds = json.loads(args.ner_folds.read_text("utf-8")) if args.ner_folds else None
    rows = examples(args.lang, set(args.exclude), folds)
    if args.cv:
        total = [0, 0, 0, 0]
        # the same fits judged at other thresholds: what dropping more or less would give
        swept = {at: [0, 0, 0, 0] for at in SWEEP if at != args.drop_at}
        for folder in sorted({r["folder"] for r in rows}):
            judge = fit([r for r in rows if r["folder"] != folder], args.drop_at)
            held = [r for r in rows if r["folder"] == folder]
            figures = score(judge, held)
            total = [a + b for a, b in zip(total, figures, strict=True)]
            print(_line(folder, figures))
            for at, sums in swept.items():
                other = score(dataclasses.replace(judge, drop_at=at), held)
                swept[at] = [a + b for a, b in zip(sums, other, strict=True)]
        print(_line("all", tuple(total)))  # type: ignore[arg-type]
        for at, sums in sorted(swept.items()):
            print(_line(f"all at {at}", tuple(sums)))  # type: ignore[arg-type]
    judge = fit(rows, args.drop_at)
    save_judge(judge, weights_path(args.lang))
    print(f"{len(rows)} strings, {len(judge.weights)} features -> {weights_path(args.lang)}")
    return 0


def _line(name: str, figures: tuple[int, int, int, int]) -> str:
    before, shown, after, kept = figures
    return (
        f"{name:14s} precision {before / shown:.3f} -> {after / max(kept, 1):.3f}"
        f"  right {before} -> {after}  shown {shown} -> {kept}"
    )


if __name__ == "__main__":
    sys.exit(main())
