"""Name patterns that a list cannot hold: how news builds names from parts.

"Amtsgericht Borken" (an institution and its seat), "Federal Reserve Bank of New York"
(an organisation the model cut before its place), "das Innenministerium", "der Westen"
(the political West), "Leeds United" (a club is named after its town).
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from tui.analysis.names.acronyms import is_acronym
from tui.analysis.names.heads import (
    COURT_KINDS,
    EN_ORG_HEADS,
    EN_PLACE_HEADS,
    EN_PLACE_ONLY_HEADS,
    EVENT_FIRST,
    FOREIGN_PLACE_FIRST,
    ORG_FIRST,
    PLACE_FIRST,
    RESERVE_KINDS,
    ROAD_WORDS,
    WATERS_OF,
)
from tui.analysis.names.index import Entry, NameIndex
from tui.analysis.tokens import lower_words

# an institution named by its seat: "Amtsgericht Borken", "Staatsanwaltschaft Köln"
# associations named with their state or region after them
_BRANCH_WORDS = r"(?:Landes)?[Bb]auernverband|BUND|NABU|AOK|IHK|Handwerkskammer|Landessportbund"
_SEATED = re.compile(
    r"^(?:Amts|Land|Landes|Oberlandes|Verwaltungs|Oberverwaltungs|Arbeits|Sozial|Finanz|Bezirks"
    r"|Kreis|Schwur)?gericht$|^(?:Staatsanwaltschaft|Polizei|Polizeipräsidium|Landtag"
    r"|Stadtrat|Senat(?:e?s)?|Stadtverwaltung|Universität|Hochschule|Bezirksregierung|Landratsamt"
    r"|Justizvollzugsanstalt|JVA|Handelskammer|Flughafen|Hauptbahnhof|Fachhochschule"
    r"|Landespolizei|Klinikum|Universitätsklinikum|Olympiastadion|Hafen"
    r"|(?:[SU]-)?Bahnhof|(?:Berufs)?[Ff]euerwehr|Landeskriminalamt|Landesbank|Kantonspolizei"
    r"|(?:Kantons|Regional|Universitäts)?[Ss]pital|Krankenhaus|Klinik|(?:Landes)?[Rr]echnungshof"
    r"|(?:Verwaltungs|Staats)?[Gg]erichtshof|Kantonsgericht|Obergericht|Bezirksamt"
    r"|(?:Stadt|Kreis)?[Ss]parkasse|Volksbank|Raiffeisenbank"
    r"|(?:Kunst|Kultur|Landes|Bürger)stiftung|Verbraucherzentrale|(?:Erz)?[Bb]istum|Diözese"
    r"|Landeskirche|Landeskriminalamts|Polizeipräsidiums|Bezirksamts|Landratsamts"
    r"|Regionalverband|Zweckverband|Olympiazentrum|Landesmuseum|Staatsarchiv|Stadtarchiv"
    r"|Festspielhaus|Konzerthaus|Stadthalle|Festhalle|Kunsthalle"
    r"|(?:Arbeiter|Wirtschafts|Landwirtschafts|Ärzte|Apotheker|Rechtsanwalts|Notariats)kammer"
    # a state's or a region's branch: "der Bauernverband Sachsen-Anhalt", "die AOK Bayern"
    rf"|{_BRANCH_WORDS})(?:e?s)?$"
)
_BRANCHES = re.compile(rf"^(?:{_BRANCH_WORDS})(?:e?s)?$")
# any office, presidium, association or utility with its seat after it: "das Schulamt
# Freiburg", "das Regierungspräsidium Tübingen", "der Handelsverband Ostwestfalen-Lippe"
# (alone, "das Präsidialamt" is a name and "der Dachverband" none: only with the seat)
_SEATED_BY_ENDING = re.compile(
    r"^(?!Insgesamt|Gesamt)[A-ZÄÖÜ][\w-]*?"
    r"(?:amt|präsidium|verband|werke|schule|[Ii]nstitut|galerie|[Kk]unsthalle|bibliothek"
    r"|direktion|gericht|hospital|klinik|klinikum|krankenhaus|inspektion|verwaltung|club"
    r"|verein)"
    r"(?:e?s)?$"
)


def _seated_with_seat(word: str) -> bool:
    return _SEATED.match(word) is not None or _SEATED_BY_ENDING.match(word) is not None


def is_seated(word: str) -> bool:
    """ "Landeskriminalamts", "Amtsgericht": an institution's word its seat follows."""
    return _SEATED.match(word) is not None


# a court's remit between its kind and its seat: "Landesgericht für Strafsachen Wien"
_REMITS = frozenset({"Strafsachen", "Zivilrechtssachen", "Handelssachen", "Arbeitssachen"})
# a seat that is a place, as CoNLL marks buildings ("Flughafen Hahn", "Hafen Fudschaira",
# "S-Bahnhof Oranienburger Straße")
_SEATED_PLACES = frozenset(
    {"Flughafen", "Hauptbahnhof", "Olympiastadion", "Hafen", "Bahnhof", "S-Bahnhof", "U-Bahnhof"}
    | {"Festspielhaus", "Konzerthaus", "Stadthalle", "Festhalle"}
)
# a party's own head noun after a capitalised adjective: "Demokratische Allianz"
_MOVEMENT_HEADS = frozenset({"Bewegung", "Front", "Allianz", "Liga", "Sammlung"})
# the head noun of an organisation's name: "Moslemsolidaritätskomitees" is no place
_ORG_HEAD = re.compile(
    r"(?:komitee|ministerium|partei|verband|verein|gesellschaft|institut|behörde|bund"
    r"|gewerkschaft|stiftung|konzern|agentur|kommission|rat|forum|bündnis|gericht|amt|büro"
    r"|(?<!west)(?<!sand)(?<!daten)bank|universität|hochschule|börse|gerichtshof|ausschuss"
    r"|verfassungsschutz)(?:e?s)?$"
)
# an institution's word that ends its name, after a person or a place ("Goethe-Universität",
# "New Yorker Börse"); alone it is any such institution
_INSTITUTION = re.compile(
    r"^(?:Universität|Hochschule|Börse|Akademie|Gerichtshof|Verfassungsschutz|Ausschuss)$"
)
_MINISTRY = re.compile(r"^[A-ZÄÖÜ][\w-]*ministeriums?$")
# a state's or a town's own bodies, named with the article: "der Landtag", "die
# Landesregierung", "der Stadtrat", "das Nationalparlament"
_STATE_ORGAN = re.compile(
    r"^(?:Landes|Staats|Bundes)regierung$|^Landtag(?:e?s)?$|^Staatskanzlei$"
    r"|^Abgeordnetenhaus(?:es)?$|^Abgeordnetenkammer$|^Kreistag(?:e?s)?$"
    r"|^(?:Stadt|Gemeinde|Minister|National|Stände)rat(?:e?s)?$"
    r"|^(?:National|Stadt)parlament(?:e?s)?$"
)
# a body that is a name only with its state: "der Senat von Kalifornien"
_OF_A_STATE = re.compile(r"^Senats?$|^Repräsentantenhaus(?:es)?$|^Kongress(?:es)?$")
# the head of a German name of a place the model calls an organisation
_PLACE_HEAD = re.compile(
    r"(?:nationalpark|park|gebirge|straße|strasse|platz|insel|brücke|kanal|stadion|arena"
    r"|moschee|synagoge|kathedrale|palast|flughafen|bahnhof|bahnhofs|^tor|^dom)$"
)
_ROMAN = re.compile(r"^[IVX]{1,4}\.?$")
# the head of an event's name: "Iberoamerikanischer Gipfel", "Fußball-Weltmeisterschaft"
_EVENT_HEAD = re.compile(
    r"(?:gipfel|gipfels|meisterschaft|festival|festivals|olympiade|buchmesse|^messe|^summit"
    r"|strategie)$"  # "die Nationale Hafenstrategie": a programme, MISC
)
# the first word of a German place's name: "Nationalpark Niedersächsisches Wattenmeer",
# "Arena Leipzig" (an organisation to the model)
_PLACE_FIRST_DE = frozenset({"Nationalpark", "Naturpark", "Biosphärenreservat", "Arena", "Stadion"})
# the head of a compound that names one body with the article: "der Steuerzahlerbund",
# "die Wahlkommission", "das Landgericht" (not "der Autokonzern", "der Aufsichtsrat")
_COMPOUND_BODY = re.compile(
    r"(?:verband|verbandes|verbands|bund|bundes|behörde|kommission|gericht|gerichts"
    r"|gerichtes|amt|amts|amtes|komitee|komitees|gewerkschaft)$"
)
# a state's one central bank and its council, named with the article like a ministry
_CENTRAL_BANK = re.compile(r"^(?:Zentral|Noten)bank(?:rat(?:e?s)?)?$")
# the head of a body that belongs to a state or union: "Rat der Europäischen Union"
_BODY_HEAD = re.compile(
    r"(?:^rat|^rates|(?:sicherheits|menschenrechts|minister|wächter|militär|übergangs"
    r"|revolutions|national|bundes|stände|ältesten|europa|exekutiv|gouverneurs|ethik)ra(?:t|tes|ts)|kongress|kongresses"
    r"|ausschuss|ausschusses|kommission|gerichtshof"
    r"|gerichtshofs|parlament|parlaments|senat|senats|^konferenz|^versammlung|(?:general|voll|national)versammlung|zentralbank"
    r"|ministerium|ministeriums|handelskammer|amt|amtes|amts|behörde|verwaltung"
    r"|\wfraktion|vorstand|vorstands|vorstandes|präsidium|präsidiums)$"
)
# the head of a body named by what it is for: "Rat für deutsche Rechtschreibung"
# what a body is for or against: "Rat für …", "Komitee gegen Folter", "Bewegung zum
# Sozialismus", "Zentrum zur Bekämpfung des Terrorismus"
_FOR_WORDS = frozenset({"für", "gegen", "zur", "zum"})
_NUMBER_WORDS = frozenset(
    {"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf"}
    | {"zwölf", "zwanzig", "hundert", "tausend", "wenige", "einige", "mehrere", "viele"}
)
_FOR_HEAD = re.compile(
    r"(?:rat|rates|gesellschaft|koalition|kommission|institut|instituts|stiftung|verband"
    r"|verbandes|verbands|amt|amtes|amts|zentrum|zentrums|zentrale|agentur|ministerium"
    r"|ministeriums|komitee|komitees|bündnis|bündnisses|forum|forums|liga|allianz|verein"
    r"|vereins|akademie|behörde|kammer|fonds|dienst|dienstes|bewegung|initiative"
    r"|gerichtshof|gerichtshofs|organisation|bank|konferenz|departement|departements"
    r"|verwaltung|direktion|hochschule|universität|museum|museums)$"
)
# a body of a state or union named by its abbreviation: "US-Regierung", "EU-Parlament"
_STATE_BODY = re.compile(
    r"^(?:US|EU|UN|UNO|NATO|Nato)-(?:Regierung|Armee|Militär|Marine|Luftwaffe|Notenbank"
    r"|Geheimdienst|Geheimdienstes|Zentralkommando|Zentralkommandos|Streitkräfte"
    r"|Zentralbank|Kommission|Parlament|Senat|Kongress|Sicherheitsrat|Generalversammlung"
    r"|Küstenwache|Administration|Luftstreitkräfte|Heer|Wahlkommission|Bundespolizei|Navy"
    r"|Fed|Ministerrat|Rat|Vollversammlung|Menschenrechtsrat|Menschenrechtskommission"
    r"|Flüchtlingshilfswerk|Hochkommissariat"
    r"|\w*[Mm]inisterium)(?:e?s)?$"
)
# "Sächsische Staatsregierung", "Bayerischen Staatskanzlei": an official body's name
STATE_ADJECTIVE = re.compile(r"^(?:[A-ZÄÖÜ][a-zäöüß]+isch|National|Oberst|Zentral|Föderal)e[nrs]?$")
_GOVERNMENT = re.compile(
    r"^(?:Staats|Landes|Bundes)?regierung$|^Staatskanzlei$|^Landtag(?:e?s)?$"
    r"|^Staatsministerium(?:s)?$|^Landeszentrale$"
)
# what an abbreviation's compound names when it names no one body: "EU-Behörde" (one of
# many), "EU-Staats-" (cut before "und Regierungschefs"), "US-Bundesgericht"
GENERIC_HEADS = frozenset(
    {"Behörde", "Behörden", "Bundesgericht", "Gericht", "Staats", "Staaten", "Länder"}
    | {"Bürger", "Ausland", "Inland", "Recht", "Gipfel", "Mitglied", "Mitglieder"}
)
_PLACE_EVENT = re.compile(
    r"^([A-ZÄÖÜ][a-zäöüß]{2,}?)-?(?:[Kk]rieg|[Kk]rise|[Kk]onflikt|-Affäre|-Marathons?)(?:e?s)?$"
)
# "Ostukrainekonflikt": a compass word before the place
_COMPASS = re.compile(r"^(?:Nord|Süd|Ost|West)(?=[a-zäöü]{3})")
_DETERMINERS = frozenset({"der", "die", "das", "des", "dem", "den", "vom", "zum", "beim"})
# demonstratives and possessives: "vom Europäischen Rat für dieses Amt vorgeschlagen" is
# what the council did, not what it is for
_POINTING = re.compile(
    r"(?:dies|jen|solch|jed|kein|sein|ihr|unser|mein|dein|eu)(?:e|er|es|em|en)?$"
)
# goods a brand names when they follow it: "Golden Crumb biscuits", "Patriot batteries"
_GOODS = frozenset(
    {
        "biscuits",
        "crisps",
        "soups",
        "cereals",
        "drinks",
        "chocolates",
        "beers",
        "cars",
        "vehicles",
        "phones",
        "smartphones",
        "laptops",
        "tablets",
        "consoles",
        "batteries",
        "missiles",
        "jets",
        "drones",
        "vaccines",
        "pills",
        "trainers",
        "brand",
        "range",
        # a thing's own name before what it is: "the Fulmar rocket", "the Prospero
        # satellite", "the Chevron doctrine", "RTÉ's Morning Ireland programme"
        "rocket",
        "rockets",
        "satellite",
        "satellites",
        "telescope",
        "mission",
        "programme",
        "program",
        "index",
        "treaty",
        "doctrine",
    }
)
_SPORT_WORDS = frozenset(
    [
        "manager",
        "striker",
        "goalkeeper",
        "midfielder",
        "defender",
        "goal",
        "goals",
        "league",
        "match",
        "fixture",
        "season",
        "club",
        "clubs",
        "fans",
        "boss",
        "penalty",
        "scored",
        "relegation",
        "promotion",
        "kick-off",
        "coach",
        "squad",
        "tries",
        "fly-half",
        "scrum",
        "referee",
    ]
)
_EN_BODIES = frozenset(
    {"Assembly", "Council", "Parliament", "Party", "Committee", "Commission", "Court"}
)
_OF = frozenset({"of", "du", "de", "des", "di", "del", "for"})
# the first word of a club's name: "Sporting Lisbon", "Real Madrid", "Dynamo Kyiv"
_CLUB_PREFIXES = frozenset(
    {"Sporting", "Real", "Atletico", "Atlético", "Dynamo", "Dinamo", "Olympique", "Borussia"}
)
_CLUB_WORDS = frozenset(
    {
        "United",
        "City",
        "Rovers",
        "Athletic",
        "Wanderers",
        "Albion",
        "Hotspur",
        "Rangers",
        "County",
        "Wednesday",
        "Villa",
        "Forest",
        "Palace",
        "End",
        "Argyle",
        "Orient",
    }
)


