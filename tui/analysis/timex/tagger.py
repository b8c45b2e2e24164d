"""Find and normalise time expressions: rules find candidates, context anchors them.

Pure Python (re + datetime): no spaCy, no dateparser at import time, so the reader and
the CLI can import it cheaply and the tagger runs at a few milliseconds per thousand words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from ..model import DateMention
from .rules import Candidate, Rule, TokenIndex
from .spec import ABSOLUTE, DEICTIC, NARRATIVE, Anchor, Spec, resolve
from .tense import sentence_tense

# Text that never holds a date: links, e-mail addresses, phone numbers.
_URL = re.compile(r"(?:https?://|www\.)\S+")
_MAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_PHONE = re.compile(r"(?:\+|\b00)\d{1,3}[\s/-]?\(?\d{1,5}\)?(?:[\s/-]?\d{2,}){1,4}")


def _no_date_spans(text: str) -> list[tuple[int, int]]:
    """Links, e-mail addresses and phone numbers: never a date."""
    out: list[tuple[int, int]] = []
    if "://" in text or "www." in text:
        out.extend(m.span() for m in _URL.finditer(text))
    if "@" in text:
        for at in re.finditer("@", text):
            m = _MAIL.search(text, max(0, at.start() - 64), at.end() + 255)
            if m is not None:
                out.append(m.span())
    if "+" in text or "00" in text:
        out.extend(m.span() for m in _PHONE.finditer(text))
    return out


def _rules(lang: str) -> tuple[tuple[Rule, ...], str]:
    """The rule set for a language tag ("de", "de-AT", "en", "en-GB") and its date order."""
    code = (lang or "en").replace("_", "-").lower()
    if code.startswith("de"):
        from .news_rules import rules_de as news_de
        from .rules_de import rules

        return _joined(rules(), news_de()), "DMY"
    from .news_rules import rules_en as news_en
    from .rules_en import rules as rules_en

    order = "MDY" if code in ("en", "en-us", "en-ph") or not code.startswith("en") else "DMY"
    if not code.startswith("en"):
        order = "DMY"
    return _joined(rules_en(order), news_en()), order


@lru_cache(maxsize=8)
def _joined(*sets: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """One tuple per rule set, the same object each call (the token index caches by it)."""
    return tuple(rule for rules in sets for rule in rules)


def find_candidates(
    text: str, lang: str, skip: Sequence[tuple[int, int]] = (), *, indexed: bool = True
) -> list[Candidate]:
    """Non-overlapping candidates in text order: the longest wins, then the rule's priority.

    `indexed=False` tries every rule at every position (slow; tests compare the two).
    """
    rules, _ = _rules(lang)
    cands: list[Candidate] = []
    index = TokenIndex(text, rules) if indexed else None
    for rule in rules:
        cands.extend(rule.find(text, index))
    blocked = bytearray(len(text) + 1)
    for s, e in [*skip, *_no_date_spans(text)]:
        blocked[max(0, s) : max(0, e)] = b"\x01" * (max(0, e) - max(0, s))
    cands.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    taken = bytearray(len(text) + 1)
    chosen: list[Candidate] = []
    for c in cands:
        if any(blocked[c.start : c.end]) or any(taken[c.start : c.end]):
            continue
        text_span = text[c.start : c.end]
        # trim trailing spaces a pattern may have swallowed
        stripped = text_span.rstrip()
        end = c.start + len(stripped)
        if end <= c.start:
            continue
        taken[c.start : end] = b"\x01" * (end - c.start)
        chosen.append(Candidate(c.start, end, c.spec, c.priority, c.rule))
    chosen.sort(key=lambda c: c.start)
    return _with_weekdays_joined(text, chosen)


_WEEKDAY_THEN_DATE = re.compile(r"\s*(?:,|den|dem|the)?\s*")
_WEEKDAY_THEN_PAREN_DATE = re.compile(r"\s*\(\s*")
# "Dienstag um Mitternacht", "Sonntag gegen 20 Uhr"
_WEEKDAY_THEN_TIME = re.compile(
    r"\s*,?\s*(?:(?:[Aa]bend|[Mm]orgen|[Nn]achmittag|[Vv]ormittag|[Nn]acht|morning|"
    r"afternoon|evening|night)\s+)?(?:(?:um|gegen|ab|at|from)\s+)?"
)
# "25. Februar 2021, um 10:00 Uhr", "19.12.2011, 16:00"; "am 8. Mai um 23 Uhr" stays two
# (as WikiWarsDE and TempEval mark it)
_TIME_THEN_WEEKDAY = re.compile(r"\s*(?:local\s+time\s*)?,?\s*(?:on\s+)?")
_DAY_THEN_TIME = re.compile(r"\s*,\s*(?:(?:um|gegen|ab|at)\s+)?")


def _is_weekday(c: Candidate) -> bool:
    return c.spec.kind == "date" and c.spec.weekday is not None and c.spec.day is None


def _is_day(c: Candidate) -> bool:
    return c.spec.kind == "date" and c.spec.day is not None


def _is_clock(c: Candidate) -> bool:
    s = c.spec
    return (
        s.kind == "date"
        and s.time is not None
        and ":" in s.time
        and s.day is None
        and s.month is None
        and s.weekday is None
        and s.year is None
    )


def _with_weekdays_joined(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A weekday or a day and what names it more closely are one expression:
    "Mittwochabend, 21. August" (the date says which week), "Dienstag um Mitternacht",
    "25. Februar 2021, um 10:00 Uhr". "Dienstag (17. September)" stays two, the weekday
    with its date's value. Blockers (ages) leave the list here."""
    out: list[Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        if prev is not None and _is_weekday(prev) and _is_day(c):
            if _WEEKDAY_THEN_DATE.fullmatch(text, prev.end, c.start):
                spec = replace(c.spec, time=c.spec.time or prev.spec.time)
                out[-1] = Candidate(prev.start, c.end, spec, c.priority, c.rule)
                continue
            if _WEEKDAY_THEN_PAREN_DATE.fullmatch(text, prev.end, c.start):
                out[-1] = Candidate(prev.start, prev.end, c.spec, prev.priority, prev.rule)
        elif (
            prev is not None
            and _is_clock(c)
            and (
                (_is_weekday(prev) and _WEEKDAY_THEN_TIME.fullmatch(text, prev.end, c.start))
                or (_is_day(prev) and _DAY_THEN_TIME.fullmatch(text, prev.end, c.start))
            )
        ):
            spec = replace(prev.spec, time=c.spec.time, tz=c.spec.tz or prev.spec.tz)
            out[-1] = Candidate(prev.start, c.end, spec, prev.priority, prev.rule)
            continue
        elif (
            prev is not None
            and _is_clock(prev)
            and (_is_weekday(c) or _is_day(c))
            and c.spec.time is None
            and _TIME_THEN_WEEKDAY.fullmatch(text, prev.end, c.start)
        ):  # "3 p.m. local time Monday", "midnight on Christmas Day"
            spec = replace(c.spec, time=prev.spec.time, tz=prev.spec.tz)
            out[-1] = Candidate(prev.start, c.end, spec, c.priority, c.rule)
            continue
        out.append(c)
    return [c for c in out if c.spec.kind != "none"]


@dataclass
class TimexState:
    """What the tagger knows of the text so far: pass one object to consecutive calls on
    the pieces of one article so "im Juli" in the third piece still finds its year."""

    ctx: Anchor | None = None  # the last date mentioned
    section: tuple[int, int] | None = None  # the years the current section's heading names
    in_section: Anchor | None = None  # the last date mentioned inside those years
    ctx_end: int = -1  # where the mention that set `ctx` ends in the current text
    recent_years: list[int] = field(default_factory=list)  # of the last explicit dates
    news: bool | None = None  # does the article tell of its own time (decided once)

    def present(self, ref: date) -> bool:
        """Does the text talk of the time of publication (news) rather than the past?"""
        if self.ctx is None or self.ctx.year >= ref.year - 1:
            return True
        return any(y >= ref.year - 1 for y in self.recent_years)


def tag_dates(
    text: str,
    lang: str,
    reference: date | None,
    *,
    skip: Sequence[tuple[int, int]] = (),
    state: TimexState | None = None,
) -> list[DateMention]:
    """Time expressions in `text` with TIMEX3 values, offsets into `text`.

    `reference` is the article's publication date: deictic expressions ("gestern",
    "last week") count from it. Without one they keep underspecified values
    ("XXXX-WXX-5", "PAST_REF"): a value never comes from the day the text is read.
    Narrative expressions ("im Juli", "zwei Tage später") count from the last date
    the text mentioned. `skip` holds spans that must not yield dates (money found by
    another component). `state` carries that narrative context from one piece of an
    article to the next.
    """
    ref = reference
    st = state if state is not None else TimexState()
    if st.news is None and ref is not None:
        st.news = _tells_of_its_time(text, ref)
    sections = _year_headings(text)
    si = 0
    out: list[DateMention] = []
    st.ctx_end = -1  # offsets of an earlier piece mean nothing here
    for c in find_candidates(text, lang, skip):
        while si < len(sections) and sections[si][0] <= c.start:
            st.section = sections[si][1]
            st.in_section = Anchor(st.section[0]) if st.section else None
            si += 1
        base = st.ctx
        sec = st.section
        if (
            sec is not None
            and (base is None or not sec[0] <= base.year <= sec[1])
            and not _follows_last_date(c.spec)
            and not _same_sentence(text, st.ctx_end, c.start)
        ):
            base = st.in_section
        # news, or an undated article: "im März" takes its year from a date in the same
        # sentence (undated: or the one before), else from the article's date; never
        # from an aside paragraphs away that the article has moved on from
        if (
            base is not None
            and sec is None
            and (ref is None or st.news)
            and _near_only(c.spec)
            and not _within_sentences(text, st.ctx_end, c.start, _sentences_back(ref, st))
            and not (ref is None and _latest_full_date(st))
        ):
            base = None
        present = None if ref is None else (st.news or st.present(ref))
        tense = sentence_tense(text, c.start, c.end, lang) if _needs_tense(c.spec) else None
        if _ahead_or_span(c.spec) and tense != "future":
            c = _as_span(text, c)
        try:
            res = resolve(c.spec, base, ref, present, tense)
        except (OverflowError, ValueError):  # arithmetic past year 1 or 9999
            res = None
        if res is None:
            continue
        out.append(
            DateMention(
                start=c.start,
                end=c.end,
                text=text[c.start : c.end],
                value=res.value,
                granularity=res.granularity,
                mod=res.mod,
                anchor=res.anchor,
                anchor_source=_anchor_source(res.anchor, ref),
            )
        )
        if res.point is not None and res.granularity not in ("decade", "century"):
            if c.spec.anchoring == ABSOLUTE and c.spec.kind == "date":
                news = ref is not None and any(y >= ref.year - 1 for y in st.recent_years)
                st.recent_years = [*st.recent_years[-5:], res.point.year]
                if (
                    ref is not None
                    and news
                    and res.granularity == "year"
                    and res.point.year < ref.year - 2
                    and c.spec.mod is None
                ):
                    continue  # "founded in 1913" in a news story: background, not its time
            st.ctx = _update(st.ctx, res.point)
            st.ctx_end = c.end
            if sec is not None and sec[0] <= st.ctx.year <= sec[1]:
                st.in_section = st.ctx
    return out


_YEAR = re.compile(r"(?<![\d.,])(1[5-9]\d\d|20\d\d)(?![\d.,]\d)")


def _tells_of_its_time(text: str, ref: date) -> bool:
    """News rather than history: no year named, a fair share of the years near the
    article's date, or a few years of the last decade. Then "letztes Jahr" and "im
    August" count from the article's date (HeidelTime's news strategy), not from the
    last year an aside mentioned."""
    years = [int(y) for y in _YEAR.findall(text)]
    if not years:
        return True
    recent = sum(ref.year - 2 <= y <= ref.year + 1 for y in years)
    if recent >= 0.2 * len(years):
        return True
    return len(years) <= 3 and max(years) >= ref.year - 10


def _sentences_back(ref: date | None, st: TimexState) -> int:
    """How far back a date may anchor "im März": in news the same sentence; in an
    undated article also the sentence before, when that date names its month."""
    return 1 if ref is None and st.ctx is not None and st.ctx.month is not None else 0


def _anchor_source(anchor: str | None, ref: date | None) -> str | None:
    if anchor is None:
        return None
    return "published" if ref is not None and anchor == ref.isoformat() else "text"


def _latest_full_date(st: TimexState) -> bool:
    """In an undated article, the latest date it gives to the month or day is its
    "now" for what follows ("5. März" after "25. Februar 2021"); a bare year such as
    "gegründet 1998" is not."""
    ctx = st.ctx
    return ctx is not None and ctx.month is not None and ctx.year >= max(st.recent_years or [0])


def _near_only(spec: Spec) -> bool:
    """A month, day or weekday without its year: in news it belongs to the article's
    time unless a date right beside it says otherwise. "the following year" and
    "zwei Tage später" point at the date just named, however far back."""
    return spec.kind == "date" and spec.anchoring == NARRATIVE


def _ahead_or_span(spec: Spec) -> bool:
    """ "in drei Tagen", "in eight months": ahead of the article's date or a span."""
    return (
        spec.kind == "rel"
        and spec.anchoring == DEICTIC
        and re.match(r"P[\dXT]", spec.value or "") is not None
    )


def _as_span(text: str, c: Candidate) -> Candidate:
    start = c.start
    head = re.match(r"(?:in|within|innerhalb)\s+", text[start : c.end], re.IGNORECASE)
    if head:
        start += head.end()
    return Candidate(start, c.end, Spec(kind="duration", value=c.spec.value), c.priority, c.rule)


def _needs_tense(spec: Spec) -> bool:
    if _ahead_or_span(spec):
        return True
    return (
        spec.kind == "date"
        and spec.year is None
        and (
            spec.weekday is not None
            or spec.weekend
            or spec.month is not None
            or spec.quarter is not None
            or spec.season is not None
        )
    )


# a sentence ends after a word or a year ("bis 2010. Am …"), not after an ordinal ("3. Mai")
_SENTENCE_END = re.compile(r"(?:(?<=[a-zäöüß)\"“])|(?<=\d{4}))[.!?]\s+[A-ZÄÖÜ\d„\"]|\n")


def _within_sentences(text: str, start: int, end: int, boundaries: int) -> bool:
    """At most `boundaries` sentence ends between `start` and `end`."""
    if not 0 <= start <= end:
        return False
    for _ in _SENTENCE_END.finditer(text, start, end):
        boundaries -= 1
        if boundaries < 0:
            return False
    return True


def _same_sentence(text: str, start: int, end: int) -> bool:
    """No sentence boundary between `start` and `end` (offsets into `text`)."""
    return 0 <= start <= end and _SENTENCE_END.search(text, start, end) is None


def _follows_last_date(spec: Spec) -> bool:
    """ "am selben Tag", "zwei Tage später": these refer to the date just mentioned, even
    when it lies outside the years of the section."""
    return spec.kind == "rel" and spec.unit in ("D", "W")


def _update(ctx: Anchor | None, point: Anchor) -> Anchor:
    """The new narrative context: keep the finer old one when the new point agrees."""
    if ctx is not None and point.year == ctx.year:
        if point.month is None:
            return ctx
        if point.month == ctx.month and point.day is None:
            return ctx
    return point


_HEADING_YEAR = re.compile(r"(?<![\d.,])(1\d{3}|20\d{2})(?![\d.,]\d)")


def _year_headings(text: str) -> list[tuple[int, tuple[int, int] | None, bool]]:
    """Headings that name years ("1862", "Westfront 1944/1945"): they set the years a
    section tells of, so a digression to 1881 inside it does not move "im Oktober"."""
    out: list[tuple[int, tuple[int, int] | None, bool]] = []
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        start = pos
        pos += len(line) + 1
        s = line.strip()
        if not s or len(s) > 100 or s[-1] in '.:;,!?“"':
            continue
        if i > 0 and lines[i - 1].strip():
            continue
        if i + 1 < len(lines) and lines[i + 1].strip():
            continue
        years = [int(y) for y in _HEADING_YEAR.findall(s)]
        if years:
            # "1862" or "1918 – Intervention": a chapter of years that sub-headings share;
            # "Westfront 1944/1945": a topic whose years end with the next heading
            chapter = _HEADING_YEAR.match(s) is not None
            out.append((start, (min(years), max(years)), chapter))
        elif out and not out[-1][2] and out[-1][1] is not None:
            out.append((start, None, False))
    return out
