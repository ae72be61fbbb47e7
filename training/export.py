"""Evaluation on validation, ONNX export (normalisation + hflip TTA inside the graph), ONNX parity,
metrics JSON, confusion-matrix PNG, labels.json and preprocess.json.

Re-export from a checkpoint (e.g. the one the GPU run saved):
    /usr/bin/python3 -m training.export --model cnn --ckpt training/runs/cnn.pt [--data DIR] [--out models/float]
"""
from __future__ import annotations

import argparse
import copy
import datetime as _dt
import inspect
import json
import sys
import time
from pathlib import Path
from typing import Dict

import numpy as np
import torch
import torch.nn as nn

from . import data as D
from .metrics import classification_metrics, write_metrics
from .models import TTAExport, count_params, describe, set_fused_attention
from .quantize import quantize_exported

OPSET = 17


# ------------------------------------------------------------------------------------------------ ONNX
def export_onnx(model: nn.Module, size: int, path: Path) -> None:
    """input [N,3,S,S] float32 RGB in [0,1] named `input` -> `logits` [N,10] (mean log-probs, hflip TTA)."""
    m = copy.deepcopy(model).float().cpu().eval()
    set_fused_attention(m, False)
    wrapper = TTAExport(m, size).eval()
    dummy = torch.rand(2, 3, size, size)
    kw = dict(
        input_names=["input"],
        output_names=["logits"],
        opset_version=OPSET,
        do_constant_folding=True,
        dynamic_axes={"input": {0: "batch"}, "logits": {0: "batch"}},
    )
    if "dynamo" in inspect.signature(torch.onnx.export).parameters:
        kw["dynamo"] = False  # the TorchScript exporter (PyTorch >= 2.9 defaults to dynamo)
    path.parent.mkdir(parents=True, exist_ok=True)
    with torch.no_grad():
        torch.onnx.export(wrapper, (dummy,), str(path), **kw)


def weights_to_fp16(path: Path) -> None:
    """Store large float32 initializers as float16 followed by a Cast to float32: compute stays fp32,
    the file halves. Graph input/output stay float32."""
    import onnx
    from onnx import helper, numpy_helper, TensorProto

    mdl = onnx.load(str(path))
    g = mdl.graph
    new_inits, casts = [], []
    for init in g.initializer:
        if init.data_type == TensorProto.FLOAT and int(np.prod(init.dims)) >= 1024:
            arr = numpy_helper.to_array(init).astype(np.float16)
            h = numpy_helper.from_array(arr, init.name + "__fp16")
            new_inits.append(h)
            casts.append(
                helper.make_node("Cast", [h.name], [init.name], to=TensorProto.FLOAT, name=init.name + "__cast")
            )
        else:
            new_inits.append(init)
    del g.initializer[:]
    g.initializer.extend(new_inits)
    nodes = list(g.node)
    del g.node[:]
    g.node.extend(casts + nodes)
    # initializers that were also listed as graph inputs (old exporters) must not stay inputs
    names = {c.output[0] for c in casts}
    keep = [i for i in g.input if i.name not in names]
    del g.input[:]
    g.input.extend(keep)
    onnx.checker.check_model(mdl)
    onnx.save(mdl, str(path))


def onnx_predict(path: Path, X: np.ndarray, batch: int = 64):
    """Run the exported file: onnxruntime when installed, else the onnx+torch reference runner."""
    x = X.astype(np.float32) / 255.0
    try:
        import onnxruntime as ort

        sess = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
        outs = [sess.run(["logits"], {"input": x[i : i + batch]})[0] for i in range(0, len(x), batch)]
        return np.concatenate(outs), f"onnxruntime {ort.__version__} (CPU)"
    except ImportError:
        from .onnx_torch import OnnxTorch

        r = OnnxTorch(str(path))
        outs = [r.run({"input": x[i : i + batch]})["logits"] for i in range(0, len(x), batch)]
        return np.concatenate(outs), "training/onnx_torch.py (onnx graph executed with torch ops)"


def check_onnx_contract(path: Path, size: int) -> None:
    import onnx

    m = onnx.load(str(path))
    onnx.checker.check_model(m)
    ops = max(o.version for o in m.opset_import if o.domain in ("", "ai.onnx"))
    assert ops <= 17, ops
    ins = [i for i in m.graph.input if i.name not in {x.name for x in m.graph.initializer}]
    assert [i.name for i in ins] == ["input"], [i.name for i in ins]
    assert [o.name for o in m.graph.output] == ["logits"]
    dims = ins[0].type.tensor_type.shape.dim
    assert dims[0].dim_param and [d.dim_value for d in dims[1:]] == [3, size, size]
    assert ins[0].type.tensor_type.elem_type == onnx.TensorProto.FLOAT
    assert m.graph.output[0].type.tensor_type.elem_type == onnx.TensorProto.FLOAT


