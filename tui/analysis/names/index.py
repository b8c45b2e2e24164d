"""The typed name index: what a reader of news knows about names before reading.

Built by `training/names/build_index.py` from open data (see its README) into
`index.tsv.gz` beside this module; loaded once, on first use, into dicts.
"""

from __future__ import annotations

import functools
import gzip
import unicodedata
from dataclasses import dataclass
from pathlib import Path

INDEX_PATH = Path(__file__).parent / "index.tsv.gz"
ENTITY_LABELS = frozenset({"PER", "ORG", "LOC", "MISC"})
# sources, strongest first: a curated list or an official country name settles a label
STRONG_SOURCES = frozenset({"list", "country"})
_AMBIGUOUS = frozenset({"given", "surname", "org", "conflict"})
_PLACE_SOURCES = frozenset({"list", "country", "city"})
_ENDINGS = ("en", "em", "er", "es", "e", "n", "s")
_NO_UMLAUT = str.maketrans("äöü", "aou")
_NOUN_ENDINGS = ("ern", "en", "er", "es", "e", "n", "s")


@dataclass(frozen=True)
class Entry:
    name: str
    label: str
    source: str
    flags: frozenset[str]

    @property
    def strong(self) -> bool:
        """A list's or a country's name, or a city of a million people that is nobody's
        first name or surname ("Jakarta", not "Houston")."""
        return self.source in STRONG_SOURCES or (
            "major" in self.flags and not self.flags & _AMBIGUOUS
        )

    @property
    def is_entity(self) -> bool:
        return self.label in ENTITY_LABELS

    @property
    def is_known_place(self) -> bool:
        """A country, a city of GeoNames or a place a curated list holds (not a corpus's
        string that was labelled a place once)."""
        return self.label == "LOC" and self.source in _PLACE_SOURCES


