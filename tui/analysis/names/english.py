"""What English names say of themselves, beyond the model's label: the noun after a
name ("the Verdi union"), a point of the compass before a town, a place's people
("Queenslanders"), the head of a thing's name ("Academy Awards"), a storm, a dateline.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from tui.analysis.names.heads import (
    EN_ORG_HEADS,
    EN_PLACE_HEADS,
    EN_PLACE_ONLY_HEADS,
    LOCAL_UNITS,
    ROAD_WORDS,
    STATE_ABBREVIATIONS,
    STORM_GRADES,
    STORM_WORDS_EN,
)
from tui.analysis.names.index import NameIndex
from tui.analysis.names.patterns import (
    english_head,
    looks_like_an_organisation,
    replace_overlapping,
)
from tui.analysis.names.sure_labels import INTERSTATE

# a lower-case noun after a name that says what the name is: "the Verdi union"
_ORG_NOUNS = frozenset(
    {
        "union",
        "party",
        "company",
        "firm",
        "group",
        "bank",
        "airline",
        "carrier",
        "broadcaster",
        "newspaper",
        "agency",
        "chain",
        "retailer",
        "club",
        "charity",
        "regulator",
        "insurer",
        "lender",
        "chipmaker",
        "carmaker",
        "startup",
    }
)
_COMPASS = frozenset(
    {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"}
)


# a lower-case noun before a name that says what the name is: "the law firm Hallam
# Pryor", "the passenger group Transport Focus", "the digital lender Nubank"
_ORG_NOUNS_BEFORE = _ORG_NOUNS | frozenset(
    {"alliance", "coalition", "consortium", "broker", "brokerage", "housebuilder"}
    | {"housebuilders", "publisher", "label", "watchdog", "pollster", "operator", "band"}
)
# the plural before a list of bodies: "the retailers Shoprite and Woolworths", "roasters
# such as 3 Corações and Melitta"
_ORG_PLURALS_BEFORE = frozenset(
    {
        "retailers", "companies", "firms", "banks", "airlines", "carriers", "insurers",
        "lenders", "miners", "roasters", "brands", "clubs", "broadcasters", "chains",
        "operators", "carmakers", "automakers", "startups", "exporters", "manufacturers",
        "supermarkets", "publishers", "parties", "unions", "charities", "groups",
    }
)  # fmt: skip
# a name in apposition with a body's kind: "Embrapa, the state-owned agricultural research
# corporation,"
# what a firm or a band is, after a place's name too ("the Winnipeg bus maker")
_TRADES = frozenset(
    {"maker", "manufacturer", "shipyard", "shipbuilder", "label", "publisher", "operator"}
    | {"brewery", "distillery", "supermarket", "band", "orchestra", "choir"}
)
_ORG_NOUNS_IN_APPOSITION = _ORG_NOUNS | frozenset(
    {"corporation", "conglomerate", "institute", "organisation", "organization", "utility"}
    | {"authority", "ministry", "department", "council", "foundation", "association"}
    | _TRADES
)
# a people named by the noun after it: "the Gundungurra and Darug peoples"
_PEOPLE_NOUNS_AFTER = frozenset({"people", "peoples", "tribe", "tribes", "nation", "clan"})


# a lower-case noun after a name that makes it a place: "the Chapora river", "Pernem
# taluka", "Zhejiang province"
_PLACE_NOUNS_AFTER = frozenset(
    {
        "river", "district", "province", "county", "region", "valley", "village", "island",
        "islands", "lake", "peninsula", "taluka", "municipality", "prefecture", "township",
        "governorate", "canton", "archipelago", "estuary", "delta", "basin", "glacier",
        # more units, and plurals after a list ("the Neapolis and Agia Trias neighbourhoods")
        "kebele", "tehsil", "raion", "voivodeship", "neighbourhoods", "neighborhoods",
        "districts", "provinces",
    }
) | LOCAL_UNITS  # fmt: skip


# a person's age or role after a comma: "Ramesh Chand Nishad, 58,", "Suphachai
# Rattanakorn, vice-chairman of …", "Kittipong Saeheng, an economist"
_PERSON_NOUNS_AFTER = frozenset(
    {
        "chairman", "chairwoman", "vice-chairman", "vice-chairwoman", "vice-president",
        "secretary-general", "director-general", "economist", "spokesman", "spokeswoman",
        "spokesperson", "farmer", "lawyer", "advocate", "professor", "researcher",
        "widow", "mother", "father", "wife", "husband", "daughter", "son", "brother",
        "sister", "grandmother", "grandfather", "resident", "aged",
    }
)  # fmt: skip
_BEFORE_PERSON_NOUN = frozenset({"a", "an", "the", "his", "her", "senior", "former", "local"})


def _age_or_role_after(span: Span) -> bool:
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text not in (",", "("):
        return False
    nxt = doc[span.end + 1]
    if nxt.text.isdigit() and 0 < int(nxt.text) < 111:
        return doc[span.end + 2].text in (",", ")")
    i = span.end + 1
    while i < len(doc) - 1 and doc[i].lower_ in _BEFORE_PERSON_NOUN:
        i += 1
    word = doc[i].lower_
    if i + 2 < len(doc) and doc[i + 1].text == "-":  # the tokenizer splits "vice-chairman"
        word = f"{word}-{doc[i + 2].lower_}"
    return doc[span.end].text == "," and word in _PERSON_NOUNS_AFTER


def typed_by_noun(
    spans: list[Span], key: Callable[[str], str], index: NameIndex | None = None
) -> dict[str, str]:
    """Names the text types itself with the noun after them ("the Verdi union") or
    before them ("the law firm Hallam Pryor"; not "the company Jeff Bezos founded", a
    first name and a surname), and people by the age or role after them."""
    typed: dict[str, str] = {}
    for span in spans:
        doc = span.doc
        after = doc[span.end] if span.end < len(doc) else None
        before = doc[span.start - 1] if span.start > 0 else None
        if (
            span.label_ != "PER"
            and all(t.is_title and t.is_alpha for t in span)
            and len(span) < 4
            and _age_or_role_after(span)
        ):
            typed[key(span.text)] = "PER"
        elif (after is not None and after.lower_ in _ORG_NOUNS and after.text.islower()) or (
            before is not None
            and before.text in _ORG_NOUNS_BEFORE
            and (span.start < 2 or doc[span.start - 2].text not in ("'s", "’s"))
            and not (
                index is not None
                and len(span) > 1
                and index.is_given_name(span[0].text)
                and index.is_surname(span[-1].text)
            )
        ):
            typed[key(span.text)] = "ORG"
        elif _after_a_plural_of_bodies(span) or _in_apposition_with_a_body(span):
            # "the retailers Shoprite and Woolworths": the list after the first too
            _type_all(typed, key, "ORG", [span, *_listed_after(span, spans)])
        elif (
            after is not None
            and after.text in _PEOPLE_NOUNS_AFTER
            and all(t.is_title and t.is_alpha for t in span)
            # "the Darug people", "the Gundungurra and Darug peoples"; not "Pacific people"
            and (after.text.endswith("s") or (before is not None and before.lower_ == "the"))
        ):
            # "the Gundungurra and Darug peoples": the list before the last too
            _type_all(typed, key, "MISC", [span, *_listed_before(span, spans)])
        elif (
            after is not None
            and after.text in _PLACE_NOUNS_AFTER
            and (span.end + 1 >= len(doc) or doc[span.end + 1].text != "'s")
        ):
            # "the Neapolis and Agia Trias neighbourhoods": a plural types the list before
            listed = _listed_before(span, spans) if after.text.endswith("s") else []
            _type_all(typed, key, "LOC", [span, *listed])
    return typed


def _type_all(
    typed: dict[str, str], key: Callable[[str], str], label: str, spans: list[Span]
) -> None:
    for span in spans:
        typed[key(span.text)] = label


def _after_a_plural_of_bodies(span: Span) -> bool:
    doc = span.doc
    i = span.start - 1
    if i > 1 and doc[i].text == "as" and doc[i - 1].text == "such":
        i -= 2
    return i >= 0 and doc[i].text in _ORG_PLURALS_BEFORE


def _in_apposition_with_a_body(span: Span) -> bool:
    """ "Embrapa, the state-owned agricultural research corporation,": a comma, an
    article, at most five lower-case words, a body's kind noun, then a stop."""
    doc = span.doc
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("the", "a", "an"):
        return False
    named = False  # a capitalised word between: "the Winnipeg bus maker"
    for j in range(i + 2, min(i + 8, len(doc))):
        word = doc[j]
        if word.text in _ORG_NOUNS_IN_APPOSITION:
            if named and word.text not in _TRADES:
                return False  # "Kadavu, the Lau group", "…, the Hidalgo County health authority"
            # "New Flyer, the Winnipeg bus maker.", "Dockside Sound, a small label in
            # Birkenhead"
            return j + 1 == len(doc) or doc[j + 1].text in (",", ".", ";", ")", "in", "from")
        named = named or word.is_title
        if word.is_stop or not (word.text.islower() or word.text == "-" or word.is_title):
            return False  # "Tom Hargreaves, a consumer analyst at the bank"
    return False


