"""Fit the boundary model on the TUNING half of ../shared/corpus and write src/newsclean/weights.py.

1. Build tuning feeds (see ``segment_data.py``), label lines with the package's
   rules, and collect the cue vector of every gap the segmenter scores.
   A gap is positive when its boundary position lies in an article boundary
   zone; the positives of one zone share a weight of 1 (several gaps of an
   extractor output's header or footer may all be acceptable).
2. Fit an L2-regularised logistic regression (Newton steps, numpy).
3. Grid-search the decoder's offset and short-article penalties for the best
   mean boundary F1 over the four feed kinds, with a cost on splitting
   one-article feeds.
4. Write the numbers (never data) to ``src/newsclean/weights.py``.

Run: ``python benchmarks/fit_segment.py`` from the repository root (needs numpy,
a dev dependency). ``--dry-run`` prints without writing.
"""

from __future__ import annotations

import argparse
import itertools
import pathlib
import sys
from collections.abc import Sequence

import numpy as np

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import boost
import segment_data
from newsclean import default_rules
from newsclean.config import DEFAULT_CONFIG
from newsclean.cues import CUE_NAMES, SCREEN_CUE_NAMES
from newsclean.decode import decide
from newsclean.lines import split_lines
from newsclean.segment import Segmenter
from newsclean.strip import label_lines

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "newsclean" / "weights.py"
N_FEEDS = 200
N_TREES = 120
SCREEN_LOSS = 0.01
"""The screen may stop this share of the clear true boundaries (single-gap zones)."""
SCREEN_GATE_MAX = -3.0
"""The gate stays well below any decoder offset, so a gap stopped at the screen never splits."""
TREE_RATE = 0.2
L2 = 1.0
NEWTON_STEPS = 30
SPLIT_COST = 2.0
"""How much a one-article split rate of 1.0 costs against mean F1 in the decoder search."""
OFFSETS = [x / 4 for x in range(-6, 7)]
PENALTIES_2 = [0.0, 1.0, 2.0, 4.0]
PENALTIES_3 = [0.0, 1.0, 2.0]


def gaps_of(lines: Sequence[str]) -> list[tuple[int, list[float]]]:
    """(boundary line, cue vector) of every scored gap of a feed."""
    text = "\n".join(lines)
    sl = split_lines(text)
    hits = label_lines(sl.texts, default_rules(), sl.starts)
    seg = Segmenter(DEFAULT_CONFIG, keep_cues=True)
    for t, h in zip(sl.texts, hits, strict=True):
        seg.push(t, h)
    seg.finish()
    return seg.kept


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Weighted L2 logistic regression by Newton's method (the bias is not penalised)."""
    beta = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], L2)
    reg[0] = 0.0
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ beta)))
        grad = x.T @ (w * (p - y)) + reg * beta
        hess = (x * (w * p * (1 - p))[:, None]).T @ x + np.diag(reg + 1e-6)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.max(np.abs(step)) < 1e-6:
            break
    return beta


def run_decoder(
    scores: Sequence[float], n_content: int, offset: float, penalty: Sequence[float]
) -> list[int]:
    """The segmenter's decoding loop over precomputed gap scores (gap k + 1 at index k)."""
    chosen: list[int] = []
    last = 0
    look = DEFAULT_CONFIG.boundary_lookahead
    for c in range(1, n_content):
        window = [s + offset for s in scores[c - 1 : c + look]]
        end = n_content if c + len(window) >= n_content else None
        if decide(last, c, window, end, DEFAULT_CONFIG.boundary_min_lines, penalty):
            chosen.append(c)
            last = c
    return chosen


