"""The spaCy component "limelight_timex": `tag_dates` inside a pipeline.

It needs only the Doc's text (no parser, no tagger), so it runs on the small German
pipeline (tokenizer + ner) as well as on any English one. The reference date comes from
`doc.user_data["limelight_reference_date"]` (a `datetime.date`, else today); the result
is `doc._.timexes`, a list of `DateMention` with offsets into `doc.text`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from spacy.language import Language
from spacy.tokens import Doc

from ..model import DateMention
from .tagger import tag_dates

REFERENCE_KEY = "limelight_reference_date"
SKIP_KEY = "limelight_timex_skip"  # optional: spans (start, end) that must not yield dates

if not Doc.has_extension("timexes"):
    Doc.set_extension("timexes", default=None)


class TimexTagger:
    """Sets `doc._.timexes`; stateless apart from the language of its rules."""

    def __init__(self, nlp: Language, name: str, lang: str) -> None:
        self.name = name
        self.lang = lang or nlp.lang or "de"

    def __call__(self, doc: Doc) -> Doc:
        ref = doc.user_data.get(REFERENCE_KEY)
        if isinstance(ref, datetime):
            ref = ref.date()
        if not isinstance(ref, date):
            ref = None
        skip: Sequence[tuple[int, int]] = doc.user_data.get(SKIP_KEY) or ()
        mentions: list[DateMention] = tag_dates(doc.text, self.lang, ref, skip=skip)
        doc._.timexes = mentions
        return doc


@Language.factory("limelight_timex", default_config={"lang": "de"})
def make_timex_tagger(nlp: Language, name: str, lang: str) -> TimexTagger:
    return TimexTagger(nlp, name, lang)
