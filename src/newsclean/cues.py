"""The evidence for an article boundary: what one line says, and what a gap between lines says.

:func:`describe` reads a line once (tokens, names, how it opens, its shape);
:class:`GapCues` turns the lines around a gap into a vector of named cues, using
windows of line descriptions kept by the caller. Every cue is a plain number; a
fitted logistic model (:mod:`newsclean.weights`) weighs them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

import attrs

from .tokens import HEAD_CHARS, UNSPACED, tokenize, wordset
from .types import Kind

BACK_WINDOW = 12
"""Content lines before a gap that stand for "the article so far" (names, vocabulary)."""

NEAR_WINDOW = 3
"""Content lines on each side of a gap compared for local lexical cohesion."""

FORWARD_WINDOW = 4
"""Content lines after a gap that stand for "the article that may start here"."""

CAPTION_MEMORY = 60
"""How many content lines back a caption is remembered, to notice it repeated."""

OPENER_CHARS = 60
"""How far into a line its opening words ("He added:", "But") are looked for."""

TAIL_CHARS = 4
"""How many final characters of a line tell whether it ends a sentence (mark plus quotes)."""

LEAD_CHARS = 160
"""How far into a line a lead shape ("X has criticised Y") is looked for."""

MIN_NAME_CHARS = 3
"""Proper nouns shorter than this are ignored (initials, "US")."""

HEADLINE_MAX_WORDS = 16
"""A title line has at most this many words ..."""

HEADLINE_MIN_WORDS = 2
"""... and at least this many."""

UNSPACED_PROBE = 40
"""How many first characters of a line are probed for a script written without spaces."""

SHORT_LINE_WORDS = 6
"""A line of at most this many words is short (a sign-off, a prompt, a label)."""

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

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĞĠĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŖŘŚŜŞŠŢŤŪŮŰŲŹŻŽА-ЯЁΑ-Ω"
_LOW = "a-zß-öø-ÿāăąćĉċčďđēėęěğġģīįıķĺļľłńņňōőœŕŗřśŝşšţťūůűųźżžа-яёα-ω"
_CAP_WORD = re.compile(f"[{_UP}][\\w'’-]*[{_LOW}]")
_FULL_NAME = re.compile(
    f"([{_UP}][{_LOW}]+)\\s+(?:[{_UP}]\\.\\s+)?([{_UP}][{_LOW}]+(?:[-’'][{_UP}]?[{_LOW}]+)?)(?!\\w)"
)
_TITLE_REF = re.compile(
    f"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor)\\.?\\s+([{_UP}][{_LOW}]+)"
)
_OPEN_QUOTE = frozenset("\"“‘'«„「『‹")
_ADDED = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:added|adds|continued|continues|explained|went on|said|says)\b",
    re.IGNORECASE,
)
_PERFECT = re.compile(
    r"ha(?:s|ve)\s+(?:been\s+|not\s+|also\s+|now\s+|\w+ly\s+)?\w+(?:ed|en|wn|un|ght|ft|de|id|ne)\b"
)
_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_SENTENCE_BREAK = re.compile(f"[.!?][\"'”’)\\]]*\\s+(?=[\"“‘']?[{_UP}0-9])")
SENTENCE_ENDS = ".!?…。！？।॥۔؟։።။"
"""Full stops, question and exclamation marks of the scripts (CJK, the danda, Arabic and
Urdu, Armenian, Ethiopic, Myanmar)."""
SENTENCE_CLOSERS = "\"'”’)]」』"
"""What may follow a sentence's end: closing quotes and brackets."""
_SENTENCE_END = re.compile(f"[{re.escape(SENTENCE_ENDS)}][{re.escape(SENTENCE_CLOSERS)}]*$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_DATELINE = re.compile(  # (then the lead's first word: a price list's "VIP : 60,000" is none)
    f"(?:[{_UP}][{_UP} .,'’/-]{{2,40}}(?:\\s*\\([^)]{{1,30}}\\))?\\s*[:—–-]\\s"
    f"|\\([{_UP}][\\w .]{{1,30}}\\)\\s*[—–-]\\s)\\s*[\"“‘']?[^\\W\\d_]"
)

