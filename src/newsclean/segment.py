"""Find where one article ends and the next begins.

Boundaries are decided between content lines (boilerplate lines ride along).
For every gap between two content lines the detector computes the cues of
:mod:`newsclean.cues` (lexical cohesion across the gap, names introduced
or continued, how the next line opens, lead and title shapes, end-of-article
blocks, repeated captions), weighs them with a fitted logistic model
(:mod:`newsclean.weights`) and lets the length-aware decoder of
:mod:`newsclean.decode` choose. The chosen boundary is then placed before any
byline, dateline or timestamp lines that precede the new article's first
content line, and after any other boilerplate (captions, consent blocks, links),
which stays with the article it ends.

:class:`Segmenter` takes one line at a time and reports boundaries as soon as
they are certain (bounded look-ahead), so :func:`find_boundaries` and the
streaming :func:`newsclean.iter_articles` share the very same decisions.
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from .config import Config
from .cues import (
    BACK_WINDOW,
    CAPTION_MEMORY,
    CUE_NAMES,
    CUE_PHRASES,
    DEPTH_RADIUS,
    END_KINDS,
    FORWARD_WINDOW,
    NO_BETWEEN,
    START_KINDS,
    Between,
    LineInfo,
    depth_cues,
    describe,
    gap_cues,
)
from .decode import decide
from .strip import Hit
from .types import START_OF_INPUT, Boundary, Cue, Kind
from .weights import OFFSET, SHORT_PENALTY, TREE_GATE, TREES, WEIGHTS

CUE_REPORT_MIN = 0.25
"""A cue is listed in a :class:`Boundary` when its contribution to the log-odds is at least this."""

REASON_CUES = 3
"""How many of the strongest positive cues the short reason names."""

EMBED_MIN_LINES = 3
"""At least this many consent-prompt lines in a row are an embed's block (not a cookie banner)."""

TRIM_EVERY = 256
"""Drop remembered lines in batches of this size (amortised constant work per line)."""

_WEIGHT_VECTOR = tuple(WEIGHTS.get(name, 0.0) for name in CUE_NAMES)


def linear_score(cues: Sequence[float]) -> float:
    """The linear part of the boundary log-odds: fitted weight times value, summed."""
    return float(sum(map(operator.mul, _WEIGHT_VECTOR, cues)))


def _tree_source(trees: Sequence[Sequence[float]]) -> str:
    """Python source of one expression summing the trees' leaves for a cue vector ``c``."""

    def test(feature: float, threshold: float, yes: str, no: str) -> str:
        if threshold == math.inf:
            return yes
        return f"({yes} if c[{int(feature)}] <= {threshold!r} else {no})"

    terms = [
        test(f0, t0, test(f1, t1, repr(ll), repr(lr)), test(f2, t2, repr(rl), repr(rr)))
        for f0, t0, f1, t1, f2, t2, ll, lr, rl, rr in trees
    ]
    return "lambda c: 0.0 + " + " + ".join(terms) if terms else "lambda c: 0.0"


# The fitted trees become one compiled expression: evaluating 60 small trees as
# nested conditional expressions costs a few microseconds per gap.
_TREES: Callable[[Sequence[float]], float] = eval(_tree_source(TREES))


def tree_score(cues: Sequence[float]) -> float:
    """The boosted trees' correction to the linear log-odds (interactions between cues)."""
    return _TREES(cues)


def score_cues(cues: Sequence[float]) -> float:
    """The boundary log-odds of a cue vector: the linear part plus the trees' correction.

    Gaps whose linear part is below the fitted gate (most gaps) are not worth
    the trees: the model was fitted that way, and they are never boundaries.
    """
    linear = linear_score(cues)
    return linear if linear < TREE_GATE else linear + tree_score(cues)


def explain(score: float, cues: Sequence[float]) -> Boundary:
    """The :class:`Boundary` of a chosen gap: its score, the cues that fired, a reason.

    Each listed cue carries its linear contribution to the log-odds; the trees'
    correction for combinations of cues is listed as ``cue_interactions``.
    """
    fired: list[Cue] = []
    correction = tree_score(cues)
    if abs(correction) >= CUE_REPORT_MIN:
        fired.append(Cue("cue_interactions", round(correction, 3)))
    for name, weight, value in zip(CUE_NAMES, _WEIGHT_VECTOR, cues, strict=True):
        contribution = weight * value
        if name != "bias" and abs(contribution) >= CUE_REPORT_MIN:
            fired.append(Cue(name, round(contribution, 3)))
    fired.sort(key=lambda c: -abs(c.value))
    positive = [CUE_PHRASES[c.name] for c in fired if c.value > 0][:REASON_CUES]
    reason = "; ".join(positive) if positive else "the article-length prior"
    return Boundary(round(score, 3), reason, tuple(fired))


