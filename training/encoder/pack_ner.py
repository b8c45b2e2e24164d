"""Pack the labelled NER sentences into one small file (words + BIO tags, xz JSON).

The same data and mapping as `training/ner_de/` (train.sh step 1, v0.3.0's mix7):
GermEval NER-de-test three times, SmartData and MobIE with possible MISC names left
unannotated (lexicon test), Europarl, LER with its MISC (legal norms) unannotated;
GermEval dev-a kept apart for model selection. A missing tag is null (no loss).

    python training/encoder/pack_ner.py ../shared/data OUT/ner.json.xz
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from common import HERE, save_json_xz

sys.path.insert(0, str(HERE.parent / "ner_de"))
from convert import (
    LexiconCommonWords,
    drop_lowercase_entities,
    label_missing,
    mark_misc_missing_lexicon,
    read_conll,
    read_germeval,
)

Sentence = tuple[list[str], list]


def sample(sentences: list[Sentence], n: int, seed: int = 0) -> list[Sentence]:
    return random.Random(seed).sample(sentences, n) if n and len(sentences) > n else sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", type=Path, help="the shared data folder (ner/, lexicon/)")
    parser.add_argument("output", type=Path)
    parser.add_argument("--germeval-copies", type=int, default=3)
    parser.add_argument("--max-train", type=int, default=0, help="tiny runs: sample N")
    args = parser.parse_args()
    ge = args.data / "ner" / "germeval2014"
    x = args.data / "ner" / "extra"
    lexicon = LexiconCommonWords(args.data / "lexicon")

    def conll(path: Path, misc_missing: bool = False, drop_misc: bool = False) -> list:
        out = []
        for words, tags in read_conll(path):
            tags = drop_lowercase_entities(tags, words)
            if misc_missing:
                tags = mark_misc_missing_lexicon(tags, words, lexicon)
            if drop_misc:
                tags = label_missing(tags, "MISC")
            out.append((words, tags))
        return out

    germeval = list(read_germeval(ge / "NER-de-test.tsv"))
    parts = {
        "germeval": germeval * args.germeval_copies,
        "smartdata": conll(x / "smartdata/smartdata_v1_minus_v3devtest.map4.conll", True),
        "europarl": conll(x / "europarl_ixa/europarl_ixa_de.map4.conll"),
        "mobie": sample(conll(x / "mobie/mobie_train.map4.conll", True), 1500),
        "ler": sample(conll(x / "ler/ler_dev.map4.conll", drop_misc=True), 2000),
    }
    train = [s for part in parts.values() for s in part]
    if args.max_train:
        train = sample(train, args.max_train, seed=1)
    dev = list(read_germeval(ge / "NER-de-dev-a.tsv"))
    save_json_xz(
        args.output,
        {"train": train, "dev": dev, "sources": {k: len(v) for k, v in parts.items()}},
    )
    size = args.output.stat().st_size / 2**20
    print(f"{args.output}: {len(train)} train, {len(dev)} dev sentences, {size:.1f} MiB")
    print({k: len(v) for k, v in parts.items()})


if __name__ == "__main__":
    main()
