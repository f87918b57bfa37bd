"""newsclean on PySpark: a function for ``DataFrame.mapInPandas`` and a pandas UDF.

``mapInPandas`` (every input column kept, result columns added)::

    from newsclean.integrations import spark as ns

    out = df.mapInPandas(ns.clean_batches_fn("text"), ns.output_schema(df.schema))
    articles = df.mapInPandas(
        ns.clean_batches_fn("text", per_article=True),
        ns.output_schema(df.schema, per_article=True),
    )

A pandas UDF over a text column, giving a struct column::

    df.withColumn("clean", ns.clean_udf()("text"))

Added columns, one row per input: ``articles`` (array of cleaned texts),
``clean_text`` (the articles separated by a blank line), ``removed_kinds`` (map of
kind to count) and ``removed`` (array of structs: kind, rule, text, start, end).
One row per article (``per_article=True``): ``article_index``, ``article_text``,
``removed_kinds`` and ``removed`` of that article. The rule set travels to the
executors with the function and is compiled once per Python worker.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pandas as pd
from pyspark.sql.functions import pandas_udf
from pyspark.sql.types import (
    ArrayType,
    IntegerType,
    LongType,
    MapType,
    StringType,
    StructField,
    StructType,
)

from ..api import clean
from ..rules import RuleSet
from ..types import Feed
from .shared import SharedRules, joined_text, removed_counts, removed_pieces

__all__ = ["REMOVED_PIECE", "clean_batches_fn", "clean_udf", "output_schema", "result_schema"]

REMOVED_PIECE = StructType(
    [
        StructField("kind", StringType()),
        StructField("rule", StringType()),
        StructField("text", StringType()),
        StructField("start", LongType()),
        StructField("end", LongType()),
    ]
)
"""One removed piece: its kind, the rule that removed it, its text and offsets."""

_REMOVED_FIELDS = [
    StructField("removed_kinds", MapType(StringType(), IntegerType())),
    StructField("removed", ArrayType(REMOVED_PIECE)),
]


def result_schema(per_article: bool = False) -> StructType:
    """The columns newsclean adds: per input, or per article with ``per_article=True``."""
    if per_article:
        head = [
            StructField("article_index", IntegerType()),
            StructField("article_text", StringType()),
        ]
    else:
        head = [
            StructField("articles", ArrayType(StringType())),
            StructField("clean_text", StringType()),
        ]
    return StructType(head + _REMOVED_FIELDS)


def output_schema(input_schema: StructType, per_article: bool = False) -> StructType:
    """The schema of :func:`clean_batches_fn`'s output: the input columns, then the results."""
    return StructType(list(input_schema.fields) + list(result_schema(per_article).fields))


def _per_input(feed: Feed) -> dict[str, Any]:
    return {
        "articles": [a.text for a in feed.articles],
        "clean_text": joined_text(feed),
        "removed_kinds": removed_counts(feed),
        "removed": removed_pieces(feed),
    }


def _clean_frame(
    frame: pd.DataFrame, column: str, per_article: bool, split: bool, rules: RuleSet
) -> pd.DataFrame:
    rows: list[dict[str, Any]] = []
    for record in frame.to_dict("records"):
        text = record[column]
        feed = clean(text if isinstance(text, str) else "", split=split, rules=rules)
        if not per_article:
            rows.append({**record, **_per_input(feed)})
            continue
        for n, article in enumerate(feed.articles):
            rows.append(
                {
                    **record,
                    "article_index": n,
                    "article_text": article.text,
                    "removed_kinds": removed_counts(article),
                    "removed": removed_pieces(article),
                }
            )
    columns = list(frame.columns) + result_schema(per_article).fieldNames()
    return pd.DataFrame(rows, columns=columns)


def clean_batches_fn(
    text_column: str = "text",
    *,
    per_article: bool = False,
    split: bool = True,
    rules: RuleSet | None = None,
) -> Callable[[Iterator[pd.DataFrame]], Iterator[pd.DataFrame]]:
    """A function for ``df.mapInPandas(fn, output_schema(df.schema, per_article))``.

    A null text counts as empty (no articles).
    """
    shared = SharedRules.of(rules)

    def clean_batches(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        ruleset = shared.get()
        for frame in batches:
            yield _clean_frame(frame, text_column, per_article, split, ruleset)

    return clean_batches


def clean_udf(*, split: bool = True, rules: RuleSet | None = None) -> Any:
    """A pandas UDF: a text column in, a struct column out (``articles``, ``clean_text``, ...)."""
    shared = SharedRules.of(rules)

    def clean_texts(texts: pd.Series) -> pd.DataFrame:
        ruleset = shared.get()
        rows = [
            _per_input(clean(t if isinstance(t, str) else "", split=split, rules=ruleset))
            for t in texts
        ]
        return pd.DataFrame(rows, columns=result_schema().fieldNames())

    return pandas_udf(clean_texts, returnType=result_schema())
