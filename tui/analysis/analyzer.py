"""Run the pipeline over an article and gather an `Analysis` in article offsets.

Only prose is analysed: boilerplate, metadata and the source list are left out, so
no entity or fact is ever built from them. Consecutive prose blocks are contiguous
in the article's text, so each run of them is analysed as one slice (split into
chunks for long articles) and offsets only need that slice's start added.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterator
from dataclasses import replace
from itertools import accumulate
from typing import TYPE_CHECKING, Any, TypeVar

from tui.analysis.entities import RawSpan, group_entities, relabel
from tui.analysis.model import Analysis, DateMention, Entity, Fact, Mention
from tui.analysis.names.naming import settle_entities
from tui.analysis.organisations import KNOWN_ORGANISATIONS
from tui.analysis.pipeline import load_pipeline, model_name
from tui.article.headline import cut_off_tail
from tui.article.model import Article, BlockKind

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

CHUNK_CHARS = 20_000
REFERENCE_DATE = "limelight_reference_date"

Progress = Callable[[float], None]


def prose_regions(article: Article) -> list[tuple[int, int]]:
    """Maximal runs of analysable blocks as (start, end) ranges of `article.text`."""
    regions: list[tuple[int, int]] = []
    extend = False
    for block in article.blocks:
        if not block.analysable:
            extend = False
            continue
        if block.end <= block.start:
            continue
        if extend:
            regions[-1] = (regions[-1][0], block.end)
        else:
            regions.append((block.start, block.end))
            extend = True
    return regions


def chunks(article: Article, size: int = CHUNK_CHARS) -> Iterator[tuple[int, int]]:
    """Regions cut at block boundaries into pieces of about `size` characters."""
    starts = {b.start for b in article.blocks}
    for start, end in prose_regions(article):
        piece_start = start
        while end - piece_start > size:
            cut = _cut_point(article.text, starts, piece_start, piece_start + size)
            yield piece_start, cut
            piece_start = cut
            while piece_start < end and article.text[piece_start].isspace():
                piece_start += 1
        if piece_start < end:
            yield piece_start, end


def _cut_point(text: str, block_starts: set[int], start: int, limit: int) -> int:
    """The last block boundary before `limit`, else a sentence or word end."""
    for cut in range(limit, start, -1):
        if cut in block_starts:
            return cut
    for mark in (". ", " "):
        cut = text.rfind(mark, start + 1, limit)
        if cut > start:
            return cut + 1
    return limit


def analyze(
    article: Article,
    *,
    progress: Progress | None = None,
    nlp: Language | None = None,
    use_cache: bool = True,
) -> Analysis:
    """Entities, dates, facts and cited sources of `article`, from the cache when it has them."""
    from tui.analysis import cache

    lang = article.language if article.language in ("de", "en") else "en"
    key = cache.cache_key(article, lang) if use_cache and nlp is None else None
    if key and (cached := cache.load(key)):
        if progress:
            progress(1.0)
        return cached
    result = _analyze(article, lang, nlp or load_pipeline(lang), progress)
    if key:
        cache.store(key, result)
    return result


def _analyze(article: Article, lang: str, nlp: Language, progress: Progress | None) -> Analysis:
    from tui.analysis.sources import link_sources

    pieces = list(chunks(article))
    total = sum(end - start for start, end in pieces) or 1
    done = 0
    spans: list[RawSpan] = []
    dates: list[DateMention] = []
    facts: list[Fact] = []
    docs = (_prepare(nlp, article, start, end) for start, end in pieces)
    for (start, end), doc in zip(pieces, nlp.pipe(docs, batch_size=1), strict=True):
        spans.extend(RawSpan(start + e.start_char, start + e.end_char, e.label_) for e in doc.ents)
        dates.extend(_shift(d, start) for d in (doc._.timexes or []))
        facts.extend(_shift(f, start) for f in (doc._.facts or []))
        done += end - start
        if progress:
            progress(done / total)
    dates.extend(_metadata_dates(article, lang))
    dates = _with_anchor_offsets(sorted(dates, key=lambda d: d.start))
    if (tail := cut_off_tail(article)) is not None:
        spans = [s for s in spans if not (s.start < tail[1] and tail[0] < s.end)]
    spans = _with_fact_evidence(spans, facts, article.text, {s.label for s in article.sources})
    if lang == "en":  # after the facts: "Governor Vows Veto" in a headline is no role
        spans = _outside_headline_case(spans, article)
    entities = group_entities(
        article.text,
        spans,
        prose_regions(article),
        genitive=lang == "de",
        nominatives=[*(source.label for source in article.sources), *KNOWN_ORGANISATIONS],
        headlines=_headings(article),
    )
    if lang == "de":
        entities = [e for e in entities if not _only_in_compounds(article.text, e)]
        for entity in entities:
            entity.mentions = _outside_compounds(article.text, entity)
    relabel(entities, _label_evidence(facts))
    entities = settle_entities(entities, lang, article.text)
    facts = _canonical_fact_entities(facts, entities)
    facts, cited = link_sources(facts, article.sources, article.text)
    warnings = (
        []
        if article.language in ("de", "en")
        else [f"language {article.language!r} not recognised; analysed as English"]
    )
    return Analysis(
        language=lang,
        model=model_name(nlp),
        entities=entities,
        dates=sorted(dates, key=lambda d: d.start),
        facts=sorted(facts, key=lambda f: (f.start, f.kind)),
        sources=cited,
        warnings=warnings,
    )


def _with_anchor_offsets(dates: list[DateMention]) -> list[DateMention]:
    """Point each date resolved from another date of the text at that date: the
    nearest earlier mention whose value the anchor is (or begins with)."""
    out: list[DateMention] = []
    for date in dates:
        if date.anchor_source == "text" and date.anchor:
            source = next((d for d in reversed(out) if d.value.startswith(date.anchor)), None)
            date = replace(date, anchor_start=source.start if source else None)
        out.append(date)
    return out


def _metadata_dates(article: Article, lang: str) -> list[DateMention]:
    """Dates in metadata lines ("Published: October 21, 2024"): no prose, but real dates."""
    from tui.analysis.timex import tag_dates

    found: list[DateMention] = []
    for block in article.blocks:
        if block.kind is BlockKind.META and not block.boilerplate:
            text = article.text[block.start : block.end]
            found.extend(_shift(d, block.start) for d in tag_dates(text, lang, article.published))
    return found


def _prepare(nlp: Language, article: Article, start: int, end: int) -> Doc:
    doc = nlp.make_doc(article.text[start:end])
    doc.user_data[REFERENCE_DATE] = article.published
    return doc


_Item = TypeVar("_Item", DateMention, Fact)


def _shift(item: _Item, offset: int) -> _Item:
    return replace(item, start=item.start + offset, end=item.end + offset)


def _headings(article: Article) -> list[tuple[int, int]]:
    """Where the title, the subtitle and the headings stand."""
    kinds = (BlockKind.TITLE, BlockKind.HEADING, BlockKind.SUBTITLE)
    return [(b.start, b.end) for b in article.blocks if b.kind in kinds]


def _is_headline_case(text: str) -> bool:
    """ "Chipmaker Delays Ohio Plant as Subsidies Stall": most longer words capitalised."""
    words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _outside_headline_case(spans: list[RawSpan], article: Article) -> list[RawSpan]:
    """English headlines capitalise every word, which misleads NER; their names are
    found by propagation from the body instead; a headline's name of several words that
    the body writes as it stands, where the model missed it there, is kept ("Lake
    Titicaca joins …", "(AFP) - Lake Titicaca, the high-altitude lake")."""
    headlines = [(a, b) for a, b in _headings(article) if _is_headline_case(article.text[a:b])]

    def in_headline(start: int) -> bool:
        return any(a <= start < b for a, b in headlines)

    def in_body(span: RawSpan) -> bool:
        name = article.text[span.start : span.end]
        if " " not in name:
            return False  # one capitalised word of a headline proves nothing
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        return any(not in_headline(m.start()) for m in pattern.finditer(article.text))

    def a_place_there(span: RawSpan) -> bool:
        """ "Golden Lion at Venice": a town the index knows, after a preposition of place
        (the body may name it only inside a longer name: "Venice Film Festival")."""
        before = article.text[max(0, span.start - 6) : span.start].split()
        if span.label != "LOC" or not before or before[-1] not in ("at", "in", "from", "to"):
            return False
        from tui.analysis.names.index import load_index

        entry = load_index().get(article.text[span.start : span.end])
        return entry is not None and entry.label == "LOC" and entry.source in ("city", "country")

    found = {article.text[s.start : s.end] for s in spans if not in_headline(s.start)}
    return [
        s
        for s in spans
        if not in_headline(s.start)
        or (article.text[s.start : s.end] not in found and (in_body(s) or a_place_there(s)))
    ]


def _in_figure(span: RawSpan, figures: list[tuple[int, int]], reach: list[int]) -> bool:
    """Whether `span` lies in an amount or starts inside one (`figures` sorted, `reach`
    the running maximum of their ends: a bisection, not a scan per name)."""
    at = bisect_right(figures, (span.start, sys.maxsize)) - 1  # the last one from here
    if at >= 0 and reach[at] >= span.end:
        return True
    before = bisect_left(figures, (span.start, -1)) - 1  # the last one starting earlier
    return before >= 0 and reach[before] > span.start


def _with_fact_evidence(
    spans: list[RawSpan], facts: list[Fact], text: str, sources: Collection[str] = ()
) -> list[RawSpan]:
    """Reconcile entity spans with what the facts established.

    A currency inside an amount ("US-Dollar" in "6,6 Milliarden US-Dollar") is part of
    a figure, not a name, and so is a span that starts inside one. The organisation and person of a role ("OpenAI-CEO Sam
    Altman") are names even where the model missed them, and so is an organisation
    cited as the article's source ("Laut dem Bundesrechnungshof" and the
    Bundesrechnungshof in its source list); grouping then finds their other mentions.
    """
    from tui.analysis.facts.numbers import is_bare_amount
    from tui.analysis.facts.roles import normalise_role

    figures = sorted((f.start, f.end) for f in facts if f.kind in ("money", "percent"))
    # "P1" of "P1 billion" where the headline repeats it ("nears P1 billion")
    amounts = {text[a:b].split()[0] for a, b in figures if text[a:b].strip()}
    reach = list(accumulate((b for _, b in figures), max))  # the furthest end so far
    kept = [
        s
        for s in spans
        # inside an amount, or "120 Euro 2024 prices": a name does not start inside one
        if not _in_figure(s, figures, reach)
        and not (
            text[s.start : s.end] in amounts and any(c.isdigit() for c in text[s.start : s.end])
        )
        and not _is_role_word(text[s.start : s.end], normalise_role)
        and not is_bare_amount(text[s.start : s.end])  # "100bn" alone is no name
        and not _is_currency(text, s)
    ]
    for fact in facts:
        names: tuple[tuple[str | None, str], ...]
        if fact.kind == "role":
            names = ((fact.organisation, "ORG"), (fact.person, "PER"))
        elif fact.kind == "attribution" and fact.speaker in sources:
            names = ((fact.speaker, "ORG"),)
        else:
            continue
        for name, label in names:
            start = text.find(name, fact.start, fact.end) if name else -1
            if start < 0 or name is None:
                continue
            end = start + len(name)
            if label == "ORG" and (
                _is_place_prefix(name, text, end)
                or _is_lower_word(name, text)
                or _is_common_noun(name)
                or _unknown_word_opening_a_sentence(name, text, start)
            ):
                continue
            if not any(s.start < end and start < s.end for s in kept):
                kept.append(RawSpan(start, end, label))
    return kept


def _only_in_compounds(text: str, entity: Entity) -> bool:
    """ "FDP-Chef", "Hamas-Vertreter", "Anti-Trump-Proteste": a name that the article only
    writes as part of a compound word names a role or a thing there, not itself (as
    GermEval's *part labels and a careful reader have it)."""
    return bool(entity.mentions) and all(_in_compound(text, m) for m in entity.mentions)


def _in_compound(text: str, mention: Mention) -> bool:
    return (
        text[mention.end : mention.end + 1] == "-"
        and text[mention.end + 1 : mention.end + 2].isalpha()
    ) or (
        mention.start > 1 and text[mention.start - 1] == "-" and text[mention.start - 2].isalpha()
    )


def _outside_compounds(text: str, entity: Entity) -> list[Mention]:
    """ "Juso-Landesvorsitzende" beside "die saarländischen Jusos": a form the article
    writes only inside compounds is part of a word there; the compounds of a form it also
    writes alone ("CDU-Politiker" beside "die CDU") stay linked to the name."""
    alone = {m.text for m in entity.mentions if not _in_compound(text, m)}
    return [m for m in entity.mentions if m.text in alone or not _in_compound(text, m)]


def _is_place_prefix(name: str, text: str, end: int) -> bool:
    """ "US-Außenminister": a country before a role is part of a word, not an employer."""
    from tui.analysis.names import load_index

    entry = load_index().get(name)
    return text[end : end + 1] == "-" and entry is not None and entry.label == "LOC"


def _is_common_noun(name: str) -> bool:
    """ "Polizei-Vizepräsident": a noun for a kind of body ("Polizei", "Armee") before a
    role names no one body; a listed body that is a word too ("Bundeswehr") does."""
    from tui.analysis.names import load_index

    entry = load_index().get(name)
    return entry is not None and (
        entry.label == "NOUN" or (entry.source == "corpus" and "noun" in entry.flags)
    )


def _is_lower_word(name: str, text: str) -> bool:
    """ "Club secretary Pauline Harper" where the text says "the club": a common word
    before a role is no organisation."""
    import re

    if " " in name or not name.isalpha():
        return False
    # as a word of prose, not inside a link ("openai.com")
    pattern = rf"(?<![\w./@-]){re.escape(name.lower())}(?![\w@-]|\.\w)"
    return re.search(pattern, text) is not None


def _unknown_word_opening_a_sentence(name: str, text: str, start: int) -> bool:
    """ "Finance director Dilnoza Rakhimova said": one capitalised word that opens a
    sentence before a role, which neither the model nor the index took for a name, is
    the role's remit, not its employer."""
    from tui.analysis.names import load_index

    if " " in name or not name.isalpha():
        return False
    before = text[:start].rstrip(" ")
    if before and before[-1] not in "\n.!?:":
        return False
    entry = load_index().get(name)
    return entry is None or not entry.is_entity


def _is_known_place(name: str) -> bool:
    """ "Gouverneur von Kandahar", "US Senator": a role's place is no employer where the
    name index knows it as a country, city or listed place."""
    from tui.analysis.names import load_index

    index = load_index()
    # "Frankreichs Ministerpräsident": the genitive of a country too
    forms = (name, name[:-1]) if name.endswith("s") and " " not in name else (name,)
    return any((entry := index.get(form)) is not None and entry.is_known_place for form in forms)


# roles that only a place has: "Kavango East governor Maria Kandjimi" names a region
_PLACE_ROLES = frozenset(
    {"governor", "mayor", "premier", "gouverneur", "gouverneurin", "bürgermeister"}
    | {"bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin", "landrat", "landrätin"}
)


def _after_of(text: str, name: str) -> bool:
    """ "Polizeichef von Kandahar": after "von"/"of" a place is as likely as an
    employer, so the role leaves the label to the model."""
    return f" von {name}" in text or f" of {name}" in text


_DETERMINERS = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "eines",
        "the",
        "a",
        "an",
    ]
)


