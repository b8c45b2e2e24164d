"""Fine-tune the pretrained encoder for NER (token classification), best epoch on dev-a.

Sentences are cut into subwords by the runtime's own `encode_words`; a word's label sits
on its first subword, the others and missing annotation are ignored by the loss. The
epoch with the best dev-a F1 (exact spans) is saved, with its scores.

    python training/encoder/finetune.py OUT/pretrained DATA/ner.json.xz OUT/ner --epochs 4
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np
import torch
from common import IGNORE, LABELS, format_scores, load_json_xz, span_scores
from tokenizers import Tokenizer
from transformers import BertConfig, BertForTokenClassification

from tui.analysis.encoder.runtime import Chunk, decode_bio, encode_words, pad_batch

CLS, SEP, PAD = 2, 3, 0


def features(tok: Tokenizer, sentences: list, max_len: int) -> tuple[list[Chunk], list[np.ndarray]]:
    """Chunks and their label rows (IGNORE except on first subwords of labelled words)."""
    chunks = encode_words(tok, [s[0] for s in sentences], max_len, CLS, SEP)
    rows = []
    for chunk in chunks:
        row = np.full(len(chunk.ids), IGNORE, dtype=np.int64)
        tags = sentences[chunk.sentence][1]
        for k, pos in enumerate(chunk.first):
            tag = tags[chunk.word_start + k]
            if pos >= 0 and tag is not None:
                row[pos] = LABELS.index(tag)
        rows.append(row)
    return chunks, rows


def predict(
    model: BertForTokenClassification, chunks: list[Chunk], sentences: list, device: torch.device
) -> list[list[str]]:
    out = [["O"] * len(s[0]) for s in sentences]
    model.eval()
    order = sorted(range(len(chunks)), key=lambda i: len(chunks[i].ids))
    with torch.no_grad():
        for b in range(0, len(order), 128):
            batch = [chunks[i] for i in order[b : b + 128]]
            ids, mask = pad_batch(batch, PAD)
            logits = model(
                input_ids=torch.from_numpy(ids).to(device),
                attention_mask=torch.from_numpy(mask).to(device),
            ).logits
            best = logits.argmax(-1).cpu().numpy()
            for row, chunk in enumerate(batch):
                for k, pos in enumerate(chunk.first):
                    if pos >= 0:
                        out[chunk.sentence][chunk.word_start + k] = LABELS[int(best[row, pos])]
    model.train()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("encoder", type=Path, help="pretrained folder (save_pretrained)")
    parser.add_argument("data", type=Path, help="ner.json.xz from pack_ner.py")
    parser.add_argument("out", type=Path)
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=2e-4)
    parser.add_argument("--warmup", type=float, default=0.1)
    parser.add_argument("--max-len", type=int, default=128)
    parser.add_argument("--max-train", type=int, default=0, help="use N training sentences")
    parser.add_argument("--evals-per-epoch", type=int, default=1)
    parser.add_argument("--minutes", type=float, default=0, help="stop (after a dev-a check) then")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--device", default="auto")
    parser.add_argument(
        "--random-init",
        action="store_true",
        help="the encoder's config with fresh weights: the control that shows what pretraining adds",
    )
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    device = torch.device(
        ("cuda" if torch.cuda.is_available() else "cpu") if args.device == "auto" else args.device
    )
    data = load_json_xz(args.data)
    train, dev = data["train"], data["dev"]
    if args.max_train:
        train = random.Random(args.seed).sample(train, min(args.max_train, len(train)))
    tok = Tokenizer.from_file(str(args.encoder / "tokenizer.json"))
    chunks, rows = features(tok, train, args.max_len)
    dev_chunks, _ = features(tok, dev, args.max_len)
    gold = [decode_bio([t or "O" for t in s[1]]) for s in dev]

    label_args = {
        "num_labels": len(LABELS),
        "id2label": dict(enumerate(LABELS)),
        "label2id": {label: i for i, label in enumerate(LABELS)},
    }
    if args.random_init:
        config = BertConfig.from_pretrained(args.encoder, **label_args)
        model = BertForTokenClassification(config).to(device)
    else:  # float32 even when the checkpoint was saved in bf16
        model = BertForTokenClassification.from_pretrained(args.encoder, **label_args)
        model = model.float().to(device)
    optim = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    steps_per_epoch = (len(chunks) + args.batch - 1) // args.batch
    total = steps_per_epoch * args.epochs
    args.out.mkdir(parents=True, exist_ok=True)
    log = (args.out / "finetune.log").open("a", encoding="utf-8")

    def say(text: str) -> None:
        print(text, flush=True)
        log.write(text + "\n")
        log.flush()

    say(f"{device}: {len(train)} sentences ({len(chunks)} chunks), {len(dev)} dev; {vars(args)}")
    rng = random.Random(args.seed)
    best_f, step, start, out_of_time = -1.0, 0, time.time(), False
    eval_at = {
        round(steps_per_epoch * (k + 1) / args.evals_per_epoch) for k in range(args.evals_per_epoch)
    }
    autocast = torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda")
    for epoch in range(args.epochs):
        order = list(range(len(chunks)))
        rng.shuffle(order)
        for b in range(steps_per_epoch):
            idx = order[b * args.batch : (b + 1) * args.batch]
            ids, mask = pad_batch([chunks[i] for i in idx], PAD)
            labels = np.full(ids.shape, IGNORE, dtype=np.int64)
            for r, i in enumerate(idx):
                labels[r, : len(rows[i])] = rows[i]
            # warm-up, then linear decay over the steps or the time budget, whichever ends first
            done = step / total
            if args.minutes:
                done = max(done, (time.time() - start) / (args.minutes * 60))
            warm = min(1.0, done / args.warmup) if args.warmup else 1.0
            for group in optim.param_groups:
                group["lr"] = args.lr * warm * max(0.0, 1.0 - done)
            with autocast:
                out = model(
                    input_ids=torch.from_numpy(ids).to(device),
                    attention_mask=torch.from_numpy(mask).to(device),
                    labels=torch.from_numpy(labels).to(device),
                )
            optim.zero_grad(set_to_none=True)
            out.loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optim.step()
            step += 1
            out_of_time = args.minutes and time.time() - start > args.minutes * 60
            if b + 1 in eval_at or out_of_time:
                pred = [decode_bio(t) for t in predict(model, dev_chunks, dev, device)]
                scores = span_scores(gold, pred)
                f = scores["ALL"]["f"]
                say(
                    f"epoch {epoch + 1} step {step} {time.time() - start:.0f}s "
                    f"loss {out.loss.item():.3f} dev-a F1 {f:.4f}"
                )
                if f > best_f:
                    best_f = f
                    model.save_pretrained(args.out)
                    tok.save(str(args.out / "tokenizer.json"))
                    (args.out / "dev-a.json").write_text(
                        json.dumps({"epoch": epoch + 1, "step": step, "scores": scores}, indent=2)
                    )
            if out_of_time:
                break
        if out_of_time:
            say(f"time budget of {args.minutes} min spent in epoch {epoch + 1}")
            break
    best = json.loads((args.out / "dev-a.json").read_text())
    say(f"best: epoch {best['epoch']} (step {best['step']})\n{format_scores(best['scores'])}")


if __name__ == "__main__":
    main()
