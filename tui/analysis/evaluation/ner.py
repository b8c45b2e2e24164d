"""`limelight eval ner FILE`: precision, recall and F1 of a NER pipeline on labelled text.

Scores are micro-averaged over exact spans in the unified labels PER/ORG/LOC/MISC, so
German (GermEval 2014) and English (CoNLL-2003) files are measured the same way:
GermEval's OTH becomes MISC and its *deriv/*part labels are dropped; OntoNotes labels
of the English pipelines are mapped (PERSON->PER, GPE/LOC/FAC->LOC, NORP/…->MISC).
The pipeline gets the file's own tokens, so tokenisation never costs a span.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.analysis.labels import unify_label

if TYPE_CHECKING:
    from spacy.language import Language

FORMATS = ("germeval", "conll")
# Components that never feed the entity recogniser: skipped to save time.
_NOT_NEEDED = ("tagger", "parser", "lemmatizer", "attribute_ruler", "morphologizer", "senter")

Span = tuple[int, int, str]  # token start, token end (exclusive), unified label


class EvalInputError(ValueError):
    """The labelled file cannot be read; the message is one line for the user."""


@dataclass(frozen=True)
class Sentence:
    words: tuple[str, ...]
    spans: frozenset[Span]


def iob_spans(tags: Sequence[str]) -> frozenset[Span]:
    """Spans of an IOB1/IOB2/BIOES tag sequence, in unified labels.

    An I- tag that does not continue a span of the same type opens one (IOB1, and
    forgiving of IOB2 slips); labels that unify to nothing are left out.
    """
    spans: set[Span] = set()
    start: int | None = None
    current = ""

    def close(end: int) -> None:
        if start is not None:
            label = unify_label(current)
            if label is not None:
                spans.add((start, end, label))

    for i, tag in enumerate(tags):
        if tag == "O" or len(tag) < 3 or tag[1] != "-":
            close(i)
            start, current = None, ""
            continue
        prefix, label = tag[0], tag[2:]
        if prefix in "BS" or start is None or label != current:
            close(i)
            start, current = i, label
        if prefix in "ES":
            close(i + 1)
            start, current = None, ""
    close(len(tags))
    return frozenset(spans)


def _check_tag(tag: str, path: Path, lineno: int) -> str:
    if tag == "O" or (len(tag) > 2 and tag[0] in "BIES" and tag[1] == "-"):
        return tag
    raise EvalInputError(f"{path}:{lineno}: not an IOB tag: {tag!r}")


def _sentences(rows: Iterable[tuple[int, str, str] | None]) -> Iterator[Sentence]:
    words: list[str] = []
    tags: list[str] = []
    for row in rows:
        if row is None:
            if words:
                yield Sentence(tuple(words), iob_spans(tags))
            words, tags = [], []
            continue
        words.append(row[1])
        tags.append(row[2])
    if words:
        yield Sentence(tuple(words), iob_spans(tags))


def _germeval_rows(path: Path, lines: list[str]) -> Iterator[tuple[int, str, str] | None]:
    for lineno, line in enumerate(lines, 1):
        if line.startswith("#"):
            continue
        if not line.strip():
            yield None
            continue
        fields = line.split("\t")
        if len(fields) < 3 or not fields[0].strip().isdigit():
            raise EvalInputError(
                f"{path}:{lineno}: expected 'index<TAB>token<TAB>outer tag[<TAB>inner tag]'"
            )
        yield lineno, fields[1], _check_tag(fields[2].strip(), path, lineno)


def _conll_rows(path: Path, lines: list[str]) -> Iterator[tuple[int, str, str] | None]:
    for lineno, line in enumerate(lines, 1):
        fields = line.split()
        if not fields or fields[0] == "-DOCSTART-":
            yield None
            continue
        if len(fields) < 2:
            raise EvalInputError(
                f"{path}:{lineno}: expected 'token … tag' (tag in the last column)"
            )
        yield lineno, fields[0], _check_tag(fields[-1], path, lineno)


def detect_format(lines: Sequence[str]) -> str:
    """GermEval when the first token line is 'number<TAB>token<TAB>tag…', else CoNLL."""
    for line in lines:
        if not line.strip() or line.startswith("#") or line.startswith("-DOCSTART-"):
            continue
        fields = line.split("\t")
        return "germeval" if len(fields) >= 3 and fields[0].strip().isdigit() else "conll"
    return "conll"


def read_labelled(path: Path, fmt: str | None = None) -> list[Sentence]:
    """Sentences of a GermEval TSV or CoNLL file; `fmt=None` detects the format."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise EvalInputError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise EvalInputError(f"not a file: {path}") from None
    except OSError as exc:
        raise EvalInputError(f"cannot read {path}: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise EvalInputError(f"{path}: not UTF-8 text") from None
    lines = text.splitlines()
    fmt = fmt or detect_format(lines)
    if fmt not in FORMATS:
        raise EvalInputError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    rows = _germeval_rows(path, lines) if fmt == "germeval" else _conll_rows(path, lines)
    sentences = list(_sentences(rows))
    if not sentences:
        raise EvalInputError(f"{path}: no labelled sentences found")
    return sentences


@dataclass
class LabelScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    def as_dict(self) -> dict[str, float | int]:
        return {
            "p": round(self.precision, 4),
            "r": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "support": self.support,
            "predicted": self.tp + self.fp,
        }


@dataclass
class NerScores:
    overall: LabelScore = field(default_factory=LabelScore)
    per_label: dict[str, LabelScore] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "p": round(self.overall.precision, 4),
            "r": round(self.overall.recall, 4),
            "f1": round(self.overall.f1, 4),
            "per_label": {k: v.as_dict() for k, v in sorted(self.per_label.items())},
        }


