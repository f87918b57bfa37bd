"""Gradient-boosted depth-2 trees for the boundary model (fit-time only, numpy).

Newton boosting on the weighted logistic loss over histogram bins of each cue.
A tree is ``(f0, t0, f1, t1, f2, t2, v_ll, v_lr, v_rl, v_rr)``: if
``x[f0] <= t0`` then ``v_ll if x[f1] <= t1 else v_lr``, else
``v_rl if x[f2] <= t2 else v_rr`` (what ``newsclean.segment`` evaluates).
"""

from __future__ import annotations

import numpy as np

N_BINS = 32
LAMBDA = 1.0
MIN_HESSIAN = 5.0

Tree = tuple[int, float, int, float, int, float, float, float, float, float]


def _bins(x: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
    """Per feature: bin index of every sample, and the upper edge (threshold) of every bin."""
    binned = np.zeros(x.shape, dtype=np.int32)
    edges: list[np.ndarray] = []
    for f in range(x.shape[1]):
        col = x[:, f]
        uniq = np.unique(col)
        if len(uniq) <= N_BINS:
            cuts = uniq
        else:
            cuts = np.unique(np.quantile(col, np.linspace(0, 1, N_BINS + 1)[1:]))
        binned[:, f] = np.searchsorted(cuts, col, side="left")
        edges.append(cuts)
    return binned, edges


def _best_split(
    binned: np.ndarray, edges: list[np.ndarray], idx: np.ndarray, g: np.ndarray, h: np.ndarray
) -> tuple[float, int, float, np.ndarray]:
    """Best (gain, feature, threshold, left mask) for the samples ``idx``."""
    gs, hs = g[idx], h[idx]
    total_g, total_h = gs.sum(), hs.sum()
    parent = total_g**2 / (total_h + LAMBDA)
    best = (0.0, -1, 0.0, np.zeros(len(idx), dtype=bool))
    for f in range(binned.shape[1]):
        b = binned[idx, f]
        nb = len(edges[f])
        if nb < 2:
            continue
        cg = np.cumsum(np.bincount(b, weights=gs, minlength=nb))[:-1]
        ch = np.cumsum(np.bincount(b, weights=hs, minlength=nb))[:-1]
        rg, rh = total_g - cg, total_h - ch
        ok = (ch >= MIN_HESSIAN) & (rh >= MIN_HESSIAN)
        if not ok.any():
            continue
        gain = np.where(ok, cg**2 / (ch + LAMBDA) + rg**2 / (rh + LAMBDA) - parent, -np.inf)
        k = int(np.argmax(gain))
        if gain[k] > best[0]:
            best = (float(gain[k]), f, float(edges[f][k]), b <= k)
    return best


def _leaf(g: np.ndarray, h: np.ndarray, rate: float) -> float:
    return float(-rate * g.sum() / (h.sum() + LAMBDA))


def fit_trees(
    x: np.ndarray,
    y: np.ndarray,
    w: np.ndarray,
    n_trees: int,
    rate: float,
    base: float | np.ndarray = 0.0,
) -> list[Tree]:
    """Fit ``n_trees`` depth-2 trees on top of a constant ``base`` log-odds."""
    binned, edges = _bins(x)
    margin = np.full(len(y), 0.0) + base
    trees: list[Tree] = []
    all_idx = np.arange(len(y))
    for _ in range(n_trees):
        p = 1.0 / (1.0 + np.exp(-margin))
        g = w * (p - y)
        h = np.maximum(w * p * (1 - p), 1e-9)
        _, f0, t0, left = _best_split(binned, edges, all_idx, g, h)
        if f0 < 0:
            break
        li, ri = all_idx[left], all_idx[~left]
        parts = []
        for side in (li, ri):
            _, f, t, m = _best_split(binned, edges, side, g, h)
            if f < 0:
                f, t, m = f0, float("inf"), np.ones(len(side), dtype=bool)
            parts.append((f, t, side[m], side[~m]))
        (f1, t1, ll, lr), (f2, t2, rl, rr) = parts
        vals = [_leaf(g[s], h[s], rate) if len(s) else 0.0 for s in (ll, lr, rl, rr)]
        for s, v in zip((ll, lr, rl, rr), vals, strict=True):
            margin[s] += v
        trees.append((f0, t0, f1, t1, f2, t2, *vals))  # type: ignore[arg-type]
    return trees


def predict(trees: list[Tree], x: np.ndarray, base: float | np.ndarray = 0.0) -> np.ndarray:
    """Log-odds of every row of ``x``."""
    out = np.full(len(x), 0.0) + base
    for f0, t0, f1, t1, f2, t2, a, b, c, d in trees:
        left = x[:, f0] <= t0
        out += np.where(left, np.where(x[:, f1] <= t1, a, b), np.where(x[:, f2] <= t2, c, d))
    return out
