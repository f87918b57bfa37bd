"""The progress bar: on stderr only when it is a terminal, only when tqdm is installed."""

from __future__ import annotations

import io
import pathlib
import sys

import pytest

from newsclean.cli import main
from newsclean.command import progress
from newsclean.command.progress import NoProgress, progress_bar

FEED = pathlib.Path(__file__).resolve().parent.parent / "examples" / "feed.txt"


class FakeTerminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        """Claim to be a terminal."""
        return True


def test_no_bar_when_stderr_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writing to a file or a pipe, the command shows no bar."""
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert isinstance(progress_bar(100), NoProgress)


def test_no_bar_without_tqdm(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the optional tqdm package there is no bar, and no error."""
    monkeypatch.setattr(sys, "stderr", FakeTerminal())
    monkeypatch.setitem(sys.modules, "tqdm", None)
    assert isinstance(progress_bar(100), NoProgress)


def test_no_bar_when_disabled(monkeypatch: pytest.MonkeyPatch) -> None:
    """`--no-progress` turns the bar off even on a terminal."""
    monkeypatch.setattr(sys, "stderr", FakeTerminal())
    assert isinstance(progress_bar(100, enabled=False), NoProgress)


def test_bar_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a terminal with tqdm installed, a run longer than the delay draws a bar on stderr."""
    pytest.importorskip("tqdm", reason="the progress extra is not installed")
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(progress, "PROGRESS_DELAY", 0)
    assert main([str(FEED)]) == 0
    size = FEED.stat().st_size
    drawn = terminal.getvalue()
    assert f"/{size / 1024:.2f}k" in drawn  # the bar's total: the input's size
    assert "B/s" in drawn
    assert capsys.readouterr().out  # stdout still gets the articles