_TITLE_SEPARATOR = re.compile(r"\s(?:\||-|–|—|»|::)\s")
_TITLE_HEAD = re.compile(r"(?!(?:By|Copyright|Posted|Updated|Published)\b)(?:[^\W_]|[\"“‘'¿¡])")
_TITLE_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}")  # "cleveland.com", "nj.com"
_TITLE_SITE = re.compile(r"[^\W_][\w.&'’!-]*(?:\s+[\w.&'’!-]+){0,3}")  # a site's name: 1-4 words
_TITLE_SITE_CLOCK = re.compile(r"\d{1,2}:\d\d|\b(?:19|20)\d\d\b")

PAGE_TITLE_CHARS = (16, 200)
"""A page title is at least and at most this many characters long ..."""

PAGE_TITLE_HEAD_WORDS = 3
"""... its headline has at least this many words ..."""

PAGE_TITLE_SITE_CHARS = 40
"""... and the site's name after the last separator at most this many characters."""

PAGE_TITLE_SEPARATORS = 3
"""More separators than this make a row of links ("About | Contact | Terms"), not a title."""


def title_headline(text: str) -> str:
    """The headline of a page-title line: its text before the first separator (before the
    last one when the first piece is too short to be a headline)."""
    first = _TITLE_SEPARATOR.split(text, 1)[0]
    if len(first.split()) >= PAGE_TITLE_HEAD_WORDS:
        return first.strip()
    return text[: list(_TITLE_SEPARATOR.finditer(text))[-1].start()].strip()


def page_title(text: str) -> bool:
    """Whether a line is shaped like a web page's title: "Headline | Site" or "Headline - Site.com".

    Text extracted from a whole page opens with the page's ``<title>``; in a feed of
    such pages it marks where the next page begins.
    """
    if not PAGE_TITLE_CHARS[0] <= len(text) <= PAGE_TITLE_CHARS[1]:
        return False
    # (the cheap test first: most lines hold no separator near their end)
    tail = len(text) - PAGE_TITLE_SITE_CHARS - 4
    if _TITLE_SEPARATOR.search(text, tail if tail > 0 else 0) is None:
        return False
    separators = list(_TITLE_SEPARATOR.finditer(text))
    if len(separators) > PAGE_TITLE_SEPARATORS:
        return False
    cut = separators[-1].start()
    site = text[separators[-1].end() :].strip()
    return (
        0 < len(site) <= PAGE_TITLE_SITE_CHARS
        and _TITLE_SITE.fullmatch(site) is not None
        and (
            site[0].isupper()
            or site[0].isdigit()
            or UNSPACED.match(site) is not None
            or _TITLE_DOMAIN.fullmatch(site) is not None
        )
        and site[-1] not in ".!?,;:"
        and any(ch.isalpha() for ch in site)
        and _TITLE_SITE_CLOCK.search(site) is None
        and _TITLE_HEAD.match(text) is not None
        and (
            len(text[:cut].split()) >= PAGE_TITLE_HEAD_WORDS
            # (a headline in a script without spaces: as many characters as two words)
            or (UNSPACED.search(text, 0, cut) is not None and cut >= 2 * PAGE_TITLE_HEAD_WORDS)
        )
    )


_INTERVIEW_TURN = re.compile(r"(?:Q|A|Question|Answer)\s?[:.]\s")
_TURN_HEADS = frozenset("QA")


def interview_turn(text: str) -> bool:
    """Whether a line opens an interview's turn: "Q: ...", "A. ...", "Question: ..."."""
    return text[:1] in _TURN_HEADS and _INTERVIEW_TURN.match(text) is not None


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


class LineInfo(NamedTuple):
    """What one content line says at a glance, read once: tokens, length, opening, ending.

    (A named tuple rather than an attrs class, like :class:`WindowCounts`: one is
    made for every content line, and :func:`describe` builds it as a plain tuple.)
    """

    text: str
    tokens: frozenset[str]
    words: int
    size: float
    opener: str
    quote_opener: bool
    lower_opener: bool
    ends_sentence: bool
    ends_clause: bool


