"""Reuters: trust-principles and quote-delay notices, reading time, slideshow counters.

The wire's reporting credit ('Reporting by X; Editing by Y') is shared with other
outlets and lives in the generic rules (``generic.reporting-credit``).
"""

from __future__ import annotations

from ..types import Kind
from .model import Rule

RULES: tuple[Rule, ...] = (
    Rule(
        id="reuters.standards",
        kind=Kind.COPYRIGHT,
        pattern=(
            r"Our Standards: The Thomson Reuters Trust Principles\.?"
            r"|All quotes delayed a minimum of 15 minutes\..{0,200}"
        ),
        max_chars=260,
        description="The standards and quote-delay notices under a Reuters story.",
        examples=(
            "Our Standards: The Thomson Reuters Trust Principles.",
            "All quotes delayed a minimum of 15 minutes. See here for a full list of exchanges.",
        ),
        counter_examples=("Our standards have slipped, the editor admitted.",),
    ),
    Rule(
        id="reuters.slideshow",
        kind=Kind.IMAGE_CAPTION,
        pattern=r"Slideshow \(\d{1,3} [Ii]mages?\)",
        max_chars=30,
        description="A slideshow counter left by the photo gallery.",
        examples=("Slideshow (3 Images)", "Slideshow (12 Images)"),
        counter_examples=("Slideshow software crashed during the talk.",),
    ),
    Rule(
        id="reuters.staff-byline",
        kind=Kind.BYLINE,
        pattern=r"(?:By )?(?:Reuters Staff|REUTERS|Reuters)",
        max_chars=20,
        description="The agency credited as author, on its own line.",
        examples=("Reuters Staff", "By REUTERS"),
        counter_examples=("Reuters reported the deal first.",),
    ),
)
