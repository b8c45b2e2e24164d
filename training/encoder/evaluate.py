"""Score an exported encoder on GermEval dev-a: P/R/F1 per label, words/s on one core.

Runs exactly what the package runs (`tui.analysis.encoder.runtime.EncoderTagger`, one
onnxruntime thread, tokenizers without parallelism); words/s counts wall-clock time of
tagging all dev-a sentences after a warm-up, and CPU time is printed beside it.

    python training/encoder/evaluate.py OUT/export --data DATA/ner.json.xz
    python training/encoder/evaluate.py OUT/export --germeval ../shared/data/ner/germeval2014/NER-de-dev-a.tsv
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ["TOKENIZERS_PARALLELISM"] = "false"
os.environ.setdefault("OMP_NUM_THREADS", "1")

from common import HERE, format_scores, load_json_xz, span_scores

from tui.analysis.encoder.runtime import EncoderTagger, decode_bio


def pipeline_scores(model: Path, germeval: Path) -> None:
    """The project's scorer over the shipped pipeline, its ner swapped for the encoder."""
    os.environ["LIMELIGHT_ENCODER_DE"] = str(model)
    from tui.analysis.encoder import use_encoder
    from tui.analysis.evaluation.ner import load_model, predict, read_labelled, score

    nlp = load_model(None)
    print(use_encoder(nlp, "de"), "->", nlp.pipe_names)
    sentences = read_labelled(germeval)
    start = time.perf_counter()
    predicted = predict(nlp, sentences)
    seconds = time.perf_counter() - start
    result = score((s.spans for s in sentences), predicted).as_dict()
    words = sum(len(s.words) for s in sentences)
    print(
        f"pipeline: P {result['p']:.3f} R {result['r']:.3f} F1 {result['f1']:.4f}; "
        + ", ".join(f"{k} {v['f1']:.3f}" for k, v in result["per_label"].items())
        + f"; {words / seconds:,.0f} words/s (wall, whole pipeline)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("model", type=Path, help="exported folder (encoder.json, …)")
    parser.add_argument("--data", type=Path, help="ner.json.xz from pack_ner.py (its dev)")
    parser.add_argument("--germeval", type=Path, help="or a GermEval TSV file")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs (best kept)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--pipeline",
        action="store_true",
        help="also score the shipped German pipeline with the encoder as its ner (the post "
        "components included), the way `limelight eval ner` scores v0.3.0 (needs --germeval)",
    )
    args = parser.parse_args()
    if args.pipeline:
        if not args.germeval:
            parser.error("--pipeline needs --germeval")
        pipeline_scores(args.model, args.germeval)
    if args.germeval:
        sys.path.insert(0, str(HERE.parent / "ner_de"))
        from convert import read_germeval

        dev = [list(s) for s in read_germeval(args.germeval)]
    elif args.data:
        dev = load_json_xz(args.data)["dev"]
    else:
        parser.error("give --data or --germeval")
    words = [s[0] for s in dev]
    n_words = sum(map(len, words))
    tagger = EncoderTagger(args.model, threads=1)
    tagger.tag(words[:50])
    wall, cpu, tags = float("inf"), float("inf"), []
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        tags = tagger.tag(words)
        wall = min(wall, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    gold = [decode_bio([t or "O" for t in s[1]]) for s in dev]
    scores = span_scores(gold, [decode_bio(t) for t in tags])
    size = sum(p.stat().st_size for p in args.model.iterdir()) / 2**20
    print(f"{args.model}: {len(dev)} sentences, {n_words} words, {size:.1f} MiB")
    print(format_scores(scores))
    print(
        f"{n_words / wall:,.0f} words/s wall-clock, {n_words / cpu:,.0f} words/s CPU time "
        "(one thread)"
    )
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "scores": scores,
                    "words_per_s": n_words / wall,
                    "words_per_cpu_s": n_words / cpu,
                    "mib": size,
                },
                indent=2,
            )
        )


if __name__ == "__main__":
    main()
