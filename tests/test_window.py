"""Token windows as bit masks: their counts are those of the token sets, at every gap."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean.window
from newsclean.cues import BACK_WINDOW, FORWARD_WINDOW, NEAR_WINDOW, WindowCounts
from newsclean.window import TokenWindows

_WORDS = [f"w{i}" for i in range(40)]

lines_of_tokens = st.lists(
    st.frozensets(st.sampled_from(_WORDS), max_size=8), min_size=2, max_size=40
)
"""Token sets of content lines, from a small vocabulary so that windows overlap."""


def _union(lines: list[frozenset[str]]) -> frozenset[str]:
    return frozenset().union(*lines)


def _set_counts(lines: list[frozenset[str]], c: int, end: int) -> WindowCounts:
    """The counts of the gap before line ``c``, from the token sets themselves."""
    back = lines[max(0, c - BACK_WINDOW) : c]
    ahead = lines[c:end]
    near_b, near_a = _union(back[-NEAR_WINDOW:]), _union(ahead[:NEAR_WINDOW])
    back_tokens, fwd = _union(back), _union(ahead[1:])
    p, q = lines[c - 1], lines[c]
    q2 = ahead[1] if len(ahead) > 1 else frozenset()
    return WindowCounts(
        len(near_b),
        len(near_a),
        len(near_b & near_a),
        len(p & q),
        len(q & back_tokens),
        len(q2 & back_tokens),
        len(back_tokens),
        len(fwd),
        len(fwd & back_tokens),
        len(q & fwd),
    )


def _check_gap(windows: TokenWindows, lines: list[frozenset[str]], c: int, end: int) -> None:
    assert windows.counts(c, end) == _set_counts(lines, c, end)
    probe = {*_WORDS[::3], "absent"}
    assert windows.seen_before(c, probe) == probe & _union(lines[max(0, c - BACK_WINDOW) : c])


def _check_stream(lines: list[frozenset[str]], drop_every: int) -> None:
    """Feed lines as the segmenter does (each gap counted once enough lines follow it)."""
    windows = TokenWindows()
    cued, dropped = 1, 0
    for count in range(1, len(lines) + 1):
        windows.add(lines[count - 1], cued - BACK_WINDOW)
        while cued + FORWARD_WINDOW < count:
            _check_gap(windows, lines, cued, min(count, cued + FORWARD_WINDOW + 1))
            cued += 1
        if drop_every and cued - 1 - BACK_WINDOW - dropped >= drop_every:
            windows.drop(drop_every)
            dropped += drop_every
    windows.finish()
    for c in range(cued, len(lines)):
        _check_gap(windows, lines, c, min(len(lines), c + FORWARD_WINDOW + 1))


@settings(max_examples=200, deadline=None)
@given(lines_of_tokens, st.sampled_from([0, 1, 5]))
def test_counts_equal_the_token_set_counts(lines: list[frozenset[str]], drop_every: int) -> None:
    """Every gap's counts (and words seen before it) are those of the token sets, as lines go."""
    _check_stream(lines, drop_every)


@pytest.mark.parametrize("bits", [1, 8, 16])
def test_renumbering_keeps_the_counts(bits: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Numbering the tokens afresh (forced often here) never changes a count."""
    monkeypatch.setattr(newsclean.window, "RENUMBER_BITS", bits)
    lines = [frozenset(_WORDS[(7 * i + j) % len(_WORDS)] for j in range(i % 6)) for i in range(90)]
    lines += [frozenset({f"new{i}", f"other{i}", _WORDS[i % 5]}) for i in range(60)]
    _check_stream(lines, 4)
