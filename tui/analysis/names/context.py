"""Labels the words around a name give it: "the Danish island of Funen", "der Hafenstadt
Hodeida", a list whose other names are all places ("Crieff, Pitlochry and
Blairgowrie"), the kind a German text names before a quoted name ("die
Oppositionspartei „Koalition für Einheit und Entwicklung“", "das Docklandungsschiff
„Johan de Witt“") or an unquoted one ("der Reederei Stena Bulk"), a strait's word before
its place ("die Straße von Gibraltar"), and a domain written as a word (a website).

The model labels an unknown name by its shape and guesses an organisation or a person
for most foreign places; a reader knows what "the port of" or a list of towns makes of
the name after it. A name the index knows for sure keeps its own label.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from tui.analysis.facts.counts import MONTHS
from tui.analysis.names.index import NameIndex

# "the island of Funen", "the border town of Kiryat Shmona"
_EN_PLACE_NOUNS = frozenset(
    {
        "island", "islands", "port", "town", "city", "village", "region", "province",
        "district", "county", "suburb", "municipality", "capital", "peninsula", "valley",
        "borough", "archipelago", "atoll", "enclave", "hamlet", "settlement", "oasis",
        "state", "territory", "canton", "prefecture", "governorate", "emirate", "parish",
        "villages", "towns", "cities", "regions", "provinces", "districts", "counties",
        "suburbs", "outskirts", "streets", "north", "south", "east", "west", "northeast",
        "northwest", "southeast", "southwest",
    }
)  # fmt: skip
# "der Insel Funen", "die Hafenstadt Hodeida", "im Dorf Qudsaya"
_DE_PLACE_NOUNS = frozenset(
    {
        "Insel", "Inseln", "Stadt", "Hafenstadt", "Kleinstadt", "Großstadt", "Küstenstadt",
        "Grenzstadt", "Hauptstadt", "Provinzhauptstadt", "Dorf", "Dorfes", "Ortschaft",
        "Gemeinde", "Region", "Provinz", "Bezirk", "Bezirks", "Ort", "Ortes", "Vorort",
        "Stadtteil", "Halbinsel", "Dörfer", "Dörfern", "Städte", "Städten", "Ortschaften",
        "Gefängnis", "Gefängnisses", "Stadtviertel", "Stadtviertels", "Flüchtlingslager",
        "Distrikt", "Bundesstaat", "Bundesstaates", "Bundesstaats", "Emirat", "Emirats",
        "Landkreis", "Landkreises", "Kanton", "Kantons", "Präfektur", "Gouvernement",
        "Ortsteil", "Stadtbezirk", "Metropole", "Oase", "Viertel",
    }
)  # fmt: skip
_DE_DETERMINERS = frozenset({"der", "die", "das", "des", "dem", "den", "diese", "dieser"})
# the Arabic article before a name: "al-Fashqa", "Ibrahim al-Jaafari"
ARABIC_ARTICLE = re.compile(r"^(?:al|el|as|ad|ar|an|at|az)-(?=[A-ZÄÖÜ])")
_DE_PLACE_OFFICES = frozenset(
    {"Bürgermeister", "Bürgermeisterin", "Oberbürgermeister", "Oberbürgermeisterin"}
    | {"Gouverneur", "Gouverneurin", "Einwohner", "Bewohner", "Bürgermeisters"}
)
_EN_LOCATIVES = frozenset({"in", "at", "near"})
# "in der Nähe von Hilla", "südlich von Kirkuk", "in der Nachbarschaft von Haret Hreik":
# what stands before "von" where a place follows
_DE_NEAR = frozenset(
    {"Nähe", "nahe", "Umgebung", "Nachbarschaft", "Stadtrand", "Außenbezirken"}
    | {"nördlich", "südlich", "östlich", "westlich", "nordöstlich", "nordwestlich"}
    | {"südöstlich", "südwestlich", "außerhalb", "unweit"}
)
_LIST_JOINS = frozenset({",", "and", "or", "und", "oder"})
_AND = frozenset({"and", "or", "und", "oder"})  # not a comma: "the town of X, Eli Ben-Ami"


# English words that begin a place's name, in English text and in German: "Fort Sill",
# "Cape Hatteras", "Camp David", "Grand Bahama" (not "Grand Prix" in English)
_PLACE_PREFIXES = frozenset({"Fort", "Cape", "Camp", "Mount", "Port", "Grand"})


def prefixed_places(
    doc: Doc, spans: list[Span], words: list[str], is_word: Callable[[str], bool], german: bool
) -> list[Span]:
    """A place named with an English word for its kind before it, which the model read
    without it or not at all; `is_word`: whether a capitalised word is a word of the
    language ("Port Authority", "Camp Fire" name no place)."""
    starts = {s.start: s for s in spans}
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for i, word in enumerate(words[:-1]):
        if word not in _PLACE_PREFIXES or i in covered or (word == "Grand" and not german):
            continue
        end = i + 1
        while (
            end < len(words)
            and end - i <= 2
            and words[end][:1].isupper()
            and words[end].isalpha()
            and not is_word(words[end])
        ):
            end += 1
        if end == i + 1:
            continue
        inner = starts.get(i + 1)
        if inner is not None and inner.label_ == "MISC":
            continue  # a thing named after the place
        end = max(end, inner.end) if inner is not None else end
        out = [s for s in out if not (i < s.start < end)]
        out.append(Span(doc, i, end, label="LOC"))
    return out


def places_by_context(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex, german: bool
) -> list[Span]:
    """A name after a place's noun ("the port of Hodeidah") or in a list of places is a
    place, unless the index knows it for sure as something else."""
    out: list[Span] = []
    listed = _in_place_lists(spans)
    people = {s.text for s in spans if s.label_ == "PER" and len(s) > 1}
    placed_end = -1  # the end of the last name a place noun made a place
    for span in sorted(spans, key=lambda s: s.start):
        # "die Dörfer Tchioma Bangou und Zaroumbey Darey": the noun types the whole list
        chained = span.start - placed_end == 1 and words[span.start - 1] in _AND
        after_noun = _after_place_noun(doc, span, words, german)
        if after_noun or chained:
            placed_end = span.end
        at_a_place = (
            not german
            and span.label_ == "PER"
            and _after_a_locative(doc, span)
            # "at Peel Hunt" where a "Peel" of the article is somebody else's name
            and not any(
                w in other.split() for other in people - {span.text} for w in span.text.split()
            )
        )
        if german and span.label_ == "PER" and not at_a_place and len(span) <= 3:
            at_a_place = _near_a_german_place(doc, span) and not any(
                w in other.split() for other in people for w in span.text.split()
            )
        if (
            span.label_ in ("ORG", "PER", "MISC")
            and not _known_otherwise(span, index)
            and (after_noun or chained or at_a_place or id(span) in listed)
        ):
            span = Span(doc, span.start, span.end, label="LOC")
        out.append(span)
    return out


def places_after_place_nouns(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex
) -> list[Span]:
    """ "in dem Dorf Matibiri", "Bürgermeister von Berglen": a German word for a kind of
    place or an office only a place has, then a capitalised word no German text writes
    (no noun, never in lower case here) that the model missed is that place's name."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    lowered = {w.lower() for w in words if w[:1].islower()}
    out = list(spans)
    for i in range(2, len(words)):
        word = words[i]
        kind_before = words[i - 1] in _DE_PLACE_NOUNS and (
            words[i - 2][:1].islower() or words[i - 2].lower() in _DE_DETERMINERS
        )
        # "der bisherige Bürgermeister von Berglen": an office only a place has
        office_before = words[i - 1] == "von" and words[i - 2] in _DE_PLACE_OFFICES
        plain = ARABIC_ARTICLE.sub("", word)  # "die Region al-Fashqa"
        if (
            i in covered
            or not (kind_before or office_before)
            or not (plain[:1].isupper() and plain[1:].islower() and plain.isalpha())
            or len(plain) < 4
            or (plain == word and word.lower() in lowered)
            or index.is_common_noun(word)
            or index.is_compound_noun(word)
            or (i + 1 < len(words) and words[i + 1][:1].isupper())  # a longer name
        ):
            continue
        entry = index.get(word)
        if entry is not None and entry.label not in ("LOC", "GIVEN"):
            continue
        out.append(Span(doc, i, i + 1, label="LOC"))
    return out


