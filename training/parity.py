"""Export parity with the Node stack (optional; needs node + the repo's onnxruntime-node and sharp):
runs each models/*.onnx with onnxruntime-node on (a) the exact Pillow-path tensors and (b) sharp's
preprocessing, and records the result under "parity" in models/metrics-<model>.json.

    /usr/bin/python3 -m training.parity [--data DIR] [--out models/]
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from . import data as D


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=None)
    ap.add_argument("--out", default=str(D.REPO_ROOT / "models"))
    ap.add_argument("--models", nargs="*", default=["cnn", "vit"])
    args = ap.parse_args(argv)
    if not shutil.which("node"):
        print("node not found: skipping", file=sys.stderr)
        return 0
    out = Path(args.out)
    data_dir = Path(args.data) if args.data else D.default_data_dir()
    size = json.loads((out / "preprocess.json").read_text())["size"]
    index = D.build_index(data_dir)
    X = D.decode_all(index.paths(index.val.names), size)
    script = D.REPO_ROOT / "training" / "tools" / "ort_node_parity.cjs"
    with tempfile.TemporaryDirectory() as td:
        binp = Path(td) / "val.bin"
        binp.write_bytes(np.ascontiguousarray(X).tobytes())
        for kind in args.models:
            onnx_path = out / f"{kind}.onnx"
            mpath = out / f"metrics-{kind}.json"
            if not onnx_path.exists() or not mpath.exists():
                continue
            r = subprocess.run(
                ["node", str(script), str(onnx_path), str(size), str(data_dir), str(binp)],
                capture_output=True,
                text=True,
                cwd=str(D.REPO_ROOT),
            )
            if r.returncode != 0:
                print(r.stderr, file=sys.stderr)
                return 1
            res = json.loads(r.stdout.strip().splitlines()[-1])
            m = json.loads(mpath.read_text())
            m["parity"] = res
            mpath.write_text(json.dumps(m, indent=2) + "\n")
            print(f"[parity] {kind}: {json.dumps(res)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
