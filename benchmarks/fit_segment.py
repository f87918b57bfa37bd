"""Fit the boundary model on the TUNING half of ../shared/corpus and write src/newsclean/weights.py.

1. Build tuning feeds (see ``segment_data.py``), label lines with the package's
   rules, and collect the cue vector of every gap the segmenter scores.
   A gap is positive when its boundary position lies in an article boundary
   zone; the positives of one zone share a weight of 1 (several gaps of an
   extractor output's header or footer may all be acceptable).
2. Fit the screen (logistic weights over the cheap cues) and its gate, the
   full L2-regularised logistic model (Newton steps, numpy) on the gaps that
   pass, and boosted depth-2 trees on top (``boost.py``).
3. Choose the decoder's offset and short-article penalties: the best mean
   boundary F1 over the feed kinds, less a cost on splitting one-article feeds.
   ``--choose in-sample`` (the default) scores the final model's own fitting
   feeds. Each tuning page sits in many fitting feeds, so those scores are
   over-confident: the chosen offset splits unseen pages more readily than in
   sample (one-article split rate about 1.4% in sample, 4% on the scoring half).
   ``--choose out-of-fold`` is the honest alternative: the tuning pages are
   split in ``--folds`` folds by a hash of the page; for each fold a model
   fitted without its pages (their gaps left out) scores feeds built from that
   fold's pages only. The fold models come out less sure than the final model
   on unseen pages (with 4 or 8 folds alike they choose an offset of -0.5 to
   -0.75, which on the scoring half costs BBC same-category feeds about 0.03
   F1 and their Pk target), and ``--choose midway`` takes the offset midway
   between the two choices with the out-of-fold penalties at that offset. Both
   out-of-fold choices are printed as a diagnostic whenever ``--folds`` > 1.
4. Fit the final model on all tuning gaps and write the numbers (never data) to
   ``src/newsclean/weights.py``.

``--half score`` fits on the scoring half instead, and ``--half both`` on all
pages: with ``--out`` beside a copy of the package, the first scores the recipe on
pages it has not seen in the other direction (``segment_quality.py --half tune``);
the shipped model is fitted on the tuning half only, so that the scoring half
stays a report.

Run: ``python benchmarks/fit_segment.py`` from the repository root (needs numpy,
a dev dependency). ``--dry-run`` prints without writing.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import itertools
import pathlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field

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
SPLIT_COST = 1.0
"""How much a one-article split rate of 1.0 costs against mean F1 in the decoder search
(out of fold, a cost of 2 picked a penalty on 3-line articles that cut BBC F1 on the
scoring half by about 0.02; in sample both give the same choice)."""
FOLDS = 4
"""Page folds for the out-of-fold decoder choice (a diagnostic unless ``--choose`` asks)."""
CHOICES = ("in-sample", "out-of-fold", "midway")
HALVES = ("tune", "score", "both")
"""``--half``: the pages the model is fitted on."""
FOLD_FEEDS = 100
"""Feeds of each kind built from one fold's pages, scored by the model fitted without them."""
OFFSETS = [x / 4 for x in range(-8, 9)]
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


@dataclass
class Gaps:
    """Cue vectors of the gaps of some feeds and single articles, with labels and weights."""

    rows: list[list[float]] = field(default_factory=list)
    labels: list[float] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)
    pages: list[tuple[str, ...]] = field(default_factory=list)
    """Per labelled gap: the page(s) it belongs to (both articles for a boundary gap)."""
    feeds: list[tuple[str, list[int], list[int], tuple[tuple[int, int], ...]]] = field(
        default_factory=list
    )
    """Per feed: kind, its rows, each gap's boundary line, the true boundary zones."""
    singles: list[tuple[int, int]] = field(default_factory=list)
    """Per single article: (first row, number of gaps); these rows come after the labelled ones."""


def fitting_feeds(
    groups: dict[str, list[segment_data.Doc]], halves: Sequence[str], n_feeds: int, seed: int
) -> tuple[dict[str, list[segment_data.Feed]], list[segment_data.Doc]]:
    """Decorated feeds (``n_feeds`` of each kind per half) and the single articles of the halves."""
    feeds: dict[str, list[segment_data.Feed]] = {}
    singles: list[segment_data.Doc] = []
    for half in halves:
        built = segment_data.build_feeds(groups, half, n_feeds, seed, decorated=True)
        for kind, fs in built.items():
            feeds.setdefault(kind, []).extend(fs)
        singles.extend(segment_data.single_docs(groups, half))
    return feeds, singles


