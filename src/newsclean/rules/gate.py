"""The gate: which rules can match a line, judged cheaply before any rule runs.

Nothing here is hand-listed; everything is derived from the rules' patterns, so
a rule a user adds is gated by the same tests as the package's own.

Each rule is read as its top-level alternatives (*branches*: a caption rule may
be "starts with 'Caption: '" or "ends in a credit in brackets"); a rule can
match a line only when one of its branches can. A branch is judged by:

- Head: from the first ``EDGE_CHARS`` characters of a line (its *head*), the
  ``regex`` module's partial matching tells whether some line starting with
  them could match the branch whole.
- Tail: the same from the last ``EDGE_CHARS`` characters (its *tail*), with the
  branch compiled to match backwards (``regex.REVERSE``).
- Keywords: a branch that lines of ordinary prose may both start and end (a
  sentence that names a newsletter) is tried only on lines holding one of its
  required literals (see :func:`~newsclean.rules.literals.required_literals`).
  A line meets all the keywords of its bucket in one search (see
  :func:`~newsclean.rules.literals.screen`); a rule it finds one for checks
  its own with ``in``.
- Length: a line longer than a rule's ``max_chars`` never meets that rule.

The answers for a head and for a tail are bit masks over all branches, cached
per string; their ``&`` is the set of branches a line may meet. For prose
(heads like "The", tails like "ed.") it is empty for most rules, so an
ordinary line costs two dict look-ups and an ``&``. A :class:`Bucket` gathers,
for one mask and one length class, the rules left in rule-set order and the
keywords of their branches.

Head and tail are judged on the branch with its word-boundary assertions and
lookarounds removed (:func:`~newsclean.rules.literals.relax`): an assertion at the
edge of three characters would otherwise be judged without the character beyond.

A branch whose own example lines would not pass its gate (a corner of partial
matching or of the literal analysis) is not gated at all, and a rule whose
pattern cannot be split safely is one branch: the gate can only let more lines
through than strictly needed, never fewer.
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Callable, Sequence

import regex

from .literals import (
    coarsen,
    is_weak,
    relax,
    required_literals,
    required_prefixes,
    screen,
    split_alternatives,
)
from .model import Rule

EDGE_CHARS = 3
"""A line's head and tail, the parts the gate files it by: its first and last three characters."""

MAX_CACHED_HEADS = 65_536
"""Heads (and, separately, tails) remembered; past this many, masks are recomputed."""

MAX_CACHED_ROWS = 4_096
"""Distinct branch masks whose buckets are remembered (and distinct buckets shared)."""

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
"""Heads that lines of prose often have."""

PROSE_TAILS = (
    "es.",
    "id.",
    "on.",
    "ed.",
    "er.",
    "ts.",
    "ay.",
    "rs.",
    "ng.",
    "nt.",
    "ns.",
    "ry.",
    'e."',
    "me.",
    "ce.",
    's."',
    "ar.",
    "le.",
    "ds.",
    "te.",
    "se.",
    "re.",
    "st.",
    "ly.",
    "ss.",
    't."',
    "ty.",
    "al.",
    "e.”",
    "ks.",
)
"""Tails that lines of prose often have."""

NARROW_SHARE = 0.2
"""A branch is narrow at one end when at most this share of prose heads (tails) may be its own.

That end then tells well which lines the branch may match, and is checked on
all three characters; at a broad end only the first (last) character is checked."""


class Mode(enum.Enum):
    """How a candidate rule runs once the gate lets a line through."""

    TRUSTED = "trusted"
    """A package rule: run without a timeout."""
    TIMED = "timed"
    """A user rule: run with the rule set's timeout."""


Candidate = tuple[Rule, Mode, tuple[str, ...] | None, tuple[str, ...] | None]
"""A rule of a bucket, how it runs, its keywords and its prefixes (None: no such test).

A line may meet the rule only when it holds one of the keywords or starts with one of
the prefixes (each branch of the rule left has one test or the other); a rule with
neither test is always tried."""


