"""Convert GermEval 2014 TSV and two-column CoNLL files into spaCy DocBin files.

GermEval: outer column only; OTH -> MISC; *deriv / *part -> O (the project's scheme).
Extra corpora (``token<TAB>tag`` IOB2, already mapped to PER/LOC/ORG/MISC) are read
as they are. Each sentence becomes one Doc (sentence-level training, as GermEval is).

Usage:
    python training/ner_de/convert.py germeval IN.tsv OUT.spacy
    python training/ner_de/convert.py conll IN.conll OUT.spacy [--max N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

LABELS = ("PER", "LOC", "ORG", "MISC")


def map_germeval_tag(tag: str) -> str:
    """Map one GermEval outer tag onto the project's four labels (IOB2)."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    if label.endswith(("deriv", "part")):
        return "O"
    label = "MISC" if label == "OTH" else label
    return f"{prefix}-{label}" if label in LABELS else "O"


def repair_iob(tags: list[str]) -> list[str]:
    """Turn a stray I- (after O or another label) into B- so spans stay well-formed."""
    fixed: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and (prev == "O" or prev[2:] != tag[2:]):
            tag = "B-" + tag[2:]
        fixed.append(tag)
        prev = tag
    return fixed


def read_germeval(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#\t") or line.startswith("# "):
                continue
            if not line.strip():
                if words:
                    yield words, repair_iob(tags)
                words, tags = [], []
                continue
            fields = line.split("\t")
            if len(fields) < 3:
                continue
            words.append(fields[1])
            tags.append(map_germeval_tag(fields[2]))
    if words:
        yield words, repair_iob(tags)


def read_conll(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("-DOCSTART-"):
                if words:
                    yield words, repair_iob(tags)
                words, tags = [], []
                continue
            fields = line.split("\t") if "\t" in line else line.split()
            tag = fields[-1] if len(fields) > 1 else "O"
            if tag != "O" and tag[2:] not in LABELS:
                tag = "O"
            words.append(fields[0])
            tags.append(tag)
    if words:
        yield words, repair_iob(tags)


def drop_lowercase_entities(tags: list[str], words: list[str]) -> list[str]:
    """Entities that start lower-case ("deutschen") -> O, as GermEval's *deriv is dropped."""
    out = list(tags)
    i = 0
    while i < len(tags):
        if tags[i].startswith("B-"):
            j = i + 1
            while j < len(tags) and tags[j] == "I-" + tags[i][2:]:
                j += 1
            if words[i][:1].islower():
                out[i:j] = ["O"] * (j - i)
            i = j
        else:
            i += 1
    return out


def mark_possible_misc_missing(
    tags: list[str], words: list[str], common: set[str]
) -> list[str | None]:
    """For corpora without MISC: capitalised O tokens that are not known common words
    become missing annotation, so the model is not taught that names of products,
    events or works are O."""
    out: list[str | None] = []
    for tag, word in zip(tags, words, strict=True):
        if tag == "O" and word[:1].isupper() and (not common or not is_common_noun(word, common)):
            out.append(None)
        else:
            out.append(tag)
    return out


def is_common_noun(word: str, nouns: set[str]) -> bool:
    """A known noun lemma, or one with a case/plural ending (Unternehmens, Banken)."""
    w = word.lower()
    return any(w[: len(w) - k] in nouns for k in (0, 1, 2, 3) if len(w) - k >= 3)


class LexiconCommonWords:
    """Common-word test backed by the model's own lexicon features: a known noun (with
    inflection endings), a compound with a known noun as head ("Stellwerkstörung",
    "Bahn-Ersatzverkehr"), or, first in the sentence, any known lower-case word form
    ("Die", "Aufgrund"). The plain noun list misses compounds and capitalised function
    words, which left two thirds of SmartData's capitalised O tokens unannotated."""

    def __init__(self, lexicon_dir: Path) -> None:
        from spacy.strings import get_string_id

        from tui.analysis.models.lexicon_features import LEXICON_FILES, _Lookup, build_tables

        self._id = get_string_id
        self.lookup = _Lookup(*build_tables(lexicon_dir))
        forms = lexicon_dir / "denckring_de_wordforms_lower_cc0.txt"
        self.lower_forms = load_wordforms(forms) if forms.exists() else set()
        self.nouns_file = lexicon_dir / LEXICON_FILES["nouns"]

    def is_common(self, word: str, first: bool) -> bool:
        lower = word.lower()
        row = self.lookup.features(int(self._id(lower)), lower)
        return bool(row[0] or row[1]) or (first and lower in self.lower_forms)


def mark_misc_missing_lexicon(
    tags: list[str], words: list[str], common: LexiconCommonWords
) -> list[str | None]:
    """Like `mark_possible_misc_missing`, with the lexicon test for common words."""
    return [
        None if tag == "O" and word[:1].isupper() and not common.is_common(word, i == 0) else tag
        for i, (tag, word) in enumerate(zip(tags, words, strict=True))
    ]


def label_missing(tags: list[str | None], label: str) -> list[str | None]:
    """Entities of one label become missing annotation: LER's MISC is legal norms and
    court rulings ("§ 3 Abs. 1 SGB V"), which GermEval does not annotate as names."""
    return [None if tag is not None and tag[2:] == label else tag for tag in tags]


def load_wordforms(path: Path) -> set[str]:
    with path.open(encoding="utf-8") as fh:
        return {line.strip().lower() for line in fh if line.strip()}


def to_docbin(
    sentences: list[tuple[list[str], list[str | None]]] | list[tuple[list[str], list[str]]],
) -> DocBin:
    vocab = spacy.blank("de").vocab
    db = DocBin(store_user_data=False)
    for words, tags in sentences:
        db.add(Doc(vocab, words=words, ents=tags))  # type: ignore[arg-type]  # None = missing
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("format", choices=["germeval", "conll"])
    parser.add_argument("input", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--max", type=int, default=0, help="sample at most N sentences")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--drop-lowercase-ents", action="store_true", help='"deutschen" as LOC -> O'
    )
    parser.add_argument(
        "--missing-misc",
        type=Path,
        default=None,
        metavar="NOUNS",
        help="corpus has no MISC: capitalised O tokens not in this noun list become missing",
    )
    parser.add_argument(
        "--missing-misc-lexicon",
        type=Path,
        default=None,
        metavar="LEXICON_DIR",
        help="corpus has no MISC: capitalised O tokens that the lexicon does not know as "
        "common words (nouns, compounds, sentence-initial word forms) become missing",
    )
    parser.add_argument(
        "--missing-label",
        default=None,
        metavar="LABEL",
        help="entities with this label become missing annotation (LER: MISC)",
    )
    parser.add_argument(
        "--missing-capitalised",
        action="store_true",
        help="corpus has no MISC: every capitalised O token becomes missing",
    )
    args = parser.parse_args()
    reader = read_germeval if args.format == "germeval" else read_conll
    sentences: list = list(reader(args.input))
    if args.drop_lowercase_ents:
        sentences = [(w, drop_lowercase_entities(t, w)) for w, t in sentences]
    if args.missing_misc_lexicon:
        lexicon = LexiconCommonWords(args.missing_misc_lexicon)
        sentences = [(w, mark_misc_missing_lexicon(t, w, lexicon)) for w, t in sentences]
    elif args.missing_misc:
        common = load_wordforms(args.missing_misc)
        sentences = [(w, mark_possible_misc_missing(t, w, common)) for w, t in sentences]
    elif args.missing_capitalised:
        sentences = [(w, mark_possible_misc_missing(t, w, set())) for w, t in sentences]
    if args.missing_label:
        sentences = [(w, label_missing(t, args.missing_label)) for w, t in sentences]
    if args.max and len(sentences) > args.max:
        sentences = random.Random(args.seed).sample(sentences, args.max)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    to_docbin(sentences).to_disk(args.output)
    print(f"{args.input} -> {args.output}: {len(sentences)} sentences")


if __name__ == "__main__":
    main()