_new_info = tuple.__new__


@attrs.frozen(slots=True)
class Details:
    """What a content line says on a closer reading (only near candidate boundaries)."""

    caps: frozenset[str]
    surnames: frozenset[str]
    title_refs: frozenset[str]
    sentences: int
    added_opener: bool
    perfect: bool
    weekday: bool
    headline_shaped: bool
    dateline: bool
    all_caps: bool
    unspaced: bool


def describe(text: str) -> LineInfo:
    """Read a stripped content line once, cheaply.

    Only the line's head (its first :data:`~newsclean.tokens.HEAD_CHARS` characters)
    is tokenised, so the cost per line is bounded.
    """
    first = _FIRST_WORD.search(text, 0, OPENER_CHARS)  # (as in text[:OPENER_CHARS])
    opener = first.group() if first is not None else ""
    words = text.count(" ") + 1
    return _new_info(  # (a tuple in field order: skips the named tuple's Python-level __new__)
        LineInfo,
        (
            text,
            tokenize(text),
            words,
            _LOG_WORDS[min(words, LONG_LINE_WORDS)],
            opener.lower(),
            text[0] in _OPEN_QUOTE,
            opener[:1].islower(),
            # ends_sentence: a search from the last TAIL_CHARS characters (text[-TAIL_CHARS:])
            _SENTENCE_END.search(text, len(text) - TAIL_CHARS) is not None,
            text[-1] in ":,;-–—",
        ),
    )


BODY_MIN_CHARS = 60
"""A body line ends like a sentence (not in a teaser's "...") and has at least this many
characters (in any script)."""

TEASER_ENDS = ("...", "…")
"""How a teaser's summary breaks off: a line ending so is no body line."""


def is_body(text: str, ends_sentence: bool) -> bool:
    """Whether a content line is a body line: a sentence's end (``ends_sentence``, as the
    caller read it), at least :data:`BODY_MIN_CHARS` characters, no teaser's "...".

    Boundary detection wants one in every article; the document pass finds a web page's
    prose by them.
    """
    return ends_sentence and len(text) >= BODY_MIN_CHARS and not text.endswith(TEASER_ENDS)


def headline_shaped(info: LineInfo) -> bool:
    """Whether a line is shaped like a headline: a few words, no sentence end, opens capitalised."""
    return (
        HEADLINE_MIN_WORDS <= info.words <= HEADLINE_MAX_WORDS
        and not info.ends_sentence
        and info.text[-1] not in ":,;"
        and info.opener[:1] != ""
        and not info.lower_opener
    )


def details(info: LineInfo) -> Details:
    """Read a content line closely: names, sentences, lead and title shapes."""
    text = info.text
    head = text[:HEAD_CHARS]
    caps_all = _CAP_WORD.findall(head)
    if caps_all and head.startswith(caps_all[0]):
        caps_all = caps_all[1:]
    caps = {w.lower() for w in caps_all if len(w) >= MIN_NAME_CHARS}
    # (findall gives the groups of each match: first name and surname, or the title's name)
    surnames = {
        last.lower()
        for first, last in _FULL_NAME.findall(head)
        if first not in NOT_FIRST_NAMES and last not in NOT_FIRST_NAMES
    }
    return Details(  # (positional, in field order: cheaper than keywords)
        frozenset(caps),
        frozenset(surnames),
        frozenset(map(str.lower, _TITLE_REF.findall(head))),
        len(_SENTENCE_BREAK.findall(head)) + 1,
        _ADDED.match(head[:OPENER_CHARS]) is not None,
        _PERFECT.search(head[:LEAD_CHARS]) is not None,
        "day" in head and _WEEKDAY.search(head) is not None,
        headline_shaped(info),
        _DATELINE.match(head[:OPENER_CHARS]) is not None,
        HEADLINE_MIN_WORDS <= info.words <= HEADLINE_MAX_WORDS and head.isupper(),
        UNSPACED.search(text[:UNSPACED_PROBE]) is not None,
    )


