"""Benchmark a German NER pipeline: size on disk, load time, words per second.

Times are reported both as wall-clock and as CPU time of this process; on a shared
machine the CPU time is the figure that does not depend on the neighbours' load.

Usage:
    python training/ner_de/benchmark.py [MODEL_DIR] [--text FILE.tsv] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("model", type=Path, nargs="?", default=None)
    parser.add_argument(
        "--text",
        type=Path,
        default=Path("../shared/data/ner/germeval2014/NER-de-dev-a.tsv"),
        help="GermEval/CoNLL file whose sentences are processed as plain text",
    )
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import spacy

    from tui.analysis.evaluation.ner import read_labelled
    from tui.analysis.models import register_architectures, shipped_german_model_path

    register_architectures()
    path = args.model or shipped_german_model_path()
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    wall, cpu = time.perf_counter(), time.process_time()
    nlp = spacy.load(path)
    load_wall, load_cpu = time.perf_counter() - wall, time.process_time() - cpu
    texts = [" ".join(s.words) for s in read_labelled(args.text)]
    words = sum(len(t.split()) for t in texts)
    wall, cpu = time.perf_counter(), time.process_time()
    nlp(texts[0])  # first call builds lazy tables
    first_wall, first_cpu = time.perf_counter() - wall, time.process_time() - cpu
    best_wall = best_cpu = float("inf")
    for _ in range(args.repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        for _doc in nlp.pipe(texts, batch_size=256):
            pass
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    print(
        json.dumps(
            {
                "model": str(path),
                "size_mb": round(size / 2**20, 1),
                "load_s": round(load_wall, 2),
                "load_cpu_s": round(load_cpu, 2),
                "first_doc_s": round(first_wall, 2),
                "first_doc_cpu_s": round(first_cpu, 2),
                "words": words,
                "words_per_s": round(words / best_wall),
                "words_per_cpu_s": round(words / best_cpu),
            }
        )
    )


if __name__ == "__main__":
    main()
