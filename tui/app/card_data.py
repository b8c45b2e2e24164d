"""What an entity card shows, as plain data: built from the reading and the library.

Apart from the screen so it is measured and tested without Textual (the bench times
`card_data` + the card's first frame). The article's part comes from the analysis in
memory; the library's part (`library_part`) is a few indexed queries, run off the UI
thread by the card.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from tui.analysis.model import Analysis, Entity
from tui.app.layout import safe_text
from tui.app.reading import Reading
from tui.store.index import Hit, LibraryIndex, MonthCount

KWIC_SIDE = 36  # characters of context each side of a mention
STRIP_BINS = 48  # cells of the "along this article" picture
CARD_HITS = 50  # other articles listed on a card (the most mentions first)
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”“'»«]?\s+|\n+")
_SPACE = re.compile(r"\s+")

Span = tuple[int, int]


@dataclass(frozen=True)
class Kwic:
    """One mention as keyword in context: what the card lists, where Enter jumps."""

    mention: int  # index into Reading.mentions
    left: str
    word: str
    right: str


@dataclass(frozen=True)
class Note:
    """A role, fact or date of the entity's sentences, and its place in the text."""

    kind: str  # role, fact, date
    text: str
    span: Span


@dataclass(frozen=True)
class CardData:
    """The article's part of the card."""

    entity: int
    name: str
    label: str
    mentions: list[Kwic]
    strip: list[float]  # mentions per stretch of the article, top to bottom
    notes: list[Note] = field(default_factory=list)


@dataclass(frozen=True)
class LibraryPart:
    """The library's part: other articles that name the entity, and when."""

    hits: list[Hit]
    months: list[MonthCount]
    error: str = ""


def _flat(text: str) -> str:
    return safe_text(_SPACE.sub(" ", text))


def kwic(text: str, start: int, end: int, side: int = KWIC_SIDE) -> tuple[str, str, str]:
    """Left context (right-aligned to `side`), the mention, right context (cut to `side`)."""
    left = _flat(text[max(0, start - side * 2) : start])[-side:]
    right = _flat(text[end : end + side * 2])[:side]
    return left.rjust(side), _flat(text[start:end]), right


def sentence_spans(text: str, starts: list[int]) -> list[Span]:
    """The sentence around each offset (cut at . ! ? and line breaks)."""
    cuts = [m.end() for m in _BOUNDARY.finditer(text)]
    spans = []
    for s in starts:
        i = bisect_right(cuts, s)
        spans.append((cuts[i - 1] if i else 0, cuts[i] if i < len(cuts) else len(text)))
    return sorted(set(spans))


def _inside(span: Span, sentences: list[Span]) -> bool:
    return any(a <= span[0] < b for a, b in sentences)


def _notes(analysis: Analysis, entity: Entity, sentences: list[Span]) -> list[Note]:
    """Roles of the entity, then the facts and dates of its sentences, in text order."""
    roles, facts = [], []
    for f in analysis.facts:
        span = (f.start, f.end)
        concerns = entity.name in f.entities or entity.name in (f.person, f.organisation)
        if f.kind == "role" and (f.person or f.organisation):  # whose role it is, said
            concerns = entity.name in (f.person, f.organisation)
        if f.kind == "role" and concerns:
            who = f" · {f.organisation}" if f.organisation and f.organisation != entity.name else ""
            role = f"{f.role}{who}: " if f.role else ""
            roles.append(Note("role", _flat(role + f.text), span))
        elif concerns or _inside(span, sentences):
            facts.append(Note("fact", _flat(f"{f.kind}: {f.text}"), span))
    dates = [
        Note("date", _flat(f"{d.text} = {d.value}"), (d.start, d.end))
        for d in analysis.dates
        if _inside((d.start, d.end), sentences)
    ]
    return roles + sorted(facts + dates, key=lambda n: n.span)


def card_data(reading: Reading, entity: int, bins: int = STRIP_BINS) -> CardData:
    """The card of entity `entity` (an index into the analysis) in the reading."""
    analysis = reading.analysis
    assert analysis is not None
    e = analysis.entities[entity]
    text = reading.article.text
    own = reading.entity_mentions.get(entity, [])
    lines = []
    for i in own:
        m = reading.mentions[i][0]
        left, word, right = kwic(text, m.start, m.end)
        lines.append(Kwic(i, left, word, right))
    strip = [0.0] * bins
    for i in own:
        strip[min(bins - 1, reading.mentions[i][0].start * bins // max(1, len(text)))] += 1
    sentences = sentence_spans(text, [reading.mentions[i][0].start for i in own])
    notes = _notes(analysis, e, sentences)
    return CardData(entity, safe_text(e.name), e.label, lines, strip, notes)


def library_part(name: str, label: str, exclude: str, *, limit: int = CARD_HITS) -> LibraryPart:
    """Other articles of the library that name the entity, and its months; an unreadable
    library is a line on the card, never a traceback."""
    try:
        index = LibraryIndex()
        hits = index.search_entity(name, label, limit=limit, exclude=exclude or None)
        months = index.months(name, label)
    except Exception as error:  # a locked, damaged or missing library
        return LibraryPart([], [], f"{type(error).__name__}: {error}")
    return LibraryPart(hits, months)


def month_series(months: list[MonthCount]) -> tuple[list[float], str, str]:
    """Articles per month from the first month to the last, months without any as 0."""
    if not months:
        return [], "", ""
    counts = {m.month: m.articles for m in months}
    first, last = months[0].month, months[-1].month
    try:
        year, month = int(first[:4]), int(first[5:7])
        end = (int(last[:4]), int(last[5:7]))
    except ValueError:
        return [float(m.articles) for m in months], first, last
    series: list[float] = []
    while (year, month) <= end and len(series) < 1200:
        series.append(float(counts.get(f"{year:04d}-{month:02d}", 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return series, first, last
