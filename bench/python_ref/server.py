"""Reference ML server of the kind Fashion AI's TypeScript service replaces, for bench/ml.ts only.

FastAPI + uvicorn + PyTorch (Debian's python3-fastapi, python3-uvicorn, python3-multipart,
python3-torch: run it with /usr/bin/python3), the same HTTP contract (multipart field `imagen`),
the SAME weights and the SAME preprocessing as models/<kind>.onnx:

* weights, the same as models/<kind>.onnx, in the model definition of training/models.py wrapped
  in the exported module (TTAExport: the flip-TTA graph), taken from the first that reproduces the
  ONNX file's output (max |logit diff| < 1e-3 on a probe batch):
  1. a training checkpoint training/runs/**/<kind>.pt (after the same float16 rounding the export
     applied to large weights);
  2. the ONNX initializers mapped onto the module by the exporter's node names (Conv/Gemm; the
     export folded each BatchNorm into its convolution, so that BatchNorm becomes the identity
     plus the folded bias);
  The ONNX graph (run with torch ops by training/onnx_torch.py) only provides the reference logits
  of that check: when no module reproduces it, the server refuses to start (exit 1) rather than
  benchmark an ONNX interpreter. /health says which module serves and its max |logit diff|.
* preprocessing: training/data.py's evaluation path (Pillow: EXIF transpose, RGB, squash-resize
  with BILINEAR to S x S), values / 255. JPEGs with both sides >= 4*S are reduced while decoding
  (Pillow's draft: libjpeg DCT scaling), as the TypeScript service does for camera photos.
* colour: a small numpy k-means on a 48x48 thumbnail named by the nearest core colour swatch
  (the kind of colour step the replaced service had), so both servers do comparable work.
* torch uses 2 threads (OMP_WAIT_POLICY=PASSIVE unless set); one uvicorn worker; inference runs
  inline in the async endpoint.

    /usr/bin/python3 bench/python_ref/server.py --port 8001 [--models models] [--runs training/runs]
        [--openmp-default]
"""
from __future__ import annotations

import argparse
import io
import json
import os
import sys
import time
from pathlib import Path

# OpenMP threads that yield instead of spinning (set before torch loads its OpenMP runtime): the
# counterpart of the TypeScript service's non-spinning onnxruntime threads. With spinning, two
# torch threads on a busy 2-vCPU machine ran convolutions ~4x slower than one.
# `--openmp-default` keeps the OpenMP runtime's default behaviour (the untuned deployment).
if "--openmp-default" not in sys.argv:
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import numpy as np
import torch
import uvicorn
from fastapi import FastAPI, File, UploadFile
from fastapi.responses import JSONResponse
from PIL import Image, ImageOps

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
from training.data import CLASSES, TIPO  # noqa: E402
from training.models import TTAExport  # noqa: E402

torch.set_num_threads(2)
MAX_BYTES = 10 * 1024 * 1024

COLOR_HEX = {
    "negro": "#1c1c1c", "blanco": "#f4f4f2", "gris": "#8a8a8a", "beige": "#d9c7a7", "marrón": "#6f4a2f",
    "rojo": "#c62828", "naranja": "#ef7d22", "amarillo": "#f2c94c", "verde": "#3a7d44", "azul": "#2f5d9e",
    "rosa": "#e88aa8", "morado": "#6e3f8f",
}
SWATCH_NAMES = list(COLOR_HEX)
SWATCHES = np.array([[int(h[i:i + 2], 16) for i in (1, 3, 5)] for h in COLOR_HEX.values()], np.float32)


def checkpoints(runs: Path, kind: str) -> list:
    """training/runs/<kind>.pt, then any training/runs/**/<kind>.pt, newest first."""
    direct = runs / f"{kind}.pt"
    found = sorted(runs.glob(f"**/{kind}.pt"), key=lambda p: p.stat().st_mtime, reverse=True)
    return ([direct] if direct.exists() else []) + [p for p in found if p != direct]


def fold_constant_casts(graph) -> None:
    """Pre-computes Cast(initializer) once (the export stores big weights as float16 + Cast), so
    the graph runner does not re-cast every weight on every request."""
    keep = []
    for node in graph.model.graph.node:
        if node.op_type == "Cast" and node.input[0] in graph.init:
            graph.init[node.output[0]] = graph._op("Cast", [graph.init[node.input[0]]],
                                                   {a.name: a.i for a in node.attribute})
        else:
            keep.append(node)
    del graph.model.graph.node[:]
    graph.model.graph.node.extend(keep)


def module_path(node_name: str) -> str:
    """ONNX node name → module path: '/model/members.0/blocks/blocks.2/down/down.0/Conv' →
    'members.0.blocks.2.down.0' (the exporter names nodes after the module scopes)."""
    parts = node_name.strip("/").split("/")[1:-1]  # drop the TTA wrapper ('model') and the op
    path: list = []
    for seg in parts:
        if path and seg.startswith(path[-1] + "."):
            path[-1] = seg  # 'blocks' then 'blocks.2': a Sequential child repeats its parent
        else:
            path.append(seg)
    return ".".join(path)


