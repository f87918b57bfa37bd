"""The seed feed's article boundaries (needs ../shared; skipped without it)."""

from __future__ import annotations

import json
import pathlib

import pytest

import newsclean


def _starts(shared: pathlib.Path) -> tuple[list[int], list[int]]:
    text = (shared / "seed" / "feed.txt").read_text(encoding="utf-8")
    gold = json.loads((shared / "seed" / "gold.json").read_text(encoding="utf-8"))
    got = [text.count("\n", 0, a.span.start) + 1 for a in newsclean.clean(text).articles]
    return got, list(gold["article_starts"])


@pytest.mark.xfail(reason="the model still misses the seed's boundary at line 79", strict=True)
def test_seed_has_exactly_its_four_articles(shared: pathlib.Path) -> None:
    """The seed is exactly 4 articles, starting at lines 1, 32, 61 and 79."""
    got, gold = _starts(shared)
    assert got == gold == [1, 32, 61, 79]


def test_seed_same_meeting_boundary_is_found(shared: pathlib.Path) -> None:
    """The boundary at line 32 (two articles about the same meeting) is found, with its reasons."""
    got, _ = _starts(shared)
    assert 32 in got
    text = (shared / "seed" / "feed.txt").read_text(encoding="utf-8")
    for article in newsclean.clean(text).articles[1:]:
        assert article.boundary.cues
        assert article.boundary.reason


def test_seed_reused_picture_boundary_is_found(shared: pathlib.Path) -> None:
    """The boundary at line 61 (after an embed; the article reuses two earlier captions)."""
    got, _ = _starts(shared)
    assert 61 in got
    assert not set(got) - {1, 32, 61, 79}


def test_seed_streams_like_clean(shared: pathlib.Path) -> None:
    """Streaming the seed file object gives exactly clean()'s articles."""
    path = shared / "seed" / "feed.txt"
    text = path.read_text(encoding="utf-8")
    with path.open(encoding="utf-8", newline="") as fh:
        assert tuple(newsclean.iter_articles(fh)) == newsclean.clean(text).articles
