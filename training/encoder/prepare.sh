#!/usr/bin/env bash
# Here, on the CPU (about 3 minutes): the real run's tokenizer (32k), the corpus shard
# (all 17 M words, ~19 MiB) and the NER data (~1 MiB), into DATA_DIR, which travels to the GPU.
#   bash training/encoder/prepare.sh ../shared/data training/encoder/data
set -euo pipefail
SHARED=${1:?usage: prepare.sh SHARED_DATA DATA_DIR}
DATA=${2:?usage: prepare.sh SHARED_DATA DATA_DIR}
HERE=$(cd "$(dirname "$0")" && pwd)
R="$SHARED/raw"
RAW=("$R/bundestag_wp20_speeches.txt.gz" "$R/smartdata_docs_2015_2017.txt.gz"
     "$R/ler_court_decisions_2017_2018.txt.gz" "$R/bundesgesetze_sample.txt.gz")
export RAYON_NUM_THREADS=${RAYON_NUM_THREADS:-1}
python "$HERE/train_tokenizer.py" "$DATA/tokenizer32k.json" "${RAW[@]}" --vocab 32000
python "$HERE/pack_corpus.py" "$DATA/tokenizer32k.json" "$DATA/corpus32k.npy.xz" "${RAW[@]}" \
    --max-tokens 28000000
python "$HERE/pack_ner.py" "$SHARED" "$DATA/ner.json.xz"
du -ch "$DATA"/*
