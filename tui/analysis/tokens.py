"""The words of a Doc, read from its arrays: iterating a Doc makes a Token object of
every word, which costs a long article's analysis tenths of a second."""

from __future__ import annotations

from spacy.tokens import Doc

_TEXT_KEY = "limelight_text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once from the arrays and kept in `doc.user_data`: `Doc.text`
    makes a Token object of every word each time it is read."""
    cached = doc.user_data.get(_TEXT_KEY)
    if isinstance(cached, str):
        return cached
    words = doc_words(doc)
    spaces = doc.to_array("SPACY").tolist() if len(doc) else []
    text = "".join(w + " " if sp else w for w, sp in zip(words, spaces, strict=True))
    doc.user_data[_TEXT_KEY] = text
    return text


def doc_words(doc: Doc) -> list[str]:
    """The text of every token of `doc`, in order."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    return [strings[orth] for orth in doc.to_array("ORTH").tolist()]


def lower_words(doc: Doc) -> set[str]:
    """The lower-case forms of the words of `doc`."""
    if not len(doc):
        return set()
    strings = doc.vocab.strings
    return {strings[lower] for lower in set(doc.to_array("LOWER").tolist())}
