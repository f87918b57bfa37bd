"""The gate in front of the rules only saves work: it never changes which rule matches a line."""

from __future__ import annotations

import pytest
import regex
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Kind, Rule, RuleSet, default_rules
from newsclean.rules import gate as gate_module
from newsclean.rules.literals import (
    coarsen,
    relax,
    required_literals,
    required_prefixes,
    screen,
    screen_strings,
    split_alternatives,
)
from newsclean.strip import match_line

from .strategies import paragraph


def naive_match(text: str, rules: RuleSet) -> str | None:
    """The id of the first rule, in order, that fully matches ``text`` (no gate at all)."""
    for rule in rules:
        if len(text) <= rule.max_chars and rule.compiled.fullmatch(text) is not None:
            return rule.id
    return None


def gated_match(text: str, rules: RuleSet) -> str | None:
    """The id of the rule :func:`match_line` (gate included) finds, or None."""
    found = match_line(text, rules)
    return None if found is None else found[0].id


def _rule_lines() -> list[str]:
    lines = []
    for rule in default_rules():
        for block in (*rule.examples, *rule.counter_examples):
            lines += [line.strip() for line in block.split("\n") if line.strip()]
    return lines


RULE_LINES = _rule_lines()


def test_every_example_line_meets_the_same_rule_through_the_gate() -> None:
    """Each example and counter-example line of each shipped rule: gate result == no gate."""
    rules = default_rules()
    for line in RULE_LINES:
        assert gated_match(line, rules) == naive_match(line, rules), line


def _mutate(line: str, data: st.DataObject) -> str:
    """The line with a change at its start, its end or inside it."""
    where = data.draw(st.sampled_from(["prefix", "suffix", "insert", "cut", "case"]))
    extra = data.draw(st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=4))
    if where == "prefix":
        return (extra + line).strip()
    if where == "suffix":
        return (line + extra).strip()
    at = data.draw(st.integers(0, len(line)))
    if where == "insert":
        return (line[:at] + extra + line[at:]).strip()
    if where == "cut":
        return line[:at].strip()
    return line.swapcase()


@given(st.data())
def test_gate_agrees_with_plain_matching_on_near_misses(data: st.DataObject) -> None:
    """Rule lines with characters added, cut or case-swapped: the gate never changes the result."""
    line = _mutate(data.draw(st.sampled_from(RULE_LINES)), data)
    assume(line)
    rules = default_rules()
    assert gated_match(line, rules) == naive_match(line, rules)


@given(st.one_of(paragraph(), st.text(max_size=120)))
def test_gate_agrees_with_plain_matching_on_prose_and_noise(text: str) -> None:
    """Prose and arbitrary text: the gate never changes the result."""
    line = text.strip()
    assume(line and "\n" not in line and "\r" not in line)
    rules = default_rules()
    assert gated_match(line, rules) == naive_match(line, rules)


WILDCARD_RULE = Rule(
    id="acme.sponsor-tail",
    kind=Kind.ADVERTISEMENT,
    pattern=r".{1,120}? [-—] sponsored by Acme Corp\.?",
    examples=["Ten walks for the weekend - sponsored by Acme Corp."],
)
RARE_START_RULE = Rule(
    id="acme.bolt",
    kind=Kind.READ_MORE,
    pattern=r"⚡ (?:Breaking|Latest): .{1,80}",
    examples=["⚡ Breaking: ferry services suspended"],
)
FOLDED_RULE = Rule(
    id="acme.strasse",
    kind=Kind.NAVIGATION,
    pattern=r"Hauptstrasse \d+",
    ignore_case=True,
    examples=["Hauptstrasse 12"],
)


def test_user_rules_are_gated_from_their_own_patterns() -> None:
    """A user rule with a wildcard start, a rare first character or case folding still matches."""
    rules = default_rules().with_rules(WILDCARD_RULE, RARE_START_RULE, FOLDED_RULE)
    text = (
        "The pier reopened on Saturday after a year of repairs.\n"
        "Ten walks for the weekend - sponsored by Acme Corp.\n"
        "⚡ Latest: the harbour road is closed\n"
        "HAUPTSTRAßE 7\n"
        "Traders said the first week had been busier than expected."
    )
    feed = newsclean.clean(text, rules=rules, split=False)
    assert [b.rule for b in feed.boilerplate] == ["acme.sponsor-tail", "acme.bolt", "acme.strasse"]
    for line in text.split("\n"):
        assert gated_match(line, rules) == naive_match(line, rules)


