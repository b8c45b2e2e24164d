"""Tune the shipped German ner on the project's gold readings of German news.

    python training/ner_de/tune_on_articles.py --exclude de_unseen31
    python training/ner_de/tune_on_articles.py --exclude de_unseen31 --folds 4 --out training/runs/ner_de

The German model learnt its names from GermEval's sentences (Wikipedia and news of 2014,
one sentence at a time) and a few other corpora. The articles of `tests/data/realnews/de*/`
(German Wikinews, CC BY 2.5, and articles written for the project, MIT) carry a gold
reading of every name of a whole article, in the project's scheme: they can teach the same
model today's names in context. GermEval's sentences go on being read beside them (a
sample each epoch), so that what the model knew is not forgotten; `limelight eval ner`
on GermEval's dev-a, which neither set contains, tells whether it was.

Each article is one training document: every whole-word occurrence of a gold form is a
name (longest first) with its gold label; a form the tokens cannot hold is left unknown
rather than taught as "no name". The tok2vec and the ner learn together (the ner listens
to the shared tok2vec); the runtime tokenizer rules are applied first, so the tokens are
the reader's.

Without `--folds` the model goes to `tui/analysis/models/de_limelight_ner/` (its tok2vec
and ner); with `--folds K` the folders are split into K groups and a model is trained
without each, so that the name judge can learn from names found by a model that never saw
their article (`training/names/train_judge.py de --ner-folds OUT/folds.json`).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import fix_random_seed

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "training" / "ner_en"))

from convert import read_germeval  # noqa: E402
from train_ner import gold_spans, stories  # noqa: E402

from tui.analysis import pipeline  # noqa: E402
from tui.analysis.models import GERMAN_MODEL_NAME, register_architectures  # noqa: E402

GOLD = ROOT / "tests" / "data" / "realnews"
SHIPPED = pipeline.shipped_path(GERMAN_MODEL_NAME)
GERMEVAL = ROOT.parent / "shared" / "data" / "ner" / "germeval2014" / "NER-de-test.tsv"
EPOCHS = 3
LEARN_RATE = 0.0005
DROPOUT = 0.2
BATCH_WORDS = 1500
# GermEval sentences read beside the articles each epoch (of 5,100): about as many words
# as the articles hold, so the old names weigh as much as the new
REHEARSAL = 5200


def load_base(path: Path = SHIPPED) -> Language:
    """The German pipeline as the reader tokenizes, without the reader's own layers."""
    register_architectures()
    nlp = spacy.load(path)
    pipeline._split_dashes(nlp)
    pipeline._split_final_stop(nlp)
    return nlp


