"""How much boilerplate newsclean strips from real extractor outputs, by the shingle metric.

Reads ``../shared/corpus/aeb-dev`` (relative to the repository root): the ground
truth and the outputs of five HTML extractors for the same pages. For each
extractor separately it prints precision, recall and F1 (see ``shingles.py``,
implemented exactly as that folder's README describes) of:

- ``raw``: the extractor's output, read with the reading convention (lines
  stripped, empty lines dropped, joined by ``"\\n"``);
- ``clean``: ``"\\n".join(a.text for a in newsclean.clean(raw, split=False).articles)``;
- ``split``: the same with the default ``newsclean.clean(raw)`` (boundary detection on),
  to show that splitting does not damage stripping;
- ``best``: the line-level best possible (see :func:`best_possible`).

Pages are scored for all pages, English pages and non-English pages apart
(see :func:`is_english`). Options: ``--removed`` lists every line cleaning removed
with its rule (to review for losses), ``--left`` lists lines that cleaning kept but
the line-level oracle drops (boilerplate still to mine).

Run: ``python benchmarks/strip_quality.py`` from the repository root.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import newsclean

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from shingles import (
    SHINGLE_SIZE,
    Score,
    average,
    read_text,
    score_page,
    shingles_of_tokens,
    tokens,
)

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "aeb-dev"
EXTRACTORS = ("newspaper", "trafilatura", "goose3", "readability", "html-text")

NON_ASCII_LETTER_SHARE = 0.2
"""A page whose letters are more than this share non-ASCII is not English (CJK, Cyrillic...)."""

ENGLISH_STOPWORD_SHARE = 0.15
"""An ASCII page is English when at least this share of its tokens are English stopwords."""

KEEP_SHARE = 0.5
"""The oracle keeps a line when at least this share of its shingles occur in the truth."""

_STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "this",
        "that",
        "as",
        "not",
        "but",
        "he",
        "she",
        "they",
        "we",
        "you",
        "his",
        "her",
        "their",
        "our",
        "has",
        "have",
        "had",
        "will",
        "would",
        "said",
    ]
)


def is_english(text: str) -> bool:
    """Cheap language test on the ground truth of a page.

    Not English when more than ``NON_ASCII_LETTER_SHARE`` of its letters are
    non-ASCII (Japanese, Russian, Korean...); otherwise English when at least
    ``ENGLISH_STOPWORD_SHARE`` of its lower-cased tokens are common English
    function words (this separates Portuguese or Indonesian written in ASCII).
    """
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    if sum(not c.isascii() for c in letters) / len(letters) > NON_ASCII_LETTER_SHARE:
        return False
    toks = [t.lower() for t in tokens(text)]
    return bool(toks) and sum(t in _STOPWORDS for t in toks) / len(toks) >= ENGLISH_STOPWORD_SHARE


def _runs(toks: list[str]) -> set[tuple[str, ...]]:
    """Every contiguous token run of the truth shorter than a shingle, plus its shingles."""
    out: set[tuple[str, ...]] = set()
    for n in range(1, SHINGLE_SIZE + 1):
        out.update(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))
    return out


def best_possible(raw: str, truth: str) -> str:
    """The line-level oracle: ``raw`` without exactly the lines that are not in the truth.

    A line of ``raw`` is "in the truth" when at least ``KEEP_SHARE`` of its own
    shingles (4-token runs inside the line; a line of 1-3 tokens is one shingle
    of all its tokens) occur as contiguous token runs of the truth. Lines
    without any token are dropped. No line is edited, so this is the best a
    line-level stripper can reach (up to shingles that span two lines).
    """
    known = _runs(tokens(truth))
    kept = []
    for line in raw.split("\n"):
        own = shingles_of_tokens(tokens(line))
        if own and sum(s in known for s in own) >= KEEP_SHARE * len(own):
            kept.append(line)
    return "\n".join(kept)


def cleaned(raw: str, split: bool) -> str:
    """The cleaned text of ``raw``: its articles' texts joined by ``"\\n"``."""
    return "\n".join(a.text for a in newsclean.clean(raw, split=split).articles)


@dataclass(frozen=True)
class Page:
    """One page: its id, ground truth, and whether it is English."""

    id: str
    truth: str
    english: bool


def load_pages(corpus: pathlib.Path = CORPUS) -> list[Page]:
    """The pages of the ground truth, in file order."""
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        Page(pid, item["articleBody"], is_english(item["articleBody"]))
        for pid, item in truth.items()
    ]


