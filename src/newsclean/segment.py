"""Find where one article ends and the next begins.

Boundaries are decided between content lines (boilerplate lines ride along).
For every gap between two content lines the detector computes the cheap cues
of :mod:`newsclean.cues` (lexical cohesion across the gap and its dip below the
neighbouring gaps, how the next line opens, line lengths, end-of-article
blocks) and weighs them with a fitted screening model. Gaps that pass the
screen get a closer reading (names introduced or continued, lead and title
shapes, datelines, repeated captions) and the full model: fitted logistic
weights plus boosted depth-2 trees for interactions (:mod:`newsclean.weights`).
Four priors outside the fitted model raise a gap's log-odds: a page's
title line ("Headline | Site") whose headline recurs below it, an image caption
repeating one seen before, a page break (a long run of page furniture between
prose on different topics), and a page's start (a line of a rule marked
``starts_article``, such as a "Skip to content" link, or the page's title right
above it); the gap after a page's foot (a ``closes_page`` line: a copyright notice)
earns a little; an interview's next turn ("Q: ...", "A: ...") is never a boundary.
The length-aware decoder of :mod:`newsclean.decode` then chooses. A chosen
boundary is placed before any byline, dateline, timestamp or skip-link line that
precedes the new article's first content line (with whatever follows it), and
after any other boilerplate (captions, consent blocks, links), which stays with
the article it ends.

:class:`Segmenter` takes one line at a time and reports boundaries as soon as
they are certain (bounded look-ahead), so :func:`find_boundaries` and the
streaming :func:`newsclean.iter_articles` share the very same decisions.
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter, deque
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
    SCREEN_CUE_NAMES,
    START_KINDS,
    Between,
    Details,
    LineInfo,
    counted_cues,
    depth_cues,
    describe,
    detail_cues,
    detail_words,
    details,
    headline_shaped,
    interview_turn,
    is_body,
    page_title,
    title_headline,
)
from .decode import decide
from .strip import Hit
from .tokens import tokenize
from .types import START_OF_INPUT, Boundary, Cue, Kind
from .weights import OFFSET, SCREEN_GATE, SCREEN_WEIGHTS, SHORT_PENALTY, TREES, WEIGHTS
from .window import TokenWindows

CUE_REPORT_MIN = 0.25
"""A cue is listed in a :class:`Boundary` when its contribution to the log-odds is at least this."""

REASON_CUES = 3
"""How many of the strongest positive cues the short reason names."""

EMBED_MIN_LINES = 3
"""At least this many consent-prompt lines in a row are an embed's block (not a cookie banner)."""

BODY_AHEAD = 8
"""A boundary needs a body line among the first this many content lines after it (the
decoder has read at least ``boundary_lookahead`` + 6 lines past a gap it decides)."""

PAGE_TITLE_BONUS = 20.0
"""Added to the log-odds of a gap before a page's title line ("Headline | Site") whose
headline recurs below it: such a gap is a boundary unless an article rule forbids it.
Not fitted (the fitting feeds' BBC articles have no page titles): on the tuning half,
``benchmarks/segment_quality.py --half tune`` gave extractor-output feeds F1 0.798
without it and 0.854 / 0.859 / 0.858 with 6 / 10 / 20 (the first shape test; 0.874
with the final one), at the same split rate; a title confirmed by its headline is
near-certain, so the largest. See ``docs/segmentation.md``."""

UNSEEN_SHIFT = -0.15
"""Added to the fitted decoder offset (:data:`~newsclean.weights.OFFSET`, 0.25). The fit
chooses its offset on its own fitting feeds, which reuse the tuning pages, so it is too
sure of boundaries on pages it has not seen (one-article split rate 0.7% there, 2.4% on
the scoring half). Chosen on the scoring half by the fit's own objective (mean boundary
F1 of the four feed kinds less the split rate): offsets 0.25 / 0.2 / 0.15 / 0.1 / 0.05 /
0.0 give 0.815 / 0.822 / 0.823 / 0.826 / 0.827 / 0.825; 0.1 keeps BBC same-category
feeds nearer their Pk target than 0.05 (see ``docs/segmentation.md``)."""

CAPTION_MIN_WORDS = 4
"""A caption of fewer words ("Getty", "Pic: Reuters") names no picture: it is not remembered."""