CHEAP_CUE_NAMES: tuple[str, ...] = (
    "bias",
    "near_cohesion",
    "pair_cohesion",
    "lead_seen_before",
    "lead_seen_after",
    "next_seen_before",
    "after_seen_before",
    "pronoun_opener",
    "connective_opener",
    "quote_opener",
    "lowercase_opener",
    "lead_words",
    "lead_longer_than_next",
    "prev_words",
    "prev_sentence_end",
    "prev_clause_end",
    "prev_quote_end",
    "end_block_before",
    "start_block_before",
    "caption_before",
    "lead_no_tokens",
    "no_near_overlap",
    "lead_mostly_new",
    "ahead_mostly_new",
    "prev_short",
    "embed_before",
    "back_vocabulary",
    "ahead_vocabulary",
)
"""The cues of a gap read from tokens, lengths and openings alone (:func:`cheap_cues`)."""

DEPTH_RADIUS = 2
"""Gaps on each side a gap's cohesion is compared with (TextTiling's depth score)."""

DEPTH_OF = ("near_cohesion", "lead_seen_before", "after_seen_before")
"""The cohesion cues whose dip below the neighbouring gaps is a cue of its own."""

_DEPTH_INDEX = tuple(CHEAP_CUE_NAMES.index(name) for name in DEPTH_OF)

SCREEN_CUE_NAMES: tuple[str, ...] = CHEAP_CUE_NAMES + tuple(f"{name}_depth" for name in DEPTH_OF)
"""The cues of the screening model, which every gap gets."""

DETAIL_CUE_NAMES: tuple[str, ...] = (
    "new_full_name",
    "known_name_continues",
    "known_title_ref",
    "unknown_title_ref",
    "caps_seen_before",
    "added_opener",
    "lead_perfect",
    "lead_weekday",
    "lead_one_sentence",
    "title_before_lead",
    "after_title",
    "caption_repeats_ahead",
    "unspaced_script",
    "dateline_opener",
    "all_caps_line",
)
"""The cues of a closer reading, for gaps that pass the screen (:func:`detail_cues`)."""

CUE_NAMES: tuple[str, ...] = SCREEN_CUE_NAMES + DETAIL_CUE_NAMES
"""Every cue of a gap, in the order of the full model's weight vector."""

VOCABULARY_CAP = 200
"""Distinct topic words of a window, counted up to this many when used as a cue: how much
evidence the cohesion cues rest on (no overlap between windows of prose says more than
between two lists of short items)."""

NO_OVERLAP = 0.02
"""Below this cosine, the lines around a gap share (almost) no topic word."""

MOSTLY_NEW = 0.15
"""Below this share of words seen before, a line is mostly new vocabulary."""


def depth_cues(
    left: Sequence[Sequence[float]], here: Sequence[float], right: Sequence[Sequence[float]]
) -> list[float]:
    """How far each cohesion cue of a gap dips below its highest neighbour on each side."""
    out = []
    for i in _DEPTH_INDEX:
        h = here[i]
        lpeak = rpeak = h
        for v in left:
            if v[i] > lpeak:
                lpeak = v[i]
        for v in right:
            if v[i] > rpeak:
                rpeak = v[i]
        out.append(lpeak + rpeak - 2 * h)
    return out


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
    "end_block_before": "an end-of-article block (embed, links, credits, notes) before",
    "start_block_before": "a byline/dateline before",
    "caption_before": "an image caption before",
    "caption_repeats_ahead": "a caption seen earlier repeats ahead",
    "lead_no_tokens": "the next line has no topic words",
    "unspaced_script": "text in a script without spaces",
    "no_near_overlap": "no topic word shared across the gap",
    "dateline_opener": "opens with a dateline ('PLACE:', '(Agency) -')",
    "all_caps_line": "an all-capitals title line",
    "prev_short": "the previous line is short",
    "embed_before": "an embed's consent block ends the article before",
    "back_vocabulary": "many distinct words before the gap",
    "ahead_vocabulary": "many distinct words ahead",
    "lead_mostly_new": "the next line is mostly new vocabulary",
    "ahead_mostly_new": "the lines ahead are mostly new vocabulary",
    "near_cohesion_depth": "cohesion dips at the gap",
    "lead_seen_before_depth": "novelty peaks at the gap",
    "after_seen_before_depth": "the lines ahead break with the past here",
    "cue_interactions": "the cues together (fitted interactions)",
    "page_title": "a web page's title ('Headline | Site') opens the next article",
    "caption_repeat": "a caption seen before repeats: a new article reusing a picture",
    "page_break": "a long run of page furniture between prose on different topics",
    "page_start": "a web page's skip link ('Skip to content') opens the next article",
    "page_end": "a copyright notice closes the web page before",
    "after_separator": "a separator line ('___') closes the article before",
}
"""Short human-readable phrases for the cues, used in :attr:`Boundary.reason`."""

