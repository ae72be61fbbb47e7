"""One command: train, evaluate on validation, export ONNX + metrics.

    /usr/bin/python3 -m training.train --model cnn --config gpu|cpu|tiny [--data DIR] [--out models/float]
    /usr/bin/python3 -m training.train --model vit --config gpu|cpu|tiny [--teacher training/runs/cnn.pt]

The CNN run saves its checkpoint to <runs>/cnn.pt; the ViT run loads it as its distillation teacher.
Seeded: on CPU two runs give identical weights; on CUDA results are seeded but not bit-exact, and the
`gpu` config caps epochs by a time budget (the epochs used are written to the metrics).
"""
from __future__ import annotations

import argparse
import contextlib
import inspect
import json
import math
import os
import random
import signal
import sys
import time
from pathlib import Path
from typing import Callable, Dict, List, Optional

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.optim.lr_scheduler import LambdaLR
from torch.optim.swa_utils import AveragedModel

try:
    from tqdm import tqdm
except ImportError:  # progress bar is a nicety: never fail a run for it

    class tqdm:  # type: ignore
        def __init__(self, total=0, desc="", **kw):
            self.total, self.n, self.desc = total, 0, desc

        def update(self, n=1):
            self.n += n

        def set_postfix(self, **kw):
            pass

        def refresh(self):
            pass

        def close(self):
            pass

        @staticmethod
        def write(s):
            print(s, flush=True)


from . import data as D
from .augment import GpuAugment
from .config import get_config
from .models import CNNEnsemble, TTAExport, build_model, set_fused_attention

STOP = {"flag": False}


def _on_term(signum, frame):  # timeout(1) sends SIGTERM: stop training, still save and export
    STOP["flag"] = True
    print(f"[train] signal {signum}: stopping training early, will save and export", file=sys.stderr, flush=True)


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    if torch.cuda.is_available():
        torch.cuda.manual_seed_all(seed)


def device_name(device: torch.device) -> str:
    if device.type == "cuda":
        return f"cuda ({torch.cuda.get_device_name(device)}), torch {torch.__version__}"
    return f"cpu ({torch.get_num_threads()} threads), torch {torch.__version__}"


def autocast(device: torch.device):
    if device.type == "cuda":
        return torch.autocast(device_type="cuda", dtype=torch.bfloat16)
    return contextlib.nullcontext()


def make_optimizer(model: nn.Module, lr: float, wd: float, device: torch.device):
    decay, no_decay = [], []
    for n, p in model.named_parameters():
        if not p.requires_grad:
            continue
        if p.ndim <= 1 or n.endswith(("cls_token", "dist_token", "pos_embed")):
            no_decay.append(p)
        else:
            decay.append(p)
    groups = [{"params": decay, "weight_decay": wd}, {"params": no_decay, "weight_decay": 0.0}]
    if device.type == "cuda":
        try:
            return torch.optim.AdamW(groups, lr=lr, fused=True)
        except (TypeError, RuntimeError):
            pass
    return torch.optim.AdamW(groups, lr=lr)


def ema_of(model: nn.Module, decay: float) -> AveragedModel:
    """Exponential moving average of the weights and float buffers (BatchNorm statistics), starting
    from the current weights; integer buffers (BatchNorm's batch counter) follow the model."""

    def avg(averaged: torch.Tensor, current: torch.Tensor, _n: torch.Tensor) -> torch.Tensor:
        return averaged + (current - averaged) * (1.0 - decay) if averaged.is_floating_point() else current

    ema = AveragedModel(model, avg_fn=avg, use_buffers=True)
    ema.update_parameters(model)  # the first update copies: the average starts at these weights
    return ema


def warmup_cosine(warm: int, total: Callable[[], int]) -> Callable[[int], float]:
    """LR factor for LambdaLR: linear warmup over `warm` steps, then cosine to 1 % at total() steps
    (total is read at each step: the time budget re-plans the run's length)."""

    def factor(step: int) -> float:
        if step < warm:
            return (step + 1) / warm
        progress = min(1.0, (step - warm) / max(1, total() - warm))
        return 0.01 + 0.99 * 0.5 * (1 + math.cos(math.pi * progress))

    return factor


