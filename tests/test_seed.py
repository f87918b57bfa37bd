"""The real feed that defines the job: every boilerplate line removed with its gold kind."""

from __future__ import annotations

import json
import pathlib

import newsclean
from newsclean.lines import split_lines


def _seed(shared: pathlib.Path) -> tuple[str, dict[int, str], list[int]]:
    text = (shared / "seed" / "feed.txt").read_text(encoding="utf-8")
    gold = json.loads((shared / "seed" / "gold.json").read_text(encoding="utf-8"))
    labels = {int(k): v for k, v in gold["labels"].items()}
    return text, labels, list(gold["article_starts"])


def _line_of(text: str) -> dict[int, int]:
    """Map each line's start offset to its 1-based line number."""
    out, pos = {}, 0
    for number, line in enumerate(text.split("\n"), 1):
        out[pos + len(line) - len(line.lstrip())] = number
        pos += len(line) + 1
    return out


def test_seed_boilerplate_kinds(shared: pathlib.Path) -> None:
    """All 36 boilerplate lines are removed with the gold kind; all content lines are kept."""
    text, labels, _ = _seed(shared)
    feed = newsclean.clean(text)
    line_of = _line_of(text)
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
