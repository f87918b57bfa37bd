"""How well newsclean finds article boundaries in concatenated feeds, beside TextTiling.

Builds feeds with a fixed seed from ``../shared/corpus`` (see ``segment_data.py``:
BBC mixed-category and same-category feeds, ground-truth bodies and extractor
outputs of the extraction benchmark, 2-6 articles each, lines joined by one
``"\\n"``) from the SCORING half of the articles (the fitting script only sees the
other half), and prints for newsclean, nltk's TextTiling (given the stopword
list of :mod:`newsclean.tokens`) and a no-boundary baseline:

- (TextTiling is slow: it is scored on the first ``--texttiling-feeds`` feeds of
  each kind, 50 by default; the ``n`` column says how many feeds a row covers);
- boundary precision, recall and F1: a predicted boundary is correct when it
  lies after the last content line of one article and at or before the first
  content line of the next (each true boundary is matched at most once);
- Pk and WindowDiff over lines (k = half the mean true article length);
- the mean absolute article-count error per feed;
- the one-article split rate: the share of single articles that get split;
- the seed feed's article starts, and the speed ratio
  ``clean(text)`` / ``clean(text, split=False)`` (median of several runs).

Run: ``python benchmarks/segment_quality.py`` from the repository root.
"""

from __future__ import annotations

import argparse
import gc
import json
import pathlib
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import newsclean
import segment_data
from newsclean.tokens import STOPWORDS

N_FEEDS = 200
TEXTTILING_FEEDS = 50
"""TextTiling (nltk) is slow: it is scored on the first this many feeds of each kind."""
SPEED_RUNS = 5
QUICK_FEEDS = 80
"""``--quick``: feeds of each kind (for fast iteration; report full runs)."""
QUICK_SPEED_RUNS = 3

Segmenter = Callable[[Sequence[str]], list[int]]
"""A method: the feed's lines -> the line indices where articles after the first start."""


def newsclean_starts(lines: Sequence[str]) -> list[int]:
    """Article starts found by :func:`newsclean.clean` (line indices)."""
    text = "\n".join(lines)
    feed = newsclean.clean(text)
    return [text.count("\n", 0, a.span.start) for a in feed.articles[1:]]


def texttiling_starts(lines: Sequence[str]) -> list[int]:
    """Article starts found by nltk's TextTiling over paragraphs (one line each)."""
    from nltk.tokenize.texttiling import TextTilingTokenizer

    tiler = TextTilingTokenizer(stopwords=sorted(STOPWORDS))
    try:
        tiles = tiler.tokenize("\n\n".join(lines))
    except (ValueError, IndexError, ZeroDivisionError):
        return []
    starts, pos = [], 0
    for tile in tiles[:-1]:
        pos += tile.strip("\n").count("\n\n") + 1
        starts.append(pos)
    return [s for s in starts if 0 < s < len(lines)]


def no_boundary(lines: Sequence[str]) -> list[int]:
    """The baseline that never splits."""
    return []


METHODS: dict[str, Segmenter] = {
    "newsclean": newsclean_starts,
    "texttiling": texttiling_starts,
    "no-boundary": no_boundary,
}


def pk_windowdiff(ref: Sequence[int], hyp: Sequence[int], n: int) -> tuple[float, float]:
    """Pk and WindowDiff over ``n`` lines; ``ref``/``hyp`` are article starts (after the first)."""
    sizes = [b - a for a, b in zip([0, *ref], [*ref, n], strict=True)]
    k = max(1, round(statistics.mean(sizes) / 2))
    if n <= k:
        return 0.0, 0.0
    rb = [0] * n
    hb = [0] * n
    for s in ref:
        rb[s] = 1
    for s in hyp:
        hb[s] = 1
    rc = [0] * (n + 1)
    hc = [0] * (n + 1)
    for i in range(n):
        rc[i + 1] = rc[i] + rb[i]
        hc[i + 1] = hc[i] + hb[i]
    pk = wd = 0
    for i in range(n - k):
        r = rc[i + k + 1] - rc[i + 1]
        h = hc[i + k + 1] - hc[i + 1]
        pk += (r == 0) != (h == 0)
        wd += r != h
    return pk / (n - k), wd / (n - k)


@dataclass
class Tally:
    """Running totals for one method on one kind of feed."""

    tp: int = 0
    pred: int = 0
    gold: int = 0
    pk: list[float] = field(default_factory=list)
    wd: list[float] = field(default_factory=list)
    count_err: list[int] = field(default_factory=list)

    def add(self, feed: segment_data.Feed, hyp: Sequence[int]) -> None:
        """Score one feed."""
        unmatched = list(hyp)
        for lo, hi in feed.zones:
            hit = next((b for b in unmatched if lo < b <= hi), None)
            if hit is not None:
                unmatched.remove(hit)
                self.tp += 1
        self.pred += len(hyp)
        self.gold += len(feed.zones)
        pk, wd = pk_windowdiff(feed.starts[1:], hyp, len(feed.lines))
        self.pk.append(pk)
        self.wd.append(wd)
        self.count_err.append(abs(len(hyp) - len(feed.zones)))

    def row(self) -> str:
        """P, R, F1, Pk, WindowDiff, count error."""
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return (
            f"{p:6.3f} {r:6.3f} {f:6.3f} {statistics.mean(self.pk):6.3f} "
            f"{statistics.mean(self.wd):6.3f} {statistics.mean(self.count_err):6.2f}"
        )


