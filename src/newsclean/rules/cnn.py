"""CNN: gallery captions and counters, the video rail, the Messenger prompt."""

from __future__ import annotations

from ..types import Kind
from .model import Rule

RULES: tuple[Rule, ...] = (
    Rule(
        id="cnn.gallery",
        kind=Kind.IMAGE_CAPTION,
        pattern=r"Hide Caption|\d{1,3} of \d{1,3}|Photos: (?P<caption>\S.{0,120})",
        max_chars=140,
        description="Photo-gallery furniture: 'Hide Caption', '3 of 12', 'Photos: ...'.",
        examples=("Hide Caption", "3 of 12", "Photos: Storm clouds over the bay"),
        counter_examples=("3 of 12 jurors said they had read about the case.",),
    ),
    Rule(
        id="cnn.video-rail",
        kind=Kind.VIDEO_NOTICE,
        pattern=r"JUST WATCHED|MUST WATCH|Replay|More Videos \.\.\.|Now Playing",
        max_chars=20,
        description="Labels of the video rail.",
        examples=("JUST WATCHED", "MUST WATCH", "Replay"),
        counter_examples=("Replay footage showed the ball had crossed the line.",),
    ),
    Rule(
        id="cnn.messenger",
        kind=Kind.SOCIAL,
        pattern=(
            r"Chat with us in Facebook Messenger\.(?: Find out what['’]s happening in the world"
            r" as it unfolds\.)?"
        ),
        max_chars=120,
        description="The Facebook Messenger prompt.",
        examples=(
            "Chat with us in Facebook Messenger.",
            "Chat with us in Facebook Messenger. Find out what's happening in the world"
            " as it unfolds.",
        ),
        counter_examples=("Chat with us in person at the fair.",),
    ),
)
