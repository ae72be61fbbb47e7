"""A small ONNX graph runner built on torch ops, for the operators our exported graphs use.

onnxruntime is not installable on the development machines (no PyPI); this lets tests and the CPU
pipeline execute the *exported file itself* and compare it with PyTorch. Unknown operators raise.
"""
from __future__ import annotations

from typing import Dict

import numpy as np
import onnx
import torch
import torch.nn.functional as F
from onnx import helper, numpy_helper

_DT = {1: torch.float32, 10: torch.float16, 11: torch.float64, 6: torch.int32, 7: torch.int64, 9: torch.bool}


def _attrs(node) -> Dict:
    return {a.name: helper.get_attribute_value(a) for a in node.attribute}


def _t(v) -> torch.Tensor:
    return v if torch.is_tensor(v) else torch.as_tensor(v)


class OnnxTorch:
    def __init__(self, path: str):
        self.model = onnx.load(path)
        self.init = {i.name: torch.from_numpy(numpy_helper.to_array(i).copy()) for i in self.model.graph.initializer}

    @torch.no_grad()
    def run(self, feeds: Dict[str, np.ndarray]) -> Dict[str, np.ndarray]:
        env = dict(self.init)
        for k, v in feeds.items():
            env[k] = torch.from_numpy(np.ascontiguousarray(v))
        for node in self.model.graph.node:
            ins = [env[n] if n else None for n in node.input]
            outs = self._op(node.op_type, ins, _attrs(node))
            if not isinstance(outs, (list, tuple)):
                outs = [outs]
            for name, val in zip(node.output, outs):
                env[name] = val
        return {o.name: env[o.name].numpy() for o in self.model.graph.output}

    def _op(self, op, x, a):  # noqa: C901 - a flat dispatch reads best here
        if op == "Constant":
            return torch.from_numpy(numpy_helper.to_array(a["value"]).copy())
        if op == "Identity":
            return x[0]
        if op == "Cast":
            return x[0].to(_DT[a["to"]])
        if op in ("Add", "Sub", "Mul", "Div", "Pow", "Equal"):
            f = {
                "Add": torch.add,
                "Sub": torch.sub,
                "Mul": torch.mul,
                "Div": torch.div,
                "Pow": torch.pow,
                "Equal": torch.eq,
            }[op]
            if op == "Div" and not x[0].dtype.is_floating_point:
                return torch.div(x[0], x[1], rounding_mode="trunc")
            return f(x[0], x[1])
        if op == "Relu":
            return F.relu(x[0])
        if op == "Erf":
            return torch.erf(x[0])
        if op == "Sqrt":
            return torch.sqrt(x[0])
        if op == "Where":
            return torch.where(x[0], x[1], x[2])
        if op == "Conv":
            w = x[1]
            nd = w.dim() - 2
            pads = a.get("pads", [0] * 2 * nd)
            assert pads[:nd] == pads[nd:], "asymmetric pads"
            assert a.get("auto_pad", b"NOTSET") in (b"NOTSET", "NOTSET")
            return F.conv2d(
                x[0],
                w,
                x[2] if len(x) > 2 else None,
                stride=a.get("strides", [1] * nd),
                padding=pads[:nd],
                dilation=a.get("dilations", [1] * nd),
                groups=a.get("group", 1),
            )
        if op == "MaxPool":
            pads = a.get("pads", [0, 0, 0, 0])
            assert pads[:2] == pads[2:]
            return F.max_pool2d(
                x[0],
                a["kernel_shape"],
                a.get("strides", a["kernel_shape"]),
                pads[:2],
                ceil_mode=bool(a.get("ceil_mode", 0)),
            )
        if op == "GlobalAveragePool":
            return x[0].mean(dim=tuple(range(2, x[0].dim())), keepdim=True)
        if op == "Flatten":
            ax = a.get("axis", 1)
            return x[0].reshape(int(np.prod(x[0].shape[:ax])), -1)
        if op == "Gemm":
            A, B = x[0], x[1]
            if a.get("transA", 0):
                A = A.t()
            if a.get("transB", 0):
                B = B.t()
            y = a.get("alpha", 1.0) * (A @ B)
            if len(x) > 2 and x[2] is not None:
                y = y + a.get("beta", 1.0) * x[2]
            return y
        if op == "MatMul":
            return torch.matmul(x[0], x[1])
        if op == "Softmax":
            return torch.softmax(x[0], dim=a.get("axis", -1))
        if op == "LogSoftmax":
            return torch.log_softmax(x[0], dim=a.get("axis", -1))
        if op == "LayerNormalization":
            ax = a.get("axis", -1)
            ax = ax if ax >= 0 else x[0].dim() + ax
            shape = x[0].shape[ax:]
            return F.layer_norm(x[0], shape, x[1], x[2] if len(x) > 2 else None, a.get("epsilon", 1e-5))
        if op == "ReduceMean":
            axes = a.get("axes")
            if axes is None and len(x) > 1 and x[1] is not None:
                axes = x[1].tolist()
            keep = bool(a.get("keepdims", 1))
            if axes is None:
                return x[0].mean() if not keep else x[0].mean().reshape([1] * x[0].dim())
            return x[0].mean(dim=tuple(axes), keepdim=keep)
        if op == "Shape":
            return torch.tensor(list(x[0].shape), dtype=torch.int64)
        if op == "Gather":
            ax = a.get("axis", 0)
            idx = x[1].long()
            d = x[0].shape[ax] if x[0].dim() else 0
            if idx.dim() == 0:
                return x[0].select(ax, int(idx) % d if d else int(idx))
            idx = torch.where(idx < 0, idx + d, idx)
            out = torch.index_select(x[0], ax, idx.reshape(-1))
            return out.reshape(x[0].shape[:ax] + idx.shape + x[0].shape[ax + 1 :])
        if op == "Unsqueeze":
            axes = a.get("axes") if "axes" in a else x[1].tolist()
            y = x[0]
            for ax in sorted(int(v) if v >= 0 else int(v) + y.dim() + len(axes) for v in axes):
                y = y.unsqueeze(ax)
            return y
        if op == "Squeeze":
            axes = a.get("axes") if "axes" in a else (x[1].tolist() if len(x) > 1 and x[1] is not None else None)
            if axes is None:
                return x[0].squeeze()
            y = x[0]
            for ax in sorted((v if v >= 0 else v + y.dim() for v in axes), reverse=True):
                y = y.squeeze(ax)
            return y
        if op == "Concat":
            return torch.cat([_t(v) for v in x], dim=a["axis"])
        if op == "Reshape":
            shape = [int(s) for s in x[1].tolist()]
            if not a.get("allowzero", 0):
                shape = [x[0].shape[i] if s == 0 else s for i, s in enumerate(shape)]
            return x[0].reshape(shape)
        if op == "Transpose":
            perm = a.get("perm", list(range(x[0].dim()))[::-1])
            return x[0].permute(*perm)
        if op == "Slice":
            data, starts, ends = x[0], x[1].tolist(), x[2].tolist()
            axes = x[3].tolist() if len(x) > 3 and x[3] is not None else list(range(len(starts)))
            steps = x[4].tolist() if len(x) > 4 and x[4] is not None else [1] * len(starts)
            sl = [slice(None)] * data.dim()
            for s, e, ax, st in zip(starts, ends, axes, steps):
                assert st == 1, "negative/strided Slice not needed by our graphs"
                dim = data.shape[ax]
                s = max(0, min(dim, s + dim if s < 0 else s))
                e = max(0, min(dim, e + dim if e < 0 else e))
                sl[ax] = slice(s, e)
            return data[tuple(sl)]
        if op == "ConstantOfShape":
            v = numpy_helper.to_array(a["value"]) if "value" in a else np.zeros(1, np.float32)
            return torch.full(
                [int(s) for s in x[0].tolist()], v.reshape(-1)[0].item(), dtype=torch.from_numpy(v.copy()).dtype
            )
        if op == "Expand":
            shape = [int(s) for s in x[1].tolist()]
            y = x[0]
            nd = max(y.dim(), len(shape))
            y = y.reshape([1] * (nd - y.dim()) + list(y.shape))
            shape = [1] * (nd - len(shape)) + shape
            return y.expand([max(a_, b_) if b_ != 1 else a_ for a_, b_ in zip(y.shape, shape)])
        raise NotImplementedError(f"ONNX op {op} not supported by onnx_torch")
