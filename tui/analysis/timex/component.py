"""The spaCy component "limelight_timex": `tag_dates` inside a pipeline.

It needs only the Doc's text (no parser, no tagger), so it runs on the small German
pipeline (tokenizer + ner) as well as on any English one. The reference date comes from
`doc.user_data["limelight_reference_date"]` (a `datetime.date`, else today); the result
is `doc._.timexes`, a list of `DateMention` with offsets into `doc.text`. When an article
is analysed in pieces, `nlp.pipe(pieces)` carries the narrative context from piece to
piece (one `nlp.pipe` call per article); or put one `TimexState` into every piece's
`doc.user_data["limelight_timex_state"]`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime

from spacy.language import Language
from spacy.tokens import Doc

from ..model import DateMention
from ..tokens import doc_text
from .tagger import TimexState, tag_dates

REFERENCE_KEY = "limelight_reference_date"
SKIP_KEY = "limelight_timex_skip"  # optional: spans (start, end) that must not yield dates
# optional: one TimexState shared by the Docs of one article's pieces, in text order
STATE_KEY = "limelight_timex_state"

if not Doc.has_extension("timexes"):
    Doc.set_extension("timexes", default=None)


class TimexTagger:
    """Sets `doc._.timexes`; stateless apart from the language of its rules."""

    def __init__(self, nlp: Language, name: str, lang: str) -> None:
        self.name = name
        self.lang = lang or nlp.lang or "de"

    def __call__(self, doc: Doc) -> Doc:
        return self._tag(doc, None)

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Docs of one `nlp.pipe` call are read as consecutive pieces of one text: the
        narrative context ("im Juli" after "1941") carries from one to the next. A
        `TimexState` in a Doc's user_data takes precedence."""
        shared = TimexState()
        for doc in stream:
            yield self._tag(doc, shared)

    def _tag(self, doc: Doc, shared: TimexState | None) -> Doc:
        ref = doc.user_data.get(REFERENCE_KEY)
        if isinstance(ref, datetime):
            ref = ref.date()
        if not isinstance(ref, date):
            ref = None
        skip: Sequence[tuple[int, int]] = doc.user_data.get(SKIP_KEY) or ()
        state = doc.user_data.get(STATE_KEY)
        if not isinstance(state, TimexState):
            state = shared
        mentions: list[DateMention] = tag_dates(
            doc_text(doc), self.lang, ref, skip=skip, state=state
        )
        doc._.timexes = mentions
        return doc


@Language.factory("limelight_timex", default_config={"lang": "de"})
def make_timex_tagger(nlp: Language, name: str, lang: str) -> TimexTagger:
    return TimexTagger(nlp, name, lang)
