"""The spaCy component that sets `doc.ents` from the exported encoder.

It replaces the `ner` component only; everything after it (trimming, country names,
document consistency, labels, dates, facts) reads `doc.ents` as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from tui.analysis.encoder.runtime import EncoderTagger, decode_bio

FACTORY = "limelight_encoder_ner"


class EncoderNer:
    """Tags each sentence's words (whitespace tokens left out) and sets the entities."""

    def __init__(self, tagger: EncoderTagger) -> None:
        self.tagger = tagger

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for doc in docs:
            yield self._annotate(doc)

    def _annotate(self, doc: Doc) -> Doc:
        sentences: list[list[int]] = []  # token indices, whitespace left out
        parts = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
        for sent in parts:
            tokens = [t.i for t in sent if not t.is_space and t.text.strip()]
            if tokens:
                sentences.append(tokens)
        tags = self.tagger.tag([[doc[i].text for i in s] for s in sentences])
        ents: list[Span] = []
        for tokens, sent_tags in zip(sentences, tags, strict=True):
            for start, end, label in decode_bio(sent_tags):
                # spans never cross the whitespace tokens that were left out
                begin = tokens[start]
                for k in range(start + 1, end + 1):
                    if k == end or tokens[k] != tokens[k - 1] + 1:
                        ents.append(Span(doc, begin, tokens[k - 1] + 1, label=label))
                        if k < end:
                            begin = tokens[k]
        doc.ents = ents
        return doc


@Language.factory(FACTORY, default_config={"path": "", "threads": 1})
def make_encoder_ner(nlp: Language, name: str, path: str, threads: int) -> EncoderNer:
    return EncoderNer(EncoderTagger(Path(path), threads=threads))
