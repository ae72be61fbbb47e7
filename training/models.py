"""Plain-PyTorch models (no timm): a ResNet ensemble (CNN) and a Vision Transformer with a
convolutional stem and a DeiT distillation token (ViT). Loadable by PyTorch 1.13 and 2.x.

Every model takes float input in [0, 1], RGB, [N, 3, S, S]; mean/std normalisation is inside.
`forward(x)` returns log-probabilities [N, 10] (used as the exported "logits": softmax of them gives
the class probabilities); `forward_train(x)` returns what the loss needs.
"""
from __future__ import annotations

import math
from typing import Dict, List, Sequence

import torch
import torch.nn as nn
import torch.nn.functional as F

MEAN = (0.485, 0.456, 0.406)
STD = (0.229, 0.224, 0.225)


class Normalize(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("mean", torch.tensor(MEAN).view(1, 3, 1, 1))
        self.register_buffer("std", torch.tensor(STD).view(1, 3, 1, 1))

    def forward(self, x):
        return (x - self.mean) / self.std


# ----------------------------------------------------------------------------------------- CNN
class BasicBlock(nn.Module):
    def __init__(self, cin: int, cout: int, stride: int):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        nn.init.zeros_(self.bn2.weight)  # residual branch starts as identity
        self.down = None
        if stride != 1 or cin != cout:
            self.down = nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))

    def forward(self, x):
        idt = x if self.down is None else self.down(x)
        y = F.relu(self.bn1(self.conv1(x)))
        y = self.bn2(self.conv2(y))
        return F.relu(y + idt)


class ResNet(nn.Module):
    """ResNet-18 layout (BasicBlocks 2-2-2-2) with configurable widths."""

    def __init__(
        self,
        widths: Sequence[int] = (64, 128, 256, 512),
        layers: Sequence[int] = (2, 2, 2, 2),
        num_classes: int = 10,
        dropout: float = 0.2,
    ):
        super().__init__()
        self.norm = Normalize()
        w0 = widths[0]
        self.stem = nn.Sequential(
            nn.Conv2d(3, w0, 7, 2, 3, bias=False), nn.BatchNorm2d(w0), nn.ReLU(inplace=True), nn.MaxPool2d(3, 2, 1)
        )
        blocks: List[nn.Module] = []
        cin = w0
        for i, (w, n) in enumerate(zip(widths, layers)):
            for j in range(n):
                blocks.append(BasicBlock(cin, w, 2 if (j == 0 and i > 0) else 1))
                cin = w
        self.blocks = nn.Sequential(*blocks)
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(cin, num_classes)
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")

    def forward_train(self, x):
        x = self.blocks(self.stem(self.norm(x)))
        x = torch.flatten(F.adaptive_avg_pool2d(x, 1), 1)
        return self.fc(self.dropout(x))

    def forward(self, x):
        return F.log_softmax(self.forward_train(x), dim=-1)


class CNNEnsemble(nn.Module):
    """Several ResNets; output = mean of their log-probabilities (one ONNX graph)."""

    def __init__(self, members: Sequence[Dict], num_classes: int = 10):
        super().__init__()
        self.members = nn.ModuleList(
            [
                ResNet(tuple(m["widths"]), tuple(m.get("layers", (2, 2, 2, 2))), num_classes, m.get("dropout", 0.2))
                for m in members
            ]
        )

    def forward(self, x):
        out = None
        for m in self.members:
            lp = m(x)
            out = lp if out is None else out + lp
        return out / len(self.members)


# ----------------------------------------------------------------------------------------- ViT
class DropPath(nn.Module):
    def __init__(self, p: float):
        super().__init__()
        self.p = p

    def forward(self, x):
        if not self.training or self.p == 0.0:
            return x
        keep = 1.0 - self.p
        mask = torch.rand((x.shape[0],) + (1,) * (x.dim() - 1), device=x.device, dtype=x.dtype) < keep
        return x * mask.to(x.dtype) / keep


