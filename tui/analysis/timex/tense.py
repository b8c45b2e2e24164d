"""The tense of the sentence around a time expression, from its words alone.

"Am Montag wird abgestimmt" is the Monday after the article's date, "am Montag hatte
er abgestimmt" the one before; "31. Dezember" in an article of 5 January is last
December when the sentence tells of the past. HeidelTime reads this off part-of-speech
tags; the German pipeline has none, so auxiliaries and common verb forms decide.
"""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"(?<=[\w)\"“”'’])[.!?;]\s+|\n")
_CLAUSE = re.compile(r",\s+|\s+[–—]\s+|[()]")
_DEADLINE = re.compile(
    r"(?:\bby|\buntil|\btill|\bbis(?:\s+(?:zum|zur|spätestens))?)\s*$", re.IGNORECASE
)
# "die in vier Wochen stattfindende Wahl": the participle right after says it
_AHEAD_AFTER = re.compile(
    r"\s+(?:stattfindend|bevorstehend|anstehend|geplant|upcoming|scheduled)", re.I
)
_SINCE = re.compile(r"(?:\bsince|\bseit)\s*$", re.IGNORECASE)

_FUTURE_DE = re.compile(
    r"(?<!\w)(?:wird|werden|wirst|werde|würde|würden|soll|sollen|solle|sollte|sollten|"
    r"plant|planen|"
    r"geplant|beabsichtigt|voraussichtlich|bevorstehend\w*|künftig\w*|kommend\w*|"
    r"stattfindend\w*|anstehend\w*|"
    r"nächst\w*|anstehend\w*|steht\s+bevor|stehen\s+bevor)(?!\w)",
    re.IGNORECASE,
)
_PAST_DE = re.compile(
    r"(?<!\w)(?:war|waren|warst|wurde|wurden|hatte|hatten|gab|kam|kamen|ging|gingen|"
    r"fand|fanden|trat|traten|starb|sagte|sagten|erklärte|erklärten|teilte|teilten|"
    r"meldete|meldeten|berichtete|berichteten|stimmte|stimmten|wählte|wählten|"
    r"vergangen\w*|letzt\w*|zuvor|damals|bereits|worden|gewesen)(?!\w)",
    re.IGNORECASE,
)
# "hat ... abgestimmt", "ist ... zurückgetreten": the perfect
_PERFECT_DE = re.compile(
    r"(?<!\w)(?:hat|haben|hast|ist|sind)(?!\w)(?:\s+\S+){0,12}?\s+\w*ge\w+(?:t|en)(?!\w)",
    re.IGNORECASE,
)
_FUTURE_EN = re.compile(
    r"(?<!\w)(?:will|won't|shall|'ll|is\s+due|are\s+due|is\s+set\s+to|are\s+set\s+to|"
    r"is\s+expected\s+to|are\s+expected\s+to|plans?\s+to|going\s+to|is\s+to|are\s+to|"
    r"next|upcoming|coming|scheduled)(?!\w)",
    re.IGNORECASE,
)
_PAST_EN = re.compile(
    r"(?<!\w)(?:[Ww]as|[Ww]ere|[Hh]ad|[Dd]id|said|told|went|came|took|made|gave|won|lost|"
    r"rose|fell|[Ll]ast|ago|[Ee]arlier|[Pp]reviously|[a-z]{3,}ed)(?!\w)"
)
_NOT_PAST_EN = frozenset(
    {
        "need",
        "needed",
        "speed",
        "proceed",
        "exceed",
        "succeed",
        "feed",
        "seed",
        "indeed",
        "embed",
        "shed",
        "bed",
        "red",
        "led",
        "expected",
        "scheduled",
        "planned",
        "proposed",
    }
)


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end], by punctuation."""
    left = 0
    for m in _BOUNDARY.finditer(text, max(0, start - 400), start):
        left = m.end()
    right = _BOUNDARY.search(text, end, end + 400)
    return left, (right.start() if right else min(len(text), end + 400))


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end]: the sentence cut at commas and dashes, so
    "Carney, who leaves in July, said" reads "who leaves in July" alone."""
    left, right = sentence_span(text, start, end)
    for m in _CLAUSE.finditer(text, left, start):
        left = m.end()
    cut = _CLAUSE.search(text, end, right)
    return left, (cut.start() if cut else right)


def sentence_tense(text: str, start: int, end: int, lang: str) -> str | None:
    """ "past", "future" or None (present, or no sign either way), read off the clause
    the expression stands in. "by Friday" and "bis zum Freitag" are deadlines: ahead."""
    left, right = clause_span(text, start, end)
    if _DEADLINE.search(text, max(left, start - 20), start):
        return "future"
    if _AHEAD_AFTER.match(text, end):
        return "future"
    if _SINCE.search(text, max(left, start - 20), start):
        return "past"
    sentence = text[left:start] + " " + text[end:right]
    if lang.startswith("de"):
        future = _FUTURE_DE.search(sentence) is not None
        past = _PAST_DE.search(sentence) is not None or _PERFECT_DE.search(sentence) is not None
    else:
        future = _FUTURE_EN.search(sentence) is not None
        past = any(m.group(0).lower() not in _NOT_PAST_EN for m in _PAST_EN.finditer(sentence))
    if past == future:
        return None
    return "past" if past else "future"
