"""Assemble an article's flat text block by block, recording each block's offsets."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from tui.article.model import Block, BlockKind, Source

BLOCK_SEPARATOR = "\n\n"


def outlet_of(url: str) -> str:
    """The site a URL belongs to, as readers name it: `nytimes.com` for www.nytimes.com."""
    host = (urlsplit(url).hostname or "").lower()
    for prefix in ("www.", "m.", "amp."):
        if host.startswith(prefix):
            host = host[len(prefix) :]
    return host


@dataclass
class ArticleBuilder:
    parts: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    length: int = 0

    def add(
        self,
        kind: BlockKind,
        text: str,
        *,
        level: int = 0,
        boilerplate: bool = False,
        in_sources: bool = False,
    ) -> Block:
        if self.parts:
            self.parts.append(BLOCK_SEPARATOR)
            self.length += len(BLOCK_SEPARATOR)
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        block = Block(kind, start, self.length, level, boilerplate, in_sources)
        self.blocks.append(block)
        return block

    @property
    def next_offset(self) -> int:
        """Offset at which the next added block's text will start."""
        return self.length + (len(BLOCK_SEPARATOR) if self.parts else 0)

    def add_source(self, label: str, url: str, start: int = -1, end: int = -1) -> None:
        self.sources.append(Source(label, url, outlet_of(url), start, end))

    @property
    def text(self) -> str:
        return "".join(self.parts)
