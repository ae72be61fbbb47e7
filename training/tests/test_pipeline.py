"""Pipeline tests on the `tiny` configuration (a few dozen real CC0 photos, 32 px, two epochs)."""
import json
import shutil
import subprocess
from pathlib import Path

import numpy as np
import onnx
import pytest
import torch

from training import data as D
from training.export import check_onnx_contract, weights_to_fp16
from training.models import TTAExport
from training.onnx_torch import OnnxTorch
from training.train import load_checkpoint

METRIC_KEYS = {
    "model",
    "architecture",
    "accuracy",
    "macro_f1",
    "split",
    "n",
    "per_class",
    "confusion_matrix",
    "labels",
    "onnx_accuracy",
    "training",
    "dataset_hash",
    "params",
    "onnx_bytes",
    "created",
}
TRAINING_KEYS = {
    "epochs",
    "image_size",
    "optimizer",
    "lr",
    "batch_size",
    "augmentation",
    "seed",
    "device",
    "seconds",
    "distillation",
}


def test_class_order_and_tipo():
    assert D.CLASSES == [
        "Dress",
        "Hat",
        "Longsleeve",
        "Outwear",
        "Pants",
        "Shirt",
        "Shoes",
        "Shorts",
        "Skirt",
        "T-shirt",
    ]
    assert [D.TIPO[c] for c in D.CLASSES] == [
        "vestido",
        "accesorio",
        "superior",
        "abrigo",
        "inferior",
        "superior",
        "zapatos",
        "inferior",
        "inferior",
        "superior",
    ]
    assert [c.lower() for c in D.CLASSES] == D.CLASS10


def test_index_and_hash(fixture_data):
    idx = D.build_index(fixture_data)
    assert len(idx.train) == 20 and len(idx.val) == 20
    assert sorted(set(idx.train.labels)) == list(range(10))
    assert len(idx.extra_labeled) == 2 and len(idx.extra_unlabeled) == 4  # Blazer, Shoes | Hoodie, Polo, ...
    assert (
        D.CLASSES[
            idx.extra_labeled.labels[
                idx.extra_labeled.names.index(
                    next(n for n, l in zip(idx.extra_labeled.names, idx.extra_labeled.labels) if l == 3)
                )
            ]
        ]
        == "Outwear"
    )
    assert idx.hash() == D.build_index(fixture_data).hash() and len(idx.hash()) == 64


def test_preprocess_path_squash_and_exif(tmp_path):
    from PIL import Image

    img = Image.new("RGB", (40, 20), (255, 0, 0))
    img.paste((0, 0, 255), (0, 0, 20, 20))  # left half blue
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 CW on display
    p = tmp_path / "x.jpg"
    img.save(p, exif=exif.tobytes(), quality=95)
    a = D.load_image(p, 16)
    assert a.shape == (16, 16, 3) and a.dtype == np.uint8
    # after EXIF rotation the blue half is on top
    assert a[2, 8, 2] > 200 and a[13, 8, 0] > 200
    ref = np.asarray(Image.open(p).transpose(Image.ROTATE_270).convert("RGB").resize((16, 16), Image.BILINEAR))
    assert np.array_equal(a, ref)


def test_augment_shapes_and_seed():
    from training.augment import GpuAugment
    from training.config import get_config

    x = torch.randint(0, 256, (6, 3, 32, 32), dtype=torch.uint8)
    cfg = dict(get_config("tiny")["cnn"]["aug"], mix_p=1.0)
    a1, a2 = GpuAugment(cfg, "cpu", 3), GpuAugment(cfg, "cpu", 3)
    y1, y2 = a1(x), a2(x)
    assert y1.shape == (6, 3, 32, 32) and y1.dtype == torch.float32
    assert float(y1.min()) >= 0.0 and float(y1.max()) <= 1.0
    assert torch.equal(y1, y2)
    t = torch.eye(10)[:6]
    xm, tm, mm = a1.mix(y1, t, torch.ones(6))
    assert torch.allclose(tm.sum(1), torch.ones(6)) and torch.allclose(mm, torch.ones(6))


