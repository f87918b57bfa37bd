"""A separator line ("___", "* * *") closes the article above it: a boundary goes after it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

import newsclean
from newsclean import segment

from .test_page_break import CHOIR, TIDE

Reset = Callable[[], None]


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> Reset:
    """Every gap passes the screen, and the model's scores, in gap order, put the best gap
    before content line 5 (the separator) and a weaker one after it, as a model that reads
    words does when the separator's line has none. Call the fixture before each run."""
    scores: list[Iterator[float]] = []

    def reset() -> None:
        # gaps 1..10 sit before content lines 1..10
        scores[:] = [iter(4.0 if gap == 5 else 1.0 if gap == 6 else -8.0 for gap in range(1, 99))]

    monkeypatch.setattr(segment, "SCREEN_GATE", float("-inf"))
    monkeypatch.setattr(segment, "score_cues", lambda cues: next(scores[0]))
    return reset


def _starts(text: str, reset: Reset) -> list[int]:
    reset()
    feed = newsclean.clean(text)
    return [text.count("\n", 0, a.span.start) for a in feed.articles[1:]]


@pytest.mark.parametrize("separator", ["___", "* * *", "---", "—", "***"])
def test_boundary_moves_past_a_separator(separator: str, fake_model: Reset) -> None:
    text = "\n".join([*TIDE, separator, *CHOIR])
    assert _starts(text, fake_model) == [6]
    fake_model()
    first, second = newsclean.clean(text).articles
    assert first.paragraphs[-1].text == separator  # it stays with the article it closes
    assert second.boundary is not None
    cues = {c.name: c.value for c in second.boundary.cues}
    assert cues["after_separator"] == pytest.approx(3.0)
    assert "separator line" in second.boundary.reason


def test_a_line_with_words_is_no_separator(fake_model: Reset) -> None:
    text = "\n".join([*TIDE, "Notes", *CHOIR])
    assert _starts(text, fake_model) == [5]


def test_streaming_moves_it_too(fake_model: Reset) -> None:
    text = "\n".join([*TIDE, "___", *CHOIR])
    fake_model()
    streamed = [a.span.start for a in newsclean.iter_articles(iter(text.splitlines(True)))]
    fake_model()
    whole = [a.span.start for a in newsclean.clean(text).articles]
    assert streamed == whole
    assert text.count("\n", 0, whole[1]) == 6
