"""German names of things that are not bodies, places or people (MISC): laws and
directives, prizes, treaties and events named by a place ("Vertrag von Lissabon",
"Massaker von Srebrenica"), aircraft types. Hyphenated events ("G8-Gipfel") are
`german.hyphenated_names`'.

The model was trained on GermEval, which leaves most of them unmarked, so it finds
almost none; a reader of news marks "das Grundgesetz", "den Friedensnobelpreis", "den
Vertrag von Lissabon" and "eine Boeing 737" as names. Each rule asks for a form that
only a name takes: a law word joined to a specific subject ("Thronfolgegesetz", not
"Wahlgesetz"), a place after "Vertrag von", a maker and a type number.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from tui.analysis.names.index import NameIndex
from tui.analysis.names.patterns import STATE_ADJECTIVE, replace_overlapping, town_of_adjective

# a law or directive as one compound word; the subject before it says which one
_LAW = re.compile(
    r"^(?P<subject>[A-ZÄÖÜ][\w-]*?)-?"
    r"(?P<kind>gesetz|gesetzes|gesetzbuch|gesetzbuches|gesetzbuchs|richtlinie|grundverordnung)$",
    re.IGNORECASE,
)
# subjects every law or many laws have: "Bundesgesetz", "Änderungsgesetz", "EU-Richtlinie"
_GENERIC_SUBJECTS = frozenset(
    {
        "Bundes", "Landes", "Sonder", "Wahl", "Einzel", "Rahmen", "Reform", "Spar",
        "Änderungs", "Ausführungs", "Einführungs", "Durchführungs", "Anpassungs",
        "Übergangs", "Begleit", "Mantel", "Haushalts", "Nachtrags", "Vorschalt",
        "Straf", "Sitten", "Kriegs", "Not", "Förder", "Leit", "Vergabe", "EU", "Eu",
    }
)  # fmt: skip
# the one law German news names by a short subject
_SHORT_LAWS = frozenset({"Grundgesetz", "Grundgesetzes", "Strafgesetzbuch", "Strafgesetzbuches"})
# "der Friedensnobelpreis", "den Literaturnobelpreis", "der Karlspreis"
_PRIZE = re.compile(r"^(?:[A-ZÄÖÜ]\w*nobelpreis|Nobelpreis|Karlspreis)(?:es|e|s)?$")
# "der Pulitzer-Preis", "der Georg-Büchner-Preis": a name, a hyphen and "Preis"
_NAMED_PRIZE = re.compile(r"^(?P<name>[A-ZÄÖÜ][\w-]*)-Preis(?:es|e)?$")
# the head of a treaty, a declaration or a conference named by its place
_TREATY_HEADS = frozenset(
    {
        "Vertrag", "Vertrags", "Vertrages", "Verträge", "Abkommen", "Abkommens",
        "Deklaration", "Protokoll", "Protokolls", "Protokolles", "Frieden", "Friedens",
        "Konferenz", "Charta", "Konvention",
    }
)  # fmt: skip
_EVENT_HEADS = frozenset({"Massaker", "Schlacht", "Belagerung"})
_MAKERS = frozenset(
    {
        "Boeing", "Airbus", "Embraer", "Bombardier", "Cessna", "Fokker", "Lockheed",
        "Suchoi", "Tupolew", "Iljuschin", "Antonow", "Jakowlew", "Mil", "Sikorsky",
    }
)  # fmt: skip
_TYPE_NUMBER = re.compile(r"^[A-Z]{0,3}-?\d{2,4}(?:-\d{1,4})?[A-Za-z]{0,3}$")
# "Su-27", "MiG-29", "Tu-154", "F-16", "C-130": a Russian or American type by its letters
_TYPE_CODE = re.compile(
    r"^(?:Su|SU|MiG|Tu|TU|Il|IL|An|AN|Jak|Mi|Ka|F|B|C|KC|MV|CH|AH|UH)-\d{1,3}[A-Z]?$"
)
_INDEFINITE = frozenset(
    {"ein", "eine", "eines", "einem", "einen", "einer", "kein", "keine", "keinen", "keinem"}
)


def laws_prizes_and_aircraft(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex
) -> list[Span]:
    """One word that names a law, a directive, a prize or an aircraft type is MISC;
    a single-word span the model gave it another label is relabelled."""
    covered = {i for s in spans if len(s) > 1 for i in range(s.start, s.end)}
    by_token = {s.start: s for s in spans if len(s) == 1}
    out = list(spans)
    shorts: set[str] = set()
    for i, word in enumerate(words):
        if i in covered or not word[:1].isupper():
            continue
        law = _is_law(word, words, i)
        if not (law or _is_prize(word, index) or _TYPE_CODE.match(word)):
            continue
        start = _shared_start(words, i, covered)
        end = _law_subject_end(words, i + 1, covered) if law else i + 1
        if (start, end) == (i, i + 1):
            out = _as_misc(doc, out, by_token, i)
        else:
            out = [s for s in out if s.end <= start or s.start >= end]
            out.append(Span(doc, start, end, label="MISC"))
        # "Krankenhausfinanzierungsgesetz (KHG)": its abbreviation names it too
        if i + 3 < len(words) and words[i + 1] == "(" and words[i + 3] == ")":
            short = words[i + 2]
            if len(short) >= 2 and short[:1].isupper() and short.isalpha() and i + 2 not in covered:
                shorts.add(short)
    if shorts:  # every mention of the abbreviation, so the article's majority agrees
        for i, word in enumerate(words):
            if word in shorts and i not in covered:
                out = _as_misc(doc, out, {s.start: s for s in out if len(s) == 1}, i)
    return _makers_and_types(doc, out, words)


def _shared_start(words: list[str], i: int, covered: set[int]) -> int:
    """ "Elektro- und Elektronikgerätegesetz": one law whose words share a part."""
    if (
        i >= 2
        and words[i - 1] in ("und", "oder")
        and words[i - 2].endswith("-")
        and words[i - 2][:1].isupper()
        and not covered & {i - 2, i - 1}
    ):
        return i - 2
    return i


def _law_subject_end(words: list[str], end: int, covered: set[int]) -> int:
    """ "Verfassungsgesetz zur Schulbildung": the subject after "zur" names the law."""
    if (
        end + 1 < len(words)
        and words[end] in ("zur", "zum")
        and words[end + 1][:1].isupper()
        and words[end + 1].isalpha()
        and not covered & {end, end + 1}
    ):
        return end + 2
    return end


def _variant_end(doc: Doc, words: list[str], end: int) -> int:
    """ "Boeing 747-400": the variant after a hyphen belongs to the type."""
    if (
        end + 1 < len(words)
        and words[end] == "-"
        and words[end + 1].isdigit()
        and doc[end - 1].whitespace_ == ""
        and doc[end].whitespace_ == ""
    ):
        return end + 2
    return end


def _as_misc(doc: Doc, spans: list[Span], by_token: dict[int, Span], i: int) -> list[Span]:
    old = by_token.get(i)
    if old is not None:
        if old.label_ == "MISC":
            return spans
        spans = [s for s in spans if s is not old]
    return [*spans, Span(doc, i, i + 1, label="MISC")]


def treaties(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """ "Vertrag von Lissabon", "Deklaration von Cozco", "Massaker von Srebrenica": a
    treaty's or an event's head, "von" and a place the model found are one name, the
    treaty's or the event's (the place is part of it)."""
    out = list(spans)
    for span in spans:
        start = span.start
        head = words[start - 2] if start >= 2 else ""
        # "Massaker von Srebrenica" (a person to the model): after an event's head, a place
        event = head in _EVENT_HEADS or head.endswith("massaker")
        if (
            # "Vertrag von Trianon" (a person to the model): one word after a treaty too
            (span.label_ == "LOC" or len(span) == 1)
            and span[0].text[:1].isupper()
            and start >= 2
            and words[start - 1] == "von"
            and (head in _TREATY_HEADS or event)
            and not any(s.start <= start - 2 < s.end for s in spans)
            and not (start >= 3 and words[start - 3].lower() in _INDEFINITE)
        ):
            out.remove(span)
            out.append(Span(doc, start - 2, span.end, label="MISC"))
    return out


# the endings of a treaty's noun after a town's adjective: "Pariser Klimaabkommen",
# "Minsker Abkommen", "Schengener Übereinkommens"
_TREATY_ENDINGS = (
    "abkommen", "abkommens", "vertrag", "vertrags", "vertrages", "verträge", "verträgen",
    "protokoll", "protokolls", "übereinkommen", "übereinkommens", "konvention",
    "konventionen", "charta",
)  # fmt: skip


def treaties_of_towns(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex
) -> list[Span]:
    """ "zum Pariser Klimaabkommen", "das Minsker Abkommen": a town's adjective before a
    treaty's noun names the treaty (MISC), whatever the model made of the adjective."""
    out = list(spans)
    for i in range(1, len(words) - 1):
        noun = words[i + 1]
        if not (noun[:1].isupper() and noun.lower().endswith(_TREATY_ENDINGS)):
            continue
        if any(s.start <= i + 1 < s.end and len(s) > 1 for s in spans):
            continue  # a longer name the model has: "Vierte Genfer Konvention"
        if town_of_adjective(words[i], index) is None or doc[i].is_sent_start:
            continue
        out = [s for s in out if not (i <= s.start < i + 2)]
        out.append(Span(doc, i, i + 2, label="MISC"))
    return out