def score(gold: Iterable[frozenset[Span]], predicted: Iterable[frozenset[Span]]) -> NerScores:
    """Micro and per-label scores of exact span matches, sentence by sentence."""
    scores = NerScores()
    for gold_spans, pred_spans in zip(gold, predicted, strict=True):
        for span in gold_spans | pred_spans:
            label_score = scores.per_label.setdefault(span[2], LabelScore())
            if span in gold_spans and span in pred_spans:
                label_score.tp += 1
                scores.overall.tp += 1
            elif span in gold_spans:
                label_score.fn += 1
                scores.overall.fn += 1
            else:
                label_score.fp += 1
                scores.overall.fp += 1
    return scores


def predict(
    nlp: Language, sentences: Sequence[Sentence], batch_size: int = 256
) -> list[frozenset[Span]]:
    """Run the pipeline on the sentences' own tokens; spans in unified labels."""
    from spacy.tokens import Doc

    docs = (Doc(nlp.vocab, words=list(s.words)) for s in sentences)
    disabled = [name for name in _NOT_NEEDED if name in nlp.pipe_names]
    result: list[frozenset[Span]] = []
    with nlp.select_pipes(disable=disabled):
        for doc in nlp.pipe(docs, batch_size=batch_size):
            spans = set()
            for ent in doc.ents:
                label = unify_label(ent.label_)
                if label is not None:
                    spans.add((ent.start, ent.end, label))
            result.append(frozenset(spans))
    return result


def load_model(name: str | None) -> Language:
    """The shipped German pipeline, or a spaCy package name / pipeline directory."""
    from tui.analysis.models import load_shipped_german_model, register_architectures

    register_architectures()  # pipelines trained by this project use its components
    if name is None:
        try:
            return load_shipped_german_model()
        except (OSError, ValueError) as exc:
            first = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
            raise EvalInputError(f"cannot load the shipped German model: {first}") from None
    import spacy

    try:
        return spacy.load(name)
    except (OSError, ImportError, ValueError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
        raise EvalInputError(f"cannot load model {name!r}: {first}") from None


@dataclass
class NerEvaluation:
    scores: NerScores
    sentences: int
    tokens: int
    seconds: float
    model: str

    def as_dict(self) -> dict[str, Any]:
        result = self.scores.as_dict()
        result.update(
            sentences=self.sentences,
            tokens=self.tokens,
            words_per_second=round(self.tokens / self.seconds) if self.seconds else None,
            model=self.model,
        )
        return result


def evaluate(path: Path, fmt: str | None = None, model: str | None = None) -> NerEvaluation:
    """Read `path`, run the model on it, and score the prediction."""
    sentences = read_labelled(path, fmt)
    nlp = load_model(model)
    started = time.perf_counter()
    predicted = predict(nlp, sentences)
    seconds = time.perf_counter() - started
    return NerEvaluation(
        scores=score((s.spans for s in sentences), predicted),
        sentences=len(sentences),
        tokens=sum(len(s.words) for s in sentences),
        seconds=seconds,
        model=model or "de_limelight_ner (shipped)",
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of `limelight eval ner`."""
    parser.add_argument(
        "file", type=Path, metavar="FILE", help="labelled file (GermEval TSV or CoNLL)"
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="file format (default: detected from the first token line)",
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--model",
        default=None,
        metavar="NAME",
        help="spaCy package name or pipeline directory (default: the shipped German model)",
    )


def _print_table(evaluation: NerEvaluation, path: Path) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"NER: {path.name} · {evaluation.model}")
    for column in ("label", "precision", "recall", "F1", "gold", "predicted"):
        table.add_column(column, justify="left" if column == "label" else "right")

    def row(name: str, s: LabelScore, style: str | None = None) -> None:
        table.add_row(
            name,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            str(s.support),
            str(s.tp + s.fp),
            style=style,
        )

    for label, label_score in sorted(evaluation.scores.per_label.items()):
        row(label, label_score)
    row("micro", evaluation.scores.overall, style="bold")
    console = Console()
    console.print(table)
    wps = evaluation.tokens / evaluation.seconds if evaluation.seconds else 0.0
    console.print(
        f"{evaluation.sentences} sentences, {evaluation.tokens} tokens, "
        f"{evaluation.seconds:.1f} s ({wps:,.0f} words/s)"
    )


def run(args: argparse.Namespace) -> int:
    """Evaluate and print; 2 with one line on stderr when the input is unusable."""
    try:
        evaluation = evaluate(args.file, args.format, args.model)
    except EvalInputError as exc:
        print(f"limelight eval ner: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(evaluation.as_dict(), ensure_ascii=False))
    else:
        _print_table(evaluation, args.file)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Stand-alone entry point (`python -m tui.analysis.evaluation.ner`)."""
    parser = argparse.ArgumentParser(prog="limelight eval ner", description=__doc__)
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
