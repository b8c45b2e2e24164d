"""The English ner weights trained on the project's gold readings of news
(`training/ner_en/train_ner.py`, loaded by `tui/analysis/models/english_news.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from tests.training_scripts import training_script
from tui.analysis.models.english_news import BASE_MODEL, shipped_ner_path, use_news_ner
from tui.analysis.pipeline import load_pipeline

ROOT = Path(__file__).resolve().parents[1]


def _train_ner():  # type: ignore[no-untyped-def]
    return training_script("ner_en", "train_ner")


def test_the_english_pipeline_reads_with_the_shipped_weights() -> None:
    nlp = load_pipeline("en")
    assert nlp.meta["limelight_ner"] == f"weights: {shipped_ner_path()}"


def test_another_english_model_keeps_its_own_ner() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("ner")
    nlp.meta["version"] = "3.8.0"
    assert use_news_ner(nlp, "en_core_web_lg").startswith("skipped: trained for")
    nlp.meta["version"] = "3.7.1"
    assert use_news_ner(nlp, BASE_MODEL).startswith("skipped: trained for")
    assert nlp.meta["limelight_ner"].startswith("skipped")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sentences of the gold stories the weights learnt from, on which the bare model
        # and the rules after it go wrong ("Põder" an organisation, "Harku" and "Saweni"
        # no places, "Wedderburn" an organisation, "Suvarnabhumi" nothing)
        (
            "Repairs could take several weeks, depending on the weather and on the "
            "availability of a cable-laying vessel, Põder told ERR News.",
            {"Põder": "PER", "ERR News": "ORG"},
        ),
        (
            "Elering and its Finnish counterpart Fingrid said the 350-megawatt link, which "
            "runs from Harku near Tallinn to Espoo, tripped at 4.12 a.m.",
            {"Harku": "LOC", "Tallinn": "LOC", "Espoo": "LOC"},
        ),
        (
            "Its general secretary, Mohammed Azeem Khan, said farmers in Drasa and Saweni "
            "had already burnt cane in anticipation of the original start date.",
            {"Mohammed Azeem Khan": "PER", "Drasa": "LOC", "Saweni": "LOC"},
        ),
        (
            "Wedderburn, who won three titles at Champs for Edwin Allen High School, dipped "
            "at the line to beat Ebanks by two hundredths of a second.",
            {"Wedderburn": "PER", "Edwin Allen High School": "ORG"},
        ),
        (
            "Suvarnabhumi and Don Mueang airports expected about 200,000 passengers a day "
            "during the return journey on Sunday and Monday.",
            {"Suvarnabhumi": "LOC", "Don Mueang": "LOC"},
        ),
    ],
)
def test_names_the_bare_model_mislabels(text: str, expected: dict[str, str]) -> None:
    found = {e.text: e.label_ for e in load_pipeline("en")(text).ents}
    assert {name: found.get(name) for name in expected} == expected


def test_gold_forms_become_spans_longest_first() -> None:
    train_ner = _train_ner()
    text = "Kevin Chen met Chen Wei-lun in Taipei City, not Taipei."
    entities = [
        {"name": "Kevin Chen", "label": "PER", "forms": ["Kevin Chen"]},
        {"name": "Chen Wei-lun", "label": "PER", "forms": ["Chen Wei-lun"]},
        {"name": "Taipei City", "label": "LOC", "forms": ["Taipei City", "Taipei"]},
    ]
    spans = [(text[s:e], label) for s, e, label in train_ner.gold_spans(text, entities)]
    assert spans == [
        ("Kevin Chen", "PER"),
        ("Chen Wei-lun", "PER"),
        ("Taipei City", "LOC"),
        ("Taipei", "LOC"),
    ]


def test_a_training_story_keeps_the_models_numbers_and_gold_names() -> None:
    train_ner = _train_ner()
    nlp = spacy.load(BASE_MODEL, exclude=["lemmatizer"])
    text = "Ms Tanaka of Keidanren said on Monday that 40 firms in Osaka would join."
    entities = [
        {"name": "Tanaka", "label": "PER", "forms": ["Tanaka"]},
        {"name": "Keidanren", "label": "ORG", "forms": ["Keidanren"]},
        {"name": "Osaka", "label": "LOC", "forms": ["Osaka"]},
    ]
    example = train_ner.reference(nlp, text, entities)
    ents = {e.text: e.label_ for e in example.reference.ents}
    assert ents["Tanaka"] == "PERSON" and ents["Keidanren"] == "ORG" and ents["Osaka"] == "GPE"
    assert ents["Monday"] == "DATE" and ents["40"] == "CARDINAL"
    assert train_ner.thing_label("Land Traffic Act") == "LAW"
    assert train_ner.thing_label("Fijians") == "NORP"
    assert train_ner.thing_label("Hajj") == "EVENT"


def test_a_law_named_with_and_is_one_thing_in_the_seed() -> None:
    """The trained ner reads "the CHIPS and Science Act" as "CHIPS" and "Science Act";
    the rules make it one law again (samples/chip-plant.en.txt)."""
    text = (ROOT / "samples" / "chip-plant.en.txt").read_text("utf-8")
    found = {e.text: e.label_ for e in load_pipeline("en")(text).ents}
    assert found.get("CHIPS and Science Act") == "MISC"
    assert "CHIPS" not in found and "Science Act" not in found


def test_an_analysis_names_the_weights_it_was_made_with() -> None:
    from tui.analysis.pipeline import model_name

    assert model_name(load_pipeline("en")) == f"{BASE_MODEL}+en_limelight_ner"


def test_retrained_weights_do_not_serve_old_cached_analyses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from tui.analysis import cache

    pytest.importorskip(BASE_MODEL)
    weights = tmp_path / "ner" / "model"
    weights.parent.mkdir()
    weights.write_bytes(b"old weights")
    monkeypatch.setattr(cache, "shipped_ner_path", lambda: weights.parent)
    monkeypatch.delenv("LIMELIGHT_MODEL_EN", raising=False)
    monkeypatch.setattr(cache, "candidates", lambda lang: (BASE_MODEL,))
    before = cache.pipeline_fingerprint("en")
    weights.write_bytes(b"new weights")
    os.utime(weights, ns=(1, 1))
    after = cache.pipeline_fingerprint("en")
    assert before != after and "en_limelight_ner" in after
    # the bare model, named to compare, is no pipeline with these weights
    monkeypatch.setenv("LIMELIGHT_MODEL_EN", BASE_MODEL)
    assert "en_limelight_ner" not in cache.pipeline_fingerprint("en")
