"""Pass 3, per article: type the top lines (headline, byline, date) and page furniture.

These decisions need the whole article as evidence, so they run after the
boundaries are known and only where the evidence is clear: a line that might
be content stays content.

- :func:`label_menus`: a run of short lines, several of them section names or
  lines the rules already called furniture, is a site menu.
- :func:`label_repeats`: a block of short, menu-like lines that occurs verbatim
  more than once. A repeated line alone proves nothing (table cells and list
  items repeat), so neither table cells nor sentence-like lines count.
- :func:`label_page_frame`: text extracted from a whole web page puts the page's
  header (menus, teasers, its title) before the article's prose and its footer
  after it; with enough lines and furniture the rules found among them, they are
  navigation.
- :func:`label_top`: the first content line is the headline when it is shaped
  like one and either a byline or date line sits right under it, or the lead
  paragraph below restates it.
"""

from __future__ import annotations

import operator
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import compress, repeat

import regex

from .config import Config
from .cues import SENTENCE_CLOSERS, SENTENCE_ENDS, is_body
from .rules.menus import SECTION_NAMES
from .strip import Hit
from .types import Kind, Stage

_NOT_HEADLINE_END = regex.compile(r"[.,;:!…\-–—|]$")
_HEADLINE_START = regex.compile(r"[\p{Lu}\p{N}\"'“‘]")
_LOWER = regex.compile(r"\p{Ll}")
_LETTER_WORD = regex.compile(r"\p{L}{2,}")
_CONTENT_WORD = regex.compile(r"[\p{L}\p{N}]{4,}")
_NOT_TITLE = regex.compile(r"\?$|://|www\.|:.*:")
_MENU_DECORATION = " ›»‹«|×>"

HEADLINE_RULE = "document.headline"
REPEATED_RULE = "document.repeated-block"
MENU_RULE = "document.menu"
TEASER_RULE = "document.repeated-teaser"
TRAILING_RULE = "document.trailing-teasers"
PAGE_HEADER_RULE = "document.page-header"
PAGE_FOOTER_RULE = "document.page-footer"

HEADLINE_MIN_WORDS = 3
"""A headline has at least this many words (a two-word line may be a name or a label)."""

TOP_KINDS = frozenset({Kind.BYLINE, Kind.TIMESTAMP, Kind.DATELINE, Kind.IMAGE_CAPTION})
"""Kinds of the lines that sit right under a headline (its byline, date, lead picture)."""

TOP_BLOCK_LINES = 3
"""A byline or date counts as headline evidence within this many lines below it."""

LEAD_MIN_WORDS = 4
"""A headline known by its shape alone (no byline, no restating lead) has this many words ..."""

LEAD_MAX_WORDS = 12
"""... and at most this many (a longer unpunctuated first line may be the lead itself) ..."""

LEAD_LENGTH_RATIO = 2.0
"""... and the prose line under it is at least this many times longer."""

RESTATE_MIN_SHARED = 3
"""The lead restates the headline when they share at least this many content words ..."""

RESTATE_MIN_SHARE = 0.5
"""... and at least this share of the headline's content words."""

STEM_CHARS = 5
"""Content words are compared by their first characters (so 'charged' meets 'charges')."""

REPEAT_MIN_RUN = 3
"""Repeated lines count only inside a run of at least this many consecutive ones."""

TEASER_MIN_WORDS = 5
"""A repeated teaser headline has at least this many words of letters ..."""

TEASER_MAX_WORDS = 20
"""... and at most this many words."""

TRAILING_MIN_LINES = 2
"""Title-case headlines after an article's last sentence are teasers when at least this many ..."""

TRAILING_MAX_LINES = 6
"""... and at most this many (a longer run is a list of the article: tour dates, results)."""

TRAILING_MIN_WORDS = 5
"""Each trailing teaser has at least this many words ('Seychelles v South Africa' is a fixture)."""

TITLE_CASE_SHARE = 0.7
"""A line is in title case when this share of its longer words start with a capital."""

TITLE_WORD_CHARS = 4
"""Words at least this long are checked for a capital (short ones: 'of', 'the', 'in')."""

PROSE_MIN_WORDS = 8
"""A line of prose has at least this many words and ends like a sentence."""

MENU_ITEM_MAX_WORDS = 5
"""A menu item has at most this many words ..."""

