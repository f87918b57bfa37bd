"""The datatrove step, in a real datatrove pipeline run by its LocalPipelineExecutor.

Skipped when the ``datatrove`` extra is not installed (``.ci/run`` installs it).
"""

from __future__ import annotations

import json
import pathlib

import pytest

import newsclean

pytest.importorskip("datatrove", reason="the datatrove extra is not installed")

from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from newsclean.integrations.datatrove import NewscleanStep

FEED = (pathlib.Path(__file__).resolve().parent.parent / "examples" / "feed.txt").read_text(
    encoding="utf-8"
)

SHORT = (
    "The ferry service to the island resumed on Friday after a week of gales.\n"
    "Advertisement\n"
    "Operators said timetables would return to normal by the weekend.\n"
)


def run_pipeline(tmp: pathlib.Path, step: NewscleanStep, tasks: int = 2) -> list[dict[str, object]]:
    """Write two JSONL inputs, run reader, step and writer in `tasks` tasks; read the output."""
    source = tmp / "in"
    source.mkdir()
    (source / "a.jsonl").write_text(
        json.dumps({"id": "feed", "text": FEED, "lang": "en"}) + "\n", encoding="utf-8"
    )
    (source / "b.jsonl").write_text(
        json.dumps({"id": "short", "text": SHORT, "lang": "en"}) + "\n", encoding="utf-8"
    )
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(source), glob_pattern="*.jsonl"),
            step,
            JsonlWriter(str(tmp / "out"), output_filename="${rank}.jsonl", compression=None),
        ],
        tasks=tasks,
        logging_dir=str(tmp / "logs"),
    )
    executor.run()
    docs = []
    for path in sorted((tmp / "out").glob("*.jsonl")):
        docs.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return sorted(docs, key=lambda d: str(d["id"]))


def test_one_document_per_input(tmp_path: pathlib.Path) -> None:
    """By default each document keeps its id and metadata and gets the cleaned text."""
    docs = run_pipeline(tmp_path, NewscleanStep())
    assert [d["id"] for d in docs] == ["feed", "short"]
    feed = newsclean.clean(FEED)
    first = docs[0]
    assert first["text"] == "\n\n".join(a.text for a in feed.articles)
    metadata = first["metadata"]
    assert isinstance(metadata, dict)
    assert metadata["lang"] == "en"
    assert metadata["newsclean_articles"] == len(feed.articles)
    assert metadata["newsclean_removed"] == {k.value: n for k, n in feed.counts().items()}
    assert docs[1]["metadata"]["newsclean_removed"] == {"advertisement": 1}  # type: ignore[index]


def test_one_document_per_article(tmp_path: pathlib.Path) -> None:
    """With per_article=True each article is a document with its own removed kinds."""
    docs = run_pipeline(tmp_path, NewscleanStep(per_article=True, keep_removed=True))
    feed = newsclean.clean(FEED)
    from_feed = [d for d in docs if str(d["id"]).startswith("feed/")]
    assert [d["text"] for d in from_feed] == [a.text for a in feed.articles]
    for n, (doc, article) in enumerate(zip(from_feed, feed.articles, strict=True)):
        metadata = doc["metadata"]
        assert isinstance(metadata, dict)
        assert doc["id"] == f"feed/{n}"
        assert metadata["newsclean_source_id"] == "feed"
        assert metadata["lang"] == "en"
        assert metadata["newsclean_removed"] == {k.value: c for k, c in article.counts().items()}
        assert [p["rule"] for p in metadata["newsclean_removed_pieces"]] == [
            b.rule for b in article.boilerplate
        ]


def test_step_alone_counts_and_drops_nothing_silently() -> None:
    """Called directly, the step counts removed kinds and empty results in its stats."""
    step = NewscleanStep(per_article=True)
    docs = [Document(text=SHORT, id="s"), Document(text="Advertisement\n", id="empty")]
    out = list(step.run(iter(docs)))
    assert [d.id for d in out] == ["s/0"]
    stats = step.stats.to_dict()["stats"]
    assert stats["removed_advertisement"] == 2
    assert stats["dropped_empty"] == 1
    kept = list(NewscleanStep(per_article=True, keep_empty=True).run(iter(docs)))
    assert [d.id for d in kept] == ["s/0", "empty/0"]


def test_custom_rules_travel_with_the_step(tmp_path: pathlib.Path) -> None:
    """A step built with a custom rule set uses it in the executor's workers."""
    rules = newsclean.default_rules().without("generic.advertisement")
    docs = run_pipeline(tmp_path, NewscleanStep(rules=rules), tasks=1)
    assert "Advertisement" in str(docs[1]["text"])