# the adjective of a German, Austrian or Swiss region: "aus dem pfälzischen Hochspeyer"
_REGION_ADJECTIVE = re.compile(
    r"(?:pfälz|sächs|bayer|hess|fränk|schwäb|bad|westfäl|thüring|brandenburg|rhein|märk"
    r"|holstein|mecklenburg|steir|burgenländ|vorarlberg|tirol|saarländ|sauerländ|emsländ"
    r"|münsterländ|ostfries|lausitz|allgäu|oldenburg|erzgebirg|vogtländ|kärntn)isch(?:e[mns]?)$"
)
_COUNTRY_ADJECTIVE = re.compile(r"^[a-zäöü]{3,}ischen$")
_DATIVE_ARTICLES = frozenset({"im", "dem", "vom", "am", "zum", "beim"})
_BEFORE_A_REGION = frozenset({"dem", "im", "vom", "am", "zum", "beim", "ins", "den", "das"})


def places_after_in(doc: Doc, spans: list[Span], words: list[str], index: NameIndex) -> list[Span]:
    """ "in Haswa", "nahe Tuz", "aus dem pfälzischen Hochspeyer": after "in" or "nahe" or
    a region's adjective, inside a sentence, one capitalised word German does not write
    (no noun, no compound, never in lower case here, no person of the article) that ends
    a phrase is a place the model missed."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    people = {w for s in spans if s.label_ == "PER" for w in s.text.split()}
    lowered = {w.lower() for w in words if w[:1].islower()}
    out = list(spans)
    for i in range(1, len(words) - 1):
        word = words[i]
        if (
            not (
                words[i - 1] in ("in", "nahe", "nach", "aus")
                or (
                    i > 1
                    and words[i - 2] in _BEFORE_A_REGION
                    and (
                        _REGION_ADJECTIVE.search(words[i - 1]) is not None
                        # "im litauischen Baisogala": a country's adjective, declined
                        # after a dative's article
                        or (
                            words[i - 2] in _DATIVE_ARTICLES
                            and _COUNTRY_ADJECTIVE.match(words[i - 1]) is not None
                        )
                    )
                )
            )
            or i in covered
            or doc[i - 1].is_sent_start
            or not (word[:1].isupper() and word[1:].islower() and word.isalpha())
            or not 4 <= len(word) <= 12  # a long word unknown is a compound or a typo
            or word.lower() in lowered
            or word in people
            or words[i + 1][:1].isupper()  # "in Bushs Amtszeit": a longer phrase
            or words[i + 1] in ("-", "/", "und", "and")  # "in Brecon and Radnorshire"
            or index.is_common_noun(word)
            or index.is_compound_noun(word)
            or index.is_given_name(word)
            or index.is_surname(word)
            or index.is_title(word)
            or word in _DE_PLACE_NOUNS  # "in dem syrischen Gouvernement Daraa"
        ):
            continue
        entry = index.get(word)
        if entry is not None and entry.label != "LOC":
            continue
        out.append(Span(doc, i, i + 1, label="LOC"))
    return out


_COMPASS_PREFIXES = (
    "Nordost", "Nordwest", "Südost", "Südwest", "Nord", "Süd", "Ost", "West", "Mittel",
    "Zentral",
)  # fmt: skip


def compass_places(doc: Doc, spans: list[Span], words: list[str], index: NameIndex) -> list[Span]:
    """ "in Ostdeutschland", "Westsudans", "Süd-Darfur": a point of the compass before a
    place the index knows is a part of that place, a name no list holds in full."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for i, word in enumerate(words):
        if not word.startswith(_COMPASS_PREFIXES) or i in covered:
            continue  # the cheap test first: this runs over every word
        if not word.replace("-", "").isalpha():
            continue
        prefix = next(p for p in _COMPASS_PREFIXES if word.startswith(p))
        rest = word[len(prefix) :].lstrip("-")
        if len(rest) < 4:
            continue
        rest = rest[:1].upper() + rest[1:]
        for place in (rest, rest[:-1]) if rest.endswith("s") else (rest,):
            entry = index.get(place)
            if (
                entry is not None
                and entry.label == "LOC"
                and not index.is_common_noun(place)
                and not (entry.source == "city" and "noun" in entry.flags)  # "Westrand"
            ):
                out.append(Span(doc, i, i + 1, label="LOC"))
                break
    return out


