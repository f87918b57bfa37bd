"""``newsclean report``: a self-contained HTML page in which all input text is escaped."""

from __future__ import annotations

import html.parser
import pathlib

import pytest

import newsclean
from newsclean.cli import main
from newsclean.report import render_report

ROOT = pathlib.Path(__file__).resolve().parent.parent
FEED = ROOT / "examples" / "feed.txt"

HOSTILE = (
    "The council met on <script>alert('x')</script> Tuesday to agree the budget.\n"
    'Image: <img src=x onerror="alert(1)"> A crowd outside the hall. Pic: </style><b>Council</b>\n'
    "Officers said the plan & its costs would be published </title></body> next week.\n"
    "Advertisement\n"
    "Residents can comment <!-- until --> the end of the month <a href='javascript:1'>here</a>.\n"
)

PAGE_TAGS = frozenset(
    [
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "h1",
        "h2",
        "h3",
        "p",
        "table",
        "tr",
        "td",
        "span",
        "b",
        "div",
        "mark",
        "article",
        "a",
    ]
)
"""Every element the report itself writes; anything else would come from the input."""


class TagCollector(html.parser.HTMLParser):
    """Collects the elements, attributes and text of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record an element and its attributes."""
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data: str) -> None:
        """Record text."""
        self.text.append(data)


def parse(page: str) -> TagCollector:
    """Parse a page into its elements, attributes and text."""
    collector = TagCollector()
    collector.feed(page)
    collector.close()
    return collector


def test_hostile_input_is_escaped() -> None:
    """Markup in the feed (script, img onerror, closing style) stays text, never elements."""
    feed = newsclean.clean(HOSTILE)
    page = render_report(feed, "<script>title</script>")
    parsed = parse(page)
    assert set(parsed.tags) <= PAGE_TAGS
    # Only the page's own bold text: one per boundary marker, two in the legend's total row.
    assert parsed.tags.count("b") == len(feed.articles) + 2
    assert not any(name.startswith("on") for name, _ in parsed.attrs)
    assert not any(value and "javascript:" in value for _, value in parsed.attrs)
    text = "".join(parsed.text)
    assert "<script>alert('x')</script>" in text
    assert '<img src=x onerror="alert(1)">' in text
    assert "</style><b>Council</b>" in text


def test_page_is_self_contained() -> None:
    """The page has no script and loads nothing: no src, no link, no url(), a strict CSP."""
    page = render_report(newsclean.clean(HOSTILE), "feed")
    parsed = parse(page)
    assert "script" not in parsed.tags
    assert "link" not in parsed.tags
    assert not any(name in {"src", "srcset"} for name, _ in parsed.attrs)
    assert "url(" not in page
    assert "default-src 'none'" in page


def test_report_shows_boundaries_pieces_legend_and_articles() -> None:
    """Each boundary is marked with its cues, each removed piece by kind, counts in a legend."""
    feed = newsclean.clean(FEED.read_text(encoding="utf-8"))
    page = render_report(feed, "feed")
    assert page.count('class="boundary"') == len(feed.articles)
    for article in feed.articles:
        for cue in article.boundary.cues:
            assert f"{cue.name} {cue.value:+.2f}" in page
    for piece in feed.boilerplate:
        assert (
            f'<mark class="k-{piece.kind.value}" title="{piece.kind.value} · {piece.rule}' in page
        )
    for kind, count in feed.counts().items():
        assert f"<td>{kind.value}</td><td>{count}</td>" in page
    assert page.count("<article>") == len(feed.articles)


def test_report_keeps_every_character_of_the_feed() -> None:
    """The feed view holds the whole input text, in order, without the marker labels."""
    text = FEED.read_text(encoding="utf-8")
    page = render_report(newsclean.clean(text), "feed")
    start = page.index('<div class="feed">')
    end = page.index("<h2>The cleaned articles</h2>")
    view = parse(page[start:end])
    assert "".join(view.text).replace("\n", "") != ""
    shown = "".join(view.text)
    for line in text.splitlines():
        assert line.strip() in shown


def test_report_command_writes_the_page(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`newsclean report FILE -o OUT` writes the page; without -o it goes to stdout."""
    out = tmp_path / "report.html"
    assert main(["report", str(FEED), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert main(["report", str(FEED)]) == 0
    assert capsys.readouterr().out == page


def test_report_command_errors(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing input is a usage error (2); invalid UTF-8 is reported with its offset (1)."""
    assert main(["report", str(tmp_path / "missing.txt")]) == 2
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ok\n\xfe\n")
    assert main(["report", str(bad), "-o", str(tmp_path / "r.html")]) == 1
    assert "byte offset 3: invalid UTF-8" in capsys.readouterr().err
