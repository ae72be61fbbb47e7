"""Pack a GPU run's results into at most 8 files of <= 15 MiB under $OUT (what the device machine
can send back): one tar, split into parts. Priority: metrics/logs/PNGs/json, checkpoints, then ONNX
files while the total stays under --cap MiB.

    python3 -m training.pack_out WORK_DIR OUT_DIR
Reassemble: cat OUT/bundle.tar.* > bundle.tar && tar xf bundle.tar -C training/runs/gpu
"""
from __future__ import annotations

import hashlib
import sys
import tarfile
from pathlib import Path

PART = 15 * 2**20


def main(argv=None) -> int:
    argv = argv if argv is not None else sys.argv[1:]
    work, out = Path(argv[0]), Path(argv[1])
    cap = int(argv[2]) * 2**20 if len(argv) > 2 else 60 * 2**20
    out.mkdir(parents=True, exist_ok=True)
    small = sorted(p for p in work.rglob("*") if p.is_file() and p.suffix not in (".pt", ".onnx", ".tmp"))
    ckpts = sorted(p for p in work.glob("*.pt"))
    onnx = sorted((p for p in work.rglob("*.onnx")), key=lambda p: p.stat().st_size)
    chosen, total = [], 0
    for p in small + ckpts + onnx:
        sz = p.stat().st_size
        if total + sz + 4096 > cap:
            print(f"[pack] left out {p} ({sz / 2**20:.1f} MiB)")
            continue
        chosen.append(p)
        total += sz + 1024
    tar_path = out / "bundle.tar"
    with tarfile.open(tar_path, "w") as tf:
        for p in chosen:
            tf.add(p, arcname=str(p.relative_to(work)))
    data = tar_path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    tar_path.unlink()
    n = 0
    for i in range(0, max(len(data), 1), PART):
        (out / f"bundle.tar.{n:02d}").write_bytes(data[i : i + PART])
        n += 1
    print(f"[pack] {len(chosen)} files, {len(data) / 2**20:.1f} MiB in {n} part(s), sha256 {sha}")
    for p in chosen:
        print(f"[pack]   {p.relative_to(work)} {p.stat().st_size}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