@functools.lru_cache(maxsize=4096)
def _plain(word: str) -> str:
    """ "Araújo" → "Araujo", "Weißbecker" → "Weissbecker": a name as ASCII lists write it."""
    decomposed = unicodedata.normalize("NFKD", word.replace("ß", "ss"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def declension_key(name: str) -> str:
    """One key for the declined forms of a multi-word German name: "Vereinigten
    Arabischen Emiraten" and "Vereinigte Arabische Emirate" share it."""
    return " ".join(_stem(word) for word in name.split())


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A word without its case and number endings ("Arabischen" -> "arabisch")."""
    word = word.lower()
    stripped = True
    while stripped:
        stripped = False
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 4:
                word = word[: -len(ending)]
                stripped = True
                break
    return word


@dataclass
class NameIndex:
    entries: dict[str, Entry]
    declined: dict[str, Entry]  # declension key of multi-word names -> the unique entry
    given: frozenset[str]
    surnames: frozenset[str]
    nouns: frozenset[str]  # German common nouns ("Held", "Volk"), base forms
    worded_given: frozenset[str]  # first names that are German words too ("Das", "Anders")
    english_given: frozenset[str]  # first names English news writes (US Census), no words
    # first names the surname lists hold too ("Price", "Evan"); kept apart from
    # `surnames`, which the judges' features read as they were trained
    given_surnames: frozenset[str]
    title_words: frozenset[str]
    title_suffixes: tuple[str, ...]
    max_words: int
    lower_starts: frozenset[str]  # first words of names written in lower case ("al-Qaida")
    first_words: dict[str, int]  # first word of a multi-word name -> most words after it
    declined_first: dict[str, int]  # the same for the stems of declined names

    def get(self, name: str) -> Entry | None:
        """The entry as written, or a listed place or body written with other accents
        ("Nuevo León" for "Nuevo Leon", "Bogota" for "Bogotá")."""
        entry = self.entries.get(name)
        if entry is not None:
            return entry
        # an ASCII name is its own plain form; the hot path skips the normalisation
        return self._folded.get(name if name.isascii() else _plain(name))

    @functools.cached_property
    def _folded(self) -> dict[str, Entry]:
        """Places and bodies by their names without accents; a name written so in the
        index wins over an accented one. One word only for a listed place or a city of a
        million, and never a person's name too: "Sofía" is a woman before it is "Sofia",
        "Sagar" a man before "Sāgar"."""
        folded: dict[str, Entry] = {}
        for name, entry in self.entries.items():
            if not entry.is_entity or entry.source not in _PLACE_SOURCES:
                continue
            if " " in name or (
                entry.label == "LOC"  # "Libération" is a paper, "Liberation" a word
                and (entry.source != "city" or "major" in entry.flags)
                and not entry.flags & {"given", "surname"}
            ):
                plain = _plain(name)
                if plain not in folded or name == plain:
                    folded[plain] = entry
        return folded

    def find(self, name: str, *, german: bool = True) -> Entry | None:
        """The entry for `name` as written, or for its German genitive or declined form."""
        entry = self.get(name)
        if entry is not None or not german:
            return entry
        if len(name) > 3 and name[-1] == "s" and " " not in name:
            # "Irans", "Sechstagekrieges"
            for base in (name[:-1], name[:-2] if name.endswith("es") else ""):
                entry = self.entries.get(base)
                if entry is not None and entry.is_entity:
                    return entry
        if " " in name:
            if name.split(" ", 1)[0].lower() in ("der", "die", "das", "den", "dem", "des"):
                return None  # "Die Zeiten" is not "Die Zeit": a paper's title is not declined
            return self.declined.get(declension_key(name))

        if "-" in name:  # "Gaza-Streifen", "Sahel-Zone": the name written as one word
            head, *rest = name.split("-")
            entry = self.entries.get(head + "".join(part.lower() for part in rest))
            if entry is not None and entry.is_entity:
                return entry
        if name.endswith("n") and len(name) > 4:  # dative plural: "den Palästinensern"
            entry = self.entries.get(name[:-1])
            if entry is not None and entry.label == "MISC":
                return entry
        if name.isupper() and name.isalpha() and len(name) >= 4:
            # "(GRÜNE)", "der ZEIT", "dem SPIEGEL": a party or paper as it styles itself
            title = name.title()
            for form in (f"Die {title}", f"Der {title}", f"Das {title}", title):
                entry = self.entries.get(form)
                if entry is not None and entry.is_entity and entry.source == "list":
                    return entry
        return None

    def base_form(self, name: str, *, german: bool = True) -> str | None:
        """The name as a curated list or the Foreign Office writes it, for a declined
        form of it ("Vereinigten Arabischen Emiraten" -> "Vereinigte Arabische Emirate")."""
        entry = self.find(name, german=german)
        if entry is None or not entry.strong or not entry.is_entity:
            return None
        # "Nuevo León" as written, not as the list spells it without accents
        return None if _plain(entry.name) == _plain(name) else entry.name

    def span_limit(self, word: str, *, german: bool = True) -> int:
        """The most words a name that starts with `word` can have (1: none longer)."""
        limit = self.first_words.get(word, 1)
        if german and word[:1].isupper():
            limit = max(limit, self.declined_first.get(_stem(word), 1))
        return limit

    def is_title(self, word: str) -> bool:
        """ "Mr", "Herr", "Staatspräsident": a word before a name that is not part of it."""
        if word in self.title_words:
            return True
        lower = word.lower()
        return word[:1].isupper() and lower.endswith(self.title_suffixes)

    def is_given_name(self, word: str) -> bool:
        return word in self.given or (not word.isascii() and _plain(word) in self.given)

    def is_surname(self, word: str) -> bool:
        """A surname of the lists, which write "ß" as "ss" ("Weißbecker") and mostly
        without accents ("Araújo")."""
        return word in self.surnames or (not word.isascii() and _plain(word) in self.surnames)

    def is_common_noun(self, word: str, *, declined_only: bool = False) -> bool:
        """ "Helden", "Völker", "Stichwahlen": a German common noun, in any of its forms
        (its ending off, an umlaut undone for the plural: "Völker" -> "Volk").
        `declined_only`: only a plural or dative form, not the word as the lexicon has
        it (which holds some names too: "Saarland") nor a genitive ("Saarlands")."""
        if word in self.nouns:
            return not declined_only
        plain = word.translate(_NO_UMLAUT)
        if plain != word and word.endswith(("er", "el", "en")) and plain in self.nouns:
            return True  # "Gärten", "Väter": a plural by its umlaut alone (not "Höcke")
        if word.endswith("ien") and word[:-3] + "ium" in self.nouns:
            return True  # "Podien", "Stadien": a Latin plural
        endings = ("ern", "en", "er", "e", "n") if declined_only else _NOUN_ENDINGS
        for ending in endings:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                stem = word[: -len(ending)]
                if stem in self.nouns or stem.translate(_NO_UMLAUT) in self.nouns:
                    return True
        return False

    def is_compound_noun(self, word: str) -> bool:
        """ "Chinapolitik", "Forschungszentrums": a German compound whose last part (five
        letters or more, "Politik", "Zentrums") is a common noun; shorter parts end
        towns' names too ("Hamburg", "Deutschland"), so they count only after a whole
        noun of five letters or more ("Hauptstadtklub")."""
        if "-" in word or not word[:1].isupper() or not word.isalpha():
            return False
        if self.get(word) is not None or self.is_surname(word) or self.is_given_name(word):
            return False  # "Österreich", "Steinmeier"
        for i in range(3, len(word) - 3):
            tail = word[i].upper() + word[i + 1 :]
            if len(tail) < 5 and (i < 5 or word[:i] not in self.nouns):
                continue  # "Hauptstadtklub": a short last part after a whole noun only
            if self.is_common_noun(tail):
                return True
        return False


@functools.cache
def load_index(path: Path = INDEX_PATH) -> NameIndex:
    """Read the shipped index (about 0.3 s, once per process)."""
    entries: dict[str, Entry] = {}
    declined: dict[str, Entry | None] = {}
    given: set[str] = set()
    surnames: set[str] = set()
    nouns: set[str] = set()
    worded: set[str] = set()
    english: set[str] = set()
    given_surnames: set[str] = set()
    titles: set[str] = set()
    suffixes: list[str] = []
    max_words = 1
    lower_starts: set[str] = set()
    first_words: dict[str, int] = {}
    declined_first: dict[str, int] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            name, label, source, flag_text = line.rstrip("\n").split("\t")
            flags = frozenset(flag_text.split(",")) if flag_text else frozenset()
            if "common" in flags:
                nouns.add(name)
            if label == "GIVEN":
                given.add(name)
                if "surname" in flags:
                    given_surnames.add(name)
                if "noun" in flags:
                    worded.add(name)
                elif "en" in flags:
                    english.add(name)
                continue
            if label == "SURNAME":
                surnames.add(name)
                continue
            if label == "NOUN":
                nouns.add(name)
                continue
            if label == "TITLE":
                (suffixes.append(name) if "suffix" in flags else titles.add(name))
                continue
            if "given" in flags:
                given.add(name)
            if "surname" in flags:
                surnames.add(name)
            entry = Entry(name, label, source, flags)
            entries[name] = entry
            if name[:1].islower() and source == "list":
                lower_starts.add(name.split(" ")[0])
            # the tokenizer cuts "90/Die" in three: "Bündnis 90/Die Grünen" is five words
            words = name.count(" ") + 1 + 2 * name.count("/")
            if words > 1:
                max_words = max(max_words, words)
                first = name.split(" ")[0]
                first_words[first] = max(first_words.get(first, 1), min(words, 8))
                key = declension_key(name)
                stem = key.split(" ")[0]
                declined_first[stem] = max(declined_first.get(stem, 1), min(words, 8))
                if key not in declined:
                    declined[key] = entry
                elif (other := declined[key]) is not None:
                    # two names with one key and different labels: the exact match decides
                    declined[key] = _stronger(other, entry) if other.label == entry.label else None
    return NameIndex(
        entries=entries,
        declined={k: v for k, v in declined.items() if v is not None},
        given=frozenset(given),
        surnames=frozenset(surnames),
        nouns=frozenset(nouns),
        worded_given=frozenset(worded),
        english_given=frozenset(english),
        given_surnames=frozenset(given_surnames),
        title_words=frozenset(titles),
        title_suffixes=tuple(suffixes),
        max_words=min(max_words, 8),
        lower_starts=frozenset(lower_starts),
        first_words=first_words,
        declined_first=declined_first,
    )


_RANK = {"list": 4, "country": 3, "city": 2, "corpus": 1}


def _stronger(a: Entry, b: Entry) -> Entry:
    return b if _RANK.get(b.source, 0) > _RANK.get(a.source, 0) else a
