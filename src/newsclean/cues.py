"""The evidence for an article boundary: what one line says, and what a gap between lines says.

:func:`describe` reads a line once (tokens, names, how it opens, its shape);
:class:`GapCues` turns the lines around a gap into a vector of named cues, using
windows of line descriptions kept by the caller. Every cue is a plain number; a
fitted logistic model (:mod:`newsclean.weights`) weighs them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import attrs
import regex

from .tokens import tokenize, wordset
from .types import Kind

BACK_WINDOW = 12
"""Content lines before a gap that stand for "the article so far" (names, vocabulary)."""

NEAR_WINDOW = 3
"""Content lines on each side of a gap compared for local lexical cohesion."""

FORWARD_WINDOW = 4
"""Content lines after a gap that stand for "the article that may start here"."""

CAPTION_MEMORY = 60
"""How many content lines back a caption is remembered, to notice it repeated."""

HEADLINE_MAX_WORDS = 16
"""A title line has at most this many words ..."""

HEADLINE_MIN_WORDS = 2
"""... and at least this many."""

LONG_LINE_WORDS = 60
"""Word counts are capped here when used as a cue (log scale)."""

END_KINDS = frozenset(
    {
        Kind.CONSENT_PROMPT,
        Kind.RELATED_LINK,
        Kind.NEWSLETTER,
        Kind.SOCIAL,
        Kind.COMMENTS,
        Kind.TAGS,
        Kind.COPYRIGHT,
        Kind.READ_MORE,
    }
)
"""Boilerplate that sits at the end of an article: a boundary may follow it."""

START_KINDS = frozenset({Kind.BYLINE, Kind.DATELINE, Kind.TIMESTAMP, Kind.HEADLINE})
"""Boilerplate that sits at the top of an article: it belongs to the article after a boundary."""

_WORD = regex.compile(r"\S+")
_CAP_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{Lu}'’\-]*\p{Ll}[\p{L}'’\-]*")
_FULL_NAME = regex.compile(
    r"(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\.\s+)?(\p{Lu}\p{Ll}+(?:[\-’']\p{Lu}?\p{Ll}+)?)(?![\p{L}])"
)
_TITLE_REF = regex.compile(
    r"(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor)\.?\s+(\p{Lu}\p{Ll}+)"
)
_OPEN_QUOTE = frozenset("\"“‘'«„「『‹")
_ADDED = regex.compile(
    r"^\W*(?:\p{L}+\s+){0,3}?(?:added|adds|continued|continues|explained|went on|said|says)\b",
    regex.IGNORECASE,
)
_PERFECT = regex.compile(
    r"\b(?:has|have)\s+(?:been\s+|not\s+|also\s+|now\s+|\w+ly\s+)?\w+(?:ed|en|wn|un|ght|ft|de|id|ne)\b"
)
_WEEKDAY = regex.compile(
    r"\b(?:on|last|this|from|since|until|by)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_SENTENCE_BREAK = regex.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"“‘']?[\p{Lu}\p{N}])")
_SENTENCE_END = regex.compile(r"[.!?…。！？][\"'”’)\]」』]*$")
_CLAUSE_END = regex.compile(r"[:,;\-–—]$")
_UPPER_START = regex.compile(r"^[\W_]*[\p{Lu}\p{N}]")
_LOWER_START = regex.compile(r"^[\W_]*\p{Ll}")

PRONOUNS = wordset("he she they it his her their its this these that those we i there them him our")
"""Opening words that point back to something said before: a continuation, not a lead."""

CONNECTIVES = wordset(
    """but and however also meanwhile yet still so or nor although though instead
    moreover furthermore besides then now asked speaking others another both
    such similarly likewise separately elsewhere earlier later"""
)
"""Opening words that link to the previous paragraph."""

NOT_FIRST_NAMES = wordset(
    """The A An In On At For From To By With And But Or Of As If When While After Before
    Mr Mrs Ms Dr Sir Lord Lady Dame Prof Professor President Prime Minister Secretary
    Chancellor Judge Justice King Queen Prince Princess Pope Saint St General Captain
    Chief Director Chairman Chairwoman Senator Governor Mayor Cardinal Father Bishop
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December New North South
    East West United Great Royal National International Labour Conservative
    Democrat Democrats Republican Republicans Liberal His Her Their Its This That These
    Those It He She They We Last Next Former Under Over Premier League Sky News BBC
    World Cup Champions Grand Prix European Union Supreme Court White House Downing
    Street Wall Street Home Office Foreign Office Silicon Valley Hong Kong Los Angeles
    San Francisco Real Madrid Manchester Aston Villa Crystal Palace Formula One"""
)
"""Capitalised words that start a capitalised pair without it being "Firstname Lastname"."""


@attrs.frozen(slots=True)
class LineInfo:
    """What one line says, read once: its kind, tokens, names and shape."""

    kind: Kind | None
    text: str
    tokens: tuple[str, ...]
    caps: frozenset[str]
    surnames: frozenset[str]
    title_refs: frozenset[str]
    words: int
    sentences: int
    opener: str
    quote_opener: bool
    added_opener: bool
    lower_opener: bool
    perfect: bool
    weekday: bool
    ends_sentence: bool
    ends_clause: bool
    headline_shaped: bool


def _opener(text: str) -> str:
    m = regex.search(r"\p{L}+", text[:40])
    return m.group().lower() if m is not None else ""


def describe(text: str, kind: Kind | None) -> LineInfo:
    """Read a stripped line once; ``kind`` is its boilerplate kind or ``None`` for content."""
    if kind is not None:
        return LineInfo(
            kind, text, (), frozenset(), frozenset(), frozenset(), 0, 0, "",
            False, False, False, False, False, False, False, False,
        )  # fmt: skip
    toks = tokenize(text)
    words = len(_WORD.findall(text))
    caps_all = _CAP_WORD.findall(text)
    caps = frozenset(w.lower() for w in caps_all[1:] if len(w) >= 3)
    surnames = frozenset(
        m.group(2).lower()
        for m in _FULL_NAME.finditer(text)
        if m.group(1) not in NOT_FIRST_NAMES and m.group(2) not in NOT_FIRST_NAMES
    )
    title_refs = frozenset(m.group(1).lower() for m in _TITLE_REF.finditer(text))
    head = text[:160]
    ends_sentence = _SENTENCE_END.search(text) is not None
    return LineInfo(
        kind=None,
        text=text,
        tokens=tuple(toks),
        caps=caps,
        surnames=surnames,
        title_refs=title_refs,
        words=words,
        sentences=len(_SENTENCE_BREAK.findall(text)) + 1,
        opener=_opener(text),
        quote_opener=text[:1] in _OPEN_QUOTE,
        added_opener=_ADDED.match(text[:60]) is not None,
        lower_opener=_LOWER_START.match(text) is not None,
        perfect=_PERFECT.search(head) is not None,
        weekday=_WEEKDAY.search(text) is not None,
        ends_sentence=ends_sentence,
        ends_clause=_CLAUSE_END.search(text) is not None,
        headline_shaped=(
            HEADLINE_MIN_WORDS <= words <= HEADLINE_MAX_WORDS
            and not ends_sentence
            and _UPPER_START.match(text) is not None
            and not text.endswith((",", ";", ":"))
        ),
    )


CUE_NAMES: tuple[str, ...] = (
    "bias",
    "near_cohesion",
    "pair_cohesion",
    "lead_seen_before",
    "lead_seen_after",
    "next_seen_before",
    "after_seen_before",
    "new_full_name",
    "known_name_continues",
    "known_title_ref",
    "unknown_title_ref",
    "caps_seen_before",
    "pronoun_opener",
    "connective_opener",
    "quote_opener",
    "added_opener",
    "lowercase_opener",
    "lead_perfect",
    "lead_weekday",
    "lead_one_sentence",
    "lead_words",
    "lead_longer_than_next",
    "prev_words",
    "prev_sentence_end",
    "prev_clause_end",
    "prev_quote_end",
    "title_before_lead",
    "after_title",
    "end_block_before",
    "start_block_before",
    "caption_before",
    "caption_repeats_ahead",
    "lead_no_tokens",
    "unspaced_script",
)
"""The cues of a gap, in the order of the weight vector."""

CUE_PHRASES: dict[str, str] = {
    "near_cohesion": "vocabulary shared across the gap",
    "pair_cohesion": "the two lines share words",
    "lead_seen_before": "the next line's words were used before",
    "lead_seen_after": "the next line's words recur after it",
    "next_seen_before": "the line after the next repeats earlier words",
    "after_seen_before": "the lines ahead repeat earlier words",
    "new_full_name": "a new full name is introduced",
    "known_name_continues": "a name from before continues",
    "known_title_ref": "'Mr/Ms X' refers to someone named before",
    "unknown_title_ref": "'Mr/Ms X' refers to someone not named before",
    "caps_seen_before": "proper nouns from before recur",
    "pronoun_opener": "opens with a pronoun",
    "connective_opener": "opens with a connective ('But', 'Also')",
    "quote_opener": "opens with a quote",
    "added_opener": "opens like 'He added:'",
    "lowercase_opener": "opens in lower case",
    "lead_perfect": "lead shape 'X has done Y'",
    "lead_weekday": "lead names a weekday",
    "lead_one_sentence": "a one-sentence lead",
    "lead_words": "length of the next line",
    "lead_longer_than_next": "next line is shorter than the one after",
    "prev_words": "length of the previous line",
    "prev_sentence_end": "the previous line ends a sentence",
    "prev_clause_end": "the previous line ends mid-sentence",
    "prev_quote_end": "the previous line ends with a quote",
    "title_before_lead": "a title-shaped line before a lead",
    "after_title": "the previous line is title-shaped",
    "end_block_before": "an end-of-article block (embed, links) before",
    "start_block_before": "a byline/dateline before",
    "caption_before": "an image caption before",
    "caption_repeats_ahead": "a caption seen earlier repeats ahead",
    "lead_no_tokens": "the next line has no topic words",
    "unspaced_script": "text in a script without spaces",
}
"""Short human-readable phrases for the cues, used in :attr:`Boundary.reason`."""

_CLOSE_QUOTES = ("”", '"', "’", "'", "»", "」", "』")


def _share(tokens: Sequence[str], seen: Counter[str] | frozenset[str] | set[str]) -> float:
    if not tokens:
        return 0.0
    return sum(1 for t in tokens if t in seen) / len(tokens)


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(t, 0) for t, v in a.items())
    if not dot:
        return 0.0
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb)


def _log_words(n: int) -> float:
    return math.log1p(min(n, LONG_LINE_WORDS)) / math.log1p(LONG_LINE_WORDS)


def _unspaced(tokens: Sequence[str]) -> bool:
    return bool(tokens) and all(len(t) <= 2 and not t.isascii() for t in tokens[:3])


@attrs.frozen(slots=True)
class Between:
    """What lies between two content lines: boilerplate kinds and caption texts."""

    end_block: bool = False
    start_block: bool = False
    captions: tuple[str, ...] = ()


NO_BETWEEN = Between()


def gap_cues(
    back: Sequence[LineInfo],
    ahead: Sequence[LineInfo],
    back_tokens: Counter[str],
    back_caps: Counter[str],
    between: Between,
    captions_before: frozenset[str],
    captions_ahead: Sequence[str],
) -> list[float]:
    """The cue vector for the gap between ``back[-1]`` and ``ahead[0]``.

    ``back`` holds up to :data:`BACK_WINDOW` content lines before the gap (nearest
    last), ``ahead`` up to :data:`FORWARD_WINDOW` + 1 after it (nearest first);
    ``back_tokens``/``back_caps`` count their tokens and proper nouns.
    """
    p, q = back[-1], ahead[0]
    q2 = ahead[1] if len(ahead) > 1 else None
    near_b: Counter[str] = Counter()
    for info in back[-NEAR_WINDOW:]:
        near_b.update(info.tokens)
    near_a: Counter[str] = Counter()
    for info in ahead[:NEAR_WINDOW]:
        near_a.update(info.tokens)
    fwd: set[str] = set()
    for info in ahead[1:]:
        fwd.update(info.tokens)
    after_toks = [t for info in ahead[1:] for t in info.tokens]
    q_caps = list(q.caps)
    new_name = any(s not in back_tokens and s not in back_caps for s in q.surnames)
    known_name = any(s in back_caps or s in back_tokens for s in q.surnames)
    known_ref = any(s in back_caps or s in back_tokens for s in q.title_refs)
    unknown_ref = bool(q.title_refs) and not known_ref
    quote_end = p.text.endswith(_CLOSE_QUOTES) or p.text[-2:-1] in _CLOSE_QUOTES
    title_before_lead = (
        q.headline_shaped and q2 is not None and q2.ends_sentence and q2.words > q.words
    )
    return [
        1.0,
        _cosine(near_b, near_a),
        _cosine(Counter(p.tokens), Counter(q.tokens)),
        _share(q.tokens, back_tokens),
        _share(q.tokens, fwd),
        _share(q2.tokens, back_tokens) if q2 is not None else 0.0,
        _share(after_toks, back_tokens),
        float(new_name),
        float(known_name),
        float(known_ref),
        float(unknown_ref),
        _share(q_caps, back_caps),
        float(q.opener in PRONOUNS),
        float(q.opener in CONNECTIVES),
        float(q.quote_opener),
        float(q.added_opener),
        float(q.lower_opener),
        float(q.perfect),
        float(q.weekday),
        float(q.sentences == 1 and q.ends_sentence),
        _log_words(q.words),
        float(q2 is not None and q2.words > q.words),
        _log_words(p.words),
        float(p.ends_sentence),
        float(p.ends_clause),
        float(quote_end),
        float(title_before_lead),
        float(p.headline_shaped),
        float(between.end_block),
        float(between.start_block),
        float(bool(between.captions)),
        float(any(c in captions_before for c in captions_ahead)),
        float(not q.tokens),
        float(_unspaced(q.tokens)),
    ]
