"""Results and rule sets pickle, and a shipped rule set is compiled once per worker process."""

from __future__ import annotations

import pickle

import newsclean
from newsclean.integrations.shared import SharedRules

FEED = (
    "Image: Runners at the start line. Pic: Race organisers\n"
    "More than ten thousand runners took part in the city's first marathon on Sunday.\n"
    "Advertisement\n"
    "Organisers said the route would be the same next year.\n"
)


def test_results_pickle_round_trip() -> None:
    """A Feed (articles, paragraphs, boilerplate, boundaries, cues) survives pickling unchanged."""
    feed = newsclean.clean(FEED)
    again = pickle.loads(pickle.dumps(feed))
    assert again == feed
    assert again.to_dict() == feed.to_dict()
    assert [pickle.loads(pickle.dumps(a)) for a in feed.articles] == list(feed.articles)


def test_rule_set_pickles_and_cleans_the_same() -> None:
    """An unpickled rule set (default or customised) cleans exactly like the original."""
    for rules in (
        newsclean.default_rules(),
        newsclean.default_rules().without("generic.advertisement"),
    ):
        again = pickle.loads(pickle.dumps(rules))
        assert [r.id for r in again] == [r.id for r in rules]
        assert newsclean.clean(FEED, rules=again) == newsclean.clean(FEED, rules=rules)


def test_shared_rules_compile_once_per_process() -> None:
    """However often a SharedRules is unpickled, a process compiles its rule set once."""
    shared = SharedRules.of(newsclean.default_rules().without("generic.advertisement"))
    first = pickle.loads(pickle.dumps(shared)).get()
    second = pickle.loads(pickle.dumps(shared)).get()
    assert first is second
    assert "generic.advertisement" not in first
    assert SharedRules.of(None).get() is newsclean.default_rules()
