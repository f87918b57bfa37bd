"""The 4-gram shingle metric of the article-extraction benchmark, and the reading convention.

Exactly as ``../shared/corpus/aeb-dev/README.md`` describes it:

1. tokens are the runs of word characters (``\\w+``, Unicode-aware), compared
   case-sensitively;
2. a shingle is a run of 4 consecutive tokens; a text shorter than 4 tokens is
   one shingle of all its tokens (a text with no token has no shingle);
3. per page, shingles are counted as multisets: matched = the smaller of the
   two counts, extra = what the prediction has beyond the truth, missed = what
   the truth has beyond the prediction; precision = matched / (matched + extra),
   recall = matched / (matched + missed);
4. precision and recall are each averaged over pages (a page without any
   predicted shingle is left out of the precision average, one without any
   ground-truth shingle out of the recall average); F1 is the harmonic mean of
   the two averages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

SHINGLE_SIZE = 4
_TOKEN = re.compile(r"\w+")

Shingle = tuple[str, ...]


def read_text(text: str) -> str:
    """The reading convention: lines stripped, empty lines dropped, joined by one ``"\\n"``."""
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def tokens(text: str) -> list[str]:
    """The word-character runs of ``text``, in order."""
    return _TOKEN.findall(text)


def shingles_of_tokens(toks: Sequence[str]) -> list[Shingle]:
    """The 4-token shingles of a token sequence; a shorter non-empty one is one shingle."""
    if not toks:
        return []
    if len(toks) < SHINGLE_SIZE:
        return [tuple(toks)]
    return [tuple(toks[i : i + SHINGLE_SIZE]) for i in range(len(toks) - SHINGLE_SIZE + 1)]


def shingles(text: str) -> Counter[Shingle]:
    """The multiset of shingles of ``text``."""
    return Counter(shingles_of_tokens(tokens(text)))


@dataclass(frozen=True)
class PageScore:
    """The shingle counts of one page; precision or recall is ``None`` when undefined."""

    matched: int
    extra: int
    missed: int

    @property
    def precision(self) -> float | None:
        """matched / (matched + extra), or ``None`` without any predicted shingle."""
        total = self.matched + self.extra
        return self.matched / total if total else None

    @property
    def recall(self) -> float | None:
        """matched / (matched + missed), or ``None`` without any ground-truth shingle."""
        total = self.matched + self.missed
        return self.matched / total if total else None


def score_page(predicted: str, truth: str) -> PageScore:
    """Compare one predicted text with its ground truth."""
    pred, gold = shingles(predicted), shingles(truth)
    matched = sum(min(n, gold[s]) for s, n in pred.items())
    extra = sum(max(0, n - gold[s]) for s, n in pred.items())
    missed = sum(max(0, n - pred[s]) for s, n in gold.items())
    return PageScore(matched, extra, missed)


@dataclass(frozen=True)
class Score:
    """Precision and recall averaged over pages, and their harmonic mean."""

    precision: float
    recall: float
    pages: int

    @property
    def f1(self) -> float:
        """The harmonic mean of the averaged precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def average(pages: Iterable[PageScore]) -> Score:
    """Average page precision and recall, each over the pages where it is defined."""
    pages = list(pages)
    precisions = [p.precision for p in pages if p.precision is not None]
    recalls = [p.recall for p in pages if p.recall is not None]
    return Score(
        precision=sum(precisions) / len(precisions) if precisions else 0.0,
        recall=sum(recalls) / len(recalls) if recalls else 0.0,
        pages=len(pages),
    )