class Attention(nn.Module):
    def __init__(self, dim: int, heads: int):
        super().__init__()
        self.heads = heads
        self.hd = dim // heads
        self.scale = self.hd**-0.5
        self.qkv = nn.Linear(dim, dim * 3)
        self.proj = nn.Linear(dim, dim)
        self.fused = True  # use F.scaled_dot_product_attention when the PyTorch has it (training only)

    def forward(self, x):
        B, N, C = x.shape
        qkv = self.qkv(x).reshape(B, N, 3, self.heads, self.hd).permute(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        if self.fused and hasattr(F, "scaled_dot_product_attention") and not torch.jit.is_tracing():
            o = F.scaled_dot_product_attention(q, k, v)
        else:
            a = torch.matmul(q * self.scale, k.transpose(-2, -1)).softmax(dim=-1)
            o = torch.matmul(a, v)
        return self.proj(o.transpose(1, 2).reshape(B, N, C))


class Block(nn.Module):
    def __init__(self, dim: int, heads: int, mlp_ratio: float, drop_path: float):
        super().__init__()
        self.norm1 = nn.LayerNorm(dim, eps=1e-6)
        self.attn = Attention(dim, heads)
        self.norm2 = nn.LayerNorm(dim, eps=1e-6)
        hidden = int(dim * mlp_ratio)
        self.fc1 = nn.Linear(dim, hidden)
        self.fc2 = nn.Linear(hidden, dim)
        self.dp = DropPath(drop_path)

    def forward(self, x):
        x = x + self.dp(self.attn(self.norm1(x)))
        x = x + self.dp(self.fc2(F.gelu(self.fc1(self.norm2(x)))))
        return x


class ViT(nn.Module):
    """ViT with a convolutional stem (four stride-2 3x3 convs + 1x1, i.e. 16x16 "patches"),
    a class token and a DeiT distillation token. Inference averages both heads' log-probabilities."""

    def __init__(
        self,
        image_size: int = 160,
        dim: int = 192,
        depth: int = 12,
        heads: int = 3,
        mlp_ratio: float = 4.0,
        stem: Sequence[int] = (24, 48, 96, 192),
        drop_path: float = 0.1,
        num_classes: int = 10,
    ):
        super().__init__()
        self.norm = Normalize()
        layers: List[nn.Module] = []
        cin = 3
        for c in stem:
            layers += [nn.Conv2d(cin, c, 3, 2, 1, bias=False), nn.BatchNorm2d(c), nn.ReLU(inplace=True)]
            cin = c
        layers.append(nn.Conv2d(cin, dim, 1))
        self.stem = nn.Sequential(*layers)
        self.stride = 2 ** len(stem)
        g = math.ceil(image_size / self.stride)
        self.num_patches = g * g
        self.cls_token = nn.Parameter(torch.zeros(1, 1, dim))
        self.dist_token = nn.Parameter(torch.zeros(1, 1, dim))
        self.pos_embed = nn.Parameter(torch.zeros(1, self.num_patches + 2, dim))
        dpr = [drop_path * i / max(depth - 1, 1) for i in range(depth)]
        self.blocks = nn.Sequential(*[Block(dim, heads, mlp_ratio, dpr[i]) for i in range(depth)])
        self.norm_out = nn.LayerNorm(dim, eps=1e-6)
        self.head = nn.Linear(dim, num_classes)
        self.head_dist = nn.Linear(dim, num_classes)
        for t in (self.cls_token, self.dist_token, self.pos_embed):
            nn.init.trunc_normal_(t, std=0.02)
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.trunc_normal_(m.weight, std=0.02)
                nn.init.zeros_(m.bias)
            elif isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")

    def forward_train(self, x):
        x = self.stem(self.norm(x))  # [B, dim, g, g]
        x = x.flatten(2).transpose(1, 2)  # [B, g*g, dim]
        B = x.shape[0]
        tok = torch.cat([self.cls_token.expand(B, -1, -1), self.dist_token.expand(B, -1, -1)], dim=1)
        x = torch.cat([tok, x], dim=1) + self.pos_embed
        x = self.norm_out(self.blocks(x))
        return self.head(x[:, 0]), self.head_dist(x[:, 1])

    def forward(self, x):
        a, b = self.forward_train(x)
        return (F.log_softmax(a, dim=-1) + F.log_softmax(b, dim=-1)) * 0.5


def set_fused_attention(model: nn.Module, on: bool) -> None:
    for m in model.modules():
        if isinstance(m, Attention):
            m.fused = on


# ----------------------------------------------------------------------------------------- export
class TTAExport(nn.Module):
    """What is exported: input [N,3,S,S] in [0,1] -> mean log-probabilities of the image and its
    horizontal mirror -> "logits" [N,10]. PyTorch evaluation calls this same module."""

    def __init__(self, model: nn.Module, size: int):
        super().__init__()
        self.model = model
        self.register_buffer("rev", torch.arange(size - 1, -1, -1, dtype=torch.long))

    def forward(self, x):
        xf = torch.index_select(x, 3, self.rev)
        y = self.model(torch.cat([x, xf], dim=0))
        return y.reshape(2, -1, y.shape[-1]).mean(dim=0)


def build_model(arch: Dict) -> nn.Module:
    if arch["type"] == "cnn_ensemble":
        return CNNEnsemble(arch["members"], arch.get("num_classes", 10))
    if arch["type"] == "vit":
        kw = {k: v for k, v in arch.items() if k != "type"}
        if "stem" in kw:
            kw["stem"] = tuple(kw["stem"])
        return ViT(**kw)
    raise ValueError(f"unknown architecture {arch['type']}")


def describe(arch: Dict) -> str:
    if arch["type"] == "cnn_ensemble":
        parts = [
            f"ResNet-18 layout (BasicBlocks 2-2-2-2, widths {list(m['widths'])}, trained on {m.get('data', 'train')})"
            for m in arch["members"]
        ]
        if len(parts) == 1:
            return parts[0] + ", hflip TTA in graph"
        return f"Ensemble of {len(parts)} ResNets [" + "; ".join(parts) + "], mean log-prob, hflip TTA in graph"
    return (
        f"ViT (conv stem {list(arch['stem'])}, stride 16, dim {arch['dim']}, depth {arch['depth']}, "
        f"heads {arch['heads']}, cls+distillation tokens), hflip TTA in graph"
    )


def count_params(model: nn.Module) -> int:
    return int(sum(p.numel() for p in model.parameters()))
