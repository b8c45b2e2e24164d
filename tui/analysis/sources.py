"""Link attributions to the article's list of sources.

"Laut der New York Times" and "sagt Altman der NYT" both cite the entry
"The New York Times: https://www.nytimes.com/…". An attribution is linked when its outlet
(speaker or recipient) matches a source by a known outlet (name, alias, domain), by the
normalised name, by acronym ("WSJ" ↔ "Wall Street Journal" ↔ wsj.com) or by the name
squeezed into the domain ("GeekWire" ↔ geekwire.com, "New York Times" ↔ nytimes.com).
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlsplit

from tui.analysis.facts.outlets import find_outlet, normalise_name
from tui.analysis.model import CitedSource, Fact
from tui.article.model import Source

_STOP = {"the", "der", "die", "das", "of", "and", "und", "&"}


def _words(name: str) -> list[str]:
    return [w for w in re.findall(r"[\wÄÖÜäöüß]+", normalise_name(name).lower()) if w not in _STOP]


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words)


def _domain_label(url: str) -> str:
    """ "https://www.nytimes.com/…" → "nytimes"; "en.wikipedia.org" → "wikipedia"."""
    host = (urlsplit(url).hostname or "").lower()
    parts = [p for p in host.split(".") if p not in ("www", "web", "en", "de", "m", "amp")]
    if len(parts) >= 3 and parts[-2] in ("co", "com"):
        parts = parts[:-1]
    return parts[-2] if len(parts) >= 2 else (parts[0] if parts else "")


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def name_matches_source(name: str, source: Source) -> bool:
    """True if an outlet name as written in the text refers to this source entry."""
    words = _words(name)
    if not words:
        return False
    host = _host(source.url)
    outlet = find_outlet(name)
    if outlet is not None:
        if any(host == d or host.endswith("." + d) for d in outlet.domains):
            return True
        return any(find_outlet(n) == outlet for n in (source.label, source.outlet) if n)
    label = _domain_label(source.url)
    for other in (source.label, source.outlet):
        if not other:
            continue
        other_words = _words(other)
        if other_words == words:
            return True
        if len(words) == 1 and len(other_words) > 1 and words[0] == _acronym(other_words):
            return True
        if len(other_words) == 1 and len(words) > 1 and other_words[0] == _acronym(words):
            return True
    squeezed = "".join(words)
    if label and len(label) >= 3:
        if label == squeezed or (len(words) > 1 and label == _acronym(words)):
            return True
        if len(words) > 1 and label == _acronym(words[:-1]) + words[-1]:
            return True  # "New York Times" ↔ nytimes
        if len(words) == 1 and len(words[0]) >= 3 and label == words[0]:
            return True
    return False


def _candidates(fact: Fact) -> list[str]:
    names = []
    outlet = fact.extra.get("outlet")
    if isinstance(outlet, str):
        names.append(outlet)
    if fact.speaker:
        names.append(fact.speaker)
    recipient = fact.extra.get("recipient")
    if isinstance(recipient, str):
        names.append(recipient)
    return names


def link_sources(
    facts: list[Fact], sources: list[Source], text: str
) -> tuple[list[Fact], list[CitedSource]]:
    """Set `source_url` on attributions that cite a listed source; where each is cited.

    Returns the facts (linked ones replaced) and one `CitedSource` per source entry, in the
    list's order, with `cited_at` = the citing attributions' starts plus the entry's own
    position in the text, sorted.
    """
    cited: dict[int, set[int]] = {i: set() for i in range(len(sources))}
    linked: list[Fact] = []
    for fact in facts:
        if fact.kind != "attribution":
            linked.append(fact)
            continue
        match = None
        for name in _candidates(fact):
            match = next((i for i, s in enumerate(sources) if name_matches_source(name, s)), None)
            if match is not None:
                break
        if match is None:
            linked.append(fact)
            continue
        url = sources[match].url
        for i, src in enumerate(sources):
            if src.url == url:  # an inline link and the list entry for the same page
                cited[i].add(fact.start)
        linked.append(replace(fact, source_url=url))
    out = []
    for i, src in enumerate(sources):
        at = set(cited[i])
        if 0 <= src.start <= len(text):
            at.add(src.start)
        out.append(
            CitedSource(label=src.label, url=src.url, outlet=src.outlet, cited_at=tuple(sorted(at)))
        )
    return linked, out
