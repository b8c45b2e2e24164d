"""Guess whether an article is German or English from its function words.

Function words are frequent and language-specific, so a few hundred words of text
decide reliably without a model (and without importing spaCy before first paint).
"""

from __future__ import annotations

import re

SUPPORTED = ("de", "en")

_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
_STOPWORDS: dict[str, frozenset[str]] = {
    "de": frozenset(
        "der die das und ist nicht ein eine einen einem einer des dem den zu mit sich auf "
        "für von im ich sie er es wir ihr auch als an nach bei aus wie noch wird werden "
        "hat haben sind war oder aber wenn nur über vor zum zur durch dass daß mehr um "
        "schon sein seine ihre diese dieser dieses kann können soll sollen unter zwischen "
        "gegen ohne seit bis sehr hier dort man keine kein immer wurde wurden".split()
    ),
    "en": frozenset(
        "the and of to a in is that for it with as was on be by at this are from or an "
        "have has had not but which they he she his her their its were been will would "
        "can could should there what when who about after into more than also other "
        "these those such said says over only new some them our we you your".split()
    ),
}


def detect_language(text: str, sample: int = 20000) -> str:
    """Return "de", "en" or "und" (undetermined) for `text`."""
    counts = dict.fromkeys(SUPPORTED, 0)
    for match in _WORDS.finditer(text[:sample]):
        word = match.group().lower()
        for lang, words in _STOPWORDS.items():
            if word in words:
                counts[lang] += 1
    ranked = sorted(counts, key=lambda lang: counts[lang], reverse=True)
    best, runner_up = ranked[0], ranked[1]
    if counts[best] < 3 or counts[best] == counts[runner_up]:
        return "und"
    return best
