"""Dow Jones (The Wall Street Journal, Barron's): article tools and the reprint notice."""

from __future__ import annotations

from ..types import Kind
from .model import Rule

RULES: tuple[Rule, ...] = (
    Rule(
        id="dowjones.tools",
        kind=Kind.NAVIGATION,
        pattern=(
            r"(?:[-•] )?(?:Order Reprints|Print Article|Text [Ss]ize|Share Article"
            r"|Resize|Listen to [Aa]rticle(?: \(\d{1,2} minutes?\))?|Gift (?:unlocked )?article)"
        ),
        max_chars=40,
        description="The article toolbar ('- Order Reprints', 'Text size').",
        examples=("- Order Reprints", "Text size", "Listen to article (4 minutes)"),
        counter_examples=("Order reprints of the photo from the archive desk.",),
    ),
)
