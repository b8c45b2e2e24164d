"""A stand-in analysis for the worker-process tests: no spaCy, as slow as asked.

The worker imports it by name ("worker_fake:analyze"); the spawned process gets the
tests folder on its path from pytest's. LIMELIGHT_FAKE_SECONDS: how long one analysis
takes (in ten steps, each reporting progress); LIMELIGHT_FAKE_FAIL: fail with this text.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable

from tui.analysis.model import Analysis, Entity, Mention
from tui.article.model import Article


def analyze(
    article: Article,
    *,
    progress: Callable[[float], None] | None = None,
    use_cache: bool = False,
) -> Analysis:
    seconds = float(os.environ.get("LIMELIGHT_FAKE_SECONDS", "0"))
    for step in range(1, 11):
        time.sleep(seconds / 10)
        if progress:
            progress(step / 10)
    if reason := os.environ.get("LIMELIGHT_FAKE_FAIL"):
        raise ValueError(reason)
    found = re.search(r"\b[A-Z][a-z]+\b", article.text)
    entities = []
    if found:
        mention = Mention(found.start(), found.end(), found.group())
        entities.append(Entity(found.group(), "PER", [mention]))
    return Analysis(language=article.language, model="fake", entities=entities)