def covered_tokens(doc: Doc, spans: list[Span]) -> list[bool]:
    """For each token (and one past the end): whether a span holds it."""
    covered = [False] * (len(doc) + 1)
    for span in spans:
        for i in range(span.start, span.end):
            covered[i] = True
    return covered


def join_of_place(spans: list[Span]) -> list[Span]:
    """An organisation the model cut before "of"/"du" and its place: "Federal Reserve
    Bank of" + "New York", "G5 du" + "Sahel" are one organisation."""
    if not spans:
        return spans
    doc = spans[0].doc
    ordered = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    i = 0
    while i < len(ordered):
        span = ordered[i]
        following = ordered[i + 1] if i + 1 < len(ordered) else None
        if span.label_ == "ORG" and following is not None and following.label_ == "LOC":
            end = span.end
            if doc[end - 1].lower_ in _OF and following.start == end:
                out.append(Span(doc, span.start, following.end, label="ORG"))
                i += 2
                continue
            if end < len(doc) and doc[end].lower_ in _OF and following.start == end + 1:
                out.append(Span(doc, span.start, following.end, label="ORG"))
                i += 2
                continue
        out.append(span)
        i += 1
    return out


def capital_district(spans: list[Span]) -> list[Span]:
    """ "Washington, D.C.": the city and its district, which the model names apart or
    leaves out, are one place."""
    if not spans:
        return spans
    doc = spans[0].doc
    out = list(spans)
    for span in spans:
        end = span.end
        if (
            span.text == "Washington"
            and end + 1 < len(doc)
            and doc[end].text == ","
            and doc[end + 1].text in ("D.C.", "DC", "D.C")
        ):
            out = [s for s in out if not (span.start <= s.start <= end + 1)]
            out.append(Span(doc, span.start, end + 2, label="LOC"))
    return out


def seated_institutions(
    doc: Doc, spans: list[Span], index: NameIndex, words: list[str]
) -> list[Span]:
    """ "Amtsgericht Borken": an institution word before a place is one organisation."""
    by_start = {s.start: s for s in spans}
    covered = covered_tokens(doc, spans)
    out = [
        Span(doc, s.start, s.end, label="LOC")
        if len(s) > 1 and s[0].text in _SEATED_PLACES and s.label_ == "ORG"
        else s
        for s in spans
    ]
    out = _branches(doc, out, index)
    for body in list(out):
        place = by_start.get(body.end)
        if (
            body.label_ == "ORG"
            and len(body) > 1
            and _seated_with_seat(body[-1].text)
            and body[-1].text not in _SEATED_PLACES
            and place is not None
            and place.label_ == "LOC"
            and len(place) == 1
            and (entry := index.get(place.text)) is not None
            and entry.source == "city"
        ):
            # "das Thüringer Oberverwaltungsgericht Weimar": the court and its seat
            out = [s for s in out if s is not body and s is not place]
            out.append(Span(doc, body.start, place.end, label="ORG"))
    for i in range(len(words) - 1):
        alone = by_start.get(i)  # "die Arbeiterkammer Wien": the body found on its own
        if alone is not None and (len(alone) > 1 or alone.label_ != "ORG"):
            continue
        if (covered[i] and alone is None) or not words[i][:1].isupper():
            continue
        if not _seated_with_seat(words[i]):
            continue
        # a seat named as the index writes it, no genitive ("die Kraftwerke Deutschlands")
        listed_seat_only = _SEATED.match(words[i]) is None
        at = i + 1
        if words[at : at + 2] and words[at] == "für" and words[at + 1] in _REMITS:
            at += 2
        elif (
            words[at : at + 2]
            and words[at] == "zu"
            and words[i] not in _SEATED_PLACES
            and _town_span(by_start.get(at + 1), index)
        ):
            at += 1  # "die Universität zu Lübeck"
        place = by_start.get(at)
        label = "LOC" if words[i] in _SEATED_PLACES else "ORG"
        found: Span | None = None
        # an association's branch only with a listed place ("der Bauernverband
        # Sachsen-Anhalt"; not "des Bauernverbands Boerenbond", the body's own name)
        branch = _BRANCHES.match(words[i]) is not None
        if (
            place is not None
            and (
                place.label_ == "LOC"
                or _listed_place(place, index)
                or (place[0].text in ("St.", "Sankt") and not listed_seat_only)
            )  # "die Klinik St. Josef" (a person to the model)
            and (not branch or _listed_place(place, index))
            and (not listed_seat_only or _indexed_place(place, index))
        ):
            found = Span(doc, i, place.end, label=label)
        elif place is None and at < len(words) and not covered[at]:
            entry = index.get(words[at])
            if entry is not None and entry.label == "LOC" and entry.source != "corpus":
                found = Span(doc, i, at + 1, label=label)  # "das Kantonsspital Obwalden"
        if found is not None:
            out = [s for s in out if not (i <= s.start < found.end)]
            out.append(found)
    out = _seat_after_zu(doc, out, index, words)
    out = [_seated_label(s, index) for s in out]
    return [_volunteers(s) for s in out]


