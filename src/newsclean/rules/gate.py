"""The first-character gate: which rules can match a line, judged from its first character.

Nothing here is hand-listed. For a character ``c`` the gate asks each rule's
compiled pattern, with the ``regex`` module's partial matching, whether some
line starting with ``c`` could match it whole; the answer is cached per
character. A :class:`Bucket` holds the rules that can (in rule-set order), the
longest line any of them accepts, and one anchored alternation of the package's
rules among them, compiled once per distinct set of rules. Ordinary prose is
then rejected with a dict look-up, a length test and at most one regex call,
and a rule a user adds is gated by the same test as the package's own.

A rule whose own example lines would not pass the gate (a partial-matching
corner of the ``regex`` module) is never gated: it is tried on every line.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

import regex

from .model import Rule

MAX_CACHED_CHARS = 65_536
"""First characters remembered; past this many distinct ones, buckets are recomputed."""


class Mode(enum.Enum):
    """How a candidate rule runs once the gate lets a line through."""

    FILTERED = "filtered"
    """A package rule inside the bucket's alternation: tried only when the alternation matched."""
    DIRECT = "direct"
    """A package rule kept out of the alternation: tried on its own, without a timeout."""
    TIMED = "timed"
    """A user rule: tried on its own with the rule set's timeout."""


class Bucket:
    """The rules a line may match, given its first character; the same for many characters."""

    __slots__ = ("candidates", "max_chars", "needs_prefilter", "prefilter")

    def __init__(
        self, candidates: tuple[tuple[Rule, Mode], ...], prefilter: regex.Pattern[str] | None
    ) -> None:
        #: the rules that can match, in rule-set order, each with how it runs
        self.candidates = candidates
        #: the longest line any candidate accepts (-1: no candidate, every line is rejected)
        self.max_chars = max((rule.max_chars for rule, _ in candidates), default=-1)
        #: one anchored alternation of the FILTERED candidates
        self.prefilter = prefilter
        #: True when every candidate is FILTERED: no prefilter match, no rule to try
        self.needs_prefilter = all(mode is Mode.FILTERED for _, mode in candidates)


def combined(rules: Sequence[Rule]) -> regex.Pattern[str] | None:
    """One alternation that fully matches a line when any of ``rules`` does (or None)."""
    if not rules:
        return None
    return regex.compile(
        "|".join(f"(?{'i' if r.ignore_case else '-i'}:{r.pattern})" for r in rules),
        regex.VERSION1,
    )


def _example_lines(rule: Rule) -> list[str]:
    """The lines of the rule's examples that the rule itself matches (its anchor lines)."""
    return [
        line.strip()
        for example in rule.examples
        for line in example.split("\n")
        if line.strip() and rule.compiled.fullmatch(line.strip()) is not None
    ]


class Gate:
    """The first-character gate over an ordered rule set (see the module's docstring)."""

    __slots__ = ("_by_key", "_modes", "_rules", "_timeout", "_ungated", "buckets", "whole")

    def __init__(self, rules: Sequence[tuple[Rule, bool]], timeout: float) -> None:
        """``rules`` are ``(rule, trusted)`` pairs in the order the rules are tried."""
        self._rules = tuple(rule for rule, _ in rules)
        self._timeout = timeout
        #: the cache of :meth:`bucket`: first character -> bucket (read it directly in hot loops)
        self.buckets: dict[str, Bucket] = {}
        self._by_key: dict[tuple[int, ...], Bucket] = {}
        whole = combined([rule for rule, is_trusted in rules if is_trusted])
        #: the alternation of every package rule (those of a bucket are a part of it)
        self.whole = whole
        modes: list[Mode] = []
        ungated: list[bool] = []
        for rule, is_trusted in rules:
            lines = _example_lines(rule)
            if not is_trusted:
                modes.append(Mode.TIMED)
            elif whole is not None and all(whole.fullmatch(line) for line in lines):
                modes.append(Mode.FILTERED)
            else:
                modes.append(Mode.DIRECT)
            ungated.append(not all(self._may_start(rule, line[0]) for line in lines))
        self._modes = tuple(modes)
        self._ungated = tuple(ungated)

    def _may_start(self, rule: Rule, char: str) -> bool:
        """True when some line starting with ``char`` could fully match ``rule``."""
        try:
            return rule.compiled.fullmatch(char, partial=True, timeout=self._timeout) is not None
        except TimeoutError:
            return True

    def bucket(self, char: str) -> Bucket:
        """The bucket for lines whose first character is ``char`` (cached)."""
        found = self.buckets.get(char)
        if found is not None:
            return found
        key = tuple(
            k
            for k, rule in enumerate(self._rules)
            if self._ungated[k] or self._may_start(rule, char)
        )
        bucket = self._by_key.get(key)
        if bucket is None:
            candidates = tuple((self._rules[k], self._modes[k]) for k in key)
            prefilter = combined([rule for rule, mode in candidates if mode is Mode.FILTERED])
            bucket = self._by_key[key] = Bucket(candidates, prefilter)
        if len(self.buckets) < MAX_CACHED_CHARS:
            self.buckets[char] = bucket
        return bucket
