"""One label set across languages and models: PER, ORG, LOC, MISC.

OntoNotes (English spaCy models) and GermEval/WikiNER (German) name things
differently; the reader and the JSON contract speak one vocabulary. Numbers and
dates are not entities here: they become facts and dates, so the English models'
numeric spans are set aside in `doc.spans["limelight_numeric"]` for those steps.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from tui.analysis.models.lexicon_features import is_legal_form

NUMERIC_SPANS = "limelight_numeric"

LABEL_MAP: dict[str, str | None] = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "MISC": "MISC",
    "OTH": "MISC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}
# a German name never ends in an attributive adjective ("die Vereinigten Arabischen
# Emiraten", "der Europäischen Zentralbank"): a span that does was cut short by the model
_ADJECTIVE_END = re.compile(r"^(?:[A-ZÄÖÜ]\w*isch|Vereinigt)(?:e|en|er|es|em)$")
_NOUN = re.compile(r"^[A-ZÄÖÜ][\w-]*$")
NUMERIC_LABELS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DATE", "TIME", "ORDINAL"})


def unify_label(label: str) -> str | None:
    """The unified label for a model's label; None for labels Limelight drops."""
    if label in LABEL_MAP:
        return LABEL_MAP[label]
    for suffix in ("deriv", "part"):
        if label.endswith(suffix):
            return None
    return None


def complete_adjective_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Extend spans that end in an adjective over the capitalised noun that follows it
    (taking in a span the model found for that noun alone)."""
    starts = {span.start: span for span in spans}
    out: list[Span] = []
    skip: set[int] = set()
    for span in spans:
        if span.start in skip:
            continue
        end = span.end
        while end < len(doc) and _ADJECTIVE_END.match(doc[end - 1].text):
            following = doc[end]
            if not _NOUN.match(following.text):
                break
            swallowed = starts.get(end)
            if swallowed is not None:
                skip.add(end)
                end = swallowed.end
            else:
                end += 1
        out.append(span if end == span.end else Span(doc, span.start, end, label=span.label_))
    return out


def companies_by_legal_form(doc: Doc, spans: list[Span]) -> list[Span]:
    """Label spans that end in a legal form ORG, taking in one that follows the span
    ("Siemens" + "AG"): "Robert Bosch GmbH" is no person, whatever it is built like."""
    taken = {span.start for span in spans}
    out: list[Span] = []
    for span in spans:
        end = span.end
        if end < len(doc) and is_legal_form(doc[end].text) and end not in taken:
            end += 1
        if is_legal_form(doc[end - 1].text):
            span = Span(doc, span.start, end, label="ORG")
        out.append(span)
    return out


@Language.component("limelight_labels")
def unify_entity_labels(doc: Doc) -> Doc:
    """Relabel `doc.ents` to PER/ORG/LOC/MISC; keep numeric spans apart for facts."""
    kept: list[Span] = []
    numeric: list[Span] = []
    for ent in doc.ents:
        unified = unify_label(ent.label_)
        if unified is not None:
            kept.append(Span(doc, ent.start, ent.end, label=unified))
        elif ent.label_ in NUMERIC_LABELS:
            numeric.append(ent)
    doc.ents = companies_by_legal_form(doc, complete_adjective_names(doc, kept))
    doc.spans[NUMERIC_SPANS] = numeric
    return doc
