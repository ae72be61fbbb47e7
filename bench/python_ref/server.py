"""Reference ML server of the kind Fashion AI's TypeScript service replaces, for bench/ml.ts only.

FastAPI + uvicorn + PyTorch (Debian's python3-fastapi, python3-uvicorn, python3-multipart,
python3-torch: run it with /usr/bin/python3), the same HTTP contract (multipart field `imagen`),
the SAME weights and the SAME preprocessing as models/<kind>.onnx:

* weights: a training checkpoint (training/runs/**/<kind>.pt) loaded into the model definition of
  training/models.py and wrapped in the exported module (TTAExport: the flip-TTA graph), used only
  if its output matches models/<kind>.onnx (max |logit diff| < 1e-3 on a probe batch, after the
  same float16 rounding the export applied); otherwise the ONNX file itself, executed with torch
  ops by training/onnx_torch.py (the export folds BatchNorm into the convolutions, so its weights
  no longer map onto the nn.Module). /health says which one is serving.
* preprocessing: training/data.py's evaluation path (Pillow: EXIF transpose, RGB, squash-resize
  with BILINEAR to S x S), values / 255.
* colour: a small numpy k-means on a 64x64 thumbnail named by the nearest core colour swatch
  (the kind of colour step the replaced service had), so both servers do comparable work.
* torch uses 2 threads; one uvicorn worker; inference runs inline in the async endpoint.

    /usr/bin/python3 bench/python_ref/server.py --port 8001 [--models models] [--runs training/runs]
"""
from __future__ import annotations

import argparse
import io
import json
import sys
import time
from pathlib import Path

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


class Model:
    def __init__(self, kind: str, models: Path, runs: Path):
        from training.onnx_torch import OnnxTorch
        self.kind = kind
        self.file = f"{kind}.onnx"
        self.size = int(json.loads((models / "preprocess.json").read_text())["size"])
        self.graph = OnnxTorch(str(models / self.file))
        fp16 = any(n.endswith("__fp16") for n in self.graph.init)
        fold_constant_casts(self.graph)
        probe = torch.rand(2, 3, self.size, self.size, generator=torch.Generator().manual_seed(0))
        reference = self.graph.run({"input": probe.numpy()})["logits"]
        self.run = self._run_graph
        self.source = f"{self.file} executed with torch ops (training/onnx_torch.py): no checkpoint matches it"
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
        self.run(torch.zeros(1, 3, self.size, self.size))  # warm-up

    @torch.no_grad()
    def _run_module(self, x: torch.Tensor) -> np.ndarray:
        return self.net(x).numpy()

    def _run_graph(self, x: torch.Tensor) -> np.ndarray:
        return self.graph.run({"input": x.numpy()})["logits"]


def preprocess(data: bytes, size: int) -> tuple[torch.Tensor, Image.Image]:
    with Image.open(io.BytesIO(data)) as im:
        im = ImageOps.exif_transpose(im).convert("RGB")
        small = im.resize((size, size), Image.BILINEAR)
    x = torch.from_numpy(np.asarray(small, dtype=np.uint8).copy()).permute(2, 0, 1).float().div(255.0)
    return x.unsqueeze(0), small


def dominant_colour(img: Image.Image) -> tuple[str, str]:
    px = np.asarray(img.resize((64, 64), Image.BOX), np.float32).reshape(-1, 3)
    yy, xx = np.mgrid[0:64, 0:64]
    w = np.exp(-(((xx - 31.5) / 64) ** 2 + ((yy - 31.5) / 64) ** 2) / (2 * 0.3 ** 2)).reshape(-1)
    rng = np.random.default_rng(0)
    centres = px[rng.choice(len(px), 4, replace=False)]
    for _ in range(10):
        assign = ((px[:, None, :] - centres[None]) ** 2).sum(-1).argmin(1)
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
        except Exception as e:  # a missing model is reported, not fatal
            print(f"[python-ref] {kind} not loaded: {type(e).__name__}: {e}", file=sys.stderr, flush=True)
    app = FastAPI(title="python reference ML server")

    @app.get("/health")
    async def health():
        return {
            "status": "ok" if loaded else "unavailable",
            "model_loaded": bool(loaded),
            "models": {k: {"loaded": True, "file": m.file, "source": m.source} for k, m in loaded.items()},
            "torch": torch.__version__,
            "threads": torch.get_num_threads(),
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
    args = ap.parse_args()
    t0 = time.time()
    app = create_app(Path(args.models), Path(args.runs))
    print(f"[python-ref] models ready in {time.time() - t0:.1f}s", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, workers=1, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
