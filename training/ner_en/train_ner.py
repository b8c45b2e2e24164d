"""Fine-tune the English pipeline's ner on the project's gold readings of English news.

    python training/ner_en/train_ner.py --exclude en_unseen17
    python training/ner_en/train_ner.py --exclude en_unseen17 --folds 4 --runs 1 --out training/runs/ner_en

Explosion's `en_core_web_sm` learnt OntoNotes' names; what it does not know it labels
by shape, and on news from outside its sources a third of those labels are wrong. The
stories of `tests/data/realnews/en*/` (written for the project, MIT) carry a gold reading
of every name, so they can teach the same model, starting from its weights, the project's
idea of a person, an organisation, a place and a thing. Only the `ner` component learns
(it has its own tok2vec in the small pipeline); the tagger and parser stay Explosion's.

Each story becomes one training document: every whole-word occurrence of a gold form is
a name (longest first), with the OntoNotes label that stands for the gold one (PER →
PERSON; a place keeps the model's GPE, LOC or FAC where it found that span, else GPE; a
thing keeps the model's NORP, EVENT, LAW … where it found it, else a guess from its
shape); the model's own numbers and dates stay (the facts and dates read them); a name
the tokens cannot hold is left unknown rather than taught as "no name".

Without `--folds` the weights go to `tui/analysis/models/en_limelight_ner/ner/`; with
`--folds K` the folders are split into K groups and a model is trained without each
group, so that the name judge can learn from names found by a model that never saw
their story (`training/names/train_judge.py en --ner-folds OUT/folds.json`).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from tui.analysis.labels import NUMERIC_LABELS
from tui.analysis.models.english_news import BASE_MODEL, shipped_ner_path

GOLD = Path(__file__).resolve().parents[2] / "tests" / "data" / "realnews"
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
THING_LABELS = frozenset({"NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"})
_LAW_HEADS = frozenset(
    {"Act", "Law", "Convention", "Conventions", "Treaty", "Agreement", "Code", "Bill"}
    | {"Constitution", "Accord", "Accords", "Charter", "Protocol"}
)
# one word in the plural or a people's ending: most often a people ("Ukrainians",
# "Chinese", "Ticos"); the label only has to stand for MISC
_DEMONYM = re.compile(r"^[A-Z][\w-]*(?:s|ese|ish|ch)$")
EPOCHS = 16
LEARN_RATE = 0.0005
DROPOUT = 0.2
BATCH = 4
# one run lands a point or two either side on a held-out pair; the mean of the weights of
# three runs (same start, other seeds) lands at the top of that range
RUNS = 3


def thing_label(text: str) -> str:
    """The OntoNotes label for a gold MISC the base model did not find."""
    words = text.split()
    if words[-1] in _LAW_HEADS:
        return "LAW"
    if len(words) == 1 and _DEMONYM.match(text):
        return "NORP"
    return "EVENT"


def gold_spans(text: str, entities: list[dict[str, object]]) -> list[tuple[int, int, str]]:
    """Character spans of every whole-word occurrence of a gold form, longest first,
    never overlapping, with the gold label."""
    found: list[tuple[int, int, str]] = []
    for entity in entities:
        forms = entity["forms"]
        assert isinstance(forms, list)
        for form in forms:
            for match in re.finditer(rf"(?<!\w){re.escape(str(form))}(?!\w)", text):
                found.append((match.start(), match.end(), str(entity["label"])))
    found.sort(key=lambda span: (span[0] - span[1], span[0]))
    kept: list[tuple[int, int, str]] = []
    for start, end, label in found:
        if all(end <= s or e <= start for s, e, _ in kept):
            kept.append((start, end, label))
    return sorted(kept)


def ontonotes_label(gold: str, model_label: str | None, text: str) -> str:
    if gold == "PER":
        return "PERSON"
    if gold == "ORG":
        return "ORG"
    if gold == "LOC":
        return model_label if model_label in PLACE_LABELS else "GPE"
    return model_label if model_label in THING_LABELS else thing_label(text)


def reference(nlp: Language, text: str, entities: list[dict[str, object]]) -> Example:
    """The training example of one story (see the module's docstring)."""
    predicted = nlp(text)
    found = {(ent.start_char, ent.end_char): ent.label_ for ent in predicted.ents}
    names: list[Span] = []
    unknown: list[Span] = []
    for start, end, label in gold_spans(text, entities):
        span = predicted.char_span(start, end)
        if span is None:
            loose = predicted.char_span(start, end, alignment_mode="expand")
            if loose is not None:
                unknown.append(loose)
            continue
        tag = ontonotes_label(label, found.get((start, end)), text[start:end])
        names.append(Span(predicted, span.start, span.end, label=tag))
    taken = {i for span in (*names, *unknown) for i in range(span.start, span.end)}
    numbers = [
        ent
        for ent in predicted.ents
        if ent.label_ in NUMERIC_LABELS and not taken & set(range(ent.start, ent.end))
    ]
    ref = Doc(
        nlp.vocab,
        words=[t.text for t in predicted],
        spaces=[bool(t.whitespace_) for t in predicted],
    )
    ref.set_ents(
        [Span(ref, s.start, s.end, label=s.label_) for s in sorted([*names, *numbers])],
        missing=[Span(ref, s.start, s.end) for s in unknown],
        default="outside",
    )
    return Example(nlp.make_doc(text), ref)


def stories(folders: Iterable[Path]) -> list[tuple[str, list[dict[str, object]]]]:
    out = []
    for folder in folders:
        for gold_file in sorted(folder.glob("*.entities.json")):
            text = gold_file.with_name(gold_file.name.replace(".entities.json", ".txt"))
            entities = json.loads(gold_file.read_text("utf-8"))["entities"]
            out.append((text.read_text("utf-8"), entities))
    return out


def fine_tune(folders: list[Path], epochs: int = EPOCHS, seed: int = 0) -> Language:
    """The base pipeline with its ner trained further on the stories of `folders`."""
    nlp = spacy.load(BASE_MODEL, exclude=["lemmatizer"])
    examples = [reference(nlp, text, entities) for text, entities in stories(folders)]
    optimizer = nlp.resume_training()
    optimizer.learn_rate = LEARN_RATE
    fix_random_seed(seed)
    rng = random.Random(seed)
    started = time.monotonic()
    with nlp.select_pipes(enable=["ner"]):
        for epoch in range(epochs):
            rng.shuffle(examples)
            losses: dict[str, float] = {}
            for batch in minibatch(examples, size=BATCH):
                nlp.update(batch, sgd=optimizer, drop=DROPOUT, losses=losses)
            print(
                f"  epoch {epoch + 1}/{epochs}: loss {losses['ner']:.0f} "
                f"({time.monotonic() - started:.0f} s, {len(examples)} stories)",
                file=sys.stderr,
            )
    return nlp


def averaged(folders: list[Path], epochs: int, runs: int) -> Language:
    """The first run's pipeline with its ner weights the mean of `runs` runs'."""
    models = [fine_tune(folders, epochs, seed) for seed in range(runs)]
    walks = [list(nlp.get_pipe("ner").model.walk()) for nlp in models]
    for i, node in enumerate(walks[0]):
        for name in node.param_names:
            if node.has_param(name):
                node.set_param(name, sum(walk[i].get_param(name) for walk in walks) / runs)
    return models[0]


def save_ner(nlp: Language, path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    nlp.get_pipe("ner").to_disk(path, exclude=["vocab"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--exclude", action="append", default=[], help="a gold folder to leave out")
    parser.add_argument(
        "--folds", type=int, help="train K models, each without a K-th of the folders"
    )
    parser.add_argument("--out", type=Path, help="where the weights go (default: the package)")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--runs", type=int, default=RUNS, help="runs whose weights are averaged")
    args = parser.parse_args(argv)
    folders = [f for f in sorted(GOLD.glob("en*/")) if f.name not in set(args.exclude)]
    print(f"{len(folders)} folders: {', '.join(f.name for f in folders)}", file=sys.stderr)
    if args.folds is None:
        out = args.out or shipped_ner_path()
        save_ner(averaged(folders, args.epochs, args.runs), out)
        print(f"wrote {out}", file=sys.stderr)
        return 0
    if args.out is None:
        parser.error("--folds needs --out")
    assignment: dict[str, str] = {}
    for k in range(args.folds):
        held = folders[k :: args.folds]
        print(
            f"fold {k + 1}/{args.folds}: without {', '.join(f.name for f in held)}", file=sys.stderr
        )
        target = args.out / f"fold{k + 1}"
        save_ner(averaged([f for f in folders if f not in held], args.epochs, args.runs), target)
        assignment.update({f.name: str(target.resolve()) for f in held})
    (args.out / "folds.json").write_text(json.dumps(assignment, indent=1, sort_keys=True) + "\n")
    print(f"wrote {args.out / 'folds.json'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
