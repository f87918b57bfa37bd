"""Bad input: wrong types, empty text, bad or catastrophic user rules."""

from __future__ import annotations

from typing import Any

import pytest

import newsclean
from newsclean import Kind, Rule, RuleError, RuleSet, RuleTimeoutError, default_rules


@pytest.mark.parametrize("value", [b"Advertisement", bytearray(b"x"), memoryview(b"x")])
def test_bytes_are_refused_with_a_hint_to_decode(value: Any) -> None:
    """Bytes-like input raises TypeError naming the type and saying to decode first."""
    with pytest.raises(TypeError, match=type(value).__name__) as info:
        newsclean.clean(value)
    assert "decode" in str(info.value)


@pytest.mark.parametrize("value", [None, 42, 3.5, ["a line"], ("a", "b"), {"text": "a"}])
def test_other_types_are_refused_by_name(value: Any) -> None:
    """Any other non-str input raises TypeError naming its type, for both modes."""
    for split in (True, False):
        with pytest.raises(TypeError, match=type(value).__name__):
            newsclean.clean(value, split=split)


def test_str_subclass_is_accepted() -> None:
    """A subclass of str is text."""

    class Text(str):
        pass

    feed = newsclean.clean(Text("Advertisement\nThe ferry ran late again on Monday."))
    assert [a.text for a in feed.articles] == ["The ferry ran late again on Monday."]


@pytest.mark.parametrize(
    "text", ["", " ", "\n", "\r\n\r\n", " \t\x0b\x0c\r\n", "\u2028\u2029\x85\u3000", "\n" * 1000]
)
def test_empty_or_whitespace_gives_no_articles(text: str) -> None:
    """Empty or whitespace-only text gives a feed with no articles and nothing removed."""
    for split in (True, False):
        feed = newsclean.clean(text, split=split)
        assert feed.articles == ()
        assert feed.boilerplate == ()
        assert feed.text == text


def test_bad_user_pattern_is_rejected_at_load_naming_the_rule() -> None:
    """A pattern that does not compile is a RuleError that names the rule id."""
    with pytest.raises(RuleError, match=r"acme\.broken") as info:
        Rule(id="acme.broken", kind=Kind.ADVERTISEMENT, pattern=r"(Sponsored", examples=["x"])
    assert info.value.rule_id == "acme.broken"


def test_user_pattern_matching_the_empty_line_is_rejected() -> None:
    """A pattern that matches the empty line would match everything: RuleError, rule named."""
    with pytest.raises(RuleError, match=r"acme\.empty"):
        Rule(id="acme.empty", kind=Kind.ADVERTISEMENT, pattern=r"x*", examples=["xx"])


def test_catastrophic_user_pattern_times_out_naming_the_rule() -> None:
    """A user pattern with catastrophic backtracking hits the timeout: RuleTimeoutError names it.

    (``(a+)+b`` itself is no test: the ``regex`` module rejects it in linear time.)
    """
    slow = Rule(id="acme.nested", kind=Kind.ADVERTISEMENT, pattern=r"(a|aa)+b", examples=["aab"])
    rules = default_rules().with_rules(slow)
    # The line starts and ends as a match would (the gate lets it through) and fails in between.
    text = "The pier reopened on Saturday.\n" + "a" * 40 + "caab"
    with pytest.raises(RuleTimeoutError, match=r"acme\.nested") as info:
        newsclean.clean(text, rules=rules)
    assert info.value.rule_id == "acme.nested"
    assert info.value.offset == text.index("a" * 40)


def test_timeout_is_a_rule_set_setting() -> None:
    """A rule set built with a shorter timeout reports sooner; package rules never time out."""
    slow = Rule(id="acme.nested", kind=Kind.ADVERTISEMENT, pattern=r"(x|xx)+y", examples=["xxy"])
    base = default_rules()
    rules = RuleSet([*base, slow], trusted=base.trusted, timeout=0.01)
    with pytest.raises(RuleTimeoutError, match=r"acme\.nested"):
        newsclean.clean("x" * 40 + "zxxy", rules=rules, split=False)
    assert newsclean.clean("x" * 40 + "zxxy", split=False).boilerplate == ()


def test_nested_quantifier_the_engine_handles_is_no_error() -> None:
    """``(a+)+b`` fails fast in the ``regex`` module: no timeout, the line stays content."""
    quick = Rule(id="acme.quick", kind=Kind.ADVERTISEMENT, pattern=r"(a+)+b", examples=["aab"])
    feed = newsclean.clean("a" * 250 + "!", rules=default_rules().with_rules(quick))
    assert feed.boilerplate == ()
