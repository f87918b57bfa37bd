"""Articles from a stream of text, with bounded look-ahead and the same answer as ``clean``.

The source yields pieces of text (``str``) that are concatenated verbatim: the
lines of a text file (each ending in ``"\\n"``), or chunks of any size, a line
break split across two chunks (``"\\r"`` then ``"\\n"``) included. Offsets are
into that concatenation. To feed bare lines without terminators, add them:
``iter_articles(line + "\\n" for line in lines)``.

Memory holds the current article plus a window: the stripper labels lines in
blocks with :data:`LABEL_MARGIN` lines of context on each side (its context
rules reach only a few lines), and the :class:`~newsclean.segment.Segmenter`
decides each gap after a bounded number of further lines (a few; at a line
shaped like a page title, up to :data:`~newsclean.segment.TITLE_REPEAT_REACH`
content lines, until the page's headline or another title comes). Boundaries, spans
and every decision are exactly those :func:`newsclean.clean` makes on the
concatenated text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .config import Config
from .document import label_article
from .lines import Lines, line_start, split_lines
from .rules import RuleSet
from .segment import Segmenter
from .strip import Hit, label_lines
from .types import START_OF_INPUT, Article, Boundary, Span

LABEL_MARGIN = 64
"""Lines of context on each side when the stripper labels a block of a stream."""

LABEL_BLOCK = 64
"""Lines labelled at once (beyond the margin) when streaming."""


def check_chunk(chunk: object) -> str:
    """A piece of the stream, which must be ``str``."""
    if isinstance(chunk, str):
        return chunk
    raise TypeError(
        f"newsclean.iter_articles() takes an iterable of str, got {type(chunk).__name__}"
        + (": decode it first" if isinstance(chunk, (bytes, bytearray, memoryview)) else "")
    )


def read_lines(source: Iterable[str]) -> Iterator[tuple[Lines, list[int], int]]:
    """Complete lines of the stream in blocks: (lines, their raw line starts, text length so far).

    A block always begins just after a line break, so line starts computed in
    it are those of the whole text.
    """
    pos = 0
    pending: list[str] = []
    for piece in source:
        chunk = check_chunk(piece)
        cut = max(chunk.rfind("\n"), chunk.rfind("\r"))
        if cut < 0:
            if chunk:
                pending.append(chunk)
            continue
        pending.append(chunk[: cut + 1])
        block = "".join(pending)
        pending = [chunk[cut + 1 :]] if cut + 1 < len(chunk) else []
        yield _block(block, pos)
        pos += len(block)
    block = "".join(pending)
    yield _block(block, pos)


def _block(block: str, base: int) -> tuple[Lines, list[int], int]:
    lines = split_lines(block, base)
    raw = [base + line_start(block, s - base) for s in lines.starts]
    return lines, raw, base + len(block)


class _Stream:
    """The buffered state of :func:`stream_articles`."""

    def __init__(self, ruleset: RuleSet, config: Config) -> None:
        self.ruleset = ruleset
        self.config = config
        self.base = 0  # absolute index of the first buffered line
        self.texts: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.raw: list[int] = []
        self.hits: list[Hit | None] = []
        self.labeled = 0  # absolute index: lines below it have final stripper decisions
        self.segmenter = Segmenter(config)
        self.lo = 0  # absolute index of the current article's first line
        self.boundary = START_OF_INPUT
        self.first = True

    @property
    def total(self) -> int:
        return self.base + len(self.texts)

    def add(self, lines: Lines, raw: list[int]) -> None:
        self.texts.extend(lines.texts)
        self.starts.extend(lines.starts)
        self.ends.extend(lines.ends)
        self.raw.extend(raw)
        self.hits.extend([None] * len(lines))

    def label(self, *, final: bool) -> Iterator[Article]:
        """Label what can be labelled, feed the segmenter, yield finished articles."""
        upto = self.total if final else self.total - LABEL_MARGIN
        if upto > self.labeled and (final or upto - self.labeled >= LABEL_BLOCK):
            ctx = max(self.base, self.labeled - LABEL_MARGIN)
            a, b = ctx - self.base, self.total - self.base
            window = label_lines(self.texts[a:b], self.ruleset, self.starts[a:b])
            for i in range(self.labeled, upto):
                self.hits[i - self.base] = window[i - ctx]
            for i in range(self.labeled, upto):
                k = i - self.base
                for at, boundary in self.segmenter.push(self.texts[k], self.hits[k]):
                    yield self.article(at, boundary)
            self.labeled = upto
        if final:
            for at, boundary in self.segmenter.finish():
                yield self.article(at, boundary)
        self.trim()

    def article(self, hi: int, next_boundary: Boundary) -> Article:
        """Finish the article that ends before absolute line ``hi``."""
        from .api import build_article

        lo = self.lo
        lines = Lines(self.texts, self.starts, self.ends)
        label_article(self.texts, self.hits, lo - self.base, hi - self.base, self.config)
        begin = 0 if self.first else self.raw[lo - self.base]
        end = self.raw[hi - self.base]
        made = build_article(
            lines, self.hits, lo - self.base, hi - self.base, Span(begin, end), self.boundary
        )
        self.first = False
        self.lo, self.boundary = hi, next_boundary
        return made

    def last(self, length: int) -> Article:
        """The final article, up to the end of the text (``length``)."""
        from .api import build_article

        lo, hi = self.lo - self.base, self.total - self.base
        lines = Lines(self.texts, self.starts, self.ends)
        label_article(self.texts, self.hits, lo, hi, self.config)
        begin = 0 if self.first else self.raw[lo]
        return build_article(lines, self.hits, lo, hi, Span(begin, length), self.boundary)

    def trim(self) -> None:
        drop = min(self.lo, self.labeled - LABEL_MARGIN) - self.base
        if drop < LABEL_BLOCK:
            return
        for seq in (self.texts, self.starts, self.ends, self.raw, self.hits):
            del seq[:drop]
        self.base += drop


def stream_articles(source: Iterable[str], ruleset: RuleSet, config: Config) -> Iterator[Article]:
    """The articles of a stream of text pieces (see the module docstring)."""
    state = _Stream(ruleset, config)
    length = 0
    for lines, raw, so_far in read_lines(source):
        state.add(lines, raw)
        length = so_far
        yield from state.label(final=False)
    yield from state.label(final=True)
    if state.total:
        yield state.last(length)
