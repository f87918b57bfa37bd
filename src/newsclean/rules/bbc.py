"""BBC News: picture captions and copyrights, the media player notice, Newsbeat prompts."""

from __future__ import annotations

from ..types import Kind
from .model import Rule

RULES: tuple[Rule, ...] = (
    Rule(
        id="bbc.media-notice",
        kind=Kind.VIDEO_NOTICE,
        pattern=(
            r"Media playback is (?:unsupported|not supported) on your device"
            r"|Media caption (?P<caption>\S.{0,250})"
        ),
        max_chars=270,
        description="The media player's notice, or the caption of an embedded clip.",
        examples=(
            "Media playback is unsupported on your device",
            "Media caption The lifeboat crew describe the rescue",
        ),
        counter_examples=("Media playback figures rose by a third last year.",),
    ),
    Rule(
        id="bbc.listen-live",
        kind=Kind.READ_MORE,
        pattern=r"Listen to (?:Newsbeat|Radio \d|[\p{Lu}][\w ]{1,30}) live at .{1,120}",
        max_chars=160,
        description="The Newsbeat (or station) 'listen live' prompt at the end of a story.",
        examples=(
            "Listen to Newsbeat live at 12:45 weekdays - or listen back here.",
            "Listen to Radio 4 live at 6am on weekdays.",
        ),
        counter_examples=("Listen to the minister and you would think nothing had changed.",),
    ),
    Rule(
        id="bbc.external-links",
        kind=Kind.NAVIGATION,
        pattern=(
            r"The BBC is not responsible for the content of external (?:sites|internet sites)\."
            r"(?: Read about our approach to external linking\.)?"
            r"|Read about our approach to external linking\.|Related Internet Links"
            r"|These are external links and will open in a separate window"
        ),
        max_chars=140,
        description="The external-links notice under a story.",
        examples=(
            "The BBC is not responsible for the content of external sites.",
            "Read about our approach to external linking.",
        ),
        counter_examples=("The BBC is not responsible for the delay, the minister said.",),
    ),
)
