"""Pass 3, per article: type the headline at its top and page furniture repeated in it.

These decisions need the whole article as evidence, so they run after the
boundaries are known and only where the evidence is clear: a line that might
be content stays content.
"""

from __future__ import annotations

import functools
import operator
from collections import Counter
from collections.abc import Sequence
from itertools import compress, repeat

import regex

from .config import Config
from .strip import Hit
from .types import Kind, Stage

_SENTENCE_END = regex.compile(r"[.!?…][\"'”’)\]]*$")
_NOT_HEADLINE_END = regex.compile(r"[.,;:!…\-–—]$")
_HEADLINE_START = regex.compile(r"[\p{Lu}\p{N}]")
_WORD = regex.compile(r"\S+")

HEADLINE_RULE = "document.headline"
REPEATED_RULE = "document.repeated-block"


def _words(text: str) -> int:
    return len(_WORD.findall(text))


@functools.lru_cache(maxsize=8)
def _at_most_words(limit: int) -> regex.Pattern[str]:
    # Fully matches text of at most ``limit`` words (runs of \S), stopping at word
    # ``limit + 1`` instead of listing every word of a long paragraph.
    return regex.compile(rf"\s*+(?:\S++\s*+){{0,{limit}}}+")


def looks_like_headline(text: str, config: Config) -> bool:
    """A short line that starts like a title and does not end like a sentence."""
    return (
        len(text) <= config.headline_max_chars
        and 2 <= _words(text) <= config.headline_max_words
        and _HEADLINE_START.match(text) is not None
        and _NOT_HEADLINE_END.search(text) is None
    )


def looks_like_prose(text: str) -> bool:
    """A line of several words that ends like a sentence."""
    return _words(text) >= 8 and _SENTENCE_END.search(text) is not None


def label_top(
    texts: Sequence[str], hits: list[Hit | None], lo: int, hi: int, config: Config
) -> None:
    """Type the article's first content line as its headline when the evidence is clear.

    Clear means: the line is headline-shaped and the next content line is prose
    that is longer than it.
    """
    first = next((i for i in range(lo, hi) if hits[i] is None), None)
    if first is None or not looks_like_headline(texts[first], config):
        return
    nxt = next((i for i in range(first + 1, hi) if hits[i] is None), None)
    if nxt is None or not looks_like_prose(texts[nxt]) or len(texts[nxt]) <= len(texts[first]):
        return
    hits[first] = Hit(Kind.HEADLINE, HEADLINE_RULE, Stage.DOCUMENT)


def label_repeats(
    texts: Sequence[str], hits: list[Hit | None], lo: int, hi: int, config: Config
) -> None:
    """Type blocks of short lines that occur verbatim more than once (menus, teaser lists).

    A single repeated line is not enough (table cells and list items repeat);
    a line counts only inside a run of at least three consecutive short lines
    that all repeat.
    """
    short = _at_most_words(config.repeat_max_words).fullmatch
    # Count the content lines with a C-level Counter, then judge only the texts
    # seen often enough: most lines occur once and cost no regex call here.
    counts = Counter(compress(texts[lo:hi], map(operator.is_, hits[lo:hi], repeat(None))))
    often = {
        text
        for text, count in counts.items()
        if count >= config.repeat_min_count
        and short(text) is not None
        and _SENTENCE_END.search(text) is None
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
        if j - i >= 3:
            for k in range(lo + i, lo + j):
                hits[k] = Hit(Kind.REPEATED, REPEATED_RULE, Stage.DOCUMENT)
        i = j


def label_article(
    texts: Sequence[str], hits: list[Hit | None], lo: int, hi: int, config: Config
) -> None:
    """Run the document pass over lines ``lo:hi`` (one article), updating ``hits``."""
    label_repeats(texts, hits, lo, hi, config)
    label_top(texts, hits, lo, hi, config)
