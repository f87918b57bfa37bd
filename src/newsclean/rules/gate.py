"""The gate: which rules can match a line, judged cheaply before any rule runs.

Nothing here is hand-listed; everything is derived from the rules' patterns, so
a rule a user adds is gated by the same tests as the package's own.

- Head: for the first ``HEAD_CHARS`` characters of a line (its *head*) the gate
  asks each rule's compiled pattern, with the ``regex`` module's partial
  matching, whether some line starting with them could match it whole; the
  answer is cached per head.
- Length: a line longer than a rule's ``max_chars`` never meets that rule.
- Keywords: a *broad* rule (one that lines starting with many letters and
  digits may match, such as a caption that ends in a photo credit) is tried
  only on lines holding one of its required literals (see
  :func:`~newsclean.rules.literals.required_literals`), checked with ``in``.

A :class:`Bucket` gathers, for one head and one length class, the
rules that can match in rule-set order, and the keywords of its broad rules.
An ordinary prose line then costs a dict look-up, a bisection, a few substring
tests and the calls of the few narrow rules its head allows.

A rule whose own example lines would not pass its gate (a corner of partial
matching or of the literal analysis) is not gated that way: the gate can only
let more lines through than strictly needed, never fewer.
"""

from __future__ import annotations

import bisect
import enum
import functools
from collections.abc import Sequence

from .literals import is_weak, required_literals, required_prefixes
from .model import Rule

HEAD_CHARS = 3
"""A line's head, the part the gate files it by: its first three characters."""

MAX_CACHED_HEADS = 65_536
"""Heads remembered; past this many distinct ones, buckets are recomputed."""

PROSE_HEADS = (
    "The",
    "Thi",
    "A s",
    "An ",
    "In ",
    "It ",
    "He ",
    "She",
    "But",
    "Mr ",
    "Ms ",
    "Sin",
    "Aft",
    "Whe",
    "Las",
    "For",
    "Ove",
    "Bri",
    "Gov",
    "Pol",
    "Off",
    "Acc",
    "Res",
    "Fir",
    "Thr",
    "Two",
    "201",
    "“We",
    '"It',
    "Thu",
)
"""Heads that lines of prose often have: a rule few of them may start is *narrow*."""

NARROW_SHARE = 0.2
"""A rule is narrow when at most this share of :data:`PROSE_HEADS` may start a match.

The head then tells well which lines a narrow rule may match; a broad rule (a
caption that ends in a credit, a sentence naming a network) is gated by its
keywords instead."""


class Mode(enum.Enum):
    """How a candidate rule runs once the gate lets a line through."""

    TRUSTED = "trusted"
    """A package rule: run without a timeout."""
    TIMED = "timed"
    """A user rule: run with the rule set's timeout."""


Candidate = tuple[Rule, Mode, tuple[str, ...] | None, tuple[str, ...] | None]
"""A rule of a bucket, how it runs, the keywords one of which a line must hold and the
prefixes one of which it must start with (None: no such test)."""


class Bucket:
    """The rules a line may match, given its head and length class."""

    __slots__ = ("candidates", "keywords", "unarmed", "unarmed_prefixes")

    def __init__(self, candidates: tuple[Candidate, ...]) -> None:
        #: the rules that can match, in rule-set order, with how each runs and its tests
        self.candidates = candidates
        #: the candidates that need no keyword: all that can match a line holding none
        self.unarmed = tuple(c for c in candidates if c[2] is None)
        #: every keyword of the keyword-gated candidates
        self.keywords: tuple[str, ...] = tuple(
            sorted({k for _, _, kws, _ in candidates if kws is not None for k in kws})
        )
        #: when every unarmed candidate has prefixes: all of them (a line starting with
        #: none meets no unarmed candidate); else None
        self.unarmed_prefixes: tuple[str, ...] | None = (
            tuple(sorted({p for _, _, _, ps in self.unarmed if ps is not None for p in ps}))
            if all(ps is not None for _, _, _, ps in self.unarmed)
            else None
        )


class Row(list["Bucket | None"]):
    """The buckets of one head, one place per length class, filled on first use."""

    __slots__ = ("can_start",)

    def __init__(self, limits: Sequence[int], can_start: tuple[int, ...]) -> None:
        super().__init__([None] * (len(limits) + 1))
        #: indices of the rules a line with this head may match
        self.can_start = can_start


def _keywords_of(rule: Rule, lines: list[str]) -> tuple[str, ...] | None:
    """Keywords one of which every match of ``rule`` holds, when they are selective enough.

    None when the pattern names none, when one is weak (most lines hold it) or when
    one of the rule's own example lines holds none of them (the analysis missed
    something).
    """
    required = required_literals(rule.pattern, rule.ignore_case)
    if required is None or any(map(is_weak, required)):
        return None
    if not all(any(k in line for k in required) for line in lines):
        return None
    return tuple(sorted(required))


