"""Choose boundaries from gap scores, knowing that articles have lengths.

The decoder walks left to right. For the next undecided gap it solves a small
dynamic programme over the following ``lookahead`` gaps: each boundary earns
its gap's log-odds plus a length term for the article it closes (articles
shorter than ``min_length`` content lines are impossible, short ones are
penalised), and the article running into the end of the input pays its own
length term. The gap is a boundary when the best plan with it beats the best
plan without it. The decision depends only on the last boundary and a bounded
window of scores, so a stream and a whole text give the same answer, and the
work is linear in the number of lines.
"""

from __future__ import annotations

from collections.abc import Sequence

NEG_INF = float("-inf")


def length_term(length: int, min_length: int, short_penalty: Sequence[float]) -> float:
    """The log-prior term for an article of ``length`` content lines."""
    if length < min_length:
        return NEG_INF
    if length < len(short_penalty):
        return -short_penalty[length]
    return 0.0


def decide(
    last: int,
    gap: int,
    scores: Sequence[float],
    end: int | None,
    min_length: int,
    short_penalty: Sequence[float],
) -> bool:
    """Whether ``gap`` (a content-line index) starts an article.

    ``last`` is the first content line of the current article; ``scores[k]`` is
    the offset log-odds of a boundary at gap ``gap + k`` (the window ahead);
    ``end`` is the number of content lines when the input ends within the
    window, else ``None``.
    """
    if scores[0] <= 0.0:
        # Length terms only penalise short articles, so dropping a boundary whose own
        # log-odds are not positive never makes a plan worse.
        return False
    best_with = _best(last, gap, scores, end, min_length, short_penalty, force=True)
    best_without = _best(last, gap, scores, end, min_length, short_penalty, force=False)
    return best_with > best_without


def _best(
    last: int,
    gap: int,
    scores: Sequence[float],
    end: int | None,
    min_length: int,
    short_penalty: Sequence[float],
    *,
    force: bool,
) -> float:
    # states: first content line of the running article -> best total so far
    states: dict[int, float] = {last: 0.0}
    for k, score in enumerate(scores):
        pos = gap + k
        best = NEG_INF
        for start, total in states.items():
            value = total + score + length_term(pos - start, min_length, short_penalty)
            best = max(best, value)
        if k == 0:
            if force:
                states = {pos: best}
            continue
        if best > NEG_INF:
            states[pos] = best
    if end is not None:
        return max(
            total + length_term(end - start, min_length, short_penalty)
            for start, total in states.items()
        )
    return max(states.values())
