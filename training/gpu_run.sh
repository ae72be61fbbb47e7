#!/usr/bin/env bash
# One GPU session, hard-capped: CNN ensemble -> ViT distilled from it -> export -> pack into $OUT.
# Each phase stops training at its time budget (config `gpu`) and still saves + exports; `timeout`
# is the backstop (SIGTERM = stop training early, save, export; SIGKILL 15 s later).
#   bash training/gpu_run.sh            (data in training/.cache/data: python3 -m training.prepare_data)
# Env: OUT (result folder), CONFIG (gpu), DATA, WORK, PYTHON, CNN_CAP, VIT_CAP (seconds).
set -u -o pipefail
cd "$(dirname "$0")/.."
export PYTHONUNBUFFERED=1
OUTDIR="${OUT:-/tmp/fashion-gpu-out}"
CONFIG="${CONFIG:-gpu}"
DATA="${DATA:-training/.cache/data}"
WORK="${WORK:-training/runs/gpu}"
PY="${PYTHON:-python3}"
CNN_CAP="${CNN_CAP:-195}"
VIT_CAP="${VIT_CAP:-275}"
EXTRA_ARGS="${EXTRA_ARGS:-}"
mkdir -p "$OUTDIR" "$WORK"
T0=$(date +%s)
el() { echo $(( $(date +%s) - T0 )); }

{
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>/dev/null || echo "no nvidia-smi"
  "$PY" -c "import torch, numpy, PIL; print('torch', torch.__version__, 'cuda', torch.cuda.is_available(), 'numpy', numpy.__version__, 'PIL', PIL.__version__)"
  "$PY" -c "import onnx; print('onnx', onnx.__version__)" 2>&1 | tail -1
  "$PY" -c "import onnxruntime; print('onnxruntime', onnxruntime.__version__)" 2>&1 | tail -1
  ls "$DATA" | head -3; ls "$DATA/images" | wc -l
} 2>&1 | tee "$WORK/env.txt"

echo "=== [$(el)s] CNN (cap ${CNN_CAP}s)"
timeout -k 15 "$CNN_CAP" "$PY" -m training.train --model cnn --config "$CONFIG" --data "$DATA" \
  --out "$WORK/models" --runs "$WORK" $EXTRA_ARGS 2>&1 | tee "$WORK/log-cnn.txt"
echo "=== [$(el)s] CNN exit ${PIPESTATUS[0]}"

if [ ! -f "$WORK/cnn.pt" ]; then  # fail fast: no teacher, no point spending GPU time on the ViT
  echo "=== [$(el)s] no CNN checkpoint: stopping before the ViT"
  "$PY" -m training.pack_out "$WORK" "$OUTDIR"
  exit 1
fi

echo "=== [$(el)s] ViT (cap ${VIT_CAP}s)"
timeout -k 15 "$VIT_CAP" "$PY" -m training.train --model vit --config "$CONFIG" --data "$DATA" \
  --out "$WORK/models" --runs "$WORK" --teacher "$WORK/cnn.pt" $EXTRA_ARGS 2>&1 | tee "$WORK/log-vit.txt"
echo "=== [$(el)s] ViT exit ${PIPESTATUS[0]}"

"$PY" -m training.pack_out "$WORK" "$OUTDIR"
echo "=== [$(el)s] done"
