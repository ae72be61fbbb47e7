"""Batched augmentation on the training device (GPU when present): no per-image dataloader.

Input: uint8 [B,3,S,S] (the evaluation-path images). Output: float [B,3,S,S] in [0,1].
Random resized crop + small rotation + horizontal flip (one affine grid_sample), colour jitter
(brightness, contrast, saturation, some grayscale), random erasing; then batch-level mixup/cutmix.
"""
from __future__ import annotations

import math
from typing import Dict, Tuple

import numpy as np
import torch
import torch.nn.functional as F


class GpuAugment:
    def __init__(self, cfg: Dict, device, seed: int):
        self.cfg = cfg
        self.device = torch.device(device)
        self.g = torch.Generator(device=self.device)
        self.g.manual_seed(seed)
        self.rs = np.random.RandomState(seed)

    def _u(self, n, lo, hi):
        return torch.rand(n, generator=self.g, device=self.device) * (hi - lo) + lo

    def __call__(self, xb: torch.Tensor) -> torch.Tensor:
        c = self.cfg
        x = xb.float() / 255.0
        B, _, H, W = x.shape
        dev = self.device
        # --- geometry: random resized crop (area scale, aspect), rotation, flip -> one affine warp
        s = self._u(B, c.get("scale_min", 0.3), 1.0)
        logr = self._u(B, math.log(3 / 4), math.log(4 / 3))
        r = torch.exp(logr)
        w = torch.sqrt(s * r).clamp(max=1.0)
        h = torch.sqrt(s / r).clamp(max=1.0)
        cx = (self._u(B, -1.0, 1.0)) * (1.0 - w)
        cy = (self._u(B, -1.0, 1.0)) * (1.0 - h)
        ang = self._u(B, -1.0, 1.0) * math.radians(c.get("rotate_deg", 10.0))
        flip = torch.where(torch.rand(B, generator=self.g, device=dev) < 0.5, -1.0, 1.0)
        cos, sin = torch.cos(ang), torch.sin(ang)
        theta = torch.stack(
            [torch.stack([cos * w * flip, -sin * h, cx], dim=1), torch.stack([sin * w * flip, cos * h, cy], dim=1)],
            dim=1,
        )
        grid = F.affine_grid(theta, [B, 3, H, W], align_corners=False)
        x = F.grid_sample(x, grid, mode="bilinear", padding_mode="reflection", align_corners=False)
        # --- colour jitter (applied to a fraction p of the images)
        cj = c.get("color_jitter", 0.3)
        if cj > 0:
            on = (torch.rand(B, generator=self.g, device=dev) < c.get("color_p", 0.8)).float()
            bri = 1.0 + on * self._u(B, -cj, cj)
            con = 1.0 + on * self._u(B, -cj, cj)
            sat = 1.0 + on * self._u(B, -cj, cj)
            gray_on = torch.rand(B, generator=self.g, device=dev) < c.get("gray_p", 0.05)
            sat = torch.where(gray_on, torch.zeros_like(sat), sat)
            x = x * bri.view(B, 1, 1, 1)
            lum = 0.299 * x[:, 0:1] + 0.587 * x[:, 1:2] + 0.114 * x[:, 2:3]
            m = lum.mean(dim=(2, 3), keepdim=True)
            x = (x - m) * con.view(B, 1, 1, 1) + m
            lum = 0.299 * x[:, 0:1] + 0.587 * x[:, 1:2] + 0.114 * x[:, 2:3]
            x = lum + (x - lum) * sat.view(B, 1, 1, 1)
            x = x.clamp(0.0, 1.0)
        # --- random erasing (random-noise rectangle)
        pe = c.get("erase_p", 0.25)
        if pe > 0:
            on = torch.rand(B, generator=self.g, device=dev) < pe
            area = self._u(B, 0.02, 0.25)
            ar = torch.exp(self._u(B, math.log(0.3), math.log(3.3)))
            eh = (torch.sqrt(area / ar) * H).clamp(1, H)
            ew = (torch.sqrt(area * ar) * W).clamp(1, W)
            y0 = self._u(B, 0, 1) * (H - eh)
            x0 = self._u(B, 0, 1) * (W - ew)
            ys = torch.arange(H, device=dev).view(1, H, 1).float()
            xs = torch.arange(W, device=dev).view(1, 1, W).float()
            mask = (
                (ys >= y0.view(B, 1, 1))
                & (ys < (y0 + eh).view(B, 1, 1))
                & (xs >= x0.view(B, 1, 1))
                & (xs < (x0 + ew).view(B, 1, 1))
                & on.view(B, 1, 1)
            )
            noise = torch.rand(x.shape, generator=self.g, device=dev)
            x = torch.where(mask.unsqueeze(1), noise, x)
        return x

    def mix(
        self, x: torch.Tensor, targets: torch.Tensor, mass: torch.Tensor
    ) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Batch mixup / cutmix with the batch reversed as partner. targets: [B,K] soft labels,
        mass: [B] how much of each target is a real label (1 labeled, 0 unlabeled)."""
        c = self.cfg
        if self.rs.rand() >= c.get("mix_p", 0.0):
            return x, targets, mass
        B, _, H, W = x.shape
        xr, tr, mr = x.flip(0), targets.flip(0), mass.flip(0)
        if self.rs.rand() < c.get("cutmix_frac", 0.5):
            lam = float(self.rs.beta(c.get("cutmix_alpha", 1.0), c.get("cutmix_alpha", 1.0)))
            cut = math.sqrt(1.0 - lam)
            ch, cw = int(H * cut), int(W * cut)
            cyy, cxx = self.rs.randint(H), self.rs.randint(W)
            y0, y1 = max(cyy - ch // 2, 0), min(cyy + ch // 2, H)
            x0, x1 = max(cxx - cw // 2, 0), min(cxx + cw // 2, W)
            x = x.clone()
            x[:, :, y0:y1, x0:x1] = xr[:, :, y0:y1, x0:x1]
            lam = 1.0 - (y1 - y0) * (x1 - x0) / float(H * W)
        else:
            lam = float(self.rs.beta(c.get("mixup_alpha", 0.8), c.get("mixup_alpha", 0.8)))
            x = x * lam + xr * (1.0 - lam)
        return x, targets * lam + tr * (1.0 - lam), mass * lam + mr * (1.0 - lam)
