#!/usr/bin/env bash
# Copies what apps/ml/Dockerfile needs into a Hugging Face Space checkout, at the paths it expects:
#   apps/ml/scripts/assemble-space.sh /tmp/space     (then: cd /tmp/space && git add -A && git push)
set -euo pipefail
dest="${1:?usage: assemble-space.sh <space-checkout-dir>}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
for f in models/cnn.onnx models/vit.onnx models/preprocess.json; do
  [ -f "$f" ] || { echo "missing $f: export the models first (training/)" >&2; exit 1; }
done
mkdir -p "$dest"
cp apps/ml/Dockerfile "$dest/Dockerfile"
cp apps/ml/Dockerfile.dockerignore "$dest/Dockerfile.dockerignore"
cp apps/ml/README.md "$dest/README.md"
cp package.json package-lock.json "$dest/"
for ws in packages/core packages/vision packages/api packages/adapters apps/ml apps/server apps/web apps/worker; do
  mkdir -p "$dest/$ws" && cp "$ws/package.json" "$dest/$ws/"
done
cp apps/ml/start.js "$dest/apps/ml/start.js"
for src in packages/core/src packages/vision/src apps/ml/src; do
  rm -rf "${dest:?}/$src" && mkdir -p "$dest/$(dirname "$src")" && cp -r "$src" "$dest/$src"
done
rm -rf "${dest:?}/models" && mkdir -p "$dest/models"
cp models/*.onnx models/*.json "$dest/models/"
cp models/*.png "$dest/models/" 2>/dev/null || true
if [ -d "$dest/.git" ]; then
  (cd "$dest" && git lfs track "*.onnx" >/dev/null 2>&1 || echo "install git-lfs: the models need it" >&2)
fi
echo "assembled the Space in $dest: commit and push it"
