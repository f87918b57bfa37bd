"""Peak memory of the command line and ``iter_articles`` on big inputs (100 MB, 1 GB).

Builds a plain-text feed of the requested sizes from ``../shared/corpus/bbc/dev.jsonl``
(relative to the repository root; title line then paragraphs, one line each,
articles concatenated with no blank line, a few boilerplate lines of our own
mixed in, repeated until the size is reached) or, when ``../shared`` is absent,
from synthetic sentences (fixed seed). Each measurement runs in a subprocess of
its own and reads its peak RSS from ``os.wait4``:

- ``cli``: ``python -m newsclean FILE --format jsonl > /dev/null``;
- ``iter_articles``: a loop over ``newsclean.iter_articles(open(FILE))``;
- ``read whole``: ``open(FILE).read()`` alone, for reference (what holding the
  input costs).

Memory bounded by the largest article means the ``cli`` and ``iter_articles``
rows stay flat from 100 MB to 1 GB. A child that would pass ``--limit-gb`` of
address space is stopped and reported as such.

Run from the repository root: ``python benchmarks/memory.py`` (``--sizes 100`` for
the 100 MB row only; sizes in MB).
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "bbc" / "dev.jsonl"
MB = 1 << 20
SEED = 7
DEFAULT_SIZES = (100, 1024)
DEFAULT_LIMIT_GB = 12
"""Address-space cap per child: a non-streaming run of 1 GB is stopped, not the machine."""

OUR_BOILERPLATE = (
    "Advertisement",
    "Read more: Councils count the cost of the winter",
    "Image: Commuters on a station platform. Pic: PA",
    "Share this article",
)
"""Boilerplate lines mixed into the feed (our own phrasing)."""

WORDS = (
    *("council", "minister", "report", "market", "river", "village", "police", "school"),
    *("hospital", "budget", "workers", "storm", "railway", "museum", "company", "court"),
    *("said", "announced", "warned", "reported", "opened", "closed", "rose", "agreed"),
)

PROGRAMS = {
    "cli": None,
    "iter_articles": (
        "import sys, newsclean\n"
        "n = 0\n"
        "with open(sys.argv[1], encoding='utf-8') as fh:\n"
        "    for _ in newsclean.iter_articles(fh):\n"
        "        n += 1\n"
        "print(n)\n"
    ),
    "read whole": "import sys\nprint(len(open(sys.argv[1], encoding='utf-8').read()))\n",
}


def corpus_articles() -> tuple[list[str], str]:
    """Articles as text blocks (lines joined by newline), and where they came from."""
    if CORPUS.is_file():
        out = []
        with CORPUS.open(encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                lines = [record["title"], *record["paragraphs"]]
                out.append("\n".join(s.strip() for s in lines if s.strip()))
        return out, "../shared/corpus/bbc/dev.jsonl"
    rng = random.Random(SEED)
    out = []
    for _ in range(500):
        paragraphs = [
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30))).capitalize() + "."
            for _ in range(rng.randint(4, 12))
        ]
        out.append("\n".join(paragraphs))
    return out, "synthetic sentences (../shared absent)"


def feed_chunks(articles: list[str], size: int) -> Iterator[str]:
    """Articles (with boilerplate mixed in) until ``size`` bytes are yielded."""
    rng = random.Random(SEED)
    written = 0
    while written < size:
        article = rng.choice(articles)
        lines = article.split("\n")
        at = rng.randint(1, len(lines))
        lines.insert(at, rng.choice(OUR_BOILERPLATE))
        chunk = "\n".join(lines) + "\n"
        written += len(chunk.encode("utf-8"))
        yield chunk


def build(path: pathlib.Path, articles: list[str], size_mb: int) -> tuple[int, int]:
    """Write the feed; returns (bytes, largest article in characters)."""
    largest = 0
    with path.open("w", encoding="utf-8") as fh:
        for chunk in feed_chunks(articles, size_mb * MB):
            fh.write(chunk)
            largest = max(largest, len(chunk))
    return path.stat().st_size, largest


def measure(program: str, path: pathlib.Path, limit_gb: int) -> tuple[float, float, str]:
    """Run one program on ``path``; returns (peak RSS in MB, seconds, status)."""
    code = PROGRAMS[program]
    if code is None:
        argv = [sys.executable, "-m", "newsclean", str(path), "--format", "jsonl", "--no-progress"]
    else:
        argv = [sys.executable, "-c", code, str(path)]
    limit = limit_gb * 1024 * MB

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    start = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        proc = subprocess.Popen(argv, stdout=sink, stderr=subprocess.PIPE, preexec_fn=cap)
        assert proc.stderr is not None
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    state = "ok" if proc.returncode == 0 else f"failed ({proc.returncode})"
    if b"MemoryError" in err:
        state = f"stopped at the {limit_gb} GB cap"
    return usage.ru_maxrss / 1024, seconds, state


def main() -> None:
    """Build each input, measure each program, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--limit-gb", type=int, default=DEFAULT_LIMIT_GB)
    parser.add_argument("--programs", nargs="+", default=list(PROGRAMS), choices=list(PROGRAMS))
    args = parser.parse_args()
    articles, origin = corpus_articles()
    print(f"source: {origin}, {len(articles)} articles; seed {SEED}")
    print(f"{'input':>8} {'program':>14} {'peak RSS MB':>12} {'seconds':>9} {'MB/s':>7}  status")
    with tempfile.TemporaryDirectory(prefix="newsclean-memory-") as folder:
        for size_mb in args.sizes:
            path = pathlib.Path(folder) / f"feed-{size_mb}.txt"
            size, largest = build(path, articles, size_mb)
            print(f"# {size_mb} MB input: {size / MB:.1f} MB, largest article {largest} chars")
            for program in args.programs:
                rss, seconds, state = measure(program, path, args.limit_gb)
                rate = size / MB / seconds
                row = f"{size_mb:>6}MB {program:>14} {rss:>12.1f} {seconds:>9.1f} {rate:>7.2f}"
                print(f"{row}  {state}", flush=True)
            path.unlink()


if __name__ == "__main__":
    main()
