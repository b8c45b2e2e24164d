"""Score the analysis of real articles against gold readings, as a reader sees them.

Each `STEM.txt` may have `STEM.timex.json` (dates and money) and `STEM.entities.json`
beside it (format: tests/data/realnews/README.md). Gold names text, not offsets: a gold
item is the `occurrence`-th place its text stands in the analysed article.

- dates: relaxed (overlap), strict (same extent) and value (overlap and same TIMEX3
  value), precision over every date the analysis reports;
- money: an amount found where the gold has one, and with its value and currency;
- entities: recall of gold entities found with the right label (any of their forms
  highlighted as that label), precision over the distinct highlighted strings (a
  string is right when a gold entity of that label has it as a form).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.analysis.model import Analysis
from tui.article.model import Article


class ArticlesInputError(Exception):
    """A folder without gold readings, a gold file that does not parse."""


@dataclass
class Tally:
    """Counts of one kind of item; `found` and `right` count gold items."""

    gold: int = 0
    predicted: int = 0
    found: int = 0  # relaxed match
    exact: int = 0  # strict extent
    right: int = 0  # found with the right value / label
    predicted_right: int = 0  # predictions that match a gold item (relaxed)
    predicted_valued: int = 0  # predictions that match with the right value
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("gold", "predicted", "found", "exact", "right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.predicted_right += other.predicted_right
        self.predicted_valued += other.predicted_valued
        self.errors.extend(other.errors)


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    text: str
    value: Any
    unit: str | None = None


def locate(text: str, needle: str, occurrence: int = 1) -> tuple[int, int] | None:
    """Where the `occurrence`-th copy of `needle` stands in `text`."""
    at = -1
    for _ in range(max(1, occurrence)):
        at = text.find(needle, at + 1)
        if at < 0:
            return None
    return at, at + len(needle)


def _gold_spans(
    text: str, items: Iterable[dict[str, Any]], key: str
) -> tuple[list[GoldSpan], list[str]]:
    spans: list[GoldSpan] = []
    missing: list[str] = []
    for item in items:
        where = locate(text, item["text"], int(item.get("occurrence", 1)))
        if where is None:
            missing.append(item["text"])
            continue
        spans.append(GoldSpan(*where, item["text"], item.get(key), item.get("unit")))
    return spans, missing


def _match(
    gold: Sequence[GoldSpan],
    predicted: Sequence[tuple[int, int, str, Any, str | None]],
    same_value: Any,
) -> Tally:
    """One prediction matches one gold item at most (the most overlapping, first)."""
    tally = Tally(gold=len(gold), predicted=len(predicted))
    used: set[int] = set()
    for g in gold:
        best, best_overlap = None, 0
        for i, (s, e, _t, _v, _u) in enumerate(predicted):
            overlap = min(e, g.end) - max(s, g.start)
            if i not in used and overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is None:
            tally.errors.append(f"MISS {g.text!r} = {g.value}")
            continue
        used.add(best)
        s, e, t, v, u = predicted[best]
        tally.found += 1
        tally.predicted_right += 1
        tally.exact += (s, e) == (g.start, g.end)
        if same_value(g, v, u):
            tally.right += 1
            tally.predicted_valued += 1
        else:
            tally.errors.append(
                f"VALUE {g.text!r}: gold {g.value} {g.unit or ''}, got {t!r} {v} {u or ''}"
            )
    for i, (_s, _e, t, v, _u) in enumerate(predicted):
        if i not in used:
            tally.errors.append(f"SPURIOUS {t!r} = {v}")
    return tally


def score_dates(article: Article, analysis: Analysis, gold: dict[str, Any]) -> Tally:
    spans, missing = _gold_spans(article.text, gold.get("dates", ()), "value")
    predicted = [(d.start, d.end, d.text, d.value, None) for d in analysis.dates]
    tally = _match(spans, predicted, lambda g, v, _u: g.value == v)
    tally.gold += len(missing)
    tally.errors.extend(f"NOT IN TEXT {t!r}" for t in missing)
    return tally


def score_money(article: Article, analysis: Analysis, gold: dict[str, Any]) -> Tally:
    spans, missing = _gold_spans(article.text, gold.get("money", ()), "value")
    predicted = [
        (f.start, f.end, f.text, f.value, f.unit) for f in analysis.facts if f.kind == "money"
    ]

    def same(g: GoldSpan, value: Any, unit: str | None) -> bool:
        if value is None or g.value is None:
            return False
        return unit == g.unit and abs(float(value) - float(g.value)) <= 1e-6 * abs(float(g.value))

    tally = _match(spans, predicted, same)
    tally.gold += len(missing)
    return tally


def score_entities(analysis: Analysis, gold: dict[str, Any]) -> Tally:
    entities = gold.get("entities", ())
    highlighted: dict[str, set[str]] = {}
    for entity in analysis.entities:
        for mention in entity.mentions:
            highlighted.setdefault(mention.text, set()).add(entity.label)
    forms: dict[str, set[str]] = {}
    for g in entities:
        for form in {g["name"], *g.get("forms", ())}:
            forms.setdefault(form, set()).add(g["label"])
    tally = Tally(gold=len(entities), predicted=len(highlighted))
    for g in entities:
        names = {g["name"], *g.get("forms", ())}
        labels = set().union(*(highlighted.get(f, set()) for f in names))
        if labels:
            tally.found += 1
        if g["label"] in labels:
            tally.right += 1
        else:
            got = ", ".join(sorted(labels)) or "not highlighted"
            tally.errors.append(f"MISS {g['label']} {g['name']!r} ({got})")
    for text, labels in sorted(highlighted.items()):
        gold_labels = forms.get(text, set())
        if gold_labels:
            tally.predicted_right += 1
        if gold_labels & labels:
            tally.predicted_valued += 1
        else:
            want = ", ".join(sorted(gold_labels)) or "no entity"
            tally.errors.append(f"SPURIOUS {'/'.join(sorted(labels))} {text!r} (gold: {want})")
    return tally


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def _prf(right: int, predicted_right: int, predicted: int, gold: int) -> dict[str, float]:
    p, r = _ratio(predicted_right, predicted), _ratio(right, gold)
    return {"p": p, "r": r, "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def summary(kind: str, t: Tally) -> dict[str, Any]:
    out: dict[str, Any] = {"gold": t.gold, "predicted": t.predicted}
    if kind == "dates":
        out["relaxed"] = _prf(t.found, t.predicted_right, t.predicted, t.gold)
        out["strict"] = _prf(t.exact, t.exact, t.predicted, t.gold)
        out["value"] = _prf(t.right, t.predicted_valued, t.predicted, t.gold)
    elif kind == "money":
        out["found"] = _prf(t.found, t.predicted_right, t.predicted, t.gold)
        out["value"] = _prf(t.right, t.predicted_valued, t.predicted, t.gold)
    else:
        out["labelled"] = _prf(t.right, t.predicted_valued, t.predicted, t.gold)
        out["unlabelled"] = _prf(t.found, t.predicted_right, t.predicted, t.gold)
    return out


def gold_articles(paths: Sequence[str]) -> list[Path]:
    """Articles (`*.txt`) with at least one gold file beside them, in name order."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(p.rglob("*.txt")))
        elif p.is_file():
            out.append(p)
        else:
            raise ArticlesInputError(f"{p}: no such file or directory")
    out = [
        p
        for p in out
        if p.with_suffix(".timex.json").exists() or p.with_suffix(".entities.json").exists()
    ]
    if not out:
        raise ArticlesInputError(
            "no articles with gold readings (STEM.timex.json, STEM.entities.json)"
        )
    return out


