"""A folder of articles as a list: listing is instant, details are read on demand.

`scan` only stats files, so a folder of thousands lists at once; `peek` reads the
first few kilobytes of one file for its title, date and language, cheaply enough to
run for the rows on screen.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tui.article.dates import parse_date
from tui.article.decode import decode
from tui.article.errors import ArticleError
from tui.article.language import detect_language
from tui.article.sanitize import sanitise

ARTICLE_SUFFIXES = frozenset(
    {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".rss", ".atom", ".xml"}
)
_NOT_ARTICLES = ("README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING", "NOTICE")
PEEK_BYTES = 8192

_HTML_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_HTML_DATE = re.compile(
    r"(?:article:published_time|datePublished|pubdate)[\"']?\s*(?:content=|:)\s*[\"']([0-9]{4}-[0-9]{2}-[0-9]{2})",
    re.IGNORECASE,
)
_TEXT_DATE = re.compile(
    r"^(?:freigegeben|veröffentlicht|published|date)\s*:?\s*\n?\s*(.+)$",
    re.IGNORECASE | re.MULTILINE,
)
_FRONT_DATE = re.compile(r"^date:\s*[\"']?([^\"'\n]+)", re.MULTILINE)
_FRONT_TITLE = re.compile(r"^title:\s*[\"']?([^\"'\n]+)", re.MULTILINE)


@dataclass(frozen=True)
class LibraryEntry:
    path: Path
    size: int
    modified: float


@dataclass(frozen=True)
class Peek:
    title: str
    published: date | None
    language: str


def scan(folder: str | os.PathLike[str]) -> list[LibraryEntry]:
    """Article files directly in `folder`, by name; raises ArticleError if it cannot be listed."""
    directory = Path(folder)
    try:
        with os.scandir(directory) as items:
            entries = []
            for item in items:
                if (
                    item.name.startswith(".")
                    or item.name.upper().startswith(_NOT_ARTICLES)
                    or Path(item.name).suffix.lower() not in ARTICLE_SUFFIXES
                ):
                    continue
                try:
                    if not item.is_file():
                        continue
                    info = item.stat()
                except OSError:
                    continue
                entries.append(LibraryEntry(Path(item.path), info.st_size, info.st_mtime))
    except FileNotFoundError:
        raise ArticleError(f"{directory}: no such folder") from None
    except NotADirectoryError:
        raise ArticleError(f"{directory}: not a folder") from None
    except OSError as exc:
        raise ArticleError(f"{directory}: {exc.strerror or exc}") from None
    entries.sort(key=lambda e: e.path.name.lower())
    return entries


def peek(path: Path) -> Peek:
    """Title, date and language from the head of a file; never raises."""
    try:
        with path.open("rb") as handle:
            head = handle.read(PEEK_BYTES)
        text, _ = decode(head)
    except (OSError, ArticleError):
        return Peek(path.name, None, "und")
    text = sanitise(text)
    suffix = path.suffix.lower()
    title = ""
    published: date | None = None
    if suffix in (".html", ".htm", ".xhtml", ".rss", ".atom", ".xml"):
        match = _HTML_TITLE.search(text)
        title = re.sub(r"<[^>]+>|\s+", " ", match.group(1)).strip() if match else ""
        if found := _HTML_DATE.search(text):
            published = parse_date(found.group(1))
        body = re.sub(r"<[^>]+>", " ", text)
    else:
        body = text
        if text.startswith("---"):
            if found := _FRONT_TITLE.search(text):
                title = found.group(1).strip()
            if found := _FRONT_DATE.search(text):
                published = parse_date(found.group(1))
        if not title:
            title = next(
                (line.strip().lstrip("# ").strip() for line in text.splitlines() if line.strip()),
                "",
            )
        if published is None and (found := _TEXT_DATE.search(text)):
            published = parse_date(found.group(1).strip() or "")
            if published is None:
                following = text[found.end() :].lstrip().split("\n", 1)[0]
                published = parse_date(following)
    return Peek(title[:200] or path.name, published, detect_language(body))
