"""Fox News: the capitalised 'CLICK HERE' promotions between paragraphs."""

from __future__ import annotations

from ..types import Kind
from .model import Rule

RULES: tuple[Rule, ...] = (
    Rule(
        id="fox.click-here",
        kind=Kind.READ_MORE,
        pattern=r"CLICK HERE (?:TO|FOR) [\p{Lu}\d'’.,:&!? -]{3,140}",
        max_chars=160,
        description="An all-capitals promotion: 'CLICK HERE TO GET THE FOX NEWS APP'.",
        examples=(
            "CLICK HERE TO GET THE FOX NEWS APP",
            "CLICK HERE FOR MORE SPORTS COVERAGE ON FOXNEWS.COM",
        ),
        counter_examples=("Click here to see the full report, the email said.",),
    ),
)
