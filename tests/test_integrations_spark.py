"""newsclean on PySpark in local mode: mapInPandas and the pandas UDF.

One local Spark session for the module. Skipped when the ``spark`` extra (or
Java) is missing; ``.ci/run`` installs the extra.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator

import pytest

import newsclean

pytest.importorskip("pyspark", reason="the spark extra is not installed")
pytest.importorskip("pandas", reason="the spark extra is not installed")
pytest.importorskip("pyarrow", reason="the spark extra is not installed")

from pyspark.sql import SparkSession

from newsclean.integrations import spark as ns

TEXTS = [
    (
        1,
        "Engineers have restored power to two thousand homes in Cumbria after the storm.\n"
        "Image: A repair crew on a pylon. Pic: Electricity North West\n"
        "The company said the last homes would be reconnected by the evening.\n",
    ),
    (
        2,
        "Advertisement\n"
        "A new cycle path between the two villages opened on Saturday.\n"
        "Read more: The towns building cycle lanes fastest\n",
    ),
    (3, None),
]


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    """One local Spark session for the module, stopped at its end."""
    if shutil.which("java") is None:
        pytest.skip("no Java on PATH: PySpark cannot start")
    # Python workers must run this interpreter (the one newsclean is installed in).
    saved = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("newsclean-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    if saved is None:
        del os.environ["PYSPARK_PYTHON"]
    else:
        os.environ["PYSPARK_PYTHON"] = saved


def test_map_in_pandas_one_row_per_input(spark: SparkSession) -> None:
    """mapInPandas keeps every input column and adds the articles and the removed pieces."""
    df = spark.createDataFrame(TEXTS, "id long, text string")
    out = df.mapInPandas(ns.clean_batches_fn("text"), ns.output_schema(df.schema))
    rows = {r["id"]: r for r in out.collect()}
    assert set(rows) == {1, 2, 3}
    for ident, text in TEXTS[:2]:
        assert text is not None
        feed = newsclean.clean(text)
        row = rows[ident]
        assert row["text"] == text
        assert row["articles"] == [a.text for a in feed.articles]
        assert row["clean_text"] == "\n\n".join(a.text for a in feed.articles)
        assert row["removed_kinds"] == {k.value: n for k, n in feed.counts().items()}
        assert [p["rule"] for p in row["removed"]] == [b.rule for b in feed.boilerplate]
        assert [(p["start"], p["end"]) for p in row["removed"]] == [
            (b.span.start, b.span.end) for b in feed.boilerplate
        ]
    assert rows[3]["articles"] == []


def test_map_in_pandas_one_row_per_article(spark: SparkSession) -> None:
    """With per_article=True each article is a row, with its index and its removed kinds."""
    df = spark.createDataFrame(TEXTS, "id long, text string")
    out = df.mapInPandas(
        ns.clean_batches_fn("text", per_article=True), ns.output_schema(df.schema, per_article=True)
    )
    rows = sorted(out.collect(), key=lambda r: (r["id"], r["article_index"]))
    expected = [
        (ident, n, a.text)
        for ident, text in TEXTS
        if text is not None
        for n, a in enumerate(newsclean.clean(text).articles)
    ]
    assert [(r["id"], r["article_index"], r["article_text"]) for r in rows] == expected


def test_pandas_udf_over_a_text_column(spark: SparkSession) -> None:
    """The pandas UDF turns a text column into a struct column of results."""
    df = spark.createDataFrame(TEXTS[:2], "id long, text string")
    out = df.withColumn("clean", ns.clean_udf()("text")).orderBy("id").collect()
    for row, (_, text) in zip(out, TEXTS[:2], strict=True):
        assert text is not None
        feed = newsclean.clean(text)
        assert row["clean"]["articles"] == [a.text for a in feed.articles]
        assert row["clean"]["removed_kinds"] == {k.value: n for k, n in feed.counts().items()}


def test_custom_rules_reach_the_workers(spark: SparkSession) -> None:
    """A custom rule set travels to the Python workers with the function."""
    rules = newsclean.default_rules().without("generic.advertisement")
    df = spark.createDataFrame(TEXTS[1:2], "id long, text string")
    row = df.withColumn("clean", ns.clean_udf(rules=rules)("text")).collect()[0]
    assert "advertisement" not in row["clean"]["removed_kinds"]
    assert row["clean"]["articles"][0].startswith("Advertisement")
