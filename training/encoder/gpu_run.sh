#!/usr/bin/env bash
# Step 4 of issue 15 on one GPU, in one command of about 9 minutes: pretrain (6 min by
# default), fine-tune (≤ 1.5 min), export to ONNX, evaluate, then bundle the results
# into ≤ 8 files of ≤ 15 MiB under RESULT_DIR (also when a step fails or runs out of
# time: every step is cut at BUDGET_S seconds after the start, 560 by default).
#   bash training/encoder/gpu_run.sh [DATA_DIR] [RESULT_DIR]
# DATA_DIR holds what prepare.sh made here: tokenizer32k.json, corpus32k.npy.xz, ner.json.xz.
set -uo pipefail
export PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
PY=${PYTHON:-python3}  # on the device image, python3 is the one that holds PyTorch
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${1:-$HERE/data}
RES=${2:-${OUT:-$HERE/../runs/encoder_gpu}}
RUN=${RUN:-/tmp/encoder_run}
PRETRAIN_MIN=${PRETRAIN_MIN:-6}
FINETUNE_MIN=${FINETUNE_MIN:-1.5}
THREADS=${THREADS:-8}
LAYERS=${LAYERS:-6} HIDDEN=${HIDDEN:-256} HEADS=${HEADS:-4} BATCH=${BATCH:-512}
mkdir -p "$RUN" "$RES"
trap '"$PY" "$HERE/bundle.py" "$RUN" "$RES"' EXIT
{ nvidia-smi --query-gpu=name,memory.total --format=csv,noheader
  "$PY" -c "import torch, transformers, tokenizers, onnx, onnxruntime as o; \
print(torch.__version__, torch.cuda.is_available(), transformers.__version__, \
tokenizers.__version__, onnx.__version__, o.__version__)"; } | tee "$RUN/gpu.txt"
BUDGET_S=${BUDGET_S:-560}  # every step ends by then, so the bundle still runs within 10 min
step() {
    local left=$((BUDGET_S - SECONDS))
    if [ "$left" -le 5 ]; then echo "no time left for: $*"; return 1; fi
    timeout "$left" "$@"
}
set -e
step "$PY" "$HERE/pretrain.py" "$DATA/corpus32k.npy.xz" "$DATA/tokenizer32k.json" "$RUN/pretrained" \
    --layers "$LAYERS" --hidden "$HIDDEN" --heads "$HEADS" --batch "$BATCH" --lr 1e-3 --minutes "$PRETRAIN_MIN" \
    --save-minutes 2 --log-every 250 --threads "$THREADS"
step "$PY" "$HERE/finetune.py" "$RUN/pretrained" "$DATA/ner.json.xz" "$RUN/ner" \
    --epochs 4 --batch 32 --lr 2e-4 --evals-per-epoch 2 --minutes "$FINETUNE_MIN" --threads "$THREADS"
step "$PY" "$HERE/export_onnx.py" "$RUN/ner" "$RUN/export" --data "$DATA/ner.json.xz"
step "$PY" "$HERE/evaluate.py" "$RUN/export" --data "$DATA/ner.json.xz" --repeat 1 --json "$RUN/eval.json"
