"""The shape of a finder rule and helpers shared by the German and English rule sets."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from .spec import Spec


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    spec: Spec
    priority: int = 0  # breaks ties between overlapping candidates of equal length
    rule: str = ""


Builder = Callable[[re.Match[str]], list[Candidate] | Candidate | None]


class TokenIndex:
    """Where the words that can begin a rule's match start in a text.

    Trying a regex at every character is what makes a few dozen rules slow; a rule that
    names the words it can start with is tried at those words only. The text is split
    once (in C, via `re.split`) and only the words some rule asks for are indexed.
    """

    _SEP = re.compile(r"([\W_]+)")

    def __init__(self, text: str, rules: Sequence[Rule]) -> None:
        parts = self._SEP.split(text)
        offsets = [0, *accumulate(map(len, parts))]
        words = list(map(str.lower, parts[0::2]))
        starts = offsets[0::2]
        static, preds = _start_words(tuple(rules))
        vocab = set(words)
        wanted = set(static & vocab)
        for pred in preds:
            wanted.update(filter(pred, vocab))
        self.words: dict[str, list[int]] = {}
        pairs = list(zip(words, starts, strict=False))
        self.digits: list[int] = [off for w, off in pairs if w[:1].isdigit()]
        table = self.words
        for w, off in [(w, off) for w, off in pairs if w in wanted]:
            table.setdefault(w, []).append(off)

    def positions(self, rule: Rule) -> list[int]:
        out: list[int] = list(self.digits) if rule.digits else []
        words = self.words
        for w in rule.starts:
            got = words.get(w)
            if got:
                out.extend(got)
        if rule.pred is not None:
            pred = rule.pred
            for w, got in words.items():
                if w not in rule.starts and pred(w):
                    out.extend(got)
        out.sort()
        return out


_STATIC: dict[int, tuple[frozenset[str], tuple[Callable[[str], object], ...]]] = {}


def _start_words(
    rules: tuple[Rule, ...],
) -> tuple[frozenset[str], tuple[Callable[[str], object], ...]]:
    """All rules' first words and first-word tests, computed once per rule set."""
    key = id(rules)
    got = _STATIC.get(key)
    if got is None:
        words = frozenset().union(*(r.starts for r in rules))
        preds = tuple(r.pred for r in rules if r.pred is not None)
        got = _STATIC[key] = (words, preds)
    return got


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    build: Builder
    priority: int = 0
    starts: frozenset[str] = frozenset()  # lower-case words a match can begin with
    digits: bool = False  # a match can begin with a number
    pred: Callable[[str], object] | None = None  # other first words ("neunmonatigen")

    @property
    def indexed(self) -> bool:
        return bool(self.starts or self.digits or self.pred)

    def find(self, text: str, index: TokenIndex | None = None) -> list[Candidate]:
        out: list[Candidate] = []
        if index is not None and self.indexed:
            match = self.regex.match
            found = (match(text, p) for p in index.positions(self))
            matches = [m for m in found if m is not None]
        else:
            matches = list(self.regex.finditer(text))
        for m in matches:
            got = self.build(m)
            if got is None:
                continue
            for c in got if isinstance(got, list) else [got]:
                if c.end > c.start:
                    out.append(Candidate(c.start, c.end, c.spec, self.priority, self.name))
        return out


def span(m: re.Match[str], spec: Spec, group: str | int = 0) -> Candidate:
    return Candidate(m.start(group), m.end(group), spec)


def in_year(
    m: re.Match[str],
    offset: int,
    anchoring: str,
    *,
    month: int | None = None,
    season: str | None = None,
    mod: str | None = None,
) -> Candidate:
    """A month or season `offset` years from the context's year: "März des folgenden
    Jahres", "last summer"."""
    spec = Spec(
        kind="rel",
        unit="Y",
        offset=offset,
        gran="year",
        anchoring=anchoring,
        month=month,
        season=season,
        mod=mod,
    )
    return span(m, spec)


def word_number(word: str, table: dict[str, int]) -> int | None:
    """An integer written in digits or as a number word."""
    w = word.lower()
    if w.isdigit():
        return int(w)
    return table.get(w)


def valid_day(day: int, month: int | None) -> bool:
    if not 1 <= day <= 31:
        return False
    return month is None or day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)


def first_group(m: re.Match[str], *names: str) -> str | None:
    """The first of several alternative named groups that matched."""
    for n in names:
        g = m.group(n)
        if g is not None:
            return g
    return None


def holiday_spec(entry: tuple[str | int, int], year: int | None) -> Spec:
    """A holiday's date: fixed, or so many days after Easter Sunday."""
    from .spec import ABSOLUTE, NARRATIVE

    anchoring = ABSOLUTE if year is not None else NARRATIVE
    first, second = entry
    if first == "easter":
        return Spec(year=year, easter=second, month=1, day=1, anchoring=anchoring)
    assert isinstance(first, int)
    return Spec(year=year, month=first, day=second, anchoring=anchoring)


# what str.splitlines() breaks at: a word across one of these is on another line
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"


def prev_word(text: str, start: int) -> str | None:
    """The word before `start` (None at the start of a line or the text)."""
    i = start
    while i > 0 and text[i - 1].isspace():
        if text[i - 1] in _LINE_BREAKS:
            return None
        i -= 1
    if i == 0:
        return None
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    return text[j:i]


def short_year(m: re.Match[str]) -> Candidate | None:
    """The "28" of "1926–28" and the "41" of "Winter 1940/41": a year written with two digits."""
    first, yy = int(m.group("y")), int(m.group("yy"))
    if not 1000 <= first <= 2099:
        return None
    if len(m.group("yy")) == 1:  # "2005-6": the next year, written with its last digit
        year = first - first % 10 + yy
        if year != first + 1:
            return None
        return Candidate(m.start("yy"), m.end("yy"), Spec(year=year))
    year = first - first % 100 + yy
    if year <= first:
        year += 100
    if year - first > 20:
        return None
    return Candidate(m.start("yy"), m.end("yy"), Spec(year=year))


# the same in both languages: "1926–28", "Winter 1940/41"
SHORT_YEAR_RULE = Rule(
    "short_year",
    re.compile(r"(?<![\w.,])(?P<y>[12]\d{3})\s*[/–-]\s*(?P<yy>\d{1,2})(?![\w]|[.,:]\d)"),
    short_year,
    2,
)