def _seat_after_zu(doc: Doc, spans: list[Span], index: NameIndex, words: list[str]) -> list[Span]:
    """ "die IHK Ostwestfalen zu Bielefeld", "die Universität zu Lübeck": an institution
    whose seat follows "zu" is named with it."""
    by_start = {s.start: s for s in spans}
    out = list(spans)
    for body in spans:
        at = body.end
        if (
            body.label_ != "ORG"
            or at + 1 >= len(words)
            or words[at] != "zu"
            or body[0].text in _SEATED_PLACES
            or not (_SEATED.match(body[0].text) or _SEATED.match(body[-1].text))
        ):
            continue
        place = by_start.get(at + 1)
        if place is None or not _town_span(place, index):
            continue
        out = [s for s in out if s is not body and s is not place]
        out.append(Span(doc, body.start, place.end, label="ORG"))
    return out


def _town_span(span: Span | None, index: NameIndex) -> bool:
    """A place the model found that the index knows as a town (a seat after "zu")."""
    if span is None or span.label_ != "LOC":
        return False
    entry = index.get(span.text)
    return entry is not None and entry.source == "city"


def _indexed_place(span: Span, index: NameIndex) -> bool:
    """ "Freiburg", "Ostwestfalen-Lippe": a place the index knows as written; "Ems-Nordsee":
    places it knows joined by a hyphen."""
    entry = index.get(span.text)
    genitive = span.text.endswith("s") and index.get(span.text[:-1]) is not None
    if entry is None and len(span) == 1 and "-" in span.text.strip("-"):
        parts = [index.get(part) for part in span.text.split("-")]
        return all(p is not None and p.label == "LOC" for p in parts)
    return entry is not None and entry.label == "LOC" and not genitive


def _listed_place(span: Span, index: NameIndex) -> bool:
    """ "Uri" (a person to the model) after "Kantonsspital": a place the lists know."""
    entry = index.get(span.text)
    return len(span) == 1 and entry is not None and entry.label == "LOC"


def _seated_label(span: Span, index: NameIndex) -> Span:
    """ "Kantonsspital Uri" (a person to the model): an institution word and its seat."""
    if len(span) != 2 or not _SEATED.match(span[0].text):
        return span
    entry = index.get(span[1].text)
    label = "LOC" if span[0].text in _SEATED_PLACES else "ORG"
    if span.label_ == label or entry is None or entry.label != "LOC":
        return span
    return Span(span.doc, span.start, span.end, label=label)


# the state's or the town's adjective that names its institution: "die Staatliche
# Kunsthalle Baden-Baden", "das Städtische Klinikum Karlsruhe"
_OWNERS = frozenset(
    {"Staatliche", "Staatliches", "Staatlichen", "Städtische", "Städtisches", "Städtischen"}
)


def _volunteers(span: Span) -> Span:
    """ "die Freiwillige Feuerwehr Wilhelmsburg", "die Staatliche Kunsthalle Baden-Baden":
    the adjective is part of the name."""
    doc, i = span.doc, span.start
    if i > 0 and span.label_ == "ORG" and len(span) > 1 and doc[i - 1].text in _OWNERS:
        return Span(doc, i - 1, span.end, label="ORG")
    if (
        i > 0
        and span.label_ == "ORG"
        and span[0].text == "Feuerwehr"
        and doc[i - 1].text in ("Freiwillige", "Freiwilligen")
    ):
        return Span(doc, i - 1, span.end, label="ORG")
    return span


def _branches(doc: Doc, spans: list[Span], index: NameIndex) -> list[Span]:
    """ "NPD Thüringen", "Grüne Jugend Thüringen": a party and the Land or town of its
    branch, with nothing between, are one organisation."""
    by_start = {s.start: s for s in spans}
    out = list(spans)
    for span in spans:
        place = by_start.get(span.end)
        entry = index.get(span.text)
        if (
            span.label_ == "ORG"
            and place is not None
            and place.label_ == "LOC"
            and len(place) == 1
            and doc[span.end - 1].whitespace_
            and ((entry is not None and "party" in entry.flags) or span[-1].text == "Jugend")
            and (home := index.get(place.text)) is not None
            and home.label == "LOC"
            and home.source in ("list", "city")
        ):
            out = [s for s in out if s is not span and s is not place]
            out.append(Span(doc, span.start, place.end, label="ORG"))
    return out


def _compound_head(word: str) -> bool:
    """ "Landesbank", "Umweltbehörde": a compound with an organisation's head ("Behörde"
    alone is any authority)."""
    match = _ORG_HEAD.search(word.lower())
    return match is not None and match.start() >= 3


def town_of_adjective(word: str, index: NameIndex) -> Entry | None:
    """ "Bremer", "Berliner", "Münchner": the place an adjective is made of, if any."""
    if not word.endswith("er") or len(word) < 5 or not word[:1].isupper():
        return None
    stem = word[:-2]
    # "Darmstädter", "Ingolstädter": a town's "-stadt" takes the umlaut
    stadt = stem[:-5] + "stadt" if stem.endswith("städt") else stem
    for base in (stem, stem + "en", stem + "n", stem[:-1] + "en", stadt):
        entry = index.get(base)
        if entry is not None and entry.label == "LOC":
            return entry
    return None


def is_town_adjective(word: str, index: NameIndex) -> bool:
    """ "Potsdamer": an adjective made of a town's name (not of a country's)."""
    entry = town_of_adjective(word, index)
    return entry is not None and entry.source in ("city", "list")


def german_bodies(doc: Doc, spans: list[Span], words: list[str], index: NameIndex) -> list[Span]:
    """ "US-Regierung", "EU-Parlament": a body named by its state's abbreviation; "die
    Sächsische Staatsregierung" by its state's adjective, capitalised; "das Innenministerium", "des Verteidigungsministeriums": a ministry named with
    the definite article is that ministry; "der Westen", "des Westens" after an article
    and before no genitive is the political West."""

    covered = covered_tokens(doc, spans)
    out = list(spans)
    for i in range(1, len(words)):
        word = words[i]
        if not word[:1].isupper() and "-" not in word:
            continue  # every body below is named by a capitalised or hyphenated word
        if covered[i]:
            seated = (
                i + 1 < len(words)
                and not covered[i + 1]
                and _SEATED.match(words[i + 1])
                and words[i + 1] not in _SEATED_PLACES
            )
            # only where a seat's noun follows: the search runs over every span
            town = next((s for s in out if s.end == i + 1 and len(s) > 1), None) if seated else None
            if town is not None and is_town_adjective(town.text, index):
                # "die New Yorker Staatsanwaltschaft": the model's town of two words
                out = [s for s in out if s is not town] + [
                    Span(doc, town.start, i + 2, label="ORG")
                ]
                continue
            # "der Senat" "von" "Kalifornien": the model's body alone, and its state
            if words[i + 1 : i + 2] != ["von"]:
                continue
            organ = _STATE_ORGAN.match(word) or _OF_A_STATE.match(word)
            own = next((s for s in out if s.start == i and s.end == i + 1), None)
            if own is not None and organ:
                body = _named_body(doc, out, words, i)
                if body is not None and len(body) > 1:
                    out = [s for s in out if not (body.start <= s.start < body.end)]
                    out.append(body)
            continue
        if _STATE_BODY.match(word):
            out.append(Span(doc, i, i + 1, label="ORG"))
            continue
        if (
            STATE_ADJECTIVE.match(word)
            and i + 1 < len(words)
            and (
                _GOVERNMENT.match(words[i + 1])
                or _ORG_HEAD.search(words[i + 1].lower())
                or words[i + 1] in _MOVEMENT_HEADS  # "die regierende Nationale Bewegung"
            )
            and words[i + 1][:1].isupper()
            and not doc[i].is_sent_start
        ):
            # "die Sächsische Staatsregierung", "der Dänischen Volkspartei": capitalised,
            # the adjective is the name's
            noun = next((s for s in out if s.start == i + 1), None)
            if noun is None and covered[i + 1]:
                continue
            if noun is not None:
                if len(noun) > 1:
                    continue
                out = [s for s in out if s is not noun]
            start = i
            if STATE_ADJECTIVE.match(words[i - 1]) and not covered[i - 1]:
                start = i - 1  # "der Oberste Nationale Sicherheitsrat"
            end = i + 2
            own = next((s for s in out if s.start == end and len(s) == 1), None)
            if words[i + 1] in _MOVEMENT_HEADS and own is not None:
                out = [s for s in out if s is not own]  # "die Indianische Bewegung Pachakuti"
                end += 1
            out.append(Span(doc, start, end, label="ORG"))
            continue
        if (
            i + 1 < len(words)
            and is_town_adjective(word, index)
            and (
                (_SEATED.match(words[i + 1]) and not words[i + 1].endswith("Bahnhof"))
                or _compound_head(words[i + 1])
                or _INSTITUTION.match(words[i + 1])
            )
            and words[i + 1][:1].isupper()
            and not doc[i].is_sent_start
        ):
            # "das Potsdamer Verwaltungsgericht", "der Bremer Landesbank": a town's body
            out = [s for s in out if not (i <= s.start < i + 2 and len(s) == 1)]
            if not any(s.start <= i + 1 < s.end for s in out):
                out.append(Span(doc, i, i + 2, label="ORG"))
                continue
        if (
            "-" in word
            and word.rsplit("-", 1)[1][:1].isupper()
            and _ORG_HEAD.search(word.lower())
            and not word.lower().endswith(("konzern", "konzerns", "bündnis", "bündnisses"))
            and not (word.split("-")[0].isupper() and word.rsplit("-", 1)[1] in GENERIC_HEADS)
            and _after_the_article(words, i)
            and not doc[i].is_sent_start
            # "der LePen-Partei Rassemblement National": the kind before the name
            and not (i + 1 < len(words) and covered[i + 1])
        ):
            out.append(Span(doc, i, i + 1, label="ORG"))  # "der Tabakhändler-Verband"
            continue
        if _STATE_ORGAN.match(word) or _MINISTRY.match(word) or _OF_A_STATE.match(word):
            body = _named_body(doc, out, words, i)
            if body is not None and (len(body) > 1 or not _OF_A_STATE.match(word)):
                out = [s for s in out if not (body.start <= s.start < body.end)]
                out.append(body)
                continue
        if _CENTRAL_BANK.match(word) and _after_the_article(words, i) and not doc[i].is_sent_start:
            out.append(Span(doc, i, i + 1, label="ORG"))  # "der argentinischen Zentralbank"
            continue
        compound = _COMPOUND_BODY.search(word)
        if (
            compound is not None
            and compound.start() >= 3
            and not _SEATED.match(word)  # "das Amtsgericht" names its seat to be one
            and word[:1].isupper()
            and word.isalpha()
            and _after_the_article(words, i)
            and not doc[i].is_sent_start
            # "die Medienaufsichtsbehörde CSA": the kind before the body's own name
            and not (
                i + 1 < len(words)
                and (covered[i + 1] or (len(words[i + 1]) > 1 and is_acronym(words[i + 1])))
            )
        ):
            out.append(Span(doc, i, i + 1, label="ORG"))  # "der Mineralölwirtschaftsverband"
            continue
        if not ("ministerium" in word or word.startswith("Westen")):
            continue
        if words[i - 1].lower() not in _DETERMINERS:
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        if _MINISTRY.match(word):
            out.append(Span(doc, i, i + 1, label="ORG"))
        elif word in ("Westen", "Westens") and (
            following.lower() not in _DETERMINERS | {"von"} and not following[:1].isupper()
        ):
            out.append(Span(doc, i, i + 1, label="LOC"))
    return out


