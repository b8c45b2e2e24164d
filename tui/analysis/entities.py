"""From the model's scattered entity spans to the article's entities.

A reader thinks in people and organisations, not spans: "Altmans", "Altman" and
"Sam Altman" are one person. Models also miss later mentions of a name they found
once; an article is consistent about its names, so a name recognised anywhere is
recognised everywhere in it.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from tui.analysis.facts.counts import MONTHS
from tui.analysis.model import Entity, Mention
from tui.analysis.names.heads import COUNCIL_WORDS, STATE_ABBREVIATIONS
from tui.analysis.names.people import NAME_PARTICLES, name_words

_LEADING_DETERMINERS = frozenset(
    ["the", "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "laut"]
)
# only as written in lower case: "an Environmental Protection Agency" ("A Coruña" is one)
_LOWER_DETERMINERS = frozenset({"a", "an", "all", "einem", "einen"})
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
# the declension ending of a German adjective in a name: "Deutsche/Deutschen Bahn"
_ADJECTIVE_ENDING = re.compile(r"(?<=[a-zäöüß])(?:e|en|er|es|em)$")
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|as|ad|ar|an|at|az)-(?=[A-Z])")
_REGNAL = re.compile(r"(?<=\w )[IVX]{1,4}$")
_ABBREVIATED = re.compile(
    r"(?<=\w )(?:Inc|Jr|Sr|Co|Corp|Ltd|Bros|e\.V|e\. V)$"
    r"|(?<![\w.])(?:[A-Z]\.)+[A-Z]$"
)  # "Google Inc.", "U.S.", "U.N.", "(S.P.A.)", "… Wissenschaft e.V."
# "Nico G.": German news shortens a surname to its initial; English writes "Big O." at a
# sentence's end
_INITIAL = re.compile(r"(?<=\w )[A-ZÄÖÜ]$")
_STREET_ABBREVIATION = re.compile(r"(?<=\w )(?:St|Ave|Blvd|Rd)$")  # "Ontario St."


@dataclass(frozen=True)
class RawSpan:
    start: int
    end: int
    label: str


@dataclass
class _Group:
    label_votes: Counter[str] = field(default_factory=Counter)
    forms: Counter[str] = field(default_factory=Counter)  # form -> mentions the model found
    mentions: dict[tuple[int, int], Mention] = field(default_factory=dict)

    @property
    def canonical(self) -> str:
        """The fullest name; among declined forms of it the commonest, then the shortest
        ("Deutsche Bahn" before "Deutschen Bahn": the nominative ending is the short one)."""
        return max(self.forms, key=lambda f: (len(name_words(f)), self.forms[f], -len(f), f))

    @property
    def label(self) -> str:
        # `most_common(1)`, without its heap: the first of the labels with most votes
        votes = self.label_votes
        return max(votes, key=votes.__getitem__)

    def name(self, nominatives: Mapping[str, str]) -> str:
        """The canonical form, or the name as written elsewhere when the article only
        declines it ("der Süddeutschen Zeitung" in the text, "Süddeutsche Zeitung" in
        its source list)."""
        canonical = self.canonical
        return nominatives.get(_declension_key(canonical, self.label), canonical)


def _clean(text: str, span: RawSpan, german: bool = True) -> RawSpan | None:
    """Trim punctuation, a leading article and a possessive off a span."""
    start, end = span.start, span.end
    surface = text[start:end]
    match = _EDGE.search(surface)
    lead = _EDGE.match(surface)
    if lead:
        start += lead.end()
    if match and match.start() > 0 and match.end() == len(surface):
        end = span.start + match.start()
    if text[end : end + 1] == "." and (
        (german and _REGNAL.search(text, start, end))
        or (german and _INITIAL.search(text, start, end))
        or _ABBREVIATED.search(text, start, end)
        or (not german and text[start:end] in STATE_ABBREVIATIONS)  # "Kenora, Ont."
        or (not german and _STREET_ABBREVIATION.search(text, start, end))
    ):
        # "Margrethe II.", "Nico G.", "Google Inc.": the full stop is the name's (English
        # writes "Elizabeth II", so "… World War II." ends a sentence)
        end += 1
    words = text[start:end].split(" ")
    while (
        len(words) > 1
        and (words[0].lower() in _LEADING_DETERMINERS or words[0] in _LOWER_DETERMINERS)
        and not (
            _title_article(text, start, words[0])
            # English names a paper without its article: "told The Independent" -> Independent
            and (german or not _masthead(text[start:end]))
        )
        and not _quoted_whole(text, start, end)
        and not _listed_with_article(text[start:end])
    ):
        start += len(words[0]) + 1
        words = words[1:]
    if text[end : end + 2] in ("'s", "’s") and _owns_its_s(text[start:end] + "'s"):
        end += 2  # the model's "Sainsbury" of "Sainsbury's"
    possessive = _POSSESSIVE.search(text[start:end])
    if (
        possessive
        and end - start - len(possessive.group()) >= 2
        and not _owns_its_s(text[start:end])
    ):
        end -= len(possessive.group())
    platform = text[start:end] == "X" and span.label == "ORG"  # the names layer's "on X"
    if (end - start < 2 and not platform) or not any(ch.isalpha() for ch in text[start:end]):
        return None
    if text[start:end].lower() in _LEADING_DETERMINERS:
        return None  # "The" left of "The vast majority"
    return RawSpan(start, end, span.label)


def shown_form(text: str, start: int, end: int, label: str, german: bool = True) -> str | None:
    """The form a span of `text` is shown as (no leading article, no possessive), or
    None where the reader shows nothing of it."""
    cleaned = _clean(text, RawSpan(start, end, label), german)
    return text[cleaned.start : cleaned.end] if cleaned is not None else None


def _owns_its_s(name: str) -> bool:
    """ "Sainsbury's", "McDonald's": a name the index knows with its 's."""
    from tui.analysis.names import load_index

    entry = load_index().get(name.replace("’", "'"))
    return entry is not None and entry.is_entity


