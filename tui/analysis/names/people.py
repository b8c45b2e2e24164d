"""People the model cut or missed: a name cut at a particle or a middle name ("Mohammad"
"bin" "Salman", "Claus" "Ruhe" "Madsen"), and a first name with the surname after it
that the model did not see ("Rush Limbaugh")."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from tui.analysis.names.index import NameIndex
from tui.analysis.names.patterns import looks_like_an_organisation

# words inside a person's name: "Mohammad bin Salman", "Alexander Van der Bellen"
NAME_PARTICLES = frozenset(
    [
        "bin",
        "ibn",
        "al",
        "el",
        "van",
        "von",
        "der",
        "den",
        "de",
        "di",
        "da",
        "du",
        "dos",
        "das",
        "del",
        "della",
        "la",
        "le",
        "ter",
        "ten",
    ]
)
# "Doris von Sayn-Wittgenstein", "Karl-Theodor zu Guttenberg"
_NOBLE_PARTICLES = frozenset({"von", "zu"})
# particles that only begin a surname ("van den Broek"), unlike "von"/"der"/"de",
# which are words of their own too ("Abbas von Israel", "Ursu von der CDU")
_SURNAME_PARTICLES = frozenset(
    {"van", "bin", "ibn", "al", "el", "dos", "del", "della", "ter", "ten"}
)


def add_people(doc: Doc, spans: list[Span], words: list[str], index: NameIndex) -> list[Span]:
    """A first name and a surname the model missed ("Radiotalkmaster Rush Limbaugh"):
    a first name that is no German word, then one or two capitalised words that are
    no noun, no title and nothing else the index knows; or such words before the
    model's person ("Anders Fogh" "Rasmussen")."""
    covered = [False] * len(words)
    for span in spans:
        for i in range(span.start, span.end):
            covered[i] = True
    lowered = {w.lower() for w in words if w[:1].islower()}
    people = {s.start: s for s in spans if s.label_ == "PER"}
    # the surnames of the article's people named in full: "Hunter Biden" beside "Joe Biden"
    family = {s[-1].text for s in spans if s.label_ == "PER" and len(s) > 1}
    joined: set[int] = set()
    added: list[Span] = []
    i = 0
    while i < len(words) - 1:
        if (
            covered[i]
            or not index.is_given_name(words[i])
            or not (
                _is_first_name(doc[i], lowered, index)
                # a particle and a surname make even "Doris" at a sentence's start a name
                or _noble_surname(doc, i + 1, covered, index)
                or (
                    words[i + 1] in family
                    and not doc[i].is_sent_start
                    and words[i].lower() not in lowered
                    and words[i] not in index.nouns  # "im Fall Epstein"
                    and not index.is_title(words[i])
                )
            )
        ):
            i += 1
            continue
        end = i + 1
        while (
            end < len(words)
            and end - i < 3
            and not covered[end]
            and (
                _is_name_part(words[end], lowered, index)
                # "Siad Barre", "Chrissy Teigen": a surname right after a first name may
                # look like a German word's form, where it is no word the text writes
                or (end == i + 1 and _foreign_surname(words[end], lowered, index))
            )
            and not (end - i == 2 and words[end - 1].endswith("s"))  # "Klums Modelsuche"
        ):
            end += 1
        if end == i + 1 and _noble_surname(doc, end, covered, index):
            end += 2  # "Doris von Sayn-Wittgenstein"
        person = people.get(end)
        if person is not None:  # the model's person goes on from here: one name
            joined.add(id(person))
            added.append(Span(doc, i, person.end, label="PER"))
            i = person.end
            continue
        if end - i >= 2:
            added.append(Span(doc, i, end, label="PER"))
        i = end
    return [s for s in spans if id(s) not in joined] + added


