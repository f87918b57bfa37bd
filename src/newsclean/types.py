"""The typed, immutable results of :func:`newsclean.clean`.

Every object carries a :class:`Span` of offsets into the input text, so that
``text[item.span.start:item.span.end] == item.text`` holds for each paragraph
and boilerplate item, and the articles of a feed tile the input.
"""

from __future__ import annotations

import enum
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from itertools import repeat
from typing import Any

import attrs


@attrs.frozen(slots=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of Python ``str`` indices into the input."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]

    def to_dict(self) -> dict[str, int]:
        """Plain JSON-ready data: ``{"start": ..., "end": ...}``."""
        return {"start": self.start, "end": self.end}


class Kind(str, enum.Enum):
    """What a removed piece of text is. ``.value`` is a snake_case string."""

    IMAGE_CAPTION = "image_caption"
    VIDEO_NOTICE = "video_notice"
    VIDEO_DURATION = "video_duration"
    VIDEO_TITLE = "video_title"
    CONSENT_PROMPT = "consent_prompt"
    RELATED_LINK = "related_link"
    ADVERTISEMENT = "advertisement"
    READ_MORE = "read_more"
    NEWSLETTER = "newsletter"
    SOCIAL = "social"
    CREDIT = "credit"
    COPYRIGHT = "copyright"
    COMMENTS = "comments"
    TAGS = "tags"
    NAVIGATION = "navigation"
    TIMESTAMP = "timestamp"
    DATELINE = "dateline"
    HEADLINE = "headline"
    BYLINE = "byline"
    REPEATED = "repeated"

    def __str__(self) -> str:
        return self.value


class Stage(str, enum.Enum):
    """Which pass of the stripper decided that a piece is boilerplate."""

    LINE = "line"
    """The line alone matched a rule (context-free, like jusText's first pass)."""
    CONTEXT = "context"
    """The line was absorbed by a neighbouring rule match (a title after a player notice)."""
    DOCUMENT = "document"
    """Evidence from the whole article: its top lines, or a line repeated verbatim."""

    def __str__(self) -> str:
        return self.value


@attrs.frozen(slots=True)
class Paragraph:
    """A line of article content, kept verbatim (without surrounding whitespace)."""

    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {"text": self.text, "span": self.span.to_dict()}


_new = object.__new__
_SET_START = Span.__dict__["start"].__set__
_SET_END = Span.__dict__["end"].__set__
_SET_TEXT = Paragraph.__dict__["text"].__set__
_SET_SPAN = Paragraph.__dict__["span"].__set__


def make_paragraphs(
    texts: Iterable[str], starts: Iterable[int], ends: Iterable[int]
) -> tuple[Paragraph, ...]:
    """``Paragraph(text, Span(start, end))`` for each triple, built in C-level loops.

    Content lines are most of the input, and attrs' generated ``__init__`` of a
    frozen class costs a Python call per object. Here the objects are allocated and
    their slots filled through the slot descriptors with ``map``: the very same
    objects (equal, hashing alike), for about 0.6 of the time. Only for values that
    need no validation (the classes have no validators or converters).
    """
    texts = list(texts)
    spans = list(map(_new, repeat(Span, len(texts))))
    deque(map(_SET_START, spans, starts), maxlen=0)
    deque(map(_SET_END, spans, ends), maxlen=0)
    paragraphs = tuple(map(_new, repeat(Paragraph, len(texts))))
    deque(map(_SET_TEXT, paragraphs, texts), maxlen=0)
    deque(map(_SET_SPAN, paragraphs, spans), maxlen=0)
    return paragraphs


@attrs.frozen(slots=True)
class Boilerplate:
    """A removed piece of text: what it is, which rule removed it, and where it was.

    ``fields`` holds values the rule parsed out of the text, for example the
    ``credit`` of an image caption ("MOD") or the ``provider`` of a consent prompt.
    """

    kind: Kind
    rule: str
    text: str
    span: Span
    stage: Stage = Stage.LINE
    fields: dict[str, str] = attrs.field(factory=dict, hash=False)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {
            "kind": self.kind.value,
            "rule": self.rule,
            "stage": self.stage.value,
            "text": self.text,
            "span": self.span.to_dict(),
            "fields": dict(self.fields),
        }


@attrs.frozen(slots=True)
class Separator:
    """Blanks (whitespace, invisible format characters: ``lines.BLANK``) and line breaks
    between items; only made on demand by :meth:`Feed.pieces`."""

    text: str
    span: Span


@attrs.frozen(slots=True)
class Cue:
    """One piece of evidence for (positive) or against (negative) an article boundary."""

    name: str
    value: float

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {"name": self.name, "value": self.value}


@attrs.frozen(slots=True)
class Boundary:
    """Why an article starts where it does.

    ``score`` is the detector's log-odds for a boundary before the article's first
    line, ``cues`` the evidence that fired, ``reason`` a short human-readable summary.
    The first article of a feed has ``reason == "start of input"``.
    """

    score: float
    reason: str
    cues: tuple[Cue, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {
            "score": self.score,
            "reason": self.reason,
            "cues": [c.to_dict() for c in self.cues],
        }


START_OF_INPUT = Boundary(score=0.0, reason="start of input")


def _first_text(items: tuple[Boilerplate, ...], kind: Kind) -> str | None:
    for item in items:
        if item.kind is kind:
            return item.text
    return None


@attrs.frozen(slots=True)
class Article:
    """One article of a feed: its content paragraphs and the boilerplate removed from it."""

    span: Span
    paragraphs: tuple[Paragraph, ...]
    boilerplate: tuple[Boilerplate, ...] = ()
    boundary: Boundary = START_OF_INPUT

    @property
    def text(self) -> str:
        """The cleaned body: content paragraphs joined by ``"\\n"``."""
        return "\n".join(p.text for p in self.paragraphs)

    @property
    def headline(self) -> str | None:
        """The headline line removed from the top of the article, if one was clear."""
        return _first_text(self.boilerplate, Kind.HEADLINE)

    @property
    def byline(self) -> str | None:
        """The byline removed from the top of the article, if one was clear."""
        return _first_text(self.boilerplate, Kind.BYLINE)

    @property
    def dateline(self) -> str | None:
        """The dateline or publication timestamp at the top of the article, if clear."""
        return _first_text(self.boilerplate, Kind.DATELINE) or _first_text(
            self.boilerplate, Kind.TIMESTAMP
        )

    def counts(self) -> dict[Kind, int]:
        """How many boilerplate pieces of each kind were removed from this article."""
        return dict(Counter(b.kind for b in self.boilerplate))

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {
            "span": self.span.to_dict(),
            "text": self.text,
            "headline": self.headline,
            "byline": self.byline,
            "dateline": self.dateline,
            "boundary": self.boundary.to_dict(),
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "boilerplate": [b.to_dict() for b in self.boilerplate],
        }


@attrs.frozen(slots=True)
class Feed:
    """The result of cleaning one input: the input text and its articles, in order."""

    text: str = attrs.field(repr=lambda t: repr(t[:40] + "..." if len(t) > 40 else t))
    articles: tuple[Article, ...]

    @property
    def boilerplate(self) -> tuple[Boilerplate, ...]:
        """Every removed piece of the whole feed, in input order."""
        return tuple(b for a in self.articles for b in a.boilerplate)

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """Every content paragraph of the whole feed, in input order."""
        return tuple(p for a in self.articles for p in a.paragraphs)

    def counts(self) -> dict[Kind, int]:
        """How many boilerplate pieces of each kind were removed from the feed."""
        return dict(Counter(b.kind for a in self.articles for b in a.boilerplate))

    def pieces(self) -> Iterator[Paragraph | Boilerplate | Separator]:
        """Yield paragraphs, boilerplate and separators in order; their spans tile the text."""
        pos = 0
        for article in self.articles:
            items: list[Paragraph | Boilerplate] = [*article.paragraphs, *article.boilerplate]
            items.sort(key=lambda item: item.span.start)
            for item in items:
                if item.span.start > pos:
                    yield Separator(self.text[pos : item.span.start], Span(pos, item.span.start))
                yield item
                pos = item.span.end
        if pos < len(self.text):
            yield Separator(self.text[pos:], Span(pos, len(self.text)))

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        """Plain JSON-ready data; the input text itself only with ``include_text=True``."""
        data: dict[str, Any] = {
            "articles": [a.to_dict() for a in self.articles],
            "counts": {k.value: n for k, n in self.counts().items()},
        }
        if include_text:
            data["text"] = self.text
        return data