def _listed_with_article(name: str) -> bool:
    """ "(Die Linke)", "Prozent. Die Linke erreichte", "DER SPIEGEL": a party or a paper
    whose listed name begins with its article."""
    from tui.analysis.names import load_index

    first, _, rest = name.partition(" ")
    if first not in ("Der", "Die", "Das", "DER", "DIE", "DAS") or not rest:
        return False
    if rest.lower().endswith("en"):
        return False  # "Die Grünen fordern": a plural's article is grammar's
    entry = load_index().get(name if first[1:].islower() else f"{first.title()} {rest.title()}")
    return entry is not None and entry.is_entity and entry.source == "list"


def _masthead(name: str) -> bool:
    """ "The Independent", "The Hindu": a paper the index lists with its article."""
    from tui.analysis.names import load_index

    if not name.startswith("The "):
        return False
    entry = load_index().get(name)
    return entry is not None and entry.label == "ORG" and entry.source == "list"


def _title_article(text: str, start: int, word: str) -> bool:
    """ "vermutet die Die Tageszeitung", "laut Der Spiegel", "in Den Haag", "der Revue
    The Rat Pack", “The Lantern Men”: a capitalised article inside a sentence or a
    quotation belongs to the name."""
    if word not in ("Der", "Die", "Das", "Den", "Dem", "Des", "The"):
        return False
    before = text[:start].rstrip(" ")
    opening = before[-1:] in ("“", "‘") or (before[-1:] == '"' and before[-2:-1] in ("", " ", "("))
    if word == "The" and opening:
        return True  # “The Lantern Men”: a quoted title's own article
    return bool(before) and before[-1].isalpha()


def _quoted_whole(text: str, start: int, end: int) -> bool:
    """ "die Zeitschrift „Die Epoche“": a whole quotation that is a name keeps its
    capitalised article."""
    return (
        text[start - 1 : start] in ("„", "»", '"', "“")
        and text[end : end + 1] in ("“", "«", '"', "”")
        and text[start : start + 1].isupper()
    )


def _base_form(form: str, known: set[str]) -> str:
    """Strip a German genitive -s when the bare form is also in the article."""
    if len(form) > 3 and form.endswith("s") and form[:-1] in known:
        return form[:-1]
    return form


