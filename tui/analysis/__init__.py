"""NLP over articles: entities, dates and facts as plain data. Knows nothing of Textual.

Importing this package is cheap; spaCy loads on the first call to `analyze`.
"""

from tui.analysis.analyze import analyze
from tui.analysis.errors import AnalysisError
from tui.analysis.model import Analysis, DateMention, Entity, Fact, Mention

__all__ = ["Analysis", "AnalysisError", "DateMention", "Entity", "Fact", "Mention", "analyze"]
