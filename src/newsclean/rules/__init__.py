"""Boilerplate rules as data, grouped by publisher, and the default rule set.

Each publisher module holds a ``RULES`` tuple; :func:`default_rules` puts them
together (publisher-specific rules before generic ones) and compiles them once.
"""

from __future__ import annotations

import functools

from . import (
    ap,
    bbc,
    cnn,
    dailymail,
    dowjones,
    express,
    fox,
    gannett,
    generic,
    guardian,
    nytimes,
    reuters,
    sky,
)
from .model import DEFAULT_MAX_CHARS, Follow, Rule
from .ruleset import USER_RULE_TIMEOUT, RuleSet

PUBLISHER_MODULES = (
    sky,
    bbc,
    reuters,
    ap,
    cnn,
    guardian,
    fox,
    dailymail,
    express,
    gannett,
    dowjones,
    nytimes,
    generic,
)
"""Rule modules in the order their rules are tried."""

__all__ = [
    "DEFAULT_MAX_CHARS",
    "PUBLISHER_MODULES",
    "USER_RULE_TIMEOUT",
    "Follow",
    "Rule",
    "RuleSet",
    "all_rules",
    "default_rules",
]


def all_rules() -> tuple[Rule, ...]:
    """Every rule the package ships, in the order they are tried."""
    return tuple(rule for module in PUBLISHER_MODULES for rule in module.RULES)


@functools.lru_cache(maxsize=1)
def default_rules() -> RuleSet:
    """The package's rule set, compiled once per process."""
    rules = all_rules()
    return RuleSet(rules, trusted=rules)