def _in_ranges(start: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(a <= start < b for a, b in ranges)


def _declension_key(form: str, label: str) -> str:
    """One key for the declined forms of a multi-word name that starts with adjectives
    ("der Deutschen Bahn", "die Deutsche Bahn"); people's names are left as they are."""
    words = form.split(" ")
    if label == "PER" or len(words) < 2:
        return form
    return " ".join([*(_ADJECTIVE_ENDING.sub("", w) for w in words[:-1]), words[-1]])


# a month after a word makes a time of it: "Mitte Dezember", "Ende der 2030er-Jahre"
_NEXT_WORD = re.compile(r" (\w+)(?: (\d))?")


def _a_time_after(text: str, end: int) -> bool:
    """Whether a month, or "der" and a year, follows what ends at `end`."""
    found = _NEXT_WORD.match(text, end)
    if found is None:
        return False
    word = found.group(1)
    month = word[:1].isupper() and word.lower() in MONTHS  # not "Biden may decide"
    return month or (word in ("der", "des") and found.group(2) is not None)


def _is_propagatable(form: str, text: str | _WordStarts) -> bool:
    """Only distinctive names are searched for: not words the text also uses in lower case."""
    if len(form) < 3 and not form.isupper():
        return False
    if not form[0].isupper() and not form[0].isdigit():
        return False
    lower = form.lower()
    size = len(text.text) if isinstance(text, _WordStarts) else len(text)
    return next(_occurrences(text, lower, 0, size), None) is None


def group_entities(
    text: str,
    spans: Iterable[RawSpan],
    regions: Sequence[tuple[int, int]],
    *,
    genitive: bool = True,
    nominatives: Iterable[str] = (),
    headlines: Sequence[tuple[int, int]] = (),
) -> list[Entity]:
    """Group cleaned spans into entities and add the mentions the model missed.

    `regions` are the (start, end) ranges of analysed text: propagation stays inside them.
    `nominatives` are names as written in a list (the article's sources, well-known
    organisations): a German name the text only declines is named by them.
    `headlines` are the (start, end) ranges of headings: a label the model gave there,
    without a sentence around the name, weighs half of one it gave in the text.
    """
    cleaned = _with_particles(
        text, [c for s in spans if (c := _clean(text, s, genitive)) is not None]
    )
    spelled_out = _acronyms_in_brackets(text, cleaned, genitive)
    surfaces = {text[s.start : s.end] for s in cleaned}
    surfaces |= {word for surface in list(surfaces) for word in surface.split()}
    groups: list[_Group] = []
    by_form: dict[str, _Group] = {}

    owners: _Owners | None = None
    # longest first, so "Sam Altman" exists before "Altman" looks for a home
    for span in sorted(cleaned, key=lambda s: (-len(name_words(text[s.start : s.end])), s.start)):
        surface = text[span.start : span.end]
        form = _base_form(surface, surfaces) if genitive else surface
        declined = _declension_key(form, span.label) if genitive else form
        if owners is None and len(name_words(form)) < 2:
            owners = _Owners(groups)  # the names of several words are all in by now
        group = by_form.get(declined) or _by_surname(form, span.label, groups, owners)
        if group is None and surface in spelled_out:
            group = by_form.get(spelled_out[surface])  # "Internationaler Gerichtshof (IGH)"
        if group is None:
            group = _Group()
            groups.append(group)
        group.forms[form] += 1
        group.label_votes[span.label] += 1 if _in_ranges(span.start, headlines) else 2
        group.mentions[(span.start, span.end)] = Mention(span.start, span.end, surface)
        by_form.setdefault(declined, group)

    groups = _same_people(groups)
    prose = _WordStarts(_URL.sub(" ", "\n".join(text[start:end] for start, end in regions)))
    words = _WordStarts(text)
    taken = sorted(key for g in groups for key in g.mentions)
    taken.extend(m.span() for start, end in regions for m in _URL.finditer(text, start, end))
    taken.sort()
    for group in groups:
        forms = set(group.forms)
        if group.label == "PER":  # "Nadella" after "Satya Nadella"
            forms.update(_surname_form(f) for f in group.forms if len(name_words(f)) > 1)
        for form in sorted(forms, key=len, reverse=True):
            if not _is_propagatable(form, prose):
                continue
            for region_start, region_end in regions:
                for key in _occurrences(
                    words, form, region_start, region_end, hyphens=True, genitive=genitive
                ):
                    if _a_time_after(text, key[1]):
                        continue  # "Mitte Dezember" beside the party "Mitte"
                    if _overlaps(key, taken):
                        inner = _inside(key, taken)
                        if not inner:
                            continue
                        # "Bahay" and "Lola" of a headline read apart from the text
                        # that names the film "Bahay ni Lola": the longer name stands
                        for part in inner:
                            taken.remove(part)
                            for other in groups:
                                other.mentions.pop(part, None)
                    group.mentions[key] = Mention(key[0], key[1], text[key[0] : key[1]])
                    bisect.insort(taken, key)
    written = {_declension_key(n, "ORG"): n for n in nominatives if " " in n} if genitive else {}
    entities = [
        Entity(g.name(written), g.label, sorted(g.mentions.values(), key=lambda m: m.start))
        for g in groups
        if g.mentions
    ]
    entities.sort(key=lambda e: e.mentions[0].start if e.mentions else 0)
    return entities


_WORD = re.compile(r"\w+")


class _WordStarts:
    """Where the text's words begin, by their first four letters (the whole word if
    shorter): a name written as a word of its own begins where a word does, so the
    search for each of an article's hundreds of names looks only there, not through
    the whole text again."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: dict[str, list[int]] = {}
        for match in _WORD.finditer(text):
            self.starts.setdefault(match.group()[:4], []).append(match.start())

    def candidates(self, form: str) -> list[int] | None:
        """The sorted word starts where `form` may begin; None where it begins with no
        letter or digit (then only a search through the text will do)."""
        lead = _WORD.match(form)
        if lead is None:
            return None
        word = lead.group()
        if len(word) >= 4:
            return self.starts.get(word[:4], [])
        # "EU", "EUs" (a genitive), "EU's": the short word itself or with an "s"
        return sorted(self.starts.get(word, []) + self.starts.get(word + "s", []))


def _occurrences(
    text: str | _WordStarts,
    form: str,
    start: int,
    end: int,
    *,
    hyphens: bool = False,
    genitive: bool = False,
) -> Iterator[tuple[int, int]]:
    """Where `form` is written in `text[start:end]` as a word of its own: no word's letter
    before or after it (nor a hyphen, with `hyphens`: "SPD-Fraktions- und Parteichef"),
    with `genitive` an "s", "'s" or "’s" after it taken in ("Qosh Tepa Canal's"). By a
    look at the letters around each place the form may begin (`_WordStarts`), or by
    `str.find` through a plain text: a regex per form would be compiled for each of an
    article's hundreds of names."""
    size = len(form)
    places = text.candidates(form) if isinstance(text, _WordStarts) else None
    if isinstance(text, _WordStarts):
        text = text.text
    if places is not None:
        after = start  # no two finds overlap
        for at in places[bisect.bisect_left(places, start) :]:
            if at + size > end:
                break
            if at < after or not text.startswith(form, at):
                continue
            found = _word_end(text, at, at + size, end, hyphens, genitive)
            if found is not None:
                yield at, found
                after = found
        return
    at = text.find(form, start, end)
    while at != -1:
        stop = _word_end(text, at, at + size, end, hyphens, genitive)
        if stop is None:
            at = text.find(form, at + 1, end)
            continue
        yield at, stop
        at = text.find(form, max(stop, at + 1), end)


def _word_end(text: str, at: int, stop: int, end: int, hyphens: bool, genitive: bool) -> int | None:
    """The end of the word that begins at `at` with the form ending at `stop`, or None
    where the form is part of a longer word."""
    if at > 0 and (_word_char(text[at - 1]) or (hyphens and text[at - 1] == "-")):
        return None
    for suffix in _GENITIVE_ENDINGS if genitive else ("",):
        after = stop + len(suffix)
        if suffix and text[stop:after] != suffix:
            continue
        if after > end:
            continue
        nxt = text[after] if after < end else ""  # the region ends the word
        if nxt and (_word_char(nxt) or (hyphens and nxt == "-")):
            continue
        return after
    return None


# what may follow a name in the genitive, tried in this order, the bare form last
_GENITIVE_ENDINGS = ("s", "'s", "’s", "")


def _word_char(char: str) -> bool:
    """`\\w` of Python's regular expressions: a letter, a digit or "_"."""
    return char.isalnum() or char == "_"


def _acronyms_in_brackets(text: str, spans: Sequence[RawSpan], german: bool) -> dict[str, str]:
    """ "Internationaler Gerichtshof (IGH)", "Karibische Gemeinschaft (CARICOM)": an
    acronym in brackets right after a name of several words, with the same label, is
    that name's; acronym -> the name's key in `group_entities`."""
    by_start = {s.start: s for s in spans}
    found: dict[str, str] = {}
    for span in spans:
        name = text[span.start : span.end]
        if span.label == "PER" or " " not in name or text[span.end : span.end + 2] != " (":
            continue
        acronym = by_start.get(span.end + 2)
        if acronym is None or text[acronym.end : acronym.end + 1] != ")":
            continue
        short = text[acronym.start : acronym.end]
        if _ACRONYM.match(short) and acronym.label == span.label:  # not a place's "LFI"
            found.setdefault(short, name)
    return {
        short: _declension_key(name, "ORG") if german else name for short, name in found.items()
    }


_ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ0-9&.-]{1,9}$")