def _read_gold(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ArticlesInputError(f"{path}: not a gold file ({exc})") from exc
    if not isinstance(data, dict):
        raise ArticlesInputError(f"{path}: not a gold file (expected an object)")
    return data


def evaluate(paths: Sequence[Path], *, use_cache: bool = False) -> dict[str, Any]:
    """Scores per kind over all articles, and per article."""
    from tui.analysis.analyzer import analyze
    from tui.article import load_article

    totals = {"dates": Tally(), "money": Tally(), "entities": Tally()}
    per_article: dict[str, Any] = {}
    for path in paths:
        timex = _read_gold(path.with_suffix(".timex.json"))
        names = _read_gold(path.with_suffix(".entities.json"))
        article = load_article(path)
        analysis = analyze(article, use_cache=use_cache)
        scores: dict[str, Tally] = {}
        if timex:
            scores["dates"] = score_dates(article, analysis, timex)
            scores["money"] = score_money(article, analysis, timex)
        if names:
            scores["entities"] = score_entities(analysis, names)
        for kind, tally in scores.items():
            totals[kind].add(tally)
        per_article[str(path)] = {
            "language": analysis.language,
            "published": article.published.isoformat() if article.published else None,
            "gold_published": timex.get("published") if timex else None,
            **{kind: summary(kind, t) for kind, t in scores.items()},
            "errors": {kind: t.errors for kind, t in scores.items() if t.errors},
        }
    return {
        "articles": len(paths),
        **{kind: summary(kind, t) for kind, t in totals.items() if t.gold or t.predicted},
        "per_article": per_article,
    }


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", metavar="PATH", nargs="+", help="articles or folders with gold readings"
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--errors", action="store_true", help="list what each article missed or added"
    )
    parser.add_argument(
        "--cache", action="store_true", help="use cached analyses (default: afresh)"
    )


def run(args: argparse.Namespace) -> int:
    try:
        paths = gold_articles(args.paths)
        result = evaluate(paths, use_cache=args.cache)
    except ArticlesInputError as exc:
        print(f"limelight: {exc}", file=sys.stderr)
        return 2
    if args.json:
        out = result if args.errors else {k: v for k, v in result.items() if k != "per_article"}
        print(json.dumps(out, ensure_ascii=False, indent=1 if args.errors else None))
        return 0
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    if args.errors:
        for name, scores in result["per_article"].items():
            for kind, errors in scores["errors"].items():
                for line in errors:
                    console.print(
                        f"{escape(Path(name).name)}\t{kind}\t{escape(line)}", highlight=False
                    )
    table = Table(title=f"Real articles: {result['articles']} with gold readings")
    for col in ("", "gold", "predicted", "precision", "recall", "F1"):
        table.add_column(col, justify="left" if not col else "right")
    for kind, rows in (
        ("dates", ("relaxed", "strict", "value")),
        ("money", ("found", "value")),
        ("entities", ("labelled", "unlabelled")),
    ):
        if kind not in result:
            continue
        s = result[kind]
        for row in rows:
            m = s[row]
            table.add_row(
                f"{kind}: {row}",
                str(s["gold"]),
                str(s["predicted"]),
                f"{m['p']:.3f}",
                f"{m['r']:.3f}",
                f"{m['f1']:.3f}",
            )
    console.print(table)
    return 0
