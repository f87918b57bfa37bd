"""On feeds built from the real development corpus: no error, nothing lost, streams agree.

The hypothesis tests generate their own text; real pages hold what a generator
does not think of (a crash in boundary detection was first found on such a
feed). This test builds the segmentation benchmark's feeds from ``../shared``
(skipped when it is absent), in the layouts a scraper may produce, and checks
every one: the pieces tile the input, and a stream of its lines gives exactly
the articles of :func:`newsclean.clean`.
"""

from __future__ import annotations

import pathlib
import random

import pytest

import newsclean

from .conftest import load_benchmark
from .test_properties import _check_tiling

pytestmark = [pytest.mark.shared, pytest.mark.slow]

FEEDS = 25
"""Feeds of each kind per half (the benchmark's four kinds, both halves: 200 feeds)."""
SEED = 97
"""Not the benchmark's seed: other draws of pages than the ones the model was judged on."""


def _layouts(lines: tuple[str, ...], rng: random.Random) -> dict[str, str]:
    """One feed as a scraper may write it."""
    return {
        "lf": "\n".join(lines),
        "crlf": "\r\n".join(lines) + "\r\n",
        "blank lines": "\n\n".join(lines),
        "indented": "\n".join("  " + s if rng.random() < 0.2 else s for s in lines),
    }


@pytest.fixture(scope="module")
def feeds(shared: pathlib.Path) -> list[tuple[str, str]]:
    """(name, text) of every feed in every layout."""
    data = load_benchmark("segment_data")
    if not (data.CORPUS / "bbc" / "dev.jsonl").is_file():
        pytest.skip("../shared/corpus is not present")
    groups = data.load_docs()
    rng = random.Random(SEED)
    out = []
    for half in ("tune", "score"):
        for kind, built in data.build_feeds(groups, half, FEEDS, SEED).items():
            for k, feed in enumerate(built):
                for layout, text in _layouts(feed.lines, rng).items():
                    out.append((f"{half}/{kind}/{k}/{layout}", text))
    return out


def test_corpus_feeds_are_lossless_and_stream_like_clean(feeds: list[tuple[str, str]]) -> None:
    """Every feed cleans without error, tiles its input, and streams to the same articles."""
    for name, text in feeds:
        feed = newsclean.clean(text)
        _check_tiling(feed)
        streamed = tuple(newsclean.iter_articles(text.splitlines(keepends=True)))
        assert streamed == feed.articles, name
