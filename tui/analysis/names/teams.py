"""Teams named by a town and an English nickname, as German sport writes them.

Ice hockey and basketball clubs are called "Kassel Huskies", "Ravensburg Towerstars",
"Starbulls Rosenheim" or "Blue Devils Weiden": the model sees a town and a word it does
not know, and marks the town alone (a place) or the pair as a place or a person.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from tui.analysis.names.index import NameIndex
from tui.analysis.names.patterns import covered_tokens, replace_overlapping


def is_nickname(word: str, index: NameIndex) -> bool:
    """ "Huskies", "Towerstars", "Devils": an English plural no German lexicon, name list
    or title knows (not "Müllers", "Irans", "Tigers" as a German genitive)."""
    if (
        len(word) < 4
        or not word.endswith("s")
        or not word[0].isupper()
        or not word[1:].islower()
        or not word.isalpha()
        or word.endswith(("ss", "us", "is"))
    ):
        return False
    stem = word[:-1]
    if index.is_common_noun(word) or index.is_common_noun(stem) or index.is_title(stem):
        return False
    entry = index.find(word)
    if entry is not None:
        return entry.label == "ORG" and entry.source == "list"  # "Devils", "Steelers"
    if index.get(stem) is not None:
        return False
    names = (word, stem)
    return not any(index.is_surname(n) or index.is_given_name(n) for n in names)


def _is_town(text: str, index: NameIndex) -> bool:
    """A town's name that is no first name ("Virginia Guiffres" is a woman's)."""
    entry = index.get(text)
    return (
        entry is not None
        and entry.label == "LOC"
        and entry.source in ("city", "corpus")
        and "given" not in entry.flags
    )


def _is_english_word(word: str, index: NameIndex) -> bool:
    """ "Blue" in "Blue Devils": a capitalised word German does not know."""
    return (
        word[:1].isupper()
        and word[1:].islower()
        and word.isalpha()
        and not index.is_common_noun(word)
        and index.find(word) is None
    )


def teams_by_nickname(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex
) -> list[Span]:
    """A town and a nickname, either way round, are a team (ORG); not a word whose form
    without the "s" the article writes too ("Guiffres" of "Guiffre": a genitive)."""
    seen = set(words)

    def is_nickname_here(word: str) -> bool:
        return word[:-1] not in seen and is_nickname(word, index)

    covered = covered_tokens(doc, spans)
    found: list[Span] = []
    for span in spans:
        if len(span) == 2 and span.label_ != "ORG":
            first, last = span[0].text, span[1].text
            if (_is_town(first, index) and is_nickname_here(last)) or (
                is_nickname_here(first) and _is_town(last, index)
            ):
                found.append(Span(doc, span.start, span.end, label="ORG"))
                continue  # "Kassel Huskies" as a place
        end = span.end
        if (
            span.label_ != "ORG"
            and end < len(words)
            and is_nickname_here(span[-1].text)
            and all(_is_english_word(t.text, index) for t in span[:-1])
            and _is_town(words[end], index)
        ):
            found.append(Span(doc, span.start, end + 1, label="ORG"))
            continue  # "Blue Devils" (a person to the model) "Weiden"
        if span.label_ == "LOC" and _is_town(span.text, index):
            if end < len(words) and not covered[end] and is_nickname_here(words[end]):
                found.append(Span(doc, span.start, end + 1, label="ORG"))
                continue  # "Ravensburg Towerstars"
            start = _nickname_before(span.start, words, covered, is_nickname_here, index)
            if start is not None:
                found.append(Span(doc, start, span.end, label="ORG"))  # "Starbulls Rosenheim"
    return replace_overlapping(spans, found)


_ARTICLES = frozenset({"die", "der", "den", "dem", "des", "gegen", "bei", "von", "vs."})


def _boundary(word: str) -> bool:
    """A word no team's name runs on from: lower case, an article, punctuation."""
    return word[:1].islower() or word.lower() in _ARTICLES or not word[:1].isalnum()


def _nickname_before(
    start: int,
    words: list[str],
    covered: list[bool],
    nickname: Callable[[str], bool],
    index: NameIndex,
) -> int | None:
    """Where a nickname of one or two words ends just before `start` ("Blue Devils")."""
    at = start - 1
    if at < 1 or covered[at] or not nickname(words[at]):
        return None
    before = at - 1
    if (
        before > 0
        and not covered[before]
        and _is_english_word(words[before], index)
        and _boundary(words[before - 1])
    ):
        return before
    return at if _boundary(words[before]) else None
