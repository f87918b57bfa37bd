"""A compiled, immutable set of rules.

A line meets the rule set's :class:`~newsclean.rules.gate.Gate` first: from its
first characters, its length and a few keywords the gate knows which rules could
match it at all (all derived from the patterns), and the package's narrow rules
among those are one anchored alternation that rejects ordinary prose in one
call. Only lines it lets through are tried rule by rule (in order: the first
rule that matches wins).
Rules a user adds run on their own with the ``regex`` module's timeout, so a
bad pattern cannot hang a pipeline.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Iterator

from ..errors import RuleError
from .gate import Bucket, Gate
from .model import Rule

USER_RULE_TIMEOUT = 0.25
"""Seconds a user-supplied rule may spend on one line before it is reported."""


class RuleSet:
    """An ordered collection of :class:`Rule` objects, compiled for matching.

    Build variants with :meth:`without`, :meth:`with_rules` and :meth:`only`;
    a ``RuleSet`` itself never changes.
    """

    __slots__ = (
        "_by_id",
        "_gate",
        "_rules",
        "_trusted",
        "max_chars",
        "timeout",
        "trusted",
        "untrusted",
    )

    def __init__(
        self,
        rules: Iterable[Rule],
        *,
        trusted: Iterable[Rule] = (),
        timeout: float = USER_RULE_TIMEOUT,
    ) -> None:
        self._rules: tuple[Rule, ...] = tuple(rules)
        by_id: dict[str, Rule] = {}
        for rule in self._rules:
            if not isinstance(rule, Rule):
                raise TypeError(f"expected newsclean.Rule, got {type(rule).__name__}")
            if rule.id in by_id:
                raise RuleError(rule.id, "duplicate rule id in one rule set")
            by_id[rule.id] = rule
        self._by_id = by_id
        trusted_ids = {id(r) for r in trusted}
        self._trusted = frozenset(trusted_ids)
        self.timeout = timeout
        #: the package's own rules, in order (they run without a timeout)
        self.trusted: tuple[Rule, ...] = tuple(r for r in self._rules if id(r) in trusted_ids)
        #: user-supplied rules, in order; each runs with :attr:`timeout`
        self.untrusted: tuple[Rule, ...] = tuple(r for r in self._rules if id(r) not in trusted_ids)
        self.max_chars = max((r.max_chars for r in self._rules), default=0)
        self._gate = Gate([(r, id(r) in trusted_ids) for r in self._rules], timeout)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._by_id

    def __getitem__(self, rule_id: str) -> Rule:
        return self._by_id[rule_id]

    def __repr__(self) -> str:
        return f"<RuleSet of {len(self._rules)} rules>"

    def __reduce__(self) -> tuple[object, ...]:
        # Pickles as the rule list; each worker recompiles once on load.
        return (
            _rebuild,
            (
                self._rules,
                tuple(i for i, r in enumerate(self._rules) if id(r) in self._trusted),
                self.timeout,
            ),
        )

    def is_trusted(self, rule: Rule) -> bool:
        """True for the package's own rules (run without a timeout)."""
        return id(rule) in self._trusted

    @property
    def gate(self) -> Gate:
        """The gate derived from these rules (head, tail, length class, keywords)."""
        return self._gate

    def bucket(self, head: str, length: int = 0, tail: str | None = None) -> Bucket:
        """The rules that could match a line starting with ``head``, ending with ``tail``
        (None: any ending), ``length`` long (see Gate)."""
        return self._gate.bucket(head, length, tail)

    def _derive(self, rules: Iterable[Rule]) -> RuleSet:
        rules = tuple(rules)
        return RuleSet(
            rules, trusted=[r for r in rules if id(r) in self._trusted], timeout=self.timeout
        )

    def without(self, *patterns: str) -> RuleSet:
        """A copy without the rules whose ids match any of ``patterns`` (``fnmatch`` globs)."""
        for pat in patterns:
            if not any(fnmatch.fnmatchcase(r.id, pat) for r in self._rules):
                raise KeyError(f"no rule matches {pat!r}")
        return self._derive(
            r for r in self._rules if not any(fnmatch.fnmatchcase(r.id, p) for p in patterns)
        )

    def only(self, *patterns: str) -> RuleSet:
        """A copy with just the rules whose ids match any of ``patterns``."""
        return self._derive(
            r for r in self._rules if any(fnmatch.fnmatchcase(r.id, p) for p in patterns)
        )

    def with_rules(self, *rules: Rule, first: bool = False) -> RuleSet:
        """A copy with ``rules`` added; a rule with an existing id replaces that rule in place.

        New rules go last (after every package rule), or first with ``first=True``.
        """
        replace = {r.id: r for r in rules}
        kept = [replace.pop(r.id, r) for r in self._rules]
        new = [r for r in rules if r.id in replace]
        return self._derive([*new, *kept] if first else [*kept, *new])


def _rebuild(rules: tuple[Rule, ...], trusted_index: tuple[int, ...], timeout: float) -> RuleSet:
    return RuleSet(rules, trusted=[rules[i] for i in trusted_index], timeout=timeout)