def module_from_onnx(arch: dict, graph, size: int):
    """The training nn.Module filled with the ONNX file's weights, or None when they do not map.

    The export folds each BatchNorm into the convolution before it (a Conv with a bias); the
    module gets that folded weight, and its BatchNorm becomes the identity plus the folded bias."""
    from training.models import build_model
    module = build_model(arch).float().eval()
    named = dict(module.named_modules())
    order: list = []
    hooks = [m.register_forward_hook(lambda mod, _i, _o: order.append(mod))
             for m in module.modules() if isinstance(m, (torch.nn.Conv2d, torch.nn.BatchNorm2d))]
    with torch.no_grad():
        module(torch.zeros(1, 3, size, size))
    for h in hooks:
        h.remove()
    bn_after = {id(a): b for a, b in zip(order, order[1:])
                if isinstance(a, torch.nn.Conv2d) and isinstance(b, torch.nn.BatchNorm2d)}
    filled = set()
    with torch.no_grad():
        for node in graph.model.graph.node:
            if node.op_type not in ("Conv", "Gemm", "MatMul"):
                continue
            if node.op_type == "MatMul" and node.input[1] not in graph.init:
                continue  # attention's activation x activation products carry no weight
            mod = named.get(module_path(node.name))
            weight = graph.init.get(node.input[1])
            bias = graph.init.get(node.input[2]) if len(node.input) > 2 else None
            if mod is None or weight is None:
                return None
            if node.op_type == "MatMul":  # a Linear on [B, N, C] tokens: x @ W^T, bias added apart
                mod.weight.copy_(weight.t())
            elif node.op_type == "Gemm":
                trans_b = any(a.name == "transB" and a.i == 1 for a in node.attribute)
                mod.weight.copy_(weight if trans_b else weight.t())
                mod.bias.copy_(bias)
            elif mod.bias is not None:
                mod.weight.copy_(weight)
                mod.bias.copy_(bias)
            else:
                bn = bn_after.get(id(mod))
                if bn is None or bias is None:
                    return None
                mod.weight.copy_(weight)
                bn.weight.fill_(1.0)
                bn.bias.copy_(bias)
                bn.running_mean.zero_()
                bn.running_var.fill_(1.0 - bn.eps)
            filled.add(id(mod))
        for name, tensor in module.state_dict().items():  # e.g. the normalisation buffers
            init = graph.init.get("model." + name)
            if init is not None and init.shape == tensor.shape:
                tensor.copy_(init)
    learnable = [m for m in module.modules() if isinstance(m, (torch.nn.Conv2d, torch.nn.Linear))]
    return module if all(id(m) in filled for m in learnable) else None


class Model:
    def __init__(self, kind: str, models: Path, runs: Path):
        from training.onnx_torch import OnnxTorch
        self.kind = kind
        self.file = f"{kind}.onnx"
        self.size = int(json.loads((models / "preprocess.json").read_text())["size"])
        graph = OnnxTorch(str(models / self.file))
        fp16 = any(n.endswith("__fp16") for n in graph.init)
        fold_constant_casts(graph)
        probe = torch.rand(2, 3, self.size, self.size, generator=torch.Generator().manual_seed(0))
        reference = graph.run({"input": probe.numpy()})["logits"]
        self.run = None
        for ckpt in checkpoints(runs, kind):
            try:
                from training.train import load_checkpoint
                module, ck = load_checkpoint(str(ckpt))
            except Exception as e:  # an unreadable or foreign checkpoint: try the next one
                print(f"[python-ref] {ckpt}: {type(e).__name__}: {e}", file=sys.stderr, flush=True)
                continue
            if int(ck["image_size"]) != self.size:
                continue
            if fp16:  # the ONNX file holds these weights rounded to float16: serve the same values
                with torch.no_grad():
                    for t in module.state_dict().values():
                        if t.dtype == torch.float32 and t.numel() >= 1024:
                            t.copy_(t.half().float())
            self.net = TTAExport(module.float().eval(), self.size).eval()
            diff = float(np.abs(self._run_module(probe) - reference).max())
            if diff < 1e-3:
                self.run = self._run_module
                self.source = (f"PyTorch nn.Module (training/models.py) from {ckpt.relative_to(REPO)}; "
                               f"max |logit diff| vs {self.file} {diff:.1e}")
                break
            print(f"[python-ref] {ckpt} differs from {self.file} (max diff {diff:.3g}): not used",
                  file=sys.stderr, flush=True)
        if self.run is None:
            arch = json.loads((models / f"metrics-{kind}.json").read_text()).get("arch")
            module = module_from_onnx(arch, graph, self.size) if arch else None
            if module is not None:
                self.net = TTAExport(module, self.size).eval()
                diff = float(np.abs(self._run_module(probe) - reference).max())
                if diff < 1e-3:
                    self.run = self._run_module
                    self.source = (f"PyTorch nn.Module (training/models.py, arch from metrics-{kind}.json) "
                                   f"with the weights of {self.file} (BatchNorm folded into the convolutions "
                                   f"by the export); max |logit diff| {diff:.1e}")
        if self.run is None:
            raise RuntimeError(f"no PyTorch module (training/models.py) reproduces {self.file}: neither a "
                               f"checkpoint under {runs} nor its ONNX initialisers mapped onto the module")
        self.run(torch.zeros(1, 3, self.size, self.size))  # warm-up

    @torch.no_grad()
    def _run_module(self, x: torch.Tensor) -> np.ndarray:
        return self.net(x).numpy()


