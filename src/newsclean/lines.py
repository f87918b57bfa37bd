"""Split text into lines without losing a character.

Line breaks are ``\\r\\n``, ``\\r`` and ``\\n`` (Python's universal newlines);
every other character, ``\\x0b``, ``\\x0c``, ``\\x85`` and ``\\u2028`` included,
stays inside its line. A line's content is its text without surrounding blanks
(:data:`BLANK`: whitespace and the invisible format characters a zero-width space
or a byte-order mark leave); lines of blanks alone have no content. Whatever lies
between two contents is a separator, so contents and separators tile the text.
"""

from __future__ import annotations

import operator
import re
from itertools import accumulate, compress

import attrs

WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""Every character for which ``str.isspace()`` is true (what ``str.strip()`` removes)."""

BYTE_ORDER_MARK = "\ufeff"
"""What a UTF-8 file saved "with signature" starts with (Python's ``utf-8-sig``)."""

INVISIBLE = "\u200b\u200c\u200d\u2060" + BYTE_ORDER_MARK
"""Zero-width space, non-joiner and joiner, word joiner, byte-order mark: invisible, and
at a line's edge they join nothing. Extractors leave lines of a lone zero-width space,
and a file saved with a byte-order mark starts with one."""

BLANK = WHITESPACE + INVISIBLE
"""What surrounds a line's content, and all a separator holds."""

_RAW_LINE = re.compile(r"[^\r\n]+")
_NEXT_LINE = (1).__add__


@attrs.frozen(slots=True)
class Lines:
    """The non-blank lines of a text: their stripped contents and content offsets.

    ``texts[i] == text[starts[i]:ends[i]]`` for every ``i``.
    """

    texts: list[str]
    starts: list[int]
    ends: list[int]

    def __len__(self) -> int:
        return len(self.texts)


def split_lines(text: str, base: int = 0) -> Lines:
    """Return the non-blank lines of ``text``; offsets are shifted by ``base``."""
    if "\r" in text or text.count("\n\n") * 4 > text.count("\n"):
        # (over half the lines empty, as "\n\n" is counted without overlaps: the
        # pattern skips them at C speed, where the split spends a little on each)
        return _split_any_breaks(text, base)
    return _split_newlines(text, base)


def _split_newlines(text: str, base: int) -> Lines:
    # Only "\n" breaks: split, strip and compute offsets with C-level map() calls;
    # Python code runs only for lines that had surrounding blanks.
    raws = text.split("\n")
    if any(map(text.__contains__, INVISIBLE)):
        texts = [raw.strip(BLANK) for raw in raws]
    else:  # (the usual case: str.strip() alone, and faster)
        texts = list(map(str.strip, raws))
    starts = list(accumulate(map(_NEXT_LINE, map(len, raws)), initial=base))
    starts.pop()
    # str.strip() returns the very same object when there is nothing to strip.
    for i in compress(range(len(raws)), map(operator.is_not, texts, raws)):
        raw = raws[i]
        starts[i] += len(raw) - len(raw.lstrip(BLANK))
    if "" in texts:
        starts = list(compress(starts, texts))
        texts = list(compress(texts, texts))
    ends = list(map(operator.add, starts, map(len, texts)))
    return Lines(texts, starts, ends)


def _split_any_breaks(text: str, base: int) -> Lines:
    texts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in _RAW_LINE.finditer(text):
        raw = m.group()
        content = raw.strip(BLANK)
        if not content:
            continue
        start = base + m.start() + len(raw) - len(raw.lstrip(BLANK))
        texts.append(content)
        starts.append(start)
        ends.append(start + len(content))
    return Lines(texts, starts, ends)


def line_start(text: str, offset: int) -> int:
    """The offset where the line holding ``offset`` begins (just after the previous break)."""
    # Look for "\r" only after the last "\n": both searches stop within this line,
    # so the cost does not grow with the offset (a text without "\r" would
    # otherwise be searched back to its start for every article).
    newline = text.rfind("\n", 0, offset)
    return max(newline, text.rfind("\r", newline + 1, offset)) + 1
