"""Reading a feed with its gold file (article starts, kind of each boilerplate line)."""

from __future__ import annotations

import json
import pathlib


def read_gold(feed: pathlib.Path, gold: pathlib.Path) -> tuple[str, dict[int, str], list[int]]:
    """The feed's text, its gold kinds by 1-based line number, and its article starts."""
    text = feed.read_text(encoding="utf-8")
    data = json.loads(gold.read_text(encoding="utf-8"))
    labels = {int(k): v for k, v in data["labels"].items()}
    return text, labels, list(data["article_starts"])


def line_numbers(text: str) -> dict[int, int]:
    """Map each line's first non-blank offset to its 1-based line number."""
    out, pos = {}, 0
    for number, line in enumerate(text.split("\n"), 1):
        out[pos + len(line) - len(line.lstrip())] = number
        pos += len(line) + 1
    return out