def _listed_after(span: Span, spans: list[Span]) -> list[Span]:
    """The names listed after `span` ("`span`, B and C")."""
    return _listed(span, spans, after=True)


def _listed_before(span: Span, spans: list[Span]) -> list[Span]:
    """The names listed before `span` ("A, B and `span`"), nearest last."""
    return _listed(span, spans, after=False)


def _listed(span: Span, spans: list[Span], *, after: bool) -> list[Span]:
    """The names joined to `span` by commas, "and" or "or", on one side of it."""
    doc = span.doc
    by_edge = {(s.start - 1 if after else s.end): s for s in spans}
    out: list[Span] = []
    edge = span.end if after else span.start - 1
    while 0 < edge < len(doc) - 1 and doc[edge].lower_ in (",", "and", "or"):
        member = by_edge.get(edge)
        if member is None:
            break
        out.append(member)
        edge = member.end if after else member.start - 1
    return out


def _town_and_nickname(words: list[str], index: NameIndex) -> bool:
    """A place and a club's plural nickname the clubs list holds ("Steelers"), not a
    place's people ("Falkland Islanders")."""
    if not 2 <= len(words) <= 3 or not words[-1].endswith("s") or words[-1] in _PEOPLES_TOO:
        return False
    nickname, town = index.get(words[-1]), index.get(" ".join(words[:-1]))
    return (
        nickname is not None
        and nickname.label == "ORG"
        and nickname.source == "list"
        and town is not None
        and town.label == "LOC"
    )


_PEOPLES_TOO = frozenset({"Islanders", "Highlanders"})


def english_label(
    key: str, label: str, index: NameIndex, typed: str | None, dateline: bool | None = None
) -> str:
    """What English names say of themselves: "the Verdi union" is an organisation,
    "West Kelowna" a place (a point of the compass and a town). `dateline` is None for a
    name that opens no paragraph in capitals, True where a date or an agency follows it."""
    known = index.get(key)
    words = key.split()
    if (
        len(words) > 1
        and words[-1] in ("Islanders", "Islander")
        and _a_place(" ".join(words[:-1]) + " Islands", index)
    ):
        return "MISC"  # "Cook Islanders", "Solomon Islanders": the islands' people
    if (
        typed is not None
        and label != typed
        and (typed == "ORG" or label != "MISC")
        and (known is None or not known.strong)
    ):
        return typed
    if label == "PER" and len(words) > 1 and known is None:
        country = index.get(words[-1])
        if country is not None and country.source == "country" and country.strong:
            return "ORG"  # "Williamson Tea Kenya", "MTN Uganda": a firm's branch in a country
    if label != "ORG" and known is None and _town_and_nickname(words, index):
        return "ORG"  # "the Sheffield Steelers", "the Fife Flyers": a club
    if (
        label in ("LOC", "PER")
        and len(words) > 1
        and (known is None or not known.strong)
        and english_head(key) in _BODY_HEADS
    ):
        return "ORG"  # "Keren Kayemeth LeIsrael-Jewish National Fund", "Africa Centres for …"
    if (
        label in ("LOC", "ORG")
        and len(words) == 2
        and _SLAVIC_OR_TURKIC_SURNAME.search(words[1])
        and known is None
        and index.get(words[1]) is None
        and words[0].istitle()
        and words[0].isalpha()
    ):
        return "PER"  # "Serik Zhanabayev": "Serik" is a Turkish town too
    if label != "ORG" and _acronym_as_a_word(key, index):
        return "ORG"  # "Uefa", "Nasa", "Unesco": a listed acronym, written as a word
    if label in ("PER", "ORG") and len(words) == 2 and words[0] in _COMPASS:
        town = index.get(words[1])
        if town is not None and town.label == "LOC":
            return "LOC"
    if (
        label in ("PER", "ORG")
        and len(words) == 2
        and words[1] in ("North", "South", "East", "West")
        and known is None
        and not index.is_given_name(words[0])  # "Oliver North"
        and not words[0].isupper()  # "JR West", "NFC North"
    ):
        return "LOC"  # "Kavango East": a region named by its point of the compass
    if label == "PER" and len(words) > 1 and known is None:
        first = index.get(words[0])
        if (
            first is not None
            and first.label == "LOC"
            # "Gary Tench", "Rosa Valcárcel" (not "London Euston": a great city's station)
            and (not index.is_given_name(words[0]) or "major" in first.flags)
            and not index.is_surname(words[-1])
            and not _SLAVIC_OR_TURKIC_SURNAME.search(words[-1])  # "Serik Zhanabayev"
        ):
            return "LOC"  # "Manchester Piccadilly": a place in a town
    if (
        label in ("ORG", "PER")
        and len(words) == 2
        and words[0] in _SIZE_WORDS
        and words[1].istitle()
        and known is None
        and words[1] not in EN_ORG_HEADS
        and words[1] not in ("House", "Chamber", "Court", "Council")
        and not index.is_title(words[1])  # "The Little Prince", a book
    ):
        return "LOC"  # "the Small Aral", "Upper Galilee": a part of a place by its size
    if len(words) == 2 and words[0] in ("Co", "Co.") and words[1].istitle():
        return "LOC"  # "Co Laois", "Co. Kerry": an Irish county
    if len(words) == 2 and words[0] in _PLACE_WORDS_FIRST and words[1].istitle():
        return "LOC"  # "River Main", "Lake Turkana", "Mount Kenya"
    if _COP.match(key) or storm_name(key):
        return "MISC"  # "COP31": a conference; "Hurricane Perrin": a storm
    if dateline is not None and key.replace(" ", "").replace("-", "").isalpha() and len(key) > 2:
        city = index.get(key.title()) or index.get(_as_a_place_writes_it(key))
        if city is not None and city.label == "LOC":
            return "LOC"  # "MILAN", "RIO DE JANEIRO": a dateline's city
        if dateline and (city is None or not city.is_entity):
            return "LOC"  # "SALALAH, Nov 11 -": a date after it, a town no list knows
    if label != "MISC" and known is None and _demonym_of_a_place(key, index):
        return "MISC"
    if (
        label == "LOC"
        and key.isalpha()
        and key.isupper()
        and len(key) > 2
        and known is None
        and index.get(key.title()) is None
    ):
        return "ORG"  # "ECCC": an acronym the index does not know as a place
    if (
        label != "MISC"
        and english_head(key) in _EN_MISC_HEADS
        and len(words) > 1
        and (known is None or not known.strong)  # "Foreign Policy", the magazine
    ):
        return "MISC"  # "Academy Awards", "Venice Film Festival", "Renters Bill"
    if (
        label != "ORG"
        and known is None
        and len(words) > 1
        and (
            words[-2:] in (["Cruise", "Line"], ["Cruise", "Lines"])
            or (words[0] == "Air" and _a_place(" ".join(words[1:]), index))
        )
    ):
        return "ORG"  # "Carnival Cruise Line"; "Air Rarotonga", "Air New Zealand": airlines
    if label == "ORG" and english_head(key) in ("Project", "Incentive") and known is None:
        return "MISC"  # "Malawi Resilience … Project"; a dam's project may be its place
    return label


