"""Find where one article ends and the next begins.

A first, simple detector: a new article starts at the first content line after
an end-of-article embed (a consent prompt block).
"""

from __future__ import annotations

from collections.abc import Sequence

from .config import Config
from .strip import Hit
from .types import START_OF_INPUT, Boundary, Cue, Kind

_END_KINDS = frozenset({Kind.CONSENT_PROMPT})


def find_boundaries(
    texts: Sequence[str], hits: Sequence[Hit | None], config: Config
) -> list[tuple[int, Boundary]]:
    """Return ``(first line index, Boundary)`` for each article, in order.

    The first entry is always ``(0, START_OF_INPUT)`` when there is any line.
    """
    if not texts:
        return []
    out: list[tuple[int, Boundary]] = [(0, START_OF_INPUT)]
    seen_content = False
    after_end = False
    for i, hit in enumerate(hits):
        if hit is None:
            if after_end and seen_content:
                cue = Cue("after_end_embed", 1.0)
                out.append((i, Boundary(1.0, "follows an end-of-article embed", (cue,))))
                seen_content = False
            after_end = False
            seen_content = True
        elif hit.kind in _END_KINDS:
            after_end = True
    # An article starts at its first line, boilerplate included: move each start
    # back over boilerplate that belongs to it would be the detector's job.
    return out