def _prefixes_of(rule: Rule, lines: list[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``rule`` starts with, checked on its examples."""
    found = required_prefixes(rule.pattern, rule.ignore_case)
    if found is None or not all(line.startswith(found) for line in lines):
        return None
    return found


def _example_lines(rule: Rule, timeout: float) -> list[str] | None:
    """The lines of the rule's examples that the rule itself matches (its anchor lines).

    None when the rule takes longer than ``timeout`` on one of them: such a rule
    is left ungated (and a user rule then reports its timeout on real lines).
    """
    lines = (line.strip() for example in rule.examples for line in example.split("\n"))
    try:
        return [
            line
            for line in lines
            if line and rule.compiled.fullmatch(line, timeout=timeout) is not None
        ]
    except TimeoutError:
        return None


class Gate:
    """The gate over an ordered rule set (see the module's docstring)."""

    __slots__ = (
        "_beyond",
        "_by_key",
        "_first",
        "_initials",
        "_keywords",
        "_modes",
        "_prefixes",
        "_rules",
        "_timeout",
        "_ungated",
        "buckets",
        "limits",
    )

    def __init__(self, rules: Sequence[tuple[Rule, bool]], timeout: float) -> None:
        """``rules`` are ``(rule, trusted)`` pairs in the order the rules are tried."""
        self._rules = tuple(rule for rule, _ in rules)
        self._timeout = timeout
        #: the cache of :meth:`buckets_for` (read it directly in hot loops)
        self.buckets: dict[str, Row] = {}
        self._first: dict[str, tuple[int, ...]] = {}
        #: the length classes: every distinct ``max_chars`` of the rules, ascending
        self.limits: tuple[int, ...] = tuple(sorted({rule.max_chars for rule, _ in rules}))
        self._beyond = self.limits[-1] + 1 if self.limits else 1
        self._by_key: dict[tuple[int, ...], Bucket] = {}
        modes: list[Mode] = []
        keywords: list[tuple[str, ...] | None] = []
        prefixes: list[tuple[str, ...] | None] = []
        ungated: list[bool] = []
        for rule, trusted in rules:
            lines = _example_lines(rule, timeout)
            narrow = sum(map(functools.partial(self._may_start, rule), PROSE_HEADS)) <= (
                NARROW_SHARE * len(PROSE_HEADS)
            )
            kws = None if narrow or lines is None else _keywords_of(rule, lines)
            keywords.append(kws)
            prefixes.append(None if lines is None else _prefixes_of(rule, lines))
            modes.append(Mode.TRUSTED if trusted else Mode.TIMED)
            ungated.append(
                lines is None or not all(self._may_start(rule, line[:HEAD_CHARS]) for line in lines)
            )
        self._modes = tuple(modes)
        self._keywords = tuple(keywords)
        self._prefixes = tuple(prefixes)
        # The first characters of a rule's known prefixes: a cheaper test than
        # partial matching, and as exact.
        self._initials: tuple[frozenset[str] | None, ...] = tuple(
            None if ps is None else frozenset(p[0] for p in ps) for ps in prefixes
        )
        self._ungated = tuple(ungated)

    def _may_start(self, rule: Rule, head: str) -> bool:
        """True when some line starting with ``head`` could fully match ``rule``."""
        try:
            return rule.compiled.fullmatch(head, partial=True, timeout=self._timeout) is not None
        except TimeoutError:
            return True

    def bucket(self, head: str, length: int = 0) -> Bucket:
        """The bucket for lines starting with ``head`` that are ``length`` characters long."""
        row = self.buckets_for(head[:HEAD_CHARS])
        cls = bisect.bisect_left(self.limits, length)
        return row[cls] or self.fill(row, cls)

    def buckets_for(self, head: str) -> Row:
        """The row of buckets for lines whose head is ``head``, one per length class (cached).

        ``head`` is ``line[:HEAD_CHARS]``. Index the row with
        ``bisect.bisect_left(gate.limits, len(line))``: the bucket of class ``i``
        holds the rules whose ``max_chars`` is at least ``limits[i]``. Buckets are
        made on first use: an empty place is filled by :meth:`fill`.
        """
        found = self.buckets.get(head)
        if found is not None:
            return found
        if len(head) > 1:
            first = self._starting(head[:1])
            # A keyword-gated rule is left to its keywords (partial matching on a
            # wildcard start is slow and tells nothing). When no rule of the first
            # character needs the longer head, its row serves: text whose heads are
            # all different (Chinese, Japanese) costs no partial matching per head.
            checked = [k for k in first if not self._ungated[k] and self._keywords[k] is None]
            if checked:
                refused = {k for k in checked if not self._may_start(self._rules[k], head)}
                row = Row(self.limits, tuple(k for k in first if k not in refused))
            else:
                row = self.buckets_for(head[:1])
        else:
            row = Row(self.limits, self._starting(head))
        if len(self.buckets) < MAX_CACHED_HEADS:
            self.buckets[head] = row
        return row

    def fill(self, row: Row, cls: int) -> Bucket:
        """Make the bucket of length class ``cls`` in ``row`` and return it."""
        limit = self.limits[cls] if cls < len(self.limits) else self._beyond
        bucket = self._bucket(tuple(k for k in row.can_start if self._rules[k].max_chars >= limit))
        row[cls] = bucket
        return bucket

    def _starting(self, char: str) -> tuple[int, ...]:
        """Indices of the rules some line starting with ``char`` may match (cached)."""
        found = self._first.get(char)
        if found is None:
            found = tuple(
                k
                for k, rule in enumerate(self._rules)
                if self._ungated[k] or self._keywords[k] is not None or self._opens(k, char)
            )
            if len(self._first) < MAX_CACHED_HEADS:
                self._first[char] = found
        return found

    def _opens(self, k: int, char: str) -> bool:
        """True when a line starting with ``char`` may match rule ``k``."""
        initials = self._initials[k]
        if initials is not None:
            return char in initials
        return self._may_start(self._rules[k], char)

    def _bucket(self, key: tuple[int, ...]) -> Bucket:
        bucket = self._by_key.get(key)
        if bucket is None:
            bucket = self._by_key[key] = Bucket(
                tuple(
                    (self._rules[k], self._modes[k], self._keywords[k], self._prefixes[k])
                    for k in key
                )
            )
        return bucket