def _after_place_noun(doc: Doc, span: Span, words: list[str], german: bool) -> bool:
    i = span.start
    if german:
        return (
            i > 1
            and words[i - 1] in _DE_PLACE_NOUNS
            and (words[i - 2][:1].islower() or words[i - 2].lower() in _DE_DETERMINERS)
        )
    if (
        i > 1
        and words[i - 1] == ","
        and words[i - 2] == "capital"
        and (span.end == len(words) or words[span.end] in (",", ".", ";"))
    ):
        return True  # "the state capital, Panaji,"
    return (
        i > 1
        and words[i - 1] == "of"
        and words[i - 2] in _EN_PLACE_NOUNS
        and not doc[i - 2].is_sent_start  # "Town of …" opening a sentence may be a body's
    )


def _after_a_locative(doc: Doc, span: Span) -> bool:
    """ "in Al Warqa", "at Le Bourget": no one is named right after "in" or "at" (but
    "in Smith's view", "at Johnson's")."""
    if span.start == 0 or doc[span.start - 1].lower_ not in _EN_LOCATIVES:
        return False
    return span.end == len(doc) or doc[span.end].text not in ("'s", "’s", "'", "’")


def _near_a_german_place(doc: Doc, span: Span) -> bool:
    """ "in der Nähe von Hilla", "nahe Tuz", "von Kher Um Hagar nach Gallabat": words
    that put a place, not a person, after them."""
    i = span.start
    before = doc[i - 1].text if i > 0 else ""
    if before == "nahe":
        return True
    if before != "von":
        return False
    if i > 1 and doc[i - 2].text in _DE_NEAR:
        return True
    return span.end < len(doc) and doc[span.end].text == "nach"  # a way from one to another


