"""The ``newsclean`` command: clean files or standard input."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from . import __version__
from .api import clean


def build_parser() -> argparse.ArgumentParser:
    """The command-line parser."""
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Split scraped news text into articles and strip its boilerplate.",
    )
    parser.add_argument("files", nargs="*", help="input files (default: standard input)")
    parser.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    parser.add_argument("--no-split", action="store_true", help="treat each input as one article")
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code."""
    args = build_parser().parse_args(argv)
    inputs = args.files or ["-"]
    for name in inputs:
        if name == "-":
            text = sys.stdin.read()
        else:
            with open(name, encoding="utf-8") as fh:
                text = fh.read()
        feed = clean(text, split=not args.no_split)
        if args.format == "text":
            sys.stdout.write("\n\n".join(a.text for a in feed.articles) + "\n")
        elif args.format == "json":
            sys.stdout.write(json.dumps(feed.to_dict(), ensure_ascii=False) + "\n")
        else:
            for article in feed.articles:
                sys.stdout.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    return 0