def _after_the_article(words: list[str], i: int) -> bool:
    """ "der Landtag", "im Landtag", "dem taiwanischen Verteidigungsministerium"."""
    articles = _DETERMINERS | {"im", "ins"}
    before = words[i - 1] if i > 0 else ""
    if before in ("„", '"', "»"):
        return i > 1 and words[i - 2].lower() in articles  # der „Koalition für Darfur“
    j = i - 1
    # up to three lower-case words between: "der ebenfalls mehrheitlich demokratische Senat"
    while (
        j > 0
        and i - j <= 3
        and words[j].isalpha()
        and words[j].islower()
        and words[j] not in articles
        and words[j] not in _NOT_BETWEEN
    ):
        j -= 1
    if j < i - 1 and not words[i - 1].endswith(("e", "en", "er", "es", "em")):
        return False  # the word before the noun must be an adjective
    return j >= 0 and words[j].lower() in articles


_INDEFINITE_ARTICLES = frozenset({"ein", "eine", "eines", "einem", "einen", "einer"})
# words that end a noun phrase before a body's noun: no adjectives
_NOT_BETWEEN = frozenset(
    {"in", "von", "vom", "mit", "zu", "zum", "zur", "für", "auf", "aus", "bei", "nach", "und"}
    | {"oder", "nicht", "auch", "an", "am", "über", "unter", "gegen", "ohne", "um", "wie"}
)


def _named_body(doc: Doc, spans: list[Span], words: list[str], i: int) -> Span | None:
    """A state's body or ministry named with the article, and the place it is of
    ("die Landesregierung von Baden-Württemberg")."""
    if not _after_the_article(words, i) or doc[i].is_sent_start:
        return None
    end = i + 1
    if end + 1 < len(words) and words[end] == "von":
        place = next((s for s in spans if s.start == end + 1 and s.label_ == "LOC"), None)
        if place is not None:
            end = place.end
    return Span(doc, i, end, label="ORG")


def bodies_for(
    doc: Doc, spans: list[Span], words: list[str], links: frozenset[str] = _FOR_WORDS
) -> list[Span]:
    """ "der Rat für deutsche Rechtschreibung", "Bundesamt für Migration und
    Flüchtlinge": a body named by what it is for is one name, "für" and all; a body
    the model saw ends at "für", one it missed is named with the article. `links`: the
    words that name a remit ("zur", "gegen" only after a name of the model's)."""
    covered = covered_tokens(doc, spans)
    by_end = {s.end: s for s in spans}
    by_start = {s.start: s for s in spans}
    out = list(spans)
    for i, word in enumerate(words):
        if word not in links or i == 0:
            continue
        if word != "für" and (i not in by_end or by_end[i].label_ != "ORG"):
            continue  # "Komitee … gegen Folter", "Zentrum zur Bekämpfung …": the model's body
        if words[i + 1 : i + 2] == ["Zeit"]:
            continue  # "die Kommission zur Zeit überwiegend": "zur Zeit" is "now"
        end = _for_what(doc, words, i)
        if (
            end is not None
            and word in ("zur", "zum")
            and words[end : end + 1] in (["des"], ["der"])
            and end + 1 < len(words)
            and words[end + 1][:1].isupper()
        ):
            end += 2  # "zur Bekämpfung des Terrorismus"
        owner = by_start.get(end) if end is not None else None
        if owner is not None and owner.label_ == "LOC" and owner.text.endswith("s"):
            end = owner.end  # "Konferenz zur Zukunft Europas": a place's genitive
        served = by_start.get(i + 2)
        if (
            end is None
            and words[i + 1 : i + 2] in (["die"], ["den"], ["das"], ["dem"])
            and served is not None
            and (
                served.label_ in ("ORG", "MISC")
                # "der Islamrat für die Bundesrepublik Deutschland": a state it serves (not
                # "des US-Außenministeriums für die Ukraine": a role's remit)
                or (
                    served.label_ == "LOC"
                    and _FOR_HEAD.search(words[i - 1].lower())
                    and not words[i - 1].endswith("s")
                )
            )
            and i in by_end
        ):
            # "der Stifterverband für die Deutsche Wissenschaft e.V.": what it serves is a
            # name of the model's too (a verb's "für die Einführung" is none)
            end = served.end
        if end is None:
            continue
        end = _seat_after_remit(words, by_start, end)
        body = by_end.get(i)
        holder = next((s for s in out if s.start < i < s.end), None)
        if holder is not None:
            # "Konferenz der Vereinten Nationen für Handel" + "und Entwicklung": the model
            # cut the list of what the body is for
            if holder.label_ != "ORG" or holder.end >= end:
                continue
            start = holder.start
        elif body is not None:
            if body.label_ == "PER" or not _FOR_HEAD.search(body[-1].lower_):
                continue
            start = body.start
        elif _bare_body(words, covered, i - 1, _FOR_HEAD) or _listed_remit(words, covered, i, end):
            start = i - 1
            if i > 1 and STATE_ADJECTIVE.match(words[i - 2]) and not doc[i - 2].is_sent_start:
                start = i - 2  # "der Chinesischen Gesellschaft für …"
        else:
            continue
        out = [s for s in out if not (start <= s.start < end)]
        out.append(Span(doc, start, end, label="ORG"))
    return out


def _seat_after_remit(words: list[str], by_start: dict[int, Span], end: int) -> int:
    """ "Landesamt für Denkmalpflege Hessen", "Amt für Umwelt des Kantons Thurgau",
    "Hochschule für Technik und Wirtschaft des Saarlandes": the body's seat after its
    remit is part of its name."""
    place = by_start.get(end)
    if (
        place is not None
        and place.label_ == "LOC"
        and len(place) == 1
        and (place.end == len(words) or not words[place.end][:1].isupper())
    ):
        return place.end
    if words[end : end + 1] in (["des"], ["der"]) and words[end + 1 : end + 2]:
        if words[end + 1] in _KIND_OF_PLACE:
            place = by_start.get(end + 2)
            if place is not None and place.label_ == "LOC":
                return place.end
        place = by_start.get(end + 1)  # "Hochschule für Technik und Wirtschaft des Saarlandes"
        if words[end] == "des" and place is not None and place.label_ == "LOC":
            return place.end
    return end


def _listed_remit(words: list[str], covered: list[bool], i: int, end: int) -> bool:
    """ "das bisher von ihr geleitete Ministerium für Umwelt, Naturschutz, Bau und
    Reaktorsicherheit": a ministry or office with a list of three remits is named by them,
    whatever stands before it (not "ein Ministerium für …")."""
    head = i - 1
    return (
        head > 0
        and not covered[head]
        and words[head][:1].isupper()
        and re.search(r"(?:ministerium|amt)$", words[head].lower()) is not None
        and words[i + 1 : end].count(",") >= 1
        and not {w.lower() for w in words[max(0, head - 4) : head]} & _INDEFINITE_ARTICLES
    )


def _bare_body(words: list[str], covered: list[bool], i: int, head: re.Pattern[str]) -> bool:
    """Word i is a body's noun the model missed, named with the article ("des Rates")."""
    return (
        not covered[i]
        and words[i][:1].isupper()
        and head.search(words[i].lower()) is not None
        and _after_the_article(words, i)
    )


# the kind of place between a body and its place: "Ausländeramt der Stadt Kaiserslautern"
_KIND_OF_PLACE = frozenset(
    {"Stadt", "Landes", "Gemeinde", "Freistaats", "Freistaates", "Kantons", "Bundeslandes"}
    | {"Kreises", "Bezirks", "Bundesstaates", "Bundesstaats", "Provinz", "Region"}
    | {"Samtgemeinde", "Verbandsgemeinde", "Ortsgemeinde", "Marktgemeinde"}
)


