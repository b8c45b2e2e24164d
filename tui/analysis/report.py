"""The analysis JSON contract (DESIGN.md, schema 1): article and analysis as one object."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from tui.analysis.model import SCHEMA, Analysis, DateMention
from tui.article.model import Article


def to_document(article: Article, analysis: Analysis) -> dict[str, Any]:
    """The JSON-able object `limelight analyze --format json` prints."""
    return {
        "schema": SCHEMA,
        "title": article.title,
        "language": analysis.language,
        "published": article.published.isoformat() if article.published else None,
        "author": article.author or None,
        "model": analysis.model,
        "text": article.text,
        "blocks": [
            {
                "kind": b.kind.value,
                "start": b.start,
                "end": b.end,
                "boilerplate": b.boilerplate,
                "sources": b.in_sources,
            }
            for b in article.blocks
        ],
        "sections": [{"title": s.title, "start": s.start, "end": s.end} for s in article.sections],
        "sources": [
            {"label": s.label, "url": s.url, "outlet": s.outlet, "cited_at": list(s.cited_at)}
            for s in analysis.sources
        ],
        "entities": [
            {
                "name": e.name,
                "label": e.label,
                "mentions": [asdict(m) for m in e.mentions],
            }
            for e in analysis.entities
        ],
        "dates": [
            {
                "start": d.start,
                "end": d.end,
                "text": d.text,
                "value": d.value,
                "granularity": d.granularity,
                "mod": d.mod,
                "anchor": _anchor(d, analysis.dates),
                "anchor_value": d.anchor,
                "vague": d.vague,
                "underspecified": d.underspecified,
            }
            for d in analysis.dates
        ],
        "facts": [_fact(f) for f in analysis.facts],
        "warnings": analysis.warnings,
    }


def _anchor(date: DateMention, dates: list[DateMention]) -> str | dict[str, Any] | None:
    """What the value was resolved from: "published" (the article's date), the date of
    the text at `start`, or null (nothing: an absolute or an underspecified value)."""
    if date.anchor_source == "text":
        source = next((d for d in dates if d.start == date.anchor_start), None)
        return {
            "text": source.text if source else None,
            "start": date.anchor_start,
            "value": date.anchor,
        }
    return date.anchor_source


def _fact(fact: Any) -> dict[str, Any]:
    data = asdict(fact)
    data["entities"] = list(fact.entities)
    extra = data.pop("extra", {}) or {}
    data.update({k: v for k, v in extra.items() if k not in data})
    return {k: v for k, v in data.items() if v is not None or k in ("value", "unit")}
