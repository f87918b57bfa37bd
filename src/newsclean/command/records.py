"""Clean JSONL records: each keeps all its fields and gains the cleaned articles.

One record is one line of JSON holding the text in a field (``--field``). The
record gains one field (``--into``, default ``newsclean``) holding the articles,
the removed pieces and their counts. A record that cannot be cleaned comes back
as a :class:`RecordResult` with an error message, never as an exception, so the
caller decides (``--on-error``) whether to stop, skip it or keep it.
"""

from __future__ import annotations

import json
from typing import Any

import attrs

from ..api import clean
from ..lines import BYTE_ORDER_MARK
from ..types import Article, Feed
from .inputs import InputError, decode_line
from .render import dumps, explain_article

ON_ERROR = ("fail", "skip", "keep")
"""What ``--on-error`` accepts: stop at the first failed record, leave it out, or keep it."""


@attrs.frozen(slots=True)
class RecordOptions:
    """How to read and extend a record."""

    field: str = "text"
    into: str = "newsclean"
    split: bool = True
    explain: bool = False
    encoding_errors: str = "strict"
    fmt: str = "jsonl"
    on_error: str = "fail"


@attrs.frozen(slots=True)
class RecordResult:
    """The outcome of one record: its output (None when left out) and any error.

    ``output`` is the record as one line of JSON, or for ``--format text`` its
    cleaned articles separated by blank lines, without a final line break.
    """

    where: str
    output: str | None
    error: str | None = None
    articles: int = 0
    removed: dict[str, int] = attrs.field(factory=dict)


def _article_data(article: Article, explain: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "text": article.text,
        "span": article.span.to_dict(),
        "headline": article.headline,
        "byline": article.byline,
        "dateline": article.dateline,
    }
    if explain:
        data["boundary"] = article.boundary.to_dict()
    return data


def cleaned_fields(feed: Feed, explain: bool = False) -> dict[str, Any]:
    """What a record gains: ``articles``, ``removed`` (every piece, with its rule) and ``counts``.

    Offsets are ``str`` indices into the record's text field.
    """
    return {
        "articles": [_article_data(a, explain) for a in feed.articles],
        "removed": [b.to_dict() for b in feed.boilerplate],
        "counts": {k.value: n for k, n in feed.counts().items()},
    }


class RecordError(Exception):
    """A record that cannot be cleaned; the message says why.

    ``record`` is the parsed record when the line was a JSON object.
    """

    def __init__(self, message: str, record: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.record = record


def _parse(raw: bytes, where: str, offset: int, opts: RecordOptions) -> dict[str, Any]:
    try:
        line = decode_line(raw, where, offset, opts.encoding_errors)
    except InputError as exc:
        raise RecordError(str(exc).removeprefix(f"{where}: ")) from None
    if offset == 0:  # a byte-order mark opens the file: an encoding signature, no JSON
        line = line.removeprefix(BYTE_ORDER_MARK)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise RecordError(f"not valid JSON: {exc}") from None
    if not isinstance(record, dict):
        raise RecordError(f"a record must be a JSON object, not {type(record).__name__}")
    if opts.field not in record:
        raise RecordError(f"no field {opts.field!r}", record)
    if not isinstance(record[opts.field], str):
        kind = type(record[opts.field]).__name__
        raise RecordError(f"field {opts.field!r} is {kind}, not a string", record)
    if opts.into in record:
        raise RecordError(f"the record already has a field {opts.into!r} (choose --into)", record)
    return record


def _dumps_record(record: dict[str, Any]) -> str:
    line = dumps(record)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from a \ud800 escape in the input
        return json.dumps(record)
    return line


def _text(feed: Feed, explain: bool) -> str:
    if explain:
        return "\n".join(explain_article(a, n) for n, a in enumerate(feed.articles, 1))[:-1]
    return "\n\n".join(a.text for a in feed.articles)


def clean_record(raw: bytes, where: str, offset: int, opts: RecordOptions) -> RecordResult:
    """Clean the record on one JSONL line (bytes starting at byte ``offset`` of its file)."""
    record: dict[str, Any] | None = None
    try:
        record = _parse(raw, where, offset, opts)
        feed = clean(record[opts.field], split=opts.split)
    except RecordError as exc:
        return _failed(raw, exc.record, where, str(exc), opts)
    except Exception as exc:  # any failure is reported with its record
        message = f"cleaning failed: {type(exc).__name__}: {exc}"
        return _failed(raw, record, where, message, opts)
    counts = {k.value: n for k, n in feed.counts().items()}
    if opts.fmt == "text":
        output = _text(feed, opts.explain)
    else:
        record[opts.into] = cleaned_fields(feed, opts.explain)
        output = _dumps_record(record)
    return RecordResult(where, output, articles=len(feed.articles), removed=counts)


def _failed(
    raw: bytes, record: dict[str, Any] | None, where: str, message: str, opts: RecordOptions
) -> RecordResult:
    """A failed record: left out, or kept unchanged (with the error, where there is room)."""
    if opts.on_error != "keep":
        return RecordResult(where, None, message)
    if opts.fmt == "text":
        text = record.get(opts.field) if record is not None else None
        return RecordResult(where, text if isinstance(text, str) else None, message)
    error: dict[str, Any] = {"error": message, "where": where}
    if record is None:
        error["raw"] = raw.decode("utf-8", "replace").rstrip("\r\n")
        return RecordResult(where, _dumps_record({opts.into: error}), message)
    if opts.into in record:
        return RecordResult(where, _dumps_record(record), message)
    return RecordResult(where, _dumps_record({**record, opts.into: error}), message)
