"""Helpers shared by the encoder recipe's steps (training only: needs numpy)."""

from __future__ import annotations

import gzip
import json
import lzma
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:  # the runtime's encode/decode code lives in the package
    sys.path.insert(0, str(ROOT))

LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]  # ids 0..4, in this order
IGNORE = -100  # loss ignores: missing annotation, non-first subwords, specials


def raw_lines(paths: list[Path], max_words: int = 0) -> Iterator[str]:
    """Non-empty lines of the gzip raw text files, at most `max_words` words in all."""
    words = 0
    for path in paths:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                yield line
                words += line.count(" ") + 1
                if max_words and words >= max_words:
                    return


def save_shard(path: Path, tokens: np.ndarray) -> None:
    """uint16 token ids as one .npy inside xz: the corpus travels as one compact file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with lzma.open(path, "wb", preset=6) as fh:
        np.save(fh, tokens.astype(np.uint16))


def load_shard(path: Path) -> np.ndarray:
    with lzma.open(path, "rb") as fh:
        return np.load(fh)


def save_json_xz(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with lzma.open(path, "wt", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False)


def load_json_xz(path: Path) -> Any:
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def span_scores(
    gold: list[list[tuple[int, int, str]]], pred: list[list[tuple[int, int, str]]]
) -> dict[str, dict[str, float]]:
    """Micro P/R/F1 over exact (start, end, label) spans, overall and per label."""
    counts: dict[str, list[int]] = {}
    for g_spans, p_spans in zip(gold, pred, strict=True):
        g, p = set(g_spans), set(p_spans)
        for label in {s[2] for s in g | p} | {"ALL"}:
            gl = {s for s in g if label in ("ALL", s[2])}
            pl = {s for s in p if label in ("ALL", s[2])}
            c = counts.setdefault(label, [0, 0, 0])
            c[0] += len(gl & pl)
            c[1] += len(pl)
            c[2] += len(gl)
    out: dict[str, dict[str, float]] = {}
    for label, (tp, n_pred, n_gold) in sorted(counts.items()):
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        out[label] = {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0, "n": n_gold}
    return out


def format_scores(scores: dict[str, dict[str, float]]) -> str:
    rows = [f"{'label':6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}"]
    for label in [*(k for k in scores if k != "ALL"), "ALL"]:
        s = scores.get(label)
        if s:
            rows.append(f"{label:6} {s['p']:6.3f} {s['r']:6.3f} {s['f']:6.3f} {int(s['n']):6d}")
    return "\n".join(rows)
