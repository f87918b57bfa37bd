"""Sky News: image captions with picture credits, the video-player notice, topic links."""

from __future__ import annotations

from ..types import Kind
from .model import Follow, Rule
from .shapes import DURATION, SHORT_TITLE

RULES: tuple[Rule, ...] = (
    Rule(
        id="sky.image-caption",
        kind=Kind.IMAGE_CAPTION,
        pattern=r"Image:\s+(?P<caption>\S.*?)(?:\s+Pic(?:ture)?:\s*(?P<credit>\S.{0,60}?))?",
        max_chars=400,
        description="A photo caption, with the picture agency after 'Pic:' as the credit.",
        examples=(
            "Image: Divers searched the harbour wall at first light. Pic: PA",
            "Image: The new bridge will carry trams and cyclists",
            "Image: Volunteers filled sandbags outside the town hall. Pic: Getty Images",
        ),
        counter_examples=(
            "Image rights became a sticking point in the negotiations.",
            "Image: ",
        ),
    ),
    Rule(
        id="sky.video-notice",
        kind=Kind.VIDEO_NOTICE,
        pattern=r"Please use Chrome browser for a more accessible video player",
        description=(
            "The embedded player's notice; absorbs the clip's duration and its short title "
            "on the next lines."
        ),
        follow=(
            Follow(kind=Kind.VIDEO_DURATION, pattern=DURATION, max_chars=9),
            Follow(kind=Kind.VIDEO_TITLE, pattern=SHORT_TITLE, max_chars=100),
        ),
        examples=(
            "Please use Chrome browser for a more accessible video player",
            "Please use Chrome browser for a more accessible video player\n1:48\n"
            "Crowds cheer as the marathon leaders pass",
            "Please use Chrome browser for a more accessible video player\n"
            "Minister grilled over late trains",
        ),
        counter_examples=(
            "Please use Chrome browser for a more accessible video player\n"
            "The council said the repairs would be finished before the winter storms arrived.",
            "Please use a Chrome browser, the help desk advised callers.",
        ),
    ),
    Rule(
        id="sky.more-on",
        kind=Kind.RELATED_LINK,
        pattern=(
            r"More on (?P<topic>[\p{Lu}\d][\p{L}\p{M}\d'’.&-]*"
            r"(?: (?:of |the |and |de |la )?[\p{Lu}\d][\p{L}\p{M}\d'’.&-]*){0,5})"
        ),
        max_chars=80,
        description="A topic link between paragraphs: 'More on <Topic>'.",
        examples=("More on Boris Johnson", "More on Climate Change", "More on Isle of Wight"),
        counter_examples=(
            "More on that later.",
            "More on this story as we get it.",
            "More on the subject of rents, the report says little.",
        ),
    ),
)
