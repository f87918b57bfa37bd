"""How fast newsclean is, against a reference pass and two classic tools, on one core.

Builds a corpus of at least ``--mb`` megabytes (default 50) from ``../shared/corpus``
(relative to the repository root): every extractor output of ``aeb-dev`` (one
record per page and extractor) and feeds of two to six BBC articles (one record
per feed, title line first), read with the reading convention (lines stripped,
empty lines dropped, joined by ``"\\n"``) and repeated until the size is reached.
It prints, in one run:

- MB/s of ``clean(record)`` and ``clean(record, split=False)`` over every record,
  the median of ``--runs`` runs, and of one call on the whole corpus as a single string;
- the time of the reference pass ``re.findall(r"\\w+", text)`` on the same records
  and the ratios clean / reference (targets: 2x for ``split=False``, 4x for ``clean``);
- the ratio clean / ``clean(split=False)`` (target: 2x), and the least that boundary
  detection could cost: each paragraph read and tokenised once and added to the token
  windows, as a multiple of ``clean(split=False)``;
- seconds per MB for one string of 1x, 2x, 4x and 8x a base size (target: flat
  within 15%);
- peak RSS of ``iter_articles`` streaming over 1x and 8x that base size, each
  in its own subprocess (``resource.getrusage``);
- jusText (each line a paragraph) and nltk's TextTiling on part of the same text;
- pathological inputs (a 10 MB line, a million empty lines, ten thousand
  "Image: " on one line, and lines designed against the shipped rules), as
  seconds per MB relative to normal text (target: at most 3x).

Run from the repository root: ``python benchmarks/throughput.py`` (``--quick`` for
a 6 MB corpus and fewer runs).
"""

from __future__ import annotations

import argparse
import gc
import html
import json
import os
import pathlib
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence

import newsclean
from newsclean.cues import BACK_WINDOW, describe
from newsclean.rules import all_rules
from newsclean.window import TokenWindows

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
EXTRACTORS = ("newspaper", "trafilatura", "goose3", "readability", "html-text")
SEED = 5
FEED_MIN_ARTICLES = 2
FEED_MAX_ARTICLES = 6
MB = 1_000_000

SPLIT_FALSE_TARGET = 2.0
"""``clean(text, split=False)`` may cost at most this many reference passes."""
SPLIT_TRUE_TARGET = 4.0
"""``clean(text)`` (with boundary detection) may cost at most this many reference passes."""
SPLIT_RATIO_TARGET = 2.0
"""``clean(text)`` may cost at most this many ``clean(text, split=False)`` (boundaries)."""
FLAT_TOLERANCE = 0.15
"""Seconds per MB may vary by at most this share from 1x to 8x."""
PATHOLOGICAL_TARGET = 3.0
"""No pathological input may cost more than this many times normal text per MB."""

SCALES = (1, 2, 4, 8)
HOSTILE_MB = 0.25
"""Each hostile line is repeated on its own lines up to this many MB."""
COMPARE_MB = 1.0
"""jusText and TextTiling are slow: they get this many MB of the corpus."""

_REFERENCE = re.compile(r"\w+")

# Words for TextTiling: nltk's own list needs a data download this benchmark avoids.
_STOPWORD_TEXT = (
    "a about after all also an and any are as at be been before but by can could did do does "
    "for from had has have he her his i if in into is it its last more most mr ms new no not "
    "now of on one only or other our out over said says she so some than that the their them "
    "then there these they this to two up us was we were what when which who will with would "
    "year years you"
)
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


# --------------------------------------------------------------------------- corpus


def read_text(text: str) -> str:
    """The reading convention: lines stripped, empty lines dropped, joined by ``"\\n"``."""
    return "\n".join(s for s in (line.strip() for line in text.splitlines()) if s)


def load_records() -> list[str]:
    """Every extractor page, and BBC articles grouped into feeds of 2-6 (fixed seed)."""
    records: list[str] = []
    for name in EXTRACTORS:
        pages = json.loads((CORPUS / "aeb-dev" / "outputs" / f"{name}.json").read_text("utf-8"))
        records += [read_text(page["articleBody"]) for page in pages.values()]
    with (CORPUS / "bbc" / "dev.jsonl").open(encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]
    rng = random.Random(SEED)
    rng.shuffle(articles)
    i = 0
    while i < len(articles):
        n = rng.randint(FEED_MIN_ARTICLES, FEED_MAX_ARTICLES)
        parts = ["\n".join([a["title"], *a["paragraphs"]]) for a in articles[i : i + n]]
        records.append(read_text("\n".join(parts)))
        i += n
    return [r for r in records if r]


