"""The New York Times: the letters invitation and the opinion section's follow prompt."""

from __future__ import annotations

from ..types import Kind
from .model import Rule

RULES: tuple[Rule, ...] = (
    Rule(
        id="nytimes.letters",
        kind=Kind.COMMENTS,
        pattern=(
            r"The Times is committed to publishing a diversity of letters to the editor\..{0,400}"
        ),
        max_chars=500,
        description="The invitation to write a letter to the editor under an opinion piece.",
        examples=(
            "The Times is committed to publishing a diversity of letters to the editor. "
            "Here are some tips.",
            "The Times is committed to publishing a diversity of letters to the editor.",
        ),
        counter_examples=("The Times is committed to the story, its editor said.",),
    ),
    Rule(
        id="nytimes.continue",
        kind=Kind.READ_MORE,
        pattern=r"Continue reading the main story|Advertisement Continue reading the main story",
        max_chars=60,
        description="The label the paper puts before and after in-story adverts.",
        examples=(
            "Continue reading the main story",
            "Advertisement Continue reading the main story",
        ),
        counter_examples=("Continue reading the main story of the novel, the teacher said.",),
    ),
)
