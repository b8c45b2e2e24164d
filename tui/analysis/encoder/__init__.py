"""Our own pretrained German encoder, run with onnxruntime on the CPU (issue 15).

The model is trained by `training/encoder/` and exported to ONNX. When its files are
present (`tui/analysis/models/de_limelight_encoder/` or the folder in
`LIMELIGHT_ENCODER_DE`), `use_encoder` swaps it in for the pipeline's `ner`
component (under the same name, so code that names "ner" keeps working); otherwise, or when onnxruntime/tokenizers are not installed, the pipeline
stays as it is, and the reason is kept in `nlp.meta["limelight_encoder"]`.
"""

from __future__ import annotations

import importlib.util
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

ENCODER_NAMES = {"de": "de_limelight_encoder"}
RUNTIME_PACKAGES = ("onnxruntime", "tokenizers")
log = logging.getLogger(__name__)


def encoder_path(lang: str) -> Path | None:
    """The encoder folder for `lang`: LIMELIGHT_ENCODER_<LANG> first, then the shipped
    one; None when neither holds an `encoder.json`. Setting the variable to an empty
    string turns the encoder off."""
    from tui.analysis.encoder.runtime import CONFIG_FILE

    override = os.environ.get(f"LIMELIGHT_ENCODER_{lang.upper()}")
    if override is not None:
        folder = Path(override) if override else None
    elif lang in ENCODER_NAMES:
        folder = Path(__file__).parent.parent / "models" / ENCODER_NAMES[lang]
    else:
        folder = None
    return folder if folder is not None and (folder / CONFIG_FILE).is_file() else None


def missing_runtime() -> list[str]:
    """The runtime packages that are not installed (the encoder needs both)."""
    return [name for name in RUNTIME_PACKAGES if importlib.util.find_spec(name) is None]


def use_encoder(nlp: Language, lang: str) -> str:
    """Swap the encoder in for `ner` when its files and runtime are present.

    Returns what happened ("encoder: PATH" or "skipped: why"), also stored in
    `nlp.meta["limelight_encoder"]`; the pipeline is unchanged unless it succeeded.
    """
    folder = encoder_path(lang)
    asked = os.environ.get(f"LIMELIGHT_ENCODER_{lang.upper()}")
    if folder is None and asked:
        status = f"skipped: no encoder.json in {asked}"
        log.warning("German encoder %s", status)
    elif folder is None:
        status = "skipped: no encoder model files"
    elif missing := missing_runtime():
        status = f"skipped: {', '.join(missing)} not installed (pip install 'limelight[encoder]')"
    elif "ner" not in nlp.pipe_names:
        status = "skipped: the pipeline has no ner component to replace"
    else:
        from tui.analysis.encoder.component import FACTORY

        nlp.replace_pipe("ner", FACTORY, config={"path": str(folder)})
        _drop_idle_tok2vec(nlp)
        status = f"encoder: {folder}"
    if status.startswith("skipped") and folder is not None:
        log.warning("German encoder %s", status)
    nlp.meta["limelight_encoder"] = status
    return status


def _drop_idle_tok2vec(nlp: Language) -> None:
    """The shipped pipeline's tok2vec fed only its ner: without listeners it is
    wasted time (an official pipeline's tok2vec still feeds its tagger and parser)."""
    if "tok2vec" not in nlp.pipe_names:
        return
    listeners = getattr(nlp.get_pipe("tok2vec"), "listening_components", None)
    if listeners is not None and not listeners:
        nlp.remove_pipe("tok2vec")
