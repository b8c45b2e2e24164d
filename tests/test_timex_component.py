"""The spaCy component "limelight_timex" on a bare pipeline (no parser, no tagger)."""

from __future__ import annotations

from datetime import date

import pytest

spacy = pytest.importorskip("spacy")

import tui.analysis.timex.component  # noqa: E402,F401  (registers the factory)
from tui.analysis.timex import TimexState  # noqa: E402


def _nlp(lang: str = "de"):  # type: ignore[no-untyped-def]
    nlp = spacy.blank(lang)
    nlp.add_pipe("limelight_timex", config={"lang": lang})
    return nlp


def _doc(nlp, text: str, ref: date | None = date(2024, 10, 21)):  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc.user_data["limelight_reference_date"] = ref
    return doc


def test_factory_sets_timexes_with_doc_offsets() -> None:
    nlp = _nlp()
    assert "limelight_timex" in nlp.pipe_names
    doc = nlp(_doc(nlp, "Gestern, am 3. Mai 2024, war es kalt."))
    got = [(m.text, m.value) for m in doc._.timexes]
    assert got == [("Gestern", "2024-10-20"), ("3. Mai 2024", "2024-05-03")]
    for m in doc._.timexes:
        assert doc.text[m.start : m.end] == m.text


def test_reference_date_comes_from_user_data() -> None:
    nlp = _nlp()
    doc = nlp(_doc(nlp, "Das war gestern.", date(2023, 11, 18)))
    assert doc._.timexes[0].value == "2023-11-17"


def test_without_reference_the_value_stays_underspecified() -> None:
    nlp = _nlp()
    doc = nlp(_doc(nlp, "Das war gestern. Am Freitag sprach er, im März.", None))
    assert [(m.text, m.value) for m in doc._.timexes] == [
        ("gestern", "PAST_REF"),
        ("Freitag", "XXXX-WXX-5"),
        ("März", "XXXX-03"),
    ]


def test_pipe_carries_the_narrative_context_from_piece_to_piece() -> None:
    nlp = _nlp()
    pieces = ["Am 22. Juni 1941 begann der Angriff.", "Im Oktober stand die Armee vor Moskau."]
    docs = list(nlp.pipe(_doc(nlp, t) for t in pieces))
    assert [(m.text, m.value) for m in docs[1]._.timexes] == [("Oktober", "1941-10")]
    alone = nlp(_doc(nlp, pieces[1]))
    assert [(m.text, m.value) for m in alone._.timexes] == [("Oktober", "2024-10")]


def test_explicit_state_is_honoured() -> None:
    nlp = _nlp()
    state = TimexState()
    first = _doc(nlp, "Im Jahr 1916 kam der Winter früh.")
    first.user_data["limelight_timex_state"] = state
    nlp(first)
    second = _doc(nlp, "Im Juli griffen sie an.")
    second.user_data["limelight_timex_state"] = state
    assert nlp(second)._.timexes[0].value == "1916-07"


def test_english_component() -> None:
    nlp = _nlp("en")
    doc = nlp(_doc(nlp, "Revenue in Q3 2024 rose; two weeks ago it fell."))
    assert [(m.text, m.value) for m in doc._.timexes] == [
        ("Q3 2024", "2024-Q3"),
        ("two weeks ago", "2024-W41"),
    ]


def test_skip_spans_from_user_data() -> None:
    nlp = _nlp()
    doc = _doc(nlp, "Am 3. Mai 2024 und am 4. Mai 2024.")
    doc.user_data["limelight_timex_skip"] = [(3, 14)]
    assert [m.text for m in nlp(doc)._.timexes] == ["4. Mai 2024"]
