"""Recover the structure of a plain-text article: title, date line, headings, sources.

Plain text carries structure only in its layout, so this reads it the way a person
does: the first line is the title, a short line without final punctuation between
paragraphs is a heading, a "Quellen"/"Sources" heading starts the list of sources,
and familiar page furniture (podcast prompts, empty category lists, closing calls
to action) is flagged as boilerplate rather than removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tui.article.builder import ArticleBuilder
from tui.article.dates import parse_date
from tui.article.model import Article, BlockKind

_DATE_LABEL = re.compile(
    r"^(?:freigegeben|veröffentlicht|publiziert|datum|stand|published|posted|updated|date)"
    r"\s*(?:am|on)?\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# a news dateline that opens the first paragraph: "Wien (Österreich), 20.05.2019 – Die ..."
_DATELINE = re.compile(r"^[^\n–—]{1,80}?,\s+(?P<date>[^,–—\n]{6,24}?(?:,\s*\d{4})?)\s+[–—-]\s+\S")
_SOURCES_HEADING = re.compile(
    r"^(?:quellen|quelle|quellenangaben|sources|source|references|referenzen|literatur|"
    r"einzelnachweise|weblinks|links|further reading)\s*:?$",
    re.IGNORECASE,
)
_SOURCE_LINE = re.compile(
    r"^(?:[-*•]\s+|\d+[.)]\s+|\[\d+\]\s*)?(?:(?P<label>.+?)\s*[:–—-]\s+)?<?(?P<url>https?://\S+?)>?\s*$"
)
_LIST_ITEM = re.compile(r"^(?:[-*•]|\d{1,3}[.)])\s+\S")
_QUOTE = re.compile(r"^>\s?")
_URL = re.compile(r"https?://[^\s<>\"]+")

_BOILERPLATE = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"^(?:kategorien|categories|schlagwörter|tags)\s*:?$",
        r"^no items found\.?$",
        r"^keine (?:einträge|elemente) gefunden\.?$",
        r"\bals podcast anhören\b",
        r"^(?:artikel|beitrag) (?:jetzt )?(?:vorlesen|anhören)",
        r"^listen to (?:this|the) (?:article|story)",
        r"^(?:jetzt )?(?:teilen|share)(?: this| diesen artikel)?\s*:?$",
        r"\bnewsletter\b.*\b(?:abonnieren|subscribe|anmelden|sign up)\b",
        r"^(?:subscribe|abonnieren|sign up|jetzt registrieren)\b",
        r"\b(?:wie können wir ihnen|how can we help you)\b",
        r"\bfreut sich darauf, ihnen zu helfen\b",
        r"^(?:kontaktieren sie uns|contact us)\b",
        r"^(?:mehr zum thema|read more|related articles|weitere artikel)\s*:?$",
        r"^(?:advertisement|anzeige|werbung)$",
    )
)
_FINAL_PUNCTUATION = '.!?:;,…"“”»«)'


def _is_boilerplate(line: str) -> bool:
    return any(pattern.search(line) for pattern in _BOILERPLATE)


def _looks_like_heading(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= 14
        and len(line) <= 100
        and line[-1] not in _FINAL_PUNCTUATION
        and not _LIST_ITEM.match(line)
        and not _URL.search(line)
    )


def _is_hard_wrapped(lines: list[str]) -> bool:
    """A paragraph broken at a fixed width: every line but the last is long."""
    return len(lines) > 1 and all(len(line) >= 40 for line in lines[:-1])


@dataclass
class _Unit:
    """A line or hard-wrapped paragraph, with the blank-line structure around it."""

    text: str
    starts_group: bool  # preceded by a blank line (or the start of the file)
    ends_group: bool  # followed by a blank line (or the end of the file)


def _units(text: str) -> list[_Unit]:
    units: list[_Unit] = []
    for group in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in group.split("\n") if line.strip()]
        if not lines:
            continue
        if _is_hard_wrapped(lines) and not any(_LIST_ITEM.match(line) for line in lines[1:]):
            units.append(_Unit(" ".join(lines), True, True))
            continue
        for i, line in enumerate(lines):
            units.append(_Unit(line, i == 0, i == len(lines) - 1))
    return units


def _dateline(line: str) -> date | None:
    """The date of a dateline ("Berlin, 20.05.2019 – …"): the article's own date when
    it has no "Veröffentlicht:" line, so nothing in it is read against another day."""
    match = _DATELINE.match(line)
    return parse_date(match.group("date")) if match else None


def parse_plain_text(text: str) -> Article:
    """Build an `Article` from sanitised plain text."""
    units = _units(text)
    builder = ArticleBuilder()
    title = ""
    published = None
    in_sources = False
    after_sources = False
    seen_paragraph = False
    i = 0
    while i < len(units):
        unit = units[i]
        line = unit.text
        following = units[i + 1] if i + 1 < len(units) else None
        if not title:
            title = line
            builder.add(BlockKind.TITLE, line)
            i += 1
            continue
        date_label = _DATE_LABEL.match(line) if published is None and len(line) < 60 else None
        if date_label:
            rest = date_label.group("rest").strip()
            found = parse_date(rest) if rest else None
            if found is None and not rest and following and parse_date(following.text):
                found = parse_date(following.text)
                line = f"{line} {following.text}"
                i += 1
            if found is not None:
                published = found
                builder.add(BlockKind.META, line)
                i += 1
                continue
        if _SOURCES_HEADING.match(line) and following and _SOURCE_LINE.match(following.text):
            in_sources = True
            builder.add(BlockKind.HEADING, line, level=2, in_sources=True)
            i += 1
            continue
        if in_sources:
            source = _SOURCE_LINE.match(line)
            if source:
                url = source.group("url").rstrip(".,;)")
                label = (source.group("label") or "").strip(" -*•")
                block = builder.add(BlockKind.LIST_ITEM, line, in_sources=True)
                builder.add_source(label or url, url, block.start, block.end)
                i += 1
                continue
            in_sources = False
            after_sources = True
        if after_sources or _is_boilerplate(line):
            # page furniture after the source list is the site's, not the article's
            builder.add(BlockKind.PARAGRAPH, line, boilerplate=True)
            i += 1
            continue
        if _QUOTE.match(line):
            builder.add(BlockKind.QUOTE, _QUOTE.sub("", line))
        elif _LIST_ITEM.match(line):
            builder.add(BlockKind.LIST_ITEM, line)
        elif (
            unit.starts_group
            and unit.ends_group
            and _looks_like_heading(line)
            and following is not None
            and not _looks_like_heading(following.text)
        ):
            # a heading before any body paragraph is the article's subtitle (dek)
            kind = BlockKind.HEADING if seen_paragraph else BlockKind.SUBTITLE
            builder.add(kind, line, level=2)
        else:
            if published is None and not seen_paragraph:
                published = _dateline(line)
            builder.add(BlockKind.PARAGRAPH, line)
            seen_paragraph = True
        i += 1
    return Article(
        text=builder.text,
        blocks=builder.blocks,
        title=title,
        published=published,
        sources=builder.sources,
        format="text",
    )
