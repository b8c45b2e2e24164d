"""Museums and foundations German news names with the word apart, which the model leaves
out or takes for their founder: "das Museum Folkwang", "des Sprengel Museums Hannover",
"dem Solomon R. Guggenheim Museum", "dem LWL-Museum für Kunst und Kultur", "die Robert
Bosch Stiftung"."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from tui.analysis.names.heads import DE_ARTICLES
from tui.analysis.names.index import NameIndex
from tui.analysis.names.patterns import replace_overlapping

_MUSEUMS = frozenset({"Museum", "Museums"})
_KINDS = _MUSEUMS | {"Stiftung"}
_FOREIGN_FOUNDATIONS = frozenset({"Fondation", "Fondazione", "Fundación", "Fundação"})
# the remit after a museum's name: "für Kunst und Kultur", "für Naturkunde"
_REMIT_JOINS = frozenset({"und", ","})


def named_museums(doc: Doc, spans: list[Span], words: list[str], index: NameIndex) -> list[Span]:
    """A museum or a foundation with its name before or after the word, its remit and its
    town are one organisation."""
    covered = {i: s for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for i, word in enumerate(words):
        hyphened = word.endswith(("-Museum", "-Museums")) and word[:1].isupper()
        if word in _FOREIGN_FOUNDATIONS and i + 1 < len(words) and words[i + 1][:1].isupper():
            after = covered.get(i + 1)  # "die Fondation Beyeler": its name after the word
            found.append(Span(doc, i, after.end if after is not None else i + 2, label="ORG"))
            continue
        if word not in _KINDS and not hyphened:
            continue
        if i in covered and not hyphened:
            continue
        start = i if hyphened else _name_before(doc, i, covered, index)
        end = i + 1
        if start is None and word in _MUSEUMS:
            end = _name_after(doc, i, covered, index)
            start = i if end > i + 1 else None
        if start is None and word in _MUSEUMS and (remit := _genitive_remit(words, i)):
            # "das Museum der bildenden Künste Leipzig": a remit in the genitive, and its
            # town (without one, "im Museum der Stadt" names none)
            town = _town_end(doc, remit, covered, index)
            if town > remit:
                start, end = i, town
        if start is None:
            continue
        if word != "Stiftung":
            end = _remit_end(words, end)
            end = _town_end(doc, end, covered, index)
        if end - start < 2:
            continue
        if any(k in covered and covered[k].end > end for k in range(start, end)):
            continue  # a longer name the model found holds it
        found.append(Span(doc, start, end, label="ORG"))
    return replace_overlapping(spans, found)


def _name_before(doc: Doc, i: int, covered: dict[int, Span], index: NameIndex) -> int | None:
    """Where the name before the kind's word starts: a name the model found ("Solomon R.
    Guggenheim Museum"), or a word no lexicon knows as a noun ("Sprengel Museum")."""
    if i == 0 or not doc[i - 1].whitespace_:
        return None
    span = covered.get(i - 1)
    if span is not None:
        if span.end == i and span.label_ in ("PER", "ORG") and span[0].text[:1].isupper():
            return span.start
        return None
    word = doc[i - 1].text
    if (
        doc[i].text == "Stiftung"
        or not word[:1].isupper()
        or not word.isalpha()
        or doc[i - 1].is_sent_start
        or word.lower() in DE_ARTICLES
        or not (index.is_surname(word) or not index.is_common_noun(word))
        or index.is_compound_noun(word)
        or doc[i - 2 : i - 1].text[:1].isupper()  # "Jüdische Museum": an adjective's name
    ):
        return None
    return i - 1


def _name_after(doc: Doc, i: int, covered: dict[int, Span], index: NameIndex) -> int:
    """ "das Museum Folkwang", "im Museum Ludwig": a name after the word; `i + 1` if none."""
    if i + 1 >= len(doc) or not doc[i].whitespace_:
        return i + 1
    span = covered.get(i + 1)
    if span is not None:
        # "das Museum Wiens": a place's museum, no name
        alone = span.start == i + 1 and len(span) == 1 and span.label_ != "LOC"
        return span.end if alone else i + 1
    word = doc[i + 1].text
    if (
        not word[:1].isupper()
        or not word.isalpha()
        or index.is_common_noun(word)
        or index.is_compound_noun(word)
        or ((entry := index.find(word)) is not None and entry.label == "LOC")
        or i == 0
        or not (doc[i - 1].lower_ in DE_ARTICLES or doc[i - 1].lower_ in ("im", "ins", "vom"))
    ):
        return i + 1
    return i + 2


def _genitive_remit(words: list[str], i: int) -> int | None:
    """The end of "der bildenden Künste" after "Museum" at `i`: "der", lower-case
    adjectives, one capitalised noun."""
    if i + 2 >= len(words) or words[i + 1] != "der":
        return None
    j = i + 2
    while j < len(words) and j < i + 5 and words[j].isalpha() and words[j].islower():
        j += 1
    if j < len(words) and words[j][:1].isupper() and words[j].isalpha():
        return j + 1
    return None


def _remit_end(words: list[str], end: int) -> int:
    """ "… für Kunst und Kultur": the remit's capitalised nouns."""
    if end + 1 >= len(words) or words[end] != "für" or not words[end + 1][:1].isupper():
        return end
    stop = end + 2
    while stop + 1 < len(words) and words[stop] in _REMIT_JOINS and words[stop + 1][:1].isupper():
        stop += 2
    return stop


def _town_end(doc: Doc, end: int, covered: dict[int, Span], index: NameIndex) -> int:
    """ "Sprengel Museum Hannover": the town after the name."""
    if end >= len(doc) or not doc[end - 1].whitespace_:
        return end
    span = covered.get(end)
    if span is not None and (span.start != end or len(span) > 1 or span.label_ != "LOC"):
        return end
    entry = index.get(doc[end].text)
    if entry is not None and entry.label == "LOC" and entry.source == "city":
        return end + 1
    return end
