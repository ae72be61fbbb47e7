"""Post-training int8 quantization of an exported model: the float bundle in models/float/ becomes the
served models/<kind>.onnx with int8 weights and activations, when its validation accuracy holds.

    .venv-quant/bin/python -m training.quantize --model cnn [--src models/float] [--out models]

Static quantization in the QDQ format (onnxruntime.quantization): per-channel int8 weights, uint8
activations calibrated on training photos through the evaluation preprocessing, Conv/MatMul/Gemm only
(normalisation, softmax and the TTA mean stay float). Weights use 7 bits (`reduce_range`): CPUs without
VNNI multiply u8 x s8 pairs into saturating 16-bit sums, and 7-bit weights cannot saturate them, so the
file gives the same answers on the AVX2 machines of free hosting tiers as on the AVX-512 one measured here.

The int8 file is served only if its validation accuracy is at most --max-drop points below the float
model's; else the float model itself is copied into --out (exit status 1), so that the served bundle
always comes from the latest float export. The metrics JSON is the float model's with the int8 model's
validation results and a `quantization` block (float accuracy, agreement, latencies).

`training.train`, `training.export` and `training.distill_cnn` export into models/float/ and then run
this with QUANT_PYTHON or .venv-quant/bin/python when there is one.

Needs onnxruntime (its quantization tools) and onnx >= 1.16 from PyPI; Debian packages neither, so:
    /usr/bin/python3 -m venv --system-site-packages .venv-quant
    .venv-quant/bin/pip install onnxruntime onnx "numpy<2" "ml_dtypes<0.6"
(numpy 1.x: Debian's matplotlib, which draws the confusion matrix, is built against it.)
"""
from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import List, Optional

import numpy as np

from . import data as D
from .metrics import classification_metrics, write_metrics

# Min/max calibration streams (percentile calibration keeps every activation: tens of GB for the ViT), and on
# 1,000 photos it matched the float CNN on every validation photo (percentile 99.99/99.999 on 512: 2 changed).
CALIB_IMAGES = 1000
OPS = ["Conv", "MatMul", "Gemm"]


def interpreter() -> Optional[str]:
    """A Python with onnxruntime for the quantizer: QUANT_PYTHON, else .venv-quant/bin/python."""
    cand = os.environ.get("QUANT_PYTHON") or str(D.REPO_ROOT / ".venv-quant" / "bin" / "python")
    return cand if Path(cand).exists() else None


def quantize_exported(kind: str, float_dir: Path, data_dir: Optional[Path] = None) -> None:
    """After an export into a float bundle (a folder named `float`), make the served bundle in the folder
    above it. Exports elsewhere (tests, GPU runs) are left alone."""
    float_dir = Path(float_dir)
    if float_dir.name != "float":
        return
    cmd = ["-m", "training.quantize", "--model", kind, "--src", str(float_dir), "--out", str(float_dir.parent)]
    cmd += ["--data", str(data_dir)] if data_dir else []
    py = interpreter()
    if py is None:
        print(
            f"[quantize] no Python with onnxruntime (QUANT_PYTHON or .venv-quant): {float_dir.parent} still "
            f"serves the previous model; run `<that python> {' '.join(cmd)}` (see training/quantize.py)",
            flush=True,
        )
        return
    subprocess.run([py, *cmd], cwd=D.REPO_ROOT, check=False)


def float32_copy(src: Path, dst: Path) -> None:
    """The export stores large weights as float16 + Cast: give the quantizer plain float32 initializers
    (the same values, so the int8 weights derive from exactly what the float file serves)."""
    import onnx
    from onnx import numpy_helper

    m = onnx.load(str(src))
    g = m.graph
    inits = {i.name: i for i in g.initializer}
    keep = []
    for n in g.node:
        init = inits.get(n.input[0]) if n.op_type == "Cast" and n.input else None
        if init is not None and init.data_type == onnx.TensorProto.FLOAT16:
            g.initializer.remove(init)
            g.initializer.append(numpy_helper.from_array(numpy_helper.to_array(init).astype(np.float32), n.output[0]))
        else:
            keep.append(n)
    del g.node[:]
    g.node.extend(keep)
    onnx.save(m, str(dst))


