"""Rule records: boilerplate described as data, with examples that a test runs.

A :class:`Rule` matches one whole line (leading and trailing whitespace removed).
It may carry :class:`Follow` steps: lines next to a match that the rule absorbs
(a player notice absorbs the duration and title that follow it; a consent
prompt absorbs its provider's name above it and the rest of its block below).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import attrs
import regex

from ..errors import RuleError
from ..types import Kind

Direction = Literal["after", "before"]

DEFAULT_MAX_CHARS = 300
"""A line longer than this is never boilerplate for a rule that does not say otherwise."""

_PLACEHOLDER = regex.compile(r"(?<!\\[pPN])\{([A-Za-z_]\w*)\}")


def _compile(rule_id: str, pattern: str, ignore_case: bool) -> regex.Pattern[str]:
    flags = regex.VERSION1 | (regex.IGNORECASE if ignore_case else 0)
    try:
        return regex.compile(pattern, flags)
    except (regex.error, TypeError, ValueError) as exc:
        raise RuleError(rule_id, f"pattern does not compile: {exc}") from exc


@attrs.frozen(slots=True)
class Follow:
    """A context step of a rule: neighbouring lines that the rule's match absorbs.

    Steps of a rule are taken in order, each from where the previous one stopped,
    walking away from the matched line in ``direction``. A step absorbs up to
    ``max_lines`` consecutive lines that fully match ``pattern`` (at most
    ``max_chars`` long each); lines a line rule already gave the step's ``kind``
    are passed over and kept. With ``required=True`` the whole rule fails (the
    anchor line stays content) unless the step absorbs at least one line.
    ``pattern`` may name a group of the rule's pattern as ``{group}``: the text
    that group matched, escaped, is put in its place.
    """

    kind: Kind
    pattern: str
    direction: Direction = "after"
    max_lines: int = 1
    max_chars: int = 120
    ignore_case: bool = False
    required: bool = False

    def placeholders(self) -> tuple[str, ...]:
        """The group names this step refers to as ``{group}``."""
        return tuple(_PLACEHOLDER.findall(self.pattern))

    def compile(self, rule_id: str, values: dict[str, str] | None = None) -> regex.Pattern[str]:
        """Compile the step's pattern, filling ``{group}`` places from ``values``."""
        pattern = self.pattern
        if values is not None:
            pattern = _PLACEHOLDER.sub(
                lambda m: regex.escape(values.get(m.group(1)) or "(?!)"), pattern
            )
        return _compile(rule_id, pattern, self.ignore_case)


def _strings(items: Iterable[str]) -> tuple[str, ...]:
    if isinstance(items, str):
        return (items,)
    return tuple(items)


def _steps(items: Iterable[Follow]) -> tuple[Follow, ...]:
    return tuple(items)


@attrs.frozen(slots=True)
class Rule:
    """One boilerplate rule.

    ``id`` is ``publisher.name`` (``sky.video-notice``); ``pattern`` must match a
    whole stripped line; its named groups become the removed piece's ``fields``.
    ``examples`` are lines (or, for rules with ``follow`` steps, blocks of lines
    joined by ``"\\n"``) the rule must remove entirely; ``counter_examples`` are
    lines it must leave alone (for a block: its last line must stay content).
    ``ends_article`` marks a line that closes an article whatever its kind (a
    contributor note, an author's contact line): boundary detection then treats it
    like the end-of-article kinds (links, newsletter and social prompts).
    ``starts_article`` marks a line that only ever opens a page (a "Skip to content"
    link): boundary detection takes the gap before it, or before the page's title
    line right above it, as an article start. ``closes_page`` marks a line that
    usually stands at the foot of a web page (a copyright notice with its year):
    it counts as an end-of-article block, and the gap after it is more likely a
    boundary and needs no body line soon after.
    """

    id: str
    kind: Kind
    pattern: str
    examples: tuple[str, ...] = attrs.field(converter=_strings)
    counter_examples: tuple[str, ...] = attrs.field(converter=_strings, default=())
    description: str = ""
    ignore_case: bool = False
    max_chars: int = DEFAULT_MAX_CHARS
    follow: tuple[Follow, ...] = attrs.field(converter=_steps, default=())
    ends_article: bool = False
    starts_article: bool = False
    closes_page: bool = False
    compiled: regex.Pattern[str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.id, str) or not regex.fullmatch(
            r"[a-z0-9_-]+\.[a-z0-9_.-]+", self.id
        ):
            raise RuleError(str(self.id), "rule id must look like 'publisher.name' (lower case)")
        if not isinstance(self.kind, Kind):
            raise RuleError(self.id, f"kind must be a newsclean.Kind, not {self.kind!r}")
        if not isinstance(self.pattern, str) or not self.pattern:
            raise RuleError(self.id, "pattern must be a non-empty str")
        if not self.examples:
            raise RuleError(self.id, "a rule needs at least one example")
        compiled = _compile(self.id, self.pattern, self.ignore_case)
        if compiled.fullmatch("") is not None:
            raise RuleError(self.id, "pattern matches the empty line")
        groups = set(compiled.groupindex)
        for step in self.follow:
            if not isinstance(step, Follow):
                raise RuleError(self.id, f"follow steps must be Follow, not {step!r}")
            missing = set(step.placeholders()) - groups
            if missing:
                raise RuleError(self.id, f"follow step names unknown groups {sorted(missing)}")
            step.compile(self.id, dict.fromkeys(step.placeholders(), "x"))
        object.__setattr__(self, "compiled", compiled)

    @property
    def publisher(self) -> str:
        """The part of the id before the first dot (``generic``, ``sky``, ``reuters``...)."""
        return self.id.split(".", 1)[0]
