"""Saved web pages: trafilatura finds the article, we keep its structure and links.

trafilatura's XML output already separates headings, paragraphs, lists and quotes
and keeps links as `<ref target=…>`; reading that is simpler and safer than walking
the page's own HTML. The XML is parsed with defusedxml because its text comes from
the page.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from defusedxml import ElementTree

from tui.article.builder import ArticleBuilder
from tui.article.dates import parse_date
from tui.article.errors import ArticleError
from tui.article.model import Article, BlockKind
from tui.article.plaintext import _SOURCES_HEADING, _is_boilerplate
from tui.article.sanitize import sanitise

_SPACES = re.compile(r"\s+")
_HEAD_LEVEL = re.compile(r"h(\d)")


def _clean(text: str) -> str:
    return _SPACES.sub(" ", sanitise(text)).strip()


def _inline(element: Element) -> tuple[str, list[tuple[int, int, str]]]:
    """Flatten an element's text, recording where each link's anchor text lands."""
    parts: list[str] = []
    links: list[tuple[int, int, str]] = []
    length = 0

    def add(text: str | None) -> None:
        nonlocal length
        if text:
            piece = _SPACES.sub(" ", sanitise(text))
            parts.append(piece)
            length += len(piece)

    def walk(node: Element) -> None:
        nonlocal length
        if node.tag == "lb":
            add(" ")
        start = length
        add(node.text)
        for child in node:
            walk(child)
            add(child.tail)
        target = node.get("target", "")
        if node.tag == "ref" and target.startswith(("http://", "https://")) and length > start:
            links.append((start, length, target))

    add(element.text)
    for child in element:
        walk(child)
        add(child.tail)
    raw = "".join(parts)
    stripped = raw.strip()
    lead = len(raw) - len(raw.lstrip())
    shifted = [
        (max(0, s - lead), min(len(stripped), e - lead), url)
        for s, e, url in links
        if e - lead > 0 and s - lead < len(stripped)
    ]
    return stripped, shifted


def parse_html(data: bytes | str, *, url: str = "") -> Article:
    """Extract the article from an HTML page (bytes: encoding detected from the page)."""
    import trafilatura

    xml = trafilatura.extract(
        data,
        url=url or None,
        output_format="xml",
        include_links=True,
        include_tables=True,
        include_comments=False,
        with_metadata=True,
        deduplicate=False,
    )
    if not xml:
        raise ArticleError("no article text found in this page")
    try:
        root = ElementTree.fromstring(xml)
    except Exception as exc:  # defusedxml raises several types; all mean the same here
        raise ArticleError(
            f"could not read the extracted page ({exc.__class__.__name__})"
        ) from None
    title = _clean(root.get("title", ""))
    main = root.find("main")
    if title:
        shown = " ".join(main.itertext()) if main is not None else ""
        title = _headline(title, data, shown)
    builder = ArticleBuilder()
    if title:
        builder.add(BlockKind.TITLE, title)
    in_sources = False
    for element in main if main is not None else []:
        in_sources = _add_element(builder, element, title, in_sources)
    if not builder.blocks or all(b.kind is BlockKind.TITLE for b in builder.blocks):
        raise ArticleError("no article text found in this page")
    return Article(
        text=builder.text,
        blocks=builder.blocks,
        title=title or builder.text[builder.blocks[0].start : builder.blocks[0].end],
        published=parse_date(root.get("date", "")) if root.get("date") else None,
        sources=builder.sources,
        format="html",
        author=_clean(root.get("author", "")),
        path=url,
    )


_INVISIBLE = re.compile(
    r"<(script|style|noscript|template|head|svg)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S
)
_TAG = re.compile(r"<[^>]*>")
_META = re.compile(r"<meta\b[^>]*>", re.I)
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_TITLE_TAG = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.I | re.S)
_SITE_SEPARATOR = re.compile(r"\s+[|\-–—·:]{1,2}\s+")


def _fold(text: str) -> str:
    import html

    return _SPACES.sub(" ", html.unescape(text)).strip().casefold()


def _headline(title: str, data: bytes | str, shown: str) -> str:
    """The extracted title unless it appears nowhere in the page's visible text and
    og:title, twitter:title, <title> or the first <h1> does: a publishing system's
    placeholder in the JSON-LD `headline` ("escenic") must not name the story."""
    if _fold(title) in _fold(shown):
        return title
    if isinstance(data, bytes):
        from tui.article.decode import decode

        try:
            page, _ = decode(data)
        except ArticleError:
            return title
    else:
        page = data
    visible = _fold(_TAG.sub(" ", _INVISIBLE.sub(" ", page)))
    if _fold(title) in visible:
        return title
    candidates: list[str] = []
    for meta in _META.finditer(page[:200_000]):
        attributes = {k.lower(): a or b for k, a, b in _ATTRIBUTE.findall(meta.group(0))}
        if (attributes.get("property") or attributes.get("name", "")).lower() in (
            "og:title",
            "twitter:title",
        ):
            candidates.append(attributes.get("content", ""))
    candidates += _TITLE_TAG.findall(page[:200_000])[:1]
    candidates += [_TAG.sub(" ", h1) for h1 in _H1.findall(page)[:1]]
    for candidate in candidates:
        parts = [candidate, *sorted(_SITE_SEPARATOR.split(candidate), key=len, reverse=True)]
        for part in parts:
            folded = _fold(part)
            if len(folded) >= 8 and folded in visible:
                return _clean(_fold_keep_case(part))
    return title


def _fold_keep_case(text: str) -> str:
    import html

    return _SPACES.sub(" ", html.unescape(text)).strip()


def _add_element(builder: ArticleBuilder, element: Element, title: str, in_sources: bool) -> bool:
    """Append one top-level element's blocks; returns whether the source list is open."""
    tag = element.tag
    if tag == "head":
        text, _ = _inline(element)
        if not text or (text == title and len(builder.blocks) == 1):
            return in_sources
        level_match = _HEAD_LEVEL.fullmatch(element.get("rend", "h2"))
        level = int(level_match.group(1)) if level_match else 2
        if not title and not builder.blocks:
            builder.add(BlockKind.TITLE, text)
            return False
        sources = bool(_SOURCES_HEADING.match(text))
        builder.add(BlockKind.HEADING, text, level=level, in_sources=sources)
        return sources
    if tag == "list":
        for item in element.iter("item"):
            _add_text(builder, item, BlockKind.LIST_ITEM, in_sources)
    elif tag == "quote":
        _add_text(builder, element, BlockKind.QUOTE, in_sources)
    elif tag == "code":
        text = sanitise("".join(element.itertext())).strip("\n")
        if text.strip():
            builder.add(BlockKind.CODE, text)
    elif tag == "table":
        for row in element.iter("row"):
            cells = [_inline(cell)[0] for cell in row.iter("cell")]
            line = " · ".join(c for c in cells if c)
            if line:
                builder.add(BlockKind.PARAGRAPH, line)
    else:
        _add_text(builder, element, BlockKind.PARAGRAPH, in_sources)
    return in_sources


def _add_text(builder: ArticleBuilder, element: Element, kind: BlockKind, in_sources: bool) -> None:
    text, links = _inline(element)
    if not text:
        return
    block = builder.add(kind, text, in_sources=in_sources, boilerplate=_is_boilerplate(text))
    for start, end, url in links:
        if in_sources:
            label = text.split(":", 1)[0].strip() if ":" in text else text[start:end]
            builder.add_source(label or url, url, block.start, block.end)
        else:
            builder.add_source(text[start:end], url, block.start + start, block.start + end)
