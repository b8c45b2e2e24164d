"""Run an exported encoder (ONNX + `tokenizers`) over words, with no PyTorch.

The training recipe (`training/encoder/`) imports `encode_words` and `decode_bio` from
here, so fine-tuning, the export check and the runtime cut words into subwords and read
labels back in exactly one way: first subword of a word carries its label.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

CONFIG_FILE = "encoder.json"
TOKENIZER_FILE = "tokenizer.json"


@dataclass(frozen=True)
class Chunk:
    """At most `max_len` subwords (with [CLS]/[SEP]) of one sentence; `first` is the
    position of each word's first subword, -1 for a word with no subword."""

    sentence: int
    word_start: int
    ids: list[int]
    first: list[int]


@dataclass(frozen=True)
class EncoderConfig:
    """What the runtime needs besides the weights (written by the export step)."""

    labels: list[str]
    max_len: int = 128
    model_file: str = "model.onnx"
    cls_id: int = 2
    sep_id: int = 3
    pad_id: int = 0
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def read(cls, folder: Path) -> EncoderConfig:
        data = json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))
        known = {
            k: data[k] for k in ("labels", "max_len", "model_file", "cls_id", "sep_id", "pad_id")
        }
        return cls(**known, meta=data.get("meta", {}))

    def write(self, folder: Path) -> None:
        data = {
            "labels": self.labels,
            "max_len": self.max_len,
            "model_file": self.model_file,
            "cls_id": self.cls_id,
            "sep_id": self.sep_id,
            "pad_id": self.pad_id,
            "meta": self.meta,
        }
        (folder / CONFIG_FILE).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def encode_words(
    tokenizer: Any, sentences: Sequence[Sequence[str]], max_len: int, cls_id: int, sep_id: int
) -> list[Chunk]:
    """Cut each sentence into chunks of whole words that fit `max_len` subwords.

    Words are encoded one sentence at a time as pre-tokenised input, so a word's
    subwords never merge with its neighbours'; a word longer than a chunk is cut.
    """
    room = max_len - 2
    chunks: list[Chunk] = []
    encodings = tokenizer.encode_batch(
        [list(s) for s in sentences], is_pretokenized=True, add_special_tokens=False
    )
    for s_index, (words, enc) in enumerate(zip(sentences, encodings, strict=True)):
        pieces: list[list[int]] = [[] for _ in words]
        for token_id, word_id in zip(enc.ids, enc.word_ids, strict=True):
            if word_id is not None:
                pieces[word_id].append(token_id)
        start = 0
        ids: list[int] = [cls_id]
        first: list[int] = []
        for w, word_pieces in enumerate(pieces):
            word_pieces = word_pieces[:room]
            if len(ids) - 1 + len(word_pieces) > room:
                chunks.append(Chunk(s_index, start, [*ids, sep_id], first))
                start, ids, first = w, [cls_id], []
            first.append(len(ids) if word_pieces else -1)
            ids.extend(word_pieces)
        chunks.append(Chunk(s_index, start, [*ids, sep_id], first))
    return chunks


def pad_batch(chunks: Sequence[Chunk], pad_id: int) -> tuple[np.ndarray, np.ndarray]:
    """input_ids and attention_mask (int64) for a batch, padded to its longest chunk."""
    width = max(len(c.ids) for c in chunks)
    ids = np.full((len(chunks), width), pad_id, dtype=np.int64)
    mask = np.zeros((len(chunks), width), dtype=np.int64)
    for row, chunk in enumerate(chunks):
        ids[row, : len(chunk.ids)] = chunk.ids
        mask[row, : len(chunk.ids)] = 1
    return ids, mask


def decode_bio(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) word spans; a stray I- starts a span, as most scorers read it."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-")
        continues = prefix == "I" and name == label and start >= 0
        if start >= 0 and not continues:
            spans.append((start, i, label))
            start, label = -1, ""
        if prefix in ("B", "I") and not continues:
            start, label = i, name
    return spans


class EncoderTagger:
    """An exported encoder folder (`encoder.json`, `tokenizer.json`, the ONNX model)
    that labels sentences of words; one CPU thread unless told otherwise."""

    def __init__(self, folder: Path, threads: int = 1, batch_size: int = 32) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.folder = folder
        self.config = EncoderConfig.read(folder)
        self.tokenizer = Tokenizer.from_file(str(folder / TOKENIZER_FILE))
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(
            str(folder / self.config.model_file), options, providers=["CPUExecutionProvider"]
        )
        self.batch_size = batch_size

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """One BIO tag per word of each sentence."""
        cfg = self.config
        out = [["O"] * len(s) for s in sentences]
        chunks = encode_words(self.tokenizer, sentences, cfg.max_len, cfg.cls_id, cfg.sep_id)
        chunks.sort(key=lambda c: len(c.ids))  # similar lengths share a batch: less padding
        for b in range(0, len(chunks), self.batch_size):
            batch = chunks[b : b + self.batch_size]
            ids, mask = pad_batch(batch, cfg.pad_id)
            logits = self.session.run(["logits"], {"input_ids": ids, "attention_mask": mask})[0]
            best = logits.argmax(-1)
            for row, chunk in enumerate(batch):
                tags = out[chunk.sentence]
                for k, pos in enumerate(chunk.first):
                    if pos >= 0:
                        tags[chunk.word_start + k] = cfg.labels[int(best[row, pos])]
        return out

    def spans(self, sentences: Iterable[Sequence[str]]) -> list[list[tuple[int, int, str]]]:
        return [decode_bio(tags) for tags in self.tag(list(sentences))]
