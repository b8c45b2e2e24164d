"""Markdown articles: structure from markdown-it-py's token stream.

Links inside the text become sources with the offset of their anchor text, so the
reader can walk citations; a "Sources"/"Quellen" heading marks the source list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from tui.article.builder import ArticleBuilder
from tui.article.dates import parse_date
from tui.article.model import Article, BlockKind
from tui.article.plaintext import _DATE_LABEL, _SOURCES_HEADING, _is_boilerplate

_FRONT_MATTER = re.compile(r"\A---\n(?P<body>.*?)\n(?:---|\.\.\.)\n", re.DOTALL)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)\s*:\s*(?P<value>.*)$", re.MULTILINE)


@dataclass
class _Inline:
    text: str
    links: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, href


def _render_inline(token: Token) -> _Inline:
    out: list[str] = []
    length = 0
    links: list[tuple[int, int, str]] = []
    open_links: list[tuple[int, str]] = []
    for child in token.children or []:
        piece = ""
        if child.type in ("text", "code_inline"):
            piece = child.content
        elif child.type in ("softbreak", "hardbreak"):
            piece = " "
        elif child.type == "image":
            piece = child.content or ""
        elif child.type == "link_open":
            open_links.append((length, str(child.attrs.get("href", ""))))
        elif child.type == "link_close" and open_links:
            start, href = open_links.pop()
            if href.startswith(("http://", "https://")):
                links.append((start, length, href))
        if piece:
            out.append(piece)
            length += len(piece)
    return _Inline("".join(out), links)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields = {
        m.group("key").lower(): m.group("value").strip().strip("\"'")
        for m in _FIELD.finditer(match.group("body"))
    }
    return fields, text[match.end() :]


def parse_markdown(text: str) -> Article:
    """Build an `Article` from sanitised Markdown source."""
    meta, body = _front_matter(text)
    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    builder = ArticleBuilder()
    title = meta.get("title", "")
    if title and _first_h1(tokens) != title:
        builder.add(BlockKind.TITLE, title)
    elif title:
        title = ""  # the document's own H1 repeats it and becomes the title block
    published = parse_date(meta["date"]) if meta.get("date") else None
    author = meta.get("author", "")

    containers: list[str] = []
    heading_level = 0
    sources_level = 0  # heading level of the open sources section, 0 if none
    row: list[str] = []
    seen_paragraph = False
    for index, token in enumerate(tokens):
        if token.nesting == 1 and token.type in (
            "bullet_list_open",
            "ordered_list_open",
            "blockquote_open",
        ):
            containers.append(token.type)
        elif token.nesting == -1 and token.type in (
            "bullet_list_close",
            "ordered_list_close",
            "blockquote_close",
        ):
            containers.pop()
        elif token.type == "heading_open":
            heading_level = int(token.tag[1:])
        elif token.type == "heading_close":
            heading_level = 0
        elif token.type in ("fence", "code_block"):
            builder.add(BlockKind.CODE, token.content.rstrip("\n"))
        elif token.type == "tr_close" and row:
            builder.add(BlockKind.PARAGRAPH, " · ".join(row))
            row = []
        elif token.type == "inline":
            inline = _render_inline(token)
            line = inline.text.strip()
            if not line:
                continue
            if index and tokens[index - 1].type in ("th_open", "td_open"):
                row.append(line)
                continue
            if heading_level:
                if sources_level and heading_level <= sources_level:
                    sources_level = 0
                if not title and heading_level == 1:
                    title = line
                    builder.add(BlockKind.TITLE, line)
                    continue
                if _SOURCES_HEADING.match(line):
                    sources_level = heading_level
                    builder.add(BlockKind.HEADING, line, level=heading_level, in_sources=True)
                    continue
                kind = (
                    BlockKind.HEADING
                    if seen_paragraph or heading_level <= 2
                    else BlockKind.SUBTITLE
                )
                builder.add(kind, line, level=heading_level)
                continue
            date_label = _DATE_LABEL.match(line) if published is None and len(line) < 60 else None
            if date_label and parse_date(date_label.group("rest")):
                published = parse_date(date_label.group("rest"))
                builder.add(BlockKind.META, line)
                continue
            if not title:
                title = line
                builder.add(BlockKind.TITLE, line)
                continue
            in_list = any(c.endswith("list_open") for c in containers)
            if "blockquote_open" in containers:
                kind = BlockKind.QUOTE
            elif in_list:
                kind = BlockKind.LIST_ITEM
            else:
                kind = BlockKind.PARAGRAPH
                seen_paragraph = True
            depth = sum(1 for c in containers if c.endswith("list_open"))
            block = builder.add(
                kind,
                line,
                level=depth,
                in_sources=bool(sources_level),
                boilerplate=_is_boilerplate(line),
            )
            lead = len(inline.text) - len(inline.text.lstrip())
            for start, end, href in inline.links:
                anchor = line[start - lead : end - lead]
                if sources_level:
                    label = line.split(":", 1)[0] if ":" in line else anchor
                    builder.add_source(label.strip() or href, href, block.start, block.end)
                else:
                    begin = block.start + start - lead
                    builder.add_source(anchor or href, href, begin, begin + len(anchor))
    if not title and builder.blocks:
        title = builder.text[builder.blocks[0].start : builder.blocks[0].end]
    return Article(
        text=builder.text,
        blocks=builder.blocks,
        title=title,
        published=published,
        sources=builder.sources,
        format="markdown",
        author=author,
    )


def _first_h1(tokens: list[Token]) -> str | None:
    for index, token in enumerate(tokens[:-1]):
        if token.type == "heading_open" and token.tag == "h1":
            return _render_inline(tokens[index + 1]).text.strip()
    return None
