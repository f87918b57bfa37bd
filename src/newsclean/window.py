"""The token windows around gaps, counted with bit masks.

The cheap cues of a gap need only the sizes of a few unions of line token sets
(the :data:`~newsclean.cues.NEAR_WINDOW` lines on each side, the back window,
the forward window) and of their intersections. Here every distinct token of
the recent lines is one bit of an integer: a line's tokens are a mask, a union
is ``|``, and the size of an intersection is ``(a & b).bit_count()``, a few
machine words each instead of a Python set built per operation. The masks of
every run of ``NEAR_WINDOW`` consecutive lines are kept as blocks, so that each
window is the ``|`` of a few blocks (the lines after one gap are the lines
before the gap ``NEAR_WINDOW`` further on).

Bits are handed out as new tokens arrive. When the numbering has grown past
:data:`RENUMBER_BITS`, the tokens of the lines still in use are numbered afresh,
so the integers stay short on an endless stream. The counts are exact: they
are those of the token sets themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import reduce
from operator import or_

from .cues import BACK_WINDOW, NEAR_WINDOW, WindowCounts

RENUMBER_BITS = 1024
"""Number the tokens afresh once this many bits are in use (or twice the tokens in use)."""


_POWERS = tuple(1 << n for n in range(RENUMBER_BITS))
"""The bits, made once and shared (replaced by a longer tuple when a window needs more)."""


_BACK_BLOCKS_EVEN = BACK_WINDOW % NEAR_WINDOW == 0
"""Whether a whole back window is a run of whole blocks (once it lies past the first lines)."""

_new_counts = tuple.__new__
"""Make a :class:`WindowCounts` from a tuple (skips the named tuple's Python-level ``__new__``)."""


def _powers(n: int) -> tuple[int, ...]:
    """At least ``n`` bits (a new tuple is swapped in whole: safe with threads)."""
    global _POWERS
    powers = _POWERS
    if len(powers) < n:
        powers = _POWERS = tuple(1 << k for k in range(2 * n))
    return powers


def _union_mask(masks: Sequence[int]) -> int:
    out = 0
    for mask in masks:
        out |= mask
    return out


class TokenWindows:
    """Bit masks of the token sets of content lines, added in order, and window counts.

    Lines are numbered from 0 in the order of :meth:`add`; :meth:`drop` forgets
    the oldest ones (the numbering goes on).
    """

    __slots__ = ("_base", "_bits", "_blocks", "_masks", "_next", "_renumber_at", "_tokens")

    def __init__(self) -> None:
        self._bits: dict[str, int] = {}  # token -> its bit (a power of two)
        self._next = 0  # the next free bit position
        self._renumber_at = RENUMBER_BITS
        self._base = 0  # line number of the first entry of the lists below
        self._tokens: list[frozenset[str]] = []
        self._masks: list[int] = []
        # _blocks[j]: the mask of lines j .. j + NEAR_WINDOW - 1, filled as the last of them
        # arrives (and by finish(), holding fewer lines, at the end of the input)
        self._blocks: list[int] = []

    def add(self, tokens: frozenset[str], keep_from: int) -> None:
        """Add the next line's tokens; no later question reaches back before line ``keep_from``."""
        bits = self._bits
        new = tokens.difference(bits)
        if new:
            if self._next + len(new) > self._renumber_at:
                self._renumber(keep_from)
                bits = self._bits
                new = tokens.difference(bits)
            at = self._next
            upto = self._next = at + len(new)
            powers = _POWERS if upto < len(_POWERS) else _powers(upto + 1)
            bits.update(zip(new, powers[at:upto], strict=True))
            # the new tokens hold the bits at .. upto - 1: one run, the rest looked up
            # (distinct powers of two: their sum is their OR)
            mask = powers[upto] - powers[at] + sum(map(bits.__getitem__, tokens.difference(new)))
        else:
            mask = sum(map(bits.__getitem__, tokens))
        self._tokens.append(tokens)
        masks = self._masks
        masks.append(mask)
        if len(masks) >= NEAR_WINDOW:
            self._blocks.append(reduce(or_, masks[-NEAR_WINDOW:]))

    def finish(self) -> None:
        """The input has ended: the last blocks hold the lines there are."""
        masks, blocks = self._masks, self._blocks
        while len(blocks) < len(masks):
            blocks.append(_union_mask(masks[len(blocks) : len(blocks) + NEAR_WINDOW]))

    def drop(self, n: int) -> None:
        """Forget the ``n`` oldest lines."""
        for seq in (self._tokens, self._masks, self._blocks):
            del seq[:n]
        self._base += n

    def _renumber(self, keep_from: int) -> None:
        lo = max(0, keep_from - self._base)
        tokens = self._tokens[lo:]
        vocabulary = frozenset().union(*tokens)
        bits = self._bits = dict(zip(vocabulary, _powers(len(vocabulary)), strict=False))
        self._next = len(vocabulary)
        self._renumber_at = max(RENUMBER_BITS, 2 * len(vocabulary))
        masks = self._masks
        masks[lo:] = [sum(map(bits.__getitem__, line)) for line in tokens]
        blocks = self._blocks
        blocks[lo:] = [_union_mask(masks[j : j + NEAR_WINDOW]) for j in range(lo, len(blocks))]

    def _back(self, c: int) -> int:
        """The mask of the back window of gap ``c``: whole blocks, then any lines before them."""
        masks, base = self._masks, self._base
        lo = max(0, c - BACK_WINDOW) - base
        top = c - base - NEAR_WINDOW  # the block of the lines just before the gap
        if top < lo:
            return _union_mask(masks[lo : c - base])
        first = lo + (top - lo) % NEAR_WINDOW  # blocks top, top - NEAR_WINDOW, ... down to this
        back: int = reduce(or_, self._blocks[first : top + 1 : NEAR_WINDOW])
        if first > lo:
            back |= _union_mask(masks[lo:first])
        return back

    def seen_before(self, c: int, words: Iterable[str]) -> frozenset[str]:
        """Which of ``words`` occur among the tokens of the back window of gap ``c``."""
        back = self._back(c)
        bits = self._bits
        return frozenset(word for word in words if bits.get(word, 0) & back)

    def counts(self, c: int, end: int) -> WindowCounts:
        """The counts of the windows around the gap before line ``c``, with lines up to ``end``.

        ``end`` (exclusive) bounds the forward window: lines ``c + 1`` to ``end - 1``
        follow the next line. Every line up to ``end`` must have been added (the
        blocks reaching past the last line only once :meth:`finish` was called).
        """
        masks, blocks, base = self._masks, self._blocks, self._base
        k = c - base
        pm, qm = masks[k - 1], masks[k]
        hi = end - base
        near_after = blocks[k] if end - c >= NEAR_WINDOW else _union_mask(masks[k:hi])
        near_before = (
            blocks[k - NEAR_WINDOW]
            if c >= NEAR_WINDOW <= BACK_WINDOW
            else _union_mask(masks[max(0, c - min(NEAR_WINDOW, BACK_WINDOW)) - base : k])
        )
        if _BACK_BLOCKS_EVEN and c >= BACK_WINDOW:  # (most gaps: _back(c), inline)
            back = reduce(or_, blocks[k - BACK_WINDOW : k - NEAR_WINDOW + 1 : NEAR_WINDOW])
        else:
            back = self._back(c)
        # the forward window after the next line: whole blocks, then single lines
        j = k + 1
        fwd = 0
        while j + NEAR_WINDOW <= hi:
            fwd |= blocks[j]
            j += NEAR_WINDOW
        if j < hi:
            fwd |= _union_mask(masks[j:hi])
        q2m = masks[k + 1] if k + 1 < hi else 0
        return _new_counts(
            WindowCounts,
            (
                near_before.bit_count(),
                near_after.bit_count(),
                (near_before & near_after).bit_count(),
                (pm & qm).bit_count(),
                (qm & back).bit_count(),
                (q2m & back).bit_count(),
                back.bit_count(),
                fwd.bit_count(),
                (fwd & back).bit_count(),
                (qm & fwd).bit_count(),
            ),
        )
