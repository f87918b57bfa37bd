"""What the engine integrations share: a rule set compiled once per worker, and record data.

Engines ship a step or a function to their workers by pickling it, often once per
task. :class:`SharedRules` carries a rule set as bytes with a token, and each
worker process unpickles and compiles it only the first time it meets the token.
"""

from __future__ import annotations

import pickle
import uuid
from typing import Any

import attrs

from ..rules import RuleSet, default_rules
from ..types import Article, Feed

ARTICLE_SEPARATOR = "\n\n"
"""Between the cleaned articles of one input when they are kept together (as on the CLI)."""

_COMPILED: dict[str, RuleSet] = {}
"""Rule sets this process has compiled, by token."""


@attrs.frozen(slots=True)
class SharedRules:
    """A rule set that every worker process compiles once, however often it is unpickled.

    ``payload`` is None for the package's default rules (compiled once per process
    by :func:`newsclean.default_rules`).
    """

    token: str
    payload: bytes | None = None

    @classmethod
    def of(cls, rules: RuleSet | None) -> SharedRules:
        """Wrap ``rules`` (None: the default rules) for shipping to workers."""
        if rules is None:
            return cls("default")
        return cls(uuid.uuid4().hex, pickle.dumps(rules))

    def get(self) -> RuleSet:
        """The compiled rule set, from this process's cache after the first call."""
        if self.payload is None:
            return default_rules()
        rules = _COMPILED.get(self.token)
        if rules is None:
            rules = _COMPILED[self.token] = pickle.loads(self.payload)
        return rules


def joined_text(feed: Feed) -> str:
    """The cleaned articles of a feed, separated by a blank line."""
    return ARTICLE_SEPARATOR.join(a.text for a in feed.articles)


def removed_counts(items: Feed | Article) -> dict[str, int]:
    """How many pieces of each kind were removed, by kind name."""
    return {k.value: n for k, n in items.counts().items()}


def removed_pieces(items: Feed | Article) -> list[dict[str, Any]]:
    """Every removed piece as plain data: kind, rule, text, start and end offsets."""
    return [
        {
            "kind": b.kind.value,
            "rule": b.rule,
            "text": b.text,
            "start": b.span.start,
            "end": b.span.end,
        }
        for b in items.boilerplate
    ]
