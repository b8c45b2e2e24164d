"""Quoted passages and who is quoted.

A quote becomes a fact only when the text names its speaker: an attribution in the same
sentence ("Sam Altman sagt der NYT, dass … „frühe große Wette“") or a name followed by a
colon right before the quote ("Altman: „…“"). Single quoted words are usually names or
scare quotes, so a quote needs at least two words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

QUOTE_RE = re.compile(
    r"„(?P<a>[^“”\"„]{3,800})[“”\"]"
    r"|“(?P<b>[^“”\"]{3,800})”"
    r"|»(?P<c>[^«»]{3,800})«"
    r"|«(?P<d>[^«»]{3,800})»"
    r"|\"(?P<e>[^\"\n]{3,800})\""
)


@dataclass(frozen=True)
class Quote:
    start: int  # including the quotation marks
    end: int
    inner: str


def find_quotes(text: str) -> list[Quote]:
    """Quoted passages of two words or more."""
    quotes = []
    for m in QUOTE_RE.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        if len(inner.split()) < 2:
            continue
        quotes.append(Quote(m.start(), m.end(), inner))
    return quotes
