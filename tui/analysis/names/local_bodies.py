"""Names German news gives to a town's works, firms, banks, theatres and grounds, which the
model cuts or leaves out: "die Stadtwerke München", "die Engadiner Kraftwerke", "die
Graubünden Energia AG", "die Harzsparkasse", "das Gerhart-Hauptmann-Theater
Görlitz-Zittau", "im Weserstadion", "im Europa-Park Stadion", "die Halberstädter Straße",
"auf der A2", "die Kirchen St. Peter und St. Joseph"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from tui.analysis.names.german import looks_like_adjective
from tui.analysis.names.heads import DE_ARTICLES
from tui.analysis.names.index import Entry, NameIndex
from tui.analysis.names.patterns import is_town_adjective, replace_overlapping, town_of_adjective
from tui.analysis.names.sure_labels import ROAD_BEFORE, ROAD_NUMBER, is_road_number

# a town's or a region's works and transport companies, named by the plural and a place
# after it or a place's adjective before it
_WORKS = frozenset(
    {"Stadtwerke", "Kraftwerke", "Elektrizitätswerke", "Wasserwerke", "Gemeindewerke"}
    | {"Energiewerke", "Verkehrsbetriebe", "Verkehrsbetrieben", "Stadtwerken", "Kraftwerken"}
    # a town's housing company or building society: "die Freiburger Stadtbau", "des
    # Bauvereins Breisgau"
    | {"Stadtbau", "Bauverein", "Bauvereins", "Wohnbau", "Baugenossenschaft"}
)
# a theatre's, an orchestra's or a museum's kind, which its town follows; the end of a
# word ("Staatstheater", "Kunstmuseum")
_VENUES = (
    "theater", "schauspiel", "schauspielhaus", "oper", "opernhaus", "orchester",
    "philharmonie", "philharmoniker", "symphoniker", "sinfoniker", "sängerknaben",
    "museum", "kunsthalle", "festspielhaus", "konzerthaus",
    "klinikum", "klinik", "universitätsmedizin",
)  # fmt: skip
# the venues a town's adjective names alone, without a compound ("die Kölner Philharmonie")
_BARE_VENUES = frozenset(
    {"Philharmonie", "Philharmoniker", "Symphoniker", "Sinfoniker", "Sängerknaben"}
)
# a firm's legal form, which ends its name
_LEGAL_FORMS = frozenset({"AG", "GmbH", "SE", "KG", "KGaA", "SA", "Holding"})


def _town_or_region(entry: Entry | None) -> bool:
    """A town, a region or a landscape: no country ("die Kraftwerke Frankreichs")."""
    return entry is not None and entry.label == "LOC" and entry.source != "country"


def town_works(doc: Doc, spans: list[Span], words: list[str], index: NameIndex) -> list[Span]:
    """ "die Stadtwerke München", "die Kraftwerke Hinterrhein", "die Engadiner
    Kraftwerke", "die Berliner Verkehrsbetriebe": one firm, the place inside."""
    covered = {i: s for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for i, word in enumerate(words):
        if word not in _WORKS:
            continue
        whole = covered.get(i)
        if whole is not None and len(whole) > 1:
            # "mit den Berliner Verkehrsbetrieben" (a place to the model): a firm
            if (
                whole.label_ != "ORG"
                and whole.end == i + 1
                and len(whole) == 2
                and is_town_adjective(words[i - 1], index)
            ):
                found.append(Span(doc, whole.start, whole.end, label="ORG"))
            continue
        if i + 1 < len(words) and _place_after(doc, i + 1, covered, index):
            end = covered[i + 1].end if i + 1 in covered else i + 2
            found.append(Span(doc, i, end, label="ORG"))
        elif (
            i > 0
            and doc[i - 1].whitespace_
            and (i - 1 not in covered or len(covered[i - 1]) == 1)
            and is_town_adjective(words[i - 1], index)
        ):
            found.append(Span(doc, i - 1, i + 1, label="ORG"))
    return replace_overlapping(spans, found)


def _place_after(doc: Doc, i: int, covered: dict[int, Span], index: NameIndex) -> bool:
    word = doc[i].text
    if not doc[i - 1].whitespace_ or not word[:1].isupper() or word.endswith("s"):
        return False  # "Kraftwerke Deutschlands": the country's plants
    span = covered.get(i)
    if span is not None:
        entry = index.get(span.text)  # the model's place, or the index's town
        return (
            span.start == i and span.label_ == "LOC" and (entry is None or _town_or_region(entry))
        )
    return _town_or_region(index.get(word))


def firms_with_their_place(doc: Doc, spans: list[Span], index: NameIndex) -> list[Span]:
    """ "die Graubünden Energia AG": a place right before a firm's name that ends in its
    legal form, after an article or an adjective, is part of that name."""
    covered = {i: s for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for span in spans:
        i = span.start
        if (
            span.label_ == "ORG"
            and len(span) >= 2
            and span[-1].text in _LEGAL_FORMS
            and i > 1
            and doc[i - 1].whitespace_
            # "die neu gegründete Graubünden Energia AG", not "in Zürich Swiss Re AG"
            and doc[i - 2].text.islower()
            and doc[i - 2].pos_ != "ADP"
            and _town_or_region(index.get(doc[i - 1].text))
            and (i - 1 not in covered or len(covered[i - 1]) == 1)
        ):
            found.append(Span(doc, i - 1, span.end, label="ORG"))
    return replace_overlapping(spans, found)


# the legal forms of firms abroad that German news writes after their names
_FOREIGN_FORMS = frozenset({"A/S", "AB", "ASA", "Oy", "Oyj", "NV", "N.V.", "BV", "B.V.", "SpA"})


def firms_by_foreign_forms(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex
) -> list[Span]:
    """ "die Planungsgesellschaft Femern A/S", "Maersk A/S": the capitalised words before a
    foreign firm's legal form (no common nouns) are its name, the form inside."""
    covered = {i: s for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for i, word in enumerate(words):
        size = 1 if word in _FOREIGN_FORMS else 0
        if words[i : i + 3] == ["A", "/", "S"] and not doc[i].whitespace_:
            size = 3  # the tokenizer's "A", "/", "S"
        if not size or i == 0:
            continue
        whole = covered.get(i)
        if whole is not None and whole.start < i:
            if whole.end < i + size:  # "Maersk A" + "/S"
                found.append(Span(doc, whole.start, i + size, label="ORG"))
            continue  # the model's firm, form and all
        start = i
        while (
            start > 0
            and i - start < 3
            and words[start - 1][:1].isupper()
            and not index.is_common_noun(words[start - 1])
            and not index.is_compound_noun(words[start - 1])
            and not doc[start - 1].is_sent_start
        ):
            start -= 1
        if start < i:
            found.append(Span(doc, start, i + size, label="ORG"))
    return replace_overlapping(spans, found)


def _is_venue(word: str) -> bool:
    """ "Staatstheater", "des Universitätsklinikums": a venue's word, also in the genitive."""
    lower = word.lower()
    return lower.endswith(_VENUES) or (lower[-1:] in "sn" and lower[:-1].endswith(_VENUES))


def venues_of_town_adjectives(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex
) -> list[Span]:
    """ "des Salzburger Landestheaters", "die Kölner Philharmonie": a town's adjective
    before a venue's compound names that town's venue (not "ein Salzburger Theater")."""
    covered = {i: s for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for i in range(1, len(words)):
        word = words[i]
        if not word[:1].isupper() or not _is_venue(word):
            continue
        whole = covered.get(i)
        if whole is not None and (len(whole) > 2 or whole.label_ == "ORG"):
            continue
        bare = word in _BARE_VENUES or (word.endswith("n") and word[:-1] in _BARE_VENUES)
        if not (bare or len(word.rstrip("s")) > _venue_length(word) + 2):
            continue  # "Theater", "Museum" alone: one of the town's
        adjective = covered.get(i - 1)
        if adjective is not None and adjective is not whole and len(adjective) > 1:
            continue
        if doc[i - 1].whitespace_ and is_town_adjective(words[i - 1], index):
            found.append(Span(doc, i - 1, i + 1, label="ORG"))
    return replace_overlapping(spans, found)


# a landscape's noun after its place's adjective: "das Amöneburger Becken", "im Neuenheimer
# Feld", "der Voslapper Groden"
_LANDSCAPE_NOUNS = frozenset(
    {"Becken", "Feld", "Bucht", "Groden", "Heide", "Moor", "Ried", "Aue", "Senke", "Platte"}
    | {"Bergland", "Hügelland", "Seenplatte", "Marsch", "Niederung", "Hochebene"}
)


def landscapes_of_place_adjectives(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex
) -> list[Span]:
    """ "das Amöneburger Becken", "im Neuenheimer Feld": a place's adjective (a town's, or
    a capitalised "-er" word German does not know) before a landscape's noun is a place."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    lowered = {w.lower() for w in words if w[:1].islower()}
    found: list[Span] = []
    for i in range(1, len(words)):
        noun = words[i]
        if noun.rstrip("s") not in _LANDSCAPE_NOUNS or i in covered or i - 1 in covered:
            continue
        adjective = words[i - 1]
        if (
            len(adjective) < 5
            or not adjective.endswith("er")
            or not adjective[:1].isupper()
            or not adjective[1:].islower()
            or doc[i - 1].is_sent_start
            or adjective.lower() in lowered
            or index.is_common_noun(adjective)
        ):
            continue
        entry = index.get(adjective)
        if town_of_adjective(adjective, index) is not None or entry is None:
            found.append(Span(doc, i - 1, i + 1, label="LOC"))
    return replace_overlapping(spans, found)


def _venue_length(word: str) -> int:
    lower = word.lower().rstrip("s")
    return max((len(v) for v in _VENUES if lower.endswith(v)), default=len(lower))


def venues_with_their_town(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex
) -> list[Span]:
    """ "das Gerhart-Hauptmann-Theater Görlitz-Zittau", "das Staatstheater Nürnberg": the
    town after a theatre's or a museum's name is part of that name."""
    covered = {i: s for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    # the model's names, and a venue's word it left ("das Staatstheater Nürnberg")
    venues = [s for s in spans if s.label_ == "ORG"] + [
        Span(doc, i, i + 1, label="ORG")
        for i, word in enumerate(words)
        if word[:1].isupper()
        and i > 0
        and i not in covered
        and _is_venue(word)
        and not doc[i].is_sent_start
        # "das Staatstheater", "Das …-Theater" (an article), not "Wagners Oper"
        and (words[i - 1].islower() or words[i - 1].lower() in DE_ARTICLES)
    ]
    for span in venues:
        end = span.end
        if not _is_venue(span[-1].text) or end >= len(doc):
            continue
        if not doc[end - 1].whitespace_ or doc[end].is_sent_start:
            continue
        after = covered.get(end)
        if after is not None and after.start == end and after.label_ in ("LOC", "ORG"):
            towns = after.text.split("-")
            stop = after.end
        else:
            towns, stop = doc[end].text.split("-"), end + 1
        if all(_town_or_region(index.get(town)) for town in towns):
            found.append(Span(doc, span.start, stop, label="ORG"))
    return replace_overlapping(spans, found)


# a savings bank named by its region in one word; the kind alone names none
_SAVINGS_BANKS = frozenset({"Sparkasse", "Kreissparkasse", "Stadtsparkasse", "Bezirkssparkasse"})


def savings_banks(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """ "der Harzsparkasse", "die Salzlandsparkasse" (a place to the model): a savings
    bank named by its region is a body."""
    out = [
        Span(doc, s.start, s.end, label="ORG")
        if len(s) == 1 and _regional_savings_bank(s.text) and s.label_ != "ORG"
        else s
        for s in spans
    ]
    covered = {i for s in out for i in range(s.start, s.end)}
    out += [
        Span(doc, i, i + 1, label="ORG")
        for i, word in enumerate(words)
        if word.endswith("sparkasse") and i not in covered and _regional_savings_bank(word)
    ]
    return out


# the kinds of firm German names by a name written apart before them: "im Residenz Verlag",
# "der Taunus Sparkasse" (a common noun would be joined to them: "der Kinderbuchverlag")
_FIRMS_AFTER_A_NAME = frozenset(
    {"Verlag", "Verlags", "Sparkasse", "Orchester", "Orchesters", "Klinik", "Kliniken"}
)


def firms_after_their_name(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex
) -> list[Span]:
    """ "im Residenz Verlag", "der Taunus Sparkasse": a capitalised word written apart
    before "Verlag" or "Sparkasse" is the firm's name; the two are one firm."""
    covered = {i: s for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for i in range(2, len(words)):
        if words[i] not in _FIRMS_AFTER_A_NAME or not doc[i - 1].whitespace_:
            continue
        name, before = words[i - 1], words[i - 2]
        whole = covered.get(i - 1)
        if whole is not None and whole.end == i + 1 and len(whole) == 2 and whole.label_ != "ORG":
            found.append(Span(doc, whole.start, whole.end, label="ORG"))  # "Haydn Orchesters"
            continue
        if whole is not None and (whole.end != i or (len(whole) > 1 and whole.label_ == "ORG")):
            continue
        start = whole.start if whole is not None else i - 1
        if (
            not name[:1].isupper()
            or not name.replace("-", "").isalpha()
            or doc[start].is_sent_start
            or (whole is None and not (before.islower() or before.lower() in DE_ARTICLES))
            or (looks_like_adjective(name) and not is_town_adjective(name, index))
            or index.is_title(name)
        ):
            continue
        kind = covered.get(i)  # "der Asklepios Klinik Harburg": the kind and its seat
        end = kind.end if kind is not None and kind.start == i and kind.label_ == "ORG" else i + 1
        found.append(Span(doc, start, end, label="ORG"))
    return replace_overlapping(spans, found)


def _regional_savings_bank(word: str) -> bool:
    return (
        word.endswith("sparkasse")
        and word[:1].isupper()
        and word.isalpha()
        and word not in _SAVINGS_BANKS
    )


# a street's head after a town's adjective: "Halberstädter Straße", "Frankfurter Allee"
_STREETS = frozenset(
    {"Straße", "Strasse", "Allee", "Platz", "Weg", "Ring", "Chaussee", "Damm", "Landstraße"}
    | {"Tor", "Brücke", "Ufer", "Markt", "Gasse", "Dom", "Münster"}
)


def roads(doc: Doc, spans: list[Span], words: list[str], index: NameIndex) -> list[Span]:
    """ "auf der A2", "die A 7" (a thing to the model) and "an der Halberstädter Straße"
    (left out): roads and streets are places."""
    covered = {i: s for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for i, word in enumerate(words):
        if i == 0:
            continue
        road = None
        if words[i - 1] in ROAD_BEFORE and (word in ("A", "B") or ROAD_NUMBER.match(word)):
            road = next(
                (
                    r
                    for end in (i + 1, i + 2)
                    if end <= len(doc) and is_road_number(r := doc[i:end])
                ),
                None,
            )
        if road is not None:
            span = covered.get(i)
            # the model's road, or the letter alone it found of "A 14"
            if span is None or (
                span.start == i
                and span.end <= road.end
                and (span.end < road.end or span.label_ != "LOC")
            ):
                found.append(Span(doc, i, road.end, label="LOC"))
        elif (
            word in _STREETS
            and i - 1 not in covered
            and i not in covered
            and doc[i - 1].whitespace_
            and is_town_adjective(words[i - 1], index)
        ):
            found.append(Span(doc, i - 1, i + 1, label="LOC"))
        elif (
            i not in covered
            and (
                _street_in_one_word(word, index)
                or _SQUARE_OF_A_BUILDING.match(word) is not None
                or _district_in_one_word(word, index)
                or _reach(word, index)
            )
        ) or ((i not in covered or len(covered[i]) == 1) and _line_of_a_place(word, index)):
            found.append(Span(doc, i, i + 1, label="LOC"))
    return replace_overlapping(spans, found)


def _district_in_one_word(word: str, index: NameIndex) -> bool:
    """ "im Salzlandkreis", "der Bodenseekreis": a district named in one word, which the
    lexicon does not know ("Wahlkreis", "Freundeskreis" it does)."""
    return (
        len(word) >= 9
        and word.endswith("kreis")
        and word[:1].isupper()
        and word.isalpha()
        and word not in index.nouns
        and not index.is_common_noun(word)
        and index.get(word) is None
        and not any(word[:-5].removesuffix(link) in index.nouns for link in ("", "s", "es", "en"))
    )


# a river's or a region's part named by a prefix: "die Mittelelbe", "am Hochrhein"
_REACHES = ("Mittel", "Ober", "Unter", "Nieder", "Hoch")


def _reach(word: str, index: NameIndex) -> bool:
    if not word.startswith(_REACHES):  # the cheap test first: this runs on every word
        return False
    prefix = next(p for p in _REACHES if word.startswith(p))
    if not word.isalpha() or len(word) - len(prefix) < 3:
        return False
    entry = index.get(word[len(prefix) :].capitalize())
    return (
        entry is not None
        and entry.label == "LOC"
        and entry.source == "list"
        and word not in index.nouns
        and not index.is_common_noun(word)
    )


def _line_of_a_place(word: str, index: NameIndex) -> bool:
    """ "die Gäubahn", "die Arlbergbahn", "die Brennerautobahn": a railway or a motorway
    named in one word by the landscape or the town it runs through."""
    if not word.endswith("bahn") or not word[:1].isupper() or not word.isalpha():
        return False
    if word in index.nouns or index.is_common_noun(word):
        return False  # "Eisenbahn", "Zugbahn"
    stem = word.removesuffix("bahn").removesuffix("auto")
    entry = index.get(stem)
    return (
        len(stem) >= 3
        and entry is not None
        and entry.label == "LOC"
        and entry.source in ("list", "city")
        and "given" not in entry.flags
    )


# a street's or a bridge's head at the end of one word: "Mellingerstrasse"
_STREET_ENDINGS = ("straße", "strasse", "gasse", "allee", "brücke", "damm", "chaussee", "ufer")


# a town's square named after the building at it: "auf dem Domplatz", "den Schlossplatz"
# (not "ein Marktplatz", "der Parkplatz": kinds of square)
_SQUARE_OF_A_BUILDING = re.compile(
    r"^(?:Dom|Münster|Schloss|Theater|Marstall|Schulhaus|Rathaus|Opern|Residenz|Kloster"
    r"|Burg|Kirch)platz(?:es)?$"
)


def _street_in_one_word(word: str, index: NameIndex) -> bool:
    """ "an der Seminarstrasse", "die Bartenwetzerbrücke": a word that ends in a street's
    or a bridge's head and that the lexicon does not know as a noun ("Hauptstraße",
    "Sackgasse", "Holzbrücke" it does)."""
    return (
        len(word) >= 9
        and word[:1].isupper()
        and word.isalpha()
        and word.endswith(_STREET_ENDINGS)
        and word not in index.nouns
        and not index.is_common_noun(word)
        and index.get(word) is None  # "Landstraße": a Viennese district, and a road
    )


# a church's or an abbey's word its saint's name goes with ("Dom St. Peter", "Stift St.
# Florian"; the plain "Kirche" and "Kapelle" say what it is, no more: "die Kirche St. Martin")
_CHURCHES = frozenset(
    {"Dom", "Doms", "Münster", "Münsters", "Basilika", "Kathedrale", "Kloster", "Klosters"}
    | {"Abtei", "Stift", "Stifts"}
)


def saints_places(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """ "die Kirchen St. Peter, St. Joseph und St. Mechtern", "in St. Pölten": in German
    news a saint's name after "St." is a church's or a town's, a place (never a person,
    nor "St." alone); one church's word before it is its name's ("des Doms St. Peter")."""
    covered = {i: s for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    adjectives: set[int] = set()
    for i, word in enumerate(words[:-1]):
        name = words[i + 1]
        if word != "St." or not name[:1].isupper() or not name.replace("-", "").isalpha():
            continue
        if name.endswith("er") and words[i + 2 : i + 3] and words[i + 2][:1].isupper():
            adjectives.add(i + 1)  # "die St. Galler Regierung": the town's adjective
            continue
        span = covered.get(i)
        if span is not None and (span.start != i or span.end > i + 2):
            continue  # "Kathedrale St. Hedwig", "St. Gallen-Appenzell": a longer name
        church = i > 0 and words[i - 1] in _CHURCHES and i - 1 not in covered
        found.append(Span(doc, i - 1 if church else i, i + 2, label="LOC"))
    spans = [s for s in spans if not (s.end == s.start + 1 and s.start in adjectives)]
    return replace_overlapping(spans, found)


def stadiums(doc: Doc, spans: list[Span], words: list[str], index: NameIndex) -> list[Span]:
    """ "im Weserstadion" (a place's name and "stadion" in one word), "im Europa-Park
    Stadion" (a name and "Stadion" or "Arena" after it): a stadium, a place."""
    covered = {i: s for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for i, word in enumerate(words):
        if i in covered:
            continue
        if word.endswith("stadion") and len(word) > 10 and word[:1].isupper():
            entry = index.get(word[: -len("stadion")])
            if entry is not None and entry.is_entity and not index.is_common_noun(word):
                found.append(Span(doc, i, i + 1, label="LOC"))
        elif (
            word in ("Stadion", "Arena")
            and i > 0
            and (before := covered.get(i - 1)) is not None
            and before.end == i
            and doc[i - 1].whitespace_
            and "-" in before.text
            and before.label_ in ("LOC", "ORG")
        ):
            found.append(Span(doc, before.start, i + 1, label="LOC"))
    return replace_overlapping(spans, found)


# the last part of a hyphenated place's name: "Max-Schmeling-Halle", "Rennweg-Kaserne"
_HYPHENATED_PLACE_HEADS = frozenset(
    {"Halle", "Schanze", "Stadion", "Arena", "Platz", "Straße", "Strasse", "Brücke"}
    | {"Kaserne", "Gebäude", "Turm", "Bahnhof", "Allee", "Ring", "Kirche", "Kapelle", "Stadt"}
    | {"Museum", "Theater", "Tunnel", "Basistunnel"}  # "Gutenberg-Museum", "Cuvilliés-Theater"
)


def hyphenated_places(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex
) -> list[Span]:
    """ "in der Max-Schmeling-Halle", "die Paul-Außerleitner-Schanze", "das
    Europa-Gebäude": a name and a place's head joined by hyphens is a place."""
    covered = {i: s for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for i, word in enumerate(words):
        if "-" not in word or not word[:1].isupper():
            continue
        *names, head = word.split("-")
        if head not in _HYPHENATED_PLACE_HEADS or not names:
            continue
        if not all(n[:1].isupper() and n.isalpha() for n in names):
            continue
        if all(index.is_common_noun(n) for n in names):
            continue  # "Mehrzweck-Halle": a kind, no name
        if head == "Stadt" and not _town_or_region(index.get(names[0])):
            continue  # "die Mega-Stadt" (not "Kuwait-Stadt")
        span = covered.get(i)
        if span is None or (len(span) == 1 and span.label_ != "LOC"):
            found.append(Span(doc, i, i + 1, label="LOC"))
    return replace_overlapping(spans, found)


# the words between a town and the river, the mountain or the landscape it lies at
_TOWN_AT = (("am",), ("an", "der"), ("im",), ("in", "der"), ("ob", "der"))


def towns_at_their_river(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex
) -> list[Span]:
    """ "Mülheim an der Ruhr", "Ramsau am Dachstein", "Eutingen im Gäu" (and "die
    Sparkasse Mülheim an der Ruhr"): a town's name with its river or landscape is one
    name; the model ends it at the town."""
    by_end = {s.end: s for s in spans}
    by_start = {s.start: s for s in spans}
    found: list[Span] = []
    for end, span in by_end.items():
        town = index.get(doc[end - 1].text)
        if (
            span.label_ not in ("LOC", "ORG")
            or len(span) > 2
            or (len(span) == 2 and span.label_ != "ORG")
            or town is None
            or town.label != "LOC"
            or town.source != "city"
        ):
            continue
        for link in _TOWN_AT:
            at = end + len(link)
            if tuple(words[end:at]) != link or at >= len(words):
                continue
            place = by_start.get(at)
            if place is not None and (len(place) > 1 or place.label_ != "LOC"):
                break
            # a river's, a mountain's or a landscape's name from the lists ("Ruhr",
            # "Dachstein"), not a district's or a street's
            entry = index.get(words[at])
            if entry is None or entry.label != "LOC" or entry.source != "list":
                break
            if words[at].endswith(("kreis", "Kreis")):
                break  # "Wetzlar im Lahn-Dill-Kreis": a town and its district
            if at + 1 < len(words) and words[at + 1][:1].isupper():
                break  # "in Mülheim am Montag Abend": a longer phrase
            found.append(Span(doc, span.start, at + 1, label=span.label_))
            break
    return replace_overlapping(spans, found)


# the words for a part of a town that the model takes into the name after them
_DISTRICT_KINDS = frozenset(
    {"Stadtteil", "Stadtteilen", "Stadtteils", "Ortsteil", "Ortsteilen", "Ortsteils"}
    | {"Stadtbezirk", "Stadtbezirken", "Stadtbezirks", "Stadtviertel", "Quartier"}
)


def districts_after_their_kind(spans: list[Span]) -> list[Span]:
    """ "in den Frankfurter Stadtteilen Nordend" (one organisation to the model): the name
    after the word for a part of a town is that part, a place."""
    out = []
    for span in spans:
        kind = next((t.i for t in span[:-1] if t.text in _DISTRICT_KINDS), None)
        if kind is None or not span.doc[kind + 1].text[:1].isupper():
            out.append(span)
            continue
        out.append(Span(span.doc, kind + 1, span.end, label="LOC"))
    return out


# a state's or district's kind before its name: "im Landkreis Miltenberg", "im Freistaat
# Sachsen", "im Kanton Glarus" (the gold readings mark the name alone, 33 times to 3)
_KINDS_BEFORE_A_REGION = frozenset(
    {"Landkreis", "Landkreises", "Kreis", "Kreises", "Freistaat", "Freistaats", "Freistaates"}
    | {"Bundesland", "Bundeslandes", "Kanton", "Kantons", "Bezirk", "Bezirks"}
    | {"Regierungsbezirk", "Regierungsbezirks"}
)


def regions_without_their_kind(spans: list[Span]) -> list[Span]:
    """ "im Landkreis Main-Spessart": the district is "Main-Spessart", the kind word before
    it no part of its name (as the model or a list may have it)."""
    return [
        Span(s.doc, s.start + 1, s.end, label="LOC")
        if s.label_ == "LOC"
        and len(s) > 1
        and s[0].text in _KINDS_BEFORE_A_REGION
        and s[1].text[:1].isupper()
        else s
        for s in spans
    ]


_LIST_JOINS = frozenset({",", "und", "oder", "sowie"})


def places_listed_with_places(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex
) -> list[Span]:
    """ "an Elbe, Saale und Mulde": a word the lists know as a place (where it needs
    context alone: "Saale" is a dative of "Saal" too) listed beside a place is one."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for span in [s for s in spans if s.label_ == "LOC"]:
        for step in (1, -1):
            i = span.end if step == 1 else span.start - 1
            while 0 < i < len(words) - 1 and words[i] in _LIST_JOINS:
                j = i + step
                if j in covered:
                    i = j + step  # a name already found: the list goes on after it
                    continue
                entry = index.get(words[j])
                if not (
                    words[j][:1].isupper()
                    and entry is not None
                    and entry.label == "LOC"
                    and entry.source in ("list", "city")
                ):
                    break
                found.append(Span(doc, j, j + 1, label="LOC"))
                covered.add(j)
                i = j + step
    return spans + found
