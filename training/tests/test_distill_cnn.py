"""KD fine-tune command on the tiny configuration (random tiny CNN/ViT checkpoints, fixture photos)."""
import json

import torch

from training import distill_cnn
from training.config import get_config
from training.models import build_model
from training.train import load_checkpoint, save_checkpoint


def _tiny_ckpts(tmp_path):
    cfg = get_config("tiny")
    size = cfg["image_size"]
    torch.manual_seed(0)
    members = [dict(m) for m in cfg["cnn"]["members"]]
    cnn_arch = {"type": "cnn_ensemble", "members": members, "num_classes": 10}
    vit_arch = dict({"type": "vit", "image_size": size, "num_classes": 10}, **cfg["vit"]["arch"])
    infos = [{"epochs": 2, "seconds": 1.0}, {"epochs": 3, "seconds": 2.0}]
    tr = {"epochs": [2, 3], "seconds": 3.0, "data": {"member0": "train", "member1": "train+extra"}, "members": infos}
    for kind, arch, path in (("cnn", cnn_arch, tmp_path / "cnn.pt"), ("vit", vit_arch, tmp_path / "vit.pt")):
        save_checkpoint(path, kind, build_model(arch), arch, tr, cfg, "x", True)
    return tmp_path / "cnn.pt", tmp_path / "vit.pt"


def test_distill_cnn_tiny(tmp_path, fixture_data, capsys):
    cnn, vit = _tiny_ckpts(tmp_path)
    common = [
        "--budget-min",
        "2",
        "--cnn-ckpt",
        str(cnn),
        "--vit-ckpt",
        str(vit),
        "--config",
        "tiny",
        "--data",
        str(fixture_data),
        "--cache",
        str(tmp_path / "cache"),
        "--train-from",
        "6",
        "--batch",
        "8",
        "--epochs",
        "2",
        "--lr",
        "1e-2",
        "--threads",
        "1",
    ]
    out = tmp_path / "models"
    assert (
        distill_cnn.main(
            common + ["--ckpt-out", str(tmp_path / "kd" / "cnn.pt"), "--export", "--min-gain", "-1", "--out", str(out)]
        )
        == 0
    )
    res = json.loads(capsys.readouterr().out.split("[kd] result ")[-1])
    assert [h["epoch"] for h in res["history"]] == [0, 1, 2]
    assert set(res["teacher_val"]) == {"cnn", "vit", "teacher"} and res["exported"]
    caches = list((tmp_path / "cache").glob("teacher-*.pt"))
    assert len(caches) == 1
    # the fine-tune changed only the trainable tail; the frozen front is the starting member's
    start, _ = load_checkpoint(cnn)
    kd, ck = load_checkpoint(tmp_path / "kd" / "cnn.pt")
    s0, s1 = start.members[1].state_dict(), kd.members[0].state_dict()
    assert all(torch.equal(s0[n], s1[n]) for n in s0 if n.startswith(("stem.", "blocks.0.", "blocks.5.")))
    # the saved tail is the best epoch's: the start weights when no epoch beat them
    assert torch.equal(s0["fc.weight"], s1["fc.weight"]) == (res["best_epoch"] == 0)
    m = json.loads((out / "metrics-cnn.json").read_text())
    kdinfo = m["training"]["cpu_kd_finetune"]
    assert kdinfo["epochs"] == 2 and kdinfo["teacher_val_accuracy"] == res["teacher_val"]["teacher"]
    assert m["training"]["selected_members"] == [1] and (out / "cnn.onnx").exists()
    assert kdinfo["val_accuracy_saved_weights"] == res["final_val"] == m["accuracy"]
    assert ck["training"]["cpu_kd_finetune"]["best_epoch"] == res["best_epoch"]
    # second run reuses the cached teacher outputs; a budget-gated run without --export leaves no models
    assert distill_cnn.main(common + ["--ckpt-out", str(tmp_path / "kd2" / "cnn.pt"), "--min-gain", "1"]) == 0
    assert "teacher cache" in capsys.readouterr().out