REPEAT_LINE_MAX_WORDS = 4
"""A line judged by repetition has at most this many words (longer ones are list items)."""

MENU_ITEM_MAX_CHARS = 40
"""... and at most this many characters."""

MENU_MIN_RUN = 5
"""A menu is a run of at least this many short lines ..."""

MENU_MIN_ANCHORS = 3
"""... of which at least this many are section names or furniture the rules found ..."""

MENU_ANCHOR_SHARE = 0.3
"""... making up at least this share of the run."""

FURNITURE_KINDS = frozenset(
    {
        Kind.NAVIGATION,
        Kind.SOCIAL,
        Kind.NEWSLETTER,
        Kind.ADVERTISEMENT,
        Kind.COMMENTS,
        Kind.TAGS,
        Kind.READ_MORE,
        Kind.REPEATED,
        Kind.COPYRIGHT,
    }
)
"""Kinds of rule hits that a menu run may contain and that count as its anchors."""


PAGE_FRAME_MIN_LINES = 12
"""An article whose first body line comes after at least this many other lines (content
lines and the furniture the rules found: the more of a page's menus the rules know, the
stronger the evidence) opens with a web page's header (text extracted from a whole
page) ..."""

PAGE_FRAME_MIN_FURNITURE = 2
"""... when at least this many lines among them are furniture the rules found (a
navigation link, a share button); a list that opens an article has none ..."""

PAGE_FRAME_KEEP = 3
"""... and all but the last this many content lines before the prose (the headline, a
standfirst, a byline the rules do not know), and all but the first this many after it,
are the page's menus and teasers (lines that end a sentence or run on stay)."""

PAGE_FRAME_PROSE = 2
"""The first body line must start the article's prose: at least this many of the ..."""

PAGE_FRAME_PROSE_AHEAD = 3
"""... next this many content lines are body lines too."""

PAGE_FRAME_SENTENCES = 1
"""A page's frame may hold this many sentences alone (a cookie notice, a line of legal
text): the walk to the prose passes them. (Walking past one sentence after another
reaches into the text of a page written in few full sentences.)"""

PAGE_FRAME_MAX_WORDS = 40
"""A longer line in a page's frame stays (an extractor may put a whole article on one line)."""

_CLAUSE_ENDS = ",、，;；:："
"""A line ending in one of these runs on into the next: part of a sentence."""


_SHORT_STRETCH = re.compile(b"\\x01{%d,}" % MENU_MIN_RUN)
"""At least MENU_MIN_RUN consecutive short lines, in a string of one byte per line."""


def _words(text: str, limit: int = -1) -> int:
    # Words are runs of non-whitespace as str.split() sees them (which, unlike a
    # pattern's \s, also splits at the control characters U+001C-U+001F). With
    # ``limit``, counting stops after limit + 1 words.
    return len(text.split(None, limit))


def _ends_sentence(text: str) -> bool:
    """True when ``text`` ends in . ! ? or …, maybe followed by closing quotes or brackets."""
    bare = text.rstrip(SENTENCE_CLOSERS)
    return bare != "" and bare[-1] in SENTENCE_ENDS


def looks_like_headline(text: str, config: Config) -> bool:
    """A short line that starts like a title, not all capitals, not ending like a sentence."""
    return (
        len(text) <= config.headline_max_chars
        and HEADLINE_MIN_WORDS
        <= _words(text, config.headline_max_words)
        <= config.headline_max_words
        and _HEADLINE_START.match(text) is not None
        and _NOT_HEADLINE_END.search(text) is None
        and _LOWER.search(text) is not None
    )


def looks_like_prose(text: str) -> bool:
    """A line of several words that ends like a sentence."""
    return _ends_sentence(text) and _words(text, PROSE_MIN_WORDS) >= PROSE_MIN_WORDS


def _stems(text: str) -> set[str]:
    return {w.casefold()[:STEM_CHARS] for w in _CONTENT_WORD.findall(text)}


def restates(headline: str, lead: str) -> bool:
    """True when ``lead`` repeats most of the content words of ``headline``."""
    own = _stems(headline)
    shared = len(own & _stems(lead))
    return shared >= RESTATE_MIN_SHARED and shared >= RESTATE_MIN_SHARE * len(own)


def _is_menu_item(text: str) -> bool:
    return (
        len(text) <= MENU_ITEM_MAX_CHARS
        and _words(text, MENU_ITEM_MAX_WORDS) <= MENU_ITEM_MAX_WORDS
        and not _ends_sentence(text)
    )