# the head of a body's name, never of a place's or a person's (347 of the gold's forms
# with one of them are organisations, none a place)
_BODY_HEADS = frozenset(
    {"Fund", "Foundation", "Institute", "Institutes", "Ministry", "Agency", "Authority"}
    | {"Association", "Society", "Organisation", "Organization", "Federation"}
    | {"Corporation", "Company", "Centres", "Centers", "Bureau", "Commission"}
    # "Wetlands International", "Amnesty International": the word ends only bodies
    | {"International"}
)
# surnames of the former Soviet Union in English spelling: "Zhanabayev", "Tokayev",
# "Kovalenko", "Bekmukhambetova", "Nurlanuly"
_SLAVIC_OR_TURKIC_SURNAME = re.compile(
    r"[a-z](?:ayev|ayeva|iyev|iyeva|yev|yeva|enko|uly|kyzy|ovich|ovna|evich|evna|bekov|bekova)$"
    r"|[a-z][^aeiou](?:ov|ova)$"
)
# a place's part named by its size or height: "Small Aral", "Greater Manchester"
_SIZE_WORDS = frozenset({"Small", "Little", "Great", "Greater", "Upper", "Lower", "Inner", "Outer"})
_COP = re.compile(r"^(?:COP|Cop) ?\d+$")
_PLACE_WORDS_FIRST = frozenset({"River", "Lake", "Mount", "Mt", "Mt."})  # not "Gulf Air"


def storm_name(key: str) -> bool:
    """ "Hurricane Perrin", "Super Typhoon Rolly": a storm's name (not the "National
    Hurricane Center")."""
    words = key.split()
    for k, word in enumerate(words[:-1]):
        if word in STORM_WORDS_EN:
            return all(w in STORM_GRADES for w in words[:k])
    return False


# English demonyms: the place and what its people are called ("Queenslanders")
_DEMONYM_ENDINGS = (
    ("ers", ""),
    ("er", ""),
    ("ians", "ia"),
    ("ian", "ia"),
    ("ans", "a"),
    ("an", "a"),
    ("ns", ""),
    ("n", ""),
    ("is", ""),
)
# the head of an English name of a thing or an event
_EN_MISC_HEADS = frozenset(
    {
        "Awards",
        "Award",
        "Prize",
        "Festival",
        "Cup",
        "Trophy",
        "Games",
        "Olympics",
        "Championships",
        "Bill",
        "Law",  # "Town and Country Planning Law", "Law on Protection of Cultural Heritage"
        "Treaty",
        "Accord",
        "Amendment",
        "Marathon",
        "Prix",
        "Liga",
        "Index",
        "Scheme",
        "Initiative",
        "Compact",
        "Doctrine",
        "Convention",
        "Policy",
        "Plan",
        "Programme",
        "Strategy",
        "Pact",
        "Protocol",
        "Collider",
        "Telescope",
        # a spacecraft's instruments: "Coastal Hyperspectral Imager", "Ocean Color Instrument"
        "Imager",
        "Instrument",
        "Spectrometer",
        "Radiometer",
        "Spectrograph",
        "Medal",
        "Open",
        "Conference",
        "Report",
        # US spellings and more events and agreements: "Pilgrim Experience Program",
        # "Urban Resilience Exercise", "Rolex Middle Sea Race", "County Championship"
        "Program",
        "Exercise",
        "Exercises",
        "Agreement",
        "Conventions",
        "Charter",
        "Declaration",
        "Race",
        "Regatta",
        "Rally",
        "Championship",
        "Tournament",
        "Summit",
        # EU law: "Habitats Directive", "EU Deforestation Regulation"
        "Directive",
        "Regulation",
        "Array",  # "Square Kilometre Array", a telescope
    }
)


def _acronym_as_a_word(name: str, index: NameIndex) -> bool:
    """ "Uefa", "Nasa": British style writes a listed organisation's acronym of four
    letters or more as a word."""
    if len(name) < 4 or not name.isalpha() or not name.istitle() or index.get(name):
        return False
    entry = index.get(name.upper())
    return entry is not None and entry.label == "ORG" and entry.source == "list"


def _a_place(name: str, index: NameIndex) -> bool:
    entry = index.get(name)
    return entry is not None and entry.label == "LOC"


def _demonym_of_a_place(name: str, index: NameIndex) -> bool:
    """ "Queenslanders", "New Zealander", "Pennsylvanians": a place's people."""
    if not name.endswith(("er", "ers", "an", "ans", "ns", "is")) or not name[:1].isupper():
        return False
    for ending, replacement in _DEMONYM_ENDINGS:
        if name.endswith(ending):
            entry = index.get(name[: -len(ending)] + replacement)
            if entry is not None and entry.label == "LOC" and entry.strong:
                return True
    return False


@functools.cache  # the name component and the judge share them
def english_words(tables: Path | None) -> frozenset[str]:
    """The words of the English pipeline's lemmatizer tables (WordNet's nouns, verbs and
    adjectives, lower case): what "Turnout" at a sentence's start is, if not a name."""
    if tables is None:
        return frozenset()
    from spacy.lookups import Lookups

    try:
        index = Lookups().from_disk(tables).get_table("lemma_index")
    except (OSError, KeyError, ValueError):
        return frozenset()
    return frozenset(word for words in index.values() for word in words if word.isalpha())