def _same_people(groups: list[_Group]) -> list[_Group]:
    """ "Gloria Arroyo" and "Gloria Macapagal Arroyo": a person named with and without a
    middle name is one, when no other person of the article shares both names."""
    # a group's canonical name keeps its words while shorter names join it
    names = {id(g): name_words(g.canonical) for g in groups if g.label == "PER"}
    people = [g for g in groups if len(names.get(id(g), ())) > 1]
    by_ends: dict[tuple[str, str], list[_Group]] = {}
    for person in people:
        by_ends.setdefault((names[id(person)][0], names[id(person)][-1]), []).append(person)
    merged: set[int] = set()
    for short in sorted(people, key=lambda g: len(names[id(g)])):
        words = names[id(short)]
        fuller = [
            g
            for g in by_ends[(words[0], words[-1])]
            if g is not short and id(g) not in merged and len(names[id(g)]) > len(words)
        ]
        if len(fuller) == 1:
            target = fuller[0]
            target.forms.update(short.forms)
            target.label_votes.update(short.label_votes)
            target.mentions.update(short.mentions)
            merged.add(id(short))
    if not merged:
        return groups
    # a surname alone that had two full names to choose from now has one
    by_surname: dict[str, list[_Group]] = {}
    for person in people:
        if id(person) not in merged:
            by_surname.setdefault(_surname(names[id(person)][-1]), []).append(person)
    for group in groups:
        forms = list(group.forms)
        if id(group) in merged or len(forms) != 1 or " " in forms[0]:
            continue
        owners = by_surname.get(forms[0], [])
        if len(owners) == 1 and group.label in ("PER", owners[0].label):
            owners[0].forms.update(group.forms)
            owners[0].mentions.update(group.mentions)
            owners[0].label_votes.update(group.label_votes)
            merged.add(id(group))
    return [g for g in groups if id(g) not in merged]


