"""Time expressions: find them with rules, normalise them to TIMEX3 values.

`tag_dates` is the pure-Python entry point; `tui.analysis.timex.component` wraps it as
the spaCy component "limelight_timex" (imported only by pipelines that want it).
"""

from __future__ import annotations

from .tagger import TimexState, find_candidates, tag_dates

__all__ = ["TimexState", "find_candidates", "tag_dates"]
