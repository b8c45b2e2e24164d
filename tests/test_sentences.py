"""A full stop written apart from an abbreviation before a name ends no sentence, so the
model can read the name whole (tokenised text such as GermEval's: "St . Nikolauskapelle");
a sentence's own full stop still ends it."""

from __future__ import annotations

from tui.analysis.pipeline import load_pipeline


def _starts(text: str) -> list[str]:
    nlp = load_pipeline("de")
    doc = nlp.make_doc(text)
    for name in nlp.pipe_names[: nlp.pipe_names.index("ner")]:
        doc = nlp.get_pipe(name)(doc)
    return [sent[0].text for sent in doc.sents]


def test_a_spaced_stop_after_an_abbreviation_ends_no_sentence() -> None:
    assert _starts("Die St . Nikolauskapelle wurde 1450 erbaut . Sie steht in Hof .") == [
        "Die",
        "Sie",
    ]
    assert _starts("Gemalt hat es J . R . Tolkien selbst .") == ["Gemalt"]


def test_the_name_after_the_abbreviation_is_read_whole() -> None:
    from tests.test_names_german import names

    found = names("Die St . Nikolauskapelle wurde 1450 erbaut .")
    assert found.get("St . Nikolauskapelle") == "LOC", found


def test_a_sentence_s_own_stop_still_ends_it() -> None:
    assert _starts("Er kam aus Hof. Dort lebt er noch.") == ["Er", "Dort"]
    assert _starts("Es war ein St. Bernhard. Dann ging er.") == ["Es", "Dann"]
