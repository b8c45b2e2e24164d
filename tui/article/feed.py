"""News feeds (RSS 0.9x/1.0/2.0, Atom): a list of entries, each one an article to open.

feedparser does the parsing. Before it sees the bytes, defusedxml refuses documents
that declare entities or reference external ones, so an entity-expansion bomb or an
external-entity probe ends with a clear message instead of a hang.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from tui.article.errors import ArticleError
from tui.article.sanitize import sanitise

MAX_ENTRIES = 1000
MAX_CONTENT_CHARS = 1024 * 1024  # one entry's text; a whole book in a feed is cut
_FEED_SNIFF = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)


@dataclass(frozen=True)
class FeedEntry:
    title: str
    link: str
    published: date | None
    summary: str  # plain-text teaser
    content_html: str  # the full content when the feed carries it, else ""
    author: str = ""


@dataclass
class Feed:
    title: str
    link: str
    entries: list[FeedEntry] = field(default_factory=list)


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lstrip()
    return bool(_FEED_SNIFF.search(head)) and not head.lower().startswith(
        (b"<!doctype html", b"<html")
    )


def _refuse_dangerous_xml(data: bytes) -> None:
    from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (EntitiesForbidden, ExternalReferenceForbidden, DTDForbidden):
        raise ArticleError("the feed declares XML entities; refused for safety") from None
    except ParseError:
        pass  # not well-formed: feedparser's forgiving parser takes it (it expands no DTD entities)


def _text(value: str) -> str:
    """Feed fields may carry markup; the list shows plain, sanitised text."""
    without_tags = re.sub(r"<[^>]{0,2000}>", " ", value)
    import html

    return re.sub(r"\s+", " ", sanitise(html.unescape(without_tags))).strip()


def _date(entry: dict) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        try:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
        except ValueError:
            return None
    return None


def parse_feed(data: bytes, *, url: str = "") -> Feed:
    import feedparser

    _refuse_dangerous_xml(data)
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=bool(url))
    if not parsed.entries and parsed.get("bozo") and not parsed.feed.get("title"):
        raise ArticleError("not a feed that can be read")
    entries = []
    for entry in parsed.entries[:MAX_ENTRIES]:  # a feed of 100,000 entries is cut, not listed
        content = ""
        for item in entry.get("content", []) or []:
            if item.get("value"):
                content = item["value"]
                break
        link = str(entry.get("link", ""))
        entries.append(
            FeedEntry(
                title=_text(entry.get("title", "")) or "(untitled)",
                link=link if link.startswith(("http://", "https://")) else "",
                published=_date(entry),
                summary=_text(entry.get("summary", ""))[:500],
                content_html=(content or str(entry.get("summary", "")))[:MAX_CONTENT_CHARS],
                author=_text(entry.get("author", "")),
            )
        )
    return Feed(
        _text(parsed.feed.get("title", "")) or url or "feed",
        str(parsed.feed.get("link", "")),
        entries,
    )
