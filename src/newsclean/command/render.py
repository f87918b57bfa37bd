"""Write articles as text, an explanation, JSON or JSONL.

A writer gets the articles of one input one at a time and writes each at
once, so output never waits for (or holds) a whole input.
"""

from __future__ import annotations

import json
from typing import Any, Protocol

from ..types import Article, Boilerplate, Paragraph
from .tally import Tally

FORMATS = ("text", "json", "jsonl")
"""The output formats of ``--format``."""


class TextSink(Protocol):
    """Where output goes: anything with a ``write(str)`` method."""

    def write(self, s: str, /) -> object:
        """Write ``s``."""


def dumps(data: object) -> str:
    """JSON on one line, non-ASCII characters kept as they are."""
    return json.dumps(data, ensure_ascii=False)


def explain_article(article: Article, number: int) -> str:
    """A human-readable account of one article: its boundary and cues, then every line.

    Content lines are marked ``|``; removed pieces ``-`` with their kind and rule id.
    """
    b = article.boundary
    head = f"== article {number} [{article.span.start}:{article.span.end}]"
    head += f" boundary score {b.score:.2f}: {b.reason}"
    out = [head]
    out.extend(f"   cue {cue.name} = {cue.value:+.2f}" for cue in b.cues)
    items: list[Paragraph | Boilerplate] = [*article.paragraphs, *article.boilerplate]
    items.sort(key=lambda item: item.span.start)
    for item in items:
        if isinstance(item, Boilerplate):
            out.append(f"   - [{item.kind.value} {item.rule}] {item.text}")
        else:
            out.append(f"   | {item.text}")
    return "\n".join(out) + "\n"


class ArticleWriter:
    """Writes the articles of one input in one format; counts them into a :class:`Tally`."""

    def __init__(
        self, out: TextSink, fmt: str, source: str, tally: Tally, *, explain: bool = False
    ) -> None:
        self.out = out
        self.fmt = fmt
        self.source = source
        self.tally = tally
        self.explain = explain
        self.count = 0
        self.kinds: dict[str, int] = {}

    def begin(self) -> None:
        """Write what comes before the first article (the opening of a JSON document)."""
        if self.fmt == "json":
            self.out.write(f'{{"source": {dumps(self.source)}, "articles": [')

    def write(self, article: Article) -> None:
        """Write one article."""
        self.tally.add_article(article)
        for piece in article.boilerplate:
            self.kinds[piece.kind.value] = self.kinds.get(piece.kind.value, 0) + 1
        self.count += 1
        if self.fmt == "text":
            if self.count > 1:
                self.out.write("\n")
            if self.explain:
                self.out.write(explain_article(article, self.count))
            else:
                self.out.write(article.text + "\n")
        elif self.fmt == "json":
            self.out.write(("" if self.count == 1 else ", ") + dumps(article.to_dict()))
        else:
            record: dict[str, Any] = {"source": self.source, "index": self.count - 1}
            record.update(article.to_dict())
            self.out.write(dumps(record) + "\n")

    def end(self) -> None:
        """Write what comes after the last article (the counts closing a JSON document)."""
        if self.fmt == "json":
            self.out.write(f'], "counts": {dumps(self.kinds)}}}\n')
