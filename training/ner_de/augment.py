"""Mention replacement: more GermEval-like sentences with other names in them.

The recogniser learns GermEval's 5,100 sentences by heart within two epochs; after that
the dev score falls while the training loss keeps dropping. A copy of each sentence in
which names are swapped for other names of the same label (drawn from the GermEval
training file itself and from labelled news corpora) keeps the contexts GermEval teaches
("… sagte der Vorstandschef von X") but stops the model from recognising a context by
its names. Only whole outer entities are replaced; tokens around them stay as they are.

Usage:
    python training/ner_de/augment.py IN.spacy OUT.spacy --names A.spacy [--names B.spacy …]
        [--share 0.7] [--seed 0]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin


def read_docs(path: Path, nlp: spacy.language.Language) -> list[Doc]:
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def name_inventory(docs: list[Doc]) -> dict[str, list[tuple[str, ...]]]:
    """Entity strings per label, as word tuples (with repeats: frequent names stay frequent)."""
    names: dict[str, list[tuple[str, ...]]] = {}
    for doc in docs:
        for ent in doc.ents:
            if ent.text[:1].isalnum():
                names.setdefault(ent.label_, []).append(tuple(t.text for t in ent))
    return names


def replace_mentions(
    doc: Doc, names: dict[str, list[tuple[str, ...]]], share: float, rng: random.Random
) -> Doc:
    """A new Doc in which each entity is replaced by a random same-label name with p=share."""
    words: list[str] = []
    spaces: list[bool] = []
    ents: list[str] = []
    i = 0
    starts = {ent.start: ent for ent in doc.ents}
    missing = {t.i for t in doc if t.ent_iob_ == ""}  # unannotated tokens stay unannotated
    while i < len(doc):
        ent = starts.get(i)
        if ent is not None:
            pool = names.get(ent.label_)
            new = rng.choice(pool) if pool and rng.random() < share else tuple(t.text for t in ent)
            for k, word in enumerate(new):
                words.append(word)
                spaces.append(True)
                ents.append(("B-" if k == 0 else "I-") + ent.label_)
            spaces[-1] = bool(doc[ent.end - 1].whitespace_)
            i = ent.end
            continue
        words.append(doc[i].text)
        spaces.append(bool(doc[i].whitespace_))
        ents.append("" if i in missing else "O")
        i += 1
    tags: list[str | None] = [e or None for e in ents]  # None: missing annotation
    return Doc(doc.vocab, words=words, spaces=spaces, ents=tags)  # type: ignore[arg-type]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--names", type=Path, action="append", required=True)
    parser.add_argument("--share", type=float, default=0.7)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    nlp = spacy.blank("de")
    names: dict[str, list[tuple[str, ...]]] = {}
    for path in args.names:
        for label, found in name_inventory(read_docs(path, nlp)).items():
            names.setdefault(label, []).extend(found)
    rng = random.Random(args.seed)
    docs = [replace_mentions(doc, names, args.share, rng) for doc in read_docs(args.source, nlp)]
    DocBin(docs=docs, store_user_data=False).to_disk(args.target)
    print(
        f"{len(docs)} sentences -> {args.target}; names: "
        + ", ".join(f"{k} {len(v)}" for k, v in sorted(names.items()))
    )


if __name__ == "__main__":
    main()
