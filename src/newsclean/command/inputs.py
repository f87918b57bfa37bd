"""Open the command's inputs and decode them as UTF-8, line by line.

A file is read in binary and decoded one line at a time, so memory never holds
more than a line of it, and an invalid byte is reported with the file's name
and the byte offset where it sits (or replaced by U+FFFD on request).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO

from ..errors import NewscleanError

STDIN = "-"
"""The name that stands for standard input."""

ENCODING_ERRORS = ("strict", "replace")
"""What ``--encoding-errors`` accepts: stop with an error, or substitute U+FFFD."""


class InputError(NewscleanError):
    """An input could not be opened or decoded; names the input (and the byte offset)."""

    def __init__(self, source: str, message: str, offset: int | None = None) -> None:
        where = source if offset is None else f"{source}: byte offset {offset}"
        super().__init__(f"{where}: {message}")
        self.source = source
        self.offset = offset


def display_name(name: str) -> str:
    """How an input is named in messages and records (``<stdin>`` for ``-``)."""
    return "<stdin>" if name == STDIN else name


def input_size(name: str) -> int | None:
    """The size in bytes of a regular file, or None (standard input, pipes)."""
    if name == STDIN:
        return None
    try:
        return os.stat(name).st_size
    except OSError:
        return None


@contextmanager
def open_binary(name: str) -> Iterator[IO[bytes]]:
    """Open ``name`` for binary reading (``-`` is standard input, left open afterwards)."""
    if name == STDIN:
        yield sys.stdin.buffer
        return
    try:
        fh = open(name, "rb")  # noqa: SIM115 - closed below, after the caller is done
    except OSError as exc:
        raise InputError(display_name(name), exc.strerror or str(exc)) from None
    try:
        yield fh
    finally:
        fh.close()


def decode_line(raw: bytes, source: str, offset: int, errors: str) -> str:
    """Decode one line of bytes that starts at byte ``offset`` of ``source``."""
    try:
        return raw.decode("utf-8", errors)
    except UnicodeDecodeError as exc:
        raise InputError(
            source,
            "invalid UTF-8 (use --encoding-errors replace to substitute U+FFFD)",
            offset + exc.start,
        ) from None


def decoded_lines(
    stream: IO[bytes],
    source: str,
    errors: str = "strict",
    on_bytes: Callable[[int], object] | None = None,
) -> Iterator[str]:
    """Yield the lines of ``stream`` decoded as UTF-8, line breaks included.

    A line break byte (``\\n``) never occurs inside a UTF-8 sequence, so decoding
    line by line gives the same text as decoding the whole input at once.
    """
    offset = 0
    for raw in stream:
        yield decode_line(raw, source, offset, errors)
        offset += len(raw)
        if on_bytes is not None:
            on_bytes(len(raw))
