"""Small spaCy components saved inside the shipped German pipeline.

The recogniser was trained on sentences without whitespace tokens, so on running
text it sometimes lets an entity swallow the line break after it ("OpenAI\\n\\n").
`limelight_trim_entities` trims whitespace tokens from entity edges and cuts an
entity at a line break: a name never runs across a paragraph.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span


def trimmed(span: Span) -> Span | None:
    """The span without edge whitespace and up to its first line break, or None."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].is_space:
        start += 1
    for i in range(start, end):
        if doc[i].is_space or "\n" in doc[i].text:
            end = i
            break
    while end > start and doc[end - 1].is_space:
        end -= 1
    if start == end:
        return None
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label)


@Language.component("limelight_trim_entities")
def trim_entities(doc: Doc) -> Doc:
    """Trim whitespace from entity edges; drop entities that were only whitespace."""
    spans = [s for s in (trimmed(ent) for ent in doc.ents) if s is not None]
    doc.ents = spans
    return doc
