"""English languages and peoples named as nouns: "broadcast in Cree and English", "known
in Turkish as Kızılay", "the 19-year-old Brazilian who joined", "the Swede said".

The model leaves these words, since they are adjectives more often than names; the
project's gold marks them as MISC where they stand as nouns. A language is a noun after
"in" when no noun follows it ("in English football" is an adjective); a people's word is
a noun after "the" or "an" when a verb, "who" or a stop follows. Language names are CLDR's
(babel), the peoples' words the index's demonyms.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from tui.analysis.names.index import NameIndex

_NOUN_POS = frozenset({"NOUN", "PROPN", "NUM", "ADJ"})
_AFTER_A_PERSON = frozenset({"who", "whose", ",", ".", ";", ":", "said", "says"})
_BETWEEN = frozenset({"-", "year", "old", "former", "young", "veteran", "teenage"})


@functools.lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    from babel import Locale

    names = Locale("en").languages.values()
    return frozenset(n for n in names if n.isalpha() and n[:1].isupper())


def languages_and_peoples(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex
) -> list[Span]:
    """Add the languages and peoples' words the text uses as nouns (MISC)."""
    languages = _languages()
    listed = _listed_languages(doc, words, languages)
    out = [
        Span(doc, s.start, s.end, label="MISC")
        if len(s) == 1 and (s.start in listed or _only_a_language(s, languages, index))
        else s
        for s in spans
    ]
    covered = {i for s in out for i in range(s.start, s.end)}
    for i in sorted(listed - covered):
        out.append(Span(doc, i, i + 1, label="MISC"))
        covered.add(i)
    for i, word in enumerate(words):
        if i in covered or not word[:1].isupper() or doc[i].is_sent_start:
            continue
        language = word in languages and _a_language(doc, words, i, languages)
        if language or _a_person_of_a_people(doc, words, i, index) or _townspeople(word, index):
            out.append(Span(doc, i, i + 1, label="MISC"))
    return out


def _only_a_language(span: Span, languages: frozenset[str], index: NameIndex) -> bool:
    """ "Urdu" a place or a body to the model: a language that names no people, place
    or body the index knows ("Tonga" is a country, "English" a people's word too) and
    stands without an article."""
    if span.label_ == "MISC" or span.text not in languages:
        return False
    if span.start > 0 and span.doc[span.start - 1].lower_ == "the":
        return False  # "the Okanagan": a valley; a language takes no article
    entry = index.get(span.text)
    return entry is None or not entry.is_entity


def _listed_languages(doc: Doc, words: list[str], languages: frozenset[str]) -> set[int]:
    """ "switching between Spanish, Aymara and Quechua", "from Greek and Persian to Arabic
    and Latin": three languages or more in one list are languages, whatever the model made of each, where no noun follows the list
    ("Dutch, German and Polish warships" are adjectives)."""
    found: set[int] = set()
    run: list[int] = []
    for i, word in enumerate([*words, ""]):
        if word in languages:
            run.append(i)
        elif word in (",", "and", "or") and run and i - run[-1] <= 2:
            continue  # "Spanish, Aymara, and Quechua"
        elif word == "to" and run and i - run[-1] == 1 and words[run[0] - 1] == "from":
            continue  # "from Greek and Persian to Arabic and Latin"
        else:
            following = doc[run[-1] + 1] if run and run[-1] + 1 < len(doc) else None
            # "signs in English, Chinese and Korean warning that …": after "in", a
            # participle follows the list, not the noun it describes
            after_in = bool(run) and run[0] > 0 and words[run[0] - 1] == "in"
            if len(run) >= 3 and (
                following is None
                or following.pos_ not in _NOUN_POS
                or (after_in and following.text.endswith("ing"))
            ):
                found.update(run)
            run = []
    return found


def _a_language(doc: Doc, words: list[str], i: int, languages: frozenset[str]) -> bool:
    j = i - 1
    if j >= 1 and words[j] in ("and", "or") and words[j - 1] in languages:
        j -= 2  # "in Cree and English"
    if j < 0 or words[j] != "in":
        return False
    following = doc[i + 1] if i + 1 < len(doc) else None
    if following is not None and following.pos_ in _NOUN_POS:
        return False  # "in English football"
    if following is not None and following.text in ("and", "or") and i + 2 < len(words):
        return words[i + 2] in languages  # "in Cree and English"
    return True


def _townspeople(word: str, index: NameIndex) -> bool:
    """ "Aucklanders", "Londoners": the people of a town or a region the index knows."""
    if not word.endswith("ers") or len(word) < 7 or index.get(word) is not None:
        return False
    entry = index.get(word[:-3])
    return (
        entry is not None
        and entry.label == "LOC"
        and (entry.strong or (entry.source == "city" and "major" in entry.flags))
    )


def _a_person_of_a_people(doc: Doc, words: list[str], i: int, index: NameIndex) -> bool:
    entry = index.get(words[i])
    if entry is None or "demonym" not in entry.flags or words[i].endswith("s"):
        return False
    j = i - 1
    while j >= 0 and (words[j] in _BETWEEN or words[j].isdigit()):
        j -= 1
    if j < 0 or words[j].lower() not in ("the", "a", "an"):
        return False
    if i + 1 >= len(doc):
        return True
    following = doc[i + 1]
    return following.text in _AFTER_A_PERSON or following.pos_ in ("VERB", "AUX")
