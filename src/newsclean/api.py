"""The public verbs: :func:`clean` a whole text, :func:`iter_articles` over a stream."""

from __future__ import annotations

import operator
from collections.abc import Iterable, Iterator, Sequence
from itertools import compress, repeat
from typing import IO

from .config import DEFAULT_CONFIG, Config
from .document import label_article
from .lines import Lines, line_start, split_lines
from .rules import RuleSet, default_rules
from .segment import find_boundaries
from .strip import Hit, label_lines
from .types import START_OF_INPUT, Article, Boilerplate, Boundary, Feed, Span, make_paragraphs


def _check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"newsclean.clean() takes str, not {type(text).__name__}: "
            "decode it first, e.g. data.decode('utf-8')"
        )
    raise TypeError(f"newsclean.clean() takes str, not {type(text).__name__}")


def clean(
    text: str,
    split: bool = True,
    *,
    rules: RuleSet | None = None,
    config: Config | None = None,
) -> Feed:
    """Clean ``text``: find its articles and strip their boilerplate, losing nothing.

    With ``split=False`` the whole input is one article (no boundary detection).
    ``rules`` replaces the package's rule set (see :func:`newsclean.default_rules`);
    ``config`` overrides thresholds (see :class:`newsclean.Config`).

    >>> feed = clean("Advertisement\\nThe bridge reopened on Monday after repairs.")
    >>> feed.articles[0].text
    'The bridge reopened on Monday after repairs.'
    >>> [b.kind.value for b in feed.boilerplate]
    ['advertisement']
    """
    text = _check_text(text)
    ruleset = default_rules() if rules is None else rules
    cfg = DEFAULT_CONFIG if config is None else config
    lines = split_lines(text)
    hits = label_lines(lines.texts, ruleset, lines.starts)
    if split:
        starts = find_boundaries(lines.texts, hits, cfg)
    else:
        starts = [(0, START_OF_INPUT)] if lines.texts else []
    return Feed(text, tuple(_articles(text, lines, hits, starts, cfg)))


def _articles(
    text: str,
    lines: Lines,
    hits: list[Hit | None],
    starts: Sequence[tuple[int, Boundary]],
    cfg: Config,
) -> Iterator[Article]:
    n = len(lines)
    for k, (lo, boundary) in enumerate(starts):
        hi = starts[k + 1][0] if k + 1 < len(starts) else n
        label_article(lines.texts, hits, lo, hi, cfg)
        begin = 0 if k == 0 else line_start(text, lines.starts[lo])
        end = line_start(text, lines.starts[hi]) if hi < n else len(text)
        yield build_article(lines, hits, lo, hi, Span(begin, end), boundary)


def build_article(
    lines: Lines,
    hits: Sequence[Hit | None],
    lo: int,
    hi: int,
    span: Span,
    boundary: Boundary,
) -> Article:
    """Make the :class:`Article` for lines ``lo:hi`` from their decisions."""
    texts, starts, ends = lines.texts, lines.starts, lines.ends
    # Content lines are most lines: pick and build them with C-level map() calls
    # (one Span and one Paragraph each, no Python loop body per line).
    is_content = list(map(operator.is_, hits[lo:hi], repeat(None)))
    paragraphs = make_paragraphs(
        compress(texts[lo:hi], is_content),
        compress(starts[lo:hi], is_content),
        compress(ends[lo:hi], is_content),
    )
    removed = tuple(
        Boilerplate(hit.kind, hit.rule, texts[i], Span(starts[i], ends[i]), hit.stage, hit.fields)
        for i, hit in zip(range(lo, hi), hits[lo:hi], strict=True)
        if hit is not None
    )
    return Article(span, paragraphs, removed, boundary)


def iter_articles(
    source: Iterable[str] | IO[str],
    *,
    rules: RuleSet | None = None,
    config: Config | None = None,
) -> Iterator[Article]:
    """Yield the articles of a stream of text (an iterable of str, or a text file).

    The pieces are concatenated verbatim (a text file yields lines ending in
    ``"\\n"``; chunks may split a line, or a ``"\\r\\n"``, anywhere): pass bare
    lines as ``(line + "\\n" for line in lines)``. Offsets are into that
    concatenation, and the articles, boundaries and offsets are exactly those
    :func:`clean` finds on the whole text. Look-ahead is bounded: memory holds
    the current article plus a window of lines (see :mod:`newsclean.stream`).
    """
    from .stream import stream_articles

    ruleset = default_rules() if rules is None else rules
    cfg = DEFAULT_CONFIG if config is None else config
    return stream_articles(source, ruleset, cfg)
