"""USA Today network (Gannett): the 'Published' line that carries the author line above it,
and the banner its pages open with in the European Union."""

from __future__ import annotations

from ..types import Kind
from .model import Follow, Rule
from .shapes import STAMP

AUTHOR_LINE = (
    r"(?=.{3,90}$)[\p{Lu}][\p{L}\p{M}'’.-]*(?: (?:and |& )?[\p{Lu}][\p{L}\p{M}'’.-]*){1,11}"
    r"(?: wire services| staff)?"
)
"""Names and an outlet with every word capitalised ('Ann Lee and Tom Hart Harbour Gazette')."""

RULES: tuple[Rule, ...] = (
    Rule(
        id="gannett.published",
        kind=Kind.TIMESTAMP,
        pattern=(
            r"(?:Published|Updated) " + STAMP + r"(?: \| (?:Updated|Published) " + STAMP + r")?"
        ),
        max_chars=120,
        description=(
            "The publication line; absorbs the author-and-outlet line right above it as a byline."
        ),
        follow=(Follow(kind=Kind.BYLINE, pattern=AUTHOR_LINE, direction="before", max_chars=90),),
        examples=(
            "Published 9:15 AM EST Mar 3, 2021",
            "Ann Lee and Tom Hart Harbour Gazette\nPublished 9:15 AM EST Mar 3, 2021",
        ),
        counter_examples=("Published 9:15 AM EST Mar 3, 2021\nThe ferry was late again.",),
    ),
    Rule(
        id="gannett.photo-tools",
        kind=Kind.IMAGE_CAPTION,
        pattern=r"Buy Photo|Show Thumbnails|Show Captions|Last SlideNext Slide|Autoplay",
        max_chars=25,
        description="Buttons of the photo gallery.",
        examples=("Buy Photo", "Show Captions"),
        counter_examples=("Buy photo frames in bulk, the shop advised.",),
    ),
    Rule(
        id="gannett.eu-experience",
        kind=Kind.NAVIGATION,
        starts_article=True,
        pattern=r"Welcome to .{2,60}[’'][Ss] EUROPEAN UNION EXPERIENCE",
        max_chars=120,
        description=(
            "The banner at the top of the network's pages served in the European Union: a page"
            " opens there."
        ),
        examples=(
            "Welcome to USA TODAY NETWORK’S EUROPEAN UNION EXPERIENCE",
            "Welcome to The Harbour Gazette’s EUROPEAN UNION EXPERIENCE",
        ),
        counter_examples=("Welcome to the harbour's European Union experience, the guide said.",),
    ),
)
