"""Pipelines shipped inside the package, and the one place that finds them.

`de_limelight_ner/` is the German NER pipeline trained by the recipe in
`training/ner_de/` (see its model card). spaCy loads it from a path, so the package
needs no model download. `en_limelight_ner/` holds only ner weights for the English
small model (`english_news.py`, recipe in `training/ner_en/`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

GERMAN_MODEL_NAME = "de_limelight_ner"


def register_architectures() -> None:
    """Register the custom layers and components of the shipped pipeline with spaCy."""
    from tui.analysis.models import components, lexicon_features  # noqa: F401  (on import)


def shipped_german_model_path() -> Path:
    """Directory of the shipped German NER pipeline (a spaCy `nlp.to_disk` folder).

    Also registers its custom layers, so `spacy.load(shipped_german_model_path())` works.
    """
    register_architectures()
    return Path(__file__).parent / GERMAN_MODEL_NAME


def load_shipped_german_model(**kwargs: object) -> Language:
    """Load the shipped German pipeline; keyword arguments go to `spacy.load`."""
    import spacy

    return spacy.load(shipped_german_model_path(), **kwargs)  # type: ignore[arg-type]
