"""A progress bar on stderr, from the optional ``tqdm`` package (``newsclean[progress]``).

Shown only when stderr is a terminal and tqdm is installed; otherwise every
call does nothing.
"""

from __future__ import annotations

import sys
from typing import Any, Protocol, cast

PROGRESS_DELAY = 1.0
"""Seconds before the bar appears: short runs show none."""


class Progress(Protocol):
    """What the command needs from a progress bar."""

    def update(self, n: int) -> object:
        """Advance by ``n`` bytes."""

    def close(self) -> None:
        """Remove the bar."""


class NoProgress:
    """A progress bar that shows nothing."""

    def update(self, n: int) -> object:
        """Do nothing."""
        return None

    def close(self) -> None:
        """Do nothing."""


def progress_bar(total: int | None, enabled: bool = True) -> Progress:
    """A byte-counting bar over ``total`` bytes (None: unknown), or a silent stand-in."""
    if not enabled or not sys.stderr.isatty():
        return NoProgress()
    try:
        from tqdm import tqdm
    except ImportError:
        return NoProgress()
    bar: Any = tqdm(
        total=total,
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        file=sys.stderr,
        leave=False,
        delay=PROGRESS_DELAY,
    )
    return cast(Progress, bar)
