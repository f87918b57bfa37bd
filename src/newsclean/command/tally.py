"""What a run did, counted: inputs, records, failures, articles and removed pieces."""

from __future__ import annotations

from collections import Counter

import attrs

from ..types import Article


@attrs.define(slots=True)
class Tally:
    """Counts of one run (or one worker's share of it); add them with :meth:`merge`."""

    records: int = 0
    failed: int = 0
    articles: int = 0
    removed: Counter[str] = attrs.field(factory=Counter)

    def add_article(self, article: Article) -> None:
        """Count one article and the pieces removed from it."""
        self.articles += 1
        self.removed.update(b.kind.value for b in article.boilerplate)

    def add_counts(self, articles: int, removed: dict[str, int]) -> None:
        """Count ``articles`` articles and the removed pieces counted by kind."""
        self.articles += articles
        self.removed.update(removed)

    def merge(self, other: Tally) -> None:
        """Add ``other``'s counts to these."""
        self.records += other.records
        self.failed += other.failed
        self.articles += other.articles
        self.removed.update(other.removed)

    def summary(self, unit: str, on_error: str) -> str:
        """One line for stderr: ``12 records: 11 cleaned, 1 failed (skipped); ...``."""
        done = self.records - self.failed
        handled = {"fail": "stopped", "skip": "skipped", "keep": "kept"}[on_error]
        parts = [f"{self.records} {unit}: {done} cleaned, {self.failed} failed"]
        if self.failed:
            parts[0] += f" ({handled})"
        kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(self.removed.items()))
        removed = sum(self.removed.values())
        parts.append(f"{self.articles} articles, {removed} pieces removed")
        if kinds:
            parts[-1] += f" ({kinds})"
        return "; ".join(parts)