def preprocess(data: bytes, size: int) -> tuple[torch.Tensor, Image.Image]:
    with Image.open(io.BytesIO(data)) as im:
        if im.format == "JPEG" and min(im.size) >= 4 * size:
            # The decoder's DCT scaling for camera photos, the shortcut the TypeScript service takes.
            im.draft("RGB", (size, size))
        im = ImageOps.exif_transpose(im).convert("RGB")
        small = im.resize((size, size), Image.BILINEAR)
    x = torch.from_numpy(np.asarray(small, dtype=np.uint8).copy()).permute(2, 0, 1).float().div(255.0)
    return x.unsqueeze(0), small


def dominant_colour(img: Image.Image) -> tuple[str, str]:
    """Centre-weighted k-means (k=4) on a 48x48 thumbnail; the heaviest cluster, named by the
    nearest core colour swatch."""
    px = np.asarray(img.resize((48, 48), Image.BOX), np.float32).reshape(-1, 3)
    yy, xx = np.mgrid[0:48, 0:48]
    w = np.exp(-(((xx - 23.5) / 48) ** 2 + ((yy - 23.5) / 48) ** 2) / (2 * 0.3 ** 2)).reshape(-1)
    centres = px[np.random.default_rng(0).choice(len(px), 4, replace=False)].copy()
    sq = (px ** 2).sum(1)[:, None]
    for _ in range(8):
        assign = (sq - 2 * px @ centres.T + (centres ** 2).sum(1)[None]).argmin(1)
        for k in range(len(centres)):
            m = assign == k
            if m.any():
                centres[k] = (px[m] * w[m, None]).sum(0) / w[m].sum()
    weights = np.bincount(assign, weights=w, minlength=len(centres))
    best = centres[int(weights.argmax())]
    name = SWATCH_NAMES[int(((SWATCHES - best) ** 2).sum(1).argmin())]
    return name, "#" + "".join(f"{int(round(v)):02x}" for v in best)


def create_app(models: Path, runs: Path) -> FastAPI:
    loaded = {}
    for kind in ("cnn", "vit"):
        try:
            loaded[kind] = Model(kind, models, runs)
        except Exception as e:  # a reference that cannot serve the real module is no reference
            print(f"[python-ref] {kind}: {type(e).__name__}: {e}", file=sys.stderr, flush=True)
            sys.exit(1)
        print(f"[python-ref] {kind}: {loaded[kind].source}", flush=True)
    app = FastAPI(title="python reference ML server")

    @app.get("/health")
    async def health():
        return {
            "status": "ok" if loaded else "unavailable",
            "model_loaded": bool(loaded),
            "models": {k: {"loaded": True, "file": m.file, "source": m.source} for k, m in loaded.items()},
            "torch": torch.__version__,
            "threads": torch.get_num_threads(),
            "omp_wait_policy": os.environ.get("OMP_WAIT_POLICY", "default"),
        }

    async def classify(kind: str, imagen: UploadFile):
        model = loaded.get(kind)
        if model is None:
            return JSONResponse({"error": f"model {kind} is not loaded"}, status_code=503)
        data = await imagen.read()
        if len(data) > MAX_BYTES:
            return JSONResponse({"error": "image too large"}, status_code=413)
        try:
            x, small = preprocess(data, model.size)
        except Exception as e:
            return JSONResponse({"error": f"invalid image: {e}"}, status_code=400)
        logits = model.run(x)[0]
        p = np.exp(logits - logits.max())
        p = p / p.sum()
        order = np.argsort(-p)
        color, color_hex = dominant_colour(small)
        top = [{"clase_nombre": CLASSES[i], "confianza": round(float(p[i]), 4), "tipo": TIPO[CLASSES[i]]}
               for i in order[:3]]
        best = int(order[0])
        return {"clase": best, "clase_nombre": CLASSES[best], "tipo": TIPO[CLASSES[best]],
                "confianza": round(float(p[best]), 4), "color": color, "color_hex": color_hex, "top3": top,
                "model": kind, "model_file": model.file}

    @app.post("/classify")
    async def classify_cnn(imagen: UploadFile = File(...)):
        return await classify("cnn", imagen)

    @app.post("/classify-vit")
    async def classify_vit(imagen: UploadFile = File(...)):
        return await classify("vit", imagen)

    return app


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8001)
    ap.add_argument("--models", default=str(REPO / "models"))
    ap.add_argument("--runs", default=str(REPO / "training" / "runs"))
    ap.add_argument("--openmp-default", action="store_true",
                    help="leave OMP_WAIT_POLICY unset (OpenMP threads spin while idle)")
    args = ap.parse_args()
    t0 = time.time()
    app = create_app(Path(args.models), Path(args.runs))
    print(f"[python-ref] models ready in {time.time() - t0:.1f}s", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, workers=1, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
