"""What German names say of themselves: at their edges (a common noun the model ran on
into, "FC Kaiserslautern Fußballgeschichte"; a role named by an adjective,
"Niedersächsischer Ministerpräsident"), inside one hyphenated word ("Fritz-Walter-Stadion",
"Watergate-Affäre"), and by the words around them (a storm's name, a club's number,
English head words in German text).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from tui.analysis.names.context import DE_ORG_KIND
from tui.analysis.names.heads import EN_PLACE_ONLY_HEADS, PLACE_FIRST, STORM_GRADES
from tui.analysis.names.index import NameIndex
from tui.analysis.names.patterns import GENERIC_HEADS, STATE_ADJECTIVE, town_of_adjective

# "Irakische", "Niedersächsischer", "Nationalen", "Sudanesische": adjectives, capitalised
_ADJECTIVE = re.compile(
    r"^[A-ZÄÖÜ][a-zäöüß]+(?:isch|al|ig|lich|end|iv|ell|är|ös|bar|sam|st)(?:e|en|er|es|em)$"
)


def looks_like_adjective(word: str) -> bool:
    """A capitalised word with an adjective's ending or an ordinal, which the lexicon may
    know as a noun ("Sudanesische", "Zweiter")."""
    return _ADJECTIVE.match(word) is not None or _ORDINAL.match(word) is not None


def compound_head(word: str, index: NameIndex, *, both_nouns: bool = False) -> str | None:
    """ "Fußballgeschichte" → "Geschichte": the known noun a longer word ends in.

    Only for words the index knows as no name, no first name and no surname
    ("Brandenburg" ends in "Burg" and is a place). `both_nouns`: the first part must be a
    noun too ("Fußball-", "Bevölkerungs-"), which no English word ("Corporation") is."""
    if len(word) < 9 or not word[:1].isupper() or not word.isalpha():
        return None
    if index.get(word) is not None or index.is_surname(word) or index.is_given_name(word):
        return None
    for k in range(3, len(word) - 3):
        if not word[k - 1].islower():
            continue
        head = word[k:].capitalize()
        if len(head) < 5 or not index.is_common_noun(head):
            continue
        if not both_nouns or any(
            index.is_common_noun(word[: k - len(link)]) for link in ("", "s", "es", "n", "en")
        ):
            return head
    return None


_COUNTRY_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][a-zäöü]+sch(?:e|en|er|es|em)$")


def role_of_adjective(span: Span, index: NameIndex) -> bool:
    """ "Niedersächsischer Ministerpräsident", "Wiener Rechtsprofessor": an adjective and
    a title name a role, not a body or a place."""
    if len(span) != 2 or index.get(span.text) is not None:
        return False
    first, last = span[0].text, span[1].text
    if not (
        _ADJECTIVE.match(first)
        or _COUNTRY_ADJECTIVE.match(first)  # "Deutsche Militärbeobachter"
        or town_of_adjective(first, index) is not None
    ):
        return False
    if index.is_title(last):
        return True
    head = compound_head(last, index)
    return head is not None and index.is_title(head)


def noun_after_name(span: Span, index: NameIndex, text: str) -> int:
    """The end of a name the model ran on into a compound common noun after it:
    "Oxford University Politikwissenschaften", "FC Kaiserslautern Fußballgeschichte".

    Only where what is left is a name the list knows as written, of two words or more, or
    one the article (`text`) writes again elsewhere; a plain noun ("Allianz Arena",
    "Deutsche Bank") is part of the name, and so is a noun after an adjective ("New
    Yorker Bundesberufungsgericht", "Deutschen Presseagentur")."""
    if len(span) < 2 or span.label_ == "PER":
        return span.end
    if compound_head(span[-1].text, index, both_nouns=True) is None:
        return span.end
    if index.find(span.text) is not None:
        return span.end
    rest = span[:-1]
    if not all(t.text[:1].isupper() for t in rest):
        return span.end  # "Bundesamt für Bevölkerungsschutz"
    before = rest[-1].text
    if _ADJECTIVE.match(before) or town_of_adjective(before, index) is not None:
        return span.end
    if before.endswith(("e", "en", "er", "es", "em")):
        return span.end  # "Deutsche Filminstitut": perhaps an adjective
    entry = index.get(rest.text)
    known = entry is not None and entry.strong and entry.is_entity and entry.label != "MISC"
    if known or len(rest) > 1 or text.count(rest.text) > 1:
        return span.end - 1
    return span.end


# A place named by a name and what it is, hyphenated: "Fritz-Walter-Stadion",
# "Lahn-Dill-Kreis", "Kalma-Camp", "Taiwan-Straße", "Marschall-Inseln"
_PLACE_HEADS = re.compile(
    r"-(Stadion|Kreis|Camp|Lager|Areal|Platz|Straße|Allee|Brücke|Park|Inseln?|Region"
    r"|Kaserne|Gefängnis|Kanal|Tal)(?:e?s)?$"
)
# An event, a treaty or a law named by a name: "Irak-Krieg", "Watergate-Affäre",
# "EU-Verfassung", "Dublin-Abkommens", "DFB-Pokal", "Berlin-Marathon" (not
# "EU-Richtlinie": one of many)
_EVENT_HEADS = re.compile(
    r"-(Krieg|Affäre|Skandal|Abkommen|Vertrag|Verfassung|Gipfel|Turnier|Festival|Marathon"
    r"|Pokal|Cup|Rallye|Konferenz|Ministerkonferenz|Klimakonferenz|Handelsrunde|Protokoll"
    r"|Konvention|Charta|Doppelbeschluss)(?:e?s)?$"
)
# a law named by two hyphenated words or more before its head (not "EU-Verordnung", one
# of many, nor "ein Anti-Pornographie-Gesetz", what it is against)
_HYPHENATED_LAW = re.compile(
    r"^[A-ZÄÖÜ][\w]*-(?:[A-ZÄÖÜ][\w]*-)+(?:Verordnung|Gesetz|Gesetzes|Gesetzbuch|Richtlinie)$"
)
# the heads of compounds that name a name's people ("Hamas-Anhänger", "SPD-Politikerin")
_FEMININE = re.compile(r"(?:erin|erinnen|ern)$")
_OUTBREAKS = frozenset({"Pandemie", "Epidemie"})
_PARTICLES = ("von", "van", "de", "del", "der", "al", "el", "bin", "ibn", "zu")
# a party's parliamentary group: "SPD-Fraktion", "CDU-Landtagsfraktion", "Grünen-Fraktion"
_GROUP_HEAD = re.compile(r"-(?:Bundestags|Landtags|Bürgerschafts|Europa|Rathaus)?[Ff]raktion$")


def hyphenated_names(doc: Doc, spans: list[Span], words: list[str], index: NameIndex) -> list[Span]:
    """One word that joins a name and a head noun names a place or an event; the model
    leaves most of them or calls them organisations."""
    by_token = {s.start: s for s in spans if len(s) == 1}
    covered = {i for s in spans if len(s) > 1 for i in range(s.start, s.end)}
    out = list(spans)
    for i, word in enumerate(words):
        if "-" not in word or i in covered or not word[:1].isupper():
            continue
        label = _hyphenated_label(word, index)
        if label is None:
            continue
        old = by_token.get(i)
        if old is not None:
            if old.label_ == label:
                continue
            out.remove(old)
        out.append(Span(doc, i, i + 1, label=label))
    return out


def _hyphenated_label(word: str, index: NameIndex) -> str | None:
    law = _HYPHENATED_LAW.match(word)
    first = word.split("-")[0]
    if law is not None and not first.isupper() and first != "Anti" and index.find(word) is None:
        return "MISC"  # "die Lungenkrebs-Früherkennungs-Verordnung", "das Gute-Kita-Gesetz"
    group = _GROUP_HEAD.search(word)
    if group is not None:
        entry = index.get(word[: group.start()])
        party = entry is not None and "party" in entry.flags
        return "ORG" if party else None
    place = _PLACE_HEADS.search(word)
    event = _EVENT_HEADS.search(word) if place is None else None
    found = place or event
    if found is None or index.find(word) is not None:
        return None
    parts = word[: found.start()].split("-")
    if place is not None and all(_names_something(p, index) for p in parts):
        return "LOC"
    if (
        place is not None
        and found.group(1) == "Kreis"
        and len(parts) >= 2
        and all(p[:1].isupper() and p.isalpha() for p in parts)
    ):
        return "LOC"  # "Lahn-Dill-Kreis", "Rems-Murr-Kreis": a district by its rivers
    if event is not None and all(_known_name(p, index) for p in parts):
        return "MISC"
    return None


def _known_name(part: str, index: NameIndex) -> bool:
    """ "EU", "Irak", "Watergate": an acronym or a name the index knows."""
    if len(part) >= 2 and part.isupper():
        return True
    entry = index.get(part)
    # a country's or a great city's name is no ordinary word, though the lexicon lists
    # "Indien" and "Berlin"
    return (
        entry is not None
        and entry.is_entity
        and ("noun" not in entry.flags or entry.source == "country" or "major" in entry.flags)
    )


def _names_something(part: str, index: NameIndex) -> bool:
    """ "Fritz", "Walter", "Lahn", "PFAFF", "von": a part of a name, no common noun."""
    if part in _PARTICLES:
        return True
    if not part[:1].isupper() or not part.isalpha():
        return False
    if _known_name(part, index) or index.is_given_name(part) or index.is_surname(part):
        return True
    return not index.is_common_noun(part) and compound_head(part, index) is None


# English names in German text say what they are by an English word: "Abaco Island",
# "Marsh Harbour", "Cape Hatteras" (places); "Kutama College" (a body; a "Center" may be
# a building: "Metropolitan Correctional Center")
_EN_BODY_HEADS = frozenset(
    {"Institute", "University", "College", "Corporation"}
    | {"Company", "Association", "Foundation", "Agency", "Authority", "Commission"}
    | {"Council", "Department", "Power", "Airlines", "Airways", "Group", "Inc.", "Ltd."}
    | {"Command", "Navy", "Army", "Committee", "Bureau", "Service"}
)


# English heads a body's English name ends in ("Knight First Amendment Institute"), or
# begins with before "for" or "of" ("Center for American Progress")
_EN_NAMED_HEADS = frozenset(
    {"Institute", "Foundation", "Council", "Association", "Committee", "Alliance"}
    | {"Coalition", "Society", "Fund", "Trust", "Network", "Project", "Department"}
    | {"Agency", "Administration"}
)
# heads that may name a place too ("Metropolitan Correctional Center"): only with "for"
_EN_HEADS_BEFORE_LINK = frozenset({"Center", "Centre"})
_EN_HEADS = _EN_NAMED_HEADS | _EN_HEADS_BEFORE_LINK
_EN_LINKS = frozenset({"for", "of", "on", "and"})
# a German word, by its letters or its ending ("laut Studie des …" is no part of a name)
_GERMAN_LOOKING = re.compile(
    r"[äöüß]|(?:ung|heit|keit|schaft|tät|chen|ismus|ie|ei|sten|ern|isch|ische[nrms]?)$", re.I
)


def english_bodies(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """An English body's name in a German article, which the German model cuts short
    ("Knight First" of "Knight First Amendment Institute") or misses ("vom Center for
    American Progress"): capitalised words no German noun, up to an English head, and
    what "for" or "of" after the head names."""
    people = {i for s in spans if s.label_ == "PER" for i in range(s.start, s.end)}

    def part(k: int) -> bool:
        word = words[k]
        return (
            word[:1].isupper()
            and word.isalpha()
            and k not in people
            and not doc[k].is_sent_start
            and not _GERMAN_LOOKING.search(word)
            and not DE_ORG_KIND.search(word.lower())  # "Nichtregierungsorganisation"
        )

    found: list[Span] = []
    for i, head in enumerate(words):
        if head not in _EN_HEADS or (found and found[-1].end > i):
            continue
        start = i
        while start > 0 and part(start - 1):
            start -= 1
            # "National Oceanic and Atmospheric Administration": English "and" inside
            if start > 1 and words[start - 1] == "and" and part(start - 2):
                start -= 1
        end = i + 1
        linked = end + 1 < len(words) and words[end] in _EN_LINKS - {"and"} and part(end + 1)
        if head in _EN_HEADS_BEFORE_LINK and not linked:
            continue
        if linked:
            end += 2
            while end < len(words) and (
                part(end) or (words[end] in _EN_LINKS and end + 1 < len(words) and part(end + 1))
            ):
                end += 1
        if end - start >= 2 and (end > i + 1 or start < i):
            found.append(Span(doc, start, end, label="ORG"))
    if not found:
        return spans
    # a span the model had already found whole keeps its label
    whole = {(s.start, s.end) for s in spans}
    found = [f for f in found if (f.start, f.end) not in whole]
    kept = [s for s in spans if not any(f.start <= s.start and s.end <= f.end for f in found)]
    return kept + [f for f in found if not any(s.start < f.end and f.start < s.end for s in kept)]


def english_place_heads(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Potomac" "Falls", "Abaco" "Island": an English place's head word after the place
    the German model found is part of its name; "New" ("der Stadt New Site") never ends
    one."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for span in spans:
        end = span.end
        if (
            span[-1].text == "New"
            and end < len(doc)
            and end not in covered
            and doc[end].text[:1].isupper()
            and doc[end].text.isalpha()
        ):
            span = Span(doc, span.start, end + 1, label="LOC")
            out.append(span)
            continue
        if (
            span.label_ in ("LOC", "ORG", "PER")
            and end < len(doc)
            and end not in covered
            and doc[end].text in EN_PLACE_ONLY_HEADS
            and all(t.text[:1].isupper() for t in span)
        ):
            span = Span(doc, span.start, end + 1, label="LOC")
        out.append(span)
    return out


# a palace's kind that German writes as the first word of its name: "Schloss Bellevue"
# (the gold readings take the word in; GermEval leaves "Burg" and "Festung" outside a
# town's name, "Burg Wittelsbach", "Festung Ingolstadt")
_BUILDING_FIRST = frozenset({"Schloss", "Schloß", "Palais"})


def buildings(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "auf dem Schloß Kronborg": a palace's name begins with its kind, which the model
    leaves outside."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for span in spans:
        i = span.start
        if (
            i > 0
            and doc[i - 1].text in _BUILDING_FIRST
            and i - 1 not in covered
            and span.label_ in ("LOC", "ORG")
            and not doc[i - 1].is_sent_start
            and doc[i - 1].whitespace_
        ):
            span = Span(doc, i - 1, span.end, label="LOC")
        out.append(span)
    return out


def english_names(spans: list[Span], index: NameIndex) -> list[Span]:
    """Labels of English names in a German article by their English head word, which
    the German model has never seen."""
    out = []
    for span in spans:
        if (
            len(span) > 1
            and index.find(span.text) is None
            and all(t.text[:1].isupper() for t in span)  # "Repräsentantenhaus von Rhode Island"
        ):
            first, last = span[0].text, span[-1].text
            if span.label_ != "LOC" and (last in EN_PLACE_ONLY_HEADS or first in PLACE_FIRST):
                span = Span(span.doc, span.start, span.end, label="LOC")
            elif span.label_ != "ORG" and last in _EN_BODY_HEADS:
                span = Span(span.doc, span.start, span.end, label="ORG")
        out.append(span)
    return out


# words for a storm before its name: "Hurrikan Dorian" is one thing, the word alone none
STORM_WORDS_DE = frozenset(
    {"Hurrikan", "Taifun", "Zyklon", "Wirbelsturm", "Tropensturm", "Orkan", "Sturmtief"}
    | {"Orkantief", "Tiefdruckgebiet", "Hurricane", "Typhoon", "Cyclone"}
)


# a district's official name begins with its kind: "Landkreis Marburg-Biedenkopf"
_DISTRICT_WORDS = frozenset({"Landkreis", "Landkreises"})


def streets_with_am(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """ "Am Anger", "Am Gries": a capital "Am" inside a sentence begins a street's name,
    so the place the model found after it is the street, "Am" and all; "Landkreis"
    begins a district's official name ("Landkreis Lüchow-Dannenberg")."""
    out = []
    for span in spans:
        i = span.start
        before = words[i - 1] if i > 0 else ""
        street = before == "Am" and not doc[i - 1].is_sent_start
        if span.label_ == "LOC" and (street or before in _DISTRICT_WORDS):
            span = Span(doc, i - 1, span.end, label="LOC")
        out.append(span)
    return out


_STORM_QUOTES = frozenset({'"', "„", "“", "»", "«", "‚"})


def storms(
    doc: Doc,
    spans: list[Span],
    words: list[str],
    kinds: frozenset[str] = STORM_WORDS_DE,
    *,
    kind_inside: bool = False,
) -> list[Span]:
    """ "Hurricane Perrin" (a person or a body to the model) is a storm, with its grade
    ("Super Typhoon Rolly") where English writes the word as part of the name
    (`kind_inside`); German writes the kind apart, "Hurrikan" "Dorian", as "Stadt Wuhan".
    "des Hurrikans" alone names none."""
    by_start = {s.start: s for s in spans}
    out = []
    for span in spans:
        if len(span) == 1 and span.text.removesuffix("s").removesuffix("e") in kinds:
            continue  # "des Hurrikans", "die Taifune"
        kind_at = span.start - 1
        if not kind_inside and kind_at > 0 and doc[kind_at].text in _STORM_QUOTES:
            kind_at -= 1  # von Hurrikan "Katrina"
        if kind_at >= 0 and doc[kind_at].text in kinds and len(span) <= 2:
            start = span.start
            if kind_inside:
                start -= 1
                if start > 0 and words[start - 1] in STORM_GRADES:
                    start -= 1
            span = Span(doc, start, span.end, label="MISC")
        out.append(span)
    covered = {i for s in out for i in range(s.start, s.end)}
    for i, word in enumerate(words[:-1]):
        at = i + 1
        if not kind_inside and words[at] in _STORM_QUOTES and at + 1 < len(words):
            at += 1  # von Hurrikan "Katrina"
        after = words[at]
        if (
            word in kinds
            and i not in covered
            and at not in covered
            and at not in by_start
            and after.istitle()
            and after.isalpha()
        ):
            out.append(Span(doc, i if kind_inside else at, at + 1, label="MISC"))
    return out


_ACRONYM_COMPOUND = re.compile(r"^([A-ZÄÖÜ]{2,})-([A-ZÄÖÜ][a-zäöüß]+)$")


def role_of_an_abbreviation(word: str, index: NameIndex) -> bool:
    """ "BLB-Prüfer", "EU-Behörde": an abbreviation and a person's or a generic noun
    name no body (its "EU-Kommission", "US-Regierung" do)."""
    match = _ACRONYM_COMPOUND.match(word)
    if match is None or index.find(word) is not None:
        return False
    noun = match.group(2)
    if noun in GENERIC_HEADS or index.is_title(noun):
        return True
    return noun.endswith(("er", "erin", "erinnen")) and index.is_common_noun(noun)


_CLUB_ABBREVIATIONS = frozenset({"FC", "FSV", "SC", "SV", "VfB", "VfL", "TSV", "BSC", "FFC", "TuS"})


def club_numbers(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "1. FC Kaiserslautern", "1. FSV Mainz 05": the number is part of the club's name."""
    out = []
    for span in spans:
        if (
            span[0].text in _CLUB_ABBREVIATIONS
            and span.start > 0
            and doc[span.start - 1].text in ("1.", "2.")
        ):
            span = Span(doc, span.start - 1, span.end, label="ORG")
        out.append(span)
    return out


# "Türkische", "Irakische": an adjective made of a country's or a people's name
_ISCH = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+isch(?:e[nrsm]?)?$")


def common_noun_name(
    span: Span, index: NameIndex, inner_words: set[str], surnames: set[str]
) -> bool:
    """A word German uses as a noun, in a form no name takes: a plural the lexicon
    knows ("Helden", "Völker"), or a title and a noun joined by a hyphen
    ("Oberbürgermeister-Stichwahlen"; "Familien-Partei" may be a party). A word that is
    part of one of the article's longer names (`inner_words`), or the surname of one of
    its people, is left to the model; a lone "Helden" is no surname, even if somebody is
    called that."""
    text = span.text
    if len(span) != 1 or text in inner_words or text in surnames:
        return False
    if "-" in text:
        head, _, last = text.rpartition("-")
        return (
            bool(head)
            and last[:1].isupper()
            and index.is_common_noun(last)
            and index.find(last) is None
            and (
                index.is_title(head)  # "Familien-Partei" may be a party's name
                or _follower_or_outbreak(last, index)  # "Falun-Gong-Anhänger"
            )
        )
    for ending in ("n", "en"):  # "der Linken": a declined name of the index
        entry = index.get(text.removesuffix(ending))
        if entry is not None and entry.is_entity:
            return False
    if index.is_common_noun(text, declined_only=True):
        return True
    # "Stirnbänder", "Strafzöllen": a compound whose last noun is a plural the lexicon
    # knows (not its base form: "Donaubrücke" is a bridge's name); a person only where
    # the plural is an umlaut's ("Rasmussen" is no "Mussen")
    if index.is_surname(text) or index.is_given_name(text):
        return False
    if span.label_ == "PER" and _place_and_noun(text, index):
        return True  # "Israelreise": no one is named after a place and a noun
    if (
        span.label_ != "ORG"
        and span.start > 0
        and span.doc[span.start - 1].lower_ in _ARTICLES_BEFORE_A_NOUN
        and _two_common_nouns(text, index)
    ):
        return True  # "Der Hauptstadtklub gewann": a noun made of two, no place's name
    if (
        span.label_ == "PER"
        and (role := compound_head(text, index)) is not None
        and (index.is_title(role) or _follower_or_outbreak(role, index))
    ):
        return True  # "Lokaljournalistin", "Kronprinzessin": a role, no one's name
    for k in range(3, len(text) - 5):
        head = text[k:].capitalize()
        if (
            text[k].islower()
            and head not in index.nouns
            and index.is_common_noun(head, declined_only=True)
            and (
                span.label_ != "PER"
                or any(ch in head for ch in "äöü")
                or index.is_common_noun(text[:k])  # "Giftbriefe": "Gift" and "Briefe"
            )
        ):
            return True
    return False


_ARTICLES_BEFORE_A_NOUN = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"}
)
# heads of compounds that name places and buildings ("Donaubrücke", "Wattenmeer")
_PLACE_ENDINGS = (
    "see", "berg", "burg", "wald", "tal", "feld", "dorf", "heim", "hausen", "bach", "brücke",
    "straße", "strasse", "platz", "kanal", "meer", "insel", "land", "stadt", "gebirge",
    "bucht", "hafen", "turm", "tor", "markt", "park", "haus", "halle", "kirche", "dom",
    "schloss", "ufer", "weg", "ring", "damm", "allee", "gasse", "garten", "kai", "bahnhof",
    # and bodies ("des Ostermarschbüros", whatever the model called it)
    "büro", "büros", "amt", "amts", "amtes", "rat", "rats", "rates", "bund", "bundes",
    "verband", "verbands", "verbandes", "verein", "vereins", "werk", "werks", "kammer",
    "stelle", "gericht", "gerichts", "zentrum", "zentrums", "institut", "instituts",
)  # fmt: skip


def _two_common_nouns(word: str, index: NameIndex) -> bool:
    """ "Hauptstadtklub", "Rekordmeister": a first part German uses as a noun of its own
    (five letters or more) and a noun after it, no head a place's name ends in."""
    if not word.isalpha() or word.lower().endswith(_PLACE_ENDINGS):
        return False
    if index.get(word) is not None or index.is_surname(word) or index.is_given_name(word):
        return False
    for k in range(5, len(word) - 3):
        head = word[k:].capitalize()
        if not index.is_common_noun(head):
            continue
        first = word[:k]
        if (
            any(
                first.removesuffix(link) in index.nouns
                for link in ("s", "es", "n", "en")
                if first.endswith(link)
            )
            or first in index.nouns
        ):
            return True
    return False


def _follower_or_outbreak(noun: str, index: NameIndex) -> bool:
    """ "Anhänger", "Gegner", "Politikerin", "Pandemie": the head of a compound that
    names people of a name or an outbreak of one, never the name itself (GermEval leaves
    "Falun-Gong-Anhänger" and "Corona-Pandemie" unmarked). A surname ("Bauer") stays."""
    if index.is_surname(noun) or index.is_given_name(noun):
        return False
    if noun in _OUTBREAKS or index.is_title(noun):
        return True
    # a noun of people has a feminine form ("Anhängerin"); "Theater" has none
    stem = _FEMININE.sub("er", noun)
    return stem.endswith("er") and index.is_common_noun(stem + "in")


def _place_and_noun(word: str, index: NameIndex) -> bool:
    for k in range(4, len(word) - 3):
        entry = index.get(word[:k])
        rest = word[k:]
        if (
            entry is not None
            and entry.label == "LOC"
            and entry.source == "country"
            and rest.islower()
            and index.is_common_noun(rest.capitalize())
        ):
            return True
    return False


def adjective_and_nouns(span: Span, index: NameIndex) -> bool:
    """An adjective at a sentence's start and common nouns or titles after it
    ("Türkische Medien", "Irakische Staatspräsident"): no name."""
    first = span[0]
    if len(span) < 2 or not (first.is_sent_start or first.i == 0):
        return False
    if not _ISCH.match(first.text):
        return False
    return all(index.is_common_noun(t.text) or index.is_title(t.text) for t in span[1:])


def adjective_before_a_noun(span: Span, index: NameIndex, surnames: set[str]) -> bool:
    """ "Große Kritik gab es …": one word at a sentence's start with an adjective's
    ending, right before a common noun, is the adjective a sentence begins with, not a
    surname ("Große" is one) of someone the article never names in full."""
    doc = span.doc
    first = span[0]
    return (
        len(span) == 1
        and (first.is_sent_start or first.i == 0)
        and span.end < len(doc)
        and first.text.isalpha()
        and first.text.endswith(("e", "en", "er", "es", "em"))
        and first.text not in surnames
        and doc[span.end].text[:1].isupper()
        and doc[span.end].text.isalpha()
        and index.is_common_noun(doc[span.end].text)
        and not index.is_given_name(first.text)
    )


# nouns a town's adjective describes without naming anything: "der Essener
# Industriekonzern", "die Düsseldorfer Bank", "die Nürnberger Zentrale"
_GENERIC_AFTER_A_TOWN = frozenset(
    {"Bank", "Institut", "Zentrale", "Polizei", "Campus", "Unternehmen", "Firma", "Konzern"}
    | {"Süden", "Norden", "Westen", "Osten", "Hafen", "Bahnhof", "Klinik", "Verein"}
    | {"Landrat", "Landrätin"}
)


def town_adjective_and_noun(span: Span, index: NameIndex) -> bool:
    """ "der Essener Industriekonzern", "der Böblinger Landrat", "Berliner Seniorinnen":
    a town's adjective before a kind's noun, a title or a plural names nothing (unlike
    "Berliner Mauer", "Kölner Dom", "Potsdamer Landtag")."""
    if len(span) != 2:
        return False
    town = town_of_adjective(span[0].text, index)
    if town is None or town.label != "LOC" or town.source == "country":
        return False
    noun = span[1].text
    return (
        noun in _GENERIC_AFTER_A_TOWN
        or noun.endswith(("konzern", "innen"))
        or index.is_title(noun)
        or (index.is_common_noun(noun, declined_only=True) and noun.endswith("n"))
        # "ein Pinzgauer Bergdorf": a kind of place; "der Wiener Strompreis" (a prize's
        # compound is `things.prizes_of_places`')
        or (noun.lower().endswith(_PLACE_KIND_ENDINGS) and index.is_common_noun(noun))
        or noun.endswith(("preis", "preise"))
    )


def adjective_cut_off_a_name(span: Span, index: NameIndex) -> bool:
    """ "zum Internationalen Tag der Mathematik": a declined word of German alone, no
    person, before a common noun is the first word of a name the model cut; it names
    nothing alone."""
    doc = span.doc
    first = span[0]
    return (
        len(span) == 1
        and span.label_ != "PER"
        and span.end < len(doc)
        and first.text.isalpha()
        and first.text.endswith(("en", "er", "es", "em"))
        and index.is_common_noun(first.text, declined_only=True)
        and doc[span.end].text[:1].isupper()
        and doc[span.end].text.isalpha()
        and index.is_common_noun(doc[span.end].text)
        and index.find(doc[span.end].text, german=True) is None
    )


# nouns for a kind of place that end German compounds: "Handelsland", "Mega-Stadt",
# "Bürgerkriegsregion", "Kaukasus-Staat", "Dogon-Dorf"
_PLACE_KIND_ENDINGS = (
    "stadt", "städte", "land", "länder", "region", "regionen", "staat", "staaten", "dorf",
    "dörfer", "gebiet", "gebiete", "provinz", "metropole", "heer",
)  # fmt: skip


def kind_of_place(span: Span, index: NameIndex) -> bool:
    """ "ein aufstrebendes Handelsland", "die Mega-Stadt": a compound ending in a noun for
    a kind of place, which no list knows as a place, names none."""
    word = span.text
    if len(span) != 1 or span.label_ != "LOC" or not word.replace("-", "").isalpha():
        return False
    lower = word.lower()
    ending = next((e for e in _PLACE_KIND_ENDINGS if lower.endswith(e)), None)
    if ending in ("stadt", "dorf") and "-" not in word:
        return False  # "Immenstadt", "Waldstadt", "Mühldorf": towns are named so
    if ending == "land" and "-" not in word:
        # "Emsland" is a land; a noun before the ending makes a kind ("Handelsland")
        stem = word[: -len(ending)]
        if not any(index.is_common_noun(stem[: len(stem) - len(s)]) for s in ("", "s", "es")):
            return False
    return (
        ending is not None
        and len(word) - len(ending) >= 3
        and index.find(word, german=True) is None
        and not index.is_surname(word)
        and not index.is_given_name(word)
        and not any(  # "Ostdeutschland", "Nordirland": a point and a place
            (e := index.get(word[k:].lstrip("-").capitalize())) is not None and e.label == "LOC"
            for k in range(2, len(word) - 4)
        )
    )


def town_adjective_before_a_noun(span: Span, index: NameIndex) -> bool:
    """ "Die Hamburger" of "Die Hamburger Umweltbehörde müsste …": a town's adjective
    (with the article at a sentence's start) that the model cut off the noun after it
    names nothing alone."""
    doc = span.doc
    words = [t.text for t in span]
    if words[0] in ("Die", "Der", "Das", "die", "der", "das"):
        words = words[1:]
    if len(words) != 1 or span.end >= len(doc):
        return False
    word, after = words[0], doc[span.end].text
    town = index.get(word[:-2]) if word.endswith("er") and len(word) > 5 else None
    return (
        town is not None
        and town.label == "LOC"
        and after[:1].isupper()
        and after.isalpha()
        and (index.is_common_noun(after) or index.is_compound_noun(after))
    )


def townspeople(span: Span, index: NameIndex) -> bool:
    """ "die Darmstädter Bürger", "Berliner Polizisten": a town's adjective and a noun for
    people name the town's people, no body and no place."""
    if len(span) != 2 or index.find(span.text) is not None:
        return False
    adjective, noun = span[0].text, span[1].text
    if town_of_adjective(adjective, index) is None or not noun[:1].isupper():
        return False
    feminine = {_FEMININE.sub("er", noun) + "in"}
    if noun.endswith("en"):
        feminine.add(noun[:-2] + "in")  # "Polizisten" → "Polizistin"
    elif noun.endswith("n"):
        feminine.add(noun[:-1] + "in")  # "Kollegen" → "Kollegin"
    return any(f != noun and index.is_common_noun(f) for f in feminine)


def political_side(span: Span) -> bool:
    """ "radikaler Linken", "die gesamte Linke": the political left or right after an
    adjective, not the party (which follows an article: "der Linken")."""
    doc = span.doc
    if span.text not in ("Linke", "Linken", "Rechte", "Rechten") or span.start == 0:
        return False
    before = doc[span.start - 1].text
    return (
        before[:1].islower()
        and before.isalpha()
        and before.endswith(("e", "en", "er"))
        and before not in ("die", "der", "den", "dem", "eine", "einer")
    )


# words before a people's word that make it a noun: "der Deutschen", "viele Deutsche"
_BEFORE_A_PEOPLE = frozenset(
    {"die", "der", "den", "alle", "aller", "allen", "viele", "vieler", "vielen", "meisten"}
    | {"wenige", "weniger", "jeder", "jede", "ein", "eine", "einen", "einem", "einer", "als"}
)


def peoples_as_nouns(doc: Doc, spans: list[Span], words: list[str], index: NameIndex) -> list[Span]:
    """ "18 Prozent der Deutschen", "als Deutscher": a people's word that is an adjective
    too ("die Deutsche Bahn") is the people after an article or a quantifier where no
    capitalised word follows it."""
    out = []
    for span in spans:
        # "Der Deutsche Moritz Brandl" as one name of the model: the people and a person
        first = index.get(span[0].text)
        if (
            len(span) >= 3
            and first is not None
            and "demonym" in first.flags
            and "ctx" in first.flags
            and index.is_given_name(span[1].text)  # a surname follows: no noun
            and _people_noun_position(words, span.start)
        ):
            out.append(Span(doc, span.start, span.start + 1, label="MISC"))
            out.append(Span(doc, span.start + 1, span.end, label="PER"))
        else:
            out.append(span)
    spans = out
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for i in range(1, len(words)):
        if i not in covered and inhabitant(words[i], index):
            out.append(Span(doc, i, i + 1, label="MISC"))  # "die Bregenzerwälderin"
            continue
        entry = index.get(words[i])
        if (
            i in covered
            or entry is None
            or "demonym" not in entry.flags
            or "ctx" not in entry.flags
            or not (_people_noun_position(words, i) or _bare_plural(words, i))
            or (
                i + 1 < len(words)
                and words[i + 1][:1].isupper()
                # "Der Deutsche Moritz Brandl": the people's word before a first name
                and not (
                    index.is_given_name(words[i + 1]) and not index.is_common_noun(words[i + 1])
                )
            )
        ):
            continue
        out.append(Span(doc, i, i + 1, label="MISC"))
    return out


def inhabitant(word: str, index: NameIndex) -> bool:
    """ "Bregenzerwälderin", "Wienerinnen": a woman or women of a place, a people's word
    (MISC) whatever the model made of it."""
    for ending in ("innen", "in"):
        if word.endswith("er" + ending) and word[:1].isupper():
            stem = word.removesuffix(ending)
            if index.is_common_noun(stem):
                return False  # "Bürgerinnen"
            town = town_of_adjective(stem, index)
            return town is not None and town.label == "LOC" and index.get(word) is None
    return False


def _bare_plural(words: list[str], i: int) -> bool:
    """ "dass Emmanuel Macron Deutsche an der Spitze … ablehne": a people's word in the
    plural with no article, inside a sentence, before a word in lower case (an adjective
    stands before a capitalised noun)."""
    return (
        words[i].endswith("e")
        and words[i - 1] not in (".", "!", "?", ":", "„", '"', "(", "\n")
        and i + 1 < len(words)
        and words[i + 1].isalpha()
        and words[i + 1].islower()
    )


def _people_noun_position(words: list[str], i: int) -> bool:
    """After an article or a quantifier, or after one with an adjective between ("Die
    ersten Deutschen")."""
    before = words[i - 1]
    if before.lower() in _BEFORE_A_PEOPLE:
        return True
    return (
        i > 1
        and before.islower()
        and before.endswith(("e", "en"))
        and words[i - 2].lower() in _BEFORE_A_PEOPLE
    )


def articles_in_capitals(spans: list[Span], index: NameIndex) -> list[Span]:
    """ "der Wochenzeitung DIE ZEIT": a paper that writes its name in capitals writes its
    article so too, and the listed name ("Die Zeit") has it."""
    out = []
    for span in spans:
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        if (
            before is not None
            and before.text in ("DIE", "DER", "DAS")
            and span.text.isupper()
            and (entry := index.get(f"{before.text.title()} {span.text.title()}")) is not None
            and entry.is_entity
        ):
            span = Span(doc, span.start - 1, span.end, label=entry.label)
        out.append(span)
    return out


# the ordinals before a body's name ("Zweite Senat"); the adjectives ("Parlamentarischen",
# "Eidgenössischen", "Verfassungsgebenden", "Oberster") are `_ADJECTIVE`'s
_ORDINAL = re.compile(r"^(?:Erste|Zweite|Dritte|Vierte|Fünfte)[nrsm]?$")
# the nouns a body's name ends in after such an adjective
_BODY_AFTER_ADJECTIVE = re.compile(
    r"(?:rat|rates|rats|kongress|kongresses|versammlung|kommission|gremium|gremiums|fonds"
    r"|departement|departements|ministerium|ministeriums|amt|amtes|amts|senat|senats"
    r"|gerichtshof|gerichtshofs|parlament|parlaments|partei|bund|bundes|verband|verbandes"
    r"|ausschuss|ausschusses|komitee|komitees|direktion|kammer|universität|hochschule|akademie)$"
)


def adjective_bodies(doc: Doc, spans: list[Span], words: list[str], index: NameIndex) -> list[Span]:
    """ "des Parlamentarischen Kontrollgremiums", "der Verfassungsgebenden Versammlung",
    "Der Zweite Senat": German writes an adjective inside a sentence in capitals only
    where it is part of a name, so a capitalised adjective before a body's noun names that
    body (the model, trained on few of them, misses most)."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    by_start = {s.start: k for k, s in enumerate(spans)}
    out = list(spans)
    for i in range(1, len(words) - 1):
        word, noun = words[i], words[i + 1]
        # the cheap tests first: this runs over every word of the article
        if (
            not noun[:1].isupper()
            or not word[:1].isupper()
            or not _BODY_AFTER_ADJECTIVE.search(noun.lower())
            or not noun.isalpha()
            or i in covered
            or (i + 1 in covered and out[by_start.get(i + 1, 0)].start != i + 1)
            or not (_ORDINAL.match(word) or (_ADJECTIVE.match(word) and word not in index.nouns))
            or doc[i].is_sent_start
        ):
            continue
        if i + 1 in covered:  # "der Technische Universität Delft": the model's name after it
            k = by_start[i + 1]
            out[k] = Span(doc, i, out[k].end, label="ORG")
            covered.add(i)
            continue
        out.append(Span(doc, i, i + 2, label="ORG"))
        covered.update((i, i + 1))
    return out


# a direction as a region ("des autonomen Südens", "im Norden") or the first half of a
# compound cut by a hyphen ("zwischen Nord- und Südsudan"): no name ("der Westen", the
# political West, is `german_bodies`')
_COMPASS = frozenset(
    {"Norden", "Nordens", "Süden", "Südens", "Osten", "Ostens", "Nord-", "Süd-", "Ost-", "West-"}
)


def without_compass_words(spans: list[Span], index: NameIndex) -> list[Span]:
    """ "im Norden", and a point of the compass before a thing's side in one word that no
    list knows as a place ("das Nordportal", "am Südflügel"; not "Nordkorea")."""
    return [
        s
        for s in spans
        if not (
            len(s) == 1
            and (s.text in _COMPASS or (s.label_ == "LOC" and _compass_kind(s.text, index)))
        )
    ]


# the side or part of a thing that a point of the compass before it names in one word
# ("Nordportal", "Südflügel"); not a station, a district or a port ("Westbahnhof",
# "Weststadt", "Nordhafen": names of places)
_COMPASS_SIDES = frozenset(
    {"portal", "portals", "seite", "flügel", "flügels", "rand", "randes", "teil", "teils"}
    | {"grenze", "küste", "flanke", "eingang", "eingangs", "ausgang", "zufahrt", "hang"}
    | {"tribüne", "ende", "spitze", "turm", "turms", "fassade", "röhre", "ufer"}
)


def _compass_kind(word: str, index: NameIndex) -> bool:
    for point in ("Nord", "Süd", "Ost", "West"):
        rest = word.removeprefix(point)
        if rest != word and rest in _COMPASS_SIDES:
            return index.get(word) is None
    return False


_LAW_HEADS = frozenset(
    {"Gesetz", "Gesetzes", "Gesetzentwurf", "Gesetzentwurfs", "Verordnung", "Abkommen"}
    | {"Abkommens", "Übereinkommen", "Übereinkommens", "Staatsvertrag", "Staatsvertrags"}
)
_LAW_LINKS = frozenset(
    {"zur", "zum", "über", "für", "gegen", "zu", "und", "der", "des", "die", "den", "dem"}
    | {"im", "in", "von", "vom", "mit", "bei", "am", "an", "auf", "sowie", "-", "ihrer"}
)


# the end of a German law's or treaty's name in one word: "Außenwirtschaftsverordnung",
# "Bauträgervertragsgesetz", "Strafgesetzbuch", "Klimaabkommen"
_LAW_ENDINGS = (
    "gesetz", "gesetzes", "gesetzbuch", "gesetzbuchs", "gesetzbuches", "verordnung",
    "abkommen", "abkommens", "übereinkommen", "übereinkommens",
)  # fmt: skip
# an institution's word inside what the model took for a person: "Johannes Kepler
# Universität Linz", "Christoph Merian Stiftung"
_INSTITUTION_WORDS = frozenset(
    {"Universität", "Stiftung", "Institut", "Gymnasium", "Schule", "Hochschule", "Akademie"}
    | {"Klinik", "Klinikum", "Krankenhaus", "Gesellschaft", "Verein", "Museum", "Theater"}
)


def laws_and_institutions(spans: list[Span], index: NameIndex) -> list[Span]:
    """Labels a German name's last word settles: a law's or a treaty's ("das
    Bauträgervertragsgesetz", "das Pariser Klimaabkommen") is a thing, MISC, not a body;
    a person's name before an institution's word is the institution ("die Johannes Kepler
    Universität Linz")."""
    out = []
    for span in spans:
        last = span[-1].text
        label = span.label_
        if (
            label in ("ORG", "LOC", "PER")
            and last[:1].isupper()
            and last.isalpha()
            and last.lower().endswith(_LAW_ENDINGS)
            and index.find(span.text) is None
        ):
            label = "MISC"
        elif (
            label == "PER" and len(span) > 2 and any(t.text in _INSTITUTION_WORDS for t in span[2:])
        ):
            label = "ORG"
        out.append(
            span if label == span.label_ else Span(span.doc, span.start, span.end, label=label)
        )
    return out


def laws_with_short_names(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """ "das Gesetz zur Kooperation und Information im Kinderschutz (KKG)": a law's
    title, from its kind to the short name in brackets, is one name (MISC), and so is
    the short name."""
    out = list(spans)
    for close, word in enumerate(words):
        if word != ")" or close < 4 or words[close - 2] != "(":
            continue
        short = words[close - 1]
        if not (2 <= len(short) <= 12 and short[:1].isupper() and short.isalnum()):
            continue
        if sum(c.isupper() for c in short) < 2:
            continue
        law = words[close - 3]
        if law[:1].isupper() and law.isalpha() and law.lower().endswith(_LAW_ENDINGS):
            # "die Außenwirtschaftsverordnung (AWV)", "des Bayerischen
            # Gemeindeverkehrsfinanzierungsgesetzes (BayGVFG)": a law in one word
            start = close - 3
            if STATE_ADJECTIVE.match(words[start - 1]) and not doc[start - 1].is_sent_start:
                start -= 1
            out = [s for s in out if not (start <= s.start < close)]
            out.append(Span(doc, start, close - 2, label="MISC"))
            out.append(Span(doc, close - 1, close, label="MISC"))
            continue
        head = next(
            (
                k
                for k in range(close - 3, max(close - 16, 0), -1)
                if words[k] in _LAW_HEADS and words[k + 1] in ("zur", "zum", "über", "für", "gegen")
            ),
            None,
        )
        if head is None or not all(
            w in _LAW_LINKS or (w[:1].isupper() and w.replace("-", "").isalpha())
            for w in words[head + 1 : close - 2]
        ):
            continue
        if any(s.start < head < s.end for s in out):
            continue
        out = [s for s in out if not head <= s.start < close]
        out.append(Span(doc, head, close - 2, label="MISC"))
        out.append(Span(doc, close - 1, close, label="MISC"))
    return out