def test_outputs_written(tiny_run):
    out = tiny_run["out"]
    for f in [
        "cnn.onnx",
        "vit.onnx",
        "labels.json",
        "preprocess.json",
        "metrics-cnn.json",
        "metrics-vit.json",
        "confusion-cnn.png",
        "confusion-vit.png",
    ]:
        assert (out / f).exists(), f
    labels = json.loads((out / "labels.json").read_text())
    assert labels["labels"] == D.CLASSES and labels["tipo"] == D.TIPO
    pre = json.loads((out / "preprocess.json").read_text())
    assert pre["size"] == 32 and pre["resize"] == "squash" and pre["interpolation"] == "bilinear"
    assert (tiny_run["runs"] / "cnn.pt").exists() and (tiny_run["runs"] / "vit.pt").exists()


@pytest.mark.parametrize("kind", ["cnn", "vit"])
def test_metrics_json(tiny_run, kind):
    m = json.loads((tiny_run["out"] / f"metrics-{kind}.json").read_text())
    assert METRIC_KEYS <= set(m)
    assert TRAINING_KEYS <= set(m["training"])
    assert m["model"] == kind and m["split"] == "validation" and m["n"] == 20
    assert m["labels"] == D.CLASSES and set(m["per_class"]) == set(D.CLASSES)
    assert set(m["per_class"]["Dress"]) == {"precision", "recall", "f1", "support"}
    cm = np.array(m["confusion_matrix"])
    assert cm.shape == (10, 10) and cm.sum() == 20
    assert abs(np.trace(cm) / 20 - m["accuracy"]) < 1e-6
    assert m["onnx_accuracy"] == m["accuracy"]  # exported graph == PyTorch evaluation
    assert m["onnx_bytes"] == (tiny_run["out"] / f"{kind}.onnx").stat().st_size <= 25_000_000
    assert m["params"] > 0 and len(m["dataset_hash"]) == 64
    if kind == "vit":
        assert m["training"]["distillation"]["teacher"].startswith("cnn.pt")


@pytest.mark.parametrize("kind", ["cnn", "vit"])
def test_onnx_contract_and_parity(tiny_run, kind):
    path = tiny_run["out"] / f"{kind}.onnx"
    check_onnx_contract(path, 32)
    m = onnx.load(str(path))
    assert max(o.version for o in m.opset_import if o.domain in ("", "ai.onnx")) <= 17
    x = np.random.RandomState(0).rand(3, 3, 32, 32).astype(np.float32)  # batch 3: dynamic axis
    y = OnnxTorch(str(path)).run({"input": x})["logits"]
    assert y.shape == (3, 10) and y.dtype == np.float32
    model, ck = load_checkpoint(tiny_run["runs"] / f"{kind}.pt")
    ref = TTAExport(model.eval(), 32)(torch.from_numpy(x)).detach().numpy()
    assert np.abs(y - ref).max() < 1e-4
    # horizontal-flip TTA is inside the graph: mirrored input gives the same output
    y2 = OnnxTorch(str(path)).run({"input": x[..., ::-1].copy()})["logits"]
    assert np.abs(y - y2).max() < 1e-4
    # outputs are averaged log-probabilities: finite and <= 0 (softmax gives the confidences)
    assert np.isfinite(y).all() and (y <= 1e-6).all()


def test_fp16_weight_storage(tiny_run, tmp_path):
    src = tiny_run["out"] / "cnn.onnx"
    dst = tmp_path / "cnn16.onnx"
    shutil.copy(src, dst)
    weights_to_fp16(dst)
    check_onnx_contract(dst, 32)
    x = np.random.RandomState(1).rand(2, 3, 32, 32).astype(np.float32)
    a = OnnxTorch(str(src)).run({"input": x})["logits"]
    b = OnnxTorch(str(dst)).run({"input": x})["logits"]
    assert np.abs(a - b).max() < 5e-3


