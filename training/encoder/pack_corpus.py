"""Pack the raw text into one compact token-id shard (uint16 .npy inside xz).

Each line (a paragraph) is encoded and followed by [SEP]; pretraining cuts random
windows from the stream. The shard travels to a GPU machine as one file, so it is
capped by size: `--max-tokens` keeps the head of the (shuffled) line stream.

    python training/encoder/pack_corpus.py TOKENIZER.json OUT/corpus.npy.xz RAW.txt.gz ...
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import numpy as np
from common import SPECIALS, raw_lines, save_shard
from tokenizers import Tokenizer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("tokenizer", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("raw", type=Path, nargs="+")
    parser.add_argument("--max-words", type=int, default=0, help="read at most N words")
    parser.add_argument("--max-tokens", type=int, default=0, help="keep at most N tokens")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch", type=int, default=4096)
    args = parser.parse_args()

    tok = Tokenizer.from_file(str(args.tokenizer))
    assert tok.get_vocab_size() < 65536, "uint16 shard"
    sep = SPECIALS.index("[SEP]")
    lines = list(raw_lines(args.raw, args.max_words))
    random.Random(args.seed).shuffle(lines)  # the sources mix in every slice of the shard
    parts: list[np.ndarray] = []
    total = 0
    for b in range(0, len(lines), args.batch):
        for enc in tok.encode_batch(lines[b : b + args.batch], add_special_tokens=False):
            parts.append(np.asarray([*enc.ids, sep], dtype=np.uint16))
            total += len(enc.ids) + 1
        if args.max_tokens and total >= args.max_tokens:
            break
    tokens = np.concatenate(parts)[: args.max_tokens or None]
    save_shard(args.output, tokens)
    size = args.output.stat().st_size
    unk = int((tokens == SPECIALS.index("[UNK]")).sum())
    print(
        f"{args.output}: {len(tokens):,} tokens from {len(lines):,} lines, "
        f"{size / 2**20:.1f} MiB ({8 * size / len(tokens):.1f} bits/token), {unk} [UNK]"
    )


if __name__ == "__main__":
    main()
