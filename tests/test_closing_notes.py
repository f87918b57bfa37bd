"""Notes that close an article (a columnist's note, a programme pointer, a broadcast time)
are removed, stay with the article they close, and mark its end for boundary detection."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean

from .test_page_break import CHOIR, TIDE
from .test_stream import _same, chunked

NOTES = {
    "generic.author-bio": (
        "Ann Lee is environment correspondent for Harbour Radio, a Harbour News co-production."
    ),
    "generic.broadcast-note": "- The debate will be shown on Harbour One at 1930 GMT on Thursday.",
    "generic.hear-more": "You can hear more on this story on Harbour Radio's Coast Week programme.",
}
"""One note of each rule (our own text)."""


def _feed(note: str) -> str:
    return "\n".join([*TIDE, note, *CHOIR])


@pytest.mark.parametrize("rule", sorted(NOTES))
def test_a_closing_note_ends_its_article(rule: str) -> None:
    """The note is removed with its rule, goes with the story it closes, and the next story
    starts right after it with the end-of-article cue."""
    text = _feed(NOTES[rule])
    first, second = newsclean.clean(text).articles
    assert [b.rule for b in first.boilerplate] == [rule]
    assert first.text == "\n".join(TIDE)
    assert second.text == "\n".join(CHOIR)
    assert "end_block_before" in [c.name for c in second.boundary.cues]


@given(st.sampled_from(sorted(NOTES)), st.lists(st.integers(0, 2000), max_size=12))
def test_a_stream_with_a_closing_note_equals_clean(rule: str, cuts: list[int]) -> None:
    """Any chunking of a feed with a closing note gives clean()'s articles."""
    text = _feed(NOTES[rule])
    _same(text, chunked(text, cuts))
