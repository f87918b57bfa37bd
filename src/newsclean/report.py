"""``newsclean report``: one self-contained HTML page showing how a feed was cleaned.

The page has no script and loads nothing: its style sheet is inline. It shows
the whole feed with every article boundary marked (score, reason and cues),
every removed piece highlighted by kind with a legend and counts, and then the
cleaned articles. Every piece of input text, and every rule id or cue name, is
escaped, so a feed holding markup renders as plain text.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Iterator
from typing import IO

from .api import clean
from .command.inputs import STDIN, InputError, decoded_lines, display_name, open_binary
from .types import Article, Boilerplate, Feed, Kind, Paragraph, Separator

HUE_STEP = 137.5
"""Degrees of hue between the colours of consecutive kinds (the golden angle: far apart)."""

HUE_OFFSET = 15
"""Hue of the first kind; the palette starts away from pure red."""

_STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 2em auto; max-width: 60em;
       padding: 0 1em; color: #1d1d1f; background: #fff; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; }
.feed, .clean { white-space: pre-wrap; overflow-wrap: anywhere; }
.feed { border: 1px solid #ccc; padding: 0.5em 1em; background: #fafafa; }
.boundary { display: block; margin: 0.8em 0 0.3em; padding: 0.2em 0.5em; white-space: normal;
            border-top: 3px solid #2851a3; background: #e8eefb; font-size: 0.85em; }
.boundary b { color: #2851a3; }
.cue { display: inline-block; margin-left: 0.6em; font-family: monospace; }
mark { border-radius: 3px; padding: 0 2px; color: #111; }
mark .tag { font-size: 0.7em; font-family: monospace; margin-right: 0.4em; opacity: 0.8; }
table.legend { border-collapse: collapse; } table.legend td { padding: 0.15em 0.6em; }
.swatch { display: inline-block; width: 1.2em; height: 1em; border-radius: 3px;
          vertical-align: middle; }
article { border-left: 4px solid #2851a3; padding: 0.2em 1em; margin: 1em 0; }
article h3 { font-size: 1em; margin: 0 0 0.4em; }
.meta { color: #555; font-size: 0.85em; }
"""


def _e(value: object) -> str:
    """Escape anything for HTML text and attribute values."""
    return html.escape(str(value), quote=True)


def kind_color(kind: Kind) -> str:
    """The highlight colour of a kind: a light tint, one hue per kind."""
    hue = (HUE_OFFSET + list(Kind).index(kind) * HUE_STEP) % 360
    return f"hsl({hue:.0f}, 85%, 82%)"


def _kind_styles() -> str:
    return "\n".join(f".k-{k.value} {{ background: {kind_color(k)}; }}" for k in Kind)


def _boundary(number: int, article: Article) -> str:
    b = article.boundary
    cues = "".join(f'<span class="cue">{_e(c.name)} {c.value:+.2f}</span>' for c in b.cues)
    return (
        f'<span class="boundary" id="a{number}"><b>Article {number}</b> '
        f"starts here (score {b.score:.2f}): {_e(b.reason)}{cues}</span>"
    )


def _piece(item: Paragraph | Boilerplate | Separator) -> str:
    if isinstance(item, Boilerplate):
        title = f"{item.kind.value} · {item.rule} · {item.stage.value}"
        return (
            f'<mark class="k-{_e(item.kind.value)}" title="{_e(title)}">'
            f'<span class="tag">{_e(item.kind.value)}</span>{_e(item.text)}</mark>'
        )
    return _e(item.text)


def _feed_view(feed: Feed) -> Iterator[str]:
    upcoming = list(enumerate(feed.articles, 1))[::-1]  # the next article is last
    for item in feed.pieces():
        # An article's marker goes before its first piece (a separator straddling in is not).
        while upcoming and item.span.start >= upcoming[-1][1].span.start:
            yield _boundary(*upcoming.pop())
        yield _piece(item)
    while upcoming:
        yield _boundary(*upcoming.pop())


def _legend(feed: Feed) -> str:
    counts = feed.counts()
    rows = [
        f'<tr><td><span class="swatch k-{k.value}"></span></td><td>{_e(k.value)}</td>'
        f"<td>{counts[k]}</td></tr>"
        for k in Kind
        if counts.get(k)
    ]
    total = sum(counts.values())
    rows.append(f"<tr><td></td><td><b>total removed</b></td><td><b>{total}</b></td></tr>")
    return '<table class="legend">' + "".join(rows) + "</table>"


def _cleaned(feed: Feed) -> Iterator[str]:
    for n, article in enumerate(feed.articles, 1):
        meta = [f"chars {article.span.start}–{article.span.end}"]
        for label, value in (("headline", article.headline), ("byline", article.byline)):
            if value:
                meta.append(f"{label}: {_e(value)}")
        yield (
            f'<article><h3><a href="#a{n}">Article {n}</a></h3>'
            f'<p class="meta">{" · ".join(meta)}</p>'
            f'<div class="clean">{_e(article.text)}</div></article>'
        )


def render_report(feed: Feed, title: str) -> str:
    """The whole HTML page for ``feed``."""
    n_articles = len(feed.articles)
    n_removed = len(feed.boilerplate)
    return "".join(
        [
            "<!DOCTYPE html>\n",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            "style-src 'unsafe-inline'\">",
            f"<title>newsclean report: {_e(title)}</title>",
            f"<style>{_STYLE}{_kind_styles()}</style></head><body>",
            f"<h1>newsclean report: {_e(title)}</h1>",
            f'<p class="meta">{n_articles} articles, {n_removed} pieces removed, '
            f"{len(feed.text)} characters.</p>",
            "<h2>Removed pieces by kind</h2>",
            _legend(feed),
            "<h2>The feed, as read</h2>",
            '<div class="feed">',
            *_feed_view(feed),
            "</div>",
            "<h2>The cleaned articles</h2>",
            *_cleaned(feed),
            "</body></html>\n",
        ]
    )


def read_text(name: str, encoding_errors: str = "strict") -> str:
    """Read a whole input as UTF-8 (invalid bytes: :class:`InputError` with the offset)."""
    with open_binary(name) as fh:
        return "".join(decoded_lines(fh, display_name(name), encoding_errors))


def write_report(
    name: str,
    output: str,
    *,
    split: bool = True,
    title: str | None = None,
    encoding_errors: str = "strict",
) -> int:
    """Clean input ``name`` and write its report to ``output`` (``-``: stdout); exit code."""
    try:
        text = read_text(name, encoding_errors)
    except InputError as exc:
        sys.stderr.write(f"newsclean report: {exc}\n")
        return 1
    page = render_report(clean(text, split=split), title or display_name(name))
    if output == STDIN:
        _write(sys.stdout, page)
    else:
        with open(output, "w", encoding="utf-8") as fh:
            _write(fh, page)
    return 0


def _write(out: IO[str], page: str) -> None:
    out.write(page)
    out.flush()
