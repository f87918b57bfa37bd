"""Every rule the package ships removes its examples and leaves its counter-examples."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.rules import RuleSet, all_rules
from newsclean.strip import label_lines

RULES = all_rules()


def _labels(rule: newsclean.Rule, block: str) -> list[str | None]:
    ruleset = RuleSet([rule], trusted=[rule])
    return [None if h is None else h.rule for h in label_lines(block.split("\n"), ruleset)]


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_examples_are_removed(rule: newsclean.Rule) -> None:
    """Each line of each example is removed by the rule itself."""
    for example in rule.examples:
        assert _labels(rule, example) == [rule.id] * len(example.split("\n")), example


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_counter_examples_are_kept(rule: newsclean.Rule) -> None:
    """A one-line counter-example is not matched; a block's last line stays content."""
    for counter in rule.counter_examples:
        assert _labels(rule, counter)[-1] is None, counter


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_examples_survive_the_full_rule_set(rule: newsclean.Rule) -> None:
    """With every rule loaded, the examples are still boilerplate (of some rule)."""
    for example in rule.examples:
        feed = newsclean.clean(example, split=False)
        assert feed.paragraphs == (), example


def test_rule_ids_are_unique() -> None:
    """No two rules share an id."""
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_is_documented(rule: newsclean.Rule) -> None:
    """Each shipped rule has a description, two examples and a counter-example."""
    assert rule.description, rule.id
    assert len(rule.examples) >= 2, rule.id
    assert len(rule.counter_examples) >= 1, rule.id
