"""Validation metrics and the confusion-matrix figure (no torch: the int8 quantizer uses them too)."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Dict

import numpy as np

from . import data as D


def classification_metrics(y_true: np.ndarray, y_pred: np.ndarray, k: int = D.NUM_CLASSES) -> Dict:
    cm = np.zeros((k, k), dtype=np.int64)
    for t, p in zip(y_true, y_pred):
        cm[int(t), int(p)] += 1
    per, f1s = {}, []
    for i, name in enumerate(D.CLASSES):
        tp = cm[i, i]
        prec = tp / cm[:, i].sum() if cm[:, i].sum() else 0.0
        rec = tp / cm[i, :].sum() if cm[i, :].sum() else 0.0
        f1 = 2 * prec * rec / (prec + rec) if (prec + rec) else 0.0
        per[name] = {
            "precision": round(float(prec), 4),
            "recall": round(float(rec), 4),
            "f1": round(float(f1), 4),
            "support": int(cm[i, :].sum()),
        }
        f1s.append(f1)
    acc = float(np.trace(cm) / max(1, cm.sum()))
    return {
        "accuracy": round(acc, 4),
        "macro_f1": round(float(np.mean(f1s)), 4),
        "per_class": per,
        "confusion_matrix": cm.tolist(),
    }


def plot_confusion(cm, title: str, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    cm = np.asarray(cm)
    fig, ax = plt.subplots(figsize=(7.5, 6.5), dpi=110)
    norm = cm / np.maximum(cm.sum(1, keepdims=True), 1)
    im = ax.imshow(norm, cmap="Blues", vmin=0, vmax=1)
    ax.set_xticks(range(len(D.CLASSES)))
    ax.set_yticks(range(len(D.CLASSES)))
    ax.set_xticklabels(D.CLASSES, rotation=45, ha="right")
    ax.set_yticklabels(D.CLASSES)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    for i in range(cm.shape[0]):
        for j in range(cm.shape[1]):
            if cm[i, j]:
                ax.text(
                    j,
                    i,
                    str(cm[i, j]),
                    ha="center",
                    va="center",
                    fontsize=8,
                    color="white" if norm[i, j] > 0.5 else "black",
                )
    ax.set_title(title, fontsize=10)
    fig.colorbar(im, ax=ax, fraction=0.046, pad=0.04, label="row fraction")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def write_metrics(out: Path, kind: str, metrics: Dict, title: str) -> None:
    """models/metrics-<kind>.json and models/confusion-<kind>.png (the figure is skipped, not fatal,
    where matplotlib cannot load)."""
    (out / f"metrics-{kind}.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    try:
        plot_confusion(
            metrics["confusion_matrix"],
            f"{title}: acc {metrics['accuracy']:.3f}, " f"macro-F1 {metrics['macro_f1']:.3f} (n={metrics['n']})",
            out / f"confusion-{kind}.png",
        )
    except Exception as e:
        print(f"[{kind}] confusion plot skipped: {type(e).__name__}: {e}", file=sys.stderr, flush=True)