def repeat_to(records: Sequence[str], size: int) -> list[str]:
    """``records`` repeated in order until their total length reaches ``size`` characters."""
    out: list[str] = []
    total = 0
    while total < size:
        for r in records:
            out.append(r)
            total += len(r)
            if total >= size:
                break
    return out


def mb_of(records: Sequence[str]) -> float:
    """Size in MB, counting characters (UTF-8 bytes would be a few percent more)."""
    return sum(len(r) for r in records) / MB


# --------------------------------------------------------------------------- timing


def timed(fn: Callable[[], object]) -> float:
    """CPU seconds one call of ``fn`` takes (garbage from the last call collected first).

    CPU time of this process, not wall time: the benchmark runs on one core, and
    other work on a shared machine does not count against it.
    """
    gc.collect()
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def median_time(fn: Callable[[], object], runs: int) -> float:
    """The median of ``runs`` timings of ``fn``."""
    return statistics.median(timed(fn) for _ in range(runs))


def over_records(fn: Callable[[str], object], records: Sequence[str]) -> Callable[[], None]:
    """A callable that applies ``fn`` to each record, keeping nothing."""

    def run() -> None:
        for r in records:
            fn(r)

    return run


def pin_one_core() -> str:
    """Run on one CPU when the platform allows it; say which."""
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Print a plain aligned table."""
    cells = [[str(h) for h in headers], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for k, row in enumerate(cells):
        print(
            "  ".join(
                c.rjust(w) if j else c.ljust(w)
                for j, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
        if k == 0:
            print("  ".join("-" * w for w in widths))
    print()


def verdict(ok: bool) -> str:
    """``ok`` or ``MISSED`` for a target."""
    return "ok" if ok else "MISSED"


# --------------------------------------------------------------------------- sections


def throughput(records: Sequence[str], runs: int) -> dict[str, float]:
    """MB/s of the reference pass and of clean, per record and as one string."""
    size = mb_of(records)
    ref = median_time(over_records(_REFERENCE.findall, records), runs)
    strip = median_time(over_records(lambda r: newsclean.clean(r, split=False), records), runs)
    full = median_time(over_records(newsclean.clean, records), runs)
    big = "\n".join(records)
    big_ref = median_time(lambda: _REFERENCE.findall(big), runs)
    big_strip = timed(lambda: newsclean.clean(big, split=False))
    big_full = timed(lambda: newsclean.clean(big))
    rows = [
        ["re.findall(r'\\w+') per record", f"{size / ref:.1f}", "1.00", ""],
        [
            "clean(split=False) per record",
            f"{size / strip:.1f}",
            f"{strip / ref:.2f}",
            f"<= {SPLIT_FALSE_TARGET:g}x {verdict(strip / ref <= SPLIT_FALSE_TARGET)}",
        ],
        [
            "clean() per record",
            f"{size / full:.1f}",
            f"{full / ref:.2f}",
            f"<= {SPLIT_TRUE_TARGET:g}x {verdict(full / ref <= SPLIT_TRUE_TARGET)}",
        ],
        ["re.findall(r'\\w+') one string", f"{size / big_ref:.1f}", "1.00", ""],
        [
            "clean(split=False) one string",
            f"{size / big_strip:.1f}",
            f"{big_strip / big_ref:.2f}",
            "",
        ],
        ["clean() one string", f"{size / big_full:.1f}", f"{big_full / big_ref:.2f}", ""],
    ]
    print(f"## Throughput ({size:.1f} MB, {len(records)} records, median of {runs} runs)\n")
    table(["pass", "MB/s", "x reference", "target"], rows)
    boundary_floor(records, strip, full, runs)
    lines = sum(_content_lines(r) for r in records)
    return {
        "ref": ref / size,
        "strip": strip / size,
        "full": full / size,
        "strip_line": strip / lines,
        "full_line": full / lines,
    }


def boundary_floor(records: Sequence[str], strip: float, full: float, runs: int) -> None:
    """What boundary detection costs over ``clean(split=False)``, and the least it could.

    The least: reading each paragraph once (:func:`newsclean.cues.describe`, which
    tokenises it) and adding its tokens to the token windows, the two steps every
    gap's cues start from, before any cue is computed or any gap scored.
    """
    paragraphs = [[p.text for p in newsclean.clean(r, split=False).paragraphs] for r in records]

    def read_and_count() -> None:
        for texts in paragraphs:
            windows = TokenWindows()
            for n, text in enumerate(texts):
                windows.add(describe(text).tokens, n - BACK_WINDOW)

    floor = median_time(read_and_count, runs)
    print(
        f"Boundary detection: clean() takes {full / strip:.2f}x the time of "
        f"clean(split=False) (target <= {SPLIT_RATIO_TARGET:g}x "
        f"{verdict(full / strip <= SPLIT_RATIO_TARGET)}); reading each paragraph once and "
        f"adding it to the token windows alone takes {floor / strip:.2f}x its time "
        f"({floor / max(1, sum(map(len, paragraphs))) * 1e6:.1f} microseconds per paragraph).\n"
    )


_SCALE_CHILD = r"""
import gc, json, sys, time
import newsclean