def collect(feeds: dict[str, list[segment_data.Feed]], singles: Sequence[segment_data.Doc]) -> Gaps:
    """Cue vectors of every gap of the feeds (labelled) and of the single articles."""
    out = Gaps()
    for kind, fs in feeds.items():
        for feed in fs:
            gaps = gaps_of(feed.lines)
            zone_of = []
            for place, _ in gaps:
                z = next((k for k, (lo, hi) in enumerate(feed.zones) if lo < place <= hi), -1)
                zone_of.append(z)
            sizes = {z: zone_of.count(z) for z in set(zone_of) if z >= 0}
            first = len(out.rows)
            for (place, cues), z in zip(gaps, zone_of, strict=True):
                out.rows.append(cues)
                out.labels.append(1.0 if z >= 0 else 0.0)
                out.weights.append(1.0 / sizes[z] if z >= 0 else 1.0)
                if z >= 0:
                    out.pages.append((feed.pages[z], feed.pages[z + 1]))
                else:
                    article = bisect.bisect_right(feed.starts, place) - 1
                    out.pages.append((feed.pages[max(0, article)],))
            out.feeds.append(
                (kind, list(range(first, len(out.rows))), [p for p, _ in gaps], feed.zones)
            )
    for doc in singles:
        gaps = gaps_of(doc.lines)
        out.singles.append((len(out.rows), len(gaps)))
        out.rows.extend(cues for _, cues in gaps)
    return out


@dataclass
class Model:
    """The fitted numbers: screen weights and gate, linear weights, trees."""

    screen_beta: np.ndarray
    gate: float
    beta: np.ndarray
    trees: list[boost.Tree]

    def scores(self, x: np.ndarray) -> np.ndarray:
        """Each gap's log-odds, as the segmenter computes them (the screen's below the gate)."""
        screen = x[:, : len(SCREEN_CUE_NAMES)] @ self.screen_beta
        return np.where(screen >= self.gate, boost.predict(self.trees, x, x @ self.beta), screen)


def fit_model(
    x: np.ndarray, y: np.ndarray, w: np.ndarray, n_trees: int, tree_rate: float, *, verbose: bool
) -> Model:
    """Screen, gate, linear weights and trees from labelled gaps."""
    n_screen = len(SCREEN_CUE_NAMES)
    screen_beta = fit(x[:, :n_screen], y, w)
    screen = x[:, :n_screen] @ screen_beta
    sure = (w == 1.0) & (y == 1.0)
    gate = min(float(np.quantile(screen[sure], SCREEN_LOSS)), SCREEN_GATE_MAX)
    passed = screen >= gate
    beta = fit(x[passed], y[passed], w[passed])
    trees = boost.fit_trees(
        x[passed], y[passed], w[passed], n_trees, tree_rate, base=(x @ beta)[passed]
    )
    if verbose:
        print(f"screen gate {gate:.3f}: {1 - passed.mean():.3f} of gaps stop at the screen")
    return Model(screen_beta, gate, beta, trees)


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


def matched(zones: Sequence[tuple[int, int]], predicted: Sequence[int]) -> int:
    """True boundaries hit, each matched at most once (as ``segment_quality.py`` counts)."""
    unmatched = list(predicted)
    tp = 0
    for lo, hi in zones:
        hit = next((b for b in unmatched if lo < b <= hi), None)
        if hit is not None:
            unmatched.remove(hit)
            tp += 1
    return tp


Scored = list[tuple[Gaps, np.ndarray]]
"""Sets of gaps with each gap's log-odds (one set per fold, or the fitting feeds)."""


def evaluate(
    scored: Scored, offset: float, penalty: Sequence[float]
) -> tuple[float, dict[str, float], float]:
    """Objective, boundary F1 per feed kind and one-article split rate of a decoder setting."""
    by_kind: dict[str, list[int]] = {}
    split = n_single = 0
    for gaps, scores in scored:
        for kind, idx, places, zones in gaps.feeds:
            chosen = run_decoder(scores[idx].tolist(), len(idx) + 1, offset, penalty)
            pred = [places[c - 1] for c in chosen]
            acc = by_kind.setdefault(kind, [0, 0, 0])
            acc[0] += matched(zones, pred)
            acc[1] += len(pred)
            acc[2] += len(zones)
        for first, n in gaps.singles:
            split += bool(run_decoder(scores[first : first + n].tolist(), n + 1, offset, penalty))
        n_single += len(gaps.singles)
    f1s = {k: f1(*v) for k, v in by_kind.items()}
    rate = split / max(1, n_single)
    return sum(f1s.values()) / len(f1s) - SPLIT_COST * rate, f1s, rate


