"""Time expressions: find them with rules, normalise them to TIMEX3 values.

`tag_dates` is the pure-Python entry point; `tui.analysis.timex.component` wraps it as
the spaCy component "limelight_timex" (imported only by pipelines that want it).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from .tagger import TimexState, find_candidates, tag_dates

__all__ = ["TimexState", "find_candidates", "fingerprint", "tag_dates"]


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A digest of the tagger's source: changes whenever a rule does (for caches)."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