def label_menus(texts: Sequence[str], hits: list[Hit | None], lo: int, hi: int) -> None:
    """Type runs of short lines that are a site menu as ``navigation``.

    A run is a maximal sequence of short, non-sentence lines (furniture lines the
    rules removed may sit inside it). It is a menu when it has at least
    ``MENU_MIN_RUN`` lines and its anchors (section names such as "Business" or
    "Opinion", and furniture hits such as "Privacy Policy") number at least
    ``MENU_MIN_ANCHORS`` and ``MENU_ANCHOR_SHARE`` of it. A list in an article
    (ingredients, results, product features) has no such anchors and stays.
    """
    # A run holds only lines of at most MENU_ITEM_MAX_CHARS characters: look only
    # inside stretches of at least MENU_MIN_RUN such lines, found with C-level calls.
    short = bytes(map(MENU_ITEM_MAX_CHARS.__ge__, map(len, texts[lo:hi])))
    for stretch in _SHORT_STRETCH.finditer(short):
        _label_menu_runs(texts, hits, lo + stretch.start(), lo + stretch.end())


def _label_menu_runs(texts: Sequence[str], hits: list[Hit | None], lo: int, hi: int) -> None:
    i = lo
    while i < hi:
        j, anchors, members = i, 0, []
        while j < hi:
            hit = hits[j]
            if hit is None:
                if not _is_menu_item(texts[j]):
                    break
                members.append(j)
                anchors += texts[j].strip(_MENU_DECORATION).casefold() in SECTION_NAMES
            elif hit.kind in FURNITURE_KINDS and _is_menu_item(texts[j]):
                anchors += 1
            else:
                break
            j += 1
        size = j - i
        if (
            size >= MENU_MIN_RUN
            and anchors >= MENU_MIN_ANCHORS
            and anchors >= MENU_ANCHOR_SHARE * size
        ):
            for k in members:
                hits[k] = Hit(Kind.NAVIGATION, MENU_RULE, Stage.DOCUMENT)
        i = max(j, i + 1)


def label_top(
    texts: Sequence[str], hits: list[Hit | None], lo: int, hi: int, config: Config
) -> None:
    """Type the article's first content line as its headline when the evidence is clear.

    Clear means: the line is headline-shaped (see :func:`looks_like_headline`) and
    either a byline, timestamp or dateline hit lies within ``TOP_BLOCK_LINES``
    below it with only boilerplate between, or the next content line is prose,
    longer than it, that restates it (:func:`restates`) or is at least twice as
    long as a title of at most ``LEAD_MAX_WORDS`` words. A long first line, a
    question, a line with a link or several labels ("Tested by: ... Price: ...")
    stays content.
    """
    first = next((i for i in range(lo, hi) if hits[i] is None), None)
    if first is None or not looks_like_headline(texts[first], config):
        return
    for j in range(first + 1, min(hi, first + 1 + TOP_BLOCK_LINES)):
        hit = hits[j]
        if hit is None:
            break
        if hit.kind in TOP_KINDS:
            hits[first] = Hit(Kind.HEADLINE, HEADLINE_RULE, Stage.DOCUMENT)
            return
    nxt = next((i for i in range(first + 1, hi) if hits[i] is None), None)
    if nxt is None or not looks_like_prose(texts[nxt]) or len(texts[nxt]) <= len(texts[first]):
        return
    if _NOT_TITLE.search(texts[first]) is not None:
        return
    if restates(texts[first], texts[nxt]) or _title_over_lead(texts[first], texts[nxt]):
        hits[first] = Hit(Kind.HEADLINE, HEADLINE_RULE, Stage.DOCUMENT)


def _title_over_lead(first: str, lead: str) -> bool:
    """A short title-shaped line over a lead at least twice as long."""
    return LEAD_MIN_WORDS <= _words(first, LEAD_MAX_WORDS) <= LEAD_MAX_WORDS and len(
        lead
    ) >= LEAD_LENGTH_RATIO * len(first)