@torch.no_grad()
def predict(
    model: nn.Module, X: torch.Tensor, size: int, device: torch.device, tta: bool = True, batch: int = 256
) -> np.ndarray:
    """Log-probabilities [N,10] for uint8 images X [N,3,S,S]; tta=True is exactly the exported graph."""
    was = model.training
    model.eval()
    fn = TTAExport(model, size).to(device) if tta else model
    outs = []
    for i in range(0, X.shape[0], batch):
        x = X[i : i + batch].to(device).float() / 255.0
        outs.append(fn(x).float().cpu())
    model.train(was)
    return torch.cat(outs).numpy() if outs else np.zeros((0, D.NUM_CLASSES), np.float32)


def soft_ce(logits: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    return -(target * F.log_softmax(logits.float(), dim=-1)).sum(-1).mean()


def fit(
    model: nn.Module,
    X: torch.Tensor,
    rows: torch.Tensor,
    targets: torch.Tensor,
    mass: torch.Tensor,
    tcfg: Dict,
    loss_fn: Callable,
    device: torch.device,
    seed: int,
    size: int,
    desc: str,
    val: Optional[tuple] = None,
    budget_s: Optional[float] = None,
) -> Dict:
    """Generic loop: GPU batch augmentation, AdamW, linear warmup + cosine, EMA, optional time budget.
    Returns a dict of what happened; leaves the better of raw/EMA weights (by validation) in `model`."""
    gen = torch.Generator()
    gen.manual_seed(seed)
    aug = GpuAugment(tcfg["aug"], device, seed)
    N = int(rows.numel())
    bs = min(tcfg["batch_size"], N)
    spe = max(1, N // bs)
    E = int(tcfg["epochs"])
    warm = max(1, int(tcfg["warmup_epochs"]) * spe)
    total = max(E * spe, warm + 1)
    lr0 = tcfg["lr"]
    opt = make_optimizer(model, lr0, tcfg["weight_decay"], device)
    sched = LambdaLR(opt, warmup_cosine(warm, lambda: total))
    ema = ema_of(model, 1.0 - 1.0 / max(1.0, tcfg["ema_epochs"] * spe))
    cl = device.type == "cuda"
    if cl:
        model.to(memory_format=torch.channels_last)
    rows_dev = rows.to(device)
    t0 = time.time()
    ends: List[float] = []
    eval_s = last_eval_s = 0.0
    epoch = step = 0
    last_val = float("nan")
    hist = []
    tty = sys.stderr.isatty()
    pbar = tqdm(total=E, desc=desc, dynamic_ncols=tty, mininterval=1.0 if tty else 20.0, file=sys.stderr)
    model.train()
    while epoch < E and not STOP["flag"]:
        perm = rows_dev[torch.randperm(N, generator=gen)[: spe * bs].to(device)]
        loss_sum = torch.zeros((), device=device)
        for it in range(spe):
            idx = perm[it * bs : (it + 1) * bs]
            x = aug(X[idx])
            x, t, m = aug.mix(x, targets[idx], mass[idx])
            if cl:
                x = x.contiguous(memory_format=torch.channels_last)
            lr = sched.get_last_lr()[0]
            with autocast(device):
                loss = loss_fn(model, x, t, m)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            if tcfg.get("grad_clip"):
                torch.nn.utils.clip_grad_norm_(model.parameters(), tcfg["grad_clip"])
            opt.step()
            sched.step()
            ema.update_parameters(model)
            loss_sum += loss.detach()
            step += 1
            if STOP["flag"]:
                break
        epoch += 1
        ends.append(time.time() - t0 - eval_s)  # training time only: evaluations are accounted apart
        if budget_s is not None and epoch >= 2:
            per = (ends[-1] - ends[0]) / (epoch - 1)  # epoch 1 (cudnn autotuning, warm-up) left out
            per_all = per + (last_eval_s / tcfg["eval_every"])
            elapsed = time.time() - t0
            if epoch in (2, 4, 8, 16, 32, 64, 128, 256):  # re-plan the schedule length from measured speed
                newE = min(int(tcfg["epochs"]), epoch + max(1, int((budget_s - elapsed) / per_all)))
                newE = max(newE, int(tcfg["warmup_epochs"]) + 1)
                if newE != E:
                    E = newE
                    total = max(E * spe, warm + 1)
                    pbar.total = E
                    pbar.refresh()
            if elapsed + per_all > budget_s * 1.06 and epoch < E:
                tqdm.write(f"[{desc}] time budget {budget_s:.0f}s reached at epoch {epoch}/{E}")
                E = epoch
                break
        if val is not None and (epoch % tcfg["eval_every"] == 0 or epoch == E):
            te = time.time()
            lp = predict(model, val[0], size, device, tta=False)
            last_val = float((lp.argmax(1) == val[1]).mean())
            model.train()
            last_eval_s = time.time() - te
            eval_s += last_eval_s
            hist.append((epoch, round(last_val, 4)))
            tqdm.write(
                f"[{desc}] epoch {epoch}/{E} loss {float(loss_sum) / spe:.4f} val_acc {last_val:.4f} "
                f"lr {lr:.2e} {time.time() - t0:.0f}s"
            )
        pbar.set_postfix(loss=f"{float(loss_sum) / spe:.3f}", val=f"{last_val:.3f}")
        pbar.update(1)
    pbar.close()
    seconds = time.time() - t0
    info = {
        "epochs": epoch,
        "epochs_planned": E,
        "steps": step,
        "batch_size": bs,
        "images": N,
        "seconds": round(seconds, 1),
        "val_history": hist,
    }
    # choose raw vs EMA weights on validation (same TTA path as the export)
    if val is not None:
        raw_sd = {k: v.detach().clone() for k, v in model.state_dict().items()}
        acc_raw = float((predict(model, val[0], size, device).argmax(1) == val[1]).mean())
        model.load_state_dict(ema.module.state_dict())
        acc_ema = float((predict(model, val[0], size, device).argmax(1) == val[1]).mean())
        if acc_raw > acc_ema:
            model.load_state_dict(raw_sd)
        info.update(
            {
                "val_acc_raw": round(acc_raw, 4),
                "val_acc_ema": round(acc_ema, 4),
                "weights": "raw" if acc_raw > acc_ema else "ema",
            }
        )
        tqdm.write(
            f"[{desc}] done: {epoch} epochs in {seconds:.0f}s; val acc (hflip TTA) raw {acc_raw:.4f} ema {acc_ema:.4f}"
        )
    if cl:
        model.to(memory_format=torch.contiguous_format)
    return info


# ------------------------------------------------------------------------------------------------ data
class Loaded:
    """Decoded images (uint8 on the device) in one tensor: rows of train, val, extra labeled, extra unlabeled."""

    def __init__(self, index: D.DatasetIndex, size: int, device: torch.device, workers: int, with_unlabeled: bool):
        parts = [("train", index.train), ("val", index.val), ("extra_labeled", index.extra_labeled)]
        if with_unlabeled:
            parts.append(("extra_unlabeled", index.extra_unlabeled))
        names, labels, self.rows = [], [], {}
        for key, sp in parts:
            self.rows[key] = torch.arange(len(names), len(names) + len(sp))
            names += sp.names
            labels += sp.labels
        t0 = time.time()
        arr = D.decode_all(index.paths(names), size, workers)
        self.X = torch.from_numpy(arr).to(device)
        self.y = torch.tensor(labels, dtype=torch.long)
        self.names = names
        print(
            f"[data] decoded {len(names)} images at {size}px in {time.time() - t0:.1f}s "
            + ", ".join(f"{k}={len(v)}" for k, v in self.rows.items()),
            flush=True,
        )

    def targets(self, smoothing: float, device: torch.device):
        K = D.NUM_CLASSES
        lab = self.y >= 0
        t = torch.zeros(len(self.y), K)
        t[lab] = F.one_hot(self.y[lab], K).float() * (1 - smoothing) + smoothing / K
        return t.to(device), lab.float().to(device)

    def val(self):
        r = self.rows["val"]
        return self.X[r.to(self.X.device)], self.y[r].numpy()


# ------------------------------------------------------------------------------------------------ models
def train_cnn(cfg: Dict, L: Loaded, device: torch.device, seed: int):
    c = cfg["cnn"]
    size = cfg["image_size"]
    members = [dict(m) for m in c["members"]]
    arch = {"type": "cnn_ensemble", "members": members, "num_classes": D.NUM_CLASSES}
    model = CNNEnsemble(members).to(device)
    targets, mass = L.targets(c["label_smoothing"], device)
    val = L.val()

    def loss_fn(m, x, t, _mass):
        return soft_ce(m.forward_train(x), t)

    def rows_for(m):
        r = [L.rows["train"]]
        if m.get("data", "train") == "train+extra":
            r.append(L.rows["extra_labeled"])
        return torch.cat(r)

    works = [sum(w * w for w in m["widths"]) * len(rows_for(m)) for m in members]
    t0 = time.time()
    infos = []
    for i, (m, net) in enumerate(zip(members, model.members)):
        budget = None
        if c.get("budget_s"):
            budget = max(5.0, (c["budget_s"] - (time.time() - t0)) * works[i] / sum(works[i:]))
        seed_everything(seed + i)
        info = fit(
            net,
            L.X,
            rows_for(m),
            targets,
            mass,
            c,
            loss_fn,
            device,
            seed + i,
            size,
            f"cnn[{i}] w{m['widths'][0]} {m.get('data', 'train')}",
            val,
            budget,
        )
        info["member"] = i
        infos.append(info)
        if STOP["flag"]:
            break
    if len(infos) < len(members):  # stopped early: keep only the members that were trained
        members = members[: len(infos)]
        arch["members"] = members
        trained = model
        model = CNNEnsemble(members).to(device)
        for dst, src in zip(model.members, trained.members):
            dst.load_state_dict(src.state_dict())
        print(f"[cnn] stopped early: ensemble of the {len(members)} trained member(s)", flush=True)
    lp = predict(model, val[0], size, device)
    acc = float((lp.argmax(1) == val[1]).mean())
    print(f"[cnn] ensemble val acc (hflip TTA, {device.type}) {acc:.4f}", flush=True)
    training = {
        "epochs": [i["epochs"] for i in infos],
        "image_size": size,
        "optimizer": "AdamW (decoupled wd, no wd on norms/biases)",
        "lr": c["lr"],
        "weight_decay": c["weight_decay"],
        "schedule": f"linear warmup {c['warmup_epochs']} epochs + cosine to 1%",
        "batch_size": c["batch_size"],
        "label_smoothing": c["label_smoothing"],
        "augmentation": "GPU batch: " + json.dumps(c["aug"]) + "; EMA of weights (chosen vs raw on validation)",
        "data": {f"member{i}": f"{m.get('data', 'train')} ({len(rows_for(m))} images)" for i, m in enumerate(members)},
        "extra_labeled_images": len(L.rows["extra_labeled"]),
        "extra_label_map": D.EXTRA_MAP,
        "distillation": None,
        "seed": seed,
        "device": device_name(device),
        "seconds": round(sum(i["seconds"] for i in infos), 1),
        "members": infos,
        "val_accuracy_training_device": round(acc, 4),
        "stopped_early": STOP["flag"],
    }
    return model, arch, training


def load_checkpoint(path, device="cpu"):
    kw = {"map_location": device}
    try:
        ck = torch.load(path, weights_only=True, **kw)
    except Exception:  # PyTorch 1.13's weights-only unpickler rejects floats: our own file, load it fully
        ck = (
            torch.load(path, weights_only=False, **kw)
            if "weights_only" in inspect.signature(torch.load).parameters
            else torch.load(path, **kw)
        )
    model = build_model(ck["arch"])
    model.load_state_dict({k: v.float() if v.dtype.is_floating_point else v for k, v in ck["state_dict"].items()})
    return model, ck


def train_vit(cfg: Dict, L: Loaded, device: torch.device, seed: int, teacher: Optional[nn.Module], teacher_info: str):
    c = cfg["vit"]
    size = cfg["image_size"]
    arch = dict({"type": "vit", "image_size": size, "num_classes": D.NUM_CLASSES}, **c["arch"])
    seed_everything(seed)
    model = build_model(arch).to(device)
    set_fused_attention(model, True)
    targets, mass = L.targets(c["label_smoothing"], device)
    val = L.val()
    a = c["distill_alpha"]
    if teacher is not None:
        teacher = teacher.to(device).eval()
        if device.type == "cuda":
            teacher.to(memory_format=torch.channels_last)
        for p in teacher.parameters():
            p.requires_grad_(False)

    def loss_fn(m, x, t, ms):
        out_cls, out_dist = m.forward_train(x)
        if teacher is None:  # labeled images only
            return 0.5 * soft_ce(out_cls, t) + 0.5 * soft_ce(out_dist, t)
        with torch.no_grad():
            tp = teacher(x).float().softmax(-1)  # teacher sees the very same augmented (mixed) image
        cls_t = t + (1.0 - ms).unsqueeze(1) * tp  # label where there is one, the teacher elsewhere
        return (1 - a) * soft_ce(out_cls, cls_t) + a * soft_ce(out_dist, tp)

    rows = [L.rows["train"]]
    if teacher is not None:
        rows.append(L.rows["extra_labeled"])
        if "extra_unlabeled" in L.rows:
            rows.append(L.rows["extra_unlabeled"])
        # extra photos are distillation data: their fine labels are not used for the ViT
        mass = mass.clone()
        targets = targets.clone()
        ex = torch.cat(rows[1:]).to(device)
        mass[ex] = 0.0
        targets[ex] = 0.0
    rows = torch.cat(rows)
    info = fit(model, L.X, rows, targets, mass, c, loss_fn, device, seed, size, "vit", val, c.get("budget_s"))
    set_fused_attention(model, False)
    training = {
        "epochs": info["epochs"],
        "image_size": size,
        "optimizer": "AdamW (decoupled wd, no wd on norms/biases/tokens)",
        "lr": c["lr"],
        "weight_decay": c["weight_decay"],
        "schedule": f"linear warmup {c['warmup_epochs']} epochs + cosine to 1%",
        "batch_size": c["batch_size"],
        "label_smoothing": c["label_smoothing"],
        "augmentation": "GPU batch: "
        + json.dumps(c["aug"])
        + f"; stochastic depth {c['arch']['drop_path']}; EMA of weights (chosen vs raw on validation)",
        "distillation": None
        if teacher is None
        else {
            "teacher": teacher_info,
            "kind": "DeiT distillation token, soft (KL, T=1), teacher sees the same augmented image",
            "alpha": a,
            "data": f"train {len(L.rows['train'])} labeled + extra {len(rows) - len(L.rows['train'])} teacher-labelled",
        },
        "seed": seed,
        "device": device_name(device),
        "seconds": info["seconds"],
        "fit": info,
        "stopped_early": STOP["flag"],
    }
    lp = predict(model, val[0], size, device)
    training["val_accuracy_training_device"] = round(float((lp.argmax(1) == val[1]).mean()), 4)
    print(f"[vit] val acc (hflip TTA, {device.type}) {training['val_accuracy_training_device']:.4f}", flush=True)
    return model, arch, training


def save_checkpoint(
    path: Path, kind: str, model: nn.Module, arch: Dict, training: Dict, cfg: Dict, dataset_hash: str, fp16: bool
) -> None:
    sd = {}
    for k, v in model.state_dict().items():
        v = v.detach().cpu()
        sd[k] = v.half() if (fp16 and v.dtype == torch.float32) else v.clone()
    path.parent.mkdir(parents=True, exist_ok=True)
    ck = {
        "format": 1,
        "model": kind,
        "arch": arch,
        "image_size": cfg["image_size"],
        "state_dict": sd,
        "training": json.loads(json.dumps(training)),
        "dataset_hash": dataset_hash,
        "classes": list(D.CLASSES),
        "weights_dtype": "float16" if fp16 else "float32",
    }
    tmp = path.with_suffix(".tmp")
    torch.save(ck, tmp)
    os.replace(tmp, path)
    print(f"[train] checkpoint {path} ({path.stat().st_size / 1e6:.1f} MB)", flush=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", choices=["cnn", "vit"], required=True)
    ap.add_argument("--config", default=None, help="gpu | cpu | tiny (default: gpu with CUDA, else cpu)")
    ap.add_argument("--data", default=None, help="dataset folder with labels.csv and images/")
    ap.add_argument(
        "--out",
        default=str(D.REPO_ROOT / "models" / "float"),
        help="where ONNX, metrics, labels go (a `float` folder is then quantized into its parent)",
    )
    ap.add_argument("--runs", default=str(D.REPO_ROOT / "training" / "runs"), help="checkpoint folder")
    ap.add_argument("--teacher", default=None, help="CNN checkpoint for the ViT (default <runs>/cnn.pt)")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--epochs", type=int, default=None, help="override epochs (disables the time budget)")
    ap.add_argument("--budget", type=float, default=None, help="override the training time budget (s)")
    ap.add_argument("--device", default=None, help="cuda | cpu (default: cuda when present)")
    ap.add_argument("--no-export", action="store_true", help="train and save the checkpoint only")
    args = ap.parse_args(argv)

    STOP["flag"] = False
    signal.signal(signal.SIGTERM, _on_term)
    device = torch.device(args.device or ("cuda" if torch.cuda.is_available() else "cpu"))
    cfg = get_config(args.config or ("gpu" if device.type == "cuda" else "cpu"))
    c = cfg[args.model]
    if args.epochs is not None:
        c["epochs"] = args.epochs
        c["budget_s"] = None
    if args.budget is not None:
        c["budget_s"] = args.budget
    seed = cfg["seed"] if args.seed is None else args.seed
    seed_everything(seed)
    if device.type == "cuda":
        torch.backends.cudnn.benchmark = True
        torch.backends.cuda.matmul.allow_tf32 = True
        torch.backends.cudnn.allow_tf32 = True
    data_dir = Path(args.data) if args.data else D.default_data_dir()
    index = D.build_index(data_dir, cfg["limit_per_class"], cfg["limit_extra"])
    ds_hash = index.hash()
    print(
        f"[train] model={args.model} config={args.config} device={device_name(device)} data={data_dir} "
        f"train={len(index.train)} val={len(index.val)} extra_labeled={len(index.extra_labeled)} "
        f"extra_unlabeled={len(index.extra_unlabeled)}",
        flush=True,
    )
    runs = Path(args.runs)
    size = cfg["image_size"]
    t_all = time.time()
    if args.model == "cnn":
        L = Loaded(index, size, device, cfg["workers"], with_unlabeled=False)
        model, arch, training = train_cnn(cfg, L, device, seed)
    else:
        teacher, tinfo = None, None
        tpath = Path(args.teacher) if args.teacher else runs / "cnn.pt"
        if tpath.exists():
            teacher, tck = load_checkpoint(tpath)
            if tck["image_size"] != size:
                raise SystemExit(f"teacher {tpath} was trained at {tck['image_size']}px, this config uses {size}px")
            tinfo = f"{tpath.name}: {tck['training'].get('val_accuracy_training_device')} val acc, " + ", ".join(
                f"w{m['widths'][0]}" for m in tck["arch"]["members"]
            )
            print(f"[vit] teacher {tinfo}", flush=True)
        else:
            print(f"[vit] WARNING: no teacher at {tpath}: training without distillation", flush=True)
        use_unl = teacher is not None and cfg["vit"]["use_unlabeled"]
        L = Loaded(index, size, device, cfg["workers"], with_unlabeled=use_unl)
        model, arch, training = train_vit(cfg, L, device, seed, teacher, tinfo)
        del teacher
    training["wall_seconds"] = round(time.time() - t_all, 1)
    ck_path = runs / f"{args.model}.pt"
    save_checkpoint(ck_path, args.model, model, arch, training, cfg, ds_hash, cfg["ckpt_fp16"])
    if args.no_export:
        return 0
    from .export import finalize
    from .quantize import quantize_exported

    model = model.float().cpu()
    if cfg["ckpt_fp16"]:  # evaluate/export exactly the weights that were saved
        model, _ = load_checkpoint(ck_path)
    finalize(
        args.model,
        model,
        arch,
        training,
        size,
        L.X[L.rows["val"].to(L.X.device)].cpu(),
        L.val()[1],
        Path(args.out),
        ds_hash,
        cfg["max_onnx_bytes"],
    )
    quantize_exported(args.model, Path(args.out), data_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
