"""Split text into lines without losing a character.

Line breaks are ``\\r\\n``, ``\\r`` and ``\\n`` (Python's universal newlines);
every other character, ``\\x0b``, ``\\x0c``, ``\\x85`` and ``\\u2028`` included,
stays inside its line. A line's content is its text without surrounding
whitespace (``str.strip``); whitespace-only lines have no content. Whatever lies
between two contents is a separator, so contents and separators tile the text.
"""

from __future__ import annotations

import operator
import re
from itertools import accumulate, compress

import attrs

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
    # Python code runs only for lines that had surrounding whitespace.
    raws = text.split("\n")
    texts = list(map(str.strip, raws))
    starts = list(accumulate(map(_NEXT_LINE, map(len, raws)), initial=base))
    starts.pop()
    # str.strip() returns the very same object when there is nothing to strip.
    for i in compress(range(len(raws)), map(operator.is_not, texts, raws)):
        raw = raws[i]
        starts[i] += len(raw) - len(raw.lstrip())
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
        content = raw.strip()
        if not content:
            continue
        start = base + m.start() + len(raw) - len(raw.lstrip())
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