# words of an English role that stand between a body and its officer
_ROLE_WORDS = frozenset(
    {"Chief", "Executive", "CEO", "Chairman", "Chairwoman", "Chair", "Director"}
    | {"Managing", "Spokesman", "Spokeswoman", "Founder", "Head", "Officer", "Financial"}
)


def split_at_role(span: Span, index: NameIndex) -> list[Span] | None:
    """ "Halvora Chief Executive Mette Kjærgaard": a body, a role and a person the
    model took as one name; the body and the person are two, the role neither."""
    doc = span.doc
    for i in range(span.start + 1, span.end - 1):
        if not (doc[i].text in _ROLE_WORDS or index.is_title(doc[i].text)):
            continue
        j = i
        while j < span.end and (doc[j].text in _ROLE_WORDS or index.is_title(doc[j].text)):
            j += 1
        if j == span.end or not index.is_given_name(doc[j].text) or span.end - j > 3:
            return None
        entry = index.get(doc[span.start : i].text)
        label = entry.label if entry is not None and entry.is_entity else "ORG"
        return [
            Span(doc, span.start, i, label=label),
            Span(doc, j, span.end, label="PER"),
        ]
    return None


# the small words inside a place's name ("Rio de Janeiro", "Port of Spain")
_PLACE_SMALL_WORDS = frozenset(
    {"de", "da", "do", "dos", "das", "del", "la", "le", "el", "of", "on"}
)


def _as_a_place_writes_it(capitals: str) -> str:
    """ "RIO DE JANEIRO" -> "Rio de Janeiro"."""
    words = capitals.lower().split()
    return " ".join(
        w if i and w in _PLACE_SMALL_WORDS else w.capitalize() for i, w in enumerate(words)
    )


# the last word of a street's name
# places named after someone: "Arthur's Pass", "St John's Point" (not "Britain's Island
# communities": a place's own land or waters)
_NAMED_PLACE_HEADS = frozenset({"Pass", "Bay", "Cove", "Creek", "Point", "Peak", "Island"})
_STREET_HEADS = frozenset(
    {"Street", "Road", "Lane", "Avenue", "Square", "Walk", "Way", "Drive", "Place", "Quay"}
    | {"Wharf", "Row", "Terrace", "Parade", "Green", "Hill", "Boulevard", "Crescent"}
    | _NAMED_PLACE_HEADS
)


def possessive_streets(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex
) -> list[Span]:
    """ "on Gentleman's Walk", "St Benedict's Street", "near Arthur's Pass": a name, "'s"
    and a street's or a place's word are one place (the model stops at the "'s"); so is
    a place the index knows with its "'s" ("St John's")."""
    found: list[Span] = []
    for span in spans:
        after = words[span.end] if span.end < len(words) else ""
        if after in ("'s", "’s") and span.label_ != "PER" and not doc[span.end - 1].whitespace_:
            place = index.get(span.text + after)
            if place is not None and place.label == "LOC" and place.is_entity:
                found.append(Span(doc, span.start, span.end + 1, label="LOC"))  # "St John's"
    for i in range(1, len(words) - 1):
        if words[i] not in ("'s", "’s") or words[i + 1] not in _STREET_HEADS:
            continue
        start = i - 1
        if not words[start][:1].isupper() or not words[start].isalpha():
            continue
        if words[i + 1] in _NAMED_PLACE_HEADS:
            owner = index.get(words[start])
            if owner is not None and owner.is_entity and owner.label != "PER":
                continue  # "Britain's Island communities"
        if start > 0 and words[start - 1] in ("St", "St.", "Saint"):
            start -= 1
        found.append(Span(doc, start, i + 2, label="LOC"))
    return replace_overlapping(spans, found)


_SCHOOLS = frozenset({"College", "School", "Academy", "University", "Hospital"})
_ROAD_ABBREVIATIONS = frozenset({"Hwy", "Hwy.", "Rte", "Rte.", "Hwys"})


def joined_places(doc: Doc, spans: list[Span], words: list[str], index: NameIndex) -> list[Span]:
    """Names the model cut in two: a place and the school named by it ("East Norfolk" +
    "Sixth Form College"), a person and the airport named after him ("Daniel K. Inouye" +
    "International Airport"); and a road by its abbreviation ("off Hwy. 610")."""
    by_start = {s.start: s for s in spans}
    found: list[Span] = []
    for left in spans:
        right = by_start.get(left.end)
        if right is None or not doc[left.end - 1].whitespace_:
            continue
        if left.label_ == "LOC" and right.label_ == "ORG" and right[-1].text in _SCHOOLS:
            found.append(Span(doc, left.start, right.end, label="ORG"))
        elif left.label_ in ("PER", "LOC") and right.text in ("International Airport", "Airport"):
            found.append(Span(doc, left.start, right.end, label="LOC"))
    for i, word in enumerate(words):
        if word not in _ROAD_ABBREVIATIONS:
            continue
        j = i + 2 if i + 1 < len(words) and words[i + 1] == "." else i + 1
        if j < len(words) and _ROAD_NUMBER.match(words[j]):
            found.append(Span(doc, i, j + 1, label="LOC"))
    return replace_overlapping([_line_as_place(s, index) for s in spans], found)


# a railway or a transit line, a place (its operator, "Network Rail", "Sri Lanka
# Railways", "Bangladesh Railway", is a body)
_LINE_HEADS = frozenset({"Railway", "Line"})


def _line_as_place(span: Span, index: NameIndex) -> Span:
    """ "the Trans-Australian Railway", "the Dubai Metro Blue Line", "the Rapid Transit
    System Link": a line is a place."""
    if span.label_ != "ORG" or len(span) < 2:
        return span
    line = span[-1].text in _LINE_HEADS or span[-3:].text == "Transit System Link"
    first = index.get(span[0].text)
    if not line or (first is not None and first.source == "country") or span[0].text in _COMPASS:
        return span
    return Span(span.doc, span.start, span.end, label="LOC")


# the counties whose teams Gaelic games name by the county alone ("Kerry beat Tyrone")
_IRISH_COUNTIES = frozenset(
    {"Antrim", "Armagh", "Carlow", "Cavan", "Clare", "Cork", "Derry", "Donegal", "Down"}
    | {"Dublin", "Fermanagh", "Galway", "Kerry", "Kildare", "Kilkenny", "Laois", "Leitrim"}
    | {"Limerick", "Longford", "Louth", "Mayo", "Meath", "Monaghan", "Offaly", "Roscommon"}
    | {"Sligo", "Tipperary", "Tyrone", "Waterford", "Westmeath", "Wexford", "Wicklow"}
)
_GAELIC_GAMES = frozenset(
    {"hurling", "hurlers", "gaelic", "gaa", "camogie", "all-ireland", "sliotar", "hurley"}
)
# words before a county that make it the county, not its team
_IN_THE_COUNTY = frozenset({"in", "from", "near", "across", "of", "co", "co.", "county", "to"})