def calibration_names(index: D.DatasetIndex, n: int, seed: int) -> List[str]:
    """n training photos, the same share from every class (seeded)."""
    rng = np.random.default_rng(seed)
    names = np.array(index.train.names)
    labels = np.array(index.train.labels)
    per = max(1, n // D.NUM_CLASSES)
    picked: List[str] = []
    for c in range(D.NUM_CLASSES):
        pool = names[labels == c]
        picked += list(rng.choice(pool, min(per, len(pool)), replace=False))
    return picked


def session(path: Path, threads: int = 1):
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    return ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])


def run_all(s, X: np.ndarray, batch: int = 32) -> np.ndarray:
    return np.concatenate([s.run(["logits"], {"input": X[i : i + batch]})[0] for i in range(0, len(X), batch)])


def latency_ms(s, x: np.ndarray, reps: int = 30) -> float:
    """Median of `reps` single-image runs on one thread (the flip TTA makes each a batch of 2)."""
    for _ in range(5):
        s.run(["logits"], {"input": x})
    ts = []
    for _ in range(reps):
        t = time.perf_counter()
        s.run(["logits"], {"input": x})
        ts.append(time.perf_counter() - t)
    return round(float(np.median(ts)) * 1000, 2)


def quantize(fp32: Path, dst: Path, X_calib: np.ndarray, method: str, percentile) -> None:
    from onnxruntime.quantization import (
        CalibrationDataReader,
        CalibrationMethod,
        QuantFormat,
        QuantType,
        quantize_static,
    )
    from onnxruntime.quantization.shape_inference import quant_pre_process

    class Reader(CalibrationDataReader):
        def __init__(self):
            self.i = 0

        def get_next(self):  # one photo at a time: percentile calibration stacks equal-shaped batches
            if self.i >= len(X_calib):
                return None
            self.i += 1
            return {"input": X_calib[self.i - 1 : self.i]}

        def rewind(self):
            self.i = 0

    pre = dst.with_suffix(".pre.onnx")
    quant_pre_process(str(fp32), str(pre))
    extra = {"CalibPercentile": percentile} if method == "percentile" else {}
    quantize_static(
        str(pre),
        str(dst),
        Reader(),
        quant_format=QuantFormat.QDQ,
        op_types_to_quantize=OPS,
        per_channel=True,
        reduce_range=True,
        activation_type=QuantType.QUInt8,
        weight_type=QuantType.QInt8,
        calibrate_method=CalibrationMethod.Percentile if method == "percentile" else CalibrationMethod.MinMax,
        extra_options=extra,
    )


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", choices=["cnn", "vit"], required=True)
    ap.add_argument("--src", default=str(D.REPO_ROOT / "models" / "float"), help="folder of the float bundle")
    ap.add_argument("--out", default=str(D.REPO_ROOT / "models"))
    ap.add_argument("--data", default=None)
    ap.add_argument("--calib", type=int, default=CALIB_IMAGES, help="calibration photos")
    ap.add_argument("--method", choices=["minmax", "percentile"], default="minmax")
    ap.add_argument("--percentile", type=float, default=99.999)
    ap.add_argument("--max-drop", type=float, default=0.5, help="largest accepted accuracy loss, in points")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    try:
        import onnxruntime as ort
    except ImportError:
        print("training.quantize needs onnxruntime (see this module's docstring)", file=sys.stderr)
        return 2
    kind, src, out = args.model, Path(args.src), Path(args.out)
    cfg = {
        "calib": args.calib,
        "method": args.method,
        "percentile": args.percentile if args.method == "percentile" else None,
    }
    float_onnx = src / f"{kind}.onnx"
    metrics = json.loads((src / f"metrics-{kind}.json").read_text())
    size = int(json.loads((src / "preprocess.json").read_text())["size"])
    index = D.build_index(Path(args.data) if args.data else D.default_data_dir())
    calib = calibration_names(index, cfg["calib"], args.seed)
    X_calib = D.decode_all(index.paths(calib), size).astype(np.float32) / 255.0
    X_val = D.decode_all(index.paths(index.val.names), size).astype(np.float32) / 255.0
    y_val = np.array(index.val.labels)

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as td:
        fp32 = Path(td) / f"{kind}-fp32.onnx"
        q = Path(td) / f"{kind}-int8.onnx"
        t0 = time.time()
        float32_copy(float_onnx, fp32)
        quantize(fp32, q, X_calib, cfg["method"], cfg["percentile"])
        seconds = round(time.time() - t0, 1)
        s_f, s_q = session(fp32), session(q)
        lp_f, lp_q = run_all(s_f, X_val), run_all(s_q, X_val)
        met_f = classification_metrics(y_val, lp_f.argmax(1))
        met_q = classification_metrics(y_val, lp_q.argmax(1))
        agreement = round(float((lp_f.argmax(1) == lp_q.argmax(1)).mean()), 4)
        ms_f, ms_q = latency_ms(s_f, X_val[:1]), latency_ms(s_q, X_val[:1])
        drop = (met_f["accuracy"] - met_q["accuracy"]) * 100
        print(
            f"[quantize] {kind}: validation float {met_f['accuracy']:.4f} -> int8 {met_q['accuracy']:.4f} "
            f"(agreement {agreement:.4f}); 1-thread latency {ms_f} -> {ms_q} ms; "
            f"{float_onnx.stat().st_size / 1e6:.1f} -> {q.stat().st_size / 1e6:.1f} MB ({seconds}s)",
            flush=True,
        )
        refused = drop > args.max_drop
        if not refused:
            shutil.copyfile(q, out / f"{kind}.onnx")
    names = ["labels.json", "preprocess.json"]
    if refused:
        names += [f"{kind}.onnx", f"metrics-{kind}.json", f"confusion-{kind}.png"]
    for name in names:
        if (src / name).exists() and (src / name).resolve() != (out / name).resolve():
            shutil.copyfile(src / name, out / name)
    if refused:
        print(
            f"[quantize] {kind}: accuracy drops {drop:.2f} points (> {args.max_drop}): int8 refused, "
            f"{out} serves the float model",
            file=sys.stderr,
        )
        return 1
    metrics.pop("parity", None)  # measured on the float file: `python3 -m training.parity` redoes it
    metrics.update({k: met_q[k] for k in ("accuracy", "macro_f1", "per_class", "confusion_matrix")})
    metrics.update(
        {
            "onnx_accuracy": met_q["accuracy"],
            "onnx_runtime": f"onnxruntime {ort.__version__} (CPU, Python)",
            "onnx_max_abs_logit_diff": None,
            "onnx_weights": "int8 (QDQ: per-channel 7-bit int8 weights, uint8 activations; float normalisation, "
            "softmax and TTA mean)",
            "onnx_bytes": (out / f"{kind}.onnx").stat().st_size,
            "quantization": {
                "tool": f"onnxruntime.quantization.quantize_static {ort.__version__}",
                "source": f"{src.name}/{kind}.onnx",
                "source_sha256": sha256(float_onnx),
                "float_accuracy": met_f["accuracy"],
                "float_macro_f1": met_f["macro_f1"],
                "prediction_agreement": agreement,
                "calibration": {
                    "images": len(calib),
                    "split": "train (same number per class)",
                    "seed": args.seed,
                    "method": cfg["method"],
                    "percentile": cfg["percentile"],
                },
                "ops": OPS,
                "reduce_range": True,
                "latency_ms_1_thread": {"float": ms_f, "int8": ms_q, "machine": "onnxruntime CPU, batch 1 + flip"},
                "seconds": seconds,
            },
            "created": _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat(),
        }
    )
    write_metrics(out, kind, metrics, f"{kind.upper()} int8 validation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
