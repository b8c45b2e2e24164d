"""rich tables for `limelight analyze --format table`, built from the JSON document.

Working from the contract object keeps the table and JSON outputs from drifting apart.
Every string from the article goes in as `Text`, so markup in it is shown, not run.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text


class PipeConsole(Console):
    """Standard output that ends quietly when its reader goes away (`… | head`).

    rich's own handling exits with status 1; raising BrokenPipeError lets the command
    line end as for any other output (status 0, nothing on stderr).
    """

    def on_broken_pipe(self) -> None:
        self.quiet = True
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # the interpreter's last flush must not fail
        raise BrokenPipeError


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def _value(fact: dict[str, Any]) -> str:
    value = fact.get("value")
    if value is None:
        return ""
    unit = fact.get("unit") or ""
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4g}"
    return f"{number} {unit}".strip()


def print_tables(document: dict[str, Any], console: Console | None = None) -> None:
    console = console or PipeConsole()
    header = Text.assemble(
        (document["title"] or "(untitled)", "bold"),
        f"  ·  {document['language']}",
        f"  ·  {document['published'] or 'no date'}",
        f"  ·  {document['model']}",
    )
    console.print(header)

    entities = _table("Entities", "entity", "label", "mentions", "as written")
    for entity in sorted(document["entities"], key=lambda e: (-len(e["mentions"]), e["name"])):
        forms = sorted({m["text"] for m in entity["mentions"]})
        entities.add_row(
            Text(entity["name"]),
            entity["label"],
            str(len(entity["mentions"])),
            Text(", ".join(forms)),
        )
    console.print(entities)

    dates = _table("Dates", "text", "value", "granularity", "mod")
    for date in document["dates"]:
        dates.add_row(Text(date["text"]), date["value"], date["granularity"], date["mod"] or "")
    console.print(dates)

    facts = _table("Facts", "kind", "text", "value", "concerns")
    for fact in document["facts"]:
        concerns = ", ".join(fact.get("entities") or [])
        if fact.get("role"):
            concerns = (
                f"{fact.get('person') or '?'} – {fact['role']} – {fact.get('organisation') or '?'}"
            )
        elif fact.get("speaker"):
            concerns = f"{fact['speaker']}" + (
                f" → {fact['source_url']}" if fact.get("source_url") else ""
            )
        facts.add_row(fact["kind"], Text(fact["text"]), _value(fact), Text(concerns))
    console.print(facts)

    sections = _table("Sections", "#", "title", "offsets")
    for number, section in enumerate(document["sections"], start=1):
        sections.add_row(
            str(number), Text(section["title"]), f"{section['start']}–{section['end']}"
        )
    console.print(sections)

    sources = _table("Sources", "label", "outlet", "cited", "url")
    for source in document["sources"]:
        sources.add_row(
            Text(source["label"]),
            Text(source["outlet"]),
            str(len(source["cited_at"])),
            Text(source["url"]),
        )
    console.print(sources)
    for warning in document.get("warnings", []):
        console.print(Text(f"warning: {warning}", style="yellow"))


def print_listing(listing: dict[str, Any], console: Console | None = None) -> None:
    """A feed's entries or a folder's articles, one row each."""
    console = console or PipeConsole()
    folder = listing["kind"] == "folder"
    table = _table(
        listing["title"],
        "#",
        "title",
        "date",
        "lang" if folder else "link",
        "size" if folder else "",
    )
    for number, entry in enumerate(listing["entries"], start=1):
        table.add_row(
            str(number),
            Text(entry["title"]),
            entry["published"] or "",
            entry["language"] if folder else Text(entry["url"] or ""),
            f"{entry['size'] / 1024:.1f} KB" if folder else "",
        )
    console.print(table)