def f1(tp: int, n_pred: int, n_gold: int) -> float:
    """Boundary F1 from counts."""
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    """Fit and write the weights module."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--trees", type=int, default=N_TREES, help="number of boosted trees")
    ap.add_argument("--tree-rate", type=float, default=TREE_RATE, help="shrinkage of each tree")
    ap.add_argument("--feeds", type=int, default=N_FEEDS, help="tuning feeds of each kind")
    ap.add_argument("--out", type=pathlib.Path, default=OUT, help="weights module to write")
    args = ap.parse_args(argv)
    if not (segment_data.CORPUS / "bbc" / "dev.jsonl").is_file():
        print("../shared/corpus is not present: nothing to fit on.")
        return 0
    groups = segment_data.load_docs()
    feeds = segment_data.build_feeds(groups, "tune", args.feeds, decorated=True)
    rows: list[list[float]] = []
    labels: list[float] = []
    weights: list[float] = []
    per_feed: list[tuple[str, list[int], list[int], tuple[tuple[int, int], ...]]] = []
    for kind, fs in feeds.items():
        for feed in fs:
            gaps = gaps_of(feed.lines)
            zone_of = []
            for place, _ in gaps:
                z = next((k for k, (lo, hi) in enumerate(feed.zones) if lo < place <= hi), -1)
                zone_of.append(z)
            sizes = {z: zone_of.count(z) for z in set(zone_of) if z >= 0}
            first = len(rows)
            for (_, cues), z in zip(gaps, zone_of, strict=True):
                rows.append(cues)
                labels.append(1.0 if z >= 0 else 0.0)
                weights.append(1.0 / sizes[z] if z >= 0 else 1.0)
            per_feed.append((kind, list(range(first, len(rows))), [p for p, _ in gaps], feed.zones))
    singles = list(segment_data.single_docs(groups, "tune"))
    single_rows: list[tuple[int, int]] = []
    for doc in singles:
        gaps = gaps_of(doc.lines)
        single_rows.append((len(rows), len(gaps)))
        for _, cues in gaps:
            rows.append(cues)
    x = np.array(rows)
    n_train = len(labels)
    y, w = np.array(labels), np.array(weights)
    n_screen = len(SCREEN_CUE_NAMES)
    screen_beta = fit(x[:n_train, :n_screen], y, w)
    screen = x[:, :n_screen] @ screen_beta
    sure = (w == 1.0) & (y == 1.0)
    gate = min(float(np.quantile(screen[:n_train][sure], SCREEN_LOSS)), SCREEN_GATE_MAX)
    passed = screen[:n_train] >= gate
    print(f"screen gate {gate:.3f}: {1 - passed.mean():.3f} of gaps stop at the screen")
    beta = fit(x[:n_train][passed], y[passed], w[passed])
    linear = x @ beta
    trees = boost.fit_trees(
        x[:n_train][passed],
        y[passed],
        w[passed],
        args.trees,
        args.tree_rate,
        base=linear[:n_train][passed],
    )
    scores = np.where(screen >= gate, boost.predict(trees, x, linear), screen)
    print(f"fitted on {n_train} gaps ({int(sum(labels))} positive) from {len(per_feed)} feeds")
    for name, b in zip(CUE_NAMES, beta, strict=True):
        print(f"  {name:24s} {b:+.3f}")

    def evaluate(offset: float, penalty: Sequence[float]) -> tuple[float, dict[str, float], float]:
        by_kind: dict[str, list[int]] = {}
        for kind, idx, places, zones in per_feed:
            s = [float(scores[i]) for i in idx]
            chosen = run_decoder(s, len(s) + 1, offset, penalty)
            pred = [places[c - 1] for c in chosen]
            tp = sum(1 for lo, hi in zones if any(lo < b <= hi for b in pred))
            acc = by_kind.setdefault(kind, [0, 0, 0])
            acc[0] += tp
            acc[1] += len(pred)
            acc[2] += len(zones)
        f1s = {k: f1(*v) for k, v in by_kind.items()}
        split = 0
        for first, n in single_rows:
            s = [float(scores[i]) for i in range(first, first + n)]
            split += bool(run_decoder(s, n + 1, offset, penalty))
        rate = split / max(1, len(single_rows))
        return sum(f1s.values()) / len(f1s) - SPLIT_COST * rate, f1s, rate

    best = None
    for offset, p2, p3 in itertools.product(OFFSETS, PENALTIES_2, PENALTIES_3):
        penalty = (0.0, 0.0, p2, p3)
        value, f1s, rate = evaluate(offset, penalty)
        if best is None or value > best[0]:
            best = (value, offset, penalty, f1s, rate)
    assert best is not None
    value, offset, penalty, f1s, rate = best
    print(f"decoder: offset {offset} short penalty {penalty} -> objective {value:.4f}")
    print("  " + "  ".join(f"{k} F1 {v:.3f}" for k, v in f1s.items()) + f"  split rate {rate:.3f}")
    if args.dry_run:
        return 0
    write(args.out, screen_beta, gate, beta, trees, offset, penalty)
    print(f"wrote {args.out}")
    return 0


def _num(v: float) -> str:
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    return "INF" if v == float("inf") else repr(float(v))


def write(
    out: pathlib.Path,
    screen_beta: np.ndarray,
    gate: float,
    beta: np.ndarray,
    trees: list[boost.Tree],
    offset: float,
    penalty: Sequence[float],
) -> None:
    """Write the weights module."""
    lines = [
        '"""Fitted numbers for the boundary model; written by ``benchmarks/fit_segment.py``.',
        "",
        "Only numbers live here (weights of a logistic model over the cues of",
        ":data:`newsclean.cues.CUE_NAMES`, and the decoder's settings), never data.",
        "Do not edit by hand: change the cues or the script, and run it again.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        'INF = float("inf")',
        "",
        "SCREEN_WEIGHTS: dict[str, float] = {",
        *(f'    "{name}": {b:.4f},' for name, b in zip(SCREEN_CUE_NAMES, screen_beta, strict=True)),
        "}",
        '"""Log-odds weight of each cheap cue in the screening model."""',
        "",
        f"SCREEN_GATE = {gate:.4f}",
        '"""Gaps the screen scores below this stop there (their score is the screen\'s)."""',
        "",
        "WEIGHTS: dict[str, float] = {",
        *(f'    "{name}": {b:.4f},' for name, b in zip(CUE_NAMES, beta, strict=True)),
        "}",
        '"""Log-odds weight of each cue (missing cues weigh 0)."""',
        "",
        "Tree = tuple[int, float, int, float, int, float, float, float, float, float]",
        "",
        "# fmt: off",
        "# exact reprs (a rounded threshold could flip a comparison), so lines run long",
        "TREES: tuple[Tree, ...] = (",
        *("    (" + ", ".join(_num(v) for v in tree) + "),  # noqa: E501" for tree in trees),
        ")",
        "# fmt: on",
        '"""Boosted depth-2 trees over the cue vector, added to the linear log-odds:',
        '``(f0, t0, f1, t1, f2, t2, v_ll, v_lr, v_rl, v_rr)``, see ``newsclean.segment``."""',
        "",
        f"OFFSET = {offset}",
        '"""Added to every gap\'s log-odds before decoding (moves precision against recall)."""',
        "",
        f"SHORT_PENALTY: tuple[float, ...] = {tuple(penalty)}",
        '"""Penalty for an article of 0, 1, 2, 3 content lines (longer ones pay nothing)."""',
        "",
    ]
    out.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