# ------------------------------------------------------------------------------------------------ files
def write_static(out: Path, size: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    labels = {
        "labels": list(D.CLASSES),
        "tipo": dict(D.TIPO),
        "classes": [{"clase": i, "clase_nombre": n, "tipo": D.TIPO[n]} for i, n in enumerate(D.CLASSES)],
    }
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    pre = {
        "size": size,
        "resize": "squash",
        "interpolation": "bilinear",
        "steps": [
            "decode the image (JPEG/PNG/WebP...)",
            "apply the EXIF orientation",
            "convert to 3-channel RGB (alpha dropped, not composited)",
            f"resize the whole image to {size}x{size} ignoring the aspect ratio (no crop, no padding)",
            "float32 NCHW, value = pixel / 255 (no mean/std: normalisation is inside the graph)",
        ],
        "reference": "Pillow (what validation was measured with): ImageOps.exif_transpose(img).convert('RGB')"
        ".resize((S, S), Image.BILINEAR). Pillow's bilinear is area-aware: the triangle filter's "
        "support widens with the downscale factor, and it runs as a horizontal then a vertical pass "
        "with 8-bit rounding in between",
        "node_exact": "sharp(buf).rotate().removeAlpha().toColourspace('srgb').raw() -> RGB bytes, then "
        "training/tools/pil_bilinear.cjs resizeRGB(bytes, w, h, S, S): bit-exact with Pillow "
        "(same tensors, same logits on all 341 validation images)",
        "node_sharp_resize": "sharp .resize(S, S, {fit: 'fill', kernel: 'linear'}) matches Pillow when both sides are "
        "downscaled but not when a side is shorter than S (libvips upsamples differently; "
        "about 1 in 10 dataset photos): it moved the ViT's validation accuracy by 0.6 point",
        "node_camera_photos": "opaque JPEG/WebP/HEIC photos with both sides >= 4*S (camera photos; "
        "the dataset's largest are about 300 px) are reduced while decoding instead: sharp .resize(S, S, {fit: 'fill', "
        "kernel: 'linear'}), which shrinks on load (libjpeg DCT scaling, libwebp scaled decoding). "
        "On validation photos upscaled to 1600 px the CNN gives the exact path's class for 99.4-100 % "
        "(mean |pixel diff| 0.5-0.7)",
        "channels": "RGB",
        "layout": "NCHW",
        "dtype": "float32",
        "scale": 1 / 255,
        "mean": None,
        "std": None,
        "normalization_in_graph": {"mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225]},
        "tta_in_graph": "horizontal flip, log-probabilities averaged",
        "input_name": "input",
        "output_name": "logits",
        "output": "float32 [N,10] log-probabilities (pre-softmax logits: apply softmax for confidences), "
        "class order in labels.json",
    }
    (out / "preprocess.json").write_text(json.dumps(pre, indent=2) + "\n", encoding="utf-8")


def finalize(
    kind: str,
    model: nn.Module,
    arch: Dict,
    training: Dict,
    size: int,
    Xval,
    yval,
    out: Path,
    dataset_hash: str,
    max_bytes: int = 25_000_000,
    onnx_check: bool = True,
) -> Dict:
    from .train import predict

    out = Path(out)
    write_static(out, size)
    Xv = torch.as_tensor(np.asarray(Xval)) if not torch.is_tensor(Xval) else Xval.cpu()
    yv = np.asarray(yval)
    model = model.float().cpu().eval()
    set_fused_attention(model, False)
    t0 = time.time()
    lp = predict(model, Xv, size, torch.device("cpu"))
    met = classification_metrics(yv, lp.argmax(1))
    print(
        f"[{kind}] validation (PyTorch fp32 CPU, hflip TTA): acc {met['accuracy']:.4f} macro-F1 {met['macro_f1']:.4f} "
        f"({time.time() - t0:.1f}s)",
        flush=True,
    )
    onnx_path = out / f"{kind}.onnx"
    onnx_acc, onnx_runner, onnx_bytes, max_diff, storage = None, None, None, None, None
    try:
        t0 = time.time()
        export_onnx(model, size, onnx_path)
        storage = "float32"
        if onnx_path.stat().st_size > max_bytes:
            weights_to_fp16(onnx_path)
            storage = "float16 initializers + Cast to float32 (compute in float32)"
        check_onnx_contract(onnx_path, size)
        onnx_bytes = onnx_path.stat().st_size
        print(
            f"[{kind}] exported {onnx_path} ({onnx_bytes / 1e6:.2f} MB, weights {storage}) in {time.time() - t0:.1f}s",
            flush=True,
        )
        if onnx_check:
            t0 = time.time()
            olp, onnx_runner = onnx_predict(onnx_path, Xv.numpy())
            onnx_acc = round(float((olp.argmax(1) == yv).mean()), 4)
            max_diff = float(np.abs(olp - lp).max()) if len(yv) else 0.0
            print(
                f"[{kind}] ONNX validation acc {onnx_acc:.4f} via {onnx_runner}; max |logit diff| vs PyTorch "
                f"{max_diff:.2e} ({time.time() - t0:.1f}s)",
                flush=True,
            )
    except Exception as e:  # keep the metrics even if the export breaks
        print(f"[{kind}] ONNX export/check FAILED: {type(e).__name__}: {e}", file=sys.stderr, flush=True)
        training = dict(training, onnx_error=f"{type(e).__name__}: {e}")
    metrics = {
        "model": kind,
        "architecture": describe(arch),
        "accuracy": met["accuracy"],
        "macro_f1": met["macro_f1"],
        "split": "validation",
        "n": int(len(yv)),
        "per_class": met["per_class"],
        "confusion_matrix": met["confusion_matrix"],
        "labels": list(D.CLASSES),
        "onnx_accuracy": onnx_acc,
        "onnx_runtime": onnx_runner,
        "onnx_max_abs_logit_diff": max_diff,
        "onnx_weights": storage,
        "training": training,
        "dataset_hash": dataset_hash,
        "params": count_params(model),
        "onnx_bytes": onnx_bytes,
        "onnx_opset": OPSET,
        "image_size": size,
        "arch": arch,
        "created": _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat(),
    }
    write_metrics(out, kind, metrics, f"{kind.upper()} validation")
    return metrics


def select_members(model: nn.Module, ck: Dict, members) -> tuple:
    """A CNN ensemble checkpoint reduced to some members: (sub-ensemble, checkpoint dict with that arch,
    training facts rewritten for those members; the whole run is kept under `ensemble_run`)."""
    from .models import CNNEnsemble

    training = dict(ck["training"])
    arch = dict(ck["arch"], members=[ck["arch"]["members"][i] for i in members])
    sub = CNNEnsemble(arch["members"])
    for dst, i in zip(sub.members, members):
        dst.load_state_dict(model.members[i].state_dict())
    run = {k: training.get(k) for k in ("epochs", "seconds", "val_accuracy_training_device", "data")}
    infos = training.get("members") or []
    sel = [infos[i] for i in members if i < len(infos)]
    training["ensemble_run"] = dict(run, members_trained=len(infos))
    training["selected_members"] = list(members)
    if sel:
        training["epochs"] = sel[0]["epochs"] if len(sel) == 1 else [m["epochs"] for m in sel]
        training["seconds"] = round(sum(m["seconds"] for m in sel), 1)
    training["data"] = {
        f"member{i}": training["data"][f"member{i}"] for i in members if f"member{i}" in (training.get("data") or {})
    }
    training.pop("val_accuracy_training_device", None)
    return sub, dict(ck, arch=arch, training=training), training


def main(argv=None) -> int:
    from .train import load_checkpoint

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", choices=["cnn", "vit"], required=True)
    ap.add_argument("--ckpt", required=True)
    ap.add_argument("--data", default=None)
    ap.add_argument(
        "--out",
        default=str(D.REPO_ROOT / "models" / "float"),
        help="float bundle folder (a `float` folder is then quantized into its parent)",
    )
    ap.add_argument("--max-bytes", type=int, default=25_000_000)
    ap.add_argument(
        "--members",
        type=int,
        nargs="*",
        default=None,
        help="CNN only: export just these ensemble members (indices), e.g. --members 1",
    )
    ap.add_argument("--note", default=None, help="free text stored as training.note in the metrics")
    args = ap.parse_args(argv)
    model, ck = load_checkpoint(args.ckpt)
    size = ck["image_size"]
    training = dict(ck["training"])
    if args.members is not None:
        if ck["arch"]["type"] != "cnn_ensemble":
            raise SystemExit("--members applies to the CNN ensemble only")
        model, ck, training = select_members(model, ck, list(args.members))
    data_dir = Path(args.data) if args.data else D.default_data_dir()
    index = D.build_index(data_dir)
    Xv = D.decode_all(index.paths(index.val.names), size)
    training.setdefault("distillation", None)
    if args.note:
        training["note"] = args.note
    training["exported_from"] = (
        f"checkpoint {Path(args.ckpt).name} ({ck.get('weights_dtype')} weights), "
        f"exported and evaluated with torch {torch.__version__} on CPU"
    )
    ds_hash = index.hash()
    if ds_hash != ck.get("dataset_hash"):
        print(f"[export] WARNING: dataset hash differs from the checkpoint's ({ck.get('dataset_hash')})", flush=True)
    finalize(
        args.model,
        model,
        ck["arch"],
        training,
        size,
        Xv,
        np.array(index.val.labels),
        Path(args.out),
        ds_hash,
        args.max_bytes,
    )
    quantize_exported(args.model, Path(args.out), data_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