def test_wildcard_user_rule_is_gated_by_its_tail_and_rare_rule_by_its_char() -> None:
    """The wildcard rule is left to lines with its tail; the rare rule is filed under its char."""
    rules = default_rules().with_rules(WILDCARD_RULE, RARE_START_RULE)
    keyed = {rule.id for rule, _, _, _ in rules.bucket("T", 50, tail="rp.").candidates}
    assert "acme.sponsor-tail" in keyed
    assert "acme.bolt" not in keyed
    prose = {rule.id for rule, _, _, _ in rules.bucket("T", 50, tail="ay.").candidates}
    assert "acme.sponsor-tail" not in prose
    bolt = {rule.id: prefixes for rule, _, _, prefixes in rules.bucket("⚡", 30).candidates}
    assert bolt["acme.bolt"] == ("⚡ Breaking: ", "⚡ Latest: ")


WIDE_RULE = Rule(
    id="acme.sponsor-note",
    kind=Kind.ADVERTISEMENT,
    pattern=r".{0,120}sponsored by Acme Corp.{0,120}",
    examples=["Ten walks for the weekend, sponsored by Acme Corp, start here"],
)


def test_a_rule_open_at_both_ends_gets_keywords() -> None:
    """A rule any prose line could start and end is tried only on lines holding its literal."""
    rules = default_rules().with_rules(WIDE_RULE)
    keyed = {rule.id: kws for rule, _, kws, _ in rules.bucket("T", 50, tail="ay.").candidates}
    assert keyed["acme.sponsor-note"] is not None
    assert any("sponsored by Acme Corp" in k for k in keyed["acme.sponsor-note"])


def test_lines_longer_than_every_rule_meet_no_rule() -> None:
    """The length class past the longest ``max_chars`` is empty."""
    rules = default_rules()
    longest = max(rule.max_chars for rule in rules)
    assert rules.bucket("I", longest + 1).candidates == ()


SHAPED_PATTERNS = (
    r"(?:Photo|Image)s?(?: [Cc]redit)?: [a-z]{1,10}",
    r"[Cc]opyright (?:\d{4}|[A-Z][a-z]{0,8})",
    r"(?:a|bc)+d",
    r"x?(?:yz|w)",
)
"""Patterns with alternatives, optional parts and classes, for the literal-derivation tests."""


@given(st.data())
def test_required_literals_occur_in_every_match(data: st.DataObject) -> None:
    """Strings generated to match a pattern always hold one of its required literals."""
    pattern = data.draw(
        st.sampled_from(
            [
                *SHAPED_PATTERNS,
                r".{0,5}(?:Read|See) more",
                r"(?:ab){2,3}c",
                r"(?:Follow|Like) (?:us|me) on (?:Twitter|X)",
                r"\d{1,2}:\d{2} (?:AM|PM)?",
            ]
        )
    )
    text = data.draw(st.from_regex(pattern, fullmatch=True))
    assume(regex.fullmatch(pattern, text, flags=regex.VERSION1) is not None)
    required = required_literals(pattern)
    if required is not None:
        assert any(k in text for k in required)


def test_required_prefixes() -> None:
    """Exactly known leading parts are prefixes; anything optional or unknown first is not."""
    assert required_prefixes(r"Image: .+") == ("Image: ",)
    assert required_prefixes(r"(?:Photo|Image)s?: .+") == (
        "Image: ",
        "Images: ",
        "Photo: ",
        "Photos: ",
    )
    assert required_prefixes(r"[Cc]opyright \d{4}") == ("Copyright ", "copyright ")
    assert required_prefixes(r"(?:Read more: )?.+") is None
    assert required_prefixes(r"\bMore") is None
    assert required_prefixes(r"More", ignore_case=True) is None


@given(st.data())
def test_required_prefixes_start_every_match(data: st.DataObject) -> None:
    """Strings generated to match a pattern always start with one of its prefixes."""
    pattern = data.draw(
        st.sampled_from(
            [
                *SHAPED_PATTERNS,
                r"(?:Read|See) more(?: about)?",
                r"(?:ab){2,3}c",
            ]
        )
    )
    text = data.draw(st.from_regex(pattern, fullmatch=True))
    assume(regex.fullmatch(pattern, text, flags=regex.VERSION1) is not None)
    prefixes = required_prefixes(pattern)
    if prefixes is not None:
        assert text.startswith(prefixes)


