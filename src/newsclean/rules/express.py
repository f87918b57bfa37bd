"""Daily Express: related headlines tagged in capitals ('[INSIGHT]', '[VIDEO]')."""

from __future__ import annotations

from ..types import Kind
from .model import Rule

RULES: tuple[Rule, ...] = (
    Rule(
        id="express.tagged-headline",
        kind=Kind.RELATED_LINK,
        pattern=(
            r"(?P<title>\S.{1,200}?)\s?\[\s?(?P<tag>INSIGHT|VIDEO|REACTION|PICTURES|PICS|PHOTOS"
            r"|LATEST|ANALYSIS|REVEAL|REVEALED|POLL|LIVE|UPDATE|MAP|CHART|EXCLUSIVE|COMMENT"
            r"|SURVEY|QUIZ|LISTEN|WATCH|EXPLAINED|LIST|INFOGRAPHIC|OPINION)\s?\]\s?\|?"
        ),
        max_chars=230,
        description="A related headline tagged with its type in brackets.",
        examples=(
            "Harbour wall collapses after week of storms [PICTURES]",
            "Minister quits over ferry contracts [ INSIGHT]|",
        ),
        counter_examples=("The report [INSIGHT] was later withdrawn by its authors.",),
    ),
)
