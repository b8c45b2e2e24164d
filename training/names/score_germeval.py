"""Score `limelight analyze` on GermEval sentences, as a reader's analysis sees them.

    python training/names/score_germeval.py ../shared/data/ner/germeval2014/NER-de-dev-a.tsv

Each sentence (tokens joined by spaces) is analysed as an article of its own; every
highlighted mention is mapped back to tokens and scored as an exact span with the unified
label (OTH → MISC, *deriv/*part dropped), as `limelight eval ner` scores the bare model.
The gap between the two is what the steps after the model cost or add.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from tui.analysis.analyzer import analyze
from tui.analysis.evaluation.ner import LabelScore, read_labelled
from tui.analysis.pipeline import load_pipeline
from tui.article.loader import parse_text


def _token_spans(words: tuple[str, ...]) -> tuple[str, list[tuple[int, int]]]:
    offsets = []
    pos = 0
    for word in words:
        offsets.append((pos, pos + len(word)))
        pos += len(word) + 1
    return " ".join(words), offsets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args(argv)
    sentences = read_labelled(args.file)
    if args.limit:
        sentences = sentences[: args.limit]
    nlp = load_pipeline("de")
    overall = LabelScore()
    per: dict[str, LabelScore] = {}
    errors: Counter[str] = Counter()
    for sentence in sentences:
        text, offsets = _token_spans(sentence.words)
        article = parse_text(text, lang="de")
        analysis = analyze(article, nlp=nlp, use_cache=False)
        starts = {a: i for i, (a, _) in enumerate(offsets)}
        ends = {b: i + 1 for i, (_, b) in enumerate(offsets)}
        predicted = set()
        for entity in analysis.entities:
            for mention in entity.mentions:
                if mention.start in starts and mention.end in ends:
                    predicted.add((starts[mention.start], ends[mention.end], entity.label))
                else:
                    predicted.add((-1, mention.start, entity.label))
        gold = set(sentence.spans)
        for span in predicted | gold:
            label = span[2]
            score = per.setdefault(label, LabelScore())
            hit = span in predicted and span in gold
            for s in (score, overall):
                if hit:
                    s.tp += 1
                elif span in predicted:
                    s.fp += 1
                else:
                    s.fn += 1
            if not hit and args.errors:
                kind = "FP" if span in predicted else "FN"
                a, b = (span[0], span[1]) if span[0] >= 0 else (0, 0)
                words = " ".join(sentence.words[a:b]) if span[0] >= 0 else f"@{span[1]}"
                errors[f"{kind} {label} {words}"] += 1
    result = {"overall": overall.as_dict(), **{k: v.as_dict() for k, v in sorted(per.items())}}
    json.dump(result, sys.stdout, indent=1)
    print()
    for line, n in errors.most_common():
        print(n, line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