def test_required_literals_know_their_limits() -> None:
    """Case-insensitive, fuzzy or optional parts give no requirement; literals do."""
    assert required_literals(r"Image: .+") == frozenset({"Image: "})
    assert required_literals(r"[Cc]opyright \d{4}") == frozenset({"opyright "})
    assert required_literals(r"(?:Photo|Picture) by .+") == frozenset({"Photo by ", "Picture by "})
    assert required_literals(r"Advert", ignore_case=True) is None
    assert required_literals(r"(?i:advert)isement") == frozenset({"isement"})
    assert required_literals(r"(?:advert){e<=1}") is None
    assert required_literals(r"(?:Read more)?") is None
    assert required_literals(r"\w+") is None


def test_gate_past_its_cache_limit_still_agrees(monkeypatch: pytest.MonkeyPatch) -> None:
    """With room for two heads and tails, masks are recomputed per line; results stay the same."""
    monkeypatch.setattr(gate_module, "MAX_CACHED_HEADS", 2)
    monkeypatch.setattr(gate_module, "MAX_CACHED_ROWS", 2)
    rules = RuleSet(list(default_rules()), trusted=list(default_rules()))
    for line in RULE_LINES:
        assert gated_match(line, rules) == naive_match(line, rules), line
    assert len(rules.gate.heads) <= 2
    assert len(rules.gate.tails) <= 2
    assert len(rules.gate.rows) <= 2


def test_text_whose_heads_all_differ_is_gated_by_first_character() -> None:
    """Lines in a script no rule starts with all get the mask of their first character."""
    rules = RuleSet(list(default_rules()), trusted=list(default_rules()))
    text = "\n".join(chr(0x4E00 + k) + "的新闻报道在周一发布。" for k in range(200))
    feed = newsclean.clean(text, rules=rules, split=False)
    assert feed.boilerplate == ()
    gate = rules.gate
    heads = dict(gate.heads)
    assert len(heads) == 200
    assert all(mask == gate.head_mask(head[:1]) for head, mask in heads.items())
    assert len(gate.rows) == 1


def test_a_rule_that_ends_in_a_credit_is_gated_by_its_tail() -> None:
    """A line ending like prose does not meet a rule whose every match ends in a bracket."""
    rule = Rule(
        id="acme.credit",
        kind=Kind.CREDIT,
        pattern=r".{1,200} \((?:Photo|Image): [A-Z][a-z]{1,20}\)",
        examples=["The harbour at dawn (Photo: Stevens)"],
    )
    rules = RuleSet([rule])
    assert rules.bucket("The", 40, tail="ay.").candidates == ()
    assert [c[0].id for c in rules.bucket("The", 40, tail="ns)").candidates] == ["acme.credit"]
    assert gated_match("The harbour at dawn (Photo: Stevens)", rules) == "acme.credit"


def test_alternatives_are_split_at_the_top_level_only() -> None:
    """Bars inside groups, sets and escapes stay; global flags or doubt give no split."""
    assert split_alternatives(r"a(?:b|c)|d") == ["a(?:b|c)", "d"]
    assert split_alternatives(r"[|(]x|\|y|z") == ["[|(]x", "\\|y", "z"]
    assert split_alternatives(r"[]|]x|y") == ["[]|]x", "y"]
    assert split_alternatives(r"plain") == ["plain"]
    assert split_alternatives(r"(?i)a|b") is None


@given(st.data())
def test_every_match_of_a_pattern_matches_one_of_its_alternatives(data: st.DataObject) -> None:
    """Strings generated to match a pattern fully match at least one of its split alternatives."""
    pattern = data.draw(st.sampled_from([*SHAPED_PATTERNS, r"[(\[]?(?:ab|c)[)\]]|d[|]e|(?:f|g)h"]))
    text = data.draw(st.from_regex(pattern, fullmatch=True))
    assume(regex.fullmatch(pattern, text, flags=regex.VERSION1) is not None)
    parts = split_alternatives(pattern)
    assert parts is not None
    assert any(regex.fullmatch(p, text, flags=regex.VERSION1) for p in parts)


@given(
    st.sets(st.text(alphabet="abcDE ", min_size=1, max_size=12), min_size=1, max_size=8),
    st.text(alphabet="abcDE ", max_size=40),
)
def test_coarsened_keywords_occur_wherever_a_keyword_does(keywords: set[str], text: str) -> None:
    """A text holding one of the keywords holds one of their coarsened set."""
    coarse = coarsen(keywords)
    assert len(coarse) <= len(keywords)
    if any(k in text for k in keywords):
        assert any(k in text for k in coarse)


def test_coarsening_merges_long_shared_parts_only() -> None:
    """'Download our '/'Download the ' share 'Download '; 'Get our '/'Get the ' share too little."""
    assert coarsen({"Download our ", "Download the ", "Get our ", "Get the "}) == frozenset(
        {"Download ", "Get our ", "Get the "}
    )
    assert coarsen({"Pic", "Picture"}) == frozenset({"Pic"})


