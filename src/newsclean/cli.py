"""The ``newsclean`` command: clean files or standard input, or write an HTML report.

``newsclean FILE...`` cleans (see ``docs/cli.md``); ``newsclean report FILE -o
report.html`` writes a report. Exit codes: 0 all cleaned, 1 some inputs or
records failed (each reported on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from . import __version__
from .command.inputs import ENCODING_ERRORS, STDIN
from .command.records import ON_ERROR, RecordOptions
from .command.render import FORMATS
from .command.run import EXIT_FAILED, EXIT_OK, EXIT_USAGE, RunOptions, check_inputs, run

REPORT_COMMAND = "report"
"""The first argument that selects the report command instead of cleaning."""

_EPILOG = f"""\
Other command: newsclean {REPORT_COMMAND} FILE -o report.html (see newsclean {REPORT_COMMAND} -h).
Exit codes: {EXIT_OK} all cleaned, {EXIT_FAILED} some inputs or records failed \
(reported on stderr), {EXIT_USAGE} usage error."""


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(
            f"expected a number of processes (0 = all CPUs): {value!r}"
        )
    return n


def build_parser() -> argparse.ArgumentParser:
    """The command-line parser of ``newsclean [FILE...]``."""
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Split scraped news text into articles and strip its boilerplate.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="*", help="input files; - or none: standard input")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="text: cleaned articles separated by a blank line (default for plain text); "
        "json: one document per input; jsonl: one record per article "
        "(per input record with --jsonl, the default there)",
    )
    parser.add_argument("--no-split", action="store_true", help="treat each input as one article")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="show every removed piece with its rule id and every boundary with its cues",
    )
    group = parser.add_argument_group("JSONL input")
    group.add_argument(
        "--jsonl", action="store_true", help="inputs are JSON Lines: one record with a text each"
    )
    group.add_argument("--field", default="text", help="the record field to clean (text)")
    group.add_argument(
        "--into", default="newsclean", help="the field each record gains (newsclean)"
    )
    group.add_argument(
        "--on-error",
        choices=ON_ERROR,
        default="fail",
        help="a record or input that fails: stop (fail, default), leave it out (skip), "
        "or pass it through unchanged (keep); always reported on stderr",
    )
    run_group = parser.add_argument_group("running")
    run_group.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes, over records or files; output keeps input order (0: all CPUs)",
    )
    run_group.add_argument(
        "--encoding-errors",
        choices=ENCODING_ERRORS,
        default="strict",
        help="invalid UTF-8: stop with the file and byte offset (strict), or use U+FFFD",
    )
    run_group.add_argument(
        "--no-progress", action="store_true", help="no progress bar (shown only on a terminal)"
    )
    run_group.add_argument(
        "--quiet", "-q", action="store_true", help="no counts on stderr unless something failed"
    )
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return parser


def build_report_parser() -> argparse.ArgumentParser:
    """The command-line parser of ``newsclean report FILE -o OUT``."""
    parser = argparse.ArgumentParser(
        prog=f"newsclean {REPORT_COMMAND}",
        description="Write one self-contained HTML page showing how a feed was cleaned: "
        "article boundaries and their cues, every removed piece by kind, the cleaned articles.",
    )
    parser.add_argument("file", help="the input feed (- for standard input)")
    parser.add_argument(
        "-o", "--output", default=STDIN, help="the HTML file to write (default: standard output)"
    )
    parser.add_argument("--no-split", action="store_true", help="treat the input as one article")
    parser.add_argument("--title", help="the page title (default: the input's name)")
    parser.add_argument("--encoding-errors", choices=ENCODING_ERRORS, default="strict")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args[:1] == [REPORT_COMMAND]:
            return _report(args[1:])
        return _clean(args)
    except SystemExit as exc:  # argparse: --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


def _clean(args: list[str]) -> int:
    parser = build_parser()
    ns = parser.parse_args(args)
    inputs = tuple(ns.files) or (STDIN,)
    problem = check_inputs(inputs)
    if problem is not None:
        parser.error(problem)
    if inputs.count(STDIN) > 1:
        parser.error("standard input (-) can be read only once")
    fmt = ns.format or ("jsonl" if ns.jsonl else "text")
    opts = RunOptions(
        inputs=inputs,
        fmt=fmt,
        split=not ns.no_split,
        explain=ns.explain,
        jsonl=ns.jsonl,
        record=RecordOptions(
            field=ns.field,
            into=ns.into,
            split=not ns.no_split,
            explain=ns.explain,
            encoding_errors=ns.encoding_errors,
        ),
        on_error=ns.on_error,
        encoding_errors=ns.encoding_errors,
        jobs=ns.jobs,
        progress=not ns.no_progress,
        quiet=ns.quiet,
    )
    _utf8(sys.stdout)
    return run(opts, sys.stdout)


def _report(args: list[str]) -> int:
    from .report import write_report

    parser = build_report_parser()
    ns = parser.parse_args(args)
    problem = check_inputs([ns.file])
    if problem is not None:
        parser.error(problem)
    return write_report(
        ns.file,
        ns.output,
        split=not ns.no_split,
        title=ns.title,
        encoding_errors=ns.encoding_errors,
    )


def _utf8(stream: object) -> None:
    """Write UTF-8 whatever the locale says."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None and (getattr(stream, "encoding", "") or "").lower() != "utf-8":
        reconfigure(encoding="utf-8")
