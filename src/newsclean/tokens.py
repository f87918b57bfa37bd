"""Tokens for boundary detection: one pass over a line, for every script.

Words of spaced scripts are lower-cased, stripped of a plural/possessive ``s``
and filtered against a small English stopword list. Scripts written without
spaces (Han, kana, Hangul runs without spaces, Thai, Lao, Khmer, Myanmar) would
otherwise give one giant "word" per sentence, so their runs are cut into
character bigrams instead: two lines about the same thing then share tokens,
and a page in such a language is not over-split for lack of overlap.
"""

from __future__ import annotations

import re
import string
from itertools import filterfalse

import regex

_UNSPACED_CHARS = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
)
UNSPACED = re.compile(f"[{_UNSPACED_CHARS}]")
"""One character of a script written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar)."""
_UNSPACED_RUN = re.compile(f"[{_UNSPACED_CHARS}]+")
_LONG_WORD = regex.compile(r"(?:[\p{L}\p{N}_]\p{M}*){3,}")
"""A word of three letters or more in any spaced script, each letter with its combining
marks: a Devanagari or Bengali word keeps its vowel signs (the standard library's ``\\w``
stops at them), and a two-letter word with signs ("में", "की") is as short as "of"."""
_LONG_ASCII_WORD = re.compile(r"[a-z0-9_]{3,}")
"""``_LONG_WORD`` on lower-cased ASCII text (where ``\\w`` is exactly these characters)."""
_ASCII_WORD_CHARS = string.ascii_lowercase + string.digits + "_"
_ASCII_SPLIT = bytes(
    ord(chr(b).lower()) if b < 0x80 and chr(b).lower() in _ASCII_WORD_CHARS else ord(" ")
    for b in range(256)
)
"""A byte table: ASCII word characters lower-cased, every other byte a space. An ASCII head
translated by it and split holds the runs of ``_LONG_ASCII_WORD`` on its lower-cased text, and
shorter runs too (see ``_SHORT_ASCII_WORDS``)."""
_QUOTES_AND_DASHES = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0\u00ab\u00bb"
"""Non-ASCII characters common in English news text, none of them a word character: a head
whose other characters are ASCII is read byte-wise too (their UTF-8 bytes are all >= 0x80)."""
_NOT_BYTEWISE = re.compile(f"[^\\x00-\\x7f{_QUOTES_AND_DASHES}]")
_SHORT_ASCII_WORDS = frozenset(_ASCII_WORD_CHARS) | frozenset(
    a + b for a in _ASCII_WORD_CHARS for b in _ASCII_WORD_CHARS
)
"""Every run of one or two ASCII word characters (what ``{3,}`` leaves out)."""

HEAD_CHARS = 400
"""Only the first this many characters of a line are tokenised: enough for its topic, and
the cost per line stays bounded whatever the line's length."""


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set (for word lists kept as prose)."""
    return frozenset(text.split())


STOPWORDS = wordset(
    """
    about above after again against all also and any are because been before being
    below between both but can could did does doing down during each few for from
    further had has have having her here hers herself him himself his how into its
    itself just more most not now off once only other our ours out over own same
    she should some such than that the their theirs them then there these they this
    those through too under until very was were what when where which while who
    whom why will with would you your yours said says say told one two new last
    year years week people time like get got made make many much may might must
    per since still well back first way even take told just us mr mrs ms dr
    """
)
"""English function words and reporting verbs: frequent everywhere, no topic."""

_is_stopword = STOPWORDS.__contains__
_is_dropped = (STOPWORDS | _SHORT_ASCII_WORDS).__contains__


def tokenize(text: str) -> frozenset[str]:
    """The topic-bearing tokens of a line's head (words, or character bigrams of unspaced scripts).

    Words have at least three letters (combining marks ride along), are lower-cased and
    are not stopwords.

    >>> sorted(tokenize("The minister's talks in Rome ended."))
    ['ended', 'minister', 'rome', 'talks']
    >>> sorted(tokenize("東京都の会議"))
    ['の会', '京都', '会議', '東京', '都の']
    """
    head = text[:HEAD_CHARS]
    if head.isascii() or _NOT_BYTEWISE.search(head) is None:
        # most lines: byte-wise, no pattern (as _LONG_ASCII_WORD on the lower-cased head)
        words = head.encode().translate(_ASCII_SPLIT).decode().split()
        return frozenset(filterfalse(_is_dropped, words))
    head = head.lower()
    if UNSPACED.search(head) is None:
        return frozenset(filterfalse(_is_stopword, _LONG_WORD.findall(head)))
    out: set[str] = set()
    for run in _UNSPACED_RUN.findall(head):
        if len(run) == 1:
            out.add(run)
        else:
            out.update(run[k : k + 2] for k in range(len(run) - 1))
    spaced = _UNSPACED_RUN.sub(" ", head)
    out.update(set(_LONG_WORD.findall(spaced)) - STOPWORDS)
    return frozenset(out)