class Bucket:
    """The rules a line may match, given its branch mask and length class."""

    __slots__ = ("candidates", "keywords", "screen", "unarmed", "unarmed_prefixes")

    def __init__(self, candidates: tuple[Candidate, ...]) -> None:
        #: the rules that can match, in rule-set order, with how each runs and its tests
        self.candidates = candidates
        #: the candidates that can match a line holding no keyword (by a prefix or untested)
        self.unarmed = tuple(c for c in candidates if c[2] is None or c[3] is not None)
        #: strings one of which a line holding any keyword of the keyword-gated candidates
        #: holds (their keywords, coarsened: fewer strings to search for)
        self.keywords: tuple[str, ...] = tuple(
            sorted(coarsen({k for _, _, kws, _ in candidates if kws is not None for k in kws}))
        )
        #: one search that finds a match in every line holding one of the keywords
        #: (and in a few others), cheaper than testing them one by one
        self.screen = screen(self.keywords)
        #: when every unarmed candidate has prefixes: all of them (a line starting with
        #: none meets no unarmed candidate); else None
        self.unarmed_prefixes: tuple[str, ...] | None = (
            tuple(sorted({p for _, _, _, ps in self.unarmed if ps is not None for p in ps}))
            if all(ps is not None for _, _, _, ps in self.unarmed)
            else None
        )


class Row(list["Bucket | None"]):
    """The buckets of one branch mask, one place per length class, filled on first use."""

    __slots__ = ("mask",)

    def __init__(self, limits: Sequence[int], mask: int) -> None:
        super().__init__([None] * (len(limits) + 1))
        #: the branches a line filed here may meet
        self.mask = mask


class _Branch:
    """One top-level alternative of a rule, with what the gate knows about it."""

    __slots__ = (
        "backward",
        "forward",
        "head_narrow",
        "initials",
        "keywords",
        "open",
        "prefixes",
        "rule",
        "tail_narrow",
    )

    def __init__(
        self,
        rule: int,
        forward: regex.Pattern[str],
        backward: regex.Pattern[str] | None,
        prefixes: tuple[str, ...] | None,
    ) -> None:
        self.rule = rule
        self.forward = forward
        #: the branch compiled to match backwards; None: its tail tells nothing
        self.backward = backward
        self.prefixes = prefixes
        #: the first characters of its known prefixes: as exact as partial matching, cheaper
        self.initials = None if prefixes is None else frozenset(p[0] for p in prefixes)
        self.keywords: tuple[str, ...] | None = None
        self.head_narrow = False
        self.tail_narrow = False
        #: not gated at all (its examples showed the gate would refuse a real match)
        self.open = False


def _keywords_of(pattern: str, ignore_case: bool, lines: list[str]) -> tuple[str, ...] | None:
    """Keywords one of which every match of ``pattern`` holds, when they are selective enough.

    None when the pattern names none, when one is weak (most lines hold it) or when
    one of ``lines`` (its own matches among the examples) holds none of them (the
    analysis missed something).
    """
    required = required_literals(pattern, ignore_case)
    if required is None or any(map(is_weak, required)):
        return None
    if not all(any(k in line for k in required) for line in lines):
        return None
    return tuple(sorted(required))


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


def _partial(pattern: regex.Pattern[str], text: str, timeout: float) -> bool:
    """True when a string with ``text`` where ``pattern`` starts reading could match it whole."""
    try:
        return pattern.fullmatch(text, partial=True, timeout=timeout) is not None
    except TimeoutError:
        return True


