"""CPU knowledge-distillation fine-tune of the shipped CNN, sized to a wall-clock budget.

    nice -n 15 /usr/bin/python3 -m training.distill_cnn --budget-min 40 [--export --out models/float]

Teacher: the ensemble of the CNN (one member of a CNN checkpoint) and the ViT, i.e. the mean of their
log-probabilities; the CNN with its hflip TTA, the ViT with hflip TTA on validation and (unless
--vit-tta) on the original view only for the training images (halves the most expensive pass).
Teacher outputs are computed ONCE and cached in training/.cache/kd/.

Student: the same CNN member, started from its weights. On 2 shared CPU cores a full fine-tune runs
~4-5 images/s (about one epoch of train+extra in the whole budget), so the front of the network is
frozen (BN statistics included) and only `blocks[--train-from:]` + the classifier are trained, on
cached frozen features of every image and of its mirror (the augmentation is the hflip view choice +
dropout). The features come out of the very pass that computes the CNN teacher, so caching costs
nothing extra. Loss: alpha * T^2 * KL(teacher_T || student_T) + (1 - alpha) * CE(label, smoothing)
where a label exists (train + mapped extra), the KL alone on the other extra photos. AdamW, cosine
on elapsed time (or on steps with --epochs). Validation accuracy (hflip TTA, the same computation as
the exported graph) after every epoch; the best state is kept, then checked again through the full
evaluation path on the weights as saved (fp16, like the GPU checkpoint). With --export the model is
exported (training.export.finalize) only if it beats the starting CNN by --min-gain.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import sys
import time
from pathlib import Path
from typing import Dict, List

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

from . import data as D
from .config import get_config
from .export import select_members
from .models import CNNEnsemble, ResNet
from .train import device_name, load_checkpoint, predict, save_checkpoint, seed_everything

CACHE = D.REPO_ROOT / "training" / ".cache" / "kd"


def log(msg: str) -> None:
    print(f"[kd] {msg}", flush=True)


# ------------------------------------------------------------------------------------------------ CNN split
def front(net: ResNet, k: int, x: torch.Tensor) -> torch.Tensor:
    """Frozen part: normalisation, stem and blocks[:k]."""
    return net.blocks[:k](net.stem(net.norm(x)))


def head_logits(net: ResNet, k: int, f: torch.Tensor) -> torch.Tensor:
    """Trainable part: blocks[k:], global pool, dropout, classifier (pre-softmax)."""
    y = net.blocks[k:](f)
    return net.fc(net.dropout(torch.flatten(F.adaptive_avg_pool2d(y, 1), 1)))


def head_params(net: ResNet, k: int) -> List[nn.Parameter]:
    return list(net.blocks[k:].parameters()) + list(net.fc.parameters())


def head_state(net: ResNet, k: int) -> Dict[str, torch.Tensor]:
    return {
        n: v.detach().clone()
        for n, v in net.state_dict().items()
        if n.startswith("fc.") or (n.startswith("blocks.") and int(n.split(".")[1]) >= k)
    }


@torch.no_grad()
def head_eval_lp(net: ResNet, k: int, feats: torch.Tensor, batch: int = 256) -> torch.Tensor:
    """feats [N,2,C,H,W] (image, mirror) -> mean log-probs of both views (= the exported hflip TTA)."""
    net.eval()
    outs = []
    for i in range(0, feats.shape[0], batch):
        f = feats[i : i + batch].float()
        n = f.shape[0]
        lp = F.log_softmax(head_logits(net, k, f.flatten(0, 1)), -1).view(n, 2, -1)
        outs.append(lp.mean(1))
    return torch.cat(outs)


# ------------------------------------------------------------------------------------------------ teacher
@torch.no_grad()
def teacher_pass(
    cnn: ResNet, vit: nn.Module, k: int, X: np.ndarray, vit_tta: bool, feat_dtype, batch: int, what: str, t_end: float
):
    """One pass over uint8 images: frozen CNN features of image + mirror, CNN TTA log-probs, ViT log-probs."""
    cnn.eval()
    vit.eval()
    N = X.shape[0]
    feats = lp_cnn = lp_vit = None
    t0 = time.time()
    last = t0
    for i in range(0, N, batch):
        x = torch.from_numpy(X[i : i + batch]).float() / 255.0
        n = x.shape[0]
        x2 = torch.cat([x, x.flip(3)])
        f = front(cnn, k, x2)
        lc = F.log_softmax(head_logits(cnn, k, f), -1).view(2, n, -1).mean(0)
        lv = vit(x2).view(2, n, -1).mean(0) if vit_tta else vit(x)
        if feats is None:
            feats = torch.empty((N, 2) + tuple(f.shape[1:]), dtype=feat_dtype)
            lp_cnn, lp_vit = torch.empty(N, lc.shape[1]), torch.empty(N, lc.shape[1])
        feats[i : i + n] = f.view(2, n, *f.shape[1:]).transpose(0, 1).to(feat_dtype)
        lp_cnn[i : i + n], lp_vit[i : i + n] = lc, lv
        done = i + n
        if time.time() - last > 60 or done == N:
            last = time.time()
            rate = done / (last - t0)
            log(f"teacher {what}: {done}/{N} images, {rate:.1f} img/s, ETA {(N - done) / rate:.0f}s")
        if time.time() > t_end:
            raise SystemExit(f"[kd] budget spent during the teacher pass over {what} ({done}/{N}): nothing trained")
    return feats, lp_cnn, lp_vit, time.time() - t0


def cache_key(parts: Dict) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]


def file_sig(p: Path) -> str:
    st = Path(p).stat()
    return f"{Path(p).resolve()}:{st.st_size}:{int(st.st_mtime)}"


# ------------------------------------------------------------------------------------------------ main
def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--budget-min", type=float, required=True, help="wall-clock budget of the whole command")
    ap.add_argument("--cnn-ckpt", default=str(D.REPO_ROOT / "training" / "runs" / "gpu" / "cnn.pt"))
    ap.add_argument("--member", type=int, default=1, help="CNN ensemble member used as student and teacher")
    ap.add_argument("--vit-ckpt", default=str(D.REPO_ROOT / "training" / "runs" / "gpu2" / "vit.pt"))
    ap.add_argument("--config", default="gpu", help="data limits: gpu/cpu = full dataset, tiny = tests")
    ap.add_argument("--data", default=None)
    ap.add_argument("--train-from", type=int, default=6, help="train blocks[K:] + fc (6 = stage 4 of 2-2-2-2)")
    ap.add_argument("--vit-tta", action="store_true", help="ViT teacher with hflip TTA on training images too")
    ap.add_argument("--T", type=float, default=3.0)
    ap.add_argument("--alpha", type=float, default=0.7, help="weight of the KL term where a label exists")
    ap.add_argument("--smoothing", type=float, default=0.1)
    ap.add_argument("--lr", type=float, default=3e-4)
    ap.add_argument("--wd", type=float, default=0.05)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--epochs", type=int, default=None, help="fixed epochs (cosine on steps); else until the budget")
    ap.add_argument("--reserve-s", type=float, default=None, help="time kept for the final check (+export)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--cache", default=str(CACHE))
    ap.add_argument("--ckpt-out", default=str(D.REPO_ROOT / "training" / "runs" / "cpu-kd" / "cnn.pt"))
    ap.add_argument("--export", action="store_true", help="export to --out if the gain is at least --min-gain")
    ap.add_argument("--min-gain", type=float, default=0.005)
    ap.add_argument(
        "--out",
        default=str(D.REPO_ROOT / "models" / "float"),
        help="float bundle folder (a `float` folder is then quantized into its parent)",
    )
    args = ap.parse_args(argv)

    t_start = time.time()
    t_end = t_start + args.budget_min * 60
    torch.set_num_threads(args.threads)
    seed_everything(args.seed)
    cfg = get_config(args.config)
    size = cfg["image_size"]
    k = args.train_from

    cnn_all, cck = load_checkpoint(args.cnn_ckpt)
    cnn_sub, cck_sub, gpu_training = select_members(cnn_all, cck, [args.member])
    student = cnn_sub.members[0]
    vit, vck = load_checkpoint(args.vit_ckpt)
    if cck["image_size"] != size or vck["image_size"] != size:
        raise SystemExit(f"checkpoints are {cck['image_size']}/{vck['image_size']}px, config {args.config} is {size}px")
    data_dir = Path(args.data) if args.data else D.default_data_dir()
    index = D.build_index(data_dir, cfg["limit_per_class"], cfg["limit_extra"])
    ds_hash = index.hash()
    log(
        f"device {device_name(torch.device('cpu'))}; data {data_dir}: train {len(index.train)}, val {len(index.val)}, "
        f"extra labeled {len(index.extra_labeled)}, unlabeled {len(index.extra_unlabeled)}; "
        f"student = member {args.member} widths {cck_sub['arch']['members'][0]['widths']}, training blocks[{k}:] + fc"
    )

    # ---------------------------------------------------------------- teacher outputs + frozen features (cached)
    key = cache_key(
        {
            "cnn": file_sig(args.cnn_ckpt),
            "member": args.member,
            "vit": file_sig(args.vit_ckpt),
            "data": ds_hash,
            "limits": [cfg["limit_per_class"], cfg["limit_extra"]],
            "size": size,
            "k": k,
            "vit_tta": args.vit_tta,
            "v": 1,
        }
    )
    cpath = Path(args.cache) / f"teacher-{key}.pt"
    tr_names = index.train.names + index.extra_labeled.names + index.extra_unlabeled.names
    tr_labels = index.train.labels + index.extra_labeled.labels + index.extra_unlabeled.labels
    if cpath.exists():
        C = torch.load(cpath)
        log(f"teacher cache {cpath} ({cpath.stat().st_size / 1e6:.0f} MB, computed in {C['seconds']:.0f}s)")
    else:
        t0 = time.time()
        Xv = D.decode_all(index.paths(index.val.names), size)
        Xt = D.decode_all(index.paths(tr_names), size)
        log(f"decoded {len(Xv)} + {len(Xt)} images in {time.time() - t0:.1f}s")
        fv, cv, vv, sv = teacher_pass(student, vit, k, Xv, True, torch.float32, args.batch, "validation", t_end)
        yv = np.array(index.val.labels)
        tv = (cv + vv) / 2
        accs = {
            n: round(float((lp.argmax(1).numpy() == yv).mean()), 4)
            for n, lp in (("cnn", cv), ("vit", vv), ("teacher", tv))
        }
        log(
            f"validation (hflip TTA): CNN {accs['cnn']:.4f}  ViT {accs['vit']:.4f}  "
            f"teacher ensemble {accs['teacher']:.4f}"
        )
        ft, ct, vt, st = teacher_pass(
            student, vit, k, Xt, args.vit_tta, torch.float16, args.batch, "train+extra", t_end
        )
        C = {
            "val_feats": fv,
            "val_labels": torch.tensor(index.val.labels),
            "val_acc": accs,
            "train_feats": ft,
            "train_teacher_lp": (ct + vt) / 2,
            "train_labels": torch.tensor(tr_labels),
            "seconds": time.time() - t0,
            "val_seconds": sv,
            "train_seconds": st,
            "n_train": len(tr_names),
        }
        cpath.parent.mkdir(parents=True, exist_ok=True)
        torch.save(C, cpath.with_suffix(".tmp"))
        os.replace(cpath.with_suffix(".tmp"), cpath)
        log(f"teacher outputs cached in {cpath} ({cpath.stat().st_size / 1e6:.0f} MB) after {time.time() - t0:.0f}s")
    accs = C["val_acc"]
    yv = C["val_labels"].numpy()
    log(f"teacher val acc {accs['teacher']:.4f} (CNN {accs['cnn']:.4f}, ViT {accs['vit']:.4f})")

    # ---------------------------------------------------------------- KD fine-tune of blocks[k:] + fc
    for p in student.parameters():
        p.requires_grad_(False)
    params = head_params(student, k)
    for p in params:
        p.requires_grad_(True)
    decay = [p for p in params if p.ndim > 1]
    no_decay = [p for p in params if p.ndim <= 1]
    opt = torch.optim.AdamW(
        [{"params": decay, "weight_decay": args.wd}, {"params": no_decay, "weight_decay": 0.0}], lr=args.lr
    )
    feats, tlp, labels = C["train_feats"], C["train_teacher_lp"], C["train_labels"]
    N = feats.shape[0]
    bs = min(args.batch, N)
    spe = max(1, N // bs)
    T, a = args.T, args.alpha
    tprob = F.softmax(tlp / T, -1)
    lab = labels >= 0
    gen = torch.Generator().manual_seed(args.seed)

    def val_acc() -> float:
        return float((head_eval_lp(student, k, C["val_feats"]).argmax(1).numpy() == yv).mean())

    te = time.time()
    acc0 = val_acc()
    eval_s = time.time() - te
    log(f"epoch 0 (start weights): val acc {acc0:.4f} ({eval_s:.1f}s)")
    best = {"acc": acc0, "epoch": 0, "state": head_state(student, k)}
    history = [{"epoch": 0, "val_acc": round(acc0, 4)}]
    # the final full-path check (+ export) needs ~ 2 CNN passes over validation (+ ONNX export and its check)
    full_eval_s = C["val_seconds"] * 0.6
    reserve = args.reserve_s if args.reserve_s is not None else full_eval_s * (4.0 if args.export else 1.5) + 10
    t_train0 = time.time()
    train_budget = max(1.0, t_end - reserve - t_train0)
    total_steps = (args.epochs or 0) * spe
    ep_times: List[float] = []
    epoch = step = 0
    while True:
        if args.epochs is not None and epoch >= args.epochs:
            break
        left = t_end - reserve - time.time()
        need = (ep_times[-1] if ep_times else 0.0) + eval_s
        if args.epochs is None and ep_times and left < need:
            log(
                f"budget: stopping after epoch {epoch} ({left:.0f}s left before the reserve, "
                f"an epoch takes ~{need:.0f}s)"
            )
            break
        if time.time() > t_end - reserve and epoch >= 1:
            log(f"budget reached during epoch planning at epoch {epoch}")
            break
        te0 = time.time()
        perm = torch.randperm(N, generator=gen)[: spe * bs]
        view = torch.randint(0, 2, (N,), generator=gen)
        student.eval()  # frozen BN statistics ...
        student.dropout.train()  # ... but dropout on
        loss_sum = 0.0
        for it in range(spe):
            idx = perm[it * bs : (it + 1) * bs]
            f = feats[idx, view[idx]].float()
            prog = step / total_steps if total_steps else (time.time() - t_train0) / train_budget
            lr = args.lr * 0.5 * (1 + math.cos(math.pi * min(1.0, prog)))
            for g in opt.param_groups:
                g["lr"] = lr
            z = head_logits(student, k, f)
            kl = F.kl_div(F.log_softmax(z / T, -1), tprob[idx], reduction="none").sum(-1) * (T * T)
            y = labels[idx].clamp(min=0)
            ce = F.cross_entropy(z, y, reduction="none", label_smoothing=args.smoothing)
            m = lab[idx].float()
            loss = (m * (a * kl + (1 - a) * ce) + (1 - m) * kl).mean()
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            loss_sum += float(loss)
            step += 1
            if time.time() > t_end - reserve:
                break
        epoch += 1
        ep_times.append(time.time() - te0)
        te = time.time()
        acc = val_acc()
        eval_s = time.time() - te
        history.append(
            {
                "epoch": epoch,
                "val_acc": round(acc, 4),
                "loss": round(loss_sum / max(1, it + 1), 4),
                "lr_end": float(f"{lr:.3g}"),
                "seconds": round(ep_times[-1], 1),
            }
        )
        log(
            f"epoch {epoch}: loss {loss_sum / max(1, it + 1):.4f} val acc {acc:.4f} lr {lr:.2e} "
            f"({ep_times[-1]:.0f}s + eval {eval_s:.0f}s, {time.time() - t_start:.0f}s total)"
        )
        if acc > best["acc"]:
            best = {"acc": acc, "epoch": epoch, "state": head_state(student, k)}
        if it + 1 < spe:  # the epoch was cut by the budget
            break
    train_seconds = time.time() - t_train0
    student.load_state_dict(best["state"], strict=False)
    for p in student.parameters():
        p.requires_grad_(True)
    log(f"best epoch {best['epoch']} val acc {best['acc']:.4f} (start {acc0:.4f}); training {train_seconds:.0f}s")

    # ---------------------------------------------------------------- save, re-check through the full path
    model = CNNEnsemble(cck_sub["arch"]["members"])
    model.members[0].load_state_dict(student.state_dict())
    kd = {
        "kind": "CPU knowledge-distillation fine-tune of the GPU run's member "
        f"{args.member} (python3 -m training.distill_cnn)",
        "teacher": f"mean log-probs of CNN member {args.member} ({Path(args.cnn_ckpt).name}, hflip TTA) and ViT "
        f"({Path(args.vit_ckpt).name}, hflip TTA on validation, "
        f"{'hflip TTA' if args.vit_tta else 'original view only'} on training images)",
        "teacher_val_accuracy": accs["teacher"],
        "teacher_members_val_accuracy": {"cnn": accs["cnn"], "vit": accs["vit"]},
        "trained": f"blocks[{k}:] + fc; stem, blocks[:{k}] and all BatchNorm statistics frozen",
        "data": f"{N} images (train {len(index.train)} + extra {N - len(index.train)}: labels on train and "
        f"{len(index.extra_labeled)} mapped extra), each as image or mirror per epoch (cached frozen features)",
        "loss": f"alpha*T^2*KL(teacher_T||student_T) + (1-alpha)*CE(label smoothing {args.smoothing}) where labelled, "
        "KL alone elsewhere",
        "T": T,
        "alpha": a,
        "optimizer": f"AdamW lr {args.lr} wd {args.wd} (none on norms/biases), cosine to 0 over the "
        f"{'steps' if args.epochs else 'time budget'}, batch {bs}",
        "epochs": epoch,
        "best_epoch": best["epoch"],
        "val_history": history,
        "train_seconds": round(train_seconds, 1),
        "teacher_pass_seconds": round(float(C["seconds"]), 1),
        "budget_min": args.budget_min,
        "device": device_name(torch.device("cpu")) + ", nice 15, 2 shared cores",
        "start_val_accuracy": round(acc0, 4),
        "best_val_accuracy_cached_path": round(best["acc"], 4),
    }
    training = dict(gpu_training)
    training["cpu_kd_finetune"] = kd
    training["distillation"] = {
        "teacher": kd["teacher"],
        "teacher_val_accuracy": accs["teacher"],
        "kind": "offline soft labels, CPU fine-tune after the GPU run (see cpu_kd_finetune)",
    }
    save_checkpoint(Path(args.ckpt_out), "cnn", model, cck_sub["arch"], training, {"image_size": size}, ds_hash, True)
    model, _ = load_checkpoint(args.ckpt_out)  # the weights exactly as saved (fp16)
    Xv = torch.from_numpy(D.decode_all(index.paths(index.val.names), size))
    t0 = time.time()
    final = float((predict(model, Xv, size, torch.device("cpu")).argmax(1) == yv).mean())
    log(
        f"saved {args.ckpt_out}; val acc through the full evaluation path (fp16-stored weights): {final:.4f} "
        f"({time.time() - t0:.0f}s); total {time.time() - t_start:.0f}s"
    )
    kd["val_accuracy_saved_weights"] = round(final, 4)
    result = {
        "teacher_val": accs,
        "start_val": round(acc0, 4),
        "best_epoch": best["epoch"],
        "best_val_cached": round(best["acc"], 4),
        "final_val": round(final, 4),
        "history": history,
        "exported": False,
        "seconds": round(time.time() - t_start, 1),
    }
    if args.export:
        if final >= acc0 + args.min_gain - 1e-9:
            from .export import finalize
            from .quantize import quantize_exported

            kd["total_seconds_before_export"] = round(time.time() - t_start, 1)
            training["exported_from"] = (
                f"checkpoint {Path(args.ckpt_out).name} (float16 weights), exported and "
                f"evaluated with torch {torch.__version__} on CPU"
            )
            finalize(
                "cnn", model, cck_sub["arch"], training, size, Xv, yv, Path(args.out), ds_hash, cfg["max_onnx_bytes"]
            )
            quantize_exported("cnn", Path(args.out), data_dir)
            result["exported"] = True
        else:
            log(f"not exported: {final:.4f} is not >= start {acc0:.4f} + {args.min_gain}")
    result["seconds"] = round(time.time() - t_start, 1)
    print("[kd] result " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