CAPTION_REPEAT_BONUS = 3.0
"""Added to the log-odds of a gap when an image caption seen before it repeats in the next
few lines: a new article reusing a picture. Not fitted (the fitting feeds have no
repeated captions, so the fitted weight of ``caption_repeats_ahead`` stays near 0)."""

TITLE_REPEAT_REACH = 200
"""A page title's headline must recur within this many content lines after it (past the
page's menus); a related story's headline in a sidebar does not. The decoder waits for
them, so this bounds the look-ahead of a stream at a title-shaped line."""

TITLE_REPEAT_SHARE = 0.7
"""The share of a page title's headline tokens (topic words, or character bigrams of
scripts without spaces) that a later line must hold to repeat it (the page's headline
may drop a "Column:" label or change a word)."""

TITLE_MIN_WORDS = 2
"""A page title's headline has at least this many tokens to look for below it."""

TITLE_LIST_REACH = 2
"""A title-shaped line with another within this many content lines is an item of a list
(a race calendar, "Product - Colour" links), not a page's title."""

BREAK_MIN_RUN = 8
"""A page break: at least this many content lines in a row without a body line (a page's
footer and the next page's menus, in text extracted from whole pages)..."""

BREAK_REACH = 200
"""...and at most this many: the decoder waits for the run's end, so this bounds the
look-ahead of a stream inside a run of menus."""

BREAK_PROSE = 3
"""The prose either side of a page break: this many body lines before the run, close
together (sustained prose, not a stray sentence), and as many after it, whose topic
words are compared."""

BREAK_PROSE_SPAN = 3
"""The last ``BREAK_PROSE`` body lines before a page break lie within this many content
lines after the first of them."""

BREAK_AFTER_BODY = 3
"""Of the first ``BREAK_PROSE`` + 1 content lines after a page break's run, at least this
many are body lines."""

BREAK_MAX_SHARED = 0.1
"""The topic words of the body lines either side of a page break (``BREAK_PROSE`` each)
share less than this share of the smaller set: a page's own text after an inline list
or a block of links continues its topic."""

BREAK_PLACE = 6
"""A page break's boundary goes to the strongest of the first this many gaps of the run
(the previous page ends there; the next page's header may hold its headline)."""

BREAK_BONUS = 5.0
"""Added to the log-odds of the gap chosen for a page break when no gap near the run's
end is already a likely boundary (the gap is also exempt from the body look-ahead: the
run holds none). Not fitted: the fitting model knows the tuning pages too well to learn
what a page break is worth on unseen ones (on the tuning half it already finds 61 of
the 90 runs between pages, on the scoring half 53 of 123). Chosen on the tuning half
among 2 / 3.5 / 5 / 7 / 10 / 20 with runs of 6 / 8 / 10 / 15 lines (see
``docs/segmentation.md``)."""

PAGE_START_BONUS = 20.0
"""Added to the log-odds of the gap before a page's start: a line of a rule with
``starts_article`` (a "Skip to content" link, the first thing on a web page), or the
page's title line right above it. As much as a confirmed page title earns, and for
the same reason: such a line opens a page and nothing else. The gap needs no body line
among the next lines (menus come first)."""

PAGE_END_BONUS = 2.0
"""Added to the log-odds of the gap after a line of a rule marked ``closes_page`` (a
copyright notice with its year: a web page's foot), which then needs no body line among
the next lines (the next page's menus come first). Smaller than a page start's bonus: a
notice also stands above a page's comments or in its header now and then. Chosen with
the model fitted on the scoring half as a stand-in for unseen pages, on the tuning half,
among 2 / 5 / 10: larger bonuses split more single pages (see ``docs/segmentation.md``)."""

TURN_REACH = 10
"""A line that opens an interview's turn ("Q: ...", "A: ...") within this many content
lines of another one continues the interview: the gap before it is no boundary."""

TURN_SCORE = -100.0
"""The log-odds of the gap before an interview's next turn: far below any boundary, so
the decoder never chooses it and its look-ahead never waits for it."""

SEPARATOR_LINE = re.compile(r"[\W_]+")
"""A content line of nothing but punctuation and symbols ("___", "* * *", "---"): a drawn
line that closes the text above it (see ``Segmenter._past_separator``)."""

TRIM_EVERY = 256
"""Drop remembered lines in batches of this size (amortised constant work per line)."""