def search_decoder(
    scored: Scored, offsets: Sequence[float] = OFFSETS
) -> tuple[float, tuple[float, ...], dict[str, float], float]:
    """The offset and short-article penalties with the best objective."""
    best = None
    for offset, p2, p3 in itertools.product(offsets, PENALTIES_2, PENALTIES_3):
        penalty = (0.0, 0.0, p2, p3)
        value, f1s, rate = evaluate(scored, offset, penalty)
        if best is None or value > best[0]:
            best = (value, offset, penalty, f1s, rate)
    assert best is not None
    value, offset, penalty, f1s, rate = best
    print(f"decoder: offset {offset} short penalty {penalty} -> objective {value:.4f}")
    print("  " + "  ".join(f"{k} F1 {v:.3f}" for k, v in f1s.items()) + f"  split rate {rate:.3f}")
    return offset, penalty, f1s, rate


def fold_of(page: str, folds: int) -> int:
    """The fold of a tuning page (a hash, independent of the tune/score half's)."""
    return hashlib.sha1(page.encode()).digest()[1] % folds


def out_of_fold(
    groups: dict[str, list[segment_data.Doc]],
    tuning: Gaps,
    x: np.ndarray,
    args: argparse.Namespace,
) -> Scored:
    """Per fold: feeds and single articles of the fold's pages, scored by a model fitted
    on the tuning gaps of the other pages."""
    y, w = np.array(tuning.labels), np.array(tuning.weights)
    scored: Scored = []
    for i in range(args.folds):
        inside = {
            g: [d for d in docs if fold_of(segment_data.page_of(d), args.folds) == i]
            for g, docs in groups.items()
        }
        feeds, singles = fitting_feeds(inside, args.halves, FOLD_FEEDS, segment_data.SEED + 1 + i)
        gaps = collect(feeds, singles)
        keep = np.array([all(fold_of(p, args.folds) != i for p in pages) for pages in tuning.pages])
        model = fit_model(x[keep], y[keep], w[keep], args.trees, args.tree_rate, verbose=False)
        scored.append((gaps, model.scores(np.array(gaps.rows))))
        print(f"fold {i}: fitted on {int(keep.sum())} gaps, scored {len(gaps.feeds)} feeds")
    return scored


def main(argv: list[str] | None = None) -> int:
    """Fit and write the weights module."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--trees", type=int, default=N_TREES, help="number of boosted trees")
    ap.add_argument("--tree-rate", type=float, default=TREE_RATE, help="shrinkage of each tree")
    ap.add_argument("--feeds", type=int, default=N_FEEDS, help="tuning feeds of each kind")
    ap.add_argument("--folds", type=int, default=FOLDS, help="page folds (0: none)")
    ap.add_argument("--choose", choices=CHOICES, default=CHOICES[0], help="decoder choice")
    ap.add_argument("--out", type=pathlib.Path, default=OUT, help="weights module to write")
    ap.add_argument(
        "--half", choices=HALVES, default=HALVES[0],
        help="pages to fit on: the tuning half (default), the scoring half (to score the "
        "recipe on the tuning half), or both",
    )  # fmt: skip
    args = ap.parse_args(argv)
    if not (segment_data.CORPUS / "bbc" / "dev.jsonl").is_file():
        print("../shared/corpus is not present: nothing to fit on.")
        return 0
    groups = segment_data.load_docs()
    args.halves = ("tune", "score") if args.half == "both" else (args.half,)
    tuning = collect(*fitting_feeds(groups, args.halves, args.feeds, segment_data.SEED))
    x_all = np.array(tuning.rows)
    n_train = len(tuning.labels)
    x = x_all[:n_train]
    model = fit_model(
        x, np.array(tuning.labels), np.array(tuning.weights), args.trees, args.tree_rate,
        verbose=True,
    )  # fmt: skip
    print(
        f"fitted on {n_train} gaps ({int(sum(tuning.labels))} positive) "
        f"from {len(tuning.feeds)} feeds"
    )
    for name, b in zip(CUE_NAMES, model.beta, strict=True):
        print(f"  {name:24s} {b:+.3f}")
    in_sample: Scored = [(tuning, model.scores(x_all))]
    print("in sample:")
    offset, penalty, _, _ = search_decoder(in_sample)
    if args.folds > 1:
        print(f"out of fold ({args.folds} folds of the tuning pages):")
        scored = out_of_fold(groups, tuning, x, args)
        offset_oof, penalty_oof, _, _ = search_decoder(scored)
        middle = min(OFFSETS, key=lambda o: abs(o - (offset + offset_oof) / 2))
        print(f"offset midway ({middle}), penalties out of fold:")
        _, penalty_mid, _, _ = search_decoder(scored, [middle])
        if args.choose == "out-of-fold":
            offset, penalty = offset_oof, penalty_oof
        elif args.choose == "midway":
            offset, penalty = middle, penalty_mid
    elif args.choose != "in-sample":
        ap.error("--choose out-of-fold and midway need --folds > 1")
    print(f"chosen ({args.choose}): offset {offset}, short penalty {penalty}")
    if args.dry_run:
        return 0
    write(args.out, model.screen_beta, model.gate, model.beta, model.trees, offset, penalty)
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
