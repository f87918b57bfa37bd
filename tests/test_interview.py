"""An interview in questions and answers is one article, however its turns read."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.cues import interview_turn
from newsclean.segment import TURN_REACH

from .test_stream import _same, chunked

HARBOUR = [
    "The harbour master has warned that the old pier will close for repairs next month.",
    "Divers found cracks in three of its stone piers during an inspection in the spring.",
    "Fishing boats will moor at the new pontoon on the east side of the harbour instead.",
]
TURNS = [
    "Q: When did you first go to sea, and what made you stay?",
    "A: I was fourteen, and my uncle needed a deckhand for the summer crab season.",
    "I never thought of doing anything else after that first year on the boat.",
    "Q: How has the harbour changed since you started fishing from it?",
    "A: There were forty boats here then. Now there are nine, and most of them are small.",
    "Question: What would you tell someone starting out today?",
    "Answer: Learn the engine before you learn the nets, because nobody will fix it for you.",
]
ALL_SPLITS = newsclean.Config(boundary_offset=40.0)
"""A decoder that takes every gap it is allowed to (a boundary needs a positive score)."""


def _starts(text: str, config: newsclean.Config | None = None) -> list[str]:
    return [a.text.split("\n", 1)[0] for a in newsclean.clean(text, config=config).articles]


def test_turn_lines_are_recognised() -> None:
    """Question and answer markers open a turn; ordinary openings do not."""
    assert all(interview_turn(t) for t in TURNS if t[0] in "QA")
    assert not interview_turn("A lifeboat was launched shortly after midnight.")
    assert not interview_turn("Queues formed outside the bakery before dawn.")
    assert not interview_turn("Answering questions from MPs, the minister said little.")


def test_no_boundary_before_a_turn_that_follows_another() -> None:
    """Even a decoder eager to split never opens an article at an interview's next turn."""
    text = "\n".join([*HARBOUR, *TURNS])
    starts = _starts(text, ALL_SPLITS)
    later_turns = [t for t in TURNS[1:] if interview_turn(t)]
    assert not set(later_turns) & set(starts)
    # (the first turn, after unrelated prose, may still open an article)
    assert len(starts) > 1


def test_a_turn_far_from_the_last_one_may_open_an_article() -> None:
    """The rule reaches only TURN_REACH content lines back."""
    filler = [
        f"The crab season ran on for {n} more weeks that year, she said, and then it ended."
        for n in range(TURN_REACH + 1)
    ]
    text = "\n".join([TURNS[0], TURNS[1], *filler, TURNS[3], TURNS[4]])
    assert TURNS[3] in _starts(text, ALL_SPLITS)


@given(
    st.lists(st.sampled_from([*HARBOUR, *TURNS]), min_size=1, max_size=40),
    st.lists(st.integers(min_value=0, max_value=4000), max_size=20),
)
def test_streams_agree_with_clean_on_interviews(lines: list[str], cuts: list[int]) -> None:
    """Turns and prose in any order: a stream gives exactly clean()'s articles."""
    text = "\n".join(lines)
    _same(text, chunked(text, cuts))