class _Owners:
    """The groups that may own a one-word name, by that word: those with a name of
    several words that it could end, begin or abbreviate. Built once the names of
    several words are grouped (they come first), so that a long article does not test
    every group for every one-word mention."""

    def __init__(self, groups: list[_Group]) -> None:
        self.by_word: dict[str, list[_Group]] = {}
        for group in groups:
            keys: set[str] = set()
            for known in group.forms:
                words = name_words(known)
                if len(words) < 2:
                    continue
                keys.update((_surname(words[-1]), words[0], _initials(words)))
                if len(words) > 2:
                    keys.add(words[-2])
            for key in keys:
                self.by_word.setdefault(key, []).append(group)

    def candidates(self, form: str) -> list[_Group]:
        return self.by_word.get(form, [])


def _by_surname(
    form: str, label: str, groups: list[_Group], owners: _Owners | None = None
) -> _Group | None:
    """A one-word name joins the one multi-word name that it ends (a person's surname,
    whatever label the model gave this mention) or begins (an organisation's short name).
    `owners`, where given, narrows the groups to look at."""
    if " " in form:
        # "Van Acker" after "Pieter Van Acker": a person's surname with its particle, also
        # at the start of a sentence ("Von der Leyen" after "Ursula von der Leyen")
        tails = (" " + form, " " + form[:1].lower() + form[1:])
        people = [
            g
            for g in groups
            if g.label == "PER" and any(k.endswith(tails) for k in g.forms if k != form)
        ]
        return people[0] if label == "PER" and len(people) == 1 else None
    matches = []
    for group in groups if owners is None else owners.candidates(form):
        group_label = group.label  # a vote count: once per group, not once per form
        for known in group.forms:
            words = name_words(known)
            if len(words) < 2:
                continue
            if (
                (group_label == "PER" and _surname(words[-1]) == form)
                # "Quispe" after "Jorge Quispe Mamani": the first of two surnames
                or (group_label == "PER" and len(words) > 2 and words[-2] == form)
                or (
                    group_label == label != "PER"
                    and words[0] == form
                    # "Clare" is the county, not short for "Clare County Council"
                    and not (len(words) > 2 and words[1] in COUNCIL_WORDS)
                )
                or (
                    group_label != "PER"
                    and form.isupper()
                    and form not in words  # "US" is no acronym of "US Senate"
                    and _initials(words) == form
                )
            ):
                matches.append(group)
                break
    return matches[0] if len(matches) == 1 else None