def _is_currency(text: str, span: RawSpan) -> bool:
    """ "der Dollar stieg": a currency named as such is a thing, not a name. Only after
    a determiner or as the model's MISC, since "Franken" and "Mark" are names too ("in
    Franken")."""
    from tui.analysis.facts.currencies import currency_lexicon

    word = text[span.start : span.end]
    if " " in word or not word[:1].isupper():
        return False
    lexicon = currency_lexicon()
    lower = word.lower()
    if lower not in lexicon.names or lower in lexicon.needs_scale:
        return False
    if span.label == "MISC":
        return True  # "rund vier Euro": the model's "Euro" is the currency, not a name
    before = text[max(0, span.start - 12) : span.start].split()
    return bool(before) and before[-1].lower() in _DETERMINERS


def _is_role_word(surface: str, normalise_role: Callable[[str], Any]) -> bool:
    """ "CEO", "Bundeskanzler": a title on its own is no name."""
    if " " in surface:
        return False
    role = normalise_role(surface)
    return role is not None and role[1] is None


def _label_evidence(facts: list[Fact]) -> dict[str, str]:
    """Labels that facts imply: the holder of a role is a person, its employer an
    organisation, an outlet that reports something an organisation; failing that, a
    well-known organisation is one."""
    votes: dict[str, str] = dict.fromkeys(KNOWN_ORGANISATIONS, "ORG")
    for fact in facts:
        if fact.kind == "role":
            if fact.person:
                votes[fact.person] = "PER"
            if (
                fact.organisation
                and not _is_known_place(fact.organisation)
                and not _after_of(fact.text, fact.organisation)
                and not _PLACE_ROLES.intersection(fact.text.lower().split())
            ):
                votes[fact.organisation] = "ORG"
        elif fact.kind == "attribution" and fact.extra.get("outlet"):
            votes[str(fact.extra["outlet"])] = "ORG"
            if fact.speaker:
                votes.setdefault(fact.speaker, "ORG") if fact.speaker == fact.extra[
                    "outlet"
                ] else None
    return votes


def _canonical_fact_entities(facts: list[Fact], entities: list[Entity]) -> list[Fact]:
    """Name a fact's entities by their canonical names, as the sidebar lists them.

    A fact's `entities` name entities of the analysis, nothing else: a currency the
    model had labelled ("US-Dollar" in an amount) was set aside since, and a genitive
    ("des Bauernverbands") names the entity of its base form."""
    names: dict[str, str] = {}
    for entity in entities:
        names[entity.name] = entity.name
        for mention in entity.mentions:
            names.setdefault(mention.text, entity.name)

    def entity_of(name: str) -> str | None:
        for form in (
            name,
            name.removesuffix("s"),
            name.removesuffix("'s"),
            name.removesuffix("’s"),
        ):
            if form in names:
                return names[form]
        return None

    result = []
    for fact in facts:
        found = (entity_of(e) for e in fact.entities)
        mapped = tuple(dict.fromkeys(name for name in found if name is not None))
        fields: dict[str, Any] = {"entities": mapped}
        for attr in ("person", "organisation", "speaker"):
            value = getattr(fact, attr)
            if value:
                fields[attr] = names.get(value, value)
        result.append(replace(fact, **fields))
    return result
