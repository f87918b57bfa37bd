"""Pathological input is processed in linear time and loses nothing.

Bounds are generous on purpose (this is no benchmark: see benchmarks/throughput.py):
each input may cost at most ``SLOWDOWN`` times what the same amount of ordinary
prose costs, plus a fixed allowance for start-up and noise.
"""

from __future__ import annotations

import functools
import itertools
import time
from collections.abc import Callable

import pytest

import newsclean
from newsclean import Separator
from newsclean.lines import BLANK, line_start

SLOWDOWN = 20
"""A pathological input may cost this many times ordinary text of the same size."""

ALLOWANCE = 1.0
"""Seconds added to every bound (start-up, a busy machine)."""

MB = 1_000_000

_PROSE = (
    "The harbour board said repairs to the north pier would start in spring, "
    "after divers found cracks below the waterline. Fishermen welcomed the news "
    "but asked for a temporary landing stage. A spokeswoman for the council said "
    "the cost would be shared with the port authority."
)
_WORDS = _PROSE.split()


def prose(size: int) -> str:
    """Ordinary text written here: sentences of the words above, 20 to a line, ``size`` long."""
    words = itertools.cycle(_WORDS)
    lines = []
    total = 0
    while total < size:
        line = " ".join(next(words) for _ in range(20)) + "."
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines)


@functools.lru_cache(maxsize=1)
def seconds_per_char() -> float:
    """CPU seconds per character of ordinary prose through clean() (best of three)."""
    text = prose(MB // 5)
    return min(_cpu(lambda: newsclean.clean(text)) for _ in range(2)) / len(text)


def _cpu(fn: Callable[[], object]) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def assert_tiles(feed: newsclean.Feed) -> None:
    """Paragraphs, boilerplate and separators tile the input: nothing is lost."""
    pos = 0
    for piece in feed.pieces():
        assert piece.span.start == pos
        if isinstance(piece, Separator):
            assert piece.text.strip(BLANK) == ""
        pos = piece.span.end
    assert pos == len(feed.text)


def check_linear(text: str, split: bool = True) -> newsclean.Feed:
    """Clean ``text`` within the bound for its size, check tiling, return the feed."""
    feed: newsclean.Feed | None = None

    def run() -> None:
        nonlocal feed
        feed = newsclean.clean(text, split=split)

    spent = _cpu(run)
    bound = SLOWDOWN * seconds_per_char() * len(text) + ALLOWANCE
    assert spent <= bound, f"{spent:.2f}s for {len(text) / MB:.1f} MB (bound {bound:.2f}s)"
    assert feed is not None
    assert_tiles(feed)
    return feed


@pytest.mark.slow
@pytest.mark.parametrize("split", [True, False])
def test_ten_megabyte_line_without_newline(split: bool) -> None:
    """A 10 MB line with no line break is one paragraph, in linear time."""
    text = ("The council said the repairs would take a year " * 210_000)[: 10 * MB]
    feed = check_linear(text, split)
    assert [len(p.text) for a in feed.articles for p in a.paragraphs] == [len(text.strip())]


def test_a_million_empty_lines() -> None:
    """A million empty lines give no article, in linear time."""
    feed = check_linear("\n" * 1_000_000)
    assert feed.articles == ()


def test_ten_thousand_image_labels_on_one_line() -> None:
    """Ten thousand "Image: " on one line is too long for any rule: content, kept whole."""
    text = "Image: " * 10_000
    feed = check_linear(text)
    assert feed.boilerplate == ()
    assert [p.text for a in feed.articles for p in a.paragraphs] == [text.strip()]


HOSTILE_LINES = [
    "Image:" + " " * 380 + "x",
    ("Image: a Pic: " * 30)[:399],
    "More on " + "X " * 36,
    "More on " + "Isle of the " * 6 + "and",
    "." * 250 + "!" * 40,
    "This content is provided by " + "x" * 55 + ", which may be",
    "Word " * 59 + "end.",
    "(" * 150 + "Photo" + ")" * 150,
    "Reporting by " + "Ann Lee, " * 30,
    "Follow " + "us on " * 40,
    "©" + " 2019" * 70,
]
"""Lines within the rules' length limits shaped to invite backtracking in them."""


@pytest.mark.parametrize("line", HOSTILE_LINES, ids=range(len(HOSTILE_LINES)))
def test_regex_hostile_lines(line: str) -> None:
    """Near misses of the shipped rules, repeated on many lines, cost linear time."""
    text = "\n".join([line] * (MB // 4 // (len(line) + 1)))
    check_linear(text)


def test_line_start_does_not_scan_back_to_the_start() -> None:
    """Finding where a line begins costs the line's length, not the offset (no quadratic step)."""
    text = prose(4 * MB)
    offsets = [len(text) - 1 - 997 * k for k in range(5_000)]
    spent = _cpu(lambda: [line_start(text, o) for o in offsets])
    assert spent <= ALLOWANCE
    assert all(line_start(text, o) in (0, text.rfind("\n", 0, o) + 1) for o in offsets[:50])


NEAR_MISS_SECONDS = 0.05
"""CPU seconds one rule may spend on one near miss (a full match takes microseconds;
a pattern that tries every way to split a line takes seconds)."""


def near_misses(rule: newsclean.Rule) -> list[str]:
    """Lines just under ``rule``'s length limit made of its own examples, with a last
    character no rule ends on: each of its examples repeated, then all of them in turn."""
    limit = rule.max_chars - 1
    firsts = [example.split("\n")[0] for example in rule.examples]
    lines = []
    for piece in [*firsts, " ".join(firsts)]:
        for joint in (" ", ""):
            filler = joint.join([piece] * (limit // max(1, len(piece) + 1) + 1))
            lines.append(filler[:limit].rstrip() + "~")
    return lines


@pytest.mark.parametrize("rule", newsclean.all_rules(), ids=lambda r: r.id)
def test_near_misses_of_every_rule_fail_fast(rule: newsclean.Rule) -> None:
    """A rule's pattern fails in (about) linear time on a near miss built from its own
    examples: no rule has to try every way of splitting a line into its parts."""
    for line in near_misses(rule):
        spent = _cpu(lambda line=line: rule.compiled.fullmatch(line))
        assert spent <= NEAR_MISS_SECONDS, (f"{spent:.3f}s", line)
