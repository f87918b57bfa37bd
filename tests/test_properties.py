"""Properties that hold for any input: lossless, idempotent, deterministic, never raising."""

from __future__ import annotations

import sys

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean import Boilerplate, Paragraph, Separator, Span, lines
from newsclean.types import make_paragraphs

from .strategies import any_text, article, boilerplate


def _check_tiling(feed: newsclean.Feed) -> None:
    text = feed.text
    pos = 0
    for piece in feed.pieces():
        assert piece.span.start == pos
        assert text[piece.span.start : piece.span.end] == piece.text
        if isinstance(piece, Separator):
            assert piece.text.strip(lines.BLANK) == ""
        pos = piece.span.end
    assert pos == len(text)
    if feed.articles:
        assert feed.articles[0].span.start == 0
        assert feed.articles[-1].span.end == len(text)
        for a, b in zip(feed.articles, feed.articles[1:], strict=False):
            assert a.span.end == b.span.start
        for a in feed.articles:
            for item in (*a.paragraphs, *a.boilerplate):
                assert a.span.start <= item.span.start <= item.span.end <= a.span.end
    else:
        assert text.strip(lines.BLANK) == ""


@given(any_text)
def test_lossless_on_any_text(text: str) -> None:
    """Paragraphs, boilerplate and separators tile any input exactly."""
    _check_tiling(newsclean.clean(text))
    _check_tiling(newsclean.clean(text, split=False))


@given(
    st.lists(
        st.one_of(article.map("\n".join), st.builds(lambda b: b[0], boilerplate())), max_size=8
    ).map("\r\n".join)
)
def test_lossless_on_feeds(text: str) -> None:
    """Tiling holds on feed-like text with boilerplate too."""
    _check_tiling(newsclean.clean(text))


@given(any_text)
def test_deterministic(text: str) -> None:
    """The same input gives the same result."""
    assert newsclean.clean(text) == newsclean.clean(text)


@given(
    st.lists(article, min_size=1, max_size=3).map(
        lambda arts: "\n".join(p for a in arts for p in a)
    )
)
def test_idempotent(text: str) -> None:
    """Cleaning an article's cleaned text removes nothing more."""
    for a in newsclean.clean(text).articles:
        again = newsclean.clean(a.text, split=False)
        assert again.boilerplate == ()
        assert again.articles[0].text == a.text


@given(article, st.data())
def test_inserted_boilerplate_is_removed(paragraphs: list[str], data: st.DataObject) -> None:
    """Boilerplate put between prose paragraphs is removed with its kind; the prose survives."""
    lines: list[str] = []
    blocks: list[tuple[list[str], newsclean.Kind]] = []
    for p in paragraphs:
        lines.append(p)
        if data.draw(st.booleans()):
            block, kind = data.draw(boilerplate())
            lines.append(block)
            blocks.append((block.split("\n"), kind))
    feed = newsclean.clean("\n".join(lines), split=False)
    assert feed.articles[0].text == "\n".join(paragraphs)
    removed = list(feed.boilerplate)
    assert [b.text for b in removed] == [line for block, _ in blocks for line in block]
    for block, kind in blocks:
        taken, removed = removed[: len(block)], removed[len(block) :]
        assert kind in {b.kind for b in taken}


def test_types_are_what_the_api_promises() -> None:
    """Paragraphs and boilerplate carry text and spans into the input."""
    feed = newsclean.clean("Advertisement\nThe pier reopened.")
    assert isinstance(feed.paragraphs[0], Paragraph)
    assert isinstance(feed.boilerplate[0], Boilerplate)


@given(
    st.text(alphabet=st.sampled_from("ab \t\n\x0b\u2028é\u200b\ufeff"), max_size=60),
    st.integers(0, 9),
)
def test_both_ways_of_splitting_lines_agree(text: str, base: int) -> None:
    """The split used for ordinary text and the pattern used for texts of mostly empty
    lines (or with "\\r") give the very same lines and offsets."""
    ours = lines._split_newlines(text, base)
    assert ours == lines._split_any_breaks(text, base)
    assert ours == lines.split_lines(text, base)
    for content, start, end in zip(ours.texts, ours.starts, ours.ends, strict=True):
        assert text[start - base : end - base] == content


@given(st.lists(st.tuples(st.text(max_size=5), st.integers(0, 99), st.integers(0, 99)), max_size=8))
def test_paragraphs_built_in_bulk_equal_constructed_ones(rows: list[tuple[str, int, int]]) -> None:
    """The bulk builder gives the very objects the constructors give: equal, same hash,
    still frozen."""
    built = make_paragraphs(
        [t for t, _, _ in rows], [s for _, s, _ in rows], [e for _, _, e in rows]
    )
    assert built == tuple(Paragraph(t, Span(s, e)) for t, s, e in rows)
    assert [hash(p) for p in built] == [hash(Paragraph(t, Span(s, e))) for t, s, e in rows]
    for p in built:
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            p.text = "changed"  # type: ignore[misc]


def test_whitespace_is_what_str_isspace_says() -> None:
    """lines.WHITESPACE holds exactly the characters str.strip() removes on this Python."""
    spaces = {c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()}
    assert set(lines.WHITESPACE) == spaces


def test_invisible_characters_at_a_lines_edge_are_blanks() -> None:
    """A byte-order mark before the first line and a line of a lone zero-width space
    leave no paragraph of invisible text; the characters stay in the separators."""
    text = "\ufeffAdvertisement\n\u200b\nThe pier reopened on Friday.\u200b\n\u2060 \n"
    feed = newsclean.clean(text)
    assert [b.text for b in feed.boilerplate] == ["Advertisement"]
    assert [p.text for p in feed.paragraphs] == ["The pier reopened on Friday."]
    _check_tiling(feed)
    inner = newsclean.clean("Sea\u200bwall").paragraphs
    assert [p.text for p in inner] == ["Sea\u200bwall"]