def seed_result() -> str:
    """The seed feed's article starts (1-based lines) against its gold."""
    seed = segment_data.SHARED / "seed"
    text = (seed / "feed.txt").read_text(encoding="utf-8")
    gold = json.loads((seed / "gold.json").read_text(encoding="utf-8"))["article_starts"]
    got = [text.count("\n", 0, a.span.start) + 1 for a in newsclean.clean(text).articles]
    return f"seed: got starts {got}, gold {gold} -> {'OK' if got == gold else 'MISMATCH'}"


def speed_ratio(texts: Sequence[str], runs: int = SPEED_RUNS) -> tuple[float, float, float]:
    """CPU seconds of clean(split=True) and clean(split=False) over ``texts``, and their ratio.

    Runs alternate between the two, and each figure is a median over
    :data:`SPEED_RUNS` runs (the ratio is the median of the per-round ratios), so
    that other work on a shared machine disturbs both sides alike.
    """

    def run(split: bool) -> float:
        gc.collect()
        t0 = time.process_time()
        for text in texts:
            newsclean.clean(text, split=split)
        return time.process_time() - t0

    rounds = [(run(True), run(False)) for _ in range(runs)]
    on = statistics.median(r[0] for r in rounds)
    off = statistics.median(r[1] for r in rounds)
    return on, off, statistics.median(r[0] / r[1] for r in rounds)


def main(argv: list[str] | None = None) -> int:
    """Build the feeds, score every method, print the tables."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", default="score", choices=["score", "tune"])
    ap.add_argument("--feeds", type=int, default=N_FEEDS)
    ap.add_argument("--no-texttiling", action="store_true")
    ap.add_argument(
        "--decorated",
        action="store_true",
        help="also score Sky-style feeds: BBC articles with the rules' own example boilerplate "
        "(captions, players, consent blocks, bylines, end blocks), as the fit builds them",
    )
    ap.add_argument("--texttiling-feeds", type=int, default=TEXTTILING_FEEDS)
    ap.add_argument(
        "--quick",
        action="store_true",
        help=f"{QUICK_FEEDS} feeds of each kind, no TextTiling, {QUICK_SPEED_RUNS} speed rounds",
    )
    args = ap.parse_args(argv)
    speed_runs = SPEED_RUNS
    if args.quick:
        args.feeds, args.no_texttiling, speed_runs = QUICK_FEEDS, True, QUICK_SPEED_RUNS
    if not (segment_data.CORPUS / "bbc" / "dev.jsonl").is_file():
        print("../shared/corpus is not present (a fresh clone has no development data): skipped.")
        return 0
    groups = segment_data.load_docs()
    feeds = segment_data.build_feeds(groups, args.half, args.feeds, decorated=args.decorated)
    n_lines = sum(len(f.lines) for fs in feeds.values() for f in fs)
    n_articles = sum(len(f.starts) for fs in feeds.values() for f in fs)
    print(
        f"built {sum(len(fs) for fs in feeds.values())} feeds ({args.feeds} per kind), "
        f"{n_articles} articles, {n_lines} lines, from the {args.half} half"
    )
    methods = dict(METHODS)
    if args.no_texttiling:
        del methods["texttiling"]
    rows: list[tuple[str, str, str, int]] = []
    for kind, fs in feeds.items():
        subsets = [("all", fs)]
        if kind.startswith("aeb"):
            subsets.insert(0, ("en", [f for f in fs if f.english]))
        for name, method in methods.items():
            scored = fs[: args.texttiling_feeds] if name == "texttiling" else fs
            hyps = [method(f.lines) for f in scored]
            for label, sub in subsets:
                tally = Tally()
                n = 0
                for f, h in zip(scored, hyps, strict=True):
                    if f in sub:
                        tally.add(f, h)
                        n += 1
                rows.append((f"{kind} ({label})", name, tally.row(), n))
    print()
    print(f"{'feeds':22s} {'method':12s} {'P':>6s} {'R':>6s} {'F1':>6s} {'Pk':>6s} {'WD':>6s} "
          f"{'|dN|':>6s} {'n':>4s}")  # fmt: skip
    for feeds_label, name, row, n in rows:
        print(f"{feeds_label:22s} {name:12s} {row} {n:4d}")
    print()
    print("one-article split rate (share of single articles split by newsclean):")
    by_group: dict[str, list[bool]] = {}
    for doc in segment_data.single_docs(groups, args.half):
        key = "bbc" if doc.group.startswith("bbc/") else doc.group
        by_group.setdefault(key, []).append(bool(newsclean_starts(doc.lines)))
    allv = [v for vs in by_group.values() for v in vs]
    for key, vs in [*sorted(by_group.items()), ("all", allv)]:
        print(f"  {key:12s} {sum(vs) / len(vs):6.3f}  ({sum(vs)} of {len(vs)})")
    print()
    if (segment_data.SHARED / "seed" / "feed.txt").is_file():
        print(seed_result())
    texts = [f.text for fs in feeds.values() for f in fs]
    on, off, ratio = speed_ratio(texts, speed_runs)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(
        f"speed (CPU time): clean(split=True) {on:.2f}s ({mb / on:.2f} MB/s), "
        f"clean(split=False) {off:.2f}s ({mb / off:.2f} MB/s), ratio {ratio:.2f} "
        f"(median of {speed_runs} alternating rounds)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
