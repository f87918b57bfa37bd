"""Run a function over items in worker processes, yielding results in input order.

At most ``window`` items are in flight, so a long input is never read ahead
into memory. Each worker runs ``initializer`` once when it starts: that is
where the rule set is loaded, once per worker, not once per item.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

WINDOW_PER_JOB = 4
"""Items in flight per worker: enough to keep workers busy, few enough to bound memory."""


def worker_count(jobs: int) -> int:
    """``--jobs`` as a number of processes: 0 means one per CPU."""
    return (os.cpu_count() or 1) if jobs == 0 else jobs


def ordered_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    jobs: int,
    initializer: Callable[[], object] | None = None,
) -> Iterator[R]:
    """Yield ``fn(item)`` for each item, in order, using ``jobs`` processes (1: this one)."""
    if jobs <= 1:
        if initializer is not None:
            initializer()
        yield from map(fn, items)
        return
    window = jobs * WINDOW_PER_JOB
    executor = ProcessPoolExecutor(max_workers=jobs, initializer=initializer)
    pending: deque[Future[R]] = deque()
    try:
        for item in items:
            pending.append(executor.submit(fn, item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
