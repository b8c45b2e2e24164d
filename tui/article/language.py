"""Guess whether an article is German or English from its function words.

Function words are frequent and language-specific, so a few hundred words of text
decide reliably without a model (and without importing spaCy before first paint).
"""

from __future__ import annotations

import re

SUPPORTED = ("de", "en")

_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
_GERMAN_LETTERS = re.compile("[äöüß]")
_STOPWORDS: dict[str, frozenset[str]] = {
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "nicht",
            "ein",
            "eine",
            "einen",
            "einem",
            "einer",
            "des",
            "dem",
            "den",
            "zu",
            "mit",
            "sich",
            "auf",
            "für",
            "von",
            "im",
            "in",
            "ich",
            "sie",
            "er",
            "es",
            "wir",
            "ihr",
            "auch",
            "als",
            "an",
            "nach",
            "bei",
            "aus",
            "wie",
            "noch",
            "wird",
            "werden",
            "hat",
            "haben",
            "sind",
            "war",
            "oder",
            "aber",
            "wenn",
            "nur",
            "über",
            "vor",
            "zum",
            "zur",
            "durch",
            "dass",
            "daß",
            "mehr",
            "um",
            "schon",
            "sein",
            "seine",
            "ihre",
            "diese",
            "dieser",
            "dieses",
            "kann",
            "können",
            "soll",
            "sollen",
            "unter",
            "zwischen",
            "gegen",
            "ohne",
            "seit",
            "bis",
            "sehr",
            "hier",
            "dort",
            "man",
            "keine",
            "kein",
            "immer",
            "wurde",
            "wurden",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "a",
            "in",
            "is",
            "that",
            "for",
            "it",
            "with",
            "as",
            "was",
            "on",
            "be",
            "by",
            "at",
            "this",
            "are",
            "from",
            "or",
            "an",
            "have",
            "has",
            "had",
            "not",
            "but",
            "which",
            "they",
            "he",
            "she",
            "his",
            "her",
            "their",
            "its",
            "were",
            "been",
            "will",
            "would",
            "can",
            "could",
            "should",
            "there",
            "what",
            "when",
            "who",
            "about",
            "after",
            "into",
            "more",
            "than",
            "also",
            "other",
            "these",
            "those",
            "such",
            "said",
            "says",
            "over",
            "only",
            "new",
            "some",
            "them",
            "our",
            "we",
            "you",
            "your",
        ]
    ),
}


def detect_language(text: str, sample: int = 20000) -> str:
    """Return "de", "en" or "und" (undetermined) for `text`.

    A headline or a teaser has few function words: one in eight words is evidence
    enough there (three in longer text), and a word with ä, ö, ü or ß counts for German.
    """
    counts = dict.fromkeys(SUPPORTED, 0)
    words = 0
    for match in _WORDS.finditer(text[:sample]):
        words += 1
        word = match.group().lower()
        for lang, known in _STOPWORDS.items():
            if word in known:
                counts[lang] += 1
        if _GERMAN_LETTERS.search(word):
            counts["de"] += 1
    ranked = sorted(counts, key=lambda lang: counts[lang], reverse=True)
    best, runner_up = ranked[0], ranked[1]
    if counts[best] < min(3, max(1, words // 8)) or counts[best] == counts[runner_up]:
        return "und"
    return best
