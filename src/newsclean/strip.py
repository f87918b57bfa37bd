"""Label lines as boilerplate: pass 1 matches each line alone, pass 2 applies context.

Pass 1 is context-free: a line is boilerplate if a rule's pattern matches all of
it. Pass 2 lets each match absorb its neighbours as its rule's ``follow`` steps
describe (a player notice takes the duration and title below it). Both passes
leave a :class:`Hit` per line, or ``None`` for content.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Sequence

import attrs
import regex

from .errors import RuleTimeoutError
from .rules.gate import EDGE_CHARS, Candidate, Mode
from .rules.model import Follow, Rule
from .rules.ruleset import RuleSet
from .types import Kind, Stage


@attrs.frozen(slots=True)
class Hit:
    """The decision that a line is boilerplate: its kind, the rule, the pass, parsed fields."""

    kind: Kind
    rule: str
    stage: Stage
    fields: dict[str, str] = attrs.field(factory=dict, hash=False)
    ends_article: bool = False
    """The rule marks the line as closing an article (see :attr:`Rule.ends_article`)."""
    starts_article: bool = False
    """The rule marks the line as opening a page (see :attr:`Rule.starts_article`)."""
    closes_page: bool = False
    """The rule marks the line as a page's foot (see :attr:`Rule.closes_page`)."""


def _fields(match: regex.Match[str]) -> dict[str, str]:
    return {k: v for k, v in match.groupdict().items() if v is not None}


def match_line(
    text: str, ruleset: RuleSet, offset: int = 0
) -> tuple[Rule, regex.Match[str]] | None:
    """The first rule of ``ruleset`` that matches the whole (stripped) line, with its match."""
    return match_lines([text], ruleset, [offset])[0]


def _match_candidates(
    text: str, candidates: Sequence[Candidate], timeout: float, offset: int
) -> tuple[Rule, regex.Match[str]] | None:
    """Try ``candidates`` in order; one with tests runs when the line holds one of its
    keywords or starts with one of its prefixes."""
    has = text.__contains__
    for rule, mode, keywords, prefixes in candidates:
        if keywords is not None:
            if not any(map(has, keywords)) and (prefixes is None or not text.startswith(prefixes)):
                continue
        elif prefixes is not None and not text.startswith(prefixes):
            continue
        if mode is Mode.TIMED:
            try:
                m = rule.compiled.fullmatch(text, timeout=timeout)
            except TimeoutError:
                raise RuleTimeoutError(rule.id, offset, timeout) from None
        else:
            m = rule.compiled.fullmatch(text)
        if m is not None:
            return rule, m
    return None


def match_lines(
    texts: Sequence[str], ruleset: RuleSet, starts: Sequence[int] | None = None
) -> list[tuple[Rule, regex.Match[str]] | None]:
    """Pass 1: for each stripped line, the first rule that matches all of it, with its match."""
    found: list[tuple[Rule, regex.Match[str]] | None] = [None] * len(texts)
    gate = ruleset.gate
    heads, tails, rows = gate.heads, gate.tails, gate.rows
    limits = gate.limits
    timeout = ruleset.timeout
    # The hot loop: a prose line costs two dict look-ups and an "&" of the branch
    # masks of its head and tail, which for most lines leaves no rule at all; then
    # a bisection, one search for the broad rules' keywords (see Bucket.screen) and
    # the few narrow rules left.
    for i, text in enumerate(texts):
        if not text:
            continue
        head = text[:EDGE_CHARS]
        mask = heads.get(head)
        if mask is None:
            mask = gate.head_mask(head)
        tail = text[-EDGE_CHARS:]
        tail_mask = tails.get(tail)
        mask &= gate.tail_mask(tail) if tail_mask is None else tail_mask
        if not mask:
            continue
        row = rows.get(mask) or gate.row(mask)
        cls = bisect_left(limits, len(text))
        bucket = row[cls] or gate.fill(row, cls)
        screen = bucket.screen
        if screen is not None and screen.search(text) is not None:
            candidates = bucket.candidates  # each tests its own keywords again
        else:
            prefixes = bucket.unarmed_prefixes
            if prefixes is not None and not text.startswith(prefixes):
                continue
            candidates = bucket.unarmed
        if candidates:
            found[i] = _match_candidates(
                text, candidates, timeout, starts[i] if starts is not None else 0
            )
    return found


def label_lines(
    texts: Sequence[str], ruleset: RuleSet, starts: Sequence[int] | None = None
) -> list[Hit | None]:
    """Pass 1 and pass 2 over a sequence of stripped lines; one entry per line."""
    hits: list[Hit | None] = [None] * len(texts)
    anchors: list[tuple[int, Rule, dict[str, str]]] = []
    for i, match in enumerate(match_lines(texts, ruleset, starts)):
        if match is None:
            continue
        rule, m = match
        fields = _fields(m)
        hits[i] = Hit(
            rule.kind,
            rule.id,
            Stage.LINE,
            fields,
            rule.ends_article,
            rule.starts_article,
            rule.closes_page,
        )
        if rule.follow:
            anchors.append((i, rule, fields))
    for i, rule, fields in anchors:
        _apply_follow(texts, hits, i, rule, fields)
    return hits


@functools.lru_cache(maxsize=1024)
def _step_pattern(
    step: Follow, rule_id: str, values: tuple[tuple[str, str], ...]
) -> regex.Pattern[str]:
    return step.compile(rule_id, dict(values))


def _apply_follow(
    texts: Sequence[str], hits: list[Hit | None], i: int, rule: Rule, fields: dict[str, str]
) -> None:
    hit = hits[i]
    if hit is None or hit.rule != rule.id:  # absorbed by an earlier anchor meanwhile
        return
    n = len(texts)
    absorbed: list[tuple[int, Kind]] = []
    after, before = i + 1, i - 1
    for step in rule.follow:
        pattern = _step_pattern(
            step, rule.id, tuple((k, fields.get(k, "")) for k in step.placeholders())
        )
        step_dir = 1 if step.direction == "after" else -1
        j = after if step_dir == 1 else before
        count = 0
        while 0 <= j < n and count < step.max_lines:
            other = hits[j]
            if other is not None and other.kind is step.kind and other.stage is Stage.LINE:
                j += step_dir
                continue
            if other is not None and other.stage is not Stage.LINE:
                break
            text = texts[j]
            if len(text) > step.max_chars or pattern.fullmatch(text) is None:
                break
            # A line pass 1 gave another kind is claimed when the step's pattern fits it:
            # the anchor beside it is better evidence than the line alone (a lone "X"
            # above "This content is provided by X, ..." is the provider, not a share button).
            absorbed.append((j, step.kind))
            count += 1
            j += step_dir
        if step.required and count == 0:
            hits[i] = None
            return
        if step_dir == 1:
            after = j
        else:
            before = j
    for j, kind in absorbed:
        hits[j] = Hit(kind, rule.id, Stage.CONTEXT, fields)