def load_outputs(extractor: str, corpus: pathlib.Path = CORPUS) -> dict[str, str]:
    """One extractor's outputs, each read with the reading convention."""
    data = json.loads((corpus / "outputs" / f"{extractor}.json").read_text(encoding="utf-8"))
    return {pid: read_text(item.get("articleBody") or "") for pid, item in data.items()}


SYSTEMS: dict[str, Callable[[str, str], str]] = {
    "raw": lambda raw, truth: raw,
    "clean": lambda raw, truth: cleaned(raw, split=False),
    "split": lambda raw, truth: cleaned(raw, split=True),
    "best": best_possible,
}

GROUPS: dict[str, Callable[[Page], bool]] = {
    "all": lambda page: True,
    "en": lambda page: page.english,
    "non-en": lambda page: not page.english,
}


def evaluate(
    pages: list[Page], outputs: dict[str, str], systems: Iterable[str] = tuple(SYSTEMS)
) -> dict[tuple[str, str], Score]:
    """Scores keyed by (system, group)."""
    texts = {s: {p.id: SYSTEMS[s](outputs.get(p.id, ""), p.truth) for p in pages} for s in systems}
    return {
        (s, g): average(score_page(texts[s][p.id], p.truth) for p in pages if keep(p))
        for s in systems
        for g, keep in GROUPS.items()
    }


def _print_table(extractor: str, scores: dict[tuple[str, str], Score]) -> None:
    for group in GROUPS:
        raw = scores["raw", group]
        cells = []
        for system in SYSTEMS:
            sc = scores[system, group]
            cells.append(f"{sc.precision:6.3f} {sc.recall:6.3f} {sc.f1:6.3f}")
        clean = scores["clean", group]
        gain = clean.f1 - raw.f1
        reach = scores["best", group].f1 - raw.f1
        taken = f"{gain / reach:6.0%}" if reach > 0 else "     -"
        print(
            f"{extractor:<12} {group:<7} {raw.pages:>3}  " + "  ".join(cells) + f"  "
            f"{100 * (clean.precision - raw.precision):+6.2f} "
            f"{100 * (clean.recall - raw.recall):+6.2f} {taken}"
        )


def _header() -> None:
    cols = "  ".join(f"{s + ' P':>6} {'R':>6} {'F1':>6}" for s in SYSTEMS)
    print(f"{'extractor':<12} {'pages':<7} {'n':>3}  {cols}  {'dP':>6} {'dR':>6} {'taken':>6}")


def _list_removed(pages: list[Page], outputs: dict[str, str]) -> None:
    for page in pages:
        feed = newsclean.clean(outputs.get(page.id, ""), split=False)
        for item in feed.boilerplate:
            print(f"{page.id[:8]} {item.rule:<32} {item.text[:110]!r}")


def _list_left(pages: list[Page], outputs: dict[str, str]) -> None:
    for page in pages:
        raw = outputs.get(page.id, "")
        good = set(best_possible(raw, page.truth).split("\n"))
        for line in cleaned(raw, split=False).split("\n"):
            if line and line not in good:
                print(f"{page.id[:8]} {line[:130]!r}")


def main(argv: list[str] | None = None) -> int:
    """Print the table (or the review lists); returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--extractor", choices=EXTRACTORS, action="append")
    parser.add_argument("--removed", action="store_true", help="list removed lines and rules")
    parser.add_argument("--left", action="store_true", help="list kept lines the oracle drops")
    args = parser.parse_args(argv)
    if not (CORPUS / "ground-truth.json").is_file():
        print(f"strip_quality: {CORPUS} is absent (a fresh clone has no development data); skipped")
        return 0
    pages = load_pages()
    extractors = args.extractor or EXTRACTORS
    if args.removed or args.left:
        for extractor in extractors:
            print(f"## {extractor}")
            outputs = load_outputs(extractor)
            if args.removed:
                _list_removed(pages, outputs)
            if args.left:
                _list_left(pages, outputs)
        return 0
    english = sum(p.english for p in pages)
    print(
        f"aeb-dev: {len(pages)} pages ({english} English, {len(pages) - english} non-English); "
        "shingle metric, precision/recall averaged over pages"
    )
    print("raw = extractor output; clean = clean(split=False); split = clean(); best = line oracle")
    print("dP/dR = clean - raw in points; taken = F1 gain of clean / F1 gain of best")
    _header()
    for extractor in extractors:
        _print_table(extractor, evaluate(pages, load_outputs(extractor)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
