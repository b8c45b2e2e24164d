"""A name spelt out before its acronym is one name, however the model cut it.

The German sentence is from German Wikinews (https://de.wikinews.org/, CC BY 2.5),
article 102 of `../shared/data/articles/de_wikinews/` (a copy in `tests/data/realnews/`),
as written; the English ones are written for the project (MIT).
"""

from __future__ import annotations

from tests.test_names_german import names as german_names


def test_a_spelt_out_name_in_brackets_before_its_acronym() -> None:
    found = german_names(
        "John Sanders, der amtierende Direktor der amerikanischen Zoll- und "
        "Grenzschutzbehörde (U.S. Customs and Border Protection, CBP), hat nach Kritik an "
        "der Art und Weise der Unterbringung von Migrantenkindern an der Grenze zwischen "
        "Mexiko und den Vereinigten Staaten seinen Rücktritt zum 5. Juli bekanntgegeben."
    )
    assert found.get("U.S. Customs and Border Protection") == "ORG", found
    assert "U.S. Customs" not in found


def _spans(text: str, marked: dict[str, str]) -> list[tuple[str, str]]:
    import spacy
    from spacy.tokens import Span

    from tui.analysis.names.acronyms import spelt_out_names
    from tui.analysis.tokens import doc_words

    doc = spacy.blank("en")(text)
    spans = []
    for form, label in marked.items():
        start = text.index(form)
        span = doc.char_span(start, start + len(form), label=label)
        assert span is not None
        spans.append(Span(doc, span.start, span.end, label=label))
    return [(s.text, s.label_) for s in spelt_out_names(doc, spans, doc_words(doc))]


def test_a_name_before_its_acronym_keeps_the_model_s_thing_and_skips_people() -> None:
    assert _spans(
        "Paid for by the Connecting Europe Facility (CEF), the fund.",
        {"Europe Facility": "MISC"},
    ) == [("Connecting Europe Facility", "MISC"), ("CEF", "MISC")]
    assert _spans(
        "Routers use a Wireless Local Area Network (WLAN) here.", {"Area Network": "PER"}
    ) == [("Area Network", "PER")]
    assert _spans("The Sri Lanka Army (SLA) said.", {}) == [
        ("Sri Lanka Army", "ORG"),
        ("SLA", "ORG"),
    ]
    # the initials must spell the acronym
    assert _spans("Talks with Dutch Railways (SBB) began.", {}) == []
