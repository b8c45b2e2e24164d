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


def _features_forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[Ragged, Callable]:
    lookup = _lookup(model)
    lengths = [len(doc) for doc in docs]
    rows = [lookup.features(t.lower, t.lower_) for doc in docs for t in doc]
    data = np.vstack(rows) if rows else np.zeros((0, N_FEATURES), dtype="float32")
    output = Ragged(model.ops.asarray2f(cast(Floats2d, data)), model.ops.asarray1i(lengths))

    def backprop(d_output: Ragged) -> list[Doc]:
        return []

    return output, backprop


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
    branches.append(LexiconFeatures(lexicon_dir))
    concat_size = width * (len(embeddings) + int(include_static_vectors)) + N_FEATURES
    return chain(
        concatenate(*branches),
        with_array(Maxout(width, concat_size, nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )
