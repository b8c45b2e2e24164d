"""Where a sentence does not end: a full stop written apart from the abbreviation before
it ("St . Nikolauskapelle", "Chr . Dhalee", "J . R . Tolkien" in tokenised text) is the
abbreviation's. The sentencizer breaks after every full stop, and the model, which never
runs a name across a sentence's start, then cuts the name at the abbreviation. Text as
people write it ("St. Nikolauskapelle") keeps such stops in one token and is untouched.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tui.analysis.tokens import doc_words

# abbreviations that stand before a name: saints, titles, a first name's short form
_BEFORE_A_NAME = frozenset(
    {"St", "Sta", "Ste", "Hl", "Dr", "Prof", "Chr", "Mr", "Mrs", "Ms", "Mt", "Ft", "Nr"}
)


@Language.component("limelight_abbreviation_stops")
def abbreviation_stops(doc: Doc) -> Doc:
    if len(doc) < 3:
        return doc
    # read from the arrays: a Token object for every word would cost a long article more
    # than the rule itself
    words = doc_words(doc)
    spaces = doc.to_array("SPACY").tolist()
    for i in range(1, len(doc) - 1):
        before = words[i - 1]
        if (
            words[i] == "."
            and spaces[i]
            and spaces[i - 1]
            and (before in _BEFORE_A_NAME or (len(before) == 1 and before.isupper()))
            and words[i + 1][:1].isupper()
        ):
            doc[i + 1].is_sent_start = False
    return doc