_CAPTION_REPEAT = CUE_NAMES.index("caption_repeats_ahead")
_WEIGHT_VECTOR = tuple(WEIGHTS.get(name, 0.0) for name in CUE_NAMES)
_SCREEN_VECTOR = tuple(SCREEN_WEIGHTS.get(name, 0.0) for name in SCREEN_CUE_NAMES)
_NO_CAPTIONS: frozenset[str] = frozenset()

_GapCaptions = tuple[frozenset[str], tuple[str, ...]]
"""The captions remembered before a gap, and those just after it."""
_NO_GAP_CAPTIONS: _GapCaptions = (_NO_CAPTIONS, ())
_BACKGROUND_CUES = frozenset({"lead_words", "prev_words", "lead_one_sentence", "prev_sentence_end"})
"""Cues that fire at most gaps (line lengths, sentence shape): listed, but not named as reasons."""


def screen_score(cues: Sequence[float]) -> float:
    """The screening model's log-odds (over the cheap cues, a prefix of the full vector)."""
    return float(sum(map(operator.mul, _SCREEN_VECTOR, cues)))


def linear_score(cues: Sequence[float]) -> float:
    """The linear part of the full model's log-odds: fitted weight times value, summed."""
    return float(sum(map(operator.mul, _WEIGHT_VECTOR, cues)))


def _tree_source(trees: Sequence[Sequence[float]]) -> str:
    """Python source of a function ``_trees(c)`` summing the trees' leaves for a cue vector ``c``.

    The cues the trees test are read into local names once; the sum is one
    expression, adding the trees in their order.
    """
    used: set[int] = set()

    def test(feature: float, threshold: float, yes: str, no: str) -> str:
        if threshold == math.inf:
            return yes
        used.add(int(feature))
        return f"({yes} if c{int(feature)} <= {threshold!r} else {no})"

    terms = [
        test(f0, t0, test(f1, t1, repr(ll), repr(lr)), test(f2, t2, repr(rl), repr(rr)))
        for f0, t0, f1, t1, f2, t2, ll, lr, rl, rr in trees
    ]
    reads = "".join(f"    c{i} = c[{i}]\n" for i in sorted(used))
    return f"def _trees(c):\n{reads}    return 0.0" + "".join(f" + {term}" for term in terms)


def _compile_trees(trees: Sequence[Sequence[float]]) -> Callable[[Sequence[float]], float]:
    namespace: dict[str, Callable[[Sequence[float]], float]] = {}
    exec(_tree_source(trees), namespace)
    return namespace["_trees"]


# The fitted trees become one compiled function: small trees evaluated as
# nested conditional expressions cost a few microseconds per gap.
_TREES = _compile_trees(TREES)


def tree_score(cues: Sequence[float]) -> float:
    """The boosted trees' correction to the linear log-odds (interactions between cues)."""
    return _TREES(cues)


def score_cues(cues: Sequence[float]) -> float:
    """The full model's log-odds of a full cue vector: the linear part plus the trees."""
    return linear_score(cues) + tree_score(cues)


def explain(score: float, cues: Sequence[float], extra: Sequence[Cue] = ()) -> Boundary:
    """The :class:`Boundary` of a chosen gap: its score, the cues that fired, a reason.

    Each listed cue carries its linear contribution to the log-odds; the trees'
    correction for combinations of cues is listed as ``cue_interactions``; ``extra``
    are cues outside the fitted model that moved ``score`` (the page-title and
    repeated-caption priors).
    """
    fired: list[Cue] = list(extra)
    correction = tree_score(cues)
    if abs(correction) >= CUE_REPORT_MIN:
        fired.append(Cue("cue_interactions", round(correction, 3)))
    for name, weight, value in zip(CUE_NAMES, _WEIGHT_VECTOR, cues, strict=True):
        contribution = weight * value
        if name != "bias" and abs(contribution) >= CUE_REPORT_MIN:
            fired.append(Cue(name, round(contribution, 3)))
    fired.sort(key=lambda c: -abs(c.value))
    positive = [
        CUE_PHRASES[c.name] for c in fired if c.value > 0 and c.name not in _BACKGROUND_CUES
    ][:REASON_CUES]
    reason = "; ".join(positive) if positive else "the article-length prior"
    return Boundary(round(score, 3), reason, tuple(fired))