def label_repeats(
    texts: Sequence[str], hits: list[Hit | None], lo: int, hi: int, config: Config
) -> None:
    """Type blocks of short menu-like lines that occur verbatim more than once.

    A single repeated line is not enough (table cells and list items repeat):
    a line counts only inside a run of at least ``REPEAT_MIN_RUN`` consecutive
    lines that all repeat, each a short menu-like line (at most
    ``REPEAT_LINE_MAX_WORDS`` words, no sentence end) and no table cell (no "|").
    """
    limit = min(config.repeat_max_words, REPEAT_LINE_MAX_WORDS)
    # Count the content lines with a C-level Counter, then judge only the texts
    # seen often enough: most lines occur once and cost no regex call here.
    counts = Counter(compress(texts[lo:hi], map(operator.is_, hits[lo:hi], repeat(None))))
    often = {
        text
        for text, count in counts.items()
        if count >= config.repeat_min_count
        and _words(text, limit) <= limit
        and "|" not in text
        and not _ends_sentence(text)
    }
    if not often:
        return
    repeated = [hits[i] is None and texts[i] in often for i in range(lo, hi)]
    i = 0
    while i < len(repeated):
        if not repeated[i]:
            i += 1
            continue
        j = i
        while j < len(repeated) and repeated[j]:
            j += 1
        if j - i >= REPEAT_MIN_RUN:
            for k in range(lo + i, lo + j):
                hits[k] = Hit(Kind.REPEATED, REPEATED_RULE, Stage.DOCUMENT)
        i = j


def _teaser_shaped(text: str) -> bool:
    return (
        len(_LETTER_WORD.findall(text)) >= TEASER_MIN_WORDS
        and _words(text, TEASER_MAX_WORDS) <= TEASER_MAX_WORDS
        and "|" not in text
        and not _ends_sentence(text)
    )


def label_repeated_teasers(
    texts: Sequence[str], hits: list[Hit | None], lo: int, hi: int, config: Config
) -> None:
    """Type headline-shaped lines that recur on their own, away from one another (teasers).

    A story linked from several boxes of a page shows up as the same headline
    line two or more times. A list repeats as a block (product features under
    two products, the header row of several tables), so a repeated line counts
    only when neither neighbour is itself a repeated line.
    """
    counts = Counter(compress(texts[lo:hi], map(operator.is_, hits[lo:hi], repeat(None))))
    often = {
        text
        for text, count in counts.items()
        if count >= config.repeat_min_count and _teaser_shaped(text)
    }
    if not often:
        return
    candidate = [hits[i] is None and texts[i] in often for i in range(lo, hi)]
    size = hi - lo
    chosen = [
        lo + k
        for k in range(size)
        if candidate[k]
        and not (k > 0 and candidate[k - 1])
        and not (k + 1 < size and candidate[k + 1])
    ]
    # One copy inside a list makes every copy a list item.
    listed = {texts[i] for i in chosen if _in_short_list(texts, hits, lo, hi, i)}
    for i in chosen:
        if texts[i] not in listed:
            hits[i] = Hit(Kind.REPEATED, TEASER_RULE, Stage.DOCUMENT)


def _in_short_list(texts: Sequence[str], hits: list[Hit | None], lo: int, hi: int, i: int) -> bool:
    """True when the content lines on both sides of line ``i`` are short list items."""
    before = next((j for j in range(i - 1, lo - 1, -1) if hits[j] is None), None)
    after = next((j for j in range(i + 1, hi) if hits[j] is None), None)
    return (
        before is not None
        and after is not None
        and _is_menu_item(texts[before])
        and _is_menu_item(texts[after])
    )


def title_case(text: str) -> bool:
    """True when most of the longer words of ``text`` start with a capital or a digit."""
    long_words = [w for w in text.split() if len(w) >= TITLE_WORD_CHARS]
    if not long_words:
        return False
    capital = sum(1 for w in long_words if w[0].isupper() or w[0].isdigit())
    return capital >= TITLE_CASE_SHARE * len(long_words)


def label_trailing_teasers(
    texts: Sequence[str], hits: list[Hit | None], lo: int, hi: int, config: Config
) -> None:
    """Type the run of title-case headlines that ends an article as related links.

    After the article's last content line that is prose, the remaining content
    lines must all be headline-shaped and in title case ("11 Strange Facts About
    Comets"), and at least ``TRAILING_MIN_LINES`` of them; a closing list in
    sentence case (results, ingredients) or a long one (tour dates) stays.
    """
    tail = []
    for i in range(hi - 1, lo - 1, -1):
        if hits[i] is not None:
            continue
        text = texts[i]
        if looks_like_prose(text):
            break
        if not (
            looks_like_headline(text, config)
            and title_case(text)
            and _words(text) >= TRAILING_MIN_WORDS
        ):
            return
        tail.append(i)
        if len(tail) > TRAILING_MAX_LINES:
            return
    else:
        return  # no prose at all: not an article body with a tail
    if TRAILING_MIN_LINES <= len(tail) <= TRAILING_MAX_LINES:
        for i in tail:
            hits[i] = Hit(Kind.RELATED_LINK, TRAILING_RULE, Stage.DOCUMENT)


