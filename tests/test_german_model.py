"""The German NER pipeline shipped in the package: loads, fits the limits, finds names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis.models import load_shipped_german_model, shipped_german_model_path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "microsoft-openai.de.txt"
DEV_A = ROOT.parent / "shared" / "data" / "ner" / "germeval2014" / "NER-de-dev-a.tsv"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_shipped_german_model()


def test_shipped_model_is_small_and_credited() -> None:
    path = shipped_german_model_path()
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    assert size <= 40 * 1024 * 1024
    card = (path / "README.md").read_text(encoding="utf-8")
    assert "GermEval 2014" in card and "CC BY 4.0" in card
    meta = (path / "meta.json").read_text(encoding="utf-8")
    assert "CC BY 4.0" in meta


def test_loads_with_the_expected_components() -> None:
    """Its load time is a bench figure (`pipeline_load_s`), not an assert here."""
    nlp = load_shipped_german_model()
    assert nlp.lang == "de"
    assert "ner" in nlp.pipe_names
    assert set(nlp.get_pipe("ner").labels) == {"PER", "LOC", "ORG", "MISC"}  # type: ignore[attr-defined]


def test_finds_the_seed_articles_names(nlp) -> None:  # type: ignore[no-untyped-def]
    """The model alone; "OpenAI" it misses, the analysis finds it from "OpenAI-CEO Sam
    Altman" and labels with stronger evidence (tests/test_analysis.py checks all 13)."""
    text = SEED.read_text(encoding="utf-8")
    found = {(ent.text, ent.label_) for ent in nlp(text).ents}
    names = {name for name, _ in found}
    for name in (
        "Microsoft",
        "Sam Altman",
        "Satya Nadella",
        "Oracle",
        "Texas",
        "MGX",
        "Goldman Sachs",
        "Wall Street Journal",
        "Vereinigten Arabischen Emiraten",
    ):
        assert name in names, name
    assert ("Sam Altman", "PER") in found
    assert ("Satya Nadella", "PER") in found
    assert ("Texas", "LOC") in found


def test_no_common_nouns_as_entities(nlp) -> None:  # type: ignore[no-untyped-def]
    text = SEED.read_text(encoding="utf-8")
    names = {ent.text for ent in nlp(text).ents}
    for noun in ("Unternehmen", "Investitionen", "KI-Landschaft", "Rechenressourcen"):
        assert noun not in names, noun


@pytest.mark.skipif(not DEV_A.exists(), reason="GermEval dev-a not available")
def test_dev_a_f1_does_not_regress() -> None:
    from tui.analysis.evaluation.ner import evaluate

    result = evaluate(DEV_A)
    assert result.scores.overall.f1 >= 0.68  # v0.3.0: 0.695


def test_doc_consistency_unifies_and_propagates_names() -> None:
    import spacy
    from spacy.tokens import Span

    from tui.analysis.models.components import doc_consistency

    nlp = spacy.blank("de")
    doc = nlp.make_doc("Sam Altman leitet OpenAI. Altmans Plan: OpenAI wächst, sagt OpenAI.")
    words = [t.text for t in doc]
    doc.ents = [
        Span(doc, 0, 2, label="PER"),
        Span(doc, 3, 4, label="ORG"),  # the first OpenAI only
        Span(doc, words.index("Altmans"), words.index("Altmans") + 1, label="LOC"),
    ]
    ents = [(e.text, e.label_) for e in doc_consistency(doc).ents]
    assert ents.count(("OpenAI", "ORG")) == 3  # recognised once, labelled everywhere
    assert ("Altmans", "PER") in ents  # the surname of "Sam Altman" is a person
    assert ("Sam Altman", "PER") in ents


def test_trim_entities_cuts_at_line_breaks() -> None:
    import spacy
    from spacy.tokens import Span

    from tui.analysis.models.components import trimmed

    nlp = spacy.blank("de")
    doc = nlp("Es war OpenAI\n\nDanach kam nichts")
    span = Span(doc, 2, 5, label="ORG")  # OpenAI, "\n\n", Danach
    cut = trimmed(span)
    assert cut is not None and cut.text == "OpenAI"
    assert trimmed(Span(doc, 3, 4, label="ORG")) is None


def test_gazetteer_features_mark_names_from_other_corpora_and_company_cues(nlp) -> None:  # type: ignore[no-untyped-def]
    """The v2 embedding's gazetteer: stored in the pipeline, flags names and legal forms."""
    from spacy.tokens import Doc

    from tui.analysis.models.lexicon_features import GAZ_LABELS, LEGAL_FORMS

    layers = [n for n in nlp.get_pipe("tok2vec").model.walk() if n.name == "gazetteer_features"]
    assert len(layers) == 1 and layers[0].attrs["tables"]  # the names travel with the model
    words = ["Die", "Siemens", "AG", "baut", "in", "Berlin", "ein", "Werk", "."]
    features, _ = layers[0]([Doc(nlp.vocab, words=words)], is_train=False)
    rows = features.dataXd
    legal = 2 * len(GAZ_LABELS)
    assert "ag" in LEGAL_FORMS and rows[2, legal] == 1.0 and rows[:, legal].sum() == 1.0
    starts = {GAZ_LABELS[j] for j in range(len(GAZ_LABELS)) if rows[5, 2 * j] == 1.0}
    assert "LOC" in starts  # Berlin is a place in the other corpora
    assert not rows[7].any() and not rows[3].any()  # "Werk", "baut": nothing


def test_country_names_take_any_declined_form_and_leave_longer_entities() -> None:
    import spacy
    from spacy.tokens import Span

    from tui.analysis.models.components import CountryNames

    rule = CountryNames(["Vereinigte Arabische Emirate", "Vereinigte Staaten"])
    nlp = spacy.blank("de")
    doc = nlp("MGX aus den Vereinigten Arabischen Emiraten und die Bank der Vereinigten Staaten .")
    doc.ents = [Span(doc, 3, 5, "LOC"), Span(doc, 8, 12, "ORG")]  # cut short; a longer name
    found = [(e.text, e.label_) for e in rule(doc).ents]
    assert found == [
        ("Vereinigten Arabischen Emiraten", "LOC"),
        ("Bank der Vereinigten Staaten", "ORG"),
    ]


def test_a_pipeline_folder_named_in_the_environment_is_loaded(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LIMELIGHT_MODEL_DE=<folder> works for pipelines built from the project's own layers."""
    import os
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "tui", "analyze", str(SEED), "--format", "json", "--no-cache"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env={
            **os.environ,
            "LIMELIGHT_MODEL_DE": str(shipped_german_model_path()),
            "LIMELIGHT_CACHE_DIR": str(tmp_path),
        },
    )
    assert result.returncode == 0, result.stderr
    assert '"model": "' + str(shipped_german_model_path()) in result.stdout