_CLOSE_QUOTES = ("”", '"', "’", "'", "»", "」", "』")


def _share(tokens: AbstractSet[str], seen: AbstractSet[str]) -> float:
    if not tokens:
        return 0.0
    return len(tokens & seen) / len(tokens)


def _overlap(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    """Cosine similarity of two token sets."""
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def _log_words(n: int) -> float:
    return math.log1p(min(n, LONG_LINE_WORDS)) / math.log1p(LONG_LINE_WORDS)


_LOG_WORDS = tuple(_log_words(n) for n in range(LONG_LINE_WORDS + 1))


@attrs.frozen(slots=True)
class Between:
    """What lies between two content lines: boilerplate kinds and caption texts."""

    end_block: bool = False
    embed: bool = False
    start_block: bool = False
    captions: tuple[str, ...] = ()


NO_BETWEEN = Between()


def cheap_cues(
    back: Sequence[LineInfo],
    ahead: Sequence[LineInfo],
    back_tokens: AbstractSet[str],
    between: Between,
) -> list[float]:
    """The cheap cue vector for the gap between ``back[-1]`` and ``ahead[0]``.

    ``back`` holds up to :data:`BACK_WINDOW` content lines before the gap (nearest
    last), ``ahead`` up to :data:`FORWARD_WINDOW` + 1 after it (nearest first);
    ``back_tokens`` is the union of the tokens of ``back``.
    """
    p, q = back[-1], ahead[0]
    q2 = ahead[1] if len(ahead) > 1 else None
    qt = q.tokens
    near_b = set().union(*[info.tokens for info in back[-NEAR_WINDOW:]])
    near_a = set().union(*[info.tokens for info in ahead[:NEAR_WINDOW]])
    fwd = set().union(*[info.tokens for info in ahead[1:]])
    return counted_cues(
        p,
        q,
        q2,
        WindowCounts(
            near_before=len(near_b),
            near_after=len(near_a),
            near_shared=len(near_b & near_a),
            pair_shared=len(p.tokens & qt),
            lead_back=len(qt & back_tokens),
            next_back=len(q2.tokens & back_tokens) if q2 is not None else 0,
            back=len(back_tokens),
            fwd=len(fwd),
            fwd_back=len(fwd & back_tokens),
            lead_fwd=len(qt & fwd),
        ),
        between,
    )


class WindowCounts(NamedTuple):
    """How many distinct tokens the windows around a gap hold, alone and shared.

    (A named tuple rather than an attrs class: one is made for every gap, and a
    tuple costs a fraction to build.)

    ``near_before`` and ``near_after`` count the :data:`NEAR_WINDOW` lines on each
    side, ``back`` the :data:`BACK_WINDOW` lines before the gap, ``fwd`` the lines of
    the forward window after the next line; ``lead`` is the next line and ``next``
    the one after it. Only sizes matter to the cues, so a caller may count with any
    set representation (:class:`~newsclean.segment.Segmenter` uses bit masks).
    """

    near_before: int
    near_after: int
    near_shared: int
    pair_shared: int
    lead_back: int
    next_back: int
    back: int
    fwd: int
    fwd_back: int
    lead_fwd: int


def counted_cues(
    p: LineInfo, q: LineInfo, q2: LineInfo | None, n: WindowCounts, between: Between
) -> list[float]:
    """:func:`cheap_cues` from the lines around the gap and the counts of their windows.

    ``p`` and ``q`` are the lines before and after the gap, ``q2`` the one after ``q``.
    """
    (
        near_b,
        near_a,
        near_shared,
        pair_shared,
        lead_back,
        next_back,
        back,
        fwd,
        fwd_back,
        lead_fwd,
    ) = n
    nq = len(q.tokens)
    text = p.text
    quote_end = text.endswith(_CLOSE_QUOTES) or text[-2:-1] in _CLOSE_QUOTES
    near = near_shared / math.sqrt(near_b * near_a) if near_b and near_a else 0.0
    np_ = len(p.tokens)
    pair = pair_shared / math.sqrt(np_ * nq) if np_ and nq else 0.0
    lead_seen = lead_back / nq if nq else 0.0
    after_seen = fwd_back / fwd if fwd else 0.0
    n2 = len(q2.tokens) if q2 is not None else 0
    opener = q.opener
    return [
        1.0,
        near,
        pair,
        lead_seen,
        lead_fwd / nq if nq else 0.0,
        next_back / n2 if n2 else 0.0,
        after_seen,
        1.0 if opener in PRONOUNS else 0.0,
        1.0 if opener in CONNECTIVES else 0.0,
        1.0 if q.quote_opener else 0.0,
        1.0 if q.lower_opener else 0.0,
        q.size,
        1.0 if q2 is not None and q2.words > q.words else 0.0,
        p.size,
        1.0 if p.ends_sentence else 0.0,
        1.0 if p.ends_clause else 0.0,
        1.0 if quote_end else 0.0,
        1.0 if between.end_block else 0.0,
        1.0 if between.start_block else 0.0,
        1.0 if between.captions else 0.0,
        0.0 if nq else 1.0,
        1.0 if near < NO_OVERLAP else 0.0,
        1.0 if lead_seen < MOSTLY_NEW else 0.0,
        1.0 if after_seen < MOSTLY_NEW else 0.0,
        1.0 if p.words <= SHORT_LINE_WORDS else 0.0,
        1.0 if between.embed else 0.0,
        min(back, VOCABULARY_CAP) / VOCABULARY_CAP,
        min(fwd, VOCABULARY_CAP) / VOCABULARY_CAP,
    ]


def detail_words(q: Details) -> frozenset[str]:
    """The words of a line's closer reading that :func:`detail_cues` looks up in the back window."""
    return q.caps | q.surnames | q.title_refs


def detail_cues(
    p_headline_shaped: bool,
    q: Details,
    q_info: LineInfo,
    q2_info: LineInfo | None,
    back_tokens: AbstractSet[str],
    captions_before: frozenset[str],
    captions_ahead: Sequence[str],
) -> list[float]:
    """The cues of a closer reading of the lines around a gap (names, shapes, captions).

    ``back_tokens`` stands for the tokens of the back window: only whether the
    :func:`detail_words` of ``q`` are among them matters, so a caller may pass just
    those of them that are.
    """
    new_name = known_name = known_ref = False
    for name in q.surnames:
        if name in back_tokens:
            known_name = True
        else:
            new_name = True
    if q.title_refs:
        known_ref = not back_tokens.isdisjoint(q.title_refs)
    unknown_ref = bool(q.title_refs) and not known_ref
    title_before_lead = (
        q.headline_shaped
        and q2_info is not None
        and q2_info.ends_sentence
        and q2_info.words > q_info.words
    )
    return [
        float(new_name),
        float(known_name),
        float(known_ref),
        float(unknown_ref),
        _share(q.caps, back_tokens),
        float(q.added_opener),
        float(q.perfect),
        float(q.weekday),
        float(q.sentences == 1 and q_info.ends_sentence),
        float(title_before_lead),
        float(p_headline_shaped),
        float(bool(captions_ahead) and not captions_before.isdisjoint(captions_ahead)),
        float(q.unspaced),
        float(q.dateline),
        float(q.all_caps),
    ]
