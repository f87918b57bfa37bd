"""Streaming: ``iter_articles`` gives exactly what ``clean`` gives, with bounded look-ahead."""

from __future__ import annotations

import io
import itertools
import random
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.stream import LABEL_BLOCK, LABEL_MARGIN

from .strategies import any_text, article, boilerplate

SEPARATORS = ["\n", "\r\n", "\r", "\n\n", " \n", "\n\t\n"]

feeds = st.lists(
    st.one_of(
        article.map("\n".join),
        st.builds(lambda b: b[0], boilerplate()),
    ),
    max_size=10,
).flatmap(
    lambda parts: st.lists(
        st.sampled_from(SEPARATORS), min_size=len(parts), max_size=len(parts)
    ).map(lambda seps: "".join(p + s for p, s in zip(parts, seps, strict=True)))
)
"""Feeds of generated prose articles and boilerplate blocks, with mixed line breaks."""


def chunked(text: str, cuts: list[int]) -> list[str]:
    """``text`` cut at the given offsets (any order, repeats allowed)."""
    points = sorted({min(max(c, 0), len(text)) for c in cuts})
    edges = [0, *points, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(edges)]


def _same(text: str, pieces: list[str], config: newsclean.Config | None = None) -> None:
    expected = newsclean.clean(text, config=config).articles
    got = tuple(newsclean.iter_articles(pieces, config=config))
    assert [a.span for a in got] == [a.span for a in expected]
    assert got == expected


@given(feeds, st.lists(st.integers(min_value=0, max_value=4000), max_size=30))
def test_stream_equals_clean_on_feeds(text: str, cuts: list[int]) -> None:
    """Any chunking of a feed gives the articles, boundaries and offsets of clean()."""
    _same(text, chunked(text, cuts))


@given(any_text, st.lists(st.integers(min_value=0, max_value=400), max_size=10))
def test_stream_equals_clean_on_any_text(text: str, cuts: list[int]) -> None:
    """Any text, any chunking (empty chunks, split "\\r\\n"): the same as clean()."""
    _same(text, chunked(text, cuts))


def test_crlf_split_across_chunks() -> None:
    """A "\\r\\n" whose halves arrive in different chunks is one line break."""
    text = "The ferry left port.\r\nIt returned at dawn.\r\n"
    cut = text.index("\n")
    _same(text, [text[:cut], text[cut:]])


def test_text_file_object() -> None:
    """A text file object (lines ending in "\\n") streams like its whole text."""
    text = "First paragraph of the piece.\nSecond paragraph of it.\n"
    got = tuple(newsclean.iter_articles(io.StringIO(text)))
    assert got == newsclean.clean(text).articles


def test_bare_lines_are_concatenated_verbatim() -> None:
    """Pieces are joined as they are: lines without terminators must get them from the caller."""
    lines = ["One line of text.", "Another line of text."]
    joined = tuple(newsclean.iter_articles(lines))
    assert len(joined) == 1
    assert joined[0].paragraphs[0].text == "One line of text.Another line of text."
    with_breaks = tuple(newsclean.iter_articles(line + "\n" for line in lines))
    assert [p.text for p in with_breaks[0].paragraphs] == lines


def test_empty_stream_has_no_article() -> None:
    """An empty or blank stream yields nothing, like clean()."""
    assert list(newsclean.iter_articles([])) == []
    assert list(newsclean.iter_articles(["", " \n", "\r\n"])) == []
    assert newsclean.clean(" \n\r\n").articles == ()


def test_bytes_are_refused() -> None:
    """A bytes chunk is a TypeError that says to decode."""
    with pytest.raises(TypeError, match="decode"):
        list(newsclean.iter_articles([b"bytes"]))  # type: ignore[list-item]


_TOPICS = [
    ("harbour", "ferry", "crossing", "pier", "captain", "tide"),
    ("orchard", "apples", "harvest", "growers", "frost", "cider"),
    ("library", "books", "readers", "shelves", "archive", "loans"),
    ("stadium", "match", "supporters", "striker", "league", "goal"),
    ("railway", "trains", "signals", "commuters", "timetable", "platform"),
]


def _long_feed(seed: int, articles: int) -> str:
    """A long synthetic feed of many articles, several hundred lines."""
    rng = random.Random(seed)
    lines = []
    for _ in range(articles):
        words = rng.choice(_TOPICS)
        for k in range(rng.randint(3, 30)):
            a, b, c = rng.sample(words, 3)
            opener = "The" if k == 0 else rng.choice(["The", "He said the", "But the"])
            lines.append(f"{opener} {a} near the {b} was busy as the {c} changed on day {k}.")
        if rng.random() < 0.3:
            lines.append("Advertisement")
    return "\n".join(lines) + "\n"


EAGER = newsclean.Config(boundary_offset=50.0)
"""A configuration that splits wherever the length prior allows: many boundaries."""


@pytest.mark.parametrize("config", [None, EAGER])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_long_stream_equals_clean(seed: int, config: newsclean.Config | None) -> None:
    """Long feeds (buffers trimmed many times) stream exactly like clean()."""
    text = _long_feed(seed, 40)
    rng = random.Random(seed)
    cuts = [rng.randrange(len(text)) for _ in range(300)]
    _same(text, chunked(text, cuts), config)
    _same(text, text.splitlines(keepends=True), config)


class CountingSource:
    """Yields the given lines and counts how many the consumer has taken."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.consumed = 0

    def __iter__(self) -> Iterator[str]:
        for line in self.lines:
            self.consumed += 1
            yield line


def test_look_ahead_is_bounded() -> None:
    """An article is yielded before the stream has gone far past its end."""
    text = _long_feed(7, 60)
    lines = text.splitlines(keepends=True)
    source = CountingSource(lines)
    found = newsclean.clean(text, config=EAGER).articles
    starts = [text.count("\n", 0, a.span.start) for a in found]
    assert len(starts) > len(lines) // 4
    bound = LABEL_MARGIN + 2 * LABEL_BLOCK + 16
    for k, art in enumerate(newsclean.iter_articles(source, config=EAGER)):
        end_line = starts[k + 1] if k + 1 < len(starts) else len(lines)
        assert art.span.end <= len(text)
        assert source.consumed <= end_line + bound
