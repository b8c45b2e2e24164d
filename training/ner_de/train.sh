#!/usr/bin/env bash
# Reproduce the shipped German NER pipeline.
#   bash training/ner_de/train.sh DATA_DIR OUT_DIR
# DATA_DIR is the shared data folder (ner/, raw/, lexicon/); OUT_DIR receives everything
# (converted corpora, vectors, pretrained weights, model-best/, dev-a.json).
set -euo pipefail
DATA=${1:?usage: train.sh DATA_DIR OUT_DIR}
OUT=${2:?usage: train.sh DATA_DIR OUT_DIR}
HERE=$(cd "$(dirname "$0")" && pwd)
CODE="$HERE/../../tui/analysis/models/lexicon_features.py"
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}
GE="$DATA/ner/germeval2014"
X="$DATA/ner/extra"
LEX="$DATA/lexicon"
mkdir -p "$OUT/corpus/train"

# 1. labelled data: GermEval three times (it must dominate: 15.3k of 28.8k sentences),
#    SmartData news, Europarl, samples of MobIE (traffic) and LER (legal). SmartData and
#    MobIE have no MISC: capitalised words the lexicon does not know as common words are
#    left unannotated there (possible MISC names), everything else keeps its label.
python "$HERE/convert.py" germeval "$GE/NER-de-test.tsv" "$OUT/corpus/train/germeval.spacy"
cp "$OUT/corpus/train/germeval.spacy" "$OUT/corpus/train/germeval2.spacy"
cp "$OUT/corpus/train/germeval.spacy" "$OUT/corpus/train/germeval3.spacy"
python "$HERE/convert.py" conll "$X/smartdata/smartdata_v1_minus_v3devtest.map4.conll" \
    "$OUT/corpus/train/smartdata.spacy" --drop-lowercase-ents --missing-misc-lexicon "$LEX"
python "$HERE/convert.py" conll "$X/europarl_ixa/europarl_ixa_de.map4.conll" \
    "$OUT/corpus/train/europarl.spacy" --drop-lowercase-ents
python "$HERE/convert.py" conll "$X/mobie/mobie_train.map4.conll" "$OUT/corpus/train/mobie.spacy" \
    --drop-lowercase-ents --missing-misc-lexicon "$LEX" --max 1500
python "$HERE/convert.py" conll "$X/ler/ler_dev.map4.conll" "$OUT/corpus/train/ler.spacy" \
    --drop-lowercase-ents --max 2000 --missing-label MISC  # LER MISC = legal norms, not GermEval MISC
python "$HERE/convert.py" germeval "$GE/NER-de-dev-a.tsv" "$OUT/corpus/dev.spacy"

# 2. floret vectors on the raw text (+ the GermEval training sentences)
python "$HERE/prepare_raw.py" "$OUT/raw/raw_tok.txt" \
    "$DATA"/raw/bundestag_wp20_speeches.txt.gz "$DATA"/raw/smartdata_docs_2015_2017.txt.gz \
    "$DATA"/raw/ler_court_decisions_2017_2018.txt.gz "$DATA"/raw/bundesgesetze_sample.txt.gz
python -c "
import sys; sys.path.insert(0, '$HERE')
from pathlib import Path
from convert import read_germeval
with open('$OUT/raw/vec_corpus.txt', 'w', encoding='utf-8') as out:
    for words, _ in read_germeval(Path('$GE/NER-de-test.tsv')):
        out.write(' '.join(words) + '\n')
"
cat "$OUT/raw/raw_tok.txt" >> "$OUT/raw/vec_corpus.txt"
python "$HERE/train_vectors.py" "$OUT/raw/vec_corpus.txt" "$OUT/raw/floret64" --dim 64 --bucket 40000
python -m spacy init vectors de "$OUT/raw/floret64.floret" "$OUT/vectors" --mode floret

# 3. train (model selection on dev-a, which is never trained on); the gazetteer is built
#    from the names in the extra corpora ($X), never from GermEval
python -m spacy train "$HERE/ner_de.cfg" -o "$OUT" --code "$CODE" \
    --paths.train "$OUT/corpus/train" --paths.dev "$OUT/corpus/dev.spacy" \
    --paths.vectors "$OUT/vectors" --paths.lexicon "$LEX" --paths.gazetteer "$X"

# 4. score
python -m tui.analysis.evaluation.ner "$GE/NER-de-dev-a.tsv" --model "$OUT/model-best" --json \
    | tee "$OUT/dev-a.json"
python "$HERE/benchmark.py" "$OUT/model-best" --text "$GE/NER-de-dev-a.tsv"
