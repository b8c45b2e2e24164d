"""The reading model: one article's walks and where the reader is in it.

Plain Python, no Textual (an import-linter contract says so), so every walk is
unit-tested without an app. Built from an `Article` (and its `Analysis` once in), it
holds the walks — mentions, mentions of one entity, sections, citations, dates, search
matches — and answers "next/previous from here" with a `Step`: the `Place` to go to,
and the line to show. The screen measures "here" (the focused span if it is on
screen, else the screen's edge) and paints the answer.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from tui.analysis.model import Analysis, CitedSource, DateMention, Entity, Mention
from tui.app.layout import plural, safe_text
from tui.app.marks import next_after, prev_before
from tui.app.timeline import Timeline, build_timeline
from tui.article.model import Article

Span = tuple[int, int]


def find_matches(text: str, query: str, limit: int = 100_000) -> list[Span]:
    """Case-insensitive literal matches of `query` in `text` as (start, end) offsets."""
    if not query:
        return []
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    matches: list[Span] = []
    for m in pattern.finditer(text):
        if m.end() > m.start():
            matches.append((m.start(), m.end()))
            if len(matches) >= limit:
                break
    return matches


@dataclass(frozen=True)
class Citation:
    start: int
    end: int
    source: int  # index into Reading.sources


@dataclass(frozen=True)
class Place:
    """Where a walk lands: the span to mark and what else it makes current."""

    kind: str  # entity, section, source, date, search, fact
    span: Span
    index: int | None = None  # the mention, citation, date or match it is
    entity: int | None = None  # becomes the current entity
    paint: bool = True  # marked in the text (a section heading is not)
    top: bool = False  # scrolled to the top row rather than into view
    select: tuple[str, int] | None = None  # the sidebar item to highlight


@dataclass(frozen=True)
class Step:
    """The answer to a key: a place to go to, a line to show, or both."""

    place: Place | None = None
    message: str = ""


class Reading:
    """One article as the reader walks it; replaced whole when another one opens."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.analysis: Analysis | None = None
        self.analysis_error: str | None = None
        # walks
        self.mentions: list[tuple[Mention, Entity]] = []
        self.mention_starts: list[int] = []
        self.mention_entity: list[int] = []  # entity index of each mention
        self.entity_mentions: dict[int, list[int]] = {}
        self.sections = article.sections
        self.section_starts = [s.start for s in self.sections]
        self.sources: list[CitedSource] = []
        self.citations: list[Citation] = []
        self.timeline = Timeline([], [])
        self.dates: list[DateMention] = []
        # where the reader is
        self.focus_kind: str | None = None
        self.focus_span: Span | None = None
        self.current_mention: int | None = None
        self.current_entity: int | None = None
        self.current_citation: int | None = None
        self.current_date: int | None = None
        # search
        self.search_query = ""
        self.matches: list[Span] = []
        self.current_match: int | None = None
        self._set_sources(None)

    # ---- the analysis -------------------------------------------------------------

    def set_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.mentions = analysis.mentions_in_order()
        index = {id(e): i for i, e in enumerate(analysis.entities)}
        self.mention_starts = [m.start for m, _ in self.mentions]
        self.mention_entity = [index[id(e)] for _, e in self.mentions]
        self.entity_mentions = {}
        for i, e in enumerate(self.mention_entity):
            self.entity_mentions.setdefault(e, []).append(i)
        self._set_sources(analysis)
        self.timeline = build_timeline(analysis.dates)
        self.dates = sorted(analysis.dates, key=lambda d: (d.start, d.end))

    def pending(self) -> str | None:
        """Why walks over the analysis cannot run yet, or None when they can."""
        if self.analysis is not None:
            return None
        return (
            f"No highlights: {self.analysis_error}" if self.analysis_error else "Still analysing…"
        )

    def _set_sources(self, analysis: Analysis | None) -> None:
        """Sources with every place they are cited: analysis attributions + the list."""
        article_sources = self.article.sources
        sources: list[CitedSource] = []
        if analysis is not None and analysis.sources:
            for src in analysis.sources:
                cited = set(src.cited_at)
                cited.update(s.start for s in article_sources if s.url == src.url and s.start >= 0)
                sources.append(CitedSource(src.label, src.url, src.outlet, tuple(sorted(cited))))
        else:
            for s in article_sources:
                sources.append(
                    CitedSource(s.label, s.url, s.outlet, (s.start,) if s.start >= 0 else ())
                )
        self.sources = sources
        citations = {(off, i) for i, src in enumerate(sources) for off in src.cited_at if off >= 0}
        ends = _CitationEnds(self.article, self.analysis)
        self.citations = [
            Citation(off, self._citation_end(off, sources[i], ends), i)
            for off, i in sorted(citations)
        ]

    def _citation_end(self, offset: int, source: CitedSource, ends: _CitationEnds) -> int:
        text = self.article.text
        known = ends.at(offset)
        if known is not None:
            return known
        label = re.sub(r"^(?:the|der|die|das|le|la|el)\s+", "", source.label, flags=re.I)
        for name in (source.outlet, source.label, label):
            if name and text[offset : offset + len(name)].casefold() == name.casefold():
                return offset + len(name)
        word = re.compile(r"\w[\w.-]*").match(text, offset)
        return word.end() if word else min(len(text), offset + 1)

    # ---- places -------------------------------------------------------------------

    def arrive(self, place: Place) -> None:
        """Make `place` the reader's place."""
        self.focus_kind, self.focus_span = place.kind, place.span
        if place.entity is not None:
            self.current_entity = place.entity
        if place.index is not None:
            if place.kind == "entity":
                self.current_mention = place.index
            elif place.kind == "source":
                self.current_citation = place.index
            elif place.kind == "date":
                self.current_date = place.index
            elif place.kind == "search":
                self.current_match = place.index

    def mention_place(self, i: int) -> Place:
        mention, _ = self.mentions[i]
        return Place("entity", (mention.start, mention.end), i, entity=self.mention_entity[i])

    def section_place(self, i: int) -> Place:
        """A section's heading line, at the top of the screen, not marked."""
        section = self.sections[i]
        head_end = self.article.text.find("\n", section.start)
        end = head_end if section.start < head_end < section.end else section.start + 1
        return Place("section", (section.start, end), paint=False, top=True)

    def citation_place(self, i: int) -> Place:
        cit = self.citations[i]
        return Place("source", (cit.start, cit.end), i, select=("source", cit.source))

    def date_place(self, i: int) -> Place:
        d = self.dates[i]
        groups = [*self.timeline.points, *self.timeline.vague]
        group = next((g for g, grp in enumerate(groups) if d in grp.mentions), None)
        return Place("date", (d.start, d.end), i, select=None if group is None else ("date", group))

    def match_place(self, i: int) -> Place:
        return Place("search", self.matches[i], i)

    # ---- walks: `anchor` is where they start (see the module's docstring) ---------

    def mention_step(self, forward: bool, anchor: int) -> Step:
        if (why := self.pending()) is not None:
            return Step(message=why)
        starts = self.mention_starts
        i = next_after(starts, anchor) if forward else prev_before(starts, anchor)
        if i is None:
            return Step(message="No more entities" if forward else "No earlier entities")
        return Step(self.mention_place(i))

    def same_entity_step(self, forward: bool, anchor: int) -> Step:
        if (why := self.pending()) is not None:
            return Step(message=why)
        if self.current_entity is None:
            return Step(message="No current entity: press ] first")
        own = self.entity_mentions.get(self.current_entity, [])
        starts = [self.mention_starts[i] for i in own]
        j = next_after(starts, anchor) if forward else prev_before(starts, anchor)
        if j is None:
            name = self.mentions[own[0]][1].name if own else ""
            return Step(message=f"No more mentions of {safe_text(name)}")
        return Step(self.mention_place(own[j]))

    def current_section(self, position: int) -> int | None:
        if not self.sections:
            return None
        i = bisect_right(self.section_starts, position) - 1
        return i if i >= 0 else None

    def section_step(self, forward: bool, at: int) -> Step:
        """`at`: the anchor going forward, the reader's position going back (from inside
        a section, `{` goes to its own heading first)."""
        if not self.sections:
            return Step(message="This article has no sections")
        if forward:
            i = next_after(self.section_starts, at)
        else:
            current = self.current_section(at)
            if current is not None and at > self.section_starts[current]:
                i = current
            else:
                i = prev_before(self.section_starts, at)
        if i is None:
            return Step(message="No more sections" if forward else "No earlier sections")
        return Step(self.section_place(i))

    def citation_step(self, forward: bool, anchor: int) -> Step:
        if not self.citations:
            done = self.analysis is not None or self.analysis_error is not None
            return Step(message="No source citations found" if done else "Still analysing…")
        starts = [c.start for c in self.citations]
        i = next_after(starts, anchor) if forward else prev_before(starts, anchor)
        if i is None:
            return Step(
                message="No more source citations" if forward else "No earlier source citations"
            )
        return Step(self.citation_place(i))

    def date_step(self, forward: bool, anchor: int) -> Step:
        if (why := self.pending()) is not None:
            return Step(message=why)
        starts = [d.start for d in self.dates]
        i = next_after(starts, anchor) if forward else prev_before(starts, anchor)
        if i is None:
            return Step(message="No more dates" if forward else "No earlier dates")
        return Step(self.date_place(i))

    def match_step(self, forward: bool, anchor: int, *, announce: bool = False) -> Step:
        """The next/previous match, wrapping around the ends (and saying so)."""
        if not self.matches:
            if not self.search_query:
                return Step(message="No search: press / to search")
            return Step(message=f"No matches for “{self.search_query}”")
        starts = [s for s, _ in self.matches]
        i = next_after(starts, anchor) if forward else prev_before(starts, anchor)
        wrapped = i is None
        if i is None:
            i = 0 if forward else len(self.matches) - 1
        count = f"Match {i + 1}/{len(self.matches)} for “{self.search_query}”"
        if wrapped:
            edge = "top" if forward else "bottom"
            return Step(self.match_place(i), f"Search wrapped to the {edge}: {count}")
        return Step(self.match_place(i), count if announce else "")

    # ---- search -------------------------------------------------------------------

    def find(self, query: str, *, hide_boilerplate: bool) -> list[Span]:
        """Matches of `query` in the text on screen: hidden boilerplate does not count."""
        matches = find_matches(self.article.text, query)
        if not hide_boilerplate or not matches:
            return matches
        hidden = [(b.start, b.end) for b in self.article.blocks if b.boilerplate]
        starts = [start for start, _ in hidden]

        def shown(match: Span) -> bool:
            i = bisect_right(starts, match[0]) - 1
            return i < 0 or match[0] >= hidden[i][1]

        return [m for m in matches if shown(m)]

    def search(self, query: str, *, hide_boilerplate: bool) -> None:
        """A submitted search: its matches, none current yet."""
        self.search_query = query
        self.matches = self.find(query, hide_boilerplate=hide_boilerplate)
        self.current_match = None

    def recount(self, *, hide_boilerplate: bool) -> bool:
        """Matches again after boilerplate is hidden or shown; True when the focus was
        on a match and is dropped (its match may be hidden now)."""
        self.matches = self.find(self.search_query, hide_boilerplate=hide_boilerplate)
        self.current_match = None
        if self.focus_kind == "search":
            self.focus_kind, self.focus_span = None, None
            return True
        return False

    def clear(self) -> bool:
        """Drop the matches and the focus mark (an entity stays current); False when
        there was nothing to drop."""
        had = bool(self.matches) or self.focus_span is not None
        self.matches, self.current_match, self.search_query = [], None, ""
        if self.focus_kind != "entity":
            self.focus_kind, self.focus_span = None, None
        return had

    # ---- sidebar choices and clicks -----------------------------------------------

    def choose(self, kind: str, index: int) -> Step | None:
        """An item chosen in the sidebar; chosen again, the next place it stands for."""
        if kind == "entity":
            own = self.entity_mentions.get(index, [])
            if not own:
                return None
            again = self.current_entity == index and self.focus_kind == "entity"
            pos = self.current_mention if again and self.current_mention in own else None
            nxt = own[(own.index(pos) + 1) % len(own)] if pos is not None else own[0]
            return Step(self.mention_place(nxt))
        if kind == "fact" and self.analysis is not None:
            f = self.analysis.facts[index]
            return Step(Place("fact", (f.start, f.end)))
        if kind == "date":
            mentions = [*self.timeline.points, *self.timeline.vague][index].mentions
            at = [(d.start, d.end) for d in mentions]
            nxt = 0
            if self.focus_kind == "date" and self.focus_span in at:
                nxt = (at.index(self.focus_span) + 1) % len(at)
            d = mentions[nxt]
            return Step(Place("date", (d.start, d.end), self.dates.index(d)))
        if kind == "source":
            cited = [i for i, c in enumerate(self.citations) if c.source == index]
            if not cited:
                return Step(message="This source is not cited in the text; o opens it")
            nxt = cited[0]
            if self.focus_kind == "source" and self.current_citation in cited:
                assert self.current_citation is not None
                nxt = cited[(cited.index(self.current_citation) + 1) % len(cited)]
            return Step(self.citation_place(nxt))
        if kind == "section":
            return Step(self.section_place(index))
        return None

    def at(self, offset: int) -> Place | None:
        """What a click at `offset` goes to: a mention, else a citation, else a date."""
        i = bisect_right(self.mention_starts, offset) - 1
        while i >= 0 and self.mentions[i][0].end > offset - 200:
            if self.mentions[i][0].start <= offset < self.mentions[i][0].end:
                return self.mention_place(i)
            i -= 1
        for n, cit in enumerate(self.citations):
            if cit.start <= offset < cit.end:
                return self.citation_place(n)
        for n, d in enumerate(self.dates):
            if d.start <= offset < d.end:
                return self.date_place(n)
        return None

    def focused_url(self) -> str | None:
        """The link of the citation the reader is on, or of the source line around it."""
        if self.focus_kind == "source" and self.current_citation is not None:
            return self.sources[self.citations[self.current_citation].source].url
        if self.focus_span is not None:
            pos = self.focus_span[0]
            for s in self.article.sources:
                if s.start <= pos < s.end:
                    return s.url
        return None

    # ---- the status line ----------------------------------------------------------

    def describe(self) -> tuple[str, str]:
        """What the status line says about the place: the text and the label badge."""
        kind = self.focus_kind
        if kind == "entity" and self.current_mention is not None:
            mention = self.current_mention
            entity = self.mentions[mention][1]
            own = self.entity_mentions[self.mention_entity[mention]]
            k = own.index(mention) + 1
            count = f"{mention + 1}/{len(self.mentions)}"
            return f"Entity {count} {safe_text(entity.name)} ({k}/{len(own)})", entity.label
        if kind == "search" and self.current_match is not None:
            n = f"{self.current_match + 1}/{len(self.matches)}"
            return f"Match {n} for “{self.search_query}”", ""
        if kind == "source" and self.current_citation is not None:
            src = self.sources[self.citations[self.current_citation].source]
            n = f"{self.current_citation + 1}/{len(self.citations)}"
            return f"Source {n} {safe_text(src.outlet or src.label)} · o opens", ""
        if kind == "date" and self.current_date is not None:
            d = self.dates[self.current_date]
            n = f"{self.current_date + 1}/{len(self.dates)}"
            return f"Date {n} {safe_text(d.text)} = {d.value}", ""
        if kind == "fact" and self.focus_span is not None:
            return f"Fact: {safe_text(self.article.text[slice(*self.focus_span)])[:60]}", ""
        if self.current_entity is not None and self.analysis is not None:
            e = self.analysis.entities[self.current_entity]
            return f"Entity –/{len(self.mentions)} {safe_text(e.name)}", e.label
        if self.analysis is not None:
            return f"{plural(len(self.mentions), 'mention')} · ] next", ""
        if self.analysis_error is not None:
            return f"No highlights: {self.analysis_error}", ""
        return "Analysing…", ""

    def section_status(self, position: int) -> str:
        i = self.current_section(position)
        if i is None:
            return f"§ –/{len(self.sections)}" if self.sections else ""
        return f"§ {i + 1}/{len(self.sections)} {safe_text(self.sections[i].title)}"