def bodies_of(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex | None = None
) -> list[Span]:
    """ "Rat der Europäischen Union", "Kongress der Vereinigten Staaten", "Hauptausschuss
    des Nationalrats": a body and the name whose body it is are one name."""
    by_start = {s.start: s for s in spans}
    covered = covered_tokens(doc, spans)
    out = list(spans)
    for i in range(1, len(words) - 2):
        if words[i] not in ("der", "des"):
            continue
        owner = by_start.get(i + 1)
        if owner is None and words[i + 1] in _KIND_OF_PLACE:
            place = by_start.get(i + 2)  # "Innenministerium des Landes Rheinland-Pfalz"
            if place is not None and place.label_ == "LOC":
                owner = Span(doc, i + 1, place.end, label="LOC")
        if owner is None or owner.label_ not in ("ORG", "LOC"):
            continue
        if _PARTY_BODY.search(words[i - 1].lower()) and not _a_party(owner.text, index):
            # "ein Vorschlag der SPD-Bundestagsfraktion der Bundesagentur": a dative; "der
            # Vorstand der Deutschen Bank": a company's board, no name
            continue
        body = next((s for s in out if s.end == i), None)
        if body is not None:
            if (
                body.label_ != "ORG"
                or not _BODY_HEAD.search(body.text.lower())
                or (len(body) > 1 and not (owner.label_ == "LOC" and _adjectives_and_body(body)))
                or _named_compound(body, index)
            ):
                continue  # "der Europäischen Kommission der EU": a name already
            start = body.start
        elif _bare_body(words, covered, i - 1, _BODY_HEAD):
            start = i - 1
        else:
            continue
        out = [s for s in out if not (start <= s.start < owner.end)]
        out.append(Span(doc, start, owner.end, label="ORG"))
    return out


def _named_compound(body: Span, index: NameIndex | None) -> bool:
    """ "die Venedig-Kommission (des Europarats)": a body compounded with a listed name
    is a name of its own."""
    first, _, rest = body.text.partition("-")
    return (
        index is not None
        and len(body) == 1
        and bool(rest)
        and first[:1].isupper()
        and not first.isupper()  # "EU-Kommission der …" stays a body of its owner
        and index.get(first) is not None
    )


def _adjectives_and_body(body: Span) -> bool:
    """ "Oberste Gerichtshof" (of the United States): capitalised adjectives and a body's
    noun, the name every state gives its own."""
    return all(
        t.text[:1].isupper() and t.text.endswith(("e", "er", "en", "es", "em")) for t in body[:-1]
    )


# a party's bodies, named with the party: "Bundesvorstand der Grünen"
_PARTY_BODY = re.compile(r"(?:fraktion|vorstand|vorstands|vorstandes|präsidium|präsidiums)$")


def _a_party(name: str, index: NameIndex | None) -> bool:
    entry = index.find(name) if index is not None else None
    return entry is not None and "party" in entry.flags


def _for_what(doc: Doc, words: list[str], i: int) -> int | None:
    """The end of "für (adjective) Noun (und Noun)" after word i, or None."""
    j = i + 1
    while (
        j < len(words)
        and j - i <= 2
        and words[j][:1].islower()
        and words[j].isalpha()
        and words[j] not in _DETERMINERS
        and words[j] not in ("ein", "eine", "einen", "einem", "einer")
        and words[j] not in _NUMBER_WORDS  # "für drei Jahre": a time, no remit
        and not _POINTING.match(words[j])
    ):
        j += 1  # "für deutsche", "für politische"
    if j >= len(words) or not (words[j][:1].isupper() and words[j].replace("-", "").isalpha()):
        return None
    if doc[j].ent_type_ == "PER":
        return None
    if (
        words[j].endswith(
            ("ischen", "ische", "alen", "ale", "sche", "schen", "elle", "ellen", "liche", "lichen")
        )
        and j + 1 < len(words)
        and words[j + 1][:1].isupper()
    ):
        j += 1  # "für Internationalen Zahlungsausgleich"
    end = j + 1
    while end + 1 < len(words) and words[end] == "," and words[end + 1][:1].isupper():
        end += 2  # "für Umwelt, Naturschutz und Reaktorsicherheit"
    if end + 1 < len(words) and words[end] == "und" and words[end + 1][:1].isupper():
        end += 2
        if (
            words[end - 1].endswith(("ale", "ische", "liche"))
            and end < len(words)
            and words[end][:1].isupper()
            and words[end].isalpha()
        ):
            end += 1  # "für Kultur und Nationale Identität"
    elif end - j > 1:
        end = j + 1  # a list without its "und" is no name's
    return end


def regnal_numbers(spans: list[Span]) -> list[Span]:
    """ "Pius IX.", "Johannes Paul II.": a ruler's or pope's number is part of his name."""
    if not spans:
        return spans
    doc = spans[0].doc
    starts = {s.start for s in spans}
    out = []
    for span in spans:
        end = span.end
        if (
            end < len(doc)
            and end not in starts
            and _ROMAN.match(doc[end].text)
            and span[-1].text[:1].isupper()
            and span.label_ in ("PER", "LOC", "ORG")
        ):
            end += 1
            if end < len(doc) and doc[end].text == "." and not doc[end - 1].text.endswith("."):
                end += 1
            span = Span(doc, span.start, end, label="PER")
        out.append(span)
    return out


# a ruler's epithet: "Karl der Große", "Friedrichs des Großen", "Ludwig der Fromme"
_EPITHETS = frozenset(
    {"Große", "Großen", "Grosse", "Grossen", "Fromme", "Frommen", "Kühne", "Kühnen"}
    | {"Weise", "Weisen", "Heilige", "Heiligen", "Eroberer", "Eroberers", "Löwe", "Löwen"}
    | {"Kahle", "Kahlen", "Schöne", "Schönen", "Gerechte", "Gerechten", "Bärtige"}
)
_EPITHET_ARTICLES = frozenset({"der", "die", "des", "dem", "den"})


def rulers_with_epithets(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex
) -> list[Span]:
    """ "Friedrich der Große" (the model marks "Friedrichs" a place at most): a first
    name, an article and a ruler's epithet are one person."""
    found: list[Span] = []
    for i in range(len(words) - 2):
        if words[i + 1] not in _EPITHET_ARTICLES or words[i + 2] not in _EPITHETS:
            continue
        name = words[i]
        if not (
            index.is_given_name(name) or (name.endswith("s") and index.is_given_name(name[:-1]))
        ):
            continue
        found.append(Span(doc, i, i + 3, label="PER"))
    return replace_overlapping(spans, found) if found else spans


def place_events(doc: Doc, spans: list[Span], words: list[str], index: NameIndex) -> list[Span]:
    """ "Ukrainekrise", "Koreakrieg", "Irak-Krieg", "Russland-Affäre", "Boston-Marathon":
    a war, crisis, affair or race named by its place is an event (MISC), whether the
    model saw it or not."""
    covered = covered_tokens(doc, spans)
    out = list(spans)
    for i, word in enumerate(words):
        match = _PLACE_EVENT.match(word)
        if covered[i] or match is None:
            continue
        place = match.group(1)
        bare = _COMPASS.sub("", place).capitalize()
        entry = next(
            (e for p in (place, place.removesuffix("n"), bare) if (e := index.find(p))), None
        )
        if entry is not None and entry.label == "LOC" and entry.is_entity:
            out.append(Span(doc, i, i + 1, label="MISC"))
    return out


def organisation_heads(spans: list[Span]) -> list[Span]:
    """A German name whose head noun names an organisation ("…komitees", "…partei") is
    an organisation, whatever label the model gave it; one whose head names an event
    ("Iberoamerikanischer Gipfel", "FIFA-Weltmeisterschaft") is an event (MISC)."""
    out = []
    for span in spans:
        last = span[-1].text
        if span.label_ in ("LOC", "PER") and (
            (last[:1].isupper() and _ORG_HEAD.search(last))
            or (len(span) > 1 and _SEATED.match(last) and last not in _SEATED_PLACES)
        ):
            span = Span(span.doc, span.start, span.end, label="ORG")
        elif (
            span.label_ in ("LOC", "PER")
            and len(span) + last.count("-") > 1
            and (_INSTITUTION.match(last.rsplit("-", 1)[-1]))
        ):
            # "Johann Wolfgang Goethe-Universität", "New Yorker Börse"
            span = Span(span.doc, span.start, span.end, label="ORG")
        elif span.label_ in ("ORG", "LOC") and _EVENT_HEAD.search(_head_before_year(span)):
            span = Span(span.doc, span.start, span.end, label="MISC")
        elif span.label_ == "ORG" and last[:1].isupper() and _PLACE_HEAD.search(last.lower()):
            span = Span(span.doc, span.start, span.end, label="LOC")  # "Yellowstone-Nationalpark"
        elif (
            span.label_ == "ORG"
            and len(span) > 1
            and span[0].text in _PLACE_FIRST_DE
            and last not in ("Gruppe", "AG", "GmbH")  # "Arena Gruppe": a firm
        ):
            span = Span(span.doc, span.start, span.end, label="LOC")  # "Arena Leipzig"
        out.append(span)
    return out


def _head_before_year(span: Span) -> str:
    """ "World Future Energy Summit 2010": an event's head stands before its year."""
    if len(span) > 1 and span[-1].text.isdigit() and len(span[-1].text) == 4:
        return span[-2].lower_
    return span[-1].lower_


def clubs(spans: list[Span], index: NameIndex) -> list[Span]:
    """ "Leeds United": a town and a club word is a club; so is "Sheffield" "Wednesday"
    that the model read as a town and a day, in a football report."""
    if not spans:
        return spans
    doc = spans[0].doc
    sport = len(lower_words(doc) & _SPORT_WORDS) >= 3
    by_start = {s.start: s for s in spans}
    joined: set[int] = set()
    added: list[Span] = []
    for span in spans:
        entry = index.get(span.text)
        after = doc[span.end] if span.end < len(doc) else None
        if (
            span.label_ in ("LOC", "ORG")
            and entry is not None
            and entry.label == "LOC"
            and after is not None
            and after.text in _CLUB_WORDS
            and (after.text != "Wednesday" or sport)
        ):
            other = by_start.get(span.end)
            if other is not None and len(other) > 1:
                continue
            if other is not None:
                joined.add(id(other))
            joined.add(id(span))
            added.append(Span(doc, span.start, span.end + 1, label="ORG"))
    spans = [s for s in spans if id(s) not in joined] + added
    out = []
    for span in spans:
        if span.label_ != "ORG" and len(span) > 1 and span[0].text in _CLUB_PREFIXES:
            out.append(Span(span.doc, span.start, span.end, label="ORG"))  # "Sporting Lisbon"
            continue
        if span.label_ == "PER" and len(span) > 1 and _sponsored_club(span, index, sport):
            out.append(Span(span.doc, span.start, span.end, label="ORG"))
            continue
        club_word = 2 if span[-2:].text == "North End" else 1  # "Preston North End"
        if len(span) > club_word and span[-1].text in _CLUB_WORDS and span.label_ != "ORG":
            entry = index.get(span[:-club_word].text)
            if entry is not None and entry.label == "LOC":
                span = Span(span.doc, span.start, span.end, label="ORG")
        out.append(span)
    return out


