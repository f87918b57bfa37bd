"""Literal strings a pattern cannot match without: the keyword half of the gate.

:func:`required_literals` reads a pattern with the ``regex`` module's own parser
and returns a set of strings of which every full match contains at least one
(``"Photo"`` or ``"Image"`` for a caption rule that ends in a credit), or
``None`` when it cannot tell. It only ever answers from what it understands:
case-sensitive characters in sequence, groups, alternations, and repeats of at
least one; anything else (classes, case-insensitive parts, lookarounds, fuzzy
matching, constructs of a future ``regex`` version) counts as "no requirement",
so a wrong answer can only let more lines through, never fewer. The parser is a
private part of ``regex``: if it is missing or changed, every answer is ``None``.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import regex

Requirement = frozenset[str]


COMMON_CHARS = frozenset(" .,;:-'\"/()!?&")
"""Punctuation that ordinary prose is full of."""

WEAK_KEYWORD_CHARS = 3
"""A keyword shorter than this made of letters, digits or common punctuation is weak."""


def is_weak(keyword: str) -> bool:
    """True for a keyword most prose lines hold ("by", "-", "("); "©" or "[" is not weak."""
    return len(keyword) < WEAK_KEYWORD_CHARS and all(
        c.isalnum() or c in COMMON_CHARS for c in keyword
    )


GOOD_KEYWORD_CHARS = 5
"""Keywords at least this long rarely occur in prose by chance ("Photo", not " by ")."""


def search_cost(req: Requirement) -> float:
    """What testing a line for ``req`` costs, relatively: a substring search of the line
    per keyword, each about the line's length over the keyword's (the search skips ahead
    by the keyword's length)."""
    return sum(1 / len(k) for k in req)


def _best(options: list[Requirement]) -> Requirement | None:
    """The cheapest selective requirement.

    No weak keyword first, then keywords all of ``GOOD_KEYWORD_CHARS`` or more
    (they rarely occur by chance), then the fewest (each is one call per line),
    then the lowest :func:`search_cost`.
    """
    if not options:
        return None
    return min(
        options,
        key=lambda req: (
            any(map(is_weak, req)),
            min(map(len, req)) < GOOD_KEYWORD_CHARS,
            len(req),
            search_cost(req),
        ),
    )


COARSE_MIN_ALNUM = 6
"""Keywords are merged into a shared part only when it has this many letters or digits."""


def _shared(a: str, b: str) -> str:
    """The longest string ``a`` and ``b`` both contain."""
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            if a[i:j] not in b:
                break
            best = a[i:j]
    return best


@functools.lru_cache(maxsize=1 << 16)
def _merge_part(a: str, b: str) -> str:
    """The part ``a`` and ``b`` share if it is long enough to stand for both, else "".

    (Cached: :func:`coarsen` asks again about the same pairs after every merge, and the
    buckets of a rule set share most of their keywords.)
    """
    part = _shared(a, b)
    return part if sum(c.isalnum() for c in part) >= COARSE_MIN_ALNUM else ""


def coarsen(keywords: set[str]) -> Requirement:
    """Fewer strings, one of which occurs in any text holding one of ``keywords``.

    Strings that contain another are dropped (see :func:`minimal`), and two that
    share a part of at least ``COARSE_MIN_ALNUM`` letters or digits ("Download
    our " and "Download the ") are replaced by it: one substring test instead
    of two, and a part that long still rarely occurs in prose by chance.

    (The gate builds its buckets on first use and most share their keyword sets:
    the work is cached by set, so a fresh process pays it once per distinct set.)
    """
    return _coarsen(frozenset(keywords))


@functools.lru_cache(maxsize=1024)
def _coarsen(keywords: frozenset[str]) -> Requirement:
    out = set(minimal(set(keywords)))
    merged = True
    while merged:
        merged = False
        for a in sorted(out):
            for b in sorted(out):
                if a >= b:
                    continue
                part = _merge_part(a, b)
                if part:
                    out = set(minimal((out - {a, b}) | {part}))
                    merged = True
                    break
            if merged:
                break
    return frozenset(out)


PROSE_CHARS = " etaoinsrhldcumfpgwybvk.,"
"""Characters of English prose, most frequent first; any other character counts as rare."""

SCREEN_MIN_CHARS = 3
"""A screen string keeps at least this many characters of its keyword (all of a shorter one)."""

SCREEN_ROUNDS = 5
"""Rounds of moving screen strings onto first characters other strings already use."""


def _rarity(char: str) -> int:
    """Lower for rarer characters: a rank in :data:`PROSE_CHARS`, 0 for any other."""
    i = PROSE_CHARS.find(char)
    return 0 if i < 0 else len(PROSE_CHARS) - i


def screen_strings(keywords: Iterable[str]) -> dict[str, str]:
    """For each keyword, a part of it from some character on, keeping at least
    ``SCREEN_MIN_CHARS`` characters ("wsletter" for "ewsletter").

    Any text holding a keyword holds its part. A search for the alternation of the
    parts tries only positions whose character starts one of them, so the parts
    start at rare characters, and then, round by round, at a character another
    part starts with (a first character already paid for is free).
    """
    words = sorted(set(keywords))
    starts = {k: _cheapest_start(k, frozenset()) for k in words}
    for _ in range(SCREEN_ROUNDS):
        changed = False
        for k in words:
            best = _cheapest_start(
                k, frozenset(w[starts[w] : starts[w] + 1] for w in words if w != k)
            )
            if best != starts[k]:
                starts[k], changed = best, True
        if not changed:
            break
    return {k: k[i:] for k, i in starts.items()}


def _cheapest_start(keyword: str, used: frozenset[str]) -> int:
    """Where ``keyword``'s screen string starts: at a character in ``used``, else the
    rarest; the earliest of equals."""

    def cost(i: int) -> tuple[bool, int, int]:
        char = keyword[i : i + 1]
        return (char not in used, _rarity(char), i)

    return min(range(_last(keyword) + 1), key=cost)


def _last(keyword: str) -> int:
    return max(0, len(keyword) - SCREEN_MIN_CHARS)


def screen(keywords: Iterable[str]) -> re.Pattern[str] | None:
    """One compiled search that finds a match in every text holding one of ``keywords``
    (it may find one in a text holding none), or None for no keywords.

    Cached by the set of keywords (see :func:`coarsen`).

    The standard library's ``re`` is used: for an alternation of literals it checks
    each position against the set of first characters in C, which makes the search
    several times cheaper than an ``in`` test per keyword (the ``regex`` module is
    slower here).
    """
    return _screen(frozenset(keywords))


@functools.lru_cache(maxsize=1024)
def _screen(keywords: frozenset[str]) -> re.Pattern[str] | None:
    parts = sorted(set(screen_strings(keywords).values()), key=lambda s: (-len(s), s))
    if not parts:
        return None
    return re.compile("|".join(map(re.escape, parts)))


MAX_STRINGS = 16
"""Exact-string sets larger than this are not expanded further (``[Cc]`` x ``[Oo]`` x ...)."""


def minimal(strings: set[str]) -> Requirement:
    """Drop strings that contain another one of the set (the shorter occurs whenever they do)."""
    return frozenset(s for s in strings if not any(o != s and o in s for o in strings))


def _product(left: frozenset[str], right: frozenset[str]) -> frozenset[str] | None:
    if len(left) * len(right) > MAX_STRINGS:
        return None
    return frozenset(a + b for a in left for b in right)


def _exact(node: Any, core: Any) -> frozenset[str] | None:
    """Every string ``node`` can match, when they are few and known exactly (else None)."""
    if isinstance(node, core.Sequence):
        out: frozenset[str] | None = frozenset(("",))
        for item in node.items:
            part = _exact(item, core)
            if part is None or out is None:
                return None
            out = _product(out, part)
        return out
    if isinstance(node, core.Branch):
        return _branch_union(node, _exact, core)
    if isinstance(node, (core.Group, core.Atomic)):
        return _exact(node.subpattern, core)
    if isinstance(node, core.GreedyRepeat) and node.max_count == 1:
        part = _exact(node.subpattern, core)
        if part is None:
            return None
        return part | {""} if node.min_count == 0 else part
    if type(node) is core.SetUnion and node.positive and node.case_flags == core.NOCASE:
        chars = [_literal_char(item, core) for item in node.items]
        if len(chars) <= MAX_STRINGS and all(c is not None for c in chars):
            return frozenset(c for c in chars if c is not None)
        return None
    char = _literal_char(node, core)
    return None if char is None else frozenset((char,))


def _branch_union(
    node: Any, read: Callable[[Any, Any], frozenset[str] | None], core: Any
) -> frozenset[str] | None:
    """The strings ``read`` gives for the alternatives of ``node``, together, when every
    alternative gives some and they are few."""
    union: set[str] = set()
    for branch in node.branches:
        part = read(branch, core)
        if part is None:
            return None
        union |= part
    return frozenset(union) if len(union) <= MAX_STRINGS else None


def _requirement(node: Any, core: Any) -> Requirement | None:
    if isinstance(node, core.Sequence):
        return _sequence(node.items, core)
    exact = _exact(node, core)
    options = [] if exact is None or "" in exact else [minimal(set(exact))]
    if isinstance(node, core.Branch):
        union: set[str] = set()
        for branch in node.branches:
            req = _requirement(branch, core)
            if req is None:
                break
            union |= req
        else:
            options.append(minimal(union))
        return _best(options)
    if options:
        return options[0]
    if isinstance(node, (core.Group, core.Atomic)):
        return _requirement(node.subpattern, core)
    if isinstance(node, core.GreedyRepeat):  # LazyRepeat and PossessiveRepeat too
        return _requirement(node.subpattern, core) if node.min_count >= 1 else None
    return None


def _literal_char(node: Any, core: Any) -> str | None:
    if (
        type(node) is core.Character
        and node.positive
        and not node.zerowidth
        and node.case_flags == core.NOCASE
    ):
        return chr(node.value)
    return None


def _sequence(items: list[Any], core: Any) -> Requirement | None:
    """The best requirement of a sequence: a run of literal or exactly known parts, or an item's.

    Both the plain literal runs (one string each) and the runs that take small
    classes and optional parts in (``[Cc]opyright`` -> two strings) are options.
    """
    options: list[Requirement] = []
    run: frozenset[str] = frozenset(("",))
    plain: list[str] = []

    def close_run() -> None:
        if "" not in run:
            options.append(minimal(set(run)))

    def close_plain() -> None:
        if plain:
            options.append(frozenset(("".join(plain),)))
            plain.clear()

    for item in items:
        char = _literal_char(item, core)
        if char is not None:
            plain.append(char)
        else:
            close_plain()
        if char is None:
            req = _requirement(item, core)
            if req is not None:
                options.append(req)
        part = _exact(item, core)
        if part is not None:
            joined = _product(run, part)
            if joined is None:
                close_run()
                joined = part
            run = joined
            continue
        close_run()
        run = frozenset(("",))
    close_run()
    close_plain()
    return _best(options)


def _prefixes(node: Any, core: Any) -> frozenset[str] | None:
    """Strings one of which every match of ``node`` starts with ("" among them: no constraint)."""
    if isinstance(node, core.Sequence):
        out: frozenset[str] = frozenset(("",))
        for item in node.items:
            part = _exact(item, core)
            joined = None if part is None else _product(out, part)
            if joined is None:
                if part is None:
                    head = _prefixes(item, core)
                    longer = None if head is None else _product(out, head)
                    if longer is not None:
                        out = longer
                break
            out = joined
        return out
    if isinstance(node, core.Branch):
        return _branch_union(node, _prefixes, core)
    if isinstance(node, (core.Group, core.Atomic)):
        return _prefixes(node.subpattern, core)
    return _exact(node, core)


@functools.lru_cache(maxsize=1024)
def _parse(pattern: str, ignore_case: bool) -> tuple[Any, Any] | None:
    """The ``regex`` module's own parse tree of ``pattern``, with the parser module."""
    core: Any = importlib.import_module("regex._regex_core")
    flags = regex.VERSION1 | (regex.IGNORECASE if ignore_case else 0)
    source = core.Source(pattern)
    info = core.Info(flags, source.char_type, {})
    info.guess_encoding = core.UNICODE
    parsed = core._parse_pattern(source, info)
    return (parsed, core) if source.at_end() else None


_GLOBAL_FLAGS = regex.compile(r"\(\?[a-zA-Z]*(?:-[a-zA-Z]+)?\)")


def _pieces(pattern: str) -> Iterator[tuple[int, str, bool]]:
    """The pieces of ``pattern`` in order: ``(offset, piece, inside a set)``.

    A piece is an escape (a backslash and the character after it) or one character;
    sets nest as in ``regex.VERSION1`` (``[[a-z]--[aeiou]]``), and a "]" first in a set
    is a literal. Raises ``ValueError`` when a set is left open.
    """
    in_set = 0
    set_start = 0  # where a set's first character is: "]" there is a literal
    i = 0
    n = len(pattern)
    while i < n:
        char = pattern[i]
        if char == "\\":
            yield i, pattern[i : i + 2], in_set > 0
            i += 2
            continue
        if in_set:
            if char == "[":
                in_set += 1
                set_start = i + 1
            elif char == "]" and i != set_start:
                in_set -= 1
            yield i, char, True
        elif char == "[":
            in_set = 1
            set_start = i + 2 if pattern.startswith("^", i + 1) else i + 1
            yield i, char, True
        else:
            yield i, char, False
        i += 1
    if in_set:
        raise ValueError("a set is left open")


def split_alternatives(pattern: str) -> list[str] | None:
    """The top-level alternatives of ``pattern`` as patterns of their own, or ``None``.

    ``a(?:b|c)|d`` gives ``["a(?:b|c)", "d"]``; a pattern without a top-level
    ``|`` gives itself. ``None`` when the split cannot be trusted: global inline
    flags (which would then bind only the first alternative), or a count of
    alternatives that disagrees with the ``regex`` module's own parse.
    """
    parts: list[str] = []
    depth = 0
    start = 0
    try:
        for i, piece, in_set in _pieces(pattern):
            if in_set or len(piece) == 2:
                continue
            if piece == "(":
                depth += 1
            elif piece == ")":
                depth -= 1
            elif piece == "|" and depth == 0:
                parts.append(pattern[start:i])
                start = i + 1
    except ValueError:
        return None
    parts.append(pattern[start:])
    if any(_GLOBAL_FLAGS.match(part) for part in parts) or depth:
        return None
    try:
        tree = _parse(pattern, False)
    except Exception:  # any parser trouble means: do not split
        return None
    if tree is None:
        return None
    root, core = tree
    count = len(root.branches) if isinstance(root, core.Branch) else 1
    return parts if count == len(parts) else None


_LOOKAROUND_OPENERS = ("(?=", "(?!", "(?<=", "(?<!")
_EDGE_ASSERTIONS = frozenset("bBmM<>")


def relax(pattern: str) -> str | None:
    """``pattern`` without its word-boundary assertions and lookarounds, or ``None``.

    The relaxed pattern matches every string the pattern matches (and maybe
    more). The gate judges a line by a few characters at its start or end, and
    an assertion met at the edge of those characters would be judged without
    the character beyond it (``\\b`` after "  " fails at the end of a partial
    string whatever follows), so the gate reads relaxed patterns only.
    """
    out: list[str] = []
    depth = 0
    skip_until: list[int] = []  # depths at which a dropped lookaround closes
    try:
        for i, piece, in_set in _pieces(pattern):
            keep = not skip_until
            if in_set:
                pass
            elif len(piece) == 2 and piece[1] in _EDGE_ASSERTIONS:
                piece = ""
            elif piece == "(":
                depth += 1
                if keep and pattern.startswith(_LOOKAROUND_OPENERS, i):
                    skip_until.append(depth)
                    keep = False
            elif piece == ")":
                depth -= 1
                if skip_until and skip_until[-1] == depth + 1:
                    skip_until.pop()
                    continue
            if keep:
                out.append(piece)
    except ValueError:
        return None
    if depth or skip_until:
        return None
    return "".join(out)


def required_prefixes(pattern: str, ignore_case: bool = False) -> tuple[str, ...] | None:
    """Strings one of which every full match of ``pattern`` starts with, or ``None``.

    Read like :func:`required_literals`, and as conservatively: only exactly
    known leading parts count.
    """
    try:
        tree = _parse(pattern, ignore_case)
        found = None if tree is None else _prefixes(*tree)
    except Exception:  # any parser trouble means: no prefix known
        return None
    if not found or "" in found:
        return None
    return tuple(sorted(found))


def required_literals(pattern: str, ignore_case: bool = False) -> Requirement | None:
    """Strings one of which occurs in every full match of ``pattern``, or ``None``.

    ``pattern`` is read as a rule's pattern is compiled (``regex.VERSION1``, and
    ``IGNORECASE`` when ``ignore_case``).
    """
    try:
        tree = _parse(pattern, ignore_case)
        req = None if tree is None else _requirement(*tree)
    except Exception:  # any parser trouble means: no requirement known
        return None
    if req is None or not req or "" in req:
        return None
    return req
