"""Patterns shared by several rules: the shapes of short lines that follow an anchor."""

from __future__ import annotations

DURATION = r"(?:\d{1,2}:)?\d{1,2}:\d{2}"
"""A clip duration such as ``2:27`` or ``1:02:05``."""

SHORT_TITLE = (
    r"(?=.{2,100}$)"  # short
    r"(?!.*[.:;,]$)"  # a sentence or a lead-in to a quote ends with punctuation
    r"\S+(?: \S+){0,11}"  # at most twelve words
)
"""A short, title-like line: a clip title, a related headline (no closing full stop)."""
