"""Copy the dataset (labels.csv + images/) into training/.cache/data (git-ignored) so that it can
travel with the working tree to a GPU machine that has no access to ../shared.

    /usr/bin/python3 -m training.prepare_data [--src ../shared/datasets/clothing] [--max-side 0]
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from . import data as D


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", default=str(D.REPO_ROOT.parent / "shared" / "datasets" / "clothing"))
    ap.add_argument("--dst", default=str(D.REPO_ROOT / "training" / ".cache" / "data"))
    ap.add_argument("--max-side", type=int, default=0, help="re-encode images to this longer side (0 = copy as is)")
    args = ap.parse_args(argv)
    src, dst = Path(args.src), Path(args.dst)
    (dst / "images").mkdir(parents=True, exist_ok=True)
    shutil.copy2(src / "labels.csv", dst / "labels.csv")
    rows = D.read_labels(src)
    total = 0
    for r in rows:
        s, d = src / "images" / r["image"], dst / "images" / r["image"]
        if not s.exists():
            continue
        if not d.exists() or d.stat().st_size == 0:
            if args.max_side:
                from PIL import Image

                with Image.open(s) as im:
                    im.thumbnail((args.max_side, args.max_side), Image.BILINEAR)
                    im.save(d, quality=92)
            else:
                shutil.copy2(s, d)
        total += d.stat().st_size
    total += (dst / "labels.csv").stat().st_size
    print(f"{len(rows)} rows, {total / 2**20:.1f} MiB in {dst}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
