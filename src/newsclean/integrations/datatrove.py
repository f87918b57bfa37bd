"""A datatrove pipeline step that cleans each document's text with newsclean::

    from newsclean.integrations.datatrove import NewscleanStep

    pipeline = [JsonlReader("in/"), NewscleanStep(per_article=True), JsonlWriter("out/")]

With ``per_article=False`` (the default) each document keeps its id and gets the
cleaned text (articles separated by a blank line); with ``per_article=True`` each
article becomes a document of its own (id ``"<doc id>/<n>"``, the input's
metadata copied). Either way the metadata records what was removed:
``newsclean_removed`` (counts by kind), ``newsclean_articles`` (how many), and with
``keep_removed=True`` ``newsclean_removed_pieces`` (each piece's kind, rule, text
and offsets). Outcomes are counted in the step's stats.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from ..api import clean
from ..config import Config
from ..rules import RuleSet
from ..types import Article, Feed
from .shared import SharedRules, joined_text, removed_counts, removed_pieces

__all__ = ["NewscleanStep"]


class NewscleanStep(PipelineStep):  # type: ignore[misc]
    """Clean each document: one document per input (default) or one per article."""

    name = "📰 newsclean"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        *,
        per_article: bool = False,
        split: bool = True,
        keep_removed: bool = False,
        keep_empty: bool = False,
        rules: RuleSet | None = None,
        config: Config | None = None,
    ) -> None:
        """``keep_empty``: also pass on documents (or articles) with no content left."""
        super().__init__()
        self.per_article = per_article
        self.split = split
        self.keep_removed = keep_removed
        self.keep_empty = keep_empty
        self.rules = SharedRules.of(rules)
        self.config = config

    def _metadata(self, items: Feed | Article) -> dict[str, Any]:
        data: dict[str, Any] = {"newsclean_removed": removed_counts(items)}
        if self.keep_removed:
            data["newsclean_removed_pieces"] = removed_pieces(items)
        return data

    def _clean(self, doc: Document) -> Iterator[Document]:
        feed = clean(doc.text, split=self.split, rules=self.rules.get(), config=self.config)
        for piece in feed.boilerplate:
            self.stat_update(f"removed_{piece.kind.value}")
        self.stat_update("articles", value=len(feed.articles))
        if not self.per_article:
            doc.text = joined_text(feed)
            doc.metadata.update(self._metadata(feed), newsclean_articles=len(feed.articles))
            yield doc
            return
        for n, article in enumerate(feed.articles):
            metadata = {**doc.metadata, **self._metadata(article)}
            metadata.update(newsclean_article=n, newsclean_source_id=doc.id)
            yield Document(text=article.text, id=f"{doc.id}/{n}", metadata=metadata)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Yield the cleaned documents of ``data``."""
        for doc in data:
            self.stat_update("total")
            with self.track_time():
                cleaned = list(self._clean(doc))
            for out in cleaned:
                if not out.text and not self.keep_empty:
                    self.stat_update("dropped_empty")
                    continue
                self.stat_update("forwarded")
                yield out
