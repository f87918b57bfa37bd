"""Split text into lines without losing a character.

Line breaks are ``\\r\\n``, ``\\r`` and ``\\n`` (Python's universal newlines);
every other character, ``\\x0b``, ``\\x0c``, ``\\x85`` and ``\\u2028`` included,
stays inside its line. A line's content is its text without surrounding
whitespace (``str.strip``); whitespace-only lines have no content. Whatever lies
between two contents is a separator, so contents and separators tile the text.
"""

from __future__ import annotations

import re

import attrs

_RAW_LINE = re.compile(r"[^\r\n]+")


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
    return max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