@given(
    st.sets(st.text(alphabet="abcDE .*|\\()", max_size=12), min_size=1, max_size=8),
    st.text(alphabet="abcDE .*|\\()", max_size=40),
)
def test_the_screen_finds_every_text_holding_a_keyword(keywords: set[str], text: str) -> None:
    """The one-search screen of a bucket matches wherever one of its keywords occurs
    (regex metacharacters in keywords are literal)."""
    found = screen(keywords)
    assert found is not None
    if any(k in text for k in keywords):
        assert found.search(text) is not None


def test_screen_strings_start_at_rare_characters() -> None:
    """Each keyword is cut to a tail of at least three characters that starts rare."""
    parts = screen_strings({"ewsletter", "Photo", "ab"})
    assert parts == {"ewsletter": "wsletter", "Photo": "Photo", "ab": "ab"}
    assert screen(()) is None


_ATOMS = (
    "a",
    "ab",
    "[ab]",
    r"\d",
    r"\w",
    ".",
    " ",
    r"\.",
    "(?:a|bc)",
    r"\bq",
    r"q\b",
    "(?i:A)",
    "[A-Z]",
    "(?=a)",
    "(?!b)",
    "(?<=a)",
)
_QUANTIFIERS = ("", "?", "*", "+", "{1,3}", "{0,2}?", "++")


@st.composite
def _user_patterns(draw: st.DrawFn) -> str:
    """Small patterns with classes, word boundaries, lookarounds and alternatives
    (in the syntax both ``re``, which generates their matches, and ``regex`` read)."""

    def branch() -> str:
        parts = []
        for atom in draw(st.lists(st.sampled_from(_ATOMS), min_size=1, max_size=4)):
            assertion = atom.startswith(("(?=", "(?!", "(?<=")) or atom.endswith("\\b")
            quantifier = "" if assertion else draw(st.sampled_from(_QUANTIFIERS))
            parts.append(atom + quantifier)
        return "".join(parts)

    return "|".join(branch() for _ in range(draw(st.integers(1, 3))))


@settings(max_examples=60)
@given(st.data())
def test_the_gate_never_refuses_a_match_of_a_user_rule(data: st.DataObject) -> None:
    """A user rule built from random parts meets every line it matches, through the gate
    (case-folding rules too, on lines with their case changed)."""
    pattern = data.draw(_user_patterns())
    ignore_case = data.draw(st.booleans())
    flags = regex.VERSION1 | (regex.IGNORECASE if ignore_case else 0)
    compiled = regex.compile(pattern, flags=flags)
    assume(compiled.fullmatch("") is None)
    lines = [
        line.swapcase() if ignore_case and data.draw(st.booleans()) else line
        for line in data.draw(st.lists(st.from_regex(pattern, fullmatch=True), min_size=2))
        if line and line == line.strip() and "\n" not in line and "\r" not in line
    ]
    lines = [line for line in lines if compiled.fullmatch(line) is not None]
    assume(len(lines) >= 2)
    rule = Rule(
        id="fz.rule",
        kind=Kind.ADVERTISEMENT,
        pattern=pattern,
        ignore_case=ignore_case,
        examples=[lines[0]],
    )
    rules = RuleSet([rule])
    for line in lines[1:]:
        assert gated_match(line, rules) == "fz.rule", (pattern, line)


def test_a_word_boundary_at_the_edge_of_a_head_or_tail_does_not_hide_a_match() -> None:
    """``-{1,3}\\bq+`` matches "---q": the boundary after the head "---" depends on the "q"."""
    starts = Rule(id="acme.dash-q", kind=Kind.TAGS, pattern=r"-{1,3}\bq+", examples=["-q"])
    ends = Rule(id="acme.q-dash", kind=Kind.TAGS, pattern=r"q+\b-{1,3}", examples=["q-"])
    assert gated_match("---q", RuleSet([starts])) == "acme.dash-q"
    assert gated_match("q---", RuleSet([ends])) == "acme.q-dash"


def test_relaxed_patterns_drop_boundaries_and_lookarounds_only() -> None:
    """What the gate reads: the pattern without assertions, escapes and sets kept."""
    assert relax(r"(?!.*\bsaid\b)(?:a|b)\b") == "(?:a|b)"
    assert relax(r"[\b]x\\b") == r"[\b]x\\b"
    assert relax(r"a(?:b(?<=b)c)") == "a(?:bc)"
