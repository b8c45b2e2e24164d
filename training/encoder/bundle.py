"""Pack a GPU run's results into at most 8 files of at most 15 MiB (the device's limits).

Kept, in this order: logs and scores, the exported model (when it is the int8 one, a
few MB), the pretrained encoder in bfloat16, and the fine-tuned tagger in bfloat16 when
the export is too large to bring back (then export it again here: export_onnx.py runs
on the CPU). The tar is split; join it with `cat result.tar.part-* | tar -x`.

    python training/encoder/bundle.py RUN_DIR RESULT_DIR
"""

from __future__ import annotations

import argparse
import tarfile
from pathlib import Path

LIMIT = 60 * 2**20  # of the 64 MiB that may come back
PART = 15 * 2**20


def half(src: Path, dst: Path) -> None:
    """A save_pretrained folder again, in bfloat16 (half the bytes)."""
    import torch
    from transformers import AutoConfig, BertForMaskedLM, BertForTokenClassification

    arch = AutoConfig.from_pretrained(src).architectures[0]
    cls = BertForMaskedLM if arch == "BertForMaskedLM" else BertForTokenClassification
    cls.from_pretrained(src).to(torch.bfloat16).save_pretrained(dst)
    for extra in ("tokenizer.json", "pretrain.log", "finetune.log", "dev-a.json"):
        if (src / extra).exists():
            (dst / extra).write_bytes((src / extra).read_bytes())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("run", type=Path)
    parser.add_argument("result", type=Path)
    args = parser.parse_args()
    run = args.run
    wanted = [
        p
        for p in (
            run / "gpu.txt",
            run / "pretrained" / "pretrain.log",
            run / "ner" / "finetune.log",
            run / "ner" / "dev-a.json",
            run / "eval.json",
            run / "export" / "encoder.json",
            run / "export" / "tokenizer.json",
        )
        if p.exists()
    ]
    onnx = run / "export" / "model.onnx"
    small_export = onnx.exists() and onnx.stat().st_size < 20 * 2**20
    if small_export:
        wanted.append(onnx)
    for name, needed in (("pretrained", True), ("ner", not small_export)):
        if needed and (run / name / "config.json").exists():
            try:
                half(run / name, run / f"{name}_bf16")
                wanted.extend(sorted((run / f"{name}_bf16").iterdir()))
            except Exception as exc:  # the results so far still come back
                print(f"could not halve {name}: {exc}")
    total, kept = 0, []
    for path in wanted:
        size = path.stat().st_size
        if total + size <= LIMIT:
            kept.append(path)
            total += size
        else:
            print(f"left out (size): {path} {size / 2**20:.1f} MiB")
    args.result.mkdir(parents=True, exist_ok=True)
    tar_path = run / "result.tar"
    with tarfile.open(tar_path, "w") as tar:
        for path in dict.fromkeys(kept):
            tar.add(path, arcname=str(path.relative_to(run)))
    data = tar_path.read_bytes()
    for i in range(0, len(data), PART):
        (args.result / f"result.tar.part-{i // PART:02d}").write_bytes(data[i : i + PART])
    print(f"{len(kept)} files, {len(data) / 2**20:.1f} MiB -> {args.result}/result.tar.part-*")


if __name__ == "__main__":
    main()