def named_wars(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """ "im Dreißigjährigen Krieg", "den Schmalkaldischen Krieg": a capitalised adjective
    inside a sentence before "Krieg" names that war; lower case it is any war, but for the
    world wars' ordinals ("vom zweiten Weltkrieg")."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for i in range(1, len(words) - 1):
        if i in covered or i + 1 in covered:
            continue
        if words[i] in _WORLD_WAR_ORDINALS and words[i + 1] in _WORLD_WAR:
            # "vom zweiten Weltkrieg verwüsteten Staaten": the ordinal in lower case
            out.append(Span(doc, i, i + 2, label="MISC"))
            continue
        if words[i + 1] not in _WAR:
            continue
        adjective = words[i]
        if (
            adjective[:1].isupper()
            and adjective[1:].islower()
            and adjective.isalpha()
            and adjective.endswith(("e", "en", "er", "es"))
            and not doc[i].is_sent_start
            and words[i - 1].lower() in _DEFINITE_BEFORE_WAR
        ):
            out.append(Span(doc, i, i + 2, label="MISC"))
    return out


_WAR = frozenset({"Krieg", "Krieges", "Kriegs", "Kriege"})
_WORLD_WAR = frozenset({"Weltkrieg", "Weltkrieges", "Weltkriegs"})
_WORLD_WAR_ORDINALS = frozenset({"ersten", "erste", "erster", "zweiten", "zweite", "zweiter"})
# "im", "den", "des": a war named with its article ("im Großen Nordischen Krieg" needs two)
_DEFINITE_BEFORE_WAR = frozenset({"der", "den", "dem", "des", "im", "vom", "zum"})


def _is_law(word: str, words: list[str], i: int) -> bool:
    if word in _SHORT_LAWS:
        return True
    found = _LAW.match(word)
    if found is None:
        return False
    subject = found.group("subject").rstrip("-")
    core = subject.rsplit("-", 1)[-1]
    if _GENERIC_SUBJECTS & {subject, core, core.removesuffix("s")}:
        return False
    book = found.group("kind").lower().startswith("gesetzbuch")
    if len(subject.replace("-", "").removesuffix("s")) < 7 and not book:
        return False
    # "ein neues Versammlungsgesetz", "ein entsprechendes Sondergesetz": one of a kind
    before = [w.lower() for w in words[max(0, i - 3) : i]]
    return not any(w in _INDEFINITE for w in before)


def _is_prize(word: str, index: NameIndex) -> bool:
    if _PRIZE.match(word):
        return True
    named = _NAMED_PRIZE.match(word)
    if named is None:
        return False
    last = named.group("name").rsplit("-", 1)[-1]
    return not index.is_common_noun(last) and last not in index.nouns


# the first halves of compounds that name a prize or a festival, not a price
# ("Literaturpreis", "Filmtage"; not "Strompreis", "Feiertage")
_PRIZE_FIELDS = (
    "literatur", "buch", "film", "kunst", "musik", "kultur", "medien", "journalisten",
    "staats", "förder", "förderungs", "friedens", "umwelt", "innovations", "architektur",
    "theater", "ehren", "nachwuchs", "publikums", "wissenschafts", "forschungs", "design",
    "hörspiel", "fernseh", "jazz", "kabarett", "kleinkunst", "lyrik", "übersetzer",
    "jugendbuch", "kinderbuch", "sachbuch", "denkmal", "integrations", "demokratie",
)  # fmt: skip
_PRIZE_KINDS = (
    "preis", "preises", "tage", "tagen", "festspiele", "festspielen", "festival", "festivals",
)  # fmt: skip
_FESTIVALS = frozenset({"Festspiele", "Festspielen", "Festwochen", "Biennale", "Triennale"})


def prizes_of_places(doc: Doc, spans: list[Span], words: list[str], index: NameIndex) -> list[Span]:
    """ "die Rauriser Literaturtage", "den Österreichischen Buchpreis", "die Bregenzer
    Festspiele": a place's adjective before a prize's or a festival's word names that
    prize or festival (not "der Wiener Strompreis"), with the words the model found
    before it ("die Internationalen Hofer Filmtage")."""
    covered = {i: s for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for i in range(1, len(words)):
        word = words[i]
        if not word[:1].isupper() or not (word in _FESTIVALS or _prize_compound(word)):
            continue
        if not doc[i - 1].whitespace_ or not _adjective_of_a_place(words[i - 1], index):
            continue
        start = i - 1
        whole = covered.get(i - 1) or covered.get(i)
        if whole is not None and whole.end == i and whole.label_ != "PER":
            start = whole.start  # "die Internationalen Hofer" + "Filmtage": cut short
        elif whole is not None and (whole.start < i - 1 or whole.end > i + 1):
            continue  # a longer name ("Deutscher Buchpreis für …") the model found
        found.append(Span(doc, start, i + 1, label="MISC"))
    return replace_overlapping(spans, found)


def _prize_compound(word: str) -> bool:
    if not word.endswith(_PRIZE_KINDS):  # the cheap test first: this runs on every word
        return False
    lower = word.lower()
    kind = next(k for k in _PRIZE_KINDS if lower.endswith(k))
    return lower[: -len(kind)] in _PRIZE_FIELDS


def _adjective_of_a_place(word: str, index: NameIndex) -> bool:
    """ "Rauriser", "Österreichischen", "Deutscher": made of a town, a land or a country."""
    if STATE_ADJECTIVE.match(word) or word.startswith("Deutsche"):
        return True
    if town_of_adjective(word, index) is not None:
        return True
    return (
        word.endswith("er")
        and len(word) >= 7
        and word.isalpha()
        and not index.is_common_noun(word)
        and not index.is_common_noun(word[:-2])
    )


def _makers_and_types(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """ "Boeing 737", "Airbus A380": a maker and a type number name a plane, not the
    maker."""
    out = list(spans)
    for i in range(len(words) - 1):
        if words[i] not in _MAKERS or not _TYPE_NUMBER.match(words[i + 1]):
            continue
        if not any(c.isdigit() for c in words[i + 1]):
            continue
        end = _variant_end(doc, words, i + 2)
        out = [s for s in out if s.end <= i or s.start >= end]
        out.append(Span(doc, i, end, label="MISC"))
    return out


# the kind of act before its number: "Richtlinie 2011/92/EU", "Resolution 1701"
_NUMBERED_ACTS = frozenset({"Richtlinie", "Resolution", "Verordnung", "Direktive"})
_ACT_NUMBER = re.compile(r"^\d{1,4}$")


def numbered_acts(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """ "die Richtlinie 2011/92/EU", "die Resolution 1701": an act's kind and its number
    (with the year and the body that issued it) name one act, MISC."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for i, word in enumerate(words[:-1]):
        if word not in _NUMBERED_ACTS or i in covered or not _ACT_NUMBER.match(words[i + 1]):
            continue
        end = i + 2
        # "/92/EU", "/679": the rest of its number, as the tokenizer split it
        while end + 1 < len(words) and words[end] == "/" and not doc[end - 1].whitespace_:
            if not (words[end + 1].isdigit() or words[end + 1] in ("EU", "EG", "EWG")):
                break
            end += 2
        if any(s.start < i < s.end or s.start < end < s.end for s in out):
            continue
        # "EU" of "2011/92/EU" is the number's, not a name of its own here
        out = [s for s in out if not i <= s.start < end]
        out.append(Span(doc, i, end, label="MISC"))
    return out


def acts_and_games(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Hatch Act", "USA PATRIOT Act" in German news: an English law's name ends in "Act"
    (a body to the model, by its capitals); "Olympische Behindertenspiele": games are an
    event."""
    return [
        Span(doc, s.start, s.end, label="MISC")
        if len(s) > 1
        and s.label_ != "MISC"
        and (s[-1].text == "Act" or s[-1].text.endswith(("spiele", "spielen")))
        else s
        for s in spans
    ]
