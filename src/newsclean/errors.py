"""Exceptions raised by newsclean."""

from __future__ import annotations


class NewscleanError(Exception):
    """Base class of every error newsclean raises on purpose."""


class RuleError(NewscleanError, ValueError):
    """A rule is malformed (bad id, bad pattern, no examples); names the rule."""

    def __init__(self, rule_id: str, message: str) -> None:
        super().__init__(f"rule {rule_id!r}: {message}")
        self.rule_id = rule_id


class RuleTimeoutError(NewscleanError, TimeoutError):
    """A user-supplied rule took longer than its time budget on one line."""

    def __init__(self, rule_id: str, offset: int, seconds: float) -> None:
        super().__init__(
            f"rule {rule_id!r} timed out after {seconds}s on the line at offset {offset}; "
            "simplify its pattern or disable it"
        )
        self.rule_id = rule_id
        self.offset = offset
