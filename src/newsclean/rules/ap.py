"""The Associated Press: the agency line under a byline, and its coverage links."""

from __future__ import annotations

from ..types import Kind
from .model import Rule

RULES: tuple[Rule, ...] = (
    Rule(
        id="ap.agency-line",
        kind=Kind.BYLINE,
        pattern=r"(?:By )?(?:The )?Associated Press(?: [Ww]riter)?",
        max_chars=40,
        description="The agency line that follows an AP byline.",
        examples=("Associated Press", "The Associated Press"),
        counter_examples=("Associated Press photographers were at the scene.",),
    ),
    Rule(
        id="ap.coverage-link",
        kind=Kind.READ_MORE,
        pattern=(
            r"(?:Follow|Read|See|Find) (?:all of )?AP['’]s (?:full |complete |latest )?coverage"
            r" (?:of|on) .{1,120}? (?:at|here:?) (?:https?://)?\S{4,120}\.?"
            r"|(?:Follow|Read|See) (?:all of )?AP['’]s (?:full |complete )?coverage .{1,120}"
        ),
        max_chars=260,
        description="A pointer to the AP's topic page ('Follow AP's full coverage of X at ...').",
        examples=(
            "Follow AP's full coverage of the floods at https://apnews.example/Floods",
            "Read AP's complete coverage of the election here: apnews.example/Election",
        ),
        counter_examples=("AP's coverage of the trial won an award.",),
    ),
)