base = open(sys.argv[1], encoding="utf-8").read()
text = "\n".join([base] * int(sys.argv[2]))
runs = int(sys.argv[3])
newsclean.clean(base[:10000])  # compile the rules and trees outside the timing

def best(split):
    out = []
    for _ in range(runs):
        gc.collect()
        t0 = time.process_time()
        newsclean.clean(text, split=split)
        out.append(time.process_time() - t0)
    return min(out)

print(json.dumps({"chars": len(text), "strip": best(False), "full": best(True)}))
"""


def scaling(records: Sequence[str], base_mb: float, runs: int, tmp: pathlib.Path) -> None:
    """Seconds per MB of one string of 1x..8x ``base_mb``: flat means linear cost.

    The k-x text is the same base text k times over (a prefix of k times the size
    would hold another mix of records, and time per MB would measure the mix), and
    each size runs in a fresh process: within one process, the state the garbage
    collector and the allocator were left in by earlier sizes moved a size's time
    per MB by up to a fifth between repeats, whatever the size.
    """
    tmp.write_text("\n".join(repeat_to(records, int(base_mb * MB))), encoding="utf-8")
    rows = []
    per_mb: dict[str, list[float]] = {"split=False": [], "split=True": []}
    for k in SCALES:
        out = subprocess.run(
            [sys.executable, "-c", _SCALE_CHILD, str(tmp), str(k), str(runs)],
            capture_output=True,
            text=True,
            check=True,
        )
        data = json.loads(out.stdout)
        size = data["chars"] / MB
        strip, full = data["strip"] / size, data["full"] / size
        per_mb["split=False"].append(strip)
        per_mb["split=True"].append(full)
        rows.append([f"{k}x", f"{size:.1f}", f"{strip * 1000:.1f}", f"{full * 1000:.1f}"])
    spread = {name: max(v) / min(v) - 1 for name, v in per_mb.items()}
    rows.append(
        [
            "spread",
            "",
            f"{spread['split=False']:.0%} {verdict(spread['split=False'] <= FLAT_TOLERANCE)}",
            f"{spread['split=True']:.0%} {verdict(spread['split=True'] <= FLAT_TOLERANCE)}",
        ]
    )
    print(
        f"## Time per MB, one string (base {base_mb:g} MB, each size in a fresh process, "
        f"best of {runs}; target: spread <= 15%)\n"
    )
    table(["size", "MB", "ms/MB split=False", "ms/MB clean()"], rows)


_RSS_CHILD = r"""
import json, resource, sys
import newsclean

def peak_kb():
    # VmHWM is this program's own high-water mark; ru_maxrss would include the
    # parent's memory copied at fork time.
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

records = json.load(open(sys.argv[1], encoding="utf-8"))
times = int(sys.argv[2])
def lines():
    for _ in range(times):
        for r in records:
            for line in r.split("\n"):
                yield line + "\n"
base = peak_kb()
n = 0
for article in newsclean.iter_articles(lines()):
    n += 1