def county_teams(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Kerry", "Tipperary" in a report of Gaelic games: the county's team (not "in
    Kerry", "a Tyrone native")."""
    if not any(t.lower_ in _GAELIC_GAMES for t in doc):
        return spans
    out = []
    for span in spans:
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        if (
            span.text in _IRISH_COUNTIES
            and span.label_ != "ORG"
            and before not in _IN_THE_COUNTY
            and after not in ("native", "man", "woman", "-", "county")
        ):
            span = Span(doc, span.start, span.end, label="ORG")
        out.append(span)
    return out


def split_at_preposition(span: Span, index: NameIndex) -> list[Span] | None:
    """ "Weeneebayko General Hospital in Moose Factory", "Ashwem to Arambol": a place
    after "in", or two places of a route, that the model took as one name (not a
    work's title: "Alice in Wonderland" is a thing, MISC)."""
    doc = span.doc
    if span.label_ == "MISC" or len(span) < 3:
        return None
    for i in range(span.start + 1, span.end - 1):
        word = doc[i].text
        if word not in ("in", "to", "on", "at") or not doc[i + 1].text[:1].isupper():
            continue
        if not doc[i - 1].text[:1].isupper():
            return None
        if word in ("on", "at"):
            if doc[span.end - 1].text not in _STREET_HEADS:
                continue  # "Stoke on Trent"
            # "the Norwich Arts Centre on St Benedict's Street": a venue and its street
            return [
                Span(doc, span.start, i, label=span.label_),
                Span(doc, i + 1, span.end, label="LOC"),
            ]
        if word == "in":
            place = index.get(doc[i + 1 : span.end].text)
            if any(t.lower_ in ("for", "of", "and") for t in doc[span.start : i]) and (
                place is None or place.label != "LOC" or place.source == "country"
            ):
                # "Organization for Security and Co-operation in Europe" (not "Ministry
                # of Health in Brasília")
                return None
            headed = doc[i - 1].text in EN_ORG_HEADS or doc[i - 1].text in EN_PLACE_HEADS
            if not headed and (place is None or place.label != "LOC"):
                return None  # "Alice in Wonderland"
            if place is None and doc[span.end - 1].text in _FIELDS:
                return None  # "Centre for Collaborative Research in Tropical Medicine"
            return [
                Span(doc, span.start, i, label=span.label_),
                Span(doc, i + 1, span.end, label="LOC"),
            ]
        before = [t.lower_ for t in doc[max(0, span.start - 4) : span.start]]
        # "from Mandrem and Ashwem to Arambol": the ends of a route are places
        route = span.label_ == "LOC" or ("from" in before and "to" not in before)
        label = "LOC" if route else span.label_
        return [
            Span(doc, span.start, i, label=label),
            Span(doc, i + 1, span.end, label=label),
        ]
    return None


# fields of study and work that end a body's name after "in"
_FIELDS = frozenset(
    {"Medicine", "Science", "Sciences", "Technology", "Engineering", "Research", "Health"}
    | {"Studies", "Economics", "Law", "Education", "Journalism", "Mathematics", "Physics"}
)


def fields_after_in(doc: Doc, spans: list[Span], index: NameIndex) -> list[Span]:
    """ "the Kumasi Centre for Collaborative Research" + "in" + "Tropical Medicine": a
    field of study after a body's name and "in" is the end of that name, not a place
    (whether the model found the field or not, and whatever it called a name that is a
    centre "for" something)."""
    by_start = {s.start: s for s in spans}
    covered = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    skip: set[int] = set()
    for span in sorted(spans, key=lambda s: s.start):
        if span.start in skip:
            continue
        end = _field_end(doc, span.end + 1, by_start, covered)
        if (
            end is not None
            and (span.label_ == "ORG" or any(t.lower_ == "for" for t in span))
            and span.end < len(doc)
            and doc[span.end].text == "in"
            and index.get(doc[span.end + 1 : end].text) is None
        ):
            skip.add(span.end + 1)
            span = Span(doc, span.start, end, label="ORG")
        out.append(span)
    return out


def _field_end(doc: Doc, start: int, by_start: dict[int, Span], covered: set[int]) -> int | None:
    """The end of a field of study's capitalised words from `start` ("Tropical Medicine"):
    the model's span there, or up to three words that no other span holds."""
    field = by_start.get(start)
    if field is not None:
        end = field.end
    else:
        end = start
        while (
            end < len(doc)
            and end - start < 3
            and end not in covered
            and doc[end].text[:1].isupper()
        ):
            end += 1
    if end == start or not all(t.text[:1].isupper() for t in doc[start:end]):
        return None
    return end if doc[end - 1].text in _FIELDS else None


def split_between_places(span: Span, index: NameIndex) -> list[Span] | None:
    """ "the Oceania–Europe service", "Colón on the Atlantic": two places the index knows,
    joined by a dash or by "on the", that the model took as one name."""
    doc = span.doc
    for i in range(span.start + 1, span.end - 1):
        word = doc[i].text
        if word in ("–", "—"):
            right = i + 1
        elif word == "on" and doc[i + 1].lower_ == "the" and i + 2 < span.end:
            right = i + 2
        else:
            continue
        left_entry = index.get(doc[span.start : i].text)
        right_entry = index.get(doc[right : span.end].text)
        if (
            left_entry is not None
            and right_entry is not None
            and left_entry.label == right_entry.label == "LOC"
            and (word != "on" or left_entry.source != "country")
        ):
            return [Span(doc, span.start, i, label="LOC"), Span(doc, right, span.end, label="LOC")]
    return None


# the heads of bodies named by a list: "Argyll and Bute Council", "the Rural Affairs and
# Islands Committee", "England and Wales Cricket Board"
_LISTED_BODY_HEADS = frozenset(
    {"Council", "Committee", "Commission", "Authority", "Board", "Trust", "Executive"}
)


def bodies_of_listed_names(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """ "Newry, Mourne and Down District Council", "Derry City and Strabane District
    Council": a body's head after capitalised words joined by commas and one "and" is one
    name, which the model cuts at the "and"."""
    found: list[Span] = []
    for i, word in enumerate(words):
        if word not in _LISTED_BODY_HEADS or i < 3:
            continue
        start = _capitalised_run_start(doc, i)
        if start == i or start < 2 or words[start - 1] != "and":
            continue
        start = _capitalised_run_start(doc, start - 1)
        if start == i or words[start] == "and":
            continue
        while start > 2 and words[start - 1] == ",":
            before = _capitalised_run_start(doc, start - 1)
            if before != start - 2 or doc[before - 1 : before].text[:1].isupper():
                break  # one word each ("Newry, Mourne and Down"), not "… Eilean Siar, Argyll"
            start = before
        if any(w in _LISTED_BODY_HEADS for w in words[start:i]):
            continue  # "Salford City Council and Stockport Council": two bodies
        if any(s.start <= start and s.end > i + 1 for s in spans):
            continue  # "the Securities and Exchange Board of India", found whole
        found.append(Span(doc, start, i + 1, label="ORG"))
    return replace_overlapping(spans, found)


def _capitalised_run_start(doc: Doc, end: int) -> int:
    """Where the capitalised words that end before `end` start (`end` if none); a
    sentence's first word and "The" are not part of them."""
    start = end
    while (
        start > 0
        and doc[start - 1].text[:1].isupper()
        and doc[start - 1].text not in ("The", "A", "An")
        and (doc[start - 1].is_alpha or doc[start - 1].text == "&")
    ):
        start -= 1
        if doc[start].is_sent_start:
            break
    return start


def split_at_kind_word(span: Span, index: NameIndex, words: frozenset[str]) -> list[Span] | None:
    """ "the Winnipeg collective Prairie Ghost Choir": a place, a lower-case English word
    for a kind and a name, which the model took as one; the place and the name are two."""
    doc = span.doc
    if len(span) < 3 or span.label_ == "PER":
        return None
    for t in span[1:-1]:
        # a kind's word ("collective", "band", "outfit"), not a name's particle ("van")
        if not (t.is_lower and t.is_alpha and len(t) > 3 and t.text in words):
            continue
        left, right = doc[span.start : t.i], doc[t.i + 1 : span.end]
        place = index.get(left.text)
        if place is None or place.label != "LOC" or not right[0].text[:1].isupper():
            return None
        if any(not w.text[:1].isupper() for w in right):
            return None
        return [
            Span(doc, left.start, left.end, label="LOC"),
            Span(doc, right.start, right.end, label=span.label_),
        ]
    return None


def split_at_and(span: Span, index: NameIndex) -> list[Span] | None:
    """ "Chinatown and Little Italy", "Gourock and Dunoon", "Fish & Game and Forest &
    Bird": two names the model took as one across "and" (not "Trinidad and Tobago",
    which the index knows whole, nor a body's "Ministry of Finance and Treasury" or
    "Argyll and Bute Council", which end in a body's head)."""
    doc = span.doc
    if span.label_ in ("PER", "MISC") or len(span) < 3:
        return None  # "Salt and Static": an album's title
    ands = [t.i for t in span[1:-1] if t.text == "and"]
    if len(ands) != 1 or any(t.lower_ in ("of", "for", "the", "on") for t in span):
        return None
    i = ands[0]
    left, right = doc[span.start : i], doc[i + 1 : span.end]
    if not (left[-1].text[:1].isupper() and right[0].text[:1].isupper()):
        return None
    if len(left) >= 2 and left[-1].text in _SCHOOLS and right[-1].text in _SCHOOLS:
        # "Bo School and St Francis Secondary School": two schools, each with its head
        return [Span(doc, part.start, part.end, label="ORG") for part in (left, right)]
    if span[-1].text in EN_ORG_HEADS or span[-1].text in EN_PLACE_HEADS:
        return None  # "Derry City and Strabane District Council"
    known = [index.get(part.text) for part in (left, right)]
    ampersands = "&" in left.text and "&" in right.text
    places = all(entry is not None and entry.label == "LOC" for entry in known)
    # "Vodacom and MTN": two names the lists know as such
    listed = all(entry is not None and entry.is_entity and entry.strong for entry in known)
    if not (ampersands or places or listed):
        return None
    return [
        Span(
            doc,
            part.start,
            part.end,
            label=entry.label if entry is not None and entry.is_entity else span.label_,
        )
        for part, entry in zip((left, right), known, strict=True)
    ]


_ROAD_NUMBER = re.compile(r"^\d{1,4}[A-Z]?$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_UK_ROAD = re.compile(r"^[AM]\d{1,4}(?:\(M\))?$")


def numbered_names(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """Names made of a word and a number, which the model leaves: roads ("Interstate
    26", "Highway 97C", "the A9") are places, a climate conference ("COP32") a thing."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    # "I-5" (a thing to the model): an interstate, a road
    out = [Span(doc, s.start, s.end, label="LOC") if INTERSTATE.match(s.text) else s for s in spans]
    for i, text in enumerate(words):
        if i in covered:
            continue
        if (
            text in ROAD_WORDS
            and i + 1 < len(words)
            and i + 1 not in covered
            and _ROAD_NUMBER.match(words[i + 1])
        ):
            out.append(Span(doc, i, i + 2, label="LOC"))
            covered.update((i, i + 1))
        elif (_UK_ROAD.match(text) and i > 0 and words[i - 1].lower() == "the") or (
            INTERSTATE.match(text)
        ):
            out.append(Span(doc, i, i + 1, label="LOC"))  # "the A9", "the M6", "I-5"
        elif _COP.match(text):
            out.append(Span(doc, i, i + 1, label="MISC"))
        elif (
            text in ("Euro", "Euros")
            and not (i > 0 and words[i - 1][:1].isdigit())  # "120 Euro": money
            and i + 1 < len(words)
            and i + 1 not in covered
            and _YEAR.match(words[i + 1])
        ):
            out.append(Span(doc, i, i + 2, label="MISC"))  # "Euro 2032": the championship
            covered.update((i, i + 1))
    covered = {i for s in out for i in range(s.start, s.end)}
    for k, span in enumerate(out):  # "State Highway" "87": the model left the number
        end = span.end
        if (
            span[-1].text in ROAD_WORDS
            and end < len(words)
            and end not in covered
            and _ROAD_NUMBER.match(words[end])
        ):
            out[k] = Span(doc, span.start, end + 1, label="LOC")
            covered.add(end)
    out = [
        Span(doc, s.start, s.end, label="MISC") if _COP.match(s.text) else s for s in out
    ]  # "Cop28", a body to the model
    return [_numbered_street(_road_of(span, words), words, covered) for span in out]


_STREET_WORDS = frozenset({"Street", "Avenue", "Road", "Drive", "Crescent", "Ring", "Lane"})
# what may follow a street's number: "Tampines Street 81, where …", "… Avenue 5 and …"
_AFTER_A_NUMBER = frozenset({",", ".", ";", "and", "or", "in", "on", "near", "where", ")"})


def _numbered_street(span: Span, words: list[str], covered: set[int]) -> Span:
    """ "Tampines Street 81", "Tampines Avenue 5": a street numbered after its word."""
    end = span.end
    if (
        span.label_ != "LOC"
        or span[-1].text not in _STREET_WORDS
        or end >= len(words)
        or end in covered
        or not _ROAD_NUMBER.match(words[end])
        or (end + 1 < len(words) and words[end + 1] not in _AFTER_A_NUMBER)
    ):
        return span
    return Span(span.doc, span.start, end + 1, label="LOC")


_ROAD_NOUNS = frozenset(
    {"motorway", "motorways", "road", "roads", "highway", "autoroute", "carriageway"}
    | {"junction", "northbound", "southbound", "eastbound", "westbound", "toll"}
)


def _road_of(span: Span, words: list[str]) -> Span:
    """ "the A6, A10 and A13 motorways", "on the A10 near Les Ulis": a road the model
    called a body; a road's word in the sentence (an airliner's "A380" has none), or
    a short number after "the"."""
    if span.label_ == "LOC" or len(span) != 1 or not _UK_ROAD.match(span.text):
        return span
    sentence = {t.lower_ for t in span.sent}
    after_the = span.start > 0 and words[span.start - 1].lower() == "the"
    if sentence & _ROAD_NOUNS or (after_the and len(span.text) <= 3):
        return Span(span.doc, span.start, span.end, label="LOC")
    return span


_POSTING_WORDS = frozenset({"post", "posts", "posted", "wrote", "said", "account", "message"})


def platform_x(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """ "said in a post on X": the platform once called Twitter (ORG), a letter otherwise."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for i, word in enumerate(words):
        if (
            word == "X"
            and i not in covered
            and i > 1
            and words[i - 1] == "on"
            and _POSTING_WORDS & set(words[max(0, i - 5) : i - 1])
        ):
            out.append(Span(doc, i, i + 1, label="ORG"))
    return out


_TIME_WORDS = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today"}
    | {"January", "February", "March", "April", "May", "June", "July", "August", "September"}
    | {"October", "November", "December", "Yesterday", "Tomorrow", "Tonight"}
)


_SAINTS = frozenset({"St", "St.", "Saint", "Ste", "Ste."})


def possessive_bodies(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex
) -> list[Span]:
    """ "Alzheimer's Society", "Alzheimer's Research UK": a word, "'s" and a body's name
    are one organisation (the model finds "Society" or "UK" alone), and a saint's with a
    place's head one place ("St Ouen's Bay"); not "Britain's
    Labour Party" or "Google's Cloud Services Group", whose first word is a name of its
    own."""
    by_start = {s.start: s for s in spans}
    out = list(spans)
    for i in range(len(words) - 2):
        if words[i + 1] not in ("'s", "’s") or not words[i][:1].isupper() or not words[i].isalpha():
            continue
        if words[i] in _TIME_WORDS:
            continue  # "Tuesday's Champions League tie"
        saint = i > 0 and words[i - 1] in _SAINTS  # "St George's Cricket Club"
        start = i - 1 if saint else i
        entry = index.get(words[i])
        if not saint and entry is not None and entry.is_entity and entry.label != "ORG":
            continue
        end = i + 2
        while (
            end < len(words) and end - i <= 5 and words[end][:1].isupper() and words[end].isalpha()
        ):
            end += 1
        tail = words[i + 2 : end]
        # "St Ouen's Bay", "St George's Channel": a saint's place
        place = saint and bool(tail) and tail[-1] in EN_PLACE_ONLY_HEADS
        if not tail or not (
            place or tail[-1] in EN_ORG_HEADS or (tail[-1] == "UK" and len(tail) > 1)
        ):
            continue
        inside = [s for s in out if start <= s.start and s.end <= end]
        if (not saint and i in by_start) or any(
            s.start < start < s.end or s.start < end < s.end for s in out
        ):
            continue  # "Google's Cloud Services Group": a name of its own owns the body
        out = [s for s in out if s not in inside]
        out.append(Span(doc, start, end, label="LOC" if place else "ORG"))
    return out


# words before a name that say what it is: an Indonesian company ("PT Vale Indonesia"),
# an Indonesian or Malaysian street ("Jl. Sudirman", "Jalan Ampang")
_NAME_PREFIXES = {("PT",): "ORG", ("Jl", "."): "LOC", ("Jalan",): "LOC"}


def prefixed_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "PT Sinar Laut Nikel" (a person "Sinar Laut" to the model), "Jl. Bungur Besar
    Raya": the prefix belongs to the name and says its kind."""
    out = []
    for span in spans:
        for prefix, label in _NAME_PREFIXES.items():
            start = span.start - len(prefix)
            if tuple(t.text for t in doc[span.start : span.start + len(prefix)]) == prefix:
                start = span.start  # the model's name holds the prefix, or is it ("Jl")
            if start >= 0 and tuple(t.text for t in doc[start : start + len(prefix)]) == prefix:
                end = max(span.end, start + len(prefix))
                # "PT Sinar Laut Nikel": the model's name may stop short of the last word
                while end < len(doc) and doc[end].text.istitle() and doc[end].is_alpha:
                    end += 1
                if end > start + len(prefix):  # a prefix alone names nothing
                    span = Span(doc, start, end, label=label)
                break
        out.append(span)
    return filter_spans(out)


# the kinds of centre that are a building one goes to, as the gold readings mark them
# ("the Conexus Arts Centre", "Aberdeen Cultural Centre"; a research centre is a body)
_VENUE_CENTRES = frozenset(
    {"Arts", "Cultural", "Civic", "Community", "Convention", "Conference", "Exhibition"}
    | {"Events", "Performing", "Sports", "Leisure", "Aquatic", "Recreation", "Heritage"}
    | {"Entertainment", "Visitor", "Visitors", "Shopping"}
)


def venue_centres(spans: list[Span]) -> list[Span]:
    """ "the Conexus Arts Centre", "the Art Hauser Centre": an arts, sports or community
    centre is a place, whatever the model called it."""
    out = []
    for span in spans:
        if (
            len(span) >= 2
            and span.label_ == "ORG"
            and span[-1].text in ("Centre", "Center", "Centres")
            and span[-2].text in _VENUE_CENTRES
        ):
            span = Span(span.doc, span.start, span.end, label="LOC")
        out.append(span)
    return out


_NUMBERED_UNITS = frozenset({"Region", "District", "Ward", "Zone", "Province"})
_NUMBER_WORDS = frozenset(
    [
        "One",
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Seven",
        "Eight",
        "Nine",
        "Ten",
        "Eleven",
        "Twelve",
    ]
)


def numbered_regions(spans: list[Span]) -> list[Span]:
    """ "Region Five", "Ward 7": an administrative unit known by its number is a place
    (Guyana's regions, a city's wards), whatever the model called it."""
    out = []
    for span in spans:
        if (
            len(span) == 2
            and span.label_ != "LOC"
            and span[0].text in _NUMBERED_UNITS
            and (span[1].text in _NUMBER_WORDS or span[1].text.isdigit())
        ):
            span = Span(span.doc, span.start, span.end, label="LOC")
        out.append(span)
    return out


def demonym_adjectives(doc: Doc, spans: list[Span], index: NameIndex) -> list[Span]:
    """ "Belgian police", "the Irish coming-of-age drama", "Asian-born": a people's
    adjective before a noun is no name (the people as a noun is: "the Belgians")."""
    out = []
    for span in spans:
        entry = index.get(span.text)
        after = doc[span.end] if span.end < len(doc) else None
        if (
            entry is not None
            and "demonym" in entry.flags
            and "ctx" in entry.flags
            and after is not None
            # a noun or an adjective after it ("the Swede said", "the Brazilian who")
            and (after.text == "-" or (after.is_lower and after.pos_ in ("NOUN", "ADJ")))
            and not (
                after.text == "-"
                and span.end + 1 < len(doc)
                and doc[span.end + 1].text[:1].isupper()
            )
        ):
            continue
        out.append(span)
    return out


# a name in Chinese, Japanese or Korean script
_CJK_NAME = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,8}$")


def names_in_script(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Legislator Tu Chia-hsin (杜家欣)": a name in Chinese, Japanese or Korean script in
    brackets right after a name is how that name is written there, with its label."""
    by_end = {s.end: s for s in spans}
    out = []
    for span in spans:
        before = by_end.get(span.start - 1)
        if (
            _CJK_NAME.match(span.text)
            and before is not None
            and doc[span.start - 1].text == "("
            and span.end < len(doc)
            and doc[span.end].text == ")"
            and before.label_ != span.label_
        ):
            span = Span(doc, span.start, span.end, label=before.label_)
        out.append(span)
    return out


def state_abbreviations(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """ "a Kenora, Ont., native", "Trois-Rivières, Que.": a state's or province's
    abbreviation after a town and a comma is that state, full stop and all."""
    ends = {s.end for s in spans if s.label_ == "LOC"}
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for i in range(2, len(words)):
        if words[i - 1] != "," or i - 1 not in ends or i in covered:
            continue
        word = words[i]
        if word.endswith(".") and word[:-1] in STATE_ABBREVIATIONS:
            end = i + 1  # "Wis." as one token
        elif (
            word in STATE_ABBREVIATIONS
            and i + 1 < len(words)
            and words[i + 1] == "."
            and not doc[i].whitespace_
        ):
            end = i + 2  # "Ont" "."
        else:
            continue
        out.append(Span(doc, i, end, label="LOC"))
    return out


def peoples_as_subjects(doc: Doc, spans: list[Span], index: NameIndex) -> list[Span]:
    """ "but Guyanese deserve to know", "Many Bhutanese say": a people's word that is
    also its adjective, right before a finite verb, names the people (MISC)."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for token in doc[:-1]:
        after = doc[token.i + 1]
        if (
            token.i in covered
            or not token.text[:1].isupper()
            or after.tag_ not in ("VBP", "VBD", "MD")
            or token.is_sent_start
        ):
            continue
        entry = index.get(token.text)
        if entry is not None and "demonym" in entry.flags and entry.label == "MISC":
            out.append(Span(doc, token.i, token.i + 1, label="MISC"))
    return out


_PORTFOLIO_BODIES = frozenset({"Ministry", "Department", "Ministries", "Office", "Secretariat"})


def ministry_portfolios(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Ministry of Education" + ", " + "Science, Culture and Sport": a ministry's
    portfolios after a comma, or after "and the", are the rest of its name, which the
    model cut."""
    by_start = {s.start: s for s in spans}
    drop: set[int] = set()
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if span.start in drop:
            continue
        rest = by_start.get(span.end + 1)
        tail = by_start.get(span.end + 2)
        if (
            span.label_ == "ORG"
            and span[0].text in _PORTFOLIO_BODIES
            and len(span) >= 3
            and span[1].text in ("of", "for")
            and doc[span.end : span.end + 2].text == "and the"
            and tail is not None
            and tail.label_ in ("ORG", "MISC")
            and all(t.text[:1].isupper() for t in tail)
            and not looks_like_an_organisation(tail.text)  # "… and the Met Office"
        ):
            # "Ministry of Fisheries and the Blue Economy": a portfolio with its article
            drop.add(tail.start)
            span = Span(doc, span.start, tail.end, label="ORG")
        elif (
            span.label_ == "ORG"
            and span[0].text in _PORTFOLIO_BODIES
            and len(span) >= 3
            and span[1].text in ("of", "for")
            and span.end < len(doc)
            and doc[span.end].text == ","
            and rest is not None
            and rest[-1].text[:1].isupper()
            and any(t.text == "and" for t in rest)
            and all(t.text[:1].isupper() or t.text in (",", "and", "&") for t in rest)
        ):
            drop.add(rest.start)
            span = Span(doc, span.start, rest.end, label="ORG")
        out.append(span)
    return out


def list_ends(doc: Doc, spans: list[Span], index: NameIndex) -> list[Span]:
    """ "such as Anglo American Platinum, Sibanye-Stillwater and Exxaro": a name with "and"
    inside that ends a list of names is the list's last two, not one name (not
    "Trinidad and Tobago", which the index knows)."""
    ends = {s.end for s in spans}
    out: list[Span] = []
    for span in spans:
        ands = [t.i for t in span[1:-1] if t.lower_ == "and"]
        if (
            len(ands) == 1
            and span.start > 1
            and doc[span.start - 1].text == ","
            and span.start - 1 in ends
            and doc[ands[0] - 1].text[:1].isupper()
            and doc[ands[0] + 1].text[:1].isupper()
            and index.find(span.text, german=False) is None
        ):
            out.append(Span(doc, span.start, ands[0], label=span.label_))
            out.append(Span(doc, ands[0] + 1, span.end, label=span.label_))
            continue
        out.append(span)
    return out


def bodies_joined_by_and_the(doc: Doc, spans: list[Span], index: NameIndex) -> list[Span]:
    """ "the Department of Agriculture and the Met Office": two bodies the model read as
    one, where the part after "and the" names a body of its own."""
    out: list[Span] = []
    for span in spans:
        cut = next(
            (t.i for t in span[1:-2] if t.lower_ == "and" and doc[t.i + 1].lower_ == "the"), None
        )
        if span.label_ == "ORG" and cut is not None and cut - span.start >= 2:
            second = doc[cut + 2 : span.end]
            entry = index.get(second.text)
            if (
                all(t.text[:1].isupper() for t in second)
                and doc[cut - 1].text[:1].isupper()
                and (
                    (entry is not None and entry.label == "ORG")
                    or looks_like_an_organisation(second.text)
                )
                and index.get(span.text) is None
            ):
                out.append(Span(doc, span.start, cut, label="ORG"))
                out.append(Span(doc, cut + 2, span.end, label="ORG"))
                continue
        out.append(span)
    return out


_INSTITUTION_HEADS = frozenset(
    {"Hospital", "Infirmary", "Clinic", "School", "College", "University", "Museum"}
    | {"Library", "Academy", "Institute"}
)
_ROMAN = re.compile(r"^[IVX]{1,4}$")


def missed_institutions(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """ "The King Edward VII Memorial Hospital" (missed by the model, for its numeral):
    capitalised words after "the" that end in an institution's head name one."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for end, word in enumerate(words):
        if word not in _INSTITUTION_HEADS or end in covered:
            continue
        start = end
        while (
            start > 0
            and end - start < 6
            and start - 1 not in covered
            and (words[start - 1].istitle() or _ROMAN.match(words[start - 1]))
            and words[start - 1].isalpha()
            and words[start - 1] != "The"
        ):
            start -= 1
        if start < end and start > 0 and words[start - 1] in ("the", "The"):
            out.append(Span(doc, start, end + 1, label="ORG"))
    return out


def places_cut_at_commas(spans: list[Span], index: NameIndex) -> list[Span]:
    """ "to Telford Central, Shifnal and Wellington": a name the model ran over a comma
    into a place the index knows is a list of places (names with a comma have an "and"
    or "of": "Ministry of Health, Labour and Welfare")."""
    out: list[Span] = []
    for span in spans:
        commas = [t.i for t in span if t.text == ","]
        words = {t.lower_ for t in span}
        if not commas or words & {"and", "of", "for", "&"} or span[-1].text == ",":
            out.append(span)
            continue
        bounds = [span.start, *[c + 1 for c in commas]]
        ends = [*commas, span.end]
        parts = [span.doc[b:e] for b, e in zip(bounds, ends, strict=True) if e > b]
        known = [index.get(p.text) for p in parts]
        if len(parts) < 2 or not any(k is not None and k.label == "LOC" for k in known[1:]):
            out.append(span)
            continue
        out.extend(Span(span.doc, p.start, p.end, label="LOC") for p in parts)
    return out