def _in_place_lists(spans: list[Span]) -> set[int]:
    """The spans of "A, B and C" that are no place where every other name of the list
    (two at least) is one."""
    if not spans:
        return set()
    doc = spans[0].doc
    ordered = sorted(spans, key=lambda s: s.start)
    groups: list[list[Span]] = [[ordered[0]]]
    for span in ordered[1:]:
        gap = doc[groups[-1][-1].end : span.start]
        if 0 < len(gap) <= 2 and all(t.text in _LIST_JOINS for t in gap):
            groups[-1].append(span)
        else:
            groups.append([span])
    chosen: set[int] = set()
    for group in groups:
        others = [s for s in group if s.label_ != "LOC"]
        if len(group) >= 3 and len(others) == 1:
            chosen.add(id(others[0]))
    return chosen


def _known_otherwise(span: Span, index: NameIndex) -> bool:
    entry = index.get(span.text)
    return entry is not None and entry.is_entity and entry.label != "LOC" and entry.strong


# the head of the noun before a quoted German name, and what it makes the name
_QUOTED_KINDS = (
    (  # a popular vote's title, before "initiative" makes it a group
        re.compile(
            r"(?:volksinitiative|volksbegehren|volksbegehrens|bürgerbegehren|bürgerbegehrens)$"
        ),
        "MISC",
    ),
    (
        re.compile(
            r"(?:partei|bündnis|bündnisses|netzwerk|netzwerkes|netzwerks|gruppe|organisation"
            r"|initiative|bewegung|zeitung|agentur|corps|verein|vereins|verband|verbandes"
            r"|band|gewerkschaft|koalition|zeitschrift|magazin|magazins|sender|senders"
            r"|ausschuss|ausschusses|komitee|komitees|gremium|gremiums|behörde"
            r"|koalitionspartner|koalitionspartners|regierungspartner|regierungspartners)$"
        ),
        "ORG",
    ),
    (
        re.compile(
            r"(?:sendung|marke|schiff|schiffes|schiffs|festival|kampagne|operation|album"
            r"|film|films|roman|romans|serie|programm|programms|projekt|projekts"
            r"|tanker|tankers|frachter|frachters|fähre|jacht|yacht|kreuzer|kreuzers"
            r"|zerstörer|zerstörers|fregatte|korvette|flugzeugträger|flugzeugträgers"
            r"|dampfer|dampfers|kutter|kutters|boot|bootes|boots|wettbewerb|wettbewerbs"
            r"|preis|preises|auszeichnung|abkommen|abkommens|oper|operette|ausstellung"
            r"|schau|drama|stück|stücks|stückes|inszenierung|konzert|konzerts|lied|liedes"
            r"|song|single|buch|buches|buchs|gedicht|gedichts|gemälde|gemäldes|ballett"
            r"|musical|sinfonie|symphonie|komödie|tragödie|thriller|krimi|erzählung"
            r"|novelle|spielfilm|spielfilms|dokumentation|doku|podcast|debüt|debüts"
            r"|bestseller|bestsellers)$"
        ),
        "MISC",
    ),
    (
        re.compile(
            r"(?:gaststätte|camp|lager|lagers|stadion|hotel|hotels|restaurant|straße|allee"
            r"|gasse|platz|platzes)$"
        ),
        "LOC",
    ),
)
# German »…« and Swiss «…» alike
_OPENING = frozenset({"„", '"', "»", "«"})
_CLOSING = frozenset({"“", '"', "«", "»"})


