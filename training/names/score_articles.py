"""Score the analysis's entities against gold readings of real articles.

    python training/names/score_articles.py tests/data/realnews/de [--errors]

As a reader sees an article: recall of gold entities (found when one of its forms is
highlighted with the gold label), precision over the distinct highlighted strings (a
string is right when it is a form of a gold entity with that label). A quick measuring
tool for the name layer; `limelight eval` is the project's own scorer.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tui.analysis.analyzer import analyze
from tui.analysis.pipeline import load_pipeline
from tui.article import load_article


def score_dir(folder: Path, show: bool) -> tuple[int, int, int, int, int]:
    found = gold_total = right = shown = named = 0
    for gold_path in sorted(folder.glob("*.entities.json")):
        text_path = gold_path.with_name(gold_path.name.replace(".entities.json", ".txt"))
        gold = json.loads(gold_path.read_text("utf-8"))["entities"]
        article = load_article(text_path)
        lang = article.language if article.language in ("de", "en") else "en"
        analysis = analyze(article, nlp=load_pipeline(lang), use_cache=False)
        highlighted = {(m.text, e.label) for e in analysis.entities for m in e.mentions}
        forms = {(f, g["label"]) for g in gold for f in g["forms"]}
        any_label = {f for g in gold for f in g["forms"]}
        missed = [g for g in gold if not any((f, g["label"]) in highlighted for f in g["forms"])]
        wrong = sorted(h for h in highlighted if h not in forms)
        found += len(gold) - len(missed)
        gold_total += len(gold)
        right += len(highlighted) - len(wrong)
        named += sum(h[0] in any_label for h in highlighted)
        shown += len(highlighted)
        if show:
            print(f"## {text_path.name}: {len(gold) - len(missed)}/{len(gold)}")
            for g in missed:
                got = {h for h in highlighted if h[0] in g["forms"]}
                print(f"  MISS {g['name']}/{g['label']} {g['forms']} got {sorted(got)}")
            for text, label in wrong:
                note = " (label)" if text in any_label else ""
                print(f"  SPURIOUS {text}/{label}{note}")
    return found, gold_total, right, shown, named


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--errors", action="store_true")
    parser.add_argument(
        "--without-names", action="store_true", help="the analysis without the name layer"
    )
    args = parser.parse_args(argv)
    import tui.analysis.analyzer as analyzer

    analyzer._metadata_dates = lambda article, lang: []  # type: ignore[assignment]
    for lang in ("de", "en"):  # dates play no part in names
        load_pipeline(lang).disable_pipe("limelight_timex")

    if args.without_names:
        analyzer.settle_entities = lambda entities, *_: entities  # type: ignore[assignment]
        for lang in ("de", "en"):
            nlp = load_pipeline(lang)
            for pipe in ("limelight_names", "limelight_entity_judge"):
                if pipe in nlp.pipe_names:
                    nlp.disable_pipe(pipe)
    for folder in args.folders:
        found, gold, right, shown, named = score_dir(folder, args.errors)
        recall = found / gold if gold else 0.0
        precision = right / shown if shown else 0.0
        print(
            f"{folder}: recall {recall:.3f} ({found}/{gold}), precision {precision:.3f} ({right}/{shown}); "
            f"any label {named / shown if shown else 0:.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