def article_example(nlp: Language, text: str, entities: list[dict[str, object]]) -> Example:
    """The training example of one article (see the module's docstring)."""
    doc = nlp.make_doc(text)
    names: list[Span] = []
    unknown: list[Span] = []
    for start, end, label in gold_spans(text, entities):
        span = doc.char_span(start, end, label=label)
        if span is None:
            loose = doc.char_span(start, end, alignment_mode="expand")
            if loose is not None:
                unknown.append(loose)
            continue
        names.append(span)
    taken = {i for span in names for i in range(span.start, span.end)}
    kept: list[Span] = []
    for span in unknown:  # "expand" may reach into a name or into another
        if not taken & set(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    unknown = kept
    ref = Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    ref.set_ents(
        [Span(ref, s.start, s.end, label=s.label_) for s in names],
        missing=[Span(ref, s.start, s.end) for s in unknown],
        default="outside",
    )
    return Example(nlp.make_doc(text), ref)


def sentence_examples(nlp: Language) -> list[Example]:
    """GermEval's training sentences, in the project's scheme (convert.py's)."""
    out = []
    for words, tags in read_germeval(GERMEVAL):
        doc = Doc(nlp.vocab, words=words)
        ref = Doc(nlp.vocab, words=words, ents=tags)
        out.append(Example(doc, ref))
    return out


def fine_tune(
    folders: list[Path],
    epochs: int = EPOCHS,
    seed: int = 0,
    rehearsal: int = REHEARSAL,
    learn_rate: float = LEARN_RATE,
    freeze_tok2vec: bool = False,
) -> Language:
    nlp = load_base()
    if freeze_tok2vec:
        # the ner learns on the shared tok2vec's output as it is: the gradient it passes
        # down is never applied
        nlp.get_pipe("tok2vec").finish_update = lambda sgd: None  # type: ignore[method-assign]
    articles = [article_example(nlp, t, e) for t, e in stories(folders)]
    sentences = sentence_examples(nlp)
    optimizer = nlp.resume_training()
    optimizer.learn_rate = learn_rate
    fix_random_seed(seed)
    rng = random.Random(seed)
    started = time.monotonic()
    with nlp.select_pipes(enable=["tok2vec", "ner"]):
        for epoch in range(epochs):
            batch_set = articles + rng.sample(sentences, min(rehearsal, len(sentences)))
            rng.shuffle(batch_set)
            losses: dict[str, float] = {}
            for batch in _batches(batch_set):
                nlp.update(batch, sgd=optimizer, drop=DROPOUT, losses=losses)
            print(
                f"  epoch {epoch + 1}/{epochs}: loss {losses['ner']:.0f} "
                f"({time.monotonic() - started:.0f} s, {len(articles)} articles)",
                file=sys.stderr,
            )
    # the weights spaCy's own training keeps: the running mean of every step's
    optimizer_averages = optimizer.averages
    if optimizer_averages:
        for name in ("tok2vec", "ner"):
            model = nlp.get_pipe(name).model
            for node in model.walk():
                for param in node.param_names:
                    key = (node.id, param)
                    if node.has_param(param) and key in optimizer_averages:
                        node.set_param(param, optimizer_averages[key])
    return nlp


def _batches(examples: list[Example]) -> list[list[Example]]:
    """Batches of about BATCH_WORDS words (an article is one example)."""
    out: list[list[Example]] = [[]]
    size = 0
    for example in examples:
        if size and size + len(example.reference) > BATCH_WORDS:
            out.append([])
            size = 0
        out[-1].append(example)
        size += len(example.reference)
    return out


def save(nlp: Language, target: Path) -> None:
    """The shipped model's folder with this tok2vec and ner."""
    if target.resolve() != SHIPPED.resolve():
        shutil.copytree(SHIPPED, target, dirs_exist_ok=True)
    for name in ("tok2vec", "ner"):
        shutil.rmtree(target / name, ignore_errors=True)
        nlp.get_pipe(name).to_disk(target / name, exclude=["vocab"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--exclude", action="append", default=[], help="a gold folder to leave out")
    parser.add_argument(
        "--folds", type=int, help="train K models, each without a K-th of the folders"
    )
    parser.add_argument("--out", type=Path, help="where the model goes (default: the package)")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--rehearsal", type=int, default=REHEARSAL, help="GermEval sentences an epoch"
    )
    parser.add_argument("--learn-rate", type=float, default=LEARN_RATE)
    parser.add_argument("--fold", type=int, help="with --folds: train only the K-th (1-based)")
    parser.add_argument("--freeze-tok2vec", action="store_true", help="only the ner learns")
    args = parser.parse_args(argv)
    folders = [f for f in sorted(GOLD.glob("de*/")) if f.name not in set(args.exclude)]
    print(f"{len(folders)} folders: {', '.join(f.name for f in folders)}", file=sys.stderr)
    if args.folds is None:
        out = args.out or SHIPPED
        save(
            fine_tune(
                folders,
                args.epochs,
                args.seed,
                args.rehearsal,
                args.learn_rate,
                args.freeze_tok2vec,
            ),
            out,
        )
        print(f"wrote {out}", file=sys.stderr)
        return 0
    if args.out is None:
        parser.error("--folds needs --out")
    index = args.out / "folds.json"
    assignment: dict[str, str] = json.loads(index.read_text("utf-8")) if index.exists() else {}
    for k in range(args.folds):
        if args.fold is not None and k + 1 != args.fold:
            continue
        held = folders[k :: args.folds]
        print(
            f"fold {k + 1}/{args.folds}: without {', '.join(f.name for f in held)}", file=sys.stderr
        )
        target = args.out / f"fold{k + 1}"
        rest = [f for f in folders if f not in held]
        save(
            fine_tune(
                rest, args.epochs, args.seed, args.rehearsal, args.learn_rate, args.freeze_tok2vec
            ),
            target,
        )
        assignment.update({f.name: str(target.resolve()) for f in held})
    index.write_text(json.dumps(assignment, indent=1, sort_keys=True) + "\n")
    print(f"wrote {index}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