_TURKISH_CLUB = re.compile(r"^[A-ZÇĞİÖŞÜ]\w{2,}spor$")


def _sponsored_club(span: Span, index: NameIndex, sport: bool) -> bool:
    """ "Fenerbahçe Medicana", "Galatasaray Daikin" (people to the model): in a sports
    report, a listed body with its sponsor's name after it is a club; "Nilüfer
    Belediyespor" a Turkish town's club ("-spor")."""
    if _TURKISH_CLUB.match(span[-1].text):
        return True
    entry = index.get(span[0].text)
    return (
        sport
        and entry is not None
        and entry.label == "ORG"
        and entry.source == "list"
        and "ctx" not in entry.flags
        and span[-1].text[:1].isupper()
        and index.get(span.text) is None
    )


# the last word of an English law's name, before or after it is passed
_LAW_WORDS = frozenset({"Act", "Bill"})


def english_head(name: str) -> str:
    """The word an English name is named by: "Journal" in "New England Journal of
    Medicine", else its last word."""
    words = name.split()
    if len(words) > 2 and words[-1].isdigit():
        words = words[:-1]  # "Federal Transport Infrastructure Plan 2030"
    if words[-1] in _LAW_WORDS:
        return words[-1]  # "Secure Homes for Renters Bill"
    for before, word in itertools.pairwise(words):
        if word in ("of", "for", "on") and not (word == "of" and before in WATERS_OF):
            return before  # "European Convention on Human Rights" ("Isle of Man Constabulary")
    return words[-1]


def _named_for(doc: Doc, span: Span, covered: list[bool]) -> int:
    """The end of "for (the) People" after an organisation's head ("Democratic Party
    for the People", "Institute for Fiscal Studies"), or the span's own end."""
    j = span.end
    if j + 1 >= len(doc) or doc[j].lower_ not in ("for", "of") or span[-1].text not in EN_ORG_HEADS:
        return span.end
    j += 1
    if doc[j].lower_ == "the":
        j += 1
    end = j
    while end < len(doc) and not covered[end] and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    return end if end > j else span.end


def portfolio_of_a_minister(doc: Doc, i: int) -> bool:
    """ "Minister of" or "Minister of State for" just before: what follows is the remit."""
    if i < 2 or doc[i - 1].text not in ("of", "for"):
        return False
    if doc[i - 2].text in _MINISTERS:
        return True
    return (
        i >= 4
        and doc[i - 2].text == "State"
        and doc[i - 3].text == "of"
        and doc[i - 4].text in _MINISTERS
    )


_MINISTERS = frozenset({"Minister", "Ministers", "minister", "ministers", "Secretary"})


_MUNICIPAL_KINDS = frozenset({"Local", "Rural", "Metropolitan", "District", "Urban"})


def _body_of_a_place(span: Span) -> bool:
    """ "Central Bank of Solomon Islands", "University of the West Indies": a body's head
    before "of" and the place it serves."""
    return any(
        t.lower_ == "of" and t.i > span.start and span.doc[t.i - 1].text in EN_ORG_HEADS
        for t in span[1:-1]
    )


