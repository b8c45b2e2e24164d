"""Lexicon features for the German NER model: what word lists know about a token.

German capitalises every noun, so the hardest question for a German recogniser is
whether a capitalised word is a common noun ("Unternehmen", "KI-Landschaft") or a name.
The 5,000 training sentences cannot answer that for unseen words, but word lists can:
a CC0 common-noun list (with inflected forms and compound heads), first names,
surnames, GeoNames places, official country names and news frequency bands.

`LexiconFeatures` turns each token into a small multi-hot vector; the architecture
`limelight.LexiconMultiHashEmbed.v1` concatenates it with spaCy's usual hash
embeddings. The lists are read once from a directory at training time and stored
inside the model as sorted 64-bit string hashes, so the shipped pipeline needs no
data files. Importing this module registers the architecture with spaCy.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, cast

import numpy as np
from spacy.ml.featureextractor import FeatureExtractor
from spacy.ml.staticvectors import StaticVectors
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import (
    HashEmbed,
    Maxout,
    Model,
    chain,
    concatenate,
    list2ragged,
    ragged2list,
    with_array,
)
from thinc.types import Floats2d, Ints2d, Ragged

# bits of the per-word code
NOUN, FIRST, SURNAME, PLACE, COUNTRY = 1, 2, 4, 8, 16
BAND_SHIFT = 5  # 3 bits: 0 = not in the frequency list, 1..6 = band 10..60
# feature columns: noun, compound noun, first name, surname, place, country, 7 bands
N_FEATURES = 13
NOUN_ENDINGS = ("", "s", "es", "n", "en", "e", "er", "ern", "ns")
_CACHE_LIMIT = 200_000

LEXICON_FILES = {
    "nouns": "denckring_de_common_nouns_cc0.txt",
    "bands": "leipzig_news2023_freqbands_ccby.tsv",
    "first": "vornamen_berlin_koeln_leipzig_muenchen.tsv",
    "surnames": "germaner_surnames_asl2.txt",
    "places_dach": "geonames_cities_DE_AT_CH_ccby.tsv",
    "places_world": "geonames_cities_world_pop15000_ccby.tsv",
    "countries": "auswaertiges_amt_staatennamen_amtlich.txt",
}


def _key(text: str) -> int:
    return int(get_string_id(text.lower()))


def _lines(path: Path) -> Iterable[str]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                yield line


def build_tables(lexicon_dir: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Read the word lists: (sorted word keys, their bit codes, sorted noun keys)."""
    codes: dict[int, int] = {}

    def mark(word: str, bit: int) -> None:
        if word:
            key = _key(word)
            codes[key] = codes.get(key, 0) | bit

    nouns = [
        w for w in _lines(lexicon_dir / LEXICON_FILES["nouns"]) if len(w) >= 3 and w[:1].isupper()
    ]
    for word in nouns:
        mark(word, NOUN)
    for line in _lines(lexicon_dir / LEXICON_FILES["bands"]):
        word, _, band = line.partition("\t")
        if band.isdigit():
            key = _key(word)
            codes[key] = codes.get(key, 0) | ((int(band) // 10) << BAND_SHIFT)
    with (lexicon_dir / LEXICON_FILES["first"]).open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            mark(row["vorname"], FIRST)
    for word in _lines(lexicon_dir / LEXICON_FILES["surnames"]):
        mark(word, SURNAME)
    for name in ("places_dach", "places_world"):
        with (lexicon_dir / LEXICON_FILES[name]).open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                for place in [row["name"], *row.get("alternatenames_latin", "").split("|")]:
                    for part in place.split():  # multi-word names: each part
                        if part[:1].isupper():
                            mark(part, PLACE)
    for line in _lines(lexicon_dir / LEXICON_FILES["countries"]):
        for part in line.split():
            if part[:1].isupper():
                mark(part, COUNTRY)
    keys = np.array(sorted(codes), dtype=np.uint64)
    values = np.array([codes[int(k)] for k in keys], dtype=np.uint16)
    noun_keys = np.unique(np.array([_key(w) for w in nouns if len(w) >= 4], dtype=np.uint64))
    return keys, values, noun_keys


class _Lookup:
    """Fast membership tests over the stored hashes, with a per-word cache."""

    def __init__(self, keys: np.ndarray, values: np.ndarray, noun_keys: np.ndarray) -> None:
        self.codes = dict(zip(keys.tolist(), values.tolist(), strict=True))
        self.nouns = set(noun_keys.tolist())
        self.cache: dict[int, np.ndarray] = {}

    def _is_noun_form(self, lower: str) -> bool:
        for ending in NOUN_ENDINGS:
            if ending and not lower.endswith(ending):
                continue
            stem = lower[: len(lower) - len(ending)] if ending else lower
            if len(stem) >= 3 and self.codes.get(_key(stem), 0) & NOUN:
                return True
        return False

    def _is_compound_noun(self, lower: str) -> bool:
        """A known noun as the head of a longer word (Investitions|strategie)."""
        word = lower.rsplit("-", 1)[-1] if "-" in lower else lower
        if word != lower and len(word) >= 3 and self._is_noun_form(word):
            return True
        for start in range(3, len(word) - 3):
            tail = word[start:]
            for ending in NOUN_ENDINGS:
                if ending and not tail.endswith(ending):
                    continue
                stem = tail[: len(tail) - len(ending)] if ending else tail
                if len(stem) >= 4 and _key(stem) in self.nouns:
                    return True
        return False

    def features(self, lower_key: int, lower: str) -> np.ndarray:
        row = self.cache.get(lower_key)
        if row is not None:
            return row
        code = self.codes.get(lower_key, 0)
        row = np.zeros(N_FEATURES, dtype="float32")
        if lower[:1].isalpha():
            row[0] = float(bool(code & NOUN) or self._is_noun_form(lower))
            row[1] = float(row[0] == 0 and len(lower) >= 7 and self._is_compound_noun(lower))
            row[2] = float(bool(code & FIRST))
            row[3] = float(bool(code & SURNAME))
            row[4] = float(bool(code & PLACE))
            row[5] = float(bool(code & COUNTRY))
        row[6 + ((code >> BAND_SHIFT) & 7)] = 1.0
        if len(self.cache) < _CACHE_LIMIT:
            self.cache[lower_key] = row
        return row


_LOOKUPS: dict[int, _Lookup] = {}  # by model id: built once from the stored tables


def _lookup(model: Model) -> _Lookup:
    lookup = _LOOKUPS.get(model.id)
    if lookup is None:
        raw = model.attrs["tables"]
        if not raw:
            raise ValueError("LexiconFeatures has no word lists: initialise it with lexicon_dir")
        lookup = _Lookup(
            np.frombuffer(raw["keys"], dtype=np.uint64),
            np.frombuffer(raw["values"], dtype=np.uint16),
            np.frombuffer(raw["nouns"], dtype=np.uint64),
        )
        _LOOKUPS[model.id] = lookup
    return lookup


def _constant_features(
    model: Model, docs: list[Doc], rows: list[np.ndarray], width: int
) -> tuple[Ragged, Callable]:
    """Per-token feature rows as the Ragged a layer returns; nothing to learn, so the
    backward pass returns nothing."""
    data = np.vstack(rows) if rows else np.zeros((0, width), dtype="float32")
    lengths = [len(doc) for doc in docs]
    output = Ragged(model.ops.asarray2f(cast(Floats2d, data)), model.ops.asarray1i(lengths))

    def backprop(d_output: Ragged) -> list[Doc]:
        return []

    return output, backprop


def _features_forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[Ragged, Callable]:
    lookup = _lookup(model)
    rows = [lookup.features(t.lower, t.lower_) for doc in docs for t in doc]
    return _constant_features(model, docs, rows, N_FEATURES)


def _features_init(model: Model, X: Any = None, Y: Any = None) -> None:
    if model.attrs["tables"]:
        return
    lexicon_dir = model.attrs.get("lexicon_dir")
    if not lexicon_dir:
        raise ValueError("LexiconFeatures needs lexicon_dir (the lexicon folder) to initialise")
    keys, values, nouns = build_tables(Path(lexicon_dir))
    model.attrs["tables"] = {
        "keys": keys.tobytes(),
        "values": values.tobytes(),
        "nouns": nouns.tobytes(),
    }
    model.attrs["lexicon_dir"] = ""  # a training machine's path is no part of the model
    _LOOKUPS.pop(model.id, None)


def LexiconFeatures(lexicon_dir: str | None) -> Model[list[Doc], Ragged]:
    """Docs -> Ragged multi-hot lexicon features (no weights; the tables are attrs)."""
    return Model(
        "lexicon_features",
        _features_forward,
        init=_features_init,
        attrs={"tables": {}, "lexicon_dir": lexicon_dir or ""},
        dims={"nO": N_FEATURES},
    )


@registry.architectures("limelight.LexiconMultiHashEmbed.v1")
def lexicon_multi_hash_embed(
    width: int,
    attrs: list[str],
    rows: list[int],
    include_static_vectors: bool,
    lexicon_dir: str | None = None,
) -> Model[list[Doc], list[Floats2d]]:
    """spaCy's MultiHashEmbed plus the lexicon features, mixed by one Maxout layer."""
    return _embed(
        width, attrs, rows, include_static_vectors, [(LexiconFeatures(lexicon_dir), N_FEATURES)]
    )


def _embed(
    width: int,
    attrs: list[str],
    rows: list[int],
    include_static_vectors: bool,
    features: list[tuple[Model[list[Doc], Ragged], int]],
) -> Model[list[Doc], list[Floats2d]]:
    """Hash embeddings of `attrs` (+ static vectors) beside feature layers of the given
    widths, concatenated and mixed by one Maxout layer (the layout trained models expect)."""
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    embeddings: list[Model] = [
        HashEmbed(width, n_rows, column=i, seed=8 + i, dropout=0.0) for i, n_rows in enumerate(rows)
    ]
    branches: list[Model] = [
        chain(
            FeatureExtractor(attrs),
            cast(Model[list[Ints2d], Ragged], list2ragged()),
            with_array(concatenate(*embeddings)),
        )
    ]
    if include_static_vectors:
        branches.append(StaticVectors(width, dropout=0.0))
    branches.extend(layer for layer, _ in features)
    concat_size = width * (len(embeddings) + int(include_static_vectors))
    concat_size += sum(size for _, size in features)
    return chain(
        concatenate(*branches),
        with_array(Maxout(width, concat_size, nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )


# --- v2: a gazetteer of names labelled in other corpora, and organisation cues ------------
#
# v1 knows persons and places from word lists but nothing about organisations, the label
# the model gets most wrong. v2 adds, per token: inside/at the start of a name that other
# labelled German corpora (SmartData news, Europarl, LER court decisions, MobIE traffic
# reports, Sturm letters; never GermEval, which is what the model is scored on) annotate as
# ORG, LOC or PER; a company legal form ("AG", "GmbH", "Inc."); an organisation head noun
# ending the word ("…partei", "…verband", "…ministerium"). During training each matched
# name is hidden at random, so the model cannot learn that every name is in the list.

GAZ_LABELS = ("ORG", "LOC", "PER")
GAZ_FILES = (
    "smartdata/smartdata_v1_all_doc.map4.conll",
    "europarl_ixa/europarl_ixa_de.map4.conll",
    "ler/ler_dev.map4.conll",
    "ler/ler_test.map4.conll",
    "mobie/mobie_train.map4.conll",
    "mobie/mobie_dev.map4.conll",
    "mobie/mobie_test.map4.conll",
    "sturm/sturm_train.map4.conll",
    "sturm/sturm_dev.map4.conll",
    "sturm/sturm_test.map4.conll",
)
GAZ_MAX_LEN = 6
GAZ_MIN_SHARE = 0.3  # a name goes under each label it has in at least 30 % of its mentions
GAZ_TRAIN_DROP = 0.5  # share of matched names hidden from the model during training
LEGAL_FORMS = frozenset(
    [
        "ag",
        "gmbh",
        "mbh",
        "se",
        "kg",
        "kgaa",
        "ohg",
        "gbr",
        "ug",
        "e.v.",
        "ev",
        "e.g.",
        "eg",
        "inc",
        "inc.",
        "corp",
        "corp.",
        "co",
        "co.",
        "ltd",
        "ltd.",
        "llc",
        "plc",
        "s.a.",
        "sa",
        "n.v.",
        "nv",
        "b.v.",
        "bv",
        "s.p.a.",
        "spa",
        "a/s",
        "ab",
        "oy",
        "holding",
        "holdings",
    ]
)


def is_legal_form(word: str) -> bool:
    """ "AG", "GmbH", "e.V.", "Inc.": a company's legal form as written in a name."""
    return word.lower() in LEGAL_FORMS and not word.islower()


ORG_HEADS = (
    "partei",
    "verband",
    "verein",
    "ministerium",
    "gericht",
    "bank",
    "kasse",
    "konzern",
    "gesellschaft",
    "stiftung",
    "institut",
    "universität",
    "hochschule",
    "akademie",
    "agentur",
    "behörde",
    "kommission",
    "gewerkschaft",
    "verlag",
    "werke",
    "club",
    "klub",
    "bund",
    "union",
    "liga",
    "rat",
    "amt",
    "zentrale",
    "gruppe",
    "orchester",
    "theater",
    "museum",
    "zeitung",
)
N_GAZ_FEATURES = 2 * len(GAZ_LABELS) + 2


def _read_conll_entities(path: Path) -> Iterable[tuple[list[str], str]]:
    """(words, label) of every entity of a two-column IOB file."""
    words: list[str] = []
    label = ""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            tag = parts[-1] if len(parts) >= 2 else "O"
            if words and not tag.startswith("I-"):
                yield words, label
                words = []
            if tag.startswith(("B-", "I-")) and (words or tag.startswith("B-")):
                if not words:
                    label = tag[2:]
                words.append(parts[0])
    if words:
        yield words, label


def _seq_key(words: Iterable[str]) -> int:
    return int(get_string_id(" ".join(words)))


def build_gazetteer(corpus_dir: Path, noun_keys: set[int]) -> dict[str, np.ndarray]:
    """Sorted hashes of the names labelled ORG/LOC/PER in the corpora under corpus_dir.

    A name must start with a capital or a digit; a single word that is a known common
    noun ("Zeit", "Polizei") is left out: the list is for names, not their head nouns.
    """
    counts: dict[tuple[str, ...], dict[str, int]] = {}
    for rel in GAZ_FILES:
        path = corpus_dir / rel
        if not path.exists():
            continue
        for words, label in _read_conll_entities(path):
            if len(words) > GAZ_MAX_LEN or not words[0][:1].isalnum():
                continue
            if not (words[0][:1].isupper() or words[0][:1].isdigit()):
                continue
            if len(words) == 1 and _key(words[0]) in noun_keys:
                continue
            per_label = counts.setdefault(tuple(words), {})
            per_label[label] = per_label.get(label, 0) + 1
    tables: dict[str, np.ndarray] = {}
    for label in GAZ_LABELS:
        keys = [
            _seq_key(words)
            for words, per_label in counts.items()
            if per_label.get(label, 0) >= GAZ_MIN_SHARE * sum(per_label.values())
        ]
        tables[label] = np.unique(np.array(keys, dtype=np.uint64))
    return tables


class _Gazetteer:
    def __init__(self, tables: dict[str, np.ndarray]) -> None:
        self.names = [set(tables[label].tolist()) for label in GAZ_LABELS]
        self.any_name = set().union(*self.names)

    def doc_features(self, doc: Doc, drop: float, rng: np.random.Generator | None) -> np.ndarray:
        words = [t.text for t in doc]
        n = len(words)
        out = np.zeros((n, N_GAZ_FEATURES), dtype="float32")
        n_labels = len(GAZ_LABELS)
        for i, word in enumerate(words):
            lower = word.lower()
            if lower in LEGAL_FORMS and word[:1].isupper():
                out[i, 2 * n_labels] = 1.0
            if word[:1].isupper() and len(lower) > 4 and lower.endswith(ORG_HEADS):
                out[i, 2 * n_labels + 1] = 1.0
            if not (word[:1].isupper() or word[:1].isdigit()):
                continue
            for length in range(min(GAZ_MAX_LEN, n - i), 0, -1):
                key = _seq_key(words[i : i + length])
                if key not in self.any_name:
                    continue
                for j, names in enumerate(self.names):
                    if key in names and (rng is None or rng.random() >= drop):
                        out[i, 2 * j] = 1.0
                        out[i + 1 : i + length, 2 * j + 1] = 1.0
                break  # longest match only
        return out


_GAZETTEERS: dict[int, _Gazetteer] = {}
_RNG = np.random.default_rng(0)


def _gazetteer(model: Model) -> _Gazetteer:
    gaz = _GAZETTEERS.get(model.id)
    if gaz is None:
        raw = model.attrs["tables"]
        if not raw:
            raise ValueError("GazetteerFeatures has no names: initialise it with corpus_dir")
        gaz = _Gazetteer({k: np.frombuffer(v, dtype=np.uint64) for k, v in raw.items()})
        _GAZETTEERS[model.id] = gaz
    return gaz


def _gaz_forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[Ragged, Callable]:
    gaz = _gazetteer(model)
    rng = _RNG if is_train else None
    arrays = [gaz.doc_features(doc, GAZ_TRAIN_DROP, rng) for doc in docs]
    return _constant_features(model, docs, arrays, N_GAZ_FEATURES)


def _gaz_init(model: Model, X: Any = None, Y: Any = None) -> None:
    if model.attrs["tables"]:
        return
    corpus_dir = model.attrs.get("corpus_dir")
    lexicon_dir = model.attrs.get("lexicon_dir")
    if not corpus_dir or not lexicon_dir:
        raise ValueError("GazetteerFeatures needs corpus_dir and lexicon_dir to initialise")
    _, _, nouns = build_tables(Path(lexicon_dir))
    tables = build_gazetteer(Path(corpus_dir), set(nouns.tolist()))
    model.attrs["tables"] = {label: keys.tobytes() for label, keys in tables.items()}
    model.attrs["corpus_dir"] = ""
    model.attrs["lexicon_dir"] = ""
    _GAZETTEERS.pop(model.id, None)


def GazetteerFeatures(corpus_dir: str | None, lexicon_dir: str | None) -> Model[list[Doc], Ragged]:
    """Docs -> Ragged gazetteer and organisation-cue features (no weights)."""
    return Model(
        "gazetteer_features",
        _gaz_forward,
        init=_gaz_init,
        attrs={"tables": {}, "corpus_dir": corpus_dir or "", "lexicon_dir": lexicon_dir or ""},
        dims={"nO": N_GAZ_FEATURES},
    )


@registry.architectures("limelight.LexiconMultiHashEmbed.v2")
def lexicon_multi_hash_embed_v2(
    width: int,
    attrs: list[str],
    rows: list[int],
    include_static_vectors: bool,
    lexicon_dir: str | None = None,
    gazetteer_dir: str | None = None,
) -> Model[list[Doc], list[Floats2d]]:
    """v1 plus the gazetteer/organisation-cue features (`GazetteerFeatures`)."""
    return _embed(
        width,
        attrs,
        rows,
        include_static_vectors,
        [
            (LexiconFeatures(lexicon_dir), N_FEATURES),
            (GazetteerFeatures(gazetteer_dir, lexicon_dir), N_GAZ_FEATURES),
        ],
    )