class Segmenter:
    """Incremental boundary detection: :meth:`push` lines, then :meth:`finish`.

    Both return the boundaries that became certain, as ``(line index, Boundary)``
    where the line index is the first line of the new article.
    """

    def __init__(self, config: Config, *, keep_cues: bool = False) -> None:
        self._min_length = config.boundary_min_lines
        self._lookahead = config.boundary_lookahead
        self._offset = OFFSET + config.boundary_offset
        self._lines = 0
        # content lines, indexed by content number minus self._base
        self._base = 0
        self._infos: list[LineInfo] = []
        self._place: list[int] = []
        self._between: list[Between] = []
        self._scores: list[float] = []
        self._cues: list[list[float]] = []
        self._count = 0  # content lines seen
        # what lies after the last content line, so far
        self._pending_place = 0
        self._pending_end = False
        self._pending_embed = 0  # consent-prompt lines since the last content line
        self._pending_start = False
        self._pending_captions: list[str] = []
        # incremental window statistics for the next gap to score
        self._cued = 1  # next gap (content index) to compute the cues of
        self._raw: list[list[float]] = []  # cues of the gap alone, before depth cues
        self._scored = 1  # next gap to score
        self._captions: Counter[str] = Counter()
        self._decided = 1  # next gap to decide
        self._last = 0  # first content line of the current article
        self.kept: list[tuple[int, list[float]]] = []
        self._keep = keep_cues

    def push(self, text: str, hit: Hit | None) -> list[tuple[int, Boundary]]:
        """Add the next line (stripped text and its stripper decision)."""
        index = self._lines
        self._lines += 1
        if hit is not None:
            if hit.kind in START_KINDS:
                self._pending_start = True
            else:
                self._pending_place = index + 1
                self._pending_end = self._pending_end or hit.kind in END_KINDS
                if hit.kind is Kind.CONSENT_PROMPT:
                    self._pending_embed += 1
                if hit.kind is Kind.IMAGE_CAPTION:
                    self._pending_captions.append(text)
            return []
        self._infos.append(describe(text, None))
        self._place.append(self._pending_place)
        if self._pending_end or self._pending_start or self._pending_captions:
            between = Between(
                end_block=self._pending_end,
                embed=self._pending_embed >= EMBED_MIN_LINES,
                start_block=self._pending_start,
                captions=tuple(self._pending_captions),
            )
        else:
            between = NO_BETWEEN
        self._between.append(between)
        self._count += 1
        self._pending_place = index + 1
        self._pending_end = self._pending_start = False
        self._pending_embed = 0
        self._pending_captions = []
        return self._advance(final=False)

    def finish(self) -> list[tuple[int, Boundary]]:
        """The input has ended: decide every remaining gap."""
        return self._advance(final=True)

    # -- internals -------------------------------------------------------

    def _info(self, c: int) -> LineInfo:
        return self._infos[c - self._base]

    def _cue_next(self) -> None:
        c = self._cued
        if c - 1 >= 1:
            self._captions.update(self._between[c - 1 - self._base].captions)
        if c - 1 - CAPTION_MEMORY >= 1:
            gone = self._between[c - 1 - CAPTION_MEMORY - self._base].captions
            self._captions.subtract(gone)
            _drop_zeros(self._captions, gone)
        lo = max(0, c - BACK_WINDOW)
        hi = min(self._count, c + FORWARD_WINDOW + 1)
        back = self._infos[lo - self._base : c - self._base]
        ahead = self._infos[c - self._base : hi - self._base]
        captions_ahead = [t for k in range(c, hi) for t in self._between[k - self._base].captions]
        cues = gap_cues(
            back,
            ahead,
            set().union(*(info.tokens for info in back)),
            set().union(*(info.caps for info in back)),
            self._between[c - self._base],
            frozenset(self._captions),
            captions_ahead,
        )
        self._raw.append(cues)
        self._cued += 1

    def _score_next(self) -> None:
        c = self._scored
        k = c - 1 - self._base  # cue lists: index k belongs to gap k + 1 + base
        lo = max(k - DEPTH_RADIUS, 1 - 1 - self._base)
        here = self._raw[k]
        cues = here + depth_cues(self._raw[lo:k], here, self._raw[k + 1 : k + 1 + DEPTH_RADIUS])
        self._cues.append(cues)
        self._scores.append(score_cues(cues))
        if self._keep:
            self.kept.append((self._place[c - self._base], cues))
        self._scored += 1

    def _advance(self, *, final: bool) -> list[tuple[int, Boundary]]:
        while self._cued < self._count and (final or self._cued + FORWARD_WINDOW < self._count):
            self._cue_next()
        while self._scored < self._cued and (final or self._scored + DEPTH_RADIUS < self._cued):
            self._score_next()
        out: list[tuple[int, Boundary]] = []
        while self._decided < self._scored and (
            final or self._decided + self._lookahead < self._scored
        ):
            c = self._decided
            k0 = c - 1 - self._base  # scores[k] belongs to gap k + 1 + base
            window = [s + self._offset for s in self._scores[k0 : k0 + self._lookahead + 1]]
            end = self._count if final and c + len(window) >= self._count else None
            if decide(self._last, c, window, end, self._min_length, SHORT_PENALTY):
                self._last = c
                out.append((self._place[c - self._base], explain(self._scores[k0], self._cues[k0])))
            self._decided += 1
        self._trim()
        return out

    def _trim(self) -> None:
        keep_from = min(
            self._decided - 1,
            self._scored - 1 - DEPTH_RADIUS,
            self._cued - 1 - BACK_WINDOW - CAPTION_MEMORY,
        )
        drop = keep_from - self._base
        if drop < TRIM_EVERY:
            return
        del self._infos[:drop]
        del self._place[:drop]
        del self._between[:drop]
        del self._raw[:drop]
        del self._scores[:drop]
        del self._cues[:drop]
        self._base += drop


def _drop_zeros(counter: Counter[str], keys: Iterable[str]) -> None:
    for key in keys:
        if counter.get(key, 1) <= 0:
            del counter[key]


def find_boundaries(
    texts: Sequence[str], hits: Sequence[Hit | None], config: Config
) -> list[tuple[int, Boundary]]:
    """Return ``(first line index, Boundary)`` for each article, in order.

    The first entry is always ``(0, START_OF_INPUT)`` when there is any line.
    """
    if not texts:
        return []
    segmenter = Segmenter(config)
    out: list[tuple[int, Boundary]] = [(0, START_OF_INPUT)]
    for text, hit in zip(texts, hits, strict=True):
        out.extend(segmenter.push(text, hit))
    out.extend(segmenter.finish())
    return out