def first_names_no_list_knows(doc: Doc, spans: list[Span], index: NameIndex) -> list[Span]:
    """ "für Condoleezza Rice" (the model's "Rice"): a capitalised word in mid-sentence
    right before a person's one word, which is no German word, no title and nothing the
    index knows, after a word in lower case, is the person's first name; so is a first
    name after a title ("SG-Kapitän Anders Kjærgaard")."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for span in spans:
        at = span.start - 1
        if (
            span.label_ == "PER"
            and len(span) == 1
            and not span.text.endswith("s")  # "Stellvertretender Corbyns": a genitive
            and at > 0
            and at not in taken
            and not doc[at].is_sent_start
            and (
                (
                    doc[at - 1].text.islower()
                    and doc[at - 1].is_alpha
                    and _unknown_word(doc[at].text, index)
                )
                # "von SG-Kapitän Anders Kjærgaard": a first name after a title, though
                # German writes it as a word too ("anders")
                or (
                    index.is_given_name(doc[at].text)
                    and index.is_title(doc[at - 1].text.rsplit("-", 1)[-1])
                )
            )
        ):
            span = Span(doc, at, span.end, label="PER")
        out.append(span)
    return out


def _unknown_word(word: str, index: NameIndex) -> bool:
    return (
        len(word) > 3
        and word.istitle()
        and word.isalpha()
        and index.get(word) is None
        and not index.is_common_noun(word)
        and not index.is_compound_noun(word)
        and not index.is_title(word)
        and word.lower() not in index.nouns
    )


def unknown_roles_before_people(spans: list[Span], index: NameIndex) -> list[Span]:
    """ "Kanzlerkanditat Martin Schulz" (a role misspelt, so no title the lists know): a
    word of six letters or more that is no name, before a first name and a surname in one
    person, is a role before the person, not a part of the name."""
    out = []
    for span in spans:
        first = span[0].text if len(span) >= 3 else ""
        if (
            span.label_ == "PER"
            and len(first) >= 6
            and first[0].isupper()
            and first[1:].islower()
            and first.isalpha()
            and index.is_given_name(span[1].text)
            and not index.is_given_name(first)
            and not index.is_surname(first)
            and index.find(first) is None
        ):
            span = Span(span.doc, span.start + 1, span.end, label="PER")
        out.append(span)
    return out


def people_after_titles(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex
) -> list[Span]:
    """ "dem Ministerpräsidenten Balkenende", "durch Bundespräsident Van der Bellen": a
    surname the lists know right after a title is a person, with the particles before
    it; what the model made of its pieces ("Van", a Turkish town) gives way."""
    lowered = {w.lower() for w in words if w[:1].islower()}
    out = list(spans)
    for i in range(1, len(words) - 1):
        if not index.is_title(words[i - 1]) or not doc[i - 1].whitespace_:
            continue
        end = i
        if words[i][:1].isupper() or words[i] in _SURNAME_PARTICLES:  # not "von Bund"
            while end < len(words) and end - i < 3 and words[end].lower() in NAME_PARTICLES:
                end += 1
        if end == len(words):
            continue
        if end == i and _first_name_and_unknown_surname(doc, i, lowered, index):
            end = i + 1  # "Gesundheitsdirektorin Isabelle Jungo" ("Jungo" a place to the model)
        elif not _surname_alone(words[end], lowered, index, end > i):
            continue
        end += 1
        inside = [s for s in out if i <= s.start and s.end <= end]
        if any(s.start < end and s.end > i for s in out if s not in inside) or any(
            s.label_ == "PER" and s.end == end for s in inside
        ):
            continue  # the model's longer name, or its person already ("Matthias" alone
            # of "Präsident Matthias Kederer" is not)
        out = [s for s in out if s not in inside] + [Span(doc, i, end, label="PER")]
    return out


def _first_name_and_unknown_surname(doc: Doc, i: int, lowered: set[str], index: NameIndex) -> bool:
    """A first name after a title and a capitalised word no list knows: the person's
    surname, not a place."""
    if i + 2 > len(doc) or not _is_first_name(doc[i], lowered, index):
        return False
    word = doc[i + 1].text
    return (
        len(word) > 2
        and word.istitle()
        and word.isalpha()
        and word.lower() not in lowered
        and index.get(word) is None
        and word not in index.nouns
        and not index.is_common_noun(word)
        and not index.is_title(word)
    )


def _surname_alone(word: str, lowered: set[str], index: NameIndex, particles: bool) -> bool:
    """A surname after a title: never written in lower case in the article."""
    entry = index.get(word)
    return (
        len(word) > 2
        and word.istitle()
        and word.replace("-", "").isalpha()
        and index.is_surname(word)
        # after a title even a surname that is a noun ("Löwen-Keeper Hofmann"), but no
        # noun's declined form unless particles stand before it ("van der Bellen")
        and (particles or not index.is_common_noun(word, declined_only=True))
        and word.lower() not in lowered
        and not index.is_title(word)
        and (entry is None or not entry.is_entity or entry.label == "PER")
    )


def _is_first_name(token: Token, lowered: set[str], index: NameIndex) -> bool:
    """A first name; one that German also writes as a word ("Das", "Anders") only
    inside a sentence, and none of one or two letters ("Da", "My")."""
    word = token.text
    if word in index.worded_given and (token.is_sent_start or token.i == 0):
        return False
    if token.i > 0 and not token.doc[token.i - 1].is_alpha and word in index.worded_given:
        return False  # after a quotation mark or colon a sentence starts too
    return (
        len(word) > 2
        and index.is_given_name(word)
        and word not in index.nouns
        and word.lower() not in lowered
        and index.get(word) is None
        and not index.is_title(word)
    )


def _foreign_surname(word: str, lowered: set[str], index: NameIndex) -> bool:
    return (
        word[:1].isupper()
        and word.isalpha()
        and len(word) > 2
        and word.lower() not in lowered
        and not index.is_title(word)
        and index.get(word) is None
        and (index.is_surname(word) or word not in index.nouns)
        and not _PLACE_WORD.search(word.lower())  # "Signal Iduna Park"
    )


# the last word of a place's name, not a surname's
_PLACE_WORD = re.compile(
    r"(?:park|platz|straße|strasse|allee|arena|stadion|hall|center|centre|tower|brücke"
    r"|bridge|see|berg|tal|dorf|burg|stadt|hafen|feld|heim|hausen)$"
)


def _is_name_part(word: str, lowered: set[str], index: NameIndex) -> bool:
    if not (word[:1].isupper() and word.replace("-", "").isalpha() and len(word) > 1):
        return False
    if word.lower() in lowered or index.is_title(word):
        return False
    entry = index.get(word)
    if entry is not None and entry.is_entity:
        return False
    return not index.is_common_noun(word)


def _employer_after_von(span: Span, j: int, following: Span, index: NameIndex) -> bool:
    """ "Analyst Reto Gubler von Vontobel": a full name, then "von" and one word, is a
    person and who they work for (a noble name after a first and a surname is rare; after
    a first name alone it stays: "Hans Christoph von Rohr")."""
    doc = span.doc
    return (
        j == span.end + 1
        and doc[span.end].lower_ == "von"
        and len(span) >= 2
        and len(following) == 1
        and not index.is_given_name(span[-1].text)
    )


def join_particles(spans: list[Span], index: NameIndex) -> list[Span]:
    """One person the model cut at a particle: "Mohammad" "bin" "Salman", or a span
    that ends in one ("Alexander Van" "der" "Bellen"), or at a middle name ("Claus"
    "Ruhe" "Madsen")."""
    if not spans:
        return spans
    doc = spans[0].doc
    ordered = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    i = 0
    while i < len(ordered):
        span = ordered[i]
        j = span.end
        while j < len(doc) and doc[j].lower_ in NAME_PARTICLES:
            j += 1
        following = ordered[i + 1] if i + 1 < len(ordered) else None
        if (
            span.label_ == "PER"
            and following is not None
            and (
                # "Pieter van den" "Broek", whatever the model called the surname
                (
                    j > span.end
                    and following.start == j
                    # "Steve H. Hanke von der Johns Hopkins University": a person's body
                    and not (len(following) > 1 and looks_like_an_organisation(following.text))
                    and not _employer_after_von(span, j, following, index)
                    and (
                        following.label_ == "PER"
                        or (
                            len(following) == 1
                            and doc[span.end].lower_ in _SURNAME_PARTICLES
                            and index.find(following.text) is None
                        )
                    )
                )
                # "Claus" "Ruhe" "Madsen": a first name, a middle name the model missed
                or (
                    following.label_ == "PER"
                    and len(span) == 1
                    and following.start == span.end + 1
                    and doc[span.end].is_alpha
                    and doc[span.end].text[:1].isupper()
                    and index.is_given_name(span.text)
                )
            )
        ):
            out.append(Span(doc, span.start, following.end, label="PER"))
            i += 2
            continue
        if (noble := _noble_name(span, following, index)) is not None:
            out.append(noble)
        elif (
            span.label_ == "PER"
            and span[-1].lower_ in NAME_PARTICLES
            and j < len(doc)
            and doc[j].text[:1].isupper()
            and (following is None or following.start > j)
        ):
            out.append(Span(doc, span.start, j + 1, label="PER"))
        else:
            out.append(span)
        i += 1
    return out


# particles that begin a surname and are no word of German or English prose: "von der
# Leyen", "van Gogh", "de Maizière" ("von", "zu", "da" alone are words: "von Merkel")
_SURNAME_OPENERS = frozenset(
    {
        ("von", "der"),
        ("van", "der"),
        ("van", "den"),
        ("van", "de"),
        ("de", "la"),
        ("van",),
        ("de",),
        ("dos",),
        ("del",),
        ("della",),
        ("di",),
        ("ter",),
        ("ten",),
    }
)


def particles_before_surname(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Verteidigungsministerin von der Leyen": the particles before a surname the model
    found alone are part of it; "von" or "da" only where the article writes the full name
    with them ("Konstantin von Notz" … "sagte von Notz")."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    fulls = [s.text for s in spans if s.label_ == "PER" and len(s) > 2]
    out = []
    for span in spans:
        start = span.start
        if (
            span.label_ == "PER"
            and span.text[:1].isupper()
            and not (len(span) > 1 and looks_like_an_organisation(span.text))
        ):
            for n in (2, 1):
                run = tuple(t.text for t in doc[max(start - n, 0) : start])
                if len(run) != n or any(span.start - k - 1 in taken for k in range(n)):
                    continue
                if run in _SURNAME_OPENERS or (
                    all(w in NAME_PARTICLES for w in run)
                    and any(f.endswith(" ".join((*run, span.text))) for f in fulls)
                ):
                    start -= n
                    break
        out.append(span if start == span.start else Span(doc, start, span.end, label="PER"))
    return out


def _noble_name(span: Span, following: Span | None, index: NameIndex) -> Span | None:
    """ "Doris" "von Sayn-Wittgenstein", "Alexander" "zu Sayn-Wittgenstein-Sayn": a first
    name the model kept apart from a noble surname no list knows (a place after "von"
    stays apart: "Abbas von Israel")."""
    doc = span.doc
    at = span.end
    if not (span.label_ == "PER" and len(span) == 1 and index.is_given_name(span.text)):
        return None
    if following is not None and following.start <= at + 1:
        return None
    if not _noble_surname(doc, at, None, index):
        return None
    return Span(doc, span.start, at + 2, label="PER")


def _noble_surname(doc: Doc, at: int, covered: list[bool] | None, index: NameIndex) -> bool:
    """Whether "von Sayn-Wittgenstein" starts at `at`: a particle, then a capitalised
    word no list knows and no noun (and no other name's word, where `covered` says)."""
    if at + 1 >= len(doc) or doc[at].lower_ not in _NOBLE_PARTICLES:
        return False
    if covered is not None and covered[at + 1]:
        return False
    word = doc[at + 1].text
    return (
        (word.isalpha() or "-" in word)
        and word[:1].isupper()
        and index.find(word) is None
        and not index.is_common_noun(word)
        and not index.is_compound_noun(word)
    )


def english_people(
    spans: list[Span],
    index: NameIndex,
    org_like: Callable[[str], bool],
    words: frozenset[str] = frozenset(),
) -> list[Span]:
    """ "Shauna McBride" (an organisation to the model, "Théo Marchand" a thing): two or
    three capitalised words that begin with a first name the index knows as nothing else
    (an English one, or any before a known surname), end in no English word ("Ginger Nut"
    biscuits) and no word an organisation's or a place's name ends in, and name nothing
    the index knows."""
    out = []
    # "Ramotswa said" after "Kagiso Ramotswa": a town's name, but a person's here
    alone = {s.text for s in spans if len(s) == 1 and s.label_ == "PER"}
    for span in spans:
        if (
            (span.label_ in ("ORG", "MISC") or _person_as_a_place(span, index, words))
            and 2 <= len(span) <= 3
            and (
                (span[0].text in index.english_given and index.get(span[0].text) is None)
                # "Jonas Albrecht": any first name, a known surname, even where the first
                # name is a small town's too
                or (
                    index.is_given_name(span[0].text)
                    and index.is_surname(span[-1].text)
                    and _first_name_or_town(index, span[0].text)
                )
                # "Folasade Ogunleye": a first name and a word no list and no English
                # dictionary knows
                or (
                    len(span) == 2
                    and index.is_given_name(span[0].text)
                    and _first_name_or_town(index, span[0].text)
                    and index.get(span[-1].text) is None
                    and span[-1].lower_ not in words
                    and span[-1].text[1:].islower()
                )
            )
            and all(
                t.text[:1].isupper() and t.text.replace("'", "").replace("-", "").isalpha()
                for t in span
            )
            and index.get(span.text) is None
            and not any(index.is_title(t.text) for t in span)
            and not org_like(span.text)
            # "the Amu Darya": a river or a body, not a person, after "the"
            and not (span.start > 0 and span.doc[span.start - 1].lower_ == "the")
            and (
                span[-1].lower_ not in words
                # "Marcus Bell": an English first name and a surname that is a word too
                or (span[0].text in index.english_given and index.is_surname(span[-1].text))
                or _person_as_a_place(span, index, words)
            )
        ):
            span = Span(span.doc, span.start, span.end, label="PER")
        elif _named_after_a_town(span, index) and span[-1].text not in alone:
            span = Span(span.doc, span.start, span.end, label="ORG")
        out.append(span)
    return out


def _person_as_a_place(span: Span, index: NameIndex, words: frozenset[str]) -> bool:
    """ "a power-play goal from Evan Price" (a place to the model): an English first name
    that names nothing else and is no word ("Glen Ogle") and a known surname; a place's
    name rarely begins so."""
    return (
        span.label_ == "LOC"
        and span[0].text in index.english_given
        and span[0].lower_ not in words
        and index.get(span[0].text) is None
        and (index.is_surname(span[-1].text) or span[-1].text in index.given_surnames)
        and len(span) == 2
    )


def _named_after_a_town(span: Span, index: NameIndex) -> bool:
    """ "Healthwatch Leicester" (a person to the model): a name that ends in a town and
    begins with no first name is a body of that town."""
    last = index.get(span[-1].text)
    return (
        span.label_ == "PER"
        and len(span) == 2
        and last is not None
        and last.label == "LOC"
        and last.source in ("city", "list", "country")
        and not index.is_given_name(span[0].text)
        and not index.is_title(span[0].text)
        and span[0].text not in NAME_PARTICLES
        and index.get(span.text) is None
        and not _described_as_a_person(span, index)
    )


def _described_as_a_person(span: Span, index: NameIndex) -> bool:
    """ "Tonse Alliance spokesperson Mutale Kabwe", "Febby Mwanza, a marketeer at …":
    a role before the name, or a description after it that is no body's noun."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text.islower() and index.is_title(before.text):
        return True
    if span.end + 2 < len(doc) and doc[span.end].text == ",":
        article, noun = doc[span.end + 1], doc[span.end + 2]
        return (article.lower_ in ("a", "an") and noun.lower_ in _PERSON_DESCRIPTIONS) or (
            article.lower_ in ("a", "an") and index.is_title(noun.lower_)
        )
    return False


# what a person is, in apposition, beyond the titles: "Febby Mwanza, a marketeer"
_PERSON_DESCRIPTIONS = frozenset(
    {"marketeer", "trader", "vendor", "resident", "farmer", "teacher", "student", "mother"}
    | {"father", "widow", "pensioner", "nurse", "driver", "fisherman", "shopkeeper"}
)


def german_people(
    spans: list[Span], index: NameIndex, org_like: Callable[[str], bool]
) -> list[Span]:
    """ "Ramona Pop", "Niels Stolberg" (a place to the model): a first name that is
    nothing else the index knows, then a surname that is no common noun."""
    out = []
    for span in spans:
        first, last = span[0].text, span[-1].text
        if (
            (
                span.label_ in ("LOC", "ORG")
                and len(span) == 2
                and index.is_given_name(first)
                # "Hugo" is a word too, but "Hugo Chávez" has a surname after it
                and (first not in index.worded_given or _plain_surname(last, index))
                and (
                    _only_a_first_name(index, first)
                    # "Ramona" is a Californian town too, "Pop" a surname
                    or (
                        _first_name_or_town(index, first)
                        and not index.is_surname(first)  # "Roosevelt Room"
                        and index.is_surname(last)
                    )
                )
                and first not in ("Saint", "San", "Santa", "Sankt", "Santo", "São", "Viva")
                and all(t.text.istitle() and t.text.replace("-", "").isalpha() for t in span)
                and index.get(span.text) is None
                and not _strong_place(index, last)
                and (not index.is_common_noun(last) or _plain_surname(last, index))
                and last not in index.nouns
                and not org_like(span.text)
            )
            or _long_person(span, index, org_like)
            or _two_surnames(span, index, org_like)
        ):
            span = Span(span.doc, span.start, span.end, label="PER")
        out.append(span)
    return out


def _two_surnames(span: Span, index: NameIndex, org_like: Callable[[str], bool]) -> bool:
    """ "Iratxe García Pérez" (a place to the model): a first name no list knows, then
    two surnames of the lists that are no German nouns, as Spanish names are written."""
    words = [t.text for t in span]
    return (
        span.label_ in ("LOC", "ORG")
        and len(words) == 3
        and all(w.istitle() and w.isalpha() for w in words)
        and _plain_surname(words[1], index)
        and _plain_surname(words[2], index)
        and index.get(words[0]) is None
        and not index.is_common_noun(words[0])
        and index.find(span.text) is None
        and not _strong_place(index, words[2])
        and not org_like(span.text)
    )


def _plain_surname(word: str, index: NameIndex) -> bool:
    """A surname of the lists that is no German noun ("Chávez", not "Bellen"); an English
    plural "s" makes none ("Gates" is no "Gate")."""
    return (
        index.is_surname(word)
        and not index.is_common_noun(word, declined_only=True)
        and word not in index.nouns
        and (word.endswith("s") or not index.is_common_noun(word))
    )


def _long_person(span: Span, index: NameIndex, org_like: Callable[[str], bool]) -> bool:
    """ "Fernando La Sama de Araújo" (an organisation to the model): a first name, then
    capitalised words and name particles only, the last a surname the lists know."""
    words = [t.text for t in span]
    return (
        span.label_ in ("LOC", "ORG")
        and 3 <= len(words) <= 5
        and index.is_given_name(words[0])
        and index.get(words[0]) is None
        and index.is_surname(words[-1])
        and not index.is_common_noun(words[-1])
        and all(
            (w[:1].isupper() and w.replace("-", "").isalpha()) or w in NAME_PARTICLES for w in words
        )
        and any(w in NAME_PARTICLES for w in words[1:-1])
        and index.get(span.text) is None
        and not org_like(span.text)
    )


def _strong_place(index: NameIndex, word: str) -> bool:
    """A country or listed region ("Europa"), not a town a family is named after."""
    entry = index.get(word)
    return entry is not None and entry.label == "LOC" and entry.strong


def _only_a_first_name(index: NameIndex, word: str) -> bool:
    """A first name the index knows as nothing else ("York", "Hansa" are towns too)."""
    return index.get(word) is None


def _first_name_or_town(index: NameIndex, word: str) -> bool:
    """A first name that names nothing else, or a person the corpora name ("Matteo"),
    or a town named like a person."""
    entry = index.get(word)
    return (
        entry is None or entry.label == "PER" or (entry.source == "city" and "given" in entry.flags)
    )


def first_names_paired(spans: list[Span], index: NameIndex) -> list[Span]:
    """ "das Kronprinzenpaar Mary und Frederik": a first name joined by "und"/"and" to a
    person's first name is a person too, whatever the model called it."""
    doc = spans[0].doc if spans else None
    if doc is None:
        return spans
    by_start = {s.start: s for s in spans}
    by_end = {s.end: s for s in spans}
    out = []
    for span in spans:
        if (
            len(span) == 1
            and span.label_ != "PER"
            and index.is_given_name(span.text)
            and _first_name_or_town(index, span.text)
        ):
            partner = None
            if span.start > 1 and doc[span.start - 1].text in ("und", "and"):
                partner = by_end.get(span.start - 1)
            elif span.end + 1 < len(doc) and doc[span.end].text in ("und", "and"):
                partner = by_start.get(span.end + 1)
            if (
                partner is not None
                and partner.label_ == "PER"
                and len(partner) == 1
                and index.is_given_name(partner.text)
            ):
                span = Span(doc, span.start, span.end, label="PER")
        out.append(span)
    return out


def whole_names(
    spans: list[Span], index: NameIndex, lowered: set[str], words: frozenset[str] = frozenset()
) -> list[Span]:
    """A person the model cut: "Raúl" "Mendizábal Ortiz" (the first name left out) and
    "Luiz Otavio" "Prado" (the surname read as a town) are one person each. `lowered`:
    the article's words in lower case ("the" makes "The" no first name); `words`: the
    language's ordinary words ("On Sunday Jakub Novak")."""
    doc = spans[0].doc if spans else None
    if doc is None:
        return spans
    taken = {i for s in spans for i in range(s.start, s.end)}
    by_start = {s.start: s for s in spans}
    out: list[Span] = []
    skip: set[int] = set()
    for span in sorted(spans, key=lambda s: s.start):
        if span.start in skip:
            continue
        if span.label_ != "PER":
            out.append(span)
            continue
        start, end = span.start, span.end
        before = doc[start - 1] if start > 0 else None
        if (
            before is not None
            and start - 1 not in taken
            and before.whitespace_
            and not before.is_sent_start  # "Wie Melania Trump", "In Ben Hayes'"
            and not before.is_stop
            and before.text.lower() not in lowered
            and before.text.lower() not in words
            and before.text not in index.worded_given  # "Sohn Kim Jong-un", "Fall Uli Hoeneß"
            and not index.is_common_noun(before.text)
            and before.text not in index.nouns
            and _only_a_first_name(index, before.text)
            and index.is_given_name(before.text)
            and before.text[:1].isupper()
            and not index.is_title(before.text)
            and not (
                before.text in ("Sri", "Seri") and start > 1 and doc[start - 2].text[:1].isupper()
            )
        ):
            start -= 1  # not "Tan Sri" or "Datuk Seri": titles
        after = by_start.get(end)
        if (
            after is not None
            and len(after) == 1
            and after.label_ != "PER"
            and doc[end - 1].whitespace_
            and index.is_surname(after.text)
            and not _strong_place(index, after.text)
            and (entry := index.get(after.text)) is not None
            and entry.source == "city"
        ):
            end = after.end
            skip.add(after.start)
        elif (
            after is None and end - start == 1 and _surname_follows(doc, end, taken, lowered, index)
        ):
            end += 1
        if end - start > 1 and end < len(doc) and end not in taken and doc[end].text in _JUNIOR:
            end += 1  # "Cyrus Vance junior", "Martin Luther King Jr."
        out.append(span if (start, end) == (span.start, span.end) else Span(doc, start, end, "PER"))
    return out


_JUNIOR = frozenset({"junior", "Junior", "Jr.", "Jr", "jr."})


def _surname_follows(
    doc: Doc, i: int, taken: set[int], lowered: set[str], index: NameIndex
) -> bool:
    """ "sagte Greg Allen, der Polizeichef", "Admiral Craig Faller, Kommandeur": the model
    stopped at a surname that is a word too; it is the person's where a first name stands
    before it and the name ends there (a comma, a full stop) or the word is no word of the
    article's."""
    if i >= len(doc) or i in taken or not doc[i - 1].whitespace_:
        return False
    first, word = doc[i - 1].text, doc[i].text
    if not (
        (index.is_given_name(first) or _hyphenated_given_name(first, index))
        and len(word) > 2
        and word.istitle()
        and word.replace("-", "").isalpha()
        and (index.is_surname(word) or _double_surname(word, index))
        and not index.is_title(word)
        and not _strong_place(index, word)
    ):
        return False
    ends = i + 1 == len(doc) or doc[i + 1].text in (",", ".", ";", ":", ")", "(")
    return ends or (word.lower() not in lowered and not index.is_common_noun(word))


def _double_surname(word: str, index: NameIndex) -> bool:
    """ "Abena Owusu-Ansah", "Lammer-Weiß": two names of the lists joined, neither a
    noun nor a place."""
    parts = word.split("-")
    return len(parts) == 2 and all(
        p[:1].isupper()
        and len(p) > 1
        and (index.is_surname(p) or index.is_given_name(p))
        and not index.is_common_noun(p)
        and index.get(p) is None
        for p in parts
    )


def _hyphenated_given_name(word: str, index: NameIndex) -> bool:
    """ "Frank-Jürgen", "Karl-Heinz": no list holds every pair of first names."""
    parts = word.split("-")
    return len(parts) == 2 and all(p[:1].isupper() and index.is_given_name(p) for p in parts)


_ARABIC_ARTICLE_WORD = re.compile(r"^(?:al|el|as|ad|ar|an|at|az)-[A-ZÄÖÜ]\w+$")
_NASAB = frozenset({"bin", "bint", "ibn", "Bin", "Ibn", "Ben", "Abu", "Abd"})
# the article written apart and capitalised, as Maghreb names are often spelt in the
# press: "Abdelbaki Es Satty", "Abdel Fattah El Sisi"
_ARTICLE_APART = frozenset({"El", "Es", "Ed", "Er", "Ez", "Al"})
# Irish surnames begin with a particle: "Ní Fhlatharta", "Ó Riordáin", "Nic Giolla"
IRISH_PARTICLES = frozenset({"Ó", "Ní", "Nic", "Uí", "Mhic"})


def arabic_names(doc: Doc, spans: list[Span], index: NameIndex | None = None) -> list[Span]:
    """ "Mohammed Adnan" + "al-Afyuni", "Zine el-Abidine" + "Ben Ali", "Latifa" +
    "bint" + "Muhammad al-Maktum": an Arabic name the model cut at its article or its
    "son of"/"daughter of" is one person; so is an Irish surname cut at its particle
    ("Ní" + "Fhlatharta", "Dr Ó Riordáin"); and a first name with an article's surname
    ("Aiman al-Sawahiri", a body to the model)."""
    spans = _irish_surnames(doc, spans)
    if index is not None:
        spans = [
            Span(doc, s.start, s.end, label="PER") if _given_and_article(s, index) else s
            for s in spans
        ]
    ordered = sorted(spans, key=lambda s: s.start)
    starts = {s.start: s for s in ordered}
    used: set[int] = set()
    out: list[Span] = []
    covered = {i for s in ordered for i in range(s.start, s.end)}
    for span in ordered:
        if id(span) in used:
            continue
        start, end, person = span.start, span.end, span.label_ == "PER"
        while True:
            nxt = starts.get(end)
            if (
                person
                and end < len(doc)
                and end not in covered
                and _ARABIC_ARTICLE_WORD.match(doc[end].text)
            ):
                end += 1  # "Mohammed Adnan" "al-Afyuni"
                continue
            if (
                person
                and end + 1 < len(doc)
                and end not in covered
                and doc[end].text in _ARTICLE_APART
                and doc[end + 1].is_title
                and doc[end + 1].is_alpha
                and not doc[end].is_sent_start
            ):
                after = starts.get(end + 1)
                if after is not None and len(after) > 1:
                    break
                if after is not None:
                    used.add(id(after))
                end += 2  # "Abdelbaki" "Es" "Satty": the model stopped at the article
                continue
            if nxt is not None and nxt.label_ == "PER" and person and nxt[0].text in _NASAB:
                used.add(id(nxt))
                end = nxt.end  # "Zine el-Abidine" "Ben Ali"
                continue
            after = starts.get(end + 1)
            if (
                end < len(doc)
                and doc[end].text in ("bin", "bint", "ibn")
                and after is not None
                and (after.label_ == "PER" or (person and all(t.text[:1].isupper() for t in after)))
            ):
                used.add(id(after))
                # "Latifa" "bint" "Muhammad al-Maktum"; "Muhammad" "ibn" "Zayid Al Nahyan"
                # (a body to the model)
                end, person = after.end, True
                continue
            if (
                person
                and end + 1 < len(doc)
                and doc[end].text in ("bin", "bint", "ibn")
                and after is None
                and end + 1 not in covered
                and doc[end + 1].is_title
                and doc[end + 1].is_alpha
            ):
                end += 2  # "Osama" "bin" "Laden": the model stopped at the particle
                continue
            break
        if (start, end) == (span.start, span.end):
            out.append(span)
        else:
            out.append(Span(doc, start, end, label="PER"))
    return out


_OPENING_QUOTES = frozenset({"„", "«", "»", '"', "‚", "“"})


def genitive_people(doc: Doc, spans: list[Span], words: list[str], index: NameIndex) -> list[Span]:
    """ "über Zabels Entscheidung", "nach Buurmanns Ausscheiden", "Aussprüche Luthers": a
    surname or a first name with the genitive's "s", before a noun (its adjective between)
    or after one, is a person the model missed; German writes that "s" on names only."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    lowered = {w for w in words if w[:1].islower()}
    out = list(spans)
    for i in range(1, len(words) - 1):
        word = words[i]
        if i in covered or not _genitive_name(word, lowered, index) or doc[i].is_sent_start:
            continue
        after, before = words[i + 1], words[i - 1]
        if before in _OPENING_QUOTES:
            continue  # "Mackes „Großes helles Schaufenster“": a title's first word
        noun_after = after[:1].isupper() and after.isalpha() and index.is_common_noun(after)
        adjective_noun = (
            after.islower()
            and after.endswith(("e", "en", "er", "es", "em"))
            and i + 2 < len(words)
            and words[i + 2][:1].isupper()
            and index.is_common_noun(words[i + 2])
        )
        noun_before = (
            before[:1].isupper()
            and before.isalpha()
            and index.is_common_noun(before)
            and not doc[i - 1].is_sent_start
            and (after in (",", ".", ";", ":") or after.islower())
        )
        if noun_after or adjective_noun or noun_before:
            out.append(Span(doc, i, i + 1, label="PER"))
    return out


def _genitive_name(word: str, lowered: set[str], index: NameIndex) -> bool:
    """A name's genitive no lower-case word of the text and no common noun shares."""
    return (
        word[1:].islower()
        and word.lower() not in lowered
        and not index.is_common_noun(word)
        and genitive_of_a_person_name(word, index)
    )


def genitive_of_a_person_name(word: str, index: NameIndex) -> bool:
    """ "Saddams", "Nerudas": one word, a first name or a surname with the genitive's
    "s", itself no name any list knows; not a place's ("Bayerns")."""
    if not (
        len(word) > 4
        and word.endswith("s")
        and not word.endswith("ss")
        and word.isalpha()
        and word[:1].isupper()
    ):
        return False
    stem = word[:-1]
    known = index.get(stem)
    return (
        (index.is_given_name(stem) or index.is_surname(stem))
        and (known is None or known.label == "PER")
        and not index.is_common_noun(stem)
        and not index.is_given_name(word)
        and not index.is_surname(word)
        and index.get(word) is None
    )


def article_apart_before_surname(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Es Satty wiederum …" after "Abdelbaki Es Satty": the surname keeps its article
    where the full name has it (at a sentence start "Es" reads as the pronoun)."""
    longer = {s.text for s in spans if s.label_ == "PER" and len(s) > 2}
    out = []
    for span in spans:
        before = doc[span.start - 1].text if span.start > 0 else ""
        if (
            span.label_ == "PER"
            and before in _ARTICLE_APART
            and any(name.endswith(f" {before} {span.text}") for name in longer)
        ):
            span = Span(doc, span.start - 1, span.end, label="PER")
        out.append(span)
    return out


def _given_and_article(span: Span, index: NameIndex) -> bool:
    if span.label_ not in ("ORG", "MISC") or len(span) != 2:
        return False  # "Ur al-Fauqa", a place to the model, is a village
    if not _ARABIC_ARTICLE_WORD.match(span[1].text):
        return False
    entry = index.get(span[0].text)
    return index.is_given_name(span[0].text) and not (entry is not None and entry.is_entity)


def _irish_surnames(doc: Doc, spans: list[Span]) -> list[Span]:
    spans = [
        Span(doc, s.start, s.end, label="PER")
        if len(s) == 2 and s[0].text in IRISH_PARTICLES and s.label_ != "PER"
        else s
        for s in spans
    ]  # "Ní Fhlatharta" (a thing to the model)
    by_start = {s.start: s for s in spans}
    out = [s for s in spans if not (len(s) == 1 and s[0].text in IRISH_PARTICLES)]
    covered = {i for s in out for i in range(s.start, s.end)}
    # from the array: a Token object for every word costs more than the rest
    particles = {doc.vocab.strings.add(p) for p in IRISH_PARTICLES}
    orths = doc.to_array("ORTH").tolist() if len(doc) else []
    for i in [k for k, orth in enumerate(orths[:-1]) if orth in particles]:
        if i in covered:
            continue
        nxt = by_start.get(i + 1)
        word = doc[i + 1].text
        if nxt is not None and nxt.label_ == "PER":
            out = [s for s in out if s is not nxt]
            out.append(Span(doc, i, nxt.end, label="PER"))
        elif i + 1 not in covered and word[:1].isupper() and word.isalpha():
            out.append(Span(doc, i, i + 2, label="PER"))
        else:
            continue
        covered.update(range(i, out[-1].end))
    return out


def english_people_after_titles(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex, english: frozenset[str]
) -> list[Span]:
    """ "Referee Declan Hanrahan", "the presenter Carys Pennant": a title, a first name
    the index knows as nothing else and a surname that is no English word, which the
    model missed, are a person."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for i in range(1, len(words) - 1):
        first, last = words[i], words[i + 1]
        entry = index.get(first)
        if (
            i in covered
            or i + 1 in covered
            or not index.is_title(words[i - 1])
            or not index.is_given_name(first)
            or (entry is not None and entry.is_entity)
            or not _surname_like(last, index, english)
        ):
            continue
        end = i + 2
        # "Alhaji Musa Garba Danjuma": a second surname, or a father's name, after the first
        while (
            end < min(len(words), i + 4)
            and end not in covered
            and _surname_like(words[end], index, english)
        ):
            end += 1
        out.append(Span(doc, i, end, label="PER"))
        covered.update(range(i, end))
    return out


def _surname_like(word: str, index: NameIndex, english: frozenset[str]) -> bool:
    """A capitalised word that is no English word and no listed name of anything but a person."""
    known = index.get(word)
    return (
        word[:1].isupper()
        and word[1:].islower()
        and word.replace("'", "").isalpha()
        and word.lower() not in english
        and not (known is not None and known.is_entity and known.label != "PER")
    )


def people_in_apposition(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex
) -> list[Span]:
    """ "Die US-Außenministerin, Condoleezza Rice, antwortete", "Der Sprecher der Mehrheit
    im US-Senat, Bill Frist, forderte": two capitalised words between commas right after
    a role named a few words before are the person who holds it, even where both are
    German words too ("Bill", "Frist") or the model took the surname alone."""
    owner = {i: s for s in spans for i in range(s.start, s.end)}
    lowered = {w for w in words if w[:1].islower()}
    out = list(spans)
    for i in range(1, len(words) - 3):
        if words[i - 1] != "," or words[i + 2] != ",":
            continue
        first, last = words[i], words[i + 1]
        if not (
            first[:1].isupper()
            and first.isalpha()
            and last[:1].isupper()
            and last.replace("-", "").isalpha()
            and len(first) > 2
            and len(last) > 2
            and not index.is_title(first)
            and not index.is_title(last)
        ):
            continue
        held = {id(owner[k]) for k in (i, i + 1) if k in owner}
        if any(owner[k].label_ != "PER" for k in (i, i + 1) if k in owner):
            continue
        if any(s.start < i or s.end > i + 2 for s in spans if id(s) in held):
            continue
        if not _role_before(words, i - 1, index):
            continue
        known = index.get(first)
        if not (
            index.is_given_name(first)
            or (known is None and not index.is_common_noun(first) and first.lower() not in lowered)
        ):
            continue
        out = [s for s in out if id(s) not in held]
        out.append(Span(doc, i, i + 2, label="PER"))
    return out


def _role_before(words: list[str], comma: int, index: NameIndex) -> bool:
    """A title in the clause before the comma at `comma`, at most six words back."""
    for k in range(comma - 1, max(-1, comma - 7), -1):
        if words[k] in (",", ".", ";", ":", "!", "?"):
            return False
        if index.is_title(words[k]):
            return True
    return False


_INITIALS = re.compile(r"^(?:[A-Z]\.){1,4}$")


def initialled_people(doc: Doc, spans: list[Span], index: NameIndex) -> list[Span]:
    """ "farmer K.G. Premadasa", "General Manager of Railways H.M.K. Dissanayake": a
    name's initials and a surname after them are a person, however the model labelled
    it. Where words come before the initials, the surname must be a person's elsewhere
    in the article; a word there that the index knows as a name stays that name."""
    people = {w for s in spans if s.label_ == "PER" for w in (s.text, s[-1].text)}
    out: list[Span] = []
    for span in spans:
        last = span.end - 1
        if (
            span.label_ == "PER"
            or len(span) < 2
            or not _INITIALS.match(doc[last - 1].text)
            or not (doc[last].text[:1].isupper() and doc[last].text.isalpha())
        ):
            out.append(span)
            continue
        start = last - 1
        while start > span.start and _INITIALS.match(doc[start - 1].text):
            start -= 1  # "A. B. Smith"
        if start > span.start and doc[last].text not in people:
            out.append(span)  # "Mitsui O.S.K. Lines": no person the article names
            continue
        if start > span.start:
            before = doc[span.start : start]
            entry = index.find(before.text, german=False)
            if entry is not None and entry.is_entity:
                out.append(Span(doc, before.start, before.end, label=entry.label))
        out.append(Span(doc, start, span.end, label="PER"))
    return out


_O_SURNAME = re.compile(r"^[OD][’′'][A-ZÄÖÜ][a-zäöüß]+$")


def o_surnames(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Conan O’Brien", "Beto O′Rourke": a person the model stopped before an Irish or
    Italian surname with its apostrophe ("O’", "D’") ends with that surname."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for span in spans:
        if (
            span.label_ == "PER"
            and span.end < len(doc)
            and span.end not in covered
            and _O_SURNAME.match(doc[span.end].text)
        ):
            span = Span(doc, span.start, span.end + 1, label="PER")
        out.append(span)
    return out


def spanish_surnames(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Felipe de Borbón y Grecia": a Spanish person of two or more words whose two
    surnames are joined by "y" ends with the second, where that is one capitalised word
    no other person claims (not "Zapatero y Mariano Rajoy", two people); a Romance
    particle and one capitalised word no name of the model's begins with end the name
    too ("Carlos Perez del Castillo")."""
    starts = {s.start: s for s in spans}
    dropped: set[int] = set()
    grown: dict[int, Span] = {}
    for span in spans:
        end = span.end
        if not (
            span.label_ == "PER"
            and len(span) > 1
            and end + 1 < len(doc)
            and doc[end].text == "y"
            and doc[end + 1].is_title
            and doc[end + 1].is_alpha
            and (end + 2 == len(doc) or not doc[end + 2].is_title)
        ):
            continue
        after = starts.get(end + 1)
        if after is not None and (len(after) > 1 or after.label_ == "PER"):
            continue
        if after is not None:
            dropped.add(id(after))  # "Grecia", a place to the model
        grown[id(span)] = Span(doc, span.start, end + 2, label="PER")
    for span in spans:
        # "Carlos Perez" "del Castillo": a Romance particle and one capitalised word
        end = span.end
        n = 2 if doc[end : end + 2].text in _ROMANCE_PARTICLES else 1
        if not (
            span.label_ == "PER"
            and len(span) > 1
            and id(span) not in grown
            and end + n < len(doc)
            and doc[end : end + n].text in _ROMANCE_PARTICLES
            and doc[end + n].is_title
            and doc[end + n].is_alpha
            and end + n not in starts
            and (end + n + 1 == len(doc) or not doc[end + n + 1].is_title)
        ):
            continue
        grown[id(span)] = Span(doc, span.start, end + n + 1, label="PER")
    return [grown.get(id(s), s) for s in spans if id(s) not in dropped]


# particles of Spanish, Portuguese and Italian surnames ("Perez del Castillo", "Lula da
# Silva", "de la Cruz"); not "von", "van", "de" alone, which German and Dutch text
# writes before places and bodies too
_ROMANCE_PARTICLES = frozenset({"del", "de la", "de los", "de las", "da", "dos", "di"})


# a Mongolian name as Montsame writes it: the father's initial joined to the given name
# by a dot ("B.Enkhtuvshin", "Ts.Odgerel"); two letters only where Mongolian
# transliteration writes one sound with them
_MONGOLIAN_INITIAL = r"(?:[A-Z]|Ts|Ch|Sh|Kh|Zh|Ya|Yu|Ye|Yo|Dz)"
_JOINED_INITIAL = re.compile(rf"^{_MONGOLIAN_INITIAL}\.[A-Z][a-z]{{2,}}(?:-[A-Z][a-z]+)?$")
_JOINED_ANYWHERE = re.compile(rf"(?<![\w.]){_MONGOLIAN_INITIAL}\.[A-Z][a-z]{{2}}")
_INITIAL_PART = re.compile(rf"^{_MONGOLIAN_INITIAL}$")


def name_words(name: str) -> list[str]:
    """A name's words, a joined initial apart: "Ts.Odgerel" -> ["Ts.", "Odgerel"] (the
    article may go on with "Odgerel" alone)."""
    words = name.split()
    if words and "." in words[0] and _JOINED_INITIAL.match(words[0]):
        initial, _, given = words[0].partition(".")
        words[:1] = [initial + ".", given]
    return words


def joined_initials(doc: Doc, spans: list[Span], words: list[str], text: str) -> list[Span]:
    """ "B.Enkhtuvshin", "N.Tsetsegmaa", "Ts.Odgerel" (three tokens to the tokenizer):
    an initial joined to a name by a dot, with no space, is a person, whatever the model
    made of it; a title the model took in ("Abbot D.Ganbaatar") stays outside."""
    if not _JOINED_ANYWHERE.search(text):
        return spans  # most articles: no word-by-word walk
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if _JOINED_INITIAL.match(words[i]):
            found.append((i, i + 1))
        elif (
            i + 2 < len(words)
            and words[i + 1] == "."
            and _INITIAL_PART.match(words[i])
            and re.match(r"^[A-Z][a-z]{2,}$", words[i + 2])
            and not doc[i].whitespace_
            and not doc[i + 1].whitespace_
        ):
            found.append((i, i + 3))
            i += 2
        i += 1
    if not found:
        return spans
    out = list(spans)
    for start, end in found:
        touching = [s for s in out if s.start < end and start < s.end]
        if any(s.label_ == "PER" and s.start == start and s.end > end for s in touching):
            continue  # "B.Enkhtuvshin Bold": the model's longer person
        out = [s for s in out if not any(s is t for t in touching)]
        out.append(Span(doc, start, end, label="PER"))
    return out


# a relative's noun before a first name: German compounds end in it ("Zwillingsbruder"),
# English writes it alone ("her son Hunter")
_KIN_DE = (
    "bruder", "schwester", "sohn", "tochter", "vater", "mutter", "ehefrau", "ehemann",
    "gattin", "gatte", "witwe", "witwer", "neffe", "nichte", "onkel", "tante", "enkel",
    "enkelin", "cousin", "cousine",
)  # fmt: skip
_KIN_EN = (
    "brother", "sister", "son", "daughter", "father", "mother", "wife", "husband", "widow",
    "nephew", "niece", "uncle", "aunt", "grandson", "granddaughter",
)  # fmt: skip
_KIN = re.compile(f"(?:{'|'.join(_KIN_DE)}|^(?:{'|'.join(_KIN_EN)}))$")
# their last four letters as a word ends in them ("…uder", "Sohn"): a set lookup per
# word before the pattern
_KIN_TAILS = frozenset(
    tail for word in _KIN_DE + _KIN_EN for tail in (word[-4:], word.title()[-4:])
)


def after_a_relative(span: Span) -> bool:
    """ "sein Zwillingsbruder Lech": a name right after a relative's noun."""
    return span.start > 0 and _KIN.search(span.doc[span.start - 1].lower_) is not None


def relative_before(text: str, start: int) -> bool:
    """The same test on the article's text, for a mention that begins at `start`."""
    before = text[max(0, start - 40) : start]
    return (
        before.endswith(" ")
        and _KIN.search(before.rstrip().rsplit(None, 1)[-1].lower()) is not None
    )


def relatives_by_first_name(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex
) -> list[Span]:
    """ "sein Zwillingsbruder Lech" (a town to the model): a first name right after a
    relative's noun is a person, with the surname after it where one follows."""
    by_start = {s.start: s for s in spans}
    out = list(spans)
    for at in range(2, len(words) - 1):
        if words[at - 1][-4:] not in _KIN_TAILS:
            continue  # the cheap test first: this runs over every word
        first = words[at]
        if not (first.isalpha() and _KIN.search(words[at - 1].lower())):
            continue  # "Zwillingsbruder", not "Samson"
        if not index.is_given_name(first):
            continue
        own = by_start.get(at)
        if own is not None:
            if (
                own.label_ != "PER"
                and len(own) <= 3
                and not any(index.is_title(t.text) for t in own)
            ):
                out = [s for s in out if s is not own] + [Span(doc, own.start, own.end, "PER")]
            continue
        if any(s.start < at < s.end for s in out):
            continue
        end = at + 1
        if words[end].istitle() and index.is_surname(words[end]):
            if by_start.get(end) is not None or any(s.start < end < s.end for s in out):
                continue
            end += 1
        out.append(Span(doc, at, end, label="PER"))
    return out
