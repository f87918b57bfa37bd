"""newsclean: turn messy scraped news text into clean, typed articles.

>>> import newsclean
>>> feed = newsclean.clean("Image: A crew at work. Pic: RNLI\\nThe crew rescued two sailors.")
>>> feed.articles[0].text
'The crew rescued two sailors.'
>>> feed.boilerplate[0].kind, feed.boilerplate[0].fields["credit"]
(<Kind.IMAGE_CAPTION: 'image_caption'>, 'RNLI')
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .api import clean, iter_articles
from .config import Config
from .errors import NewscleanError, RuleError, RuleTimeoutError
from .rules import Follow, Rule, RuleSet, all_rules, default_rules
from .types import (
    Article,
    Boilerplate,
    Boundary,
    Cue,
    Feed,
    Kind,
    Paragraph,
    Separator,
    Span,
    Stage,
)

try:
    __version__ = version("newsclean")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0+unknown"

__all__ = [
    "Article",
    "Boilerplate",
    "Boundary",
    "Config",
    "Cue",
    "Feed",
    "Follow",
    "Kind",
    "NewscleanError",
    "Paragraph",
    "Rule",
    "RuleError",
    "RuleSet",
    "RuleTimeoutError",
    "Separator",
    "Span",
    "Stage",
    "__version__",
    "all_rules",
    "clean",
    "default_rules",
    "iter_articles",
]


def __dir__() -> list[str]:
    return sorted(__all__)
