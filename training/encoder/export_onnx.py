"""Export the fine-tuned tagger to ONNX (fp32 and int8), keep the one that keeps the score.

int8 is dynamic quantisation of the weights (onnxruntime.quantization): about a quarter
of the size and faster on one core. It is chosen when its dev-a F1 is within
`--tolerance` of fp32's; both are scored by the runtime the package uses.

    python training/encoder/export_onnx.py OUT/ner OUT/export --data DATA/ner.json.xz
"""

from __future__ import annotations

import argparse
import os
import shutil
import time
from pathlib import Path

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import torch
from common import LABELS, load_json_xz, span_scores
from transformers import BertForTokenClassification

from tui.analysis.encoder.runtime import (
    TOKENIZER_FILE,
    EncoderConfig,
    EncoderTagger,
    decode_bio,
)


class Logits(torch.nn.Module):
    """The tagger with two inputs and one output, as the runtime calls it."""

    def __init__(self, model: BertForTokenClassification) -> None:
        super().__init__()
        self.model = model

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.model(input_ids=input_ids, attention_mask=attention_mask).logits


def export(model: BertForTokenClassification, path: Path, opset: int) -> None:
    ids = torch.randint(5, 100, (2, 16))
    mask = torch.ones_like(ids)
    mask[1, 10:] = 0
    kwargs = {
        "input_names": ["input_ids", "attention_mask"],
        "output_names": ["logits"],
        "dynamic_axes": {
            "input_ids": {0: "batch", 1: "length"},
            "attention_mask": {0: "batch", 1: "length"},
            "logits": {0: "batch", 1: "length"},
        },
        "opset_version": opset,
    }
    try:  # the TorchScript exporter: one self-contained file, no onnxscript needed
        torch.onnx.export(Logits(model), (ids, mask), str(path), dynamo=False, **kwargs)
    except Exception as exc:
        print(f"TorchScript export failed ({exc}); using dynamo=True")
        torch.onnx.export(
            Logits(model), (ids, mask), str(path), dynamo=True, external_data=False, **kwargs
        )


def score(folder: Path, dev: list) -> tuple[float, float, dict]:
    """dev-a F1 and words/s (one thread) of an exported folder."""
    tagger = EncoderTagger(folder, threads=1)
    words = [s[0] for s in dev]
    tagger.tag(words[:50])
    start = time.perf_counter()
    tags = tagger.tag(words)
    seconds = time.perf_counter() - start
    gold = [decode_bio([t or "O" for t in s[1]]) for s in dev]
    scores = span_scores(gold, [decode_bio(t) for t in tags])
    return scores["ALL"]["f"], sum(map(len, words)) / seconds, scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("model", type=Path, help="fine-tuned folder (finetune.py's out)")
    parser.add_argument("out", type=Path, help="folder for encoder.json, tokenizer, ONNX")
    parser.add_argument("--data", type=Path, required=True, help="ner.json.xz (its dev-a)")
    parser.add_argument("--max-len", type=int, default=0, help="default: the model's")
    parser.add_argument("--opset", type=int, default=17)
    parser.add_argument("--quantize", choices=["auto", "int8", "fp32"], default="auto")
    parser.add_argument("--tolerance", type=float, default=0.005)
    args = parser.parse_args()
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model = BertForTokenClassification.from_pretrained(args.model, attn_implementation="eager")
    model = model.float().eval()
    max_len = args.max_len or model.config.max_position_embeddings
    args.out.mkdir(parents=True, exist_ok=True)
    shutil.copy(args.model / "tokenizer.json", args.out / TOKENIZER_FILE)
    fp32, int8 = args.out / "model.fp32.onnx", args.out / "model.int8.onnx"
    export(model, fp32, args.opset)
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8)
    dev = load_json_xz(args.data)["dev"]
    results = {}
    for name, path in (("fp32", fp32), ("int8", int8)):
        EncoderConfig(labels=LABELS, max_len=max_len, model_file=path.name).write(args.out)
        f, wps, scores = score(args.out, dev)
        results[name] = {
            "f1": round(f, 4),
            "words_per_s": round(wps),
            "bytes": path.stat().st_size,
            "scores": scores,
        }
        print(
            f"{name}: dev-a F1 {f:.4f}, {wps:,.0f} words/s (1 thread), "
            f"{path.stat().st_size / 2**20:.1f} MiB"
        )
    keep = args.quantize
    if keep == "auto":
        keep = "int8" if results["int8"]["f1"] >= results["fp32"]["f1"] - args.tolerance else "fp32"
    chosen = int8 if keep == "int8" else fp32
    (fp32 if keep == "int8" else int8).unlink()
    final = args.out / "model.onnx"
    chosen.replace(final)
    meta = {
        "quantisation": keep,
        "dev_a": {k: {x: v[x] for x in ("f1", "words_per_s", "bytes")} for k, v in results.items()},
        "scores": results[keep]["scores"],
        "config": {
            k: getattr(model.config, k)
            for k in (
                "vocab_size",
                "hidden_size",
                "num_hidden_layers",
                "num_attention_heads",
                "intermediate_size",
                "max_position_embeddings",
            )
        },
    }
    EncoderConfig(labels=LABELS, max_len=max_len, model_file=final.name, meta=meta).write(args.out)
    print(
        f"kept {keep}: {args.out} ({sum(p.stat().st_size for p in args.out.iterdir()) / 2**20:.2f} MiB)"
    )


if __name__ == "__main__":
    main()