def _surname_form(name: str) -> str:
    """ "von der Leyen" of "Ursula von der Leyen": the surname with its particles."""
    words = name_words(name)
    k = len(words) - 1
    while k > 1 and words[k - 1] in NAME_PARTICLES:  # lower case: "Ursula Von" is a name
        k -= 1
    if k == 1 and len(words) > 2 and words[0].lower() in NAME_PARTICLES:
        k = 0  # "Von der Leyen" opening a sentence is all surname
    return " ".join(words[k:])


def _with_particles(text: str, spans: list[RawSpan]) -> list[RawSpan]:
    """ "Leyen" and "Von der Leyen" where the article names "Ursula von der Leyen": the
    surname keeps its particles, also at the start of a sentence ("Leyen" alone is no
    one's name) and in the genitive ("von der Leyens")."""
    tails: dict[str, str] = {}
    for span in spans:
        name = text[span.start : span.end]
        if span.label == "PER" and " " in (tail := _surname_form(name)):
            surname, particles = tail.rsplit(" ", 1)[1], tail.rsplit(" ", 1)[0].lower() + " "
            if len(particles) > len(tails.get(surname, "")):
                tails[surname] = particles
    if not tails:
        return spans
    out = []
    for span in spans:
        last = text[span.start : span.end].rsplit(" ", 1)[-1]
        known = tails.get(last) or tails.get(last[:-1]) if last[:1].isupper() else None
        start = span.end - len(last) - len(known or "")
        if known and start >= 0 and span.start >= start:
            before = text[start : span.end - len(last)]
            if before.lower() == known and (start == 0 or not text[start - 1].isalnum()):
                out.append(RawSpan(start, span.end, "PER"))
                continue
        out.append(span)
    return out


def _surname(word: str) -> str:
    """ "al-Jaafari" is "Jaafari" when the article drops the Arabic article."""
    return _ARABIC_ARTICLE.sub("", word)


def _initials(words: list[str]) -> str:
    """ "New York Times" -> "NYT": the acronym a paper uses for a name it spelled out."""
    return "".join(w[0] for w in words if w[:1].isupper())


def relabel(entities: list[Entity], votes: dict[str, str]) -> None:
    """Let stronger evidence (a role, an outlet) settle an entity's label: name -> label."""
    for entity in entities:
        # the name first, then the longer forms: the fullest form's evidence counts (in
        # a fixed order: a set's would change from one run to the next)
        forms = sorted(
            {m.text for m in entity.mentions} - {entity.name}, key=lambda f: (-len(f), f)
        )
        for form in (entity.name, *forms):
            if form in votes:
                entity.label = votes[form]
                break


def _inside(key: tuple[int, int], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of `taken` that overlap `key`, where all of them lie inside it and are
    shorter (else none: a name found again does not cut into another)."""
    index = bisect.bisect_left(taken, (key[0], -1))
    found = []
    for span in taken[max(0, index - 1) :]:
        if span[0] >= key[1]:
            break
        if span[1] <= key[0]:
            continue
        if span[0] < key[0] or span[1] > key[1] or span == key:
            return []
        found.append(span)
    return found


def _overlaps(key: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    """Whether `key` overlaps a span of the sorted, non-nested list `taken`."""
    index = bisect.bisect_left(taken, key)
    neighbours = taken[max(0, index - 2) : index + 2]
    return any(start < key[1] and key[0] < end for start, end in neighbours)