print(json.dumps({"articles": n, "base_kb": base, "peak_kb": peak_kb()}))
"""


def streaming_rss(records: Sequence[str], base_mb: float, tmp: pathlib.Path) -> None:
    """Peak RSS of ``iter_articles`` over a generator of lines, 1x and 8x, in subprocesses."""
    unit = repeat_to(records, int(base_mb * MB))
    tmp.write_text(json.dumps(unit), encoding="utf-8")
    rows = []
    peaks = []
    for k in (SCALES[0], SCALES[-1]):
        out = subprocess.run(
            [sys.executable, "-c", _RSS_CHILD, str(tmp), str(k)],
            capture_output=True,
            text=True,
            check=True,
        )
        data = json.loads(out.stdout)
        peaks.append(data["peak_kb"])
        rows.append(
            [
                f"{k}x",
                f"{k * mb_of(unit):.1f}",
                data["articles"],
                f"{data['base_kb'] / 1024:.0f}",
                f"{data['peak_kb'] / 1024:.0f}",
            ]
        )
    growth = peaks[1] / peaks[0]
    print("## Peak RSS of iter_articles streaming (a generator of lines; after import = base)\n")
    table(["size", "MB", "articles", "base MB", "peak MB"], rows)
    print(f"peak 8x / 1x = {growth:.2f} (flat means about 1.0)\n")


def comparisons(records: Sequence[str], per_mb_ref: float) -> None:
    """jusText and TextTiling on about ``COMPARE_MB`` MB of the corpus, per MB."""
    part = repeat_to(records, int(COMPARE_MB * MB))
    size = mb_of(part)
    rows = []
    newsclean_s = timed(over_records(lambda r: newsclean.clean(r, split=False), part))
    rows.append(
        [
            "newsclean clean(split=False)",
            f"{size / newsclean_s:.2f}",
            f"{newsclean_s / size / per_mb_ref:.1f}",
        ]
    )
    try:
        import justext
    except ImportError as exc:
        rows.append(["jusText", "n/a", f"not installed ({exc})"])
    else:
        stoplist = justext.get_stoplist("English")

        def run_justext(r: str) -> object:
            body = "".join(f"<p>{html.escape(line)}</p>" for line in r.split("\n"))
            return justext.justext(f"<html><body>{body}</body></html>", stoplist)

        s = timed(over_records(run_justext, part))
        rows.append(
            ["jusText (line = paragraph)", f"{size / s:.2f}", f"{s / size / per_mb_ref:.1f}"]
        )
    try:
        from nltk.tokenize import TextTilingTokenizer
    except ImportError as exc:
        rows.append(["TextTiling", "n/a", f"not installed ({exc})"])
    else:
        tiler = TextTilingTokenizer(stopwords=list(STOPWORDS))

        def run_tiling(r: str) -> object:
            try:
                return tiler.tokenize(r.replace("\n", "\n\n"))
            except ValueError:  # too short for its window: one segment
                return [r]

        s = timed(over_records(run_tiling, part))
        rows.append(
            ["nltk TextTiling (own stopwords)", f"{size / s:.2f}", f"{s / size / per_mb_ref:.1f}"]
        )
    print(f"## Other tools on {size:.1f} MB of the same records\n")
    table(["tool", "MB/s", "x reference"], rows)


def hostile_lines() -> list[tuple[str, str]]:
    """Lines designed against the shipped rules: near misses that invite backtracking.

    Each is kept just under the line-length limit of the rules it targets, so that
    those rules really run on it.
    """
    lines = [
        ("spaces inside a line", "Image:" + " " * 380 + "x"),
        ("punctuation run", "." * 250 + "!" * 40),
        ("'More on X X X...'", "More on " + "X " * 36),
        ("'More on' mixed case", "More on " + "Isle of the " * 6 + "and"),
        ("'Image: ... Pic:' repeats", ("Image: a Pic: " * 30)[:399]),
        ("consent near miss", "This content is provided by " + "x" * 55 + ", which may be"),
        ("title-shaped near miss", "Word " * 59 + "end."),
    ]
    for rule in all_rules():
        for example in rule.examples[:1]:
            first = example.split("\n")[0]
            filler = (first + " ") * (rule.max_chars // max(1, len(first) + 1) + 1)
            lines.append((f"{rule.id} repeated", filler[: rule.max_chars - 1].rstrip() + "~"))
    return lines


def page_title_feed() -> str:
    """A feed where every third line is shaped like a page title (each one a candidate
    that makes the boundary decoder look ahead for its headline)."""
    block = (
        "Harbour ferry timetable changes for winter number {k} | Coast News\n"
        "The island ferry company will run three extra sailings a week from November.\n"
        "Its chief executive said bookings from hauliers had doubled since the spring.\n"
    )
    blocks: list[str] = []
    size = 0
    while size < HOSTILE_MB * MB:
        blocks.append(block.format(k=len(blocks)))
        size += len(blocks[-1])
    return "".join(blocks)


def page_break_feed() -> str:
    """A feed of short stories on alternating topics with runs of menus between (each run
    a page-break candidate that makes the decoder wait for the prose after it)."""
    stories = (
        "The island ferry company will run three extra sailings a week from November.\n"
        "Its chief executive said bookings from hauliers had doubled since the spring.\n"
        "Islanders asked for more winter crossings when the old vessel was retired.\n",
        "Apple growers in the valley say a frost late in May destroyed the blossom.\n"
        "One grower said he had lost two thirds of his crop on the slopes by the river.\n"
        "Cider makers expect to buy fruit from further afield and warn of higher prices.\n",
    )
    menu = "Weather\nTravel\nHealth\nScience\nMusic\nFilm\nBooks\nGardening\n"
    menu += "Recipes\nCrosswords\nObituaries\nCompetitions\n"
    blocks: list[str] = []
    size = 0
    while size < HOSTILE_MB * MB:
        blocks.append(stories[len(blocks) % 2] + menu)
        size += len(blocks[-1])
    return "".join(blocks)


def _content_lines(text: str) -> int:
    return sum(1 for line in text.splitlines() if line.strip())


def pathological(normal: dict[str, float], runs: int) -> None:
    """Seconds per MB (and per line) of hostile inputs, relative to normal text.

    The three inputs of the foundation issue come first and are judged per MB.
    Lines designed against the rules are short, so many more of them fit in a MB
    than of ordinary paragraphs: their cost per line is printed too, which shows
    whether a rule backtracks (per line) or the input is just dense (per MB).
    """
    word_line = ("The council said the repairs would take a year " * 220_000)[: 10 * MB]
    cases: list[tuple[str, str]] = [
        ("10 MB line, no newline", word_line),
        ("a million empty lines", "\n" * 1_000_000),
        ("ten thousand 'Image: ' on one line", "Image: " * 10_000),
        ("'Image: ' line x 100 lines", "\n".join(["Image: " * 10_000] * 100)),
    ]
    issue_cases = len(cases)
    for name, line in hostile_lines():
        n_lines = int(HOSTILE_MB * MB) // (len(line) + 1)
        cases.append((f"{name} (x {n_lines} lines)", "\n".join([line] * n_lines)))
    cases.append(("page titles every third line", page_title_feed()))
    cases.append(("menus between short stories", page_break_feed()))
    rows = []
    worst_issue = worst_mb = worst_line = worst_both = 0.0
    for k, (name, text) in enumerate(cases):
        size = len(text) / MB
        lines = max(1, _content_lines(text))
        n = runs if size < 5 else 1
        strip = median_time(lambda t=text: newsclean.clean(t, split=False), n)
        full = median_time(lambda t=text: newsclean.clean(t), n)
        per_mb = max(strip / size / normal["strip"], full / size / normal["full"])
        per_line = max(strip / lines / normal["strip_line"], full / lines / normal["full_line"])
        if k < issue_cases:
            worst_issue = max(worst_issue, per_mb)
        else:
            worst_mb = max(worst_mb, per_mb)
            worst_line = max(worst_line, per_line)
            worst_both = max(worst_both, min(per_mb, per_line))
        rows.append(
            [
                name,
                f"{size:.2f}",
                f"{strip / size * 1000:.1f}",
                f"{full / size * 1000:.1f}",
                f"{per_mb:.2f}",
                f"{per_line:.2f}" if k >= issue_cases else "",
            ]
        )
    print(
        f"## Pathological inputs (normal text: {normal['strip'] * 1000:.1f} ms/MB split=False, "
        f"{normal['full'] * 1000:.1f} ms/MB clean(); target <= {PATHOLOGICAL_TARGET:g}x)\n"
    )
    table(
        ["input", "MB", "ms/MB split=False", "ms/MB clean()", "x normal/MB", "x normal/line"],
        rows,
    )
    print(
        f"issue inputs, worst per MB: {worst_issue:.2f}x "
        f"{verdict(worst_issue <= PATHOLOGICAL_TARGET)}\n"
        f"lines against the rules: worst per MB {worst_mb:.2f}x (dense short lines), worst per "
        f"line {worst_line:.2f}x (long lines); worst on both at once (backtracking would show "
        f"there): {worst_both:.2f}x {verdict(worst_both <= PATHOLOGICAL_TARGET)}\n"
    )


COLD_SCRIPT = """
import sys, time
t0 = time.perf_counter()
import newsclean
t1 = time.perf_counter()
newsclean.clean(open(sys.argv[1], encoding="utf-8").read())
t2 = time.perf_counter()
sys.path.insert(0, sys.argv[2])
import throughput
records = throughput.load_records()
passes = []
for _ in range(2):
    t = time.perf_counter()
    for r in records:
        newsclean.clean(r)
    passes.append(time.perf_counter() - t)
