"""`limelight eval dates PATH…`: the time-expression tagger against inline TIMEX2 files.

Files in the WikiWarsDE / ACE TERN style: `<DATETIME>` holds the document date (the
reference for anchoring), `<TEXT>` the text with inline `<TIMEX2 val="…">` tags.
Scores are micro-averaged over all files:

- relaxed: a prediction and a gold expression match when their spans overlap (one to one);
- strict: the spans are identical;
- value: a gold expression counts when a relaxed match has the identical `val`
  (precision over all predictions, recall over all gold expressions).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tui.analysis.model import DateMention


class DatesInputError(ValueError):
    """A file cannot be read as inline TIMEX2; the message is one line for the user."""


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    val: str | None
    mod: str | None = None


@dataclass(frozen=True)
class TimexDocument:
    name: str
    text: str
    reference: date | None
    gold: tuple[GoldTimex, ...]


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    relaxed: int = 0
    strict: int = 0
    value: int = 0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.relaxed += other.relaxed
        self.strict += other.strict
        self.value += other.value


@dataclass
class Errors:
    missed: list[GoldTimex] = field(default_factory=list)
    spurious: list[DateMention] = field(default_factory=list)
    span: list[tuple[GoldTimex, DateMention]] = field(default_factory=list)
    value: list[tuple[GoldTimex, DateMention]] = field(default_factory=list)


_TAG = re.compile(r"<(/?)([A-Za-z][\w.-]*)((?:\s+[^<>]*?)?)\s*(/?)>")
_ATTR = re.compile(r"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")


def parse_timex2(raw: str, name: str = "<text>") -> TimexDocument:
    """Plain text and gold spans of an inline-TIMEX2 document.

    Parsed with a tolerant tag scanner rather than an XML parser: the corpora are SGML
    in spirit (stray ampersands, no root element) and no entity is ever expanded beyond
    the five predefined ones and numeric references, so nothing external is fetched.
    """
    m = re.search(r"<TEXT[^>]*>(.*?)</TEXT\s*>", raw, re.DOTALL | re.IGNORECASE)
    if m is None:
        raise DatesInputError(f"{name}: no <TEXT> element")
    body = m.group(1)
    reference = None
    dm = re.search(r"<DATETIME[^>]*>(.*?)</DATETIME\s*>", raw, re.DOTALL | re.IGNORECASE)
    if dm is not None:
        inner = dm.group(1)
        vm = re.search(r"val\s*=\s*\"(\d{4}-?\d{2}-?\d{2})", inner) or _DATE.search(
            re.sub(r"<[^>]*>", " ", inner)
        )
        if vm is not None:
            dd = _DATE.search(vm.group(0))
            if dd is not None:
                try:
                    reference = date(int(dd.group(1)), int(dd.group(2)), int(dd.group(3)))
                except ValueError:
                    reference = None
    parts: list[str] = []
    length = 0
    stack: list[tuple[int, dict[str, str]]] = []
    gold: list[GoldTimex] = []
    pos = 0
    for tm in _TAG.finditer(body):
        chunk = html.unescape(body[pos : tm.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = tm.end()
        closing, tag = tm.group(1) == "/", tm.group(2).upper()
        if tag != "TIMEX2":
            continue
        if closing:
            if not stack:
                raise DatesInputError(f"{name}: </TIMEX2> without an opening tag")
            start, attrs = stack.pop()
            gold.append(GoldTimex(start, length, "", attrs.get("val"), attrs.get("mod")))
        elif tm.group(4) != "/":
            attrs = {
                a.group(1).lower(): html.unescape(
                    a.group(2) if a.group(2) is not None else a.group(3) or ""
                )
                for a in _ATTR.finditer(tm.group(3) or "")
            }
            stack.append((length, attrs))
    if stack:
        raise DatesInputError(f"{name}: unclosed <TIMEX2>")
    tail = html.unescape(body[pos:])
    parts.append(tail)
    text = "".join(parts)
    gold = [GoldTimex(g.start, g.end, text[g.start : g.end], g.val, g.mod) for g in gold]
    gold.sort(key=lambda g: (g.start, g.end))
    return TimexDocument(name, text, reference, tuple(gold))


def read_document(path: Path) -> TimexDocument:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DatesInputError(f"{path}: {exc.strerror or exc}") from None
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raw = data.decode("latin-1")
    return parse_timex2(raw, str(path))


def _trimmed(start: int, end: int, text: str) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def score_document(doc: TimexDocument, predicted: Sequence[DateMention]) -> tuple[Counts, Errors]:
    """Match predictions to gold one to one, preferring the largest overlap."""
    counts = Counts(gold=len(doc.gold), predicted=len(predicted))
    errors = Errors()
    pairs: list[tuple[int, int, int]] = []
    for gi, g in enumerate(doc.gold):
        for pi, p in enumerate(predicted):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                pairs.append((overlap, gi, pi))
    pairs.sort(key=lambda t: -t[0])
    gold_used: dict[int, int] = {}
    pred_used: set[int] = set()
    for _, gi, pi in pairs:
        if gi in gold_used or pi in pred_used:
            continue
        gold_used[gi] = pi
        pred_used.add(pi)
    for gi, g in enumerate(doc.gold):
        if gi not in gold_used:
            errors.missed.append(g)
            continue
        p = predicted[gold_used[gi]]
        counts.relaxed += 1
        if _trimmed(g.start, g.end, doc.text) == _trimmed(p.start, p.end, doc.text):
            counts.strict += 1
        else:
            errors.span.append((g, p))
        if g.val is not None and g.val == p.value:
            counts.value += 1
        else:
            errors.value.append((g, p))
    errors.spurious = [p for i, p in enumerate(predicted) if i not in pred_used]
    return counts, errors


def prf(correct: int, predicted: int, gold: int) -> dict[str, float]:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def evaluate(
    docs: Iterable[TimexDocument], lang: str = "de"
) -> tuple[Counts, dict[str, Errors], float, int]:
    """Counts over all documents, errors per document, seconds spent tagging, words."""
    from tui.analysis.timex import tag_dates

    total = Counts()
    errors: dict[str, Errors] = {}
    tag_dates("", lang, None)  # compile the rules before timing
    seconds = 0.0
    words = 0
    for doc in docs:
        t0 = time.process_time()
        predicted = tag_dates(doc.text, lang, doc.reference)
        seconds += time.process_time() - t0
        words += len(doc.text.split())
        counts, errs = score_document(doc, predicted)
        total.add(counts)
        errors[doc.name] = errs
    return total, errors, seconds, words


def summary(total: Counts) -> dict[str, dict[str, float]]:
    return {
        "relaxed": prf(total.relaxed, total.predicted, total.gold),
        "strict": prf(total.strict, total.predicted, total.gold),
        "value": prf(total.value, total.predicted, total.gold),
    }


def _files(paths: Sequence[str]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(
                sorted(
                    f
                    for f in p.iterdir()
                    if f.is_file() and f.suffix in (".xml", ".sgm", ".tml", ".timex2")
                )
            )
        elif p.exists():
            out.append(p)
        else:
            raise DatesInputError(f"{p}: no such file or directory")
    if not out:
        raise DatesInputError("no TIMEX2 files found")
    return out


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", metavar="PATH", nargs="+", help="inline TIMEX2 files (or directories of them)"
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--lang", default="de", help="language of the documents (default de)")
    parser.add_argument(
        "--errors", action="store_true", help="list missed, spurious and mis-normalised expressions"
    )


def _print_errors(errors: dict[str, Errors], docs: dict[str, TimexDocument]) -> None:
    for name, errs in errors.items():
        text = docs[name].text

        def ctx(s: int, e: int, text: str = text) -> str:
            return (text[max(0, s - 30) : s] + "[" + text[s:e] + "]" + text[e : e + 20]).replace(
                "\n", " "
            )

        for g in errs.missed:
            print(f"MISS\t{name}\t{g.val}\t{ctx(g.start, g.end)}")
        for p in errs.spurious:
            print(f"SPUR\t{name}\t{p.value}\t{ctx(p.start, p.end)}")
        for g, p in errs.span:
            print(f"SPAN\t{name}\t{g.text!r} vs {p.text!r}\t{ctx(g.start, g.end)}")
        for g, p in errs.value:
            print(f"VAL\t{name}\tgold={g.val} got={p.value}\t{ctx(g.start, g.end)}")


def run(args: argparse.Namespace) -> int:
    try:
        docs = [read_document(p) for p in _files(args.paths)]
    except DatesInputError as exc:
        print(f"limelight: {exc}", file=sys.stderr)
        return 2
    total, errors, seconds, words = evaluate(docs, args.lang)
    scores = summary(total)
    if getattr(args, "errors", False):
        _print_errors(errors, {d.name: d for d in docs})
    if args.json:
        print(
            json.dumps(
                {**scores, "gold": total.gold, "predicted": total.predicted, "documents": len(docs)}
            )
        )
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(
        title=f"Time expressions: {len(docs)} documents, {total.gold} gold, "
        f"{total.predicted} predicted"
    )
    for col in ("", "precision", "recall", "F1"):
        table.add_column(col, justify="right" if col else "left")
    for key, label in (
        ("relaxed", "relaxed (overlap)"),
        ("strict", "strict (exact span)"),
        ("value", "value (relaxed + same val)"),
    ):
        s = scores[key]
        table.add_row(label, f"{s['p']:.3f}", f"{s['r']:.3f}", f"{s['f1']:.3f}")
    console = Console()
    console.print(table)
    if words:
        console.print(
            f"tagging: {seconds * 1000:.1f} ms CPU for {words} words "
            f"({seconds * 1e6 / words:.2f} ms per 1,000 words)"
        )
    return 0