def english_organisations(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """ "Virgin Trains" (a person to the model), "Network Rail" (missed): capitalised
    words that end in a word organisations end in name one; "Heaton Moor" (an
    organisation to the model) is a place by its last word."""
    out = []
    for span in _joined_after_org_first(doc, spans):
        head = english_head(span.text)
        court = len(span) > 1 and head == "Court" and span[-2].text in COURT_KINDS
        if span.label_ != "ORG" and (head in EN_ORG_HEADS or _camel_head(head) or court):
            span = Span(doc, span.start, span.end, label="ORG")  # "… Superior Court"
        elif (
            span.label_ == "ORG"
            and len(span) > 1
            and span[-1].text in EN_PLACE_HEADS
            and not _body_of_a_place(span)
        ):
            span = Span(doc, span.start, span.end, label="LOC")
        elif span.label_ == "ORG" and len(span) == 2 and span[-1].text == "Court" and not court:
            span = Span(doc, span.start, span.end, label="LOC")  # "Centre Court", "Earls Court"
        elif (
            len(span) > 2 and span[-1].text == "Municipality" and span[-2].text in _MUNICIPAL_KINDS
        ):
            # "Kareeberg Local Municipality", "Khumbu Pasang Lhamu Rural Municipality":
            # a local government, as South Africa and Nepal name it
            span = Span(doc, span.start, span.end, label="ORG")
        elif (
            span.label_ in ("PER", "ORG", "MISC")
            and len(span) > 1
            and (span[-1].text in EN_PLACE_ONLY_HEADS or _numbered_road(span))
            # "Mothers of the Una-Sana Canton": the head stands before "of"
            and not any(t.lower_ in ("of", "for") for t in span)
        ) or (
            span.label_ in ("PER", "ORG")
            and len(span) > 1
            and span[0].text in PLACE_FIRST
            and not looks_like_an_organisation(span.text)  # "Port Authority"
        ):
            span = Span(doc, span.start, span.end, label="LOC")  # "James Island", "Lake Powell"
        elif _foreign_place(span, head):
            span = Span(doc, span.start, span.end, label="LOC")  # "Palacio de López"
        if len(span) > 1 and span.label_ != "ORG" and span[0].text in ORG_FIRST:
            span = Span(doc, span.start, span.end, label="ORG")  # "Parti Québécois"
        if len(span) > 1 and span.label_ != "MISC" and span[0].text in EVENT_FIRST:
            span = Span(doc, span.start, span.end, label="MISC")  # "Copa del Rey"
        out.append(span)
    covered = covered_tokens(doc, out)
    for k, span in enumerate(out):
        if span.label_ != "PER" and (end := _named_for(doc, span, covered)) > span.end:
            out[k] = Span(doc, span.start, end, label="ORG")
    covered = covered_tokens(doc, out)
    ends = {s.end: k for k, s in enumerate(out)}
    for i, word in enumerate(words):
        if word not in EN_ORG_HEADS or covered[i] or i == 0:
            continue
        before = ends.get(i)
        if before is not None and out[before].label_ != "PER" and not doc[i].is_sent_start:
            out[before] = Span(doc, out[before].start, i + 1, label="ORG")  # "… Infirmary"
            covered[i] = True
            continue
        start = i
        while start > 0 and words[start - 1][:1].isupper() and not covered[start - 1]:
            start -= 1
        if start == i or (doc[start].is_sent_start and doc[start].tag_ not in ("NNP", "NNPS")):
            continue
        if portfolio_of_a_minister(doc, start):
            continue  # "Minister of State for Petroleum Resources": the office's remit

        out.append(Span(doc, start, i + 1, label="ORG"))
        for j in range(start, i + 1):
            covered[j] = True
    return out


def _joined_after_org_first(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Banca" + "Alpina Veneta": an organisation's first word alone and the name right
    after it are one name."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        last = out[-1] if out else None
        if (
            last is not None
            and len(last) == 1
            and last[0].text in ORG_FIRST
            and last.end == span.start
        ):
            out[-1] = Span(doc, last.start, span.end, label="ORG")
        else:
            out.append(span)
    return out


def _foreign_place(span: Span, head: str) -> bool:
    """ "Stadio Luigi Ferraris", "Hermaness National Nature Reserve" (not "Federal
    Reserve"), whatever the model called them, unless an organisation's head ends them."""
    return (
        len(span) > 1
        and span.label_ in ("ORG", "PER", "MISC")
        and head not in EN_ORG_HEADS
        and (
            span[0].text in FOREIGN_PLACE_FIRST
            or (span[0].text == "Isla" and span[1].text in ("de", "del"))  # not "Isla Mowat"
            # "Gulf of St. Lawrence" (not "Isle of Man Customs and Excise Division")
            or (span[0].text in WATERS_OF and span[1].text == "of" and len(span) <= 5)
            or (span[-1].text == "Reserve" and span[-2].text in RESERVE_KINDS)
        )
    )


def _numbered_road(span: Span) -> bool:
    """ "National Highway 715", "Route 66": a road by its number."""
    return span[-1].text[:1].isdigit() and any(t.text in ROAD_WORDS for t in span[:-1])


def town_clubs(doc: Doc, spans: list[Span], index: NameIndex) -> list[Span]:
    """In a football report a town is mostly its club ("left to become assistant manager
    at Sunderland", "Blackpool won 2-1"): a city of the index labelled a place is the club
    there, unless "in"/"near" or "-based" makes it the place."""
    if len(lower_words(doc) & _SPORT_WORDS) < 3:
        return spans
    # "Crawley" after "Daniel Crawley": a player's surname, not his town's club
    surnames = {s[-1].text for s in spans if s.label_ == "PER" and len(s) > 1}
    out = []
    for span in spans:
        if span.text in surnames:
            out.append(span)
            continue
        entry = index.get(span.text)
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        # "a Boston-based investor": the town itself
        after = doc[span.end : span.end + 2].text if span.end + 1 < len(doc) else ""
        if (
            span.label_ in ("LOC", "PER")
            and entry is not None
            and entry.source == "city"
            and after != "-based"
            # "the Saskatoon native": a person's home town
            and (doc[span.end].lower_ if span.end < len(doc) else "") not in _HOME_AFTER
            and span[-1].text not in EN_PLACE_HEADS  # "Villa Park": the ground
            and before not in ("in", "near", "around", "across", "outside", "north", "south")
            and before not in ("east", "west", "central")
            and not _travel_to_or_from(doc, span.start)
            and (span.label_ == "LOC" or "given" not in entry.flags)
        ):
            span = Span(doc, span.start, span.end, label="ORG")
        out.append(span)
    return out


_HOME_AFTER = frozenset({"native", "natives", "resident", "residents"})
# "the trip from Bilbao", "a 23-year-old from Launceston", "heads to Austin": a journey
# or a person's home, not a club's
_JOURNEY_WORDS = frozenset(
    {"trip", "journey", "travel", "travelled", "traveled", "flew", "flight", "flights"}
    | {"moved", "heads", "head", "returned", "return", "drive", "old", "native", "born"}
)


def _travel_to_or_from(doc: Doc, i: int) -> bool:
    return (
        i > 1
        and doc[i - 1].lower_ in ("from", "to")
        and doc[i - 2].lower_.rsplit("-", 1)[-1] in _JOURNEY_WORDS
    )


def products_and_laws(doc: Doc, spans: list[Span], index: NameIndex) -> list[Span]:
    """English names of things, not bodies: a brand before the goods it names ("its
    Golden Crumb biscuits", "Patriot batteries") and a law ("the Proceeds of Crime Act")
    are MISC, whatever the model said, unless the index knows an organisation."""
    out = []
    for span in spans:
        after = doc[span.end] if span.end < len(doc) else None
        entry = index.get(span.text)
        known = entry is not None and entry.is_entity and entry.label != "MISC"
        if span.label_ != "MISC" and not known and span.label_ != "PER":
            goods = after is not None and after.lower_ in _GOODS and after.text.islower()
            law = len(span) > 1 and span[-1].text == "Act"
            if goods or law:
                span = Span(doc, span.start, span.end, label="MISC")
        if span.label_ == "MISC" and len(span) > 1 and span[-1].text == "Act":
            span = _act_after_and(doc, span)
        out.append(span)
    return filter_spans(out)


def _act_after_and(doc: Doc, span: Span) -> Span:
    """ "the CHIPS and Science Act", "the Tax Cuts and Jobs Act": the words before "and"
    belong to the law's name (the model may call them a name of their own)."""
    if span.start < 2 or doc[span.start - 1].lower_ != "and":
        return span
    start = span.start - 1
    while (
        start > 0
        and span.start - start <= 4
        and doc[start - 1].is_alpha
        and (doc[start - 1].is_title or doc[start - 1].is_upper)
    ):
        start -= 1
    if start == span.start - 1:
        return span  # nothing capitalised before "and"
    return Span(doc, start, span.end, label="MISC")


# what a treaty's name is about follows it: "the UN Convention on the Law of the Sea"
_TREATY_WORDS = frozenset(
    {"Convention", "Treaty", "Charter", "Protocol", "Declaration", "Covenant", "Accord"}
)
_LAW_LINKS = frozenset({"on", "of", "for", "against", "in", "to", "and"})
_TITLE_LINKS = frozenset({"of", "the", "and", "on", "for"})
_CALENDAR = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
    | {"January", "February", "March", "April", "May", "June", "July", "August"}
    | {"September", "October", "November", "December"}
)


def laws_across_links(doc: Doc, spans: list[Span]) -> list[Span]:
    """An English law or treaty whose name runs on past a small word, which the model
    cut there: "the Protecting Minors" "in App Stores Act", "the UN Convention" "on the
    Law of the Sea". One name, a thing (MISC)."""
    by_start = {s.start: s for s in spans}
    out = list(spans)
    for span in spans:
        link = span.end
        if span.label_ == "PER" or link + 1 >= len(doc) or doc[link].lower_ not in _LAW_LINKS:
            continue
        after = link + 1 + (doc[link + 1].lower_ == "the")
        # "the Act on the Promotion of Information Processing", "the Law on Foreign Agents"
        on_what = span[-1].text in ("Act", "Law") and doc[link].lower_ == "on"
        if (span[-1].text in _TREATY_WORDS or on_what) and doc[link].lower_ != "and":
            if (right := by_start.get(after)) is not None:
                out.append(Span(doc, span.start, right.end, label="MISC"))
            elif (last := _title_words_end(doc, after)) is not None:
                out.append(Span(doc, span.start, last, label="MISC"))  # "… the Law of the Sea"
            continue
        end = after
        while end < len(doc) and end - after < 5 and doc[end].is_alpha and doc[end].is_title:
            if doc[end].text in _LAW_WORDS:
                following = doc[end + 1] if end + 1 < len(doc) else None
                # "Google in Bill Gates' town": a first name, no law
                if not (following is not None and following.is_alpha and following.is_title):
                    out.append(Span(doc, span.start, end + 1, label="MISC"))
                break
            end += 1
    return filter_spans(out)


_BRACKETED_LAW_HEADS = frozenset(
    {"Act", "Law", "Code", "Rules", "Regulations", "Ordinance", "Bill", "Order", "Directive"}
)
# the small words inside a bracketed law's name (a second set beside `_LAW_LINKS`: that
# one joins a law to what it is on)
_BRACKET_LINKS = frozenset({"and", "of", "for", "the", "on"})
_YEAR_OF_LAW = re.compile(r"^(?:1[89]|20)\d\d$")


def bracketed_laws(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """ "the 1986 Environment (Protection) Act", "the Wildlife (Protection) Act": a law
    whose name holds a word in brackets, which splits it for the model. One name, MISC."""
    out = list(spans)
    for i, word in enumerate(words):
        if word != "(" or i == 0 or not words[i - 1][:1].isupper():
            continue
        if words[i - 1] == ")":
            continue  # the second group of "(Miscellaneous Provisions) (Northern Ireland)"
        close = _brackets_end(words, i)
        if close is None or close + 1 >= len(words) or words[close + 1] not in _BRACKETED_LAW_HEADS:
            continue
        start = i - 1
        while start > 0 and not doc[start].is_sent_start:
            if words[start - 1] in ("The", "A", "An"):
                break  # "The Island Ferry Services (Consultation) Bill" opening a sentence
            if words[start - 1][:1].isupper() and words[start - 1].isalpha():
                start -= 1
            elif (
                # "the Identity and Language (Northern Ireland) Act 2022"
                start > 1
                and words[start - 1] in ("and", "of")
                and words[start - 2][:1].isupper()
                and words[start - 2].isalpha()
                and not doc[start - 1].is_sent_start
            ):
                start -= 2
            else:
                break
        end = close + 2
        if end < len(words) and _YEAR_OF_LAW.match(words[end]):
            end += 1  # "the Visitor Levy (Scotland) Act 2024"
        elif end + 1 < len(words) and words[end] == "," and _YEAR_OF_LAW.match(words[end + 1]):
            end += 2  # "the Wildlife (Protection) Act, 1972", as Indian laws are cited
        if any(s.start < start < s.end or s.start < end < s.end for s in out):
            continue
        out = [s for s in out if not start <= s.start < end]
        out.append(Span(doc, start, end, label="MISC"))
    return out


def _brackets_end(words: list[str], i: int) -> int | None:
    """The last ")" of one or more bracketed groups of capitalised words from `i`:
    "(Protection)", "(Miscellaneous Provisions) (Northern Ireland)"."""
    close = None
    while i < len(words) and words[i] == "(":
        end = next((k for k in range(i + 2, min(len(words), i + 7)) if words[k] == ")"), None)
        if (
            end is None
            or not words[i + 1][:1].isupper()
            # "(Management and Maintenance)"
            or not all(
                (w[:1].isupper() and w.isalpha()) or w in _BRACKET_LINKS for w in words[i + 1 : end]
            )
        ):
            break
        close, i = end, end + 1
    return close


def cited_years(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "the Data Protection Act, 2019": a law's year after a comma, as Kenyan and Indian
    laws are cited, is part of its name."""
    out = []
    for span in spans:
        end = span.end
        if (
            span.label_ == "MISC"
            and span[-1].text in _BRACKETED_LAW_HEADS
            and end + 1 < len(doc)
            and doc[end].text == ","
            and _YEAR_OF_LAW.match(doc[end + 1].text)
            and (end + 2 == len(doc) or not doc[end + 2].text[:1].isdigit())
        ):
            span = Span(doc, span.start, end + 2, label="MISC")
        out.append(span)
    return out


def _title_words_end(doc: Doc, start: int) -> int | None:
    """The end of a run of capitalised words from `start`, small words between them
    ("Law of the Sea"), no day or month ("on Monday")."""
    last, j = None, start
    while j < len(doc) and j - start < 7:
        word = doc[j]
        if word.is_alpha and word.is_title and word.text not in _CALENDAR:
            last, j = j + 1, j + 1
        elif last is not None and word.lower_ in _TITLE_LINKS and j + 1 < len(doc):
            j += 1
        else:
            break
    return last


def longer_index_names(spans: list[Span], index: NameIndex, german: bool) -> list[Span]:
    """ "FTSE" "100": a span the index knows a longer name of, with the words after it,
    is that name ("FTSE 100"), with the index's label."""
    if not spans:
        return spans
    doc = spans[0].doc
    out = list(spans)
    for span in spans:
        if span.label_ not in ("PER", "ORG", "LOC", "MISC"):
            continue
        limit = index.span_limit(span[0].text, german=german)
        # the limit counts words; "Co-operation" is three tokens
        stop, words = span.start, 0
        while stop < len(doc) and words < limit:
            words += 1 if doc[stop].whitespace_ or stop + 1 == len(doc) else 0
            stop += 1
        for end in range(stop, span.end, -1):
            entry = index.get(doc[span.start : end].text)
            if entry is not None and entry.is_entity and (entry.strong or _town_at(entry, span)):
                out = [s for s in out if s.end <= span.start or s.start >= end]
                out.append(Span(doc, span.start, end, label=entry.label))
                break
    return out


# the words between a town's name and its river's or landscape's in the town's own name
_TOWN_AT_WORDS = (" an der ", " am ", " im ", " in der ", " ob der ", " bei ")


def _town_at(entry: Entry, span: Span) -> bool:
    """ "Bruck an der Leitha" after the model's "Bruck": a town the index knows whole, by
    the words that tie it to its river (a town alone is no strong name)."""
    return (
        entry.source == "city"
        and entry.label == "LOC"
        and span.label_ == "LOC"
        and any(link in entry.name for link in _TOWN_AT_WORDS)
    )


def looks_like_an_organisation(name: str) -> bool:
    """ "National Assembly", "Cobalt Ridge Mining", "Moslemsolidaritätskomitee": the
    last word (in English, the word before "of") is one organisations' names end in."""
    last = english_head(name)
    first = name.split()[0]
    return (
        last in EN_ORG_HEADS
        or last in _EN_BODIES
        or bool(_ORG_HEAD.search(last.lower()))
        or (first in ORG_FIRST and " " in name)  # "Banca Alpina Veneta"
    )


def english_organisation_or_place(name: str) -> bool:
    """ "Stoke City", "Heaton Moor", "Network Rail": the last word says what it names."""
    last = name.split()[-1]
    return (
        looks_like_an_organisation(name)
        or last in EN_PLACE_HEADS
        or last in _CLUB_WORDS
        or _TURKISH_CLUB.match(last) is not None
    )


def german_organisation_or_place(name: str) -> bool:
    """ "Bremer Landesbank", "Yellowstone-Nationalpark": the last word says what it names."""
    last = name.split()[-1].lower()
    return bool(_ORG_HEAD.search(last) or _PLACE_HEAD.search(last) or _SEATED.match(last.title()))


def joined_by_and(doc: Doc, spans: list[Span], index: NameIndex) -> list[Span]:
    """English names with "and" inside, which the model cuts: "Scottish" "and"
    "Southern Energy", "Canadian Manufacturers" "and" "Exporters association", and a
    proper noun before an organisation ("Caledonian" "MacBrayne")."""
    covered = covered_tokens(doc, spans)
    starts = {s.start: s for s in spans}
    out: list[Span] = []
    drop: set[int] = set()
    for span in sorted(spans, key=lambda s: s.start):
        if id(span) in drop:
            continue
        start, end = span.start, span.end
        if span.label_ == "ORG" and start > 0 and not covered[start - 1]:
            before = doc[start - 1]
            if (
                before.tag_ in ("NNP", "NNPS")
                and before.text[:1].isupper()
                and before.is_alpha
                and not index.is_title(before.text)  # "Ms Sandhu" is no organisation
                # "Local Fianna Fáil TD …": a sentence's first word before a listed name
                and not (before.is_sent_start and _listed_whole(index, span.text))
            ):
                start -= 1  # "Caledonian MacBrayne"
            elif (
                before.lower_ == "and"
                and start > 1
                and not covered[start - 2]
                and doc[start - 2].text[:1].isupper()
                and doc[start - 2].tag_ in ("JJ", "NNP")
                and not _is_place(index, span.text)
                and not _is_place(index, doc[start - 2].text)
            ):
                start -= 2  # "Scottish and Southern Energy" (the adjective alone was cut)
        if end + 1 < len(doc) and doc[end].lower_ == "and":
            right = starts.get(end + 1)
            adjective = span.label_ == "MISC" and len(span) == 1
            if right is not None and right.label_ == "ORG" and adjective:
                drop.add(id(right))  # "Scottish and Southern Energy"
                end = right.end
            elif right is not None and _one_body_with_and(span, right, index):
                drop.add(id(right))  # "Canada Mortgage and Housing Corp."
                end = right.end
            elif right is None and span.label_ == "ORG" and len(span) > 1:
                j = end + 1
                while j < len(doc) and not covered[j] and doc[j].text[:1].isupper():
                    j += 1
                if j > end + 1 and j < len(doc) and doc[j].is_lower and doc[j].is_alpha:
                    end = j  # "Canadian Manufacturers and Exporters association"
        label = "ORG" if end != span.end else span.label_
        out.append(span if (start, end) == (span.start, span.end) else Span(doc, start, end, label))
    return out


def _listed_whole(index: NameIndex, text: str) -> bool:
    entry = index.find(text, german=False)
    return entry is not None and entry.is_entity and entry.source == "list"


def _one_body_with_and(left: Span, right: Span, index: NameIndex) -> bool:
    """ "Canada Mortgage" "and" "Housing Corp.", "Fisheries" "and" "Oceans Canada",
    "National Highways" "and" "Motorway Police": two halves of one body's name, the
    second ending in what the body is (or in its country, after a plural remit), and
    neither half a name of its own."""
    if left.label_ != "ORG" or right.label_ != "ORG":
        return False
    if left[-1].text.rstrip(".") in EN_ORG_HEADS:
        return False  # "Salford City Council and Stockport Council": two bodies
    if index.find(left.text, german=False) is not None:
        return False
    if index.find(right.text, german=False) is not None:
        return False
    last = right[-1].text.rstrip(".")
    if last in EN_ORG_HEADS and len(right) > 1:
        return True
    country = index.get(right[-1].text)
    return (
        country is not None
        and country.source == "country"
        and len(right) == 2
        and left[-1].text.endswith("s")  # "Fisheries", "Oceans": a remit in the plural
        and right[0].text.endswith("s")
    )


def _is_place(index: NameIndex, name: str) -> bool:
    entry = index.get(name)
    return entry is not None and entry.label == "LOC"


def _camel_head(word: str) -> bool:
    """ "ScotRail", "EasyJet"-like names whose second part is an organisation's word."""
    for head in ("Rail", "Air", "Bank", "Energy"):
        if word.endswith(head) and len(word) > len(head) + 1 and word[-len(head) - 1].islower():
            return True
    return False


def organisation_of_place(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """ "Sicherheitsrat Japans", "Moslemrats Großbritanniens": an organisation's noun
    and the country in the genitive are one organisation's name."""
    by_start = {s.start: s for s in spans}
    covered = covered_tokens(doc, spans)
    out = list(spans)
    for i in range(len(words) - 1):
        word = words[i]
        place = by_start.get(i + 1)
        if (
            covered[i]
            or place is None
            or place.label_ != "LOC"
            or len(place) != 1
            or not place.text.endswith("s")
            or not word[:1].isupper()
            or not _ORG_HEAD.search(word)
        ):
            continue
        out.remove(place)
        out.append(Span(doc, i, place.end, label="ORG"))
    return out


def capitals_before(spans: list[Span]) -> list[Span]:
    """ "AMNESTY INTERNATIONAL Deutschland": a name written in capitals that the model
    cut after its first capitalised word."""
    if not spans:
        return spans
    doc = spans[0].doc
    ends = {s.end for s in spans}
    out = []
    for span in spans:
        start = span.start
        if span.label_ == "ORG" and _capitals(span[0].text):
            while start > 0 and _capitals(doc[start - 1].text) and start not in ends:
                start -= 1
        out.append(span if start == span.start else Span(doc, start, span.end, label="ORG"))
    return out


def _capitals(word: str) -> bool:
    return len(word) >= 3 and word.isalpha() and word.isupper()


def _known_place(index: NameIndex, span: Span, words: frozenset[str]) -> bool:
    """A place the index knows that is no one's name and no English word ("Salt"), or
    one its head says is a place."""
    entry = index.get(span.text)
    if entry is not None:
        return (
            entry.label == "LOC"
            and not entry.flags & {"given", "surname"}
            # WordNet knows "perth" too: a city of millions is the city
            and (span.text.lower() not in words or "major" in entry.flags)
        )
    return len(span) > 1 and span[-1].text in EN_PLACE_ONLY_HEADS


def places_run_together(spans: list[Span], index: NameIndex, words: frozenset[str]) -> list[Span]:
    """ "Apapa and Calabar", "Taganrog in Rostov Oblast", "Perth with Inverness": two
    places the model read as one name are two, where one of them is a place for sure (a
    known one, or one a place's head ends; both after "with" or "to") and the whole is
    nothing the index knows ("Trinidad and Tobago"); so are two bodies after an acronym
    or a possessive and two people of one word each, joined by "and"."""
    out: list[Span] = []
    for span in spans:
        joins = [t.i for t in span[1:-1] if t.lower_ in ("and", "in", "with", "to")]
        # "the CHIPS and Science Act": one law, whatever its first name is
        if len(joins) != 1 or index.get(span.text) is not None or span[-1].text in _LAW_WORDS:
            out.append(span)
            continue
        doc, k = span.doc, joins[0]
        left, right = doc[span.start : k], doc[k + 1 : span.end]
        if not (left[0].text[:1].isupper() and right[0].text[:1].isupper()):
            out.append(span)
            continue
        if doc[k].lower_ == "and":
            split = (
                len(left) == 1
                and len(right) == 1
                and (_known_place(index, left, words) or _known_place(index, right, words))
            )
            labels = ("LOC", "LOC")  # listed with a place, a place too
            if not split and (
                # "FABI and First Cisl", "Moody's and S&P Global Ratings": an acronym or
                # a possessive name ends the first of two bodies
                (len(left) == 1 and left.text.isupper() and left.text.isalpha())
                or left[-1].text in ("'s", "’s")
                # "Claudius and Nero": two people
                or (span.label_ == "PER" and len(left) == 1 and len(right) == 1)
            ):
                split, labels = True, (span.label_, span.label_)
        elif doc[k].lower_ in ("with", "to"):  # "Perth with Inverness", "Dublin to Belfast"
            split = _known_place(index, left, words) and _known_place(index, right, words)
            labels = ("LOC", "LOC")
        else:
            split = (
                _known_place(index, right, words)
                and not looks_like_an_organisation(left.text)
                and not any(t.lower_ in ("of", "for") for t in left)
            )
            labels = ("LOC" if _known_place(index, left, words) else span.label_, "LOC")
        if split:
            out.append(Span(doc, left.start, left.end, label=labels[0]))
            out.append(Span(doc, right.start, right.end, label=labels[1]))
        else:
            out.append(span)
    return out


def replace_overlapping(spans: list[Span], found: list[Span]) -> list[Span]:
    """The found names in place of the spans they overlap."""
    if not found:
        return spans
    kept = [s for s in spans if not any(f.start < s.end and s.start < f.end for f in found)]
    return kept + found