def quoted_names(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """A quoted name after a noun that says what it is, in German: the whole quotation
    with the noun's kind, whatever the model made of its words (not a motto, a headline
    or a slogan: their nouns say nothing of a kind)."""
    out = list(spans)
    for q in range(1, len(words) - 2):
        if words[q] not in _OPENING or not words[q + 1][:1].isupper():
            continue
        label = _kind_of(words[q - 1])
        if label is None and q > 2 and words[q - 1] in _APPOSITION and words[q - 2] == ",":
            label = _kind_of(words[q - 3])  # "dem Koalitionspartner, der „Bürgerplattform“"
        close = next(
            (j for j in range(q + 2, min(q + 12, len(words))) if words[j] in _CLOSING), None
        )
        if close is None:
            continue
        if label is None and _authors_work(spans, words, q, close):
            label = "MISC"  # "Wagners „Tristan und Isolde“": a person's work
        if label is None:
            continue
        start, end = q + 1, close
        if any(s.start < start < s.end or s.start < end < s.end for s in out):
            continue  # a name of the model reaches across the quotation marks
        out = [s for s in out if not (start <= s.start and s.end <= end)]
        out.append(Span(doc, start, end, label=label))
    return out


_APPOSITION = frozenset({"der", "die", "das", "dem", "den", "des"})


def _authors_work(spans: list[Span], words: list[str], q: int, close: int) -> bool:
    """ "Wagners „Tristan und Isolde“", "Gerhart Hauptmanns „Die Weber“": a quotation
    of a few words, no sentence, right after a person's genitive is that person's work."""
    before = words[q - 1]
    person = any(s.end == q and s.label_ == "PER" for s in spans)
    return (
        person
        and before.endswith(("s", "'"))
        and close - q <= 7
        and not any(w in (".", "!", "?", ",") for w in words[q + 1 : close])
    )


def _kind_of(noun: str) -> str | None:
    if not noun[:1].isupper():
        return None
    lower = noun.lower()
    return next((label for head, label in _QUOTED_KINDS if head.search(lower)), None)


# "die Straße von Gibraltar", "the Gulf of Aden": waters named by the place they lie at
_DE_WATERS = frozenset({"Straße", "Meerenge", "Golf", "Bucht"})
_EN_WATERS = frozenset({"Strait", "Straits", "Gulf", "Bay", "Sea", "Isle"})
_ROUTE_ON = frozenset({"nach", "bis", "zur", "zum", "to"})


def waters_of_places(doc: Doc, spans: list[Span], words: list[str], german: bool) -> list[Span]:
    """A strait's or a gulf's word, "von"/"of" and a place are one place (not "die
    Straße von Berlin nach Potsdam", a road between two towns)."""
    heads, of = (_DE_WATERS, "von") if german else (_EN_WATERS, "of")
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for span in spans:
        i = span.start
        if (
            span.label_ == "LOC"
            and i >= 2
            and words[i - 1] == of
            and words[i - 2] in heads
            and not covered & {i - 2, i - 1}
            and (span.end >= len(words) or words[span.end] not in _ROUTE_ON)
        ):
            out.remove(span)
            out.append(Span(doc, i - 2, span.end, label="LOC"))
    return out


# the noun before an unquoted German name that makes it an organisation: "der
# Fernsehsender Press TV", "der Reederei Stena Bulk", "die Nachrichtenagentur Fars"
DE_ORG_KIND = re.compile(
    r"(?:sender|agentur|reederei|konzern|unternehmen|firma|zeitung|partei|magazin"
    r"|fluggesellschaft|airline|hersteller|autobauer|miliz|organisation|gewerkschaft"
    r"|verlag|betreiber|anbieter|dienstleister|zulieferer|discounter|netzwerk|versicherer"
    r"|versicherung|bank|kette|brauerei|mannschaft|band)(?:e?s|en)?$"
)


def organisations_by_kind(doc: Doc, spans: list[Span], typed: set[str]) -> list[Span]:
    """A German name right after a noun that says it is a company, a party, a paper or a
    broadcaster (`typed`, from `typed_by_kind_noun`) is that organisation (the noun
    outside), whatever the model made of it."""
    # every mention: "nach Angaben von Stena Bulk" is the shipping company too
    return [
        Span(doc, s.start, s.end, label="ORG") if s.text in typed and s.label_ != "ORG" else s
        for s in spans
    ]


def _names_a_body(word: str, index: NameIndex) -> bool:
    entry = index.get(word)
    return entry is not None and entry.label == "ORG" and entry.source == "list"


def typed_by_kind_noun(doc: Doc, spans: list[Span], words: list[str], index: NameIndex) -> set[str]:
    """The names a German noun before them calls organisations ("Fernsehsender Press
    TV"), unless the index knows them for sure as something else: "in Press TV" later
    does not make the broadcaster a place."""
    return {
        span.text
        for span in spans
        if span.start > 0
        and words[span.start - 1][:1].isupper()
        and DE_ORG_KIND.search(words[span.start - 1].lower())
        and not doc[span.start - 1].is_sent_start
        and not _known_as_other(span, index)
        # "der Chef der Arbeitspartei Amir Peretz": a noun that is a name itself is
        # followed by someone of it, not by its name
        and not (span.label_ == "PER" and _names_a_body(words[span.start - 1], index))
    }


def named_after_kind_nouns(
    doc: Doc, spans: list[Span], words: list[str], index: NameIndex
) -> list[Span]:
    """ "der norwegischen Zeitung Dagbladet", "die Reederei Frontline": capitalised words
    the model missed right after a German noun that says what kind of organisation
    follows are its name, where they are no German words."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    lowered = {w.lower() for w in words if w[:1].islower()}
    out = list(spans)
    for i in range(1, len(words) - 1):
        kind = words[i - 1]
        if (
            i in covered
            or not kind[:1].isupper()
            or not DE_ORG_KIND.search(kind.lower())
            or doc[i - 1].is_sent_start
        ):
            continue
        end = i
        while (
            end < len(words)
            and end - i < 3
            and end not in covered
            and _foreign_name_word(words[end], lowered, index)
        ):
            end += 1
        if end > i:
            out.append(Span(doc, i, end, label="ORG"))
    return out


def _foreign_name_word(word: str, lowered: set[str], index: NameIndex) -> bool:
    return (
        len(word) > 1
        and word[:1].isupper()
        and word.replace("-", "").isalnum()
        and word.lower() not in lowered
        and not index.is_common_noun(word)
        and not index.is_compound_noun(word)
        and word not in index.nouns
        and not index.is_title(word)
        and index.get(word) is None
    )


def _known_as_other(span: Span, index: NameIndex) -> bool:
    entry = index.get(span.text)
    return entry is not None and entry.is_entity and entry.label != "ORG" and entry.strong


# a website named by its domain: "Marinetraffic.com", "sondaggipoliticoelettorali.it"
_DOMAIN = re.compile(
    r"^[A-Za-z][A-Za-z0-9-]{2,}(?:\.[a-z0-9-]{2,})?\.(?:com|org|net|de|at|ch|it|fr|es|uk|co\.uk|eu|info|io|ru|nl)$"
)


def websites(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """A domain name written as a word is the website's name (ORG); an address with a
    scheme or "www." is a link, which the reader shows as one."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    # "laut Nopatents.eu.org": a domain the model called a person or a place
    out = [
        Span(doc, s.start, s.end, label="ORG")
        if len(s) == 1 and s.label_ != "ORG" and _DOMAIN.match(s.text)
        else s
        for s in spans
    ]
    for i, word in enumerate(words):
        if i in covered or not _DOMAIN.match(word):
            continue
        if (i > 0 and words[i - 1] in ("/", "//", ":")) or word.lower().startswith("www."):
            continue
        out.append(Span(doc, i, i + 1, label="ORG"))
    # "(D-NY)", "(R-Texas)": a member of Congress's party and state, no name
    return [
        s
        for s in out
        if not (_PARTY_AND_STATE.match(s.text) and s.start > 0 and words[s.start - 1] == "(")
    ]


_PARTY_AND_STATE = re.compile(r"^[DRI]-[A-Z][A-Za-z.]{1,13}$")


def peoples_in_lists(spans: list[Span], words: list[str], index: NameIndex) -> list[Span]:
    """ "Juden, Sinti und Roma": a word that names a people among other meanings ("Roma"
    is Rome and a first name too) is the people where it stands in a list with another
    people's name."""
    ordered = sorted(spans, key=lambda s: s.start)
    out = []
    for k, span in enumerate(ordered):
        entry = index.get(span.text)
        if (
            span.label_ != "MISC"
            and len(span) == 1
            and entry is not None
            and "demonym" in entry.flags
            and any(_a_listed_people(span, other, words, index) for other in ordered[k - 1 : k + 2])
        ):
            span = Span(span.doc, span.start, span.end, label="MISC")
        out.append(span)
    return out


def _a_listed_people(span: Span, other: Span, words: list[str], index: NameIndex) -> bool:
    if other is span:
        return False
    gap = words[min(span.end, other.end) : max(span.start, other.start)]
    entry = index.get(other.text)
    return (
        0 < len(gap) <= 1
        and gap[0] in _LIST_JOINS
        and entry is not None
        and "demonym" in entry.flags
    )


def parties_in_lists(doc: Doc, spans: list[Span], words: list[str], index: NameIndex) -> list[Span]:
    """ "die beiden Parteien FPÖ und JETZT": a short name in capitals the model missed,
    listed beside a party the index knows, is a party too (not a word in capitals for
    emphasis: it stands where a name does)."""
    by_end = {s.end: s for s in spans}
    by_start = {s.start: s for s in spans}
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for i, word in enumerate(words):
        if not (len(word) > 1 and word.isupper() and word.isalpha()) or i in covered:
            continue
        before = by_end.get(i - 1) if i > 0 and words[i - 1] in _LIST_JOINS else None
        after = by_start.get(i + 2) if i + 2 < len(words) and words[i + 1] in _LIST_JOINS else None
        partners = [s for s in (before, after) if s is not None]
        if any(_a_party(s, index) for s in partners) and index.get(word) is None:
            out.append(Span(doc, i, i + 1, label="ORG"))
    return out


def _a_party(span: Span, index: NameIndex) -> bool:
    entry = index.get(span.text)
    return span.label_ == "ORG" and entry is not None and "party" in entry.flags


# Switzerland's parties, by which an article speaks of Swiss politics
_SWISS_PARTIES = frozenset(
    {"SVP", "FDP", "SP", "GLP", "EVP", "EDU", "Grünliberale", "Grünliberalen", "CVP", "BDP"}
)
# what follows "Mitte" as a time ("Mitte der 2030er-Jahre"; a month: "Mitte Dezember")
_NOT_THE_PARTY_AFTER = frozenset({"der", "des", "dieses", "nächsten", "Jahr"})


def the_centre_party(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """ "ein Vorstoss der Mitte", "Mitte und FDP waren gespalten": in an article on
    Swiss politics (two of its parties named) "Mitte" is the party Die Mitte, unless a
    time follows ("Mitte Dezember", "Mitte der 2030er-Jahre")."""
    if len(_SWISS_PARTIES & set(words)) < 2:
        return spans
    covered = {i for s in spans for i in range(s.start, s.end)}
    found = [
        Span(doc, i, i + 1, label="ORG")
        for i, word in enumerate(words)
        if word == "Mitte"
        and i not in covered
        and i > 0
        and words[i + 1 : i + 2] != ["der"]  # "Mitte der 2030er-Jahre"
        and (
            i + 1 == len(words)
            or (words[i + 1] not in _NOT_THE_PARTY_AFTER and words[i + 1].lower() not in MONTHS)
        )
        and words[i + 1 : i + 2] != ["-"]
        and not (i + 1 < len(words) and words[i + 1][:1].isdigit())
    ]
    return spans + found if found else spans