def test_determinism(tiny_run, fixture_data, tmp_path):
    """Same seed, same data -> bit-identical weights and metrics (CPU)."""
    from training import train

    args = [
        "--model",
        "cnn",
        "--config",
        "tiny",
        "--data",
        str(fixture_data),
        "--out",
        str(tmp_path / "m"),
        "--runs",
        str(tmp_path / "r"),
    ]
    assert train.main(args) == 0
    a = torch.load(tiny_run["runs"] / "cnn.pt")["state_dict"]
    b = torch.load(tmp_path / "r" / "cnn.pt")["state_dict"]
    assert a.keys() == b.keys()
    for k in a:
        assert torch.equal(a[k], b[k]), k
    ma = json.loads((tiny_run["out"] / "metrics-cnn.json").read_text())
    mb = json.loads((tmp_path / "m" / "metrics-cnn.json").read_text())
    assert ma["confusion_matrix"] == mb["confusion_matrix"]


def test_export_from_checkpoint(tiny_run, fixture_data, tmp_path):
    from training import export

    assert (
        export.main(
            [
                "--model",
                "vit",
                "--ckpt",
                str(tiny_run["runs"] / "vit.pt"),
                "--data",
                str(fixture_data),
                "--out",
                str(tmp_path),
            ]
        )
        == 0
    )
    m = json.loads((tmp_path / "metrics-vit.json").read_text())
    assert m["onnx_accuracy"] == m["accuracy"]


def test_node_onnxruntime_parity(tiny_run, fixture_data):
    """The exported file runs in onnxruntime-node (the server's runtime) when the repo has it installed."""
    root = Path(__file__).resolve().parents[2]
    if (
        not shutil.which("node")
        or not (root / "node_modules" / "onnxruntime-node").exists()
        or not (root / "node_modules" / "sharp").exists()
    ):
        pytest.skip("node, onnxruntime-node or sharp not installed")
    from training import parity

    assert parity.main(["--data", str(fixture_data), "--out", str(tiny_run["out"])]) == 0
    for kind in ("cnn", "vit"):
        m = json.loads((tiny_run["out"] / f"metrics-{kind}.json").read_text())
        assert m["parity"]["pil_accuracy"] == m["onnx_accuracy"]


def test_export_subset_of_cnn_members(tiny_run, fixture_data, tmp_path):
    from training import export

    assert (
        export.main(
            [
                "--model",
                "cnn",
                "--ckpt",
                str(tiny_run["runs"] / "cnn.pt"),
                "--data",
                str(fixture_data),
                "--out",
                str(tmp_path),
                "--members",
                "1",
                "--note",
                "member 1 only",
            ]
        )
        == 0
    )
    m = json.loads((tmp_path / "metrics-cnn.json").read_text())
    assert len(m["arch"]["members"]) == 1 and m["training"]["selected_members"] == [1]
    assert m["training"]["note"] == "member 1 only" and m["onnx_accuracy"] == m["accuracy"]


def test_pil_bilinear_js_is_bit_exact(fixture_data, tmp_path):
    """training/tools/pil_bilinear.cjs (sharp decode + Pillow's bilinear in JS) == the Python eval path."""
    root = Path(__file__).resolve().parents[2]
    if not shutil.which("node") or not (root / "node_modules" / "sharp").exists():
        pytest.skip("node or sharp not installed")
    names = sorted(p.name for p in (fixture_data / "images").glob("*.jpg"))[:12]
    js = tmp_path / "check.cjs"
    js.write_text(
        """
const sharp = require(process.argv[2] + '/node_modules/sharp');
const { resizeRGB } = require(process.argv[2] + '/training/tools/pil_bilinear.cjs');
const fs = require('fs');
(async () => {
  const [, , , dir, S, out, ...files] = process.argv;
  const chunks = [];
  for (const f of files) {
    const { data, info } = await sharp(dir + '/' + f).rotate().removeAlpha().toColourspace('srgb').raw()
      .toBuffer({ resolveWithObject: true });
    chunks.push(Buffer.from(resizeRGB(data, info.width, info.height, +S, +S)));
  }
  fs.writeFileSync(out, Buffer.concat(chunks));
})();
"""
    )
    for size in (32, 160):  # down- and up-sampling
        out = tmp_path / f"o{size}.bin"
        subprocess.run(
            ["node", str(js), str(root), str(fixture_data / "images"), str(size), str(out)] + names, check=True
        )
        got = np.fromfile(out, np.uint8).reshape(len(names), size, size, 3)
        ref = np.stack([D.load_image(fixture_data / "images" / n, size) for n in names])
        assert np.array_equal(got, ref)