class Gate:
    """The gate over an ordered rule set (see the module's docstring)."""

    __slots__ = (
        "_beyond",
        "_branches",
        "_by_key",
        "_firsts",
        "_lasts",
        "_modes",
        "_rules",
        "_timeout",
        "heads",
        "limits",
        "rows",
        "tails",
    )

    def __init__(self, rules: Sequence[tuple[Rule, bool]], timeout: float) -> None:
        """``rules`` are ``(rule, trusted)`` pairs in the order the rules are tried."""
        self._rules = tuple(rule for rule, _ in rules)
        self._modes = tuple(Mode.TRUSTED if trusted else Mode.TIMED for _, trusted in rules)
        self._timeout = timeout
        #: the length classes: every distinct ``max_chars`` of the rules, ascending
        self.limits: tuple[int, ...] = tuple(sorted({rule.max_chars for rule, _ in rules}))
        self._beyond = self.limits[-1] + 1 if self.limits else 1
        branches: list[_Branch] = []
        for k, rule in enumerate(self._rules):
            branches += self._branches_of(k, rule)
        self._branches = tuple(branches)
        #: branch mask per head (read it directly in hot loops; see :meth:`head_mask`)
        self.heads: dict[str, int] = {}
        #: branch mask per tail (see :meth:`tail_mask`)
        self.tails: dict[str, int] = {}
        #: buckets per branch mask (see :meth:`row`)
        self.rows: dict[int, Row] = {}
        self._firsts: dict[str, int] = {}
        self._lasts: dict[str, int] = {}
        self._by_key: dict[tuple[int, ...], Bucket] = {}

    def _branches_of(self, k: int, rule: Rule) -> list[_Branch]:
        flags = regex.VERSION1 | (regex.IGNORECASE if rule.ignore_case else 0)
        lines = _example_lines(rule, self._timeout)
        whole = _Branch(k, rule.compiled, None, None)
        whole.open = True
        if lines is None:
            return [whole]
        sources = split_alternatives(rule.pattern) or [rule.pattern]
        branches: list[_Branch] = []
        matched: list[list[str]] = []
        try:
            for source in sources:
                exact = regex.compile(source, flags)
                relaxed = relax(source)
                if relaxed is None:
                    return [whole]
                forward = regex.compile(relaxed, flags)
                backward = regex.compile(relaxed, flags | regex.REVERSE)
                branch = _Branch(k, forward, backward, required_prefixes(source, rule.ignore_case))
                own = [line for line in lines if exact.fullmatch(line, timeout=self._timeout)]
                branches.append(branch)
                matched.append(own)
        except (regex.error, TimeoutError):
            return [whole]
        if not all(any(line in own for own in matched) for line in lines):
            return [whole]  # the split lost a match: do not trust it
        for branch, source, own in zip(branches, sources, matched, strict=True):
            self._judge(branch, source, rule.ignore_case, own)
        return branches

    def _judge(self, branch: _Branch, source: str, ignore_case: bool, own: list[str]) -> None:
        """Set how ``branch`` (read from ``source``) is gated, and open it if its own
        matches ``own`` would not pass."""
        branch.head_narrow = self._narrow(branch.forward, PROSE_HEADS)
        if not branch.head_narrow:  # a narrow head gates well; keywords would only add tests
            branch.keywords = _keywords_of(source, ignore_case, own)
        branch.tail_narrow = branch.backward is not None and self._narrow(
            branch.backward, PROSE_TAILS
        )
        if branch.prefixes is not None and not all(
            line.startswith(branch.prefixes) for line in own
        ):
            branch.prefixes = branch.initials = None
        passes = all(
            self._head_allows(branch, line[:EDGE_CHARS])
            and self._tail_allows(branch, line[-EDGE_CHARS:])
            and (branch.keywords is None or any(k in line for k in branch.keywords))
            for line in own
        )
        if not passes:
            branch.open = True
            branch.keywords = branch.prefixes = branch.initials = None

    def _narrow(self, pattern: regex.Pattern[str], edges: Sequence[str]) -> bool:
        allowed = sum(_partial(pattern, edge, self._timeout) for edge in edges)
        return allowed <= NARROW_SHARE * len(edges)

    def _head_allows(self, branch: _Branch, head: str) -> bool:
        """True when a line starting with ``head`` may match ``branch``."""
        if branch.open:
            return True
        if branch.initials is not None and head[:1] not in branch.initials:
            return False
        if not branch.head_narrow:
            if branch.keywords is not None:
                return True  # left to its keywords (partial matching of a wildcard start is slow)
            head = head[:1]
        return _partial(branch.forward, head, self._timeout)

    def _tail_allows(self, branch: _Branch, tail: str) -> bool:
        """True when a line ending with ``tail`` may match ``branch``."""
        if branch.open or branch.backward is None:
            return True
        if not branch.tail_narrow:
            if branch.keywords is not None:
                return True
            tail = tail[-1:]
        return _partial(branch.backward, tail, self._timeout)

    def _mask(
        self,
        edge: str,
        single: dict[str, int],
        one_char: str,
        allows: Callable[[_Branch, str], bool],
        narrow: Callable[[_Branch], bool],
    ) -> int:
        """The mask of branches ``allows`` lets through for ``edge`` (one char first, cached)."""
        first = single.get(one_char)
        if first is None:
            first = 0
            for bit, branch in enumerate(self._branches):
                if allows(branch, one_char):
                    first |= 1 << bit
            if len(single) < MAX_CACHED_HEADS:
                single[one_char] = first
        if len(edge) == 1:
            return first
        mask = first
        for bit, branch in enumerate(self._branches):
            if mask >> bit & 1 and narrow(branch) and not allows(branch, edge):
                mask &= ~(1 << bit)
        return mask

    def head_mask(self, head: str) -> int:
        """The branches a line starting with ``head`` (``line[:EDGE_CHARS]``) may meet (cached)."""
        mask = self._mask(
            head, self._firsts, head[:1], self._head_allows, lambda b: b.head_narrow and not b.open
        )
        if len(self.heads) < MAX_CACHED_HEADS:
            self.heads[head] = mask
        return mask

    def tail_mask(self, tail: str) -> int:
        """The branches a line ending with ``tail`` (``line[-EDGE_CHARS:]``) may meet (cached)."""
        mask = self._mask(
            tail, self._lasts, tail[-1:], self._tail_allows, lambda b: b.tail_narrow and not b.open
        )
        if len(self.tails) < MAX_CACHED_HEADS:
            self.tails[tail] = mask
        return mask

    def row(self, mask: int) -> Row:
        """The row of buckets for lines that may meet the branches of ``mask`` (cached).

        Index it with ``bisect.bisect_left(gate.limits, len(line))``: the bucket
        of class ``i`` holds the rules whose ``max_chars`` is at least
        ``limits[i]``. Buckets are made on first use: fill an empty place with
        :meth:`fill`.
        """
        found = self.rows.get(mask)
        if found is None:
            found = Row(self.limits, mask)
            if len(self.rows) < MAX_CACHED_ROWS:
                self.rows[mask] = found
        return found

    def bucket(self, head: str, length: int = 0, tail: str | None = None) -> Bucket:
        """The bucket for lines starting with ``head``, ending with ``tail`` (None: any
        ending), ``length`` characters long."""
        mask = self.heads.get(head[:EDGE_CHARS])
        if mask is None:
            mask = self.head_mask(head[:EDGE_CHARS])
        if tail is not None:
            tail_mask = self.tails.get(tail[-EDGE_CHARS:])
            mask &= self.tail_mask(tail[-EDGE_CHARS:]) if tail_mask is None else tail_mask
        row = self.row(mask)
        cls = bisect.bisect_left(self.limits, length)
        return row[cls] or self.fill(row, cls)

    def fill(self, row: Row, cls: int) -> Bucket:
        """Make the bucket of length class ``cls`` in ``row`` and return it."""
        limit = self.limits[cls] if cls < len(self.limits) else self._beyond
        bits = tuple(
            bit
            for bit, branch in enumerate(self._branches)
            if row.mask >> bit & 1 and self._rules[branch.rule].max_chars >= limit
        )
        bucket = self._by_key.get(bits)
        if bucket is None:
            by_rule: dict[int, list[_Branch]] = {}
            for bit in bits:  # branches are in rule order
                branch = self._branches[bit]
                by_rule.setdefault(branch.rule, []).append(branch)
            bucket = Bucket(tuple(self._candidate(k, live) for k, live in by_rule.items()))
            if len(self._by_key) < MAX_CACHED_ROWS:
                self._by_key[bits] = bucket
        row[cls] = bucket
        return bucket

    def _candidate(self, k: int, live: list[_Branch]) -> Candidate:
        """Rule ``k`` as a candidate, given which of its branches a line may meet.

        Each branch left is tested by its keywords if it has them, else by its
        prefixes if it has them; a branch with neither leaves the rule untested.
        """
        keywords: set[str] = set()
        prefixes: set[str] = set()
        for branch in live:
            if branch.keywords is not None:
                keywords.update(branch.keywords)
            elif branch.prefixes is not None:
                prefixes.update(branch.prefixes)
            else:
                return (self._rules[k], self._modes[k], None, None)
        return (
            self._rules[k],
            self._modes[k],
            tuple(sorted(keywords)) if keywords else None,
            tuple(sorted(prefixes)) if prefixes else None,
        )
