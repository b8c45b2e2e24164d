"""What analysis found, as plain data: offsets into `Article.text`, JSON-able.

The field names follow the analysis JSON contract in DESIGN.md (schema 1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA = 1
LABELS = ("PER", "ORG", "LOC", "MISC")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass
class Entity:
    name: str  # canonical name: the fullest form used in the article
    label: str  # PER / ORG / LOC / MISC
    mentions: list[Mention] = field(default_factory=list)


@dataclass(frozen=True)
class DateMention:
    """A time expression with its TIMEX3 normalisation."""

    start: int
    end: int
    text: str
    value: str  # TIMEX3 value: 2024-10-21, 2023-FA, PAST_REF, P2W, ...
    granularity: (
        str  # day, month, season, quarter, year, decade, century, week, time, ref, duration, ...
    )
    mod: str | None = None  # START, MID, END, APPROX, BEFORE, AFTER, ...
    anchor: str | None = None  # the date a relative expression was resolved against
    # what that date is: "published" (the article's own date), "text" (a date the text
    # gives, at `anchor_start`), None (nothing needed, or nothing to anchor it: the
    # value is then underspecified, "XXXX-WXX-5", never a date from the reader's clock)
    anchor_source: str | None = None
    anchor_start: int | None = None

    @property
    def vague(self) -> bool:
        return self.value.endswith("_REF") or self.granularity in ("ref", "vague")

    @property
    def underspecified(self) -> bool:
        """ "Freitag" XXXX-WXX-5, "im Mai" XXXX-05: the article does not say which."""
        return self.value.startswith("XXXX")


@dataclass(frozen=True)
class Fact:
    """A figure, role, attribution or quote the reader can jump to.

    kind: money, percent, quantity, role, attribution, quote.
    """

    kind: str
    start: int
    end: int
    text: str
    value: float | None = None
    unit: str | None = None
    entities: tuple[str, ...] = ()  # canonical names of the entities it concerns
    date: str | None = None  # TIMEX3 value of the sentence's date, if any
    vague: bool = False  # "mehrere Milliarden", "hundreds of thousands"
    role: str | None = None  # role facts: CEO, Bundeskanzler, ...
    person: str | None = None
    organisation: str | None = None
    speaker: str | None = None  # attribution / quote: who said or reported it
    source_url: str | None = None  # attribution linked to the article's source list
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CitedSource:
    label: str
    url: str
    outlet: str
    cited_at: tuple[int, ...] = ()  # offsets where the article cites it (attributions, links)


@dataclass
class Analysis:
    language: str
    model: str  # the spaCy pipeline that produced the entities
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    sources: list[CitedSource] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def mentions_in_order(self) -> list[tuple[Mention, Entity]]:
        """Every entity mention in text order: what `]` and `[` walk."""
        pairs = [(m, e) for e in self.entities for m in e.mentions]
        pairs.sort(key=lambda p: (p[0].start, p[0].end))
        return pairs
