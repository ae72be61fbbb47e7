"""Dataset access: labels.csv, class mapping, the evaluation preprocessing path and decoding.

The evaluation path (what `models/preprocess.json` describes and what the server must reproduce):
decode -> EXIF orientation -> RGB -> resize the whole image to S x S ignoring the aspect ratio
("squash") with Pillow's BILINEAR filter -> uint8. The model input is that divided by 255
(mean/std normalisation lives inside the exported graph).
"""
from __future__ import annotations

import csv
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence

import numpy as np
from PIL import Image, ImageOps

# Model output index order (docs/architecture.md §4).
CLASSES: List[str] = ["Dress", "Hat", "Longsleeve", "Outwear", "Pants", "Shirt", "Shoes", "Shorts", "Skirt", "T-shirt"]
CLASS10: List[str] = ["dress", "hat", "longsleeve", "outwear", "pants", "shirt", "shoes", "shorts", "skirt", "t-shirt"]
TIPO: Dict[str, str] = {
    "Dress": "vestido",
    "Hat": "accesorio",
    "Longsleeve": "superior",
    "Outwear": "abrigo",
    "Pants": "inferior",
    "Shirt": "superior",
    "Shoes": "zapatos",
    "Shorts": "inferior",
    "Skirt": "inferior",
    "T-shirt": "superior",
}
NUM_CLASSES = len(CLASSES)

# Fine labels of the `extra` split that map honestly to one of the 10 classes. Judged by looking at the
# photos: Blazer photos are blazers and jackets (Outwear). Hoodie mixes zip hoodies (Outwear) and
# pullovers (Longsleeve), Polo sits between T-shirt and Shirt, and Undershirt/Body/Top/Blouse/Other/
# Not sure/Skip have no honest class: those stay unlabeled (used only through the teacher's soft labels).
EXTRA_MAP: Dict[str, str] = {
    "T-Shirt": "t-shirt",
    "Longsleeve": "longsleeve",
    "Pants": "pants",
    "Shoes": "shoes",
    "Shirt": "shirt",
    "Dress": "dress",
    "Outwear": "outwear",
    "Shorts": "shorts",
    "Hat": "hat",
    "Skirt": "skirt",
    "Blazer": "outwear",
}

PREPROCESS = {
    "resize": "squash",
    "interpolation": "bilinear",
}

REPO_ROOT = Path(__file__).resolve().parent.parent


def default_data_dir() -> Path:
    """FASHION_DATA, else training/.cache/data (the copy made for the GPU machine), else ../shared."""
    env = os.environ.get("FASHION_DATA")
    if env:
        return Path(env)
    cache = REPO_ROOT / "training" / ".cache" / "data"
    if (cache / "labels.csv").exists():
        return cache
    for cand in (REPO_ROOT.parent / "shared" / "datasets" / "clothing", REPO_ROOT / "shared" / "datasets" / "clothing"):
        if (cand / "labels.csv").exists():
            return cand
    return REPO_ROOT.parent / "shared" / "datasets" / "clothing"


def read_labels(data_dir: Path) -> List[Dict[str, str]]:
    with open(Path(data_dir) / "labels.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def load_image(path, size: int) -> np.ndarray:
    """The evaluation preprocessing path: returns uint8 [S, S, 3] RGB."""
    with Image.open(path) as im:
        im = ImageOps.exif_transpose(im)
        im = im.convert("RGB")
        im = im.resize((size, size), Image.BILINEAR)
        return np.asarray(im, dtype=np.uint8).copy()


def _load_chw(args):
    path, size = args
    return load_image(path, size).transpose(2, 0, 1)


def decode_all(paths: Sequence, size: int, workers: int = 0) -> np.ndarray:
    """Decode every image once through the evaluation path into one uint8 array [N, 3, S, S]
    (row order = `paths` order, whatever the number of workers)."""
    out = np.empty((len(paths), 3, size, size), dtype=np.uint8)
    if len(paths) == 0:
        return out
    workers = workers or min(16, os.cpu_count() or 1)
    jobs = [(str(p), size) for p in paths]
    if workers > 1 and len(paths) > 64:
        # threads, not processes: Pillow releases the GIL while decoding/resizing, and no fork
        # happens next to CUDA or OpenMP threads
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(workers) as ex:
            for i, arr in enumerate(ex.map(_load_chw, jobs, chunksize=16)):
                out[i] = arr
        return out
    for i, j in enumerate(jobs):
        out[i] = _load_chw(j)
    return out


@dataclass
class Split:
    names: List[str] = field(default_factory=list)
    labels: List[int] = field(default_factory=list)  # -1 = unlabeled

    def __len__(self):
        return len(self.names)


@dataclass
class DatasetIndex:
    data_dir: Path
    train: Split
    val: Split
    extra_labeled: Split  # extra photos whose fine label maps to a class (EXTRA_MAP)
    extra_unlabeled: Split  # the rest of `extra`
    labels_sha: str

    def hash(self) -> str:
        """sha256 of labels.csv bytes + the sorted image names used (newline separated)."""
        h = hashlib.sha256()
        h.update((Path(self.data_dir) / "labels.csv").read_bytes())
        names = sorted(set(self.train.names + self.val.names + self.extra_labeled.names + self.extra_unlabeled.names))
        h.update("\n".join(names).encode("utf-8"))
        return h.hexdigest()

    def paths(self, names: Sequence[str]) -> List[Path]:
        return [Path(self.data_dir) / "images" / n for n in names]


def build_index(data_dir, limit_per_class: Optional[int] = None, limit_extra: Optional[int] = None) -> DatasetIndex:
    data_dir = Path(data_dir)
    rows = read_labels(data_dir)
    idx = {c: i for i, c in enumerate(CLASS10)}
    train, val, extl, extu = Split(), Split(), Split(), Split()
    counts: Dict[tuple, int] = {}
    n_extra = 0
    for r in rows:
        name, split = r["image"], r["split"]
        if not (data_dir / "images" / name).exists():
            continue
        if split in ("train", "validation"):
            c = r["class10"].strip().lower()
            if c not in idx:
                continue
            key = (split, c)
            if limit_per_class is not None and counts.get(key, 0) >= limit_per_class:
                continue
            counts[key] = counts.get(key, 0) + 1
            s = train if split == "train" else val
            s.names.append(name)
            s.labels.append(idx[c])
        elif split == "extra":
            if limit_extra is not None and n_extra >= limit_extra:
                continue
            n_extra += 1
            m = EXTRA_MAP.get(r["label"].strip())
            if m is not None:
                extl.names.append(name)
                extl.labels.append(idx[m])
            else:
                extu.names.append(name)
                extu.labels.append(-1)
    sha = hashlib.sha256((data_dir / "labels.csv").read_bytes()).hexdigest()
    return DatasetIndex(data_dir, train, val, extl, extu, sha)
