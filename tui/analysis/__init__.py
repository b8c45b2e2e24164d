"""NLP over articles: entities, dates and facts as plain data. Knows nothing of Textual.

Importing this package is cheap: the reader imports its data types before the first
paint, so the analysis code (and spaCy, on the first call to `analyze`) loads on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tui.analysis.analyzer import analyze
    from tui.analysis.errors import AnalysisError
    from tui.analysis.model import Analysis, DateMention, Entity, Fact, Mention

_HOMES = {
    "analyze": "tui.analysis.analyzer",
    "AnalysisError": "tui.analysis.errors",
    "Analysis": "tui.analysis.model",
    "DateMention": "tui.analysis.model",
    "Entity": "tui.analysis.model",
    "Fact": "tui.analysis.model",
    "Mention": "tui.analysis.model",
}

__all__ = ["Analysis", "AnalysisError", "DateMention", "Entity", "Fact", "Mention", "analyze"]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(home), name)