class _CitationEnds:
    """Where a citation at an offset ends, by what starts or holds it there: the listed
    source, else an entity's mention (the outlet: "New York Times"), else the attribution
    phrase. Indexed once, so an article with thousands of citations is no quadratic wait
    on the interface's thread (a 3 MB article held the reader for minutes)."""

    def __init__(self, article: Article, analysis: Analysis | None) -> None:
        self.listed: dict[int, int] = {}
        for s in article.sources:
            if s.end > s.start:
                self.listed.setdefault(s.start, s.end)
        self.named: dict[int, int] = {}
        self.phrases: list[tuple[int, int, int]] = []  # start, order, end
        if analysis is not None:
            for e in analysis.entities:
                for m in e.mentions:
                    if m.end > m.start:
                        self.named.setdefault(m.start, m.end)
            self.phrases = sorted(
                (f.start, order, f.end)
                for order, f in enumerate(analysis.facts)
                if f.kind == "attribution" and f.end > f.start
            )
        self.longest = max((end - start for start, _, end in self.phrases), default=0)

    def at(self, offset: int) -> int | None:
        if offset in self.listed:
            return self.listed[offset]
        if offset in self.named:
            return self.named[offset]
        # the first attribution (in the facts' order) that holds the offset
        low = bisect_right(self.phrases, (offset - self.longest, -1, -1))
        high = bisect_right(self.phrases, (offset, len(self.phrases), 0))
        holding = [p for p in self.phrases[low:high] if p[2] > offset]
        return min(holding, key=lambda p: p[1])[2] if holding else None
