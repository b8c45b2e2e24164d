"""Tokenise the raw German text once, for static vectors and `spacy pretrain`.

Writes one tokenised line per input line (tokens separated by spaces, as spaCy's
blank German tokenizer splits them) and, optionally, a JSONL file of the same lines
as {"text": ...} for `spacy pretrain`.

Usage:
    python training/ner_de/prepare_raw.py OUT.txt [--jsonl OUT.jsonl] RAW.txt.gz [RAW2.txt.gz ...]
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

import spacy
from spacy.tokenizer import Tokenizer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path)
    parser.add_argument("inputs", type=Path, nargs="+")
    parser.add_argument("--jsonl", type=Path, default=None)
    args = parser.parse_args()
    nlp = spacy.blank("de")
    tokenizer: Tokenizer = nlp.tokenizer  # type: ignore[assignment]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    jsonl = args.jsonl.open("w", encoding="utf-8") if args.jsonl else None
    words = 0
    with args.output.open("w", encoding="utf-8") as out:
        for path in args.inputs:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                lines = (line.strip() for line in fh)
                for doc in tokenizer.pipe(line for line in lines if line):
                    tokens = [t.text for t in doc if not t.is_space]
                    words += len(tokens)
                    out.write(" ".join(tokens) + "\n")
                    if jsonl is not None:
                        jsonl.write(json.dumps({"text": doc.text}, ensure_ascii=False) + "\n")
    if jsonl is not None:
        jsonl.close()
    print(f"{words} tokens -> {args.output}")


if __name__ == "__main__":
    main()
