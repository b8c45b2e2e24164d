"""Fact extraction: money, percentages, counts, roles, attributions and quotes.

Pure helpers (`money.parse_amount`, `money.find_figures`) work on plain strings; the
`limelight_facts` spaCy component (importing `tui.analysis.facts.component` registers it)
turns a processed doc into `tui.analysis.model.Fact` objects.
"""

from tui.analysis.facts.money import find_figures, parse_amount

__all__ = ["find_figures", "parse_amount"]
