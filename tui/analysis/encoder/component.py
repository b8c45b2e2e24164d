"""The spaCy component that sets `doc.ents` from the exported encoder.

It replaces the `ner` component only; everything after it (trimming, country names,
document consistency, labels, dates, facts) reads `doc.ents` as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from tui.analysis.encoder.runtime import EncoderTagger, decode_bio

FACTORY = "limelight_encoder_ner"


class EncoderNer:
    """Tags each sentence's words (whitespace tokens left out) and sets the entities.

    `pipe` tags the sentences of a whole batch of docs together: one-sentence docs (an
    evaluation, a list of titles) then share model calls instead of one call each.
    """

    def __init__(self, tagger: EncoderTagger) -> None:
        self.tagger = tagger

    def __call__(self, doc: Doc) -> Doc:
        return self._annotate([doc])[0]

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            yield from self._annotate(list(batch))

    def _annotate(self, docs: list[Doc]) -> list[Doc]:
        sentences: list[tuple[int, list[int]]] = []  # (doc, token indices without whitespace)
        for d, doc in enumerate(docs):
            parts = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
            for sent in parts:
                tokens = [t.i for t in sent if not t.is_space and t.text.strip()]
                if tokens:
                    sentences.append((d, tokens))
        tags = self.tagger.tag([[docs[d][i].text for i in tokens] for d, tokens in sentences])
        ents: list[list[Span]] = [[] for _ in docs]
        for (d, tokens), sent_tags in zip(sentences, tags, strict=True):
            doc = docs[d]
            for start, end, label in decode_bio(sent_tags):
                # spans never cross the whitespace tokens that were left out
                begin = tokens[start]
                for k in range(start + 1, end + 1):
                    if k == end or tokens[k] != tokens[k - 1] + 1:
                        ents[d].append(Span(doc, begin, tokens[k - 1] + 1, label=label))
                        if k < end:
                            begin = tokens[k]
        for doc, doc_ents in zip(docs, ents, strict=True):
            doc.ents = doc_ents
        return docs


@Language.factory(FACTORY, default_config={"path": "", "threads": 1})
def make_encoder_ner(nlp: Language, name: str, path: str, threads: int) -> EncoderNer:
    return EncoderNer(EncoderTagger(Path(path), threads=threads))