def _prose_edge(
    texts: Sequence[str], hits: list[Hit | None], lines: Iterable[int]
) -> tuple[list[int], int] | None:
    """Walk ``lines`` (an article's line numbers, forwards or backwards) to the first body
    line with sustained prose beyond it; return the content lines walked before it and the
    furniture the rules found among them, or None when no prose is sustained.

    Prose is sustained when :data:`PAGE_FRAME_PROSE` of the next
    :data:`PAGE_FRAME_PROSE_AHEAD` content lines are body lines too. Up to
    :data:`PAGE_FRAME_SENTENCES` body lines without such prose are walked past.
    """
    walk_past = PAGE_FRAME_SENTENCES
    content: list[int] = []
    bodies: list[bool] = []
    furniture = 0
    for i in lines:
        hit = hits[i]
        if hit is not None:
            furniture += hit.kind in FURNITURE_KINDS
            continue
        content.append(i)
        text = texts[i]
        bodies.append(is_body(text, _ends_sentence(text)))
        k = len(bodies) - 1 - PAGE_FRAME_PROSE_AHEAD
        if k >= 0 and bodies[k]:
            if sum(bodies[k + 1 :]) >= PAGE_FRAME_PROSE:
                return content[:k], furniture
            if walk_past <= 0:
                return None
            walk_past -= 1
    return None


def _label_frame(
    texts: Sequence[str], hits: list[Hit | None], edge: tuple[list[int], int] | None, rule: str
) -> None:
    """Type a page's header or footer (content lines from the far end to the prose, the
    last :data:`PAGE_FRAME_KEEP` before the prose left out) as navigation, when the
    evidence of :data:`PAGE_FRAME_MIN_LINES` holds; a line that ends a sentence or runs
    on into the next stays."""
    if edge is None:
        return
    frame, furniture = edge
    if len(frame) + furniture < PAGE_FRAME_MIN_LINES or furniture < PAGE_FRAME_MIN_FURNITURE:
        return
    for i in frame[: len(frame) - PAGE_FRAME_KEEP]:
        text = texts[i]
        if (
            not _ends_sentence(text)
            and text[-1] not in _CLAUSE_ENDS
            and _words(text, PAGE_FRAME_MAX_WORDS) <= PAGE_FRAME_MAX_WORDS
        ):
            hits[i] = Hit(Kind.NAVIGATION, rule, Stage.DOCUMENT)


def label_page_frame(texts: Sequence[str], hits: list[Hit | None], lo: int, hi: int) -> None:
    """Type the header and footer of a whole web page (menus, teasers, link lists) as
    navigation.

    Text extracted from a whole page puts dozens of short lines before the article's
    prose and after it; an article of a feed opens with its headline and lead. See
    :data:`PAGE_FRAME_MIN_LINES` for the evidence needed and what stays.
    """
    header = _prose_edge(texts, hits, range(lo, hi))
    _label_frame(texts, hits, header, PAGE_HEADER_RULE)
    footer = _prose_edge(texts, hits, range(hi - 1, lo - 1, -1))
    _label_frame(texts, hits, footer, PAGE_FOOTER_RULE)


def label_article(
    texts: Sequence[str], hits: list[Hit | None], lo: int, hi: int, config: Config
) -> None:
    """Run the document pass over lines ``lo:hi`` (one article), updating ``hits``."""
    contents = list(compress(texts[lo:hi], map(operator.is_, hits[lo:hi], repeat(None))))
    repeats = len(set(contents)) < len(contents)  # in most articles no line repeats
    if repeats:
        label_repeats(texts, hits, lo, hi, config)
    label_menus(texts, hits, lo, hi)
    if repeats:
        label_repeated_teasers(texts, hits, lo, hi, config)
    label_trailing_teasers(texts, hits, lo, hi, config)
    label_page_frame(texts, hits, lo, hi)
    label_top(texts, hits, lo, hi, config)
