"""Time this checkout against an earlier revision, interleaved in one process.

On a shared machine two runs of ``throughput.py`` may differ by a third; timing
both versions alternately in one process, on the same records, cancels most of
that. The earlier revision's package is exported with ``git archive`` to a
temporary folder under another name (``newsclean_then``), so both import side
by side. Prints, for ``clean(split=False)`` and ``clean()``, each version's time
as a multiple of the reference pass ``re.findall(r"\\w+")`` timed in the same
round, and the ratio now / then: medians over ``--rounds`` rounds of the
round-by-round ratios.

Run from the repository root: ``python benchmarks/compare.py --against HEAD~3``
(needs ``../shared/corpus``, like ``throughput.py``).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import io
import pathlib
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Sequence

import newsclean
import throughput

ROOT = pathlib.Path(__file__).resolve().parent.parent
ALIAS = "newsclean_then"
_ABSOLUTE_IMPORT = re.compile(r"\bnewsclean(?=[.\s]|$)", re.MULTILINE)


def export(revision: str, into: pathlib.Path) -> None:
    """Write ``src/newsclean`` of ``revision`` to ``into/ALIAS``, its imports renamed."""
    data = subprocess.run(
        ["git", "archive", revision, "src/newsclean"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    package = into / ALIAS
    (into / "src" / "newsclean").rename(package)
    for path in package.rglob("*.py"):
        text = path.read_text("utf-8")
        path.write_text(_ABSOLUTE_IMPORT.sub(ALIAS, text), "utf-8")


def _cpu(fn: Callable[[], object]) -> float:
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def compare(records: Sequence[str], then: object, rounds: int) -> None:
    """Print the interleaved timings of both versions (see the module's docstring)."""
    versions = {"then": then, "now": newsclean}
    passes: dict[str, Callable[[], object]] = {
        "reference": lambda: [throughput._REFERENCE.findall(r) for r in records]
    }
    for name, module in versions.items():
        clean = module.clean  # type: ignore[attr-defined]
        passes[f"{name} split=False"] = lambda c=clean: [c(r, split=False) for r in records]
        passes[f"{name} clean()"] = lambda c=clean: [c(r) for r in records]
    for fn in passes.values():  # warm caches (rule gates, compiled trees) outside the timing
        fn()
    times: dict[str, list[float]] = {name: [] for name in passes}
    names = list(passes)
    for r in range(rounds):
        # Alternate which version goes first, and start every pass with a collected
        # heap: otherwise the garbage of one pass is charged to the next.
        order = names if r % 2 == 0 else [names[0], *reversed(names[1:])]
        for name in order:
            gc.collect()
            times[name].append(_cpu(passes[name]))
    ref = times["reference"]
    print(f"median over {rounds} interleaved rounds of per-round ratios\n")
    print(f"{'pass':20s} {'then x ref':>10s} {'now x ref':>10s} {'now/then':>9s}")
    for label in ("split=False", "clean()"):
        then_t, now_t = times[f"then {label}"], times[f"now {label}"]
        print(
            f"{label:20s} {_median_ratio(then_t, ref):10.2f} {_median_ratio(now_t, ref):10.2f}"
            f" {_median_ratio(now_t, then_t):9.2f}"
        )


def _median_ratio(top: Sequence[float], bottom: Sequence[float]) -> float:
    """The median of round-by-round ratios (a slow round slows both sides of it)."""
    return statistics.median(a / b for a, b in zip(top, bottom, strict=True))


def main(argv: Sequence[str] | None = None) -> int:
    """Parse options, export the revision, time both versions."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--against", required=True, help="git revision to compare with")
    ap.add_argument("--mb", type=float, default=2.0, help="corpus size in MB (default 2)")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    if not (throughput.CORPUS / "bbc" / "dev.jsonl").is_file():
        print("../shared/corpus is not present (a fresh clone has no development data): skipped.")
        return 0
    records = throughput.repeat_to(throughput.load_records(), int(args.mb * throughput.MB))
    with tempfile.TemporaryDirectory() as tmp:
        export(args.against, pathlib.Path(tmp))
        sys.path.insert(0, tmp)
        then = importlib.import_module(ALIAS)
        print(f"now: this checkout; then: {args.against}; {throughput.mb_of(records):.1f} MB\n")
        compare(records, then, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
