"""One key per entity across articles, and FTS5 queries made from a reader's words.

Inside an article the analysis already folds "Altmans" into "Sam Altman"; across
articles each keeps the canonical name it wrote ("die Deutsche Bahn", "der Deutschen
Bahn", "Erdoğan", "Altman's"). The key folds what differs between articles but not
between entities: case, diacritics, a leading article, a possessive, the declension
ending of a German adjective in an organisation's or a place's name. A genitive -s
("Merkels") is not folded here, since "Hans" is no genitive: the index folds it only
when the library already knows the bare name (tui/store/index.py).

Plain Python: the store has no spaCy, and the reader calls this before the first paint.
"""

from __future__ import annotations

import re
import unicodedata

_DETERMINERS = frozenset(
    ["the", "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines"]
)
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_POSSESSIVE = re.compile(r"(?:'s|')$")
_ADJECTIVE_ENDING = re.compile(r"(?<=[a-zß])(?:e|en|er|es|em)$")
_WORD = re.compile(r"\w+")


def _fold(text: str) -> str:
    """Casefolded, without diacritics ("Erdoğan" → "erdogan"), apostrophes as '."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("`", "'")
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def entity_key(name: str, label: str = "") -> str:
    """The cross-article key of a canonical name ("" when nothing nameable is left).

    >>> entity_key("der Deutschen Bahn", "ORG") == entity_key("Deutsche Bahn", "ORG")
    True
    >>> entity_key("Altman's", "PER")
    'altman'
    """
    text = _EDGE.sub("", _fold(name))
    words = text.split()
    while len(words) > 1 and words[0] in _DETERMINERS:
        words = words[1:]
    if not words:
        return ""
    last = _POSSESSIVE.sub("", words[-1])
    words[-1] = last if len(last) >= 2 else words[-1]
    if label != "PER" and len(words) > 1:
        words = [*(_ADJECTIVE_ENDING.sub("", w) for w in words[:-1]), words[-1]]
    return " ".join(words)


def match_query(text: str) -> str | None:
    """An FTS5 query that finds the reader's words, whatever they typed.

    Every word becomes a quoted string, so `"`, `(`, `*`, `-`, `NEAR`, `OR`, `AND`, `NOT`
    and `:` are never FTS5 syntax: operators are searched as the words they are, and
    punctuation (which the tokenizer drops from the text too) is left out. All words must
    occur. None when no word is left ("?!", "***"): there is nothing to search for.
    """
    words = _WORD.findall(unicodedata.normalize("NFKC", text))
    if not words:
        return None
    return " ".join(f'"{w}"' for w in words[:64])


def query_words(text: str) -> list[str]:
    """The folded words of a query, to count them in a text (mentions of a search hit)."""
    return [_fold(w) for w in _WORD.findall(unicodedata.normalize("NFKC", text))]
