"""Train floret (subword-hashed fastText) vectors on tokenised raw text and write
them in the format `spacy init vectors --mode floret` reads.

Usage:
    python training/ner_de/train_vectors.py CORPUS.txt OUT_PREFIX [--dim 64] [--bucket 40000]
    python -m spacy init vectors de OUT_PREFIX.floret VECTORS_DIR --mode floret
"""

from __future__ import annotations

import argparse

import floret  # PyPI: floret (training only; not a runtime dependency)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus")
    parser.add_argument("out_prefix")
    parser.add_argument("--dim", type=int, default=64)
    parser.add_argument("--bucket", type=int, default=40000)
    parser.add_argument("--epoch", type=int, default=5)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    model = floret.train_unsupervised(
        args.corpus,
        model="skipgram",
        mode="floret",
        hashCount=2,
        bucket=args.bucket,
        minn=4,
        maxn=5,
        dim=args.dim,
        epoch=args.epoch,
        minCount=3,
        thread=args.threads,
        lr=0.05,
    )
    model.save_floret_vectors(args.out_prefix + ".floret")
    print(f"wrote {args.out_prefix}.floret")


if __name__ == "__main__":
    main()
