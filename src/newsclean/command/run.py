"""Run the cleaning command: plain-text inputs or JSONL records, in order, maybe in parallel.

Plain text is streamed through :func:`newsclean.iter_articles` (memory bounded by
the largest article). With ``--jobs N`` whole inputs (plain text) or batches of
records (JSONL) go to N worker processes; output keeps the input order.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from typing import IO

import attrs

from ..api import clean, iter_articles
from ..rules import default_rules
from .inputs import STDIN, InputError, decoded_lines, display_name, input_size, open_binary
from .parallel import ordered_map, worker_count
from .progress import Progress, progress_bar
from .records import RecordOptions, RecordResult, clean_record
from .render import ArticleWriter, TextSink
from .tally import Tally

EXIT_OK = 0
"""Every input and record was cleaned."""
EXIT_FAILED = 1
"""Some inputs or records failed (reported on stderr)."""
EXIT_USAGE = 2
"""The command line was wrong."""

BATCH_RECORDS = 64
"""JSONL records sent to a worker at a time..."""
BATCH_BYTES = 1 << 20
"""... or fewer, once they hold this many bytes."""


@attrs.frozen(slots=True)
class RunOptions:
    """Everything the command line decided."""

    inputs: tuple[str, ...]
    fmt: str = "text"
    split: bool = True
    explain: bool = False
    jsonl: bool = False
    record: RecordOptions = attrs.field(factory=RecordOptions)
    on_error: str = "fail"
    encoding_errors: str = "strict"
    jobs: int = 1
    progress: bool = True
    quiet: bool = False


def _load_rules() -> None:
    """Worker start-up: compile the rule set once for the life of the worker."""
    default_rules()


def _report(message: str) -> None:
    sys.stderr.write(f"newsclean: {message}\n")


def run(opts: RunOptions, out: IO[str]) -> int:
    """Clean every input of ``opts`` onto ``out``; returns the exit code."""
    sizes = [input_size(name) for name in opts.inputs]
    total = None if None in sizes else sum(s or 0 for s in sizes)
    bar = progress_bar(total, opts.progress)
    tally = Tally()
    try:
        if opts.jsonl:
            _run_records(opts, out, tally, bar)
        else:
            _run_texts(opts, out, tally, bar)
    finally:
        bar.close()
        out.flush()
    unit = "records" if opts.jsonl else "inputs"
    if tally.failed or (opts.jsonl and not opts.quiet):
        _report(tally.summary(unit, opts.on_error))
    return EXIT_FAILED if tally.failed else EXIT_OK


# -- plain text -----------------------------------------------------------------------------


def clean_text_input(
    name: str, out: TextSink, opts: RunOptions, tally: Tally, bar: Progress | None = None
) -> int:
    """Write the articles of one plain-text input; returns how many were written."""
    source = display_name(name)
    writer = ArticleWriter(out, opts.fmt, source, tally, explain=opts.explain)
    on_bytes = None if bar is None else bar.update
    with open_binary(name) as fh:
        lines = decoded_lines(fh, source, opts.encoding_errors, on_bytes)
        writer.begin()
        try:
            if opts.split:
                for article in iter_articles(lines):
                    writer.write(article)
            else:
                for article in clean("".join(lines), split=False).articles:
                    writer.write(article)
        finally:
            writer.end()
    return writer.count


def _run_texts(opts: RunOptions, out: IO[str], tally: Tally, bar: Progress) -> None:
    jobs = worker_count(opts.jobs)
    # Worker processes cannot read this process's standard input.
    if jobs > 1 and len(opts.inputs) > 1 and STDIN not in opts.inputs:
        _run_texts_parallel(opts, out, tally, bar, jobs)
        return
    wrote = False
    for name in opts.inputs:
        tally.records += 1
        sink = _Separated(out, opts.fmt == "text" and wrote)
        try:
            wrote = clean_text_input(name, sink, opts, tally, bar) > 0 or wrote
        except BrokenPipeError:
            raise
        except Exception as exc:  # reported, counted, and the exit code says so
            tally.failed += 1
            _report(_message(exc))
            if opts.on_error == "fail":
                return


class _Separated:
    """A text stream that writes a blank line before its first write (between inputs)."""

    def __init__(self, out: TextSink, separate: bool) -> None:
        self.out = out
        self.pending = separate

    def write(self, s: str, /) -> object:
        if self.pending and s:
            self.out.write("\n")
            self.pending = False
        return self.out.write(s)


def _message(exc: BaseException) -> str:
    if isinstance(exc, InputError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


@attrs.frozen(slots=True)
class _FileJob:
    name: str
    opts: RunOptions
    folder: str


@attrs.frozen(slots=True)
class _FileDone:
    path: str
    articles: int
    tally: Tally
    error: str | None = None


def _clean_file_job(job: _FileJob) -> _FileDone:
    """Worker: clean one whole input into a temporary file."""
    tally = Tally(records=1)
    fd, path = tempfile.mkstemp(dir=job.folder, suffix=".out")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        try:
            n = clean_text_input(job.name, fh, job.opts, tally)
        except Exception as exc:  # sent back to the parent to report
            tally.failed = 1
            return _FileDone(path, 0, tally, _message(exc))
    return _FileDone(path, n, tally)


def _run_texts_parallel(
    opts: RunOptions, out: IO[str], tally: Tally, bar: Progress, jobs: int
) -> None:
    wrote = False
    with tempfile.TemporaryDirectory(prefix="newsclean-") as folder:
        work = (_FileJob(name, opts, folder) for name in opts.inputs)
        for name, done in zip(
            opts.inputs, ordered_map(_clean_file_job, work, jobs, _load_rules), strict=True
        ):
            tally.merge(done.tally)
            if done.articles and wrote and opts.fmt == "text":
                out.write("\n")
            wrote = wrote or done.articles > 0
            with open(done.path, encoding="utf-8", newline="") as fh:
                shutil.copyfileobj(fh, out)
            os.unlink(done.path)
            size = input_size(name)
            bar.update(size or 0)
            if done.error is not None:
                _report(done.error)
                if opts.on_error == "fail":
                    return


# -- JSONL records --------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Batch:
    index: int
    lines: tuple[tuple[str, int, bytes], ...]
    opts: RecordOptions


def _clean_batch(batch: _Batch) -> tuple[int, int, list[RecordResult]]:
    """Worker: clean a batch of records; returns (input index, bytes read, results)."""
    results = [clean_record(raw, where, offset, batch.opts) for where, offset, raw in batch.lines]
    return batch.index, sum(len(raw) for _, _, raw in batch.lines), results


def _batches(opts: RunOptions, ropts: RecordOptions) -> Iterator[_Batch]:
    for index, name in enumerate(opts.inputs):
        source = display_name(name)
        lines: list[tuple[str, int, bytes]] = []
        size = 0
        with open_binary(name) as fh:
            offset = 0
            for lineno, raw in enumerate(fh, 1):
                if raw.strip():
                    lines.append((f"{source}:{lineno}", offset, raw))
                    size += len(raw)
                offset += len(raw)
                if len(lines) >= BATCH_RECORDS or size >= BATCH_BYTES:
                    yield _Batch(index, tuple(lines), ropts)
                    lines, size = [], 0
        yield _Batch(index, tuple(lines), ropts)


class _RecordWriter:
    """Writes record outputs in one format, opening and closing one JSON array per input."""

    def __init__(self, out: IO[str], fmt: str) -> None:
        self.out = out
        self.fmt = fmt
        self.index = -1
        self.in_input = 0
        self.wrote_text = False

    def start(self, index: int) -> None:
        while self.index < index:
            self.finish()
            self.index += 1
            self.in_input = 0
            if self.fmt == "json":
                self.out.write("[")

    def write(self, output: str) -> None:
        if self.fmt == "json":
            self.out.write(("" if self.in_input == 0 else ",\n") + output)
        elif self.fmt == "text":
            if not output:
                return
            if self.wrote_text:
                self.out.write("\n")
            self.out.write(output + "\n")
            self.wrote_text = True
        else:
            self.out.write(output + "\n")
        self.in_input += 1

    def finish(self) -> None:
        if self.fmt == "json" and self.index >= 0:
            self.out.write("]\n")


def _run_records(opts: RunOptions, out: IO[str], tally: Tally, bar: Progress) -> None:
    ropts = attrs.evolve(opts.record, fmt=opts.fmt, on_error=opts.on_error)
    writer = _RecordWriter(out, opts.fmt)
    jobs = worker_count(opts.jobs)
    try:
        for index, size, results in ordered_map(
            _clean_batch, _batches(opts, ropts), jobs, _load_rules
        ):
            writer.start(index)
            for result in results:
                tally.records += 1
                tally.add_counts(result.articles, result.removed)
                if result.error is not None:
                    tally.failed += 1
                    _report(f"{result.where}: {result.error}")
                if result.output is not None:
                    writer.write(result.output)
                if result.error is not None and opts.on_error == "fail":
                    return
            bar.update(size)
        writer.start(len(opts.inputs) - 1)
    except InputError as exc:
        tally.failed += 1
        _report(str(exc))
    finally:
        if opts.fmt == "json" and writer.index >= 0:
            out.write("]\n")


def check_inputs(names: Sequence[str]) -> str | None:
    """A usage error for inputs that cannot be opened, or None when all can."""
    for name in names:
        if name != STDIN and not os.access(name, os.R_OK):
            reason = "no such file" if not os.path.exists(name) else "not readable"
            return f"{name}: {reason}"
        if name != STDIN and os.path.isdir(name):
            return f"{name}: is a directory"
    return None
