"""Masked-LM pretraining of a small BERT on the packed token shard, within a time budget.

Random windows are cut from the shard on the device itself (no data loader: the whole
corpus is a few tens of MB), 15 % of the pieces are masked (80/10/10), and only masked
positions go through the output layer. The learning rate follows the elapsed share of
`--minutes` (warm-up, then linear decay), so a run ends on schedule on any machine.
A checkpoint is written every `--save-minutes` and at the end (`save_pretrained`).

    python training/encoder/pretrain.py DATA/corpus.npy.xz DATA/tokenizer.json OUT/pretrained \
        --layers 6 --hidden 384 --heads 6 --batch 256 --minutes 7.5
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
from common import SPECIALS, load_shard
from transformers import BertConfig, BertForMaskedLM

PAD, UNK, CLS, SEP, MASK = range(len(SPECIALS))


@dataclass
class Args:
    shard: Path
    tokenizer: Path
    out: Path
    layers: int = 6
    hidden: int = 384
    heads: int = 6
    intermediate: int = 0  # 4 * hidden
    seq_len: int = 128
    batch: int = 256
    lr: float = 1e-3
    warmup: float = 0.06
    weight_decay: float = 0.01
    minutes: float = 7.5
    max_steps: int = 0
    mask_prob: float = 0.15
    save_minutes: float = 2.0
    log_every: int = 100
    threads: int = 1
    seed: int = 0
    device: str = "auto"


def parse() -> Args:
    parser = argparse.ArgumentParser(description=__doc__)
    for name, default in Args.__dataclass_fields__.items():
        kind = {"shard": Path, "tokenizer": Path, "out": Path}.get(name)
        if kind:
            parser.add_argument(name, type=kind)
        else:
            value = default.default
            parser.add_argument("--" + name.replace("_", "-"), type=type(value), default=value)
    return Args(**vars(parser.parse_args()))


def mask_batch(
    ids: torch.Tensor, prob: float, vocab: int, gen: torch.Generator
) -> tuple[torch.Tensor, torch.Tensor]:
    """BERT masking: inputs and labels (-100 where nothing is predicted)."""
    dev = ids.device
    can = ids >= len(SPECIALS)
    chosen = (torch.rand(ids.shape, device=dev, generator=gen) < prob) & can
    labels = torch.where(chosen, ids, torch.full_like(ids, -100))
    roll = torch.rand(ids.shape, device=dev, generator=gen)
    inputs = ids.clone()
    inputs[chosen & (roll < 0.8)] = MASK
    swap = chosen & (roll >= 0.8) & (roll < 0.9)
    random_ids = torch.randint(len(SPECIALS), vocab, ids.shape, device=dev, generator=gen)
    inputs[swap] = random_ids[swap]
    return inputs, labels


def windows(tokens: torch.Tensor, n: int, length: int, gen: torch.Generator) -> torch.Tensor:
    """n random windows of `length` pieces framed by [CLS] … [SEP]."""
    inner = length - 2
    starts = torch.randint(0, len(tokens) - inner, (n,), device=tokens.device, generator=gen)
    body = tokens[starts[:, None] + torch.arange(inner, device=tokens.device)]
    cls = torch.full((n, 1), CLS, device=tokens.device, dtype=body.dtype)
    sep = torch.full((n, 1), SEP, device=tokens.device, dtype=body.dtype)
    return torch.cat([cls, body, sep], dim=1)


def mlm_loss(model: BertForMaskedLM, inputs: torch.Tensor, labels: torch.Tensor) -> tuple:
    hidden = model.bert(input_ids=inputs).last_hidden_state
    where = labels != -100
    logits = model.cls(hidden[where])
    gold = labels[where]
    loss = torch.nn.functional.cross_entropy(logits.float(), gold)
    return loss, (logits.argmax(-1) == gold).float().mean()


def main() -> None:
    args = parse()
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    device = torch.device(
        ("cuda" if torch.cuda.is_available() else "cpu") if args.device == "auto" else args.device
    )
    if device.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True
        torch.backends.cudnn.allow_tf32 = True
    gen = torch.Generator(device=device).manual_seed(args.seed)

    from tokenizers import Tokenizer

    vocab = Tokenizer.from_file(str(args.tokenizer)).get_vocab_size()
    shard = torch.from_numpy(load_shard(args.shard).astype("int64"))
    held = max(args.seq_len * 64, len(shard) // 200)  # the tail: held-out loss
    train_tokens, held_tokens = shard[:-held].to(device), shard[-held:].to(device)
    config = BertConfig(
        vocab_size=vocab,
        hidden_size=args.hidden,
        num_hidden_layers=args.layers,
        num_attention_heads=args.heads,
        intermediate_size=args.intermediate or 4 * args.hidden,
        max_position_embeddings=args.seq_len,
        type_vocab_size=1,
        pad_token_id=PAD,
    )
    model = BertForMaskedLM(config).to(device)
    params = sum(p.numel() for p in model.parameters())
    decay = [p for n, p in model.named_parameters() if p.dim() > 1 and "embeddings" not in n]
    rest = [p for n, p in model.named_parameters() if not (p.dim() > 1 and "embeddings" not in n)]
    optim = torch.optim.AdamW(
        [{"params": decay, "weight_decay": args.weight_decay}, {"params": rest, "weight_decay": 0}],
        lr=args.lr,
        betas=(0.9, 0.98),
        eps=1e-6,
        **({"fused": True} if device.type == "cuda" else {}),
    )
    args.out.mkdir(parents=True, exist_ok=True)
    log = (args.out / "pretrain.log").open("a", encoding="utf-8")

    def say(text: str) -> None:
        print(text, flush=True)
        log.write(text + "\n")
        log.flush()

    say(
        f"{device}: {params / 1e6:.1f} M parameters, {len(train_tokens):,} training tokens, "
        f"{json.dumps({k: str(v) for k, v in asdict(args).items()})}"
    )

    def save(tag: str) -> None:
        model.save_pretrained(args.out)
        shutil.copy(args.tokenizer, args.out / "tokenizer.json")
        say(f"saved ({tag}) to {args.out}")

    budget = args.minutes * 60
    start = last_save = time.time()
    step, seen = 0, 0
    autocast = torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda")
    model.train()
    while True:
        done = (time.time() - start) / budget
        if args.max_steps:
            done = max(done, step / args.max_steps)
        if done >= 1:
            break
        scale = done / args.warmup if done < args.warmup else (1 - done) / (1 - args.warmup)
        for group in optim.param_groups:
            group["lr"] = args.lr * max(scale, 0.0)
        inputs, labels = mask_batch(
            windows(train_tokens, args.batch, args.seq_len, gen), args.mask_prob, vocab, gen
        )
        with autocast:
            loss, acc = mlm_loss(model, inputs, labels)
        optim.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optim.step()
        step += 1
        seen += inputs.numel()
        if step % args.log_every == 0:
            elapsed = time.time() - start
            say(
                f"step {step} {elapsed:6.0f}s loss {loss.item():.3f} acc {acc.item():.3f} "
                f"lr {optim.param_groups[0]['lr']:.2e} {seen / elapsed:,.0f} tok/s"
            )
        if time.time() - last_save > args.save_minutes * 60:
            save(f"step {step}")
            last_save = time.time()
    model.eval()
    losses, accs = [], []
    with torch.no_grad(), autocast:
        for _ in range(8):
            inputs, labels = mask_batch(
                windows(held_tokens, min(args.batch, 64), args.seq_len, gen),
                args.mask_prob,
                vocab,
                gen,
            )
            loss, acc = mlm_loss(model, inputs, labels)
            losses.append(loss.item())
            accs.append(acc.item())
    held_loss = sum(losses) / len(losses)
    say(
        f"done: {step} steps, {seen:,} tokens in {time.time() - start:.0f}s; held-out loss "
        f"{held_loss:.3f} (ppl {math.exp(held_loss):.1f}), masked accuracy {sum(accs) / len(accs):.3f}"
    )
    save("final")


if __name__ == "__main__":
    main()
