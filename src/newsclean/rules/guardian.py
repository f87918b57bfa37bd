"""The Guardian: photograph credits after captions, reuse and support prompts."""

from __future__ import annotations

from ..types import Kind
from .model import Rule

RULES: tuple[Rule, ...] = (
    Rule(
        id="guardian.photograph",
        kind=Kind.IMAGE_CAPTION,
        # The lookahead (implied by the rest) fails at once after each "Photograph: " that
        # is followed by a sentence, instead of trying every length of the credit there.
        # The first lookahead checks the line's end (a jump there, a bounded look back)
        # before the lazy caption scans the line.
        pattern=(
            r"(?=(?s:.*+)(?<=(?:Photograph|Illustration|Composite|Photo)s?: [^.!?]{1,121}))"
            r"(?:(?P<caption>.{1,300}?)\s)?(?:Photograph|Illustration|Composite|Photo)(?:s)?: "
            r"(?P<credit>(?=[^.!?]{1,121}$)[^.!?]{1,80}?(?:/[^.!?]{1,40})?)"
        ),
        max_chars=400,
        description="A caption that ends with its 'Photograph: Agency' credit.",
        examples=(
            "Boats moored at the harbour at dusk. Photograph: Ann Lee/The Guardian",
            "Photograph: Tom Hart/Reuters",
        ),
        counter_examples=("The photograph was taken in 1962, the archive says.",),
    ),
    Rule(
        id="guardian.reuse",
        kind=Kind.COPYRIGHT,
        pattern=r"Reuse this content|Licensing and syndication",
        max_chars=40,
        description="The reuse link at the foot of a story.",
        examples=("Reuse this content", "Licensing and syndication"),
        counter_examples=("Reuse this content responsibly, the licence says.",),
    ),
    Rule(
        id="guardian.support",
        kind=Kind.NEWSLETTER,
        pattern=(
            r"(?:Since you['’]re here|Support (?:the Guardian|our journalism)|Make a contribution"
            r"|Support The Guardian).{0,250}"
        ),
        max_chars=300,
        description="The reader-support appeal.",
        examples=("Support the Guardian", "Since you're here … we have a small favour to ask."),
        counter_examples=("Supporters of the plan gathered outside.",),
    ),
)
