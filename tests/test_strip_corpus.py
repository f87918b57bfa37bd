"""On the real extractor outputs, cleaning never costs more than a sliver of recall."""

from __future__ import annotations

import pathlib
from types import ModuleType

import pytest

from .conftest import load_benchmark

RECALL_FLOOR = 0.003
"""Cleaned recall may fall at most this far below the extractor's raw recall (0.3 points)."""

pytestmark = [pytest.mark.shared, pytest.mark.slow]


@pytest.fixture(scope="module")
def bench(shared: pathlib.Path) -> ModuleType:
    """The strip_quality benchmark module, once ../shared is known to be present."""
    module = load_benchmark("strip_quality")
    if not (module.CORPUS / "ground-truth.json").is_file():
        pytest.skip("../shared/corpus/aeb-dev is not present")
    return module


@pytest.mark.parametrize(
    "extractor", ["newspaper", "trafilatura", "goose3", "readability", "html-text"]
)
def test_recall_floor(bench: ModuleType, extractor: str) -> None:
    """Per extractor, for all pages and for non-English pages, recall drops <= 0.3 points."""
    pages = bench.load_pages()
    scores = bench.evaluate(pages, bench.load_outputs(extractor), systems=("raw", "clean"))
    for group in ("all", "non-en"):
        raw, clean = scores["raw", group], scores["clean", group]
        assert clean.recall >= raw.recall - RECALL_FLOOR, (group, raw.recall, clean.recall)
        assert clean.precision >= raw.precision, (group, raw.precision, clean.precision)
