"""Users add, disable and replace rules without touching the package."""

from __future__ import annotations

import json
import pickle

import attrs
import pytest

import newsclean
from newsclean import Follow, Kind, Rule, RuleError, default_rules

PROMO = Rule(
    id="acme.promo",
    kind=Kind.ADVERTISEMENT,
    pattern=r"Sponsored by Acme(?: Ltd)?",
    examples=["Sponsored by Acme", "Sponsored by Acme Ltd"],
    counter_examples=["Acme sponsored the town's fireworks this year."],
)
TEXT = (
    "The harbour festival drew record crowds on Saturday.\nSponsored by Acme\n"
    "Organisers said next year's event would run for a whole week."
)


def test_added_rule_removes_its_lines() -> None:
    """A rule added with with_rules() takes effect and is named on the removed piece."""
    feed = newsclean.clean(TEXT, rules=default_rules().with_rules(PROMO))
    assert [(b.kind, b.rule) for b in feed.boilerplate] == [(Kind.ADVERTISEMENT, "acme.promo")]
    assert not default_rules().is_trusted(PROMO)


def test_default_rules_do_not_know_the_user_rule() -> None:
    """Without the user's rule the line is content."""
    assert newsclean.clean(TEXT).boilerplate == ()


def test_without_disables_by_glob() -> None:
    """without() drops rules by id or glob; an unknown id is an error, not a silent no-op."""
    rules = default_rules().without("sky.*")
    assert all(r.publisher != "sky" for r in rules)
    feed = newsclean.clean("Image: A gull on a post. Pic: PA\nThe pier reopened.", rules=rules)
    assert feed.boilerplate == ()
    with pytest.raises(KeyError):
        default_rules().without("nobody.such-rule")


def test_replacing_a_rule_keeps_its_place() -> None:
    """A rule with an existing id replaces that rule in the same position."""
    base = default_rules()
    ids = [r.id for r in base]
    new = attrs.evolve(base["sky.more-on"], pattern=r"More on [A-Z]\w+", max_chars=40)
    replaced = base.with_rules(new)
    assert [r.id for r in replaced] == ids
    assert replaced["sky.more-on"] is new


def test_only_and_first() -> None:
    """only() keeps matching rules; first=True puts new rules before the package's."""
    assert {r.publisher for r in default_rules().only("sky.*")} == {"sky"}
    assert next(iter(default_rules().with_rules(PROMO, first=True))).id == "acme.promo"


def test_rule_validation_names_the_rule() -> None:
    """Malformed rules are rejected at construction with the rule id in the message."""
    with pytest.raises(RuleError, match=r"acme.bad"):
        Rule(id="acme.bad", kind=Kind.ADVERTISEMENT, pattern="(unclosed", examples=["x"])
    with pytest.raises(RuleError, match=r"acme.empty"):
        Rule(id="acme.empty", kind=Kind.ADVERTISEMENT, pattern="x*", examples=["x"])
    with pytest.raises(RuleError, match="example"):
        Rule(id="acme.none", kind=Kind.ADVERTISEMENT, pattern="x", examples=[])
    with pytest.raises(RuleError, match="unknown groups"):
        Rule(
            id="acme.follow",
            kind=Kind.VIDEO_NOTICE,
            pattern="Watch",
            examples=["Watch"],
            follow=[Follow(kind=Kind.VIDEO_TITLE, pattern="{title}")],
        )
    with pytest.raises(RuleError, match=r"publisher.name"):
        Rule(id="NoDot", kind=Kind.ADVERTISEMENT, pattern="x", examples=["x"])


def test_duplicate_ids_are_refused() -> None:
    """A rule set cannot hold two rules with one id."""
    with pytest.raises(RuleError, match="duplicate"):
        newsclean.RuleSet([PROMO, PROMO])


def test_ruleset_and_results_pickle() -> None:
    """Rule sets and results pickle (for process pools and Spark workers)."""
    rules = pickle.loads(pickle.dumps(default_rules().with_rules(PROMO)))
    assert rules.is_trusted(rules["sky.video-notice"])
    assert not rules.is_trusted(rules["acme.promo"])
    feed = newsclean.clean(TEXT, rules=rules)
    assert pickle.loads(pickle.dumps(feed)) == feed


def test_to_dict_is_json() -> None:
    """to_dict() gives plain data that json can write."""
    feed = newsclean.clean("Image: Boats at rest. Pic: PA\nThe regatta was cancelled.")
    data = json.loads(json.dumps(feed.to_dict()))
    assert data["articles"][0]["boilerplate"][0]["fields"] == {
        "caption": "Boats at rest.",
        "credit": "PA",
    }
    assert data["counts"] == {"image_caption": 1}
