"""Tunable numbers, named and gathered in one immutable object.

Pass a :class:`Config` to :func:`newsclean.clean`, or derive one with
``attrs.evolve(Config(), headline_max_words=10)``.
"""

from __future__ import annotations

import attrs

HEADLINE_MAX_WORDS = 16
"""A headline at the top of an article has at most this many words."""

HEADLINE_MAX_CHARS = 140
"""... and at most this many characters."""

REPEAT_MIN_COUNT = 2
"""A short line seen this often verbatim in one article is evidence of page furniture."""

REPEAT_MAX_WORDS = 8
"""Only lines of at most this many words are judged by repetition."""

BOUNDARY_MIN_LINES = 2
"""An article found by boundary detection has at least this many content lines."""

BOUNDARY_LOOKAHEAD = 4
"""The boundary decoder looks this many gaps ahead before deciding one (bounded look-ahead)."""

BOUNDARY_OFFSET = 0.0
"""Added to every gap's fitted log-odds: above 0 splits more readily, below 0 less."""


@attrs.frozen(slots=True)
class Config:
    """Every threshold newsclean uses, with its default."""

    headline_max_words: int = HEADLINE_MAX_WORDS
    headline_max_chars: int = HEADLINE_MAX_CHARS
    repeat_min_count: int = REPEAT_MIN_COUNT
    repeat_max_words: int = REPEAT_MAX_WORDS
    boundary_min_lines: int = BOUNDARY_MIN_LINES
    boundary_lookahead: int = BOUNDARY_LOOKAHEAD
    boundary_offset: float = BOUNDARY_OFFSET


DEFAULT_CONFIG = Config()
