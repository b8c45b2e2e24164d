"""The German tuning recipe (`training/ner_de/tune_on_articles.py`, tried and not shipped):
an article's gold reading becomes the tokens' entities as the reader tokenizes."""

from __future__ import annotations

from types import ModuleType

from tests.training_scripts import training_script


def _tuning() -> ModuleType:
    return training_script("ner_de", "tune_on_articles")


def test_an_articles_gold_forms_become_its_entities() -> None:
    tuning = _tuning()
    nlp = tuning.load_base()
    text = "Die Netzbetreiber Creos und GRTgaz bauen die Leitung nach Völklingen-Wehrden."
    entities = [
        {"name": "Creos", "label": "ORG", "forms": ["Creos"]},
        {"name": "GRTgaz", "label": "ORG", "forms": ["GRTgaz"]},
        # a form inside a word the reader's tokens keep whole is left unknown, not taught
        # as "no name"
        {"name": "Wehrden", "label": "LOC", "forms": ["Wehrden"]},
    ]
    example = tuning.article_example(nlp, text, entities)
    found = [(e.text, e.label_) for e in example.reference.ents]
    assert found == [("Creos", "ORG"), ("GRTgaz", "ORG")]
    outside = [t.text for t in example.reference if t.ent_iob_ == "O"]
    assert "Netzbetreiber" in outside and "Leitung" in outside
    unknown = [t.text for t in example.reference if t.ent_iob_ == ""]
    assert unknown == ["Völklingen-Wehrden"]
