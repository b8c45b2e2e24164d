#!/usr/bin/env bash
# The whole recipe on the CPU with a tiny configuration (about 11 minutes on one core):
# a 6k vocabulary and a 2-layer, 96-wide BERT pretrained 3 minutes on 2 M words, two
# fine-tuning epochs, export, evaluation. Its export is tests/data/encoder_tiny/.
#   bash training/encoder/cpu_tiny.sh ../shared/data training/runs/encoder_tiny
set -euo pipefail
SHARED=${1:?usage: cpu_tiny.sh SHARED_DATA OUT_DIR}
T=${2:?usage: cpu_tiny.sh SHARED_DATA OUT_DIR}
HERE=$(cd "$(dirname "$0")" && pwd)
R="$SHARED/raw"
export RAYON_NUM_THREADS=1 OMP_NUM_THREADS=1 TOKENIZERS_PARALLELISM=false
python "$HERE/train_tokenizer.py" "$T/tokenizer.json" \
    "$R/smartdata_docs_2015_2017.txt.gz" "$R/bundestag_wp20_speeches.txt.gz" --vocab 6000 --max-words 3000000
python "$HERE/pack_corpus.py" "$T/tokenizer.json" "$T/corpus.npy.xz" \
    "$R/smartdata_docs_2015_2017.txt.gz" "$R/bundestag_wp20_speeches.txt.gz" --max-words 2000000
python "$HERE/pack_ner.py" "$SHARED" "$T/ner.json.xz"
python "$HERE/pretrain.py" "$T/corpus.npy.xz" "$T/tokenizer.json" "$T/pretrained" \
    --layers 2 --hidden 96 --heads 4 --batch 32 --lr 2e-3 --minutes 3 --log-every 200
python "$HERE/finetune.py" "$T/pretrained" "$T/ner.json.xz" "$T/ner" \
    --epochs 2 --batch 32 --lr 1e-3 --evals-per-epoch 2
python "$HERE/export_onnx.py" "$T/ner" "$T/export" --data "$T/ner.json.xz"
python "$HERE/evaluate.py" "$T/export" --data "$T/ner.json.xz" --json "$T/eval.json"
