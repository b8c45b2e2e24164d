"""Where a sentence does not end: a full stop written apart from the abbreviation before
it ("St . Nikolauskapelle", "Chr . Dhalee", "J . R . Tolkien" in tokenised text) is the
abbreviation's. The sentencizer breaks after every full stop, and the model, which never
runs a name across a sentence's start, then cuts the name at the abbreviation. Text as
people write it ("St. Nikolauskapelle") keeps such stops in one token and is untouched.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

# abbreviations that stand before a name: saints, titles, a first name's short form
_BEFORE_A_NAME = frozenset(
    {"St", "Sta", "Ste", "Hl", "Dr", "Prof", "Chr", "Mr", "Mrs", "Ms", "Mt", "Ft", "Nr"}
)


@Language.component("limelight_abbreviation_stops")
def abbreviation_stops(doc: Doc) -> Doc:
    for i in range(1, len(doc) - 1):
        before, stop, after = doc[i - 1], doc[i], doc[i + 1]
        if (
            stop.text == "."
            and stop.whitespace_
            and before.whitespace_
            and (before.text in _BEFORE_A_NAME or (len(before.text) == 1 and before.is_upper))
            and after.text[:1].isupper()
        ):
            after.is_sent_start = False
    return doc