print(t1 - t0, t2 - t1, *passes)
"""


def cold_start(runs: int) -> None:
    """What a fresh process pays before it runs at full speed (a CLI call, a pipeline worker):
    the import, the first clean() of the shipped example, and a first pass over the corpus
    records against a second one (the rule gate builds its buckets on first use)."""
    rows = []
    for _ in range(runs):
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                COLD_SCRIPT,
                str(ROOT / "examples" / "feed.txt"),
                str(ROOT / "benchmarks"),
            ],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        ).stdout.split()
        rows.append([float(x) for x in out])
    imp, first, cold, warm = (statistics.median(col) for col in zip(*rows, strict=True))
    print(f"## Cold start (fresh processes, median of {runs})\n")
    table(
        [
            "import",
            "first clean() of examples/feed.txt",
            "first pass over the records",
            "second pass",
            "first / second",
        ],
        [
            [
                f"{imp * 1000:.0f} ms",
                f"{first * 1000:.0f} ms",
                f"{cold:.2f} s",
                f"{warm:.2f} s",
                f"{cold / warm:.2f}",
            ]
        ],
    )
    print()


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    """Parse options, build the corpus, print every table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="6 MB corpus, fewer runs")
    parser.add_argument("--mb", type=float, default=None, help="corpus size in MB (default 50)")
    parser.add_argument("--runs", type=int, default=None, help="runs per median (default 3)")
    parser.add_argument(
        "--only",
        choices=("throughput", "scaling", "rss", "compare", "pathological", "cold"),
        action="append",
        help="run only these sections (repeatable)",
    )
    args = parser.parse_args(argv)
    if (
        not (CORPUS / "aeb-dev" / "outputs").is_dir()
        or not (CORPUS / "bbc" / "dev.jsonl").is_file()
    ):
        print(
            "skipped: the development corpus ../shared/corpus is not present beside the repository"
        )
        return 0
    target_mb = args.mb if args.mb is not None else (6.0 if args.quick else 50.0)
    runs = args.runs if args.runs is not None else 3
    base_mb = 1.0 if args.quick else 4.0
    sections = set(args.only or ("throughput", "scaling", "rss", "compare", "pathological", "cold"))

    print(f"newsclean {newsclean.__version__}, Python {sys.version.split()[0]}, {pin_one_core()}")
    records = load_records()
    print(
        f"source: {len(records)} records ({mb_of(records):.2f} MB: "
        f"{len(EXTRACTORS)} extractors x pages, BBC feeds of {FEED_MIN_ARTICLES}-"
        f"{FEED_MAX_ARTICLES} articles), {len(newsclean.default_rules())} rules\n"
    )
    corpus = repeat_to(records, int(target_mb * MB))
    per_mb = {"ref": 0.0, "strip": 0.0, "full": 0.0, "strip_line": 0.0, "full_line": 0.0}
    if sections & {"throughput", "compare", "pathological"}:
        per_mb = throughput(corpus, runs)
    if "scaling" in sections:
        with tempfile.TemporaryDirectory() as tmp:
            scaling(records, base_mb, runs, pathlib.Path(tmp) / "base.txt")
    if "rss" in sections:
        with tempfile.TemporaryDirectory() as tmp:
            streaming_rss(records, base_mb, pathlib.Path(tmp) / "records.json")
    if "compare" in sections:
        comparisons(records, per_mb["ref"])
    if "pathological" in sections:
        pathological(per_mb, runs)
    if "cold" in sections:
        cold_start(runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
