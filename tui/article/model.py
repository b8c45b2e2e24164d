"""The article as the rest of Limelight sees it: flat text plus structure by offsets.

Every offset is a character index into `Article.text`, so analysis results and the
reader can point at the same places without re-deriving layout.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class BlockKind(StrEnum):
    TITLE = "title"
    SUBTITLE = "subtitle"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    CODE = "code"
    META = "meta"  # date lines, bylines: shown, not analysed as prose


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    start: int
    end: int
    level: int = 0  # heading level (1 = section) or list depth
    boilerplate: bool = False
    in_sources: bool = False  # part of the article's list of sources

    @property
    def analysable(self) -> bool:
        """Prose worth running NLP on: not boilerplate, metadata or the source list."""
        return not (
            self.boilerplate or self.in_sources or self.kind in (BlockKind.META, BlockKind.CODE)
        )

    def text(self, article_text: str) -> str:
        return article_text[self.start : self.end]


@dataclass(frozen=True)
class Source:
    """An entry of the article's source list, or a link inside its text."""

    label: str
    url: str
    outlet: str
    start: int = -1  # where the entry itself stands in the text, -1 if nowhere
    end: int = -1


@dataclass(frozen=True)
class Section:
    title: str
    start: int  # offset of the heading
    end: int  # offset where the next section (or the body) ends


@dataclass
class Article:
    text: str
    blocks: list[Block]
    title: str = ""
    published: date | None = None
    language: str = "und"
    sources: list[Source] = field(default_factory=list)
    path: str = ""
    format: str = "text"
    author: str = ""

    @property
    def sections(self) -> list[Section]:
        """Body sections: each heading up to the last prose block before the next one."""
        sections: list[Section] = []
        heading: Block | None = None
        content_end = 0
        for block in self.blocks:
            if not block.analysable or block.kind is BlockKind.TITLE:
                continue
            if block.kind is BlockKind.HEADING:
                if heading is not None:
                    sections.append(
                        Section(self.text[heading.start : heading.end], heading.start, content_end)
                    )
                heading = block
            content_end = block.end
        if heading is not None:
            sections.append(
                Section(self.text[heading.start : heading.end], heading.start, content_end)
            )
        return sections

    def analysable_blocks(self) -> list[Block]:
        """Blocks whose prose is worth running NLP on."""
        return [b for b in self.blocks if b.analysable and b.end > b.start]