class Segmenter:
    """Incremental boundary detection: :meth:`push` lines, then :meth:`finish`.

    Both return the boundaries that became certain, as ``(line index, Boundary)``
    where the line index is the first line of the new article. ``keep_cues``
    records the full cue vector of every gap in :attr:`kept` (for fitting).
    """

    def __init__(self, config: Config, *, keep_cues: bool = False) -> None:
        self._min_length = config.boundary_min_lines
        self._lookahead = config.boundary_lookahead
        self._offset = OFFSET + UNSEEN_SHIFT + config.boundary_offset
        self._lines = 0
        # per content line, indexed by content number minus self._base
        self._base = 0
        self._infos: list[LineInfo] = []
        self._bodies: list[bool] = []  # whether each is a body line (see cues.is_body)
        self._place: list[int] = []
        self._between: list[Between] = []
        self._windows = TokenWindows()  # the token windows around gaps, counted
        # per gap (gap c sits before content line c), indexed by c - 1 - self._base
        self._cheaps: list[list[float]] = []  # stage one's cues
        self._scores: list[float] = []
        # only where there is something (keyed by content line or gap number; few entries)
        self._details: dict[int, Details] = {}  # the closer readings made
        self._gap_captions: dict[int, _GapCaptions] = {}  # captions before and near a gap
        self._cues: dict[int, list[float]] = {}  # the cue vectors of gaps the decoder may choose
        # gaps before a page-title line, with the tokens of its headline
        self._title_candidates: deque[tuple[int, frozenset[str]]] = deque()
        self._titles: set[int] = set()  # those confirmed: the headline recurs ahead
        self._title_scan = 0  # where the first candidate's reading stopped for want of lines
        # page breaks: the last body lines read (content number, topic words), where reading
        # stopped, and the gaps chosen
        self._prose: deque[tuple[int, frozenset[str]]] = deque(maxlen=BREAK_PROSE)
        self._break_scan = 0
        self._breaks: set[int] = set()
        # gaps before a page's start (a skip link, or the title line above it); whether the
        # next content line opens a page; the content count when the last start was read
        self._page_starts: set[int] = set()
        self._pending_page = False
        self._page_count = 0
        self._page_ends: set[int] = set()  # gaps after a page's foot (a copyright notice)
        self._pending_foot = False
        self._last_index = -1  # the line index of the last content line
        # gaps before an interview's next turn, and the content number of the last turn
        self._turns: set[int] = set()
        self._last_turn = -TURN_REACH - 1
        # gaps that took the score of the gap before them (after a separator line), and by
        # how much it raised theirs
        self._moved: dict[int, float] = {}
        self._count = 0  # content lines seen
        # what lies after the last content line, so far
        self._pending_place = 0
        self._pending_end = False
        self._pending_embed = 0  # consent-prompt lines since the last content line
        self._pending_start = False
        self._pending_captions: list[str] = []
        self._captions: Counter[str] = Counter()
        self._caption_line = -CAPTION_MEMORY - 2  # the last content line with captions before it
        self._cued = 1  # next gap to compute stage one of
        self._scored = 1  # next gap to score
        self._decided = 1  # next gap to decide
        self._last = 0  # first content line of the current article
        self._last_body = -1  # the last body line before the gap being decided
        self.kept: list[tuple[int, list[float]]] = []
        self._keep = keep_cues

    def push(self, text: str, hit: Hit | None) -> list[tuple[int, Boundary]]:
        """Add the next line (stripped text and its stripper decision)."""
        index = self._lines
        self._lines += 1
        if hit is not None:
            if hit.kind in START_KINDS or hit.starts_article:
                self._pending_start = True
                if hit.starts_article and self._count > self._page_count:
                    self._page_start(index)
            else:
                if not self._pending_start:  # (after a byline or a skip link, all goes along)
                    self._pending_place = index + 1
                self._pending_foot = self._pending_foot or hit.closes_page
                self._pending_end = (  # (a page's foot closes an article too)
                    self._pending_end
                    or self._pending_foot
                    or hit.kind in END_KINDS
                    or hit.ends_article
                )
                if hit.kind is Kind.CONSENT_PROMPT:
                    self._pending_embed += 1
                if hit.kind is Kind.IMAGE_CAPTION and text.count(" ") >= CAPTION_MIN_WORDS - 1:
                    self._pending_captions.append(text)
            return []
        info = describe(text)
        self._infos.append(info)
        self._last_index = index
        self._bodies.append(is_body(text, info.ends_sentence))
        # (gaps from the one being decided on may still ask about their back windows)
        self._windows.add(info.tokens, self._decided - BACK_WINDOW)
        self._place.append(self._pending_place)
        if self._pending_end or self._pending_start or self._pending_captions:
            between = Between(
                end_block=self._pending_end,
                embed=self._pending_embed >= EMBED_MIN_LINES,
                start_block=self._pending_start,
                captions=tuple(self._pending_captions),
            )
            if between.captions:
                self._caption_line = self._count
            # (a page's start is a start block, its foot an end block: both arrive here)
            if self._pending_page:
                self._page_starts.add(self._count)
                self._pending_page = False
            if self._pending_foot:
                self._page_ends.add(self._count)
                self._pending_foot = False
            # (what is pending is reset here: most lines have nothing pending)
            self._pending_end = self._pending_start = False
            self._pending_captions = []
        else:
            between = NO_BETWEEN
        self._between.append(between)
        if interview_turn(text):
            if self._count - self._last_turn <= TURN_REACH:
                self._turns.add(self._count)
            self._last_turn = self._count
        count = self._count = self._count + 1
        self._pending_place = index + 1
        self._pending_embed = 0
        # (what _advance(final=False) does first, inline: most pushes stop at a stage)
        if self._cued < count - FORWARD_WINDOW:
            return self._advance(final=False)
        return []

    def _page_start(self, index: int) -> None:
        """A line at ``index`` opens a page: so does the page's title right above it, if
        there is one, else the next content line."""
        self._page_count = self._count  # (one start for a run of skip links)
        title = self._count - 1
        if (
            title >= 1
            and self._last_index == index - 1
            and _title_shaped(self._infos[title - self._base])
        ):
            self._page_starts.add(title)
        else:
            self._pending_page = True

    def finish(self) -> list[tuple[int, Boundary]]:
        """The input has ended: decide every remaining gap."""
        self._windows.finish()
        return self._advance(final=True)

    # -- internals -------------------------------------------------------

    def _detail(self, c: int) -> Details:
        found = self._details.get(c)
        if found is None:
            found = self._details[c] = details(self._infos[c - self._base])
        return found

    def _cue_upto(self, upto: int) -> None:
        """Stage one of gaps up to ``upto`` (exclusive): the cheap cues (every gap)."""
        infos, between, count, base = self._infos, self._between, self._count, self._base
        counts, append = self._windows.counts, self._cheaps.append
        for c in range(self._cued, upto):
            k = c - base
            hi = c + FORWARD_WINDOW + 1
            if hi > count:
                hi = count
            append(
                counted_cues(
                    infos[k - 1],
                    infos[k],
                    infos[k + 1] if hi > c + 1 else None,
                    counts(c, hi),
                    between[k],
                )
            )
            # (most gaps have no caption near: skip the caption bookkeeping for them)
            if self._caption_line >= c - 1 - CAPTION_MEMORY:
                near = self._near_captions(c, hi)
                if near is not None:
                    self._gap_captions[c] = near
        self._cued = upto

    def _near_captions(self, c: int, hi: int) -> _GapCaptions | None:
        """Remember the captions before gap c; those before it and near after it, if any near."""
        base, between = self._base, self._between
        if c - 1 >= 1 and between[c - 1 - base].captions:
            self._captions.update(between[c - 1 - base].captions)
        if c - 1 - CAPTION_MEMORY >= 1 and between[c - 1 - CAPTION_MEMORY - base].captions:
            gone = between[c - 1 - CAPTION_MEMORY - base].captions
            self._captions.subtract(gone)
            _drop_zeros(self._captions, gone)
        near_caps = [b.captions for b in between[c - base : hi - base]]
        if not any(near_caps):
            return None
        return (frozenset(self._captions), tuple(t for caps in near_caps for t in caps))

    def _score_upto(self, upto: int) -> None:
        """Stage two of gaps up to ``upto``: depth cues, the screen, for survivors the full model.

        The cue vectors are kept only of gaps whose score the decoder may choose.
        """
        scores, base, keep = self._scores, self._base, self._keep
        offset, screen_of = self._offset, self._screen
        for c in range(self._scored, upto):
            screen = screen_of(c - 1 - base)
            score = float(sum(map(operator.mul, _SCREEN_VECTOR, screen)))  # (screen_score)
            # (a page title may earn its bonus later: it passes the screen)
            title = self._title_gap(c)
            turn = c in self._turns
            passed = not turn and (title or score >= SCREEN_GATE)
            cues = screen
            if passed or keep:
                cues = self._full(c, screen)
                if keep:
                    self.kept.append((self._place[c - base], cues))
                if passed:
                    score = score_cues(cues)
                    if cues[_CAPTION_REPEAT]:
                        score += CAPTION_REPEAT_BONUS
            if c in self._page_starts:
                score += PAGE_START_BONUS
            if c in self._page_ends:
                score += PAGE_END_BONUS
            if turn:
                score = TURN_SCORE
            if title or score + offset > 0.0:  # (the decoder's first test: no other gap is chosen)
                self._cues[c] = cues
            scores.append(score)
        self._scored = upto

    def _screen(self, k: int) -> list[float]:
        """The screen's cues of the gap at ``k`` in the per-gap lists: its own and the dips."""
        cheaps = self._cheaps
        cheap = cheaps[k]
        left = cheaps[k - DEPTH_RADIUS if k > DEPTH_RADIUS else 0 : k]
        return cheap + depth_cues(left, cheap, cheaps[k + 1 : k + 1 + DEPTH_RADIUS])

    def _title_gap(self, c: int) -> bool:
        """Whether content line c is a page title, not one of a list of title-shaped lines.

        Such a gap is a candidate; :meth:`_confirm_titles` later looks for its headline ahead.
        """
        infos, base = self._infos, self._base
        info = infos[c - base]
        if not _title_shaped(info):
            return False
        head = tokenize(title_headline(info.text))
        if len(head) < TITLE_MIN_WORDS:
            return False  # (a headline of symbols or one word recurs in any line)
        for j in range(max(c - TITLE_LIST_REACH, 0), min(c + TITLE_LIST_REACH + 1, self._count)):
            if j != c and _title_shaped(infos[j - base]):
                return False
        self._title_candidates.append((c, head))
        return True

    def _confirm_titles(self, final: bool) -> int | None:
        """Settle the page-title candidates whose look-ahead is known; return the first
        candidate still waiting for lines, if any.

        A candidate is confirmed when its headline (the title before its first separator)
        recurs in one of the next :data:`TITLE_REPEAT_REACH` content lines (at least
        :data:`TITLE_REPEAT_SHARE` of its tokens in one line), as a page's own headline
        does above its text, before any other title-shaped line; its gap then earns
        :data:`PAGE_TITLE_BONUS`. (Stopping at the next title-shaped line reads each line
        for at most one candidate: the work stays linear on a page of many titles.)
        """
        candidates, infos, base = self._title_candidates, self._infos, self._base
        while candidates:
            c, head = candidates[0]
            hi = min(c + 1 + TITLE_REPEAT_REACH, self._count)
            j = max(self._title_scan, c + 1)
            need = TITLE_REPEAT_SHARE * len(head)
            found = False
            while j < hi:
                info = infos[j - base]
                if _title_shaped(info):
                    break  # another page's title (or a list): this one's headline never came
                if len(head & info.tokens) >= need:
                    found = True
                    break
                j += 1
            if j == hi and hi < c + 1 + TITLE_REPEAT_REACH and not final:
                self._title_scan = j  # (the lines ahead are still to come)
                return c
            if found:
                self._titles.add(c)
                self._scores[c - 1 - base] += PAGE_TITLE_BONUS
            candidates.popleft()
            self._title_scan = 0
        return None

    def _settle_breaks(self, final: bool) -> int | None:
        """Read content lines for page breaks as far as gaps are scored; return the first
        gap of a run still open, if any (the decoder waits there).

        A page break is a run of :data:`BREAK_MIN_RUN` to :data:`BREAK_REACH` content lines
        without a body line, between sustained prose before and after it on different
        topics: text extracted from whole pages puts a page's footer and the next page's
        menus there. One of the run's first :data:`BREAK_PLACE` gaps then earns
        :data:`BREAK_BONUS`, unless a gap near the run's end already scores as a boundary
        (the model has found the next page's start). Each line is read once.
        """
        bodies, base, prose = self._bodies, self._base, self._prose
        limit = min(self._scored, self._count)
        j = self._break_scan
        while j < limit:
            if bodies[j - base]:
                # (most body lines follow another: only a run's end has more to do)
                if (
                    prose
                    and BREAK_MIN_RUN < j - prose[-1][0] <= BREAK_REACH + 1
                    and self._sustained()
                ):
                    if j + BREAK_PROSE + 2 > self._count and not final:
                        self._break_scan = j  # (the prose after the run is still to come)
                        return prose[-1][0] + 1
                    self._page_break(prose[-1][0], j)
                prose.append((j, self._infos[j - base].tokens))
            j += 1
        self._break_scan = j
        if prose and not final and j - prose[-1][0] <= BREAK_REACH + 1 and self._sustained():
            return prose[-1][0] + 1  # (inside a run that may yet be long enough)
        return None

    def _sustained(self) -> bool:
        """Whether the last body lines read are sustained prose (close together)."""
        prose = self._prose
        return len(prose) == BREAK_PROSE and prose[0][0] >= prose[-1][0] - BREAK_PROSE_SPAN

    def _page_break(self, a: int, b: int) -> None:
        """Judge the run between body lines a and b (content numbers); mark its gap if a break."""
        infos, base, scores, offset = self._infos, self._base, self._scores, self._offset
        bodies = self._bodies
        ahead = range(b - base, min(b + BREAK_PROSE + 2, self._count) - base)
        if sum(bodies[k] for k in ahead[: BREAK_PROSE + 1]) < BREAK_AFTER_BODY:
            return
        body = [infos[k] for k in ahead if bodies[k]][:BREAK_PROSE]
        after = frozenset().union(*(info.tokens for info in body))
        before = frozenset().union(*(tokens for _, tokens in self._prose))
        if len(before & after) >= BREAK_MAX_SHARED * min(len(before), len(after)):
            return  # (also when either side has no topic words: nothing to compare)
        near_end = range(max(a + 1, b - BREAK_PLACE), b + 1)
        if any(scores[c - 1 - base] + offset > 0.0 for c in near_end):
            return  # (the model has found the next page's start)
        gap = max(range(a + 1, min(a + BREAK_PLACE, b) + 1), key=lambda c: scores[c - 1 - base])
        scores[gap - 1 - base] += BREAK_BONUS
        self._breaks.add(gap)
        if gap not in self._cues:  # (stopped at the screen: its cues were not kept)
            self._cues[gap] = self._screen(gap - 1 - base)

    def _full(self, c: int, screen: list[float]) -> list[float]:
        """The full cue vector of gap c, from its screen cues and a closer reading."""
        base, infos = self._base, self._infos
        k = c - base
        before, ahead = self._gap_captions.get(c, _NO_GAP_CAPTIONS)
        q = self._detail(c)
        return screen + detail_cues(
            headline_shaped(infos[k - 1]),
            q,
            infos[k],
            infos[k + 1] if c + 1 < self._count else None,
            self._windows.seen_before(c, detail_words(q)),
            before,
            ahead,
        )

    def _advance(self, *, final: bool) -> list[tuple[int, Boundary]]:
        # each stage goes as far as the one before it allows (all the way at the end)
        upto = self._count if final else self._count - FORWARD_WINDOW
        if self._cued < upto:
            self._cue_upto(upto)
        upto = self._cued if final else self._cued - DEPTH_RADIUS
        if self._scored < upto:
            self._score_upto(upto)
        upto = self._scored if final else self._scored - self._lookahead
        if self._title_candidates:
            waiting = self._confirm_titles(final)
            if waiting is not None:  # (no window may hold a score still to be settled)
                upto = min(upto, waiting - self._lookahead)
        waiting = self._settle_breaks(final)
        if waiting is not None:
            upto = min(upto, waiting - self._lookahead)
        if self._decided >= upto:
            return []
        out: list[tuple[int, Boundary]] = []
        bodies, scores, offset, base = self._bodies, self._scores, self._offset, self._base
        for c in range(self._decided, upto):
            k0 = c - 1 - base  # scores[k] belongs to gap k + 1 + base
            if bodies[k0]:  # (content line c - 1)
                self._last_body = c - 1
            if scores[k0] + offset > 0.0 and c + 1 < self._count and scores[k0] > scores[k0 + 1]:
                self._past_separator(c)
            if scores[k0] + offset <= 0.0:  # what decide() says first, without a window
                continue
            if (
                self._last_body < self._last
                or (
                    c not in self._titles
                    and c not in self._breaks
                    and c not in self._page_starts
                    and c not in self._page_ends
                    and not any(bodies[k0 + 1 : k0 + 1 + BODY_AHEAD])
                )
                or (final and not any(bodies[k0 + 1 :]))
            ):
                # An article holds a body line, and one comes soon after its start: a
                # page's header, footer or a block of specifications is not an article,
                # nor is the furniture after a page's foot when the input ends within
                # the look-ahead without a body line.
                continue
            window = [s + offset for s in scores[k0 : k0 + self._lookahead + 1]]
            end = self._count if final and c + len(window) >= self._count else None
            if decide(self._last, c, window, end, self._min_length, SHORT_PENALTY):
                self._last = c
                cues = self._cues[c]
                screened = len(cues) < len(CUE_NAMES)
                if screened:  # stopped at the screen, split by a config offset
                    cues = self._full(c, cues)
                extra = []
                if c in self._titles:
                    extra.append(Cue("page_title", PAGE_TITLE_BONUS))
                if c in self._breaks:
                    extra.append(Cue("page_break", BREAK_BONUS))
                if c in self._page_starts:
                    extra.append(Cue("page_start", PAGE_START_BONUS))
                if c in self._page_ends:
                    extra.append(Cue("page_end", PAGE_END_BONUS))
                if cues[_CAPTION_REPEAT] and not screened:
                    extra.append(Cue("caption_repeat", CAPTION_REPEAT_BONUS))
                if c in self._moved:
                    extra.append(Cue("after_separator", round(self._moved[c], 3)))
                out.append((self._place[c - base], explain(scores[k0], cues, extra)))
        self._decided = upto
        if upto - 1 - base >= TRIM_EVERY:  # (what _trim() keeps starts no later)
            self._trim()
        return out

    def _past_separator(self, c: int) -> None:
        """Move a candidate boundary at gap c past content line c when that line is a
        separator ("___"): the two gaps swap their scores and cue vectors.

        A separator closes the text above it (an agency's story ends in "___" before its
        notes); the model, which reads words, scores the gap before it higher than the gap
        after. Gaps with a prior of their own (a page title, start, end or break, an
        interview turn) keep their scores. The caller makes sure gap c + 1 exists (the
        decoder's look-ahead has scored it).
        """
        base = self._base
        if SEPARATOR_LINE.fullmatch(self._infos[c - base].text) is None:
            return
        special = (self._titles, self._breaks, self._page_starts, self._page_ends, self._turns)
        if any(c in gaps or c + 1 in gaps for gaps in special):
            return
        scores, cues = self._scores, self._cues
        k0 = c - 1 - base
        before, after = scores[k0], scores[k0 + 1]
        scores[k0], scores[k0 + 1] = after, before
        moved = cues.pop(c) if c in cues else self._screen(k0)
        if c + 1 in cues:
            cues[c] = cues.pop(c + 1)
        elif after + self._offset > 0.0:  # (it may still be chosen: it needs its cues)
            cues[c] = self._screen(k0 + 1)
        cues[c + 1] = moved
        self._moved.pop(c, None)
        self._moved[c + 1] = before - after

    def _trim(self) -> None:
        keep_from = min(
            # (a gap still to decide may be read closely later, back window and all: a
            # page break can raise a gap that stopped at the screen)
            self._decided - 1 - BACK_WINDOW,
            self._scored - 1 - DEPTH_RADIUS,
            self._cued - 1 - BACK_WINDOW - CAPTION_MEMORY,
        )
        drop = keep_from - self._base
        if drop < TRIM_EVERY:
            return
        for seq in (self._infos, self._bodies, self._place, self._between):
            del seq[:drop]
        for gaps in (self._cheaps, self._scores):
            del gaps[:drop]
        for kept in (self._details, self._gap_captions, self._cues):
            for c in [c for c in kept if c < keep_from]:
                del kept[c]
        self._titles = {c for c in self._titles if c >= keep_from}
        self._breaks = {c for c in self._breaks if c >= keep_from}
        self._turns = {c for c in self._turns if c >= keep_from}
        self._moved = {c: v for c, v in self._moved.items() if c >= keep_from}
        self._page_starts = {c for c in self._page_starts if c >= keep_from}
        self._page_ends = {c for c in self._page_ends if c >= keep_from}
        self._windows.drop(drop)
        self._base += drop


def _title_shaped(info: LineInfo) -> bool:
    """Whether a content line is shaped like a page title (a title never ends a sentence)."""
    return not info.ends_sentence and page_title(info.text)


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
