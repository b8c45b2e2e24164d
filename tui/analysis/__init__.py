"""NLP over articles: entities, dates and facts as plain data. Knows nothing of Textual.

Importing this package is cheap: its names load on first use, and spaCy only when a
pipeline is needed, so the reader can paint before any of it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tui.analysis.analyze import analyze
    from tui.analysis.errors import AnalysisError
    from tui.analysis.model import Analysis, DateMention, Entity, Fact, Mention

_EXPORTS = {
    "analyze": "tui.analysis.analyze",
    "AnalysisError": "tui.analysis.errors",
    "Analysis": "tui.analysis.model",
    "DateMention": "tui.analysis.model",
    "Entity": "tui.analysis.model",
    "Fact": "tui.analysis.model",
    "Mention": "tui.analysis.model",
}

__all__ = ["Analysis", "AnalysisError", "DateMention", "Entity", "Fact", "Mention", "analyze"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'tui.analysis' has no attribute {name!r}")
