"""int8 quantization of an exported tiny model. training.quantize needs onnxruntime for Python, which
Debian does not package: these tests run it with QUANT_PYTHON or .venv-quant/bin/python (.ci/run makes
that venv where pip can reach onnxruntime) and skip when neither exists."""
import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import onnx
import pytest

from training.quantize import interpreter

ROOT = Path(__file__).resolve().parents[2]
PYTHON = interpreter()


def has_onnxruntime() -> bool:
    if PYTHON is None:
        return False
    return subprocess.run([PYTHON, "-c", "import onnxruntime.quantization"], capture_output=True).returncode == 0


pytestmark = pytest.mark.skipif(not has_onnxruntime(), reason="no Python with onnxruntime (QUANT_PYTHON, .venv-quant)")


def float_bundle(tiny_run, dst: Path) -> Path:
    dst.mkdir()
    for name in ("cnn.onnx", "metrics-cnn.json", "preprocess.json", "labels.json"):
        shutil.copyfile(tiny_run["out"] / name, dst / name)
    return dst


def quantize(src: Path, out: Path, data: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            PYTHON,
            "-m",
            "training.quantize",
            "--model",
            "cnn",
            "--src",
            str(src),
            "--out",
            str(out),
            "--data",
            str(data),
            "--calib",
            "20",
            *extra,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_quantize_writes_int8_model_and_metrics(tiny_run, fixture_data, tmp_path):
    src = float_bundle(tiny_run, tmp_path / "float")
    out = tmp_path / "models"
    r = quantize(src, out, fixture_data, "--max-drop", "100")
    assert r.returncode == 0, r.stderr
    m = onnx.load(str(out / "cnn.onnx"))
    ops = {n.op_type for n in m.graph.node}
    assert {"QuantizeLinear", "DequantizeLinear"} <= ops
    int8 = [i for i in m.graph.initializer if i.data_type == onnx.TensorProto.INT8]
    assert len(int8) >= 4  # the convolution weights and the classifier
    assert [i.name for i in m.graph.input if i.name not in {x.name for x in m.graph.initializer}] == ["input"]
    metrics = json.loads((out / "metrics-cnn.json").read_text())
    q = metrics["quantization"]
    assert q["source_sha256"] == hashlib.sha256((src / "cnn.onnx").read_bytes()).hexdigest()
    assert q["calibration"]["images"] == 20 and q["reduce_range"] is True
    assert 0 <= q["prediction_agreement"] <= 1
    assert metrics["accuracy"] == metrics["onnx_accuracy"]
    assert sum(map(sum, metrics["confusion_matrix"])) == metrics["n"] == 20
    assert "parity" not in metrics
    assert (out / "preprocess.json").read_text() == (src / "preprocess.json").read_text()


def test_quantize_refusal_serves_the_float_model(tiny_run, fixture_data, tmp_path):
    src = float_bundle(tiny_run, tmp_path / "float")
    out = tmp_path / "models"
    # a negative allowance refuses even an unchanged accuracy
    r = quantize(src, out, fixture_data, "--max-drop", "-1")
    assert r.returncode == 1
    assert "serves the float model" in r.stderr
    assert (out / "cnn.onnx").read_bytes() == (src / "cnn.onnx").read_bytes()
    assert "quantization" not in json.loads((out / "metrics-cnn.json").read_text())


def test_export_into_a_float_folder_quantizes_into_its_parent(tiny_run, fixture_data, tmp_path, monkeypatch):
    from training import export

    monkeypatch.setenv("QUANT_PYTHON", PYTHON)
    served = tmp_path / "models"
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
                str(served / "float"),
            ]
        )
        == 0
    )
    metrics = json.loads((served / "metrics-cnn.json").read_text())
    ops = {n.op_type for n in onnx.load(str(served / "cnn.onnx")).graph.node}
    if "quantization" in metrics:  # int8 accepted
        assert "QuantizeLinear" in ops
    else:  # refused on the tiny model: the float file is served
        assert (served / "cnn.onnx").read_bytes() == (served / "float" / "cnn.onnx").read_bytes()
