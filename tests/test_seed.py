"""The real feed that defines the job: every boilerplate line removed with its gold kind."""

from __future__ import annotations

import pathlib

import newsclean
from newsclean.lines import split_lines

from .gold import line_numbers, read_gold


def _seed(shared: pathlib.Path) -> tuple[str, dict[int, str], list[int]]:
    return read_gold(shared / "seed" / "feed.txt", shared / "seed" / "gold.json")


def test_seed_boilerplate_kinds(shared: pathlib.Path) -> None:
    """All 36 boilerplate lines are removed with the gold kind; all content lines are kept."""
    text, labels, _ = _seed(shared)
    feed = newsclean.clean(text)
    line_of = line_numbers(text)
    got = {line_of[b.span.start]: b.kind.value for b in feed.boilerplate}
    assert got == labels
    kept = {line_of[p.span.start] for p in feed.paragraphs}
    n_lines = len(split_lines(text))
    assert kept == set(range(1, n_lines + 1)) - set(labels)
    for p in feed.paragraphs:
        assert text[p.span.start : p.span.end] == p.text


def test_seed_split_false_keeps_the_same_content(shared: pathlib.Path) -> None:
    """Without boundary detection the same lines are removed."""
    text, labels, _ = _seed(shared)
    feed = newsclean.clean(text, split=False)
    assert len(feed.articles) == 1
    assert len(feed.boilerplate) == len(labels)
