"""Patterns shared by several rules: the shapes of short lines that follow an anchor."""

from __future__ import annotations

DURATION = r"(?:\d{1,2}:)?\d{1,2}:\d{2}"
"""A clip duration such as ``2:27`` or ``1:02:05``."""

SHORT_TITLE = (
    r"(?=.{2,100}$)"  # short
    r"(?!.*[.:;,][\"'”’)\]]*$)"  # a sentence or a quote's lead-in ends with punctuation
    r"\S+(?: \S+){0,11}"  # at most twelve words
)
"""A short, title-like line: a clip title, a related headline (no closing full stop,
not even inside closing quotes: ``“We will not back down.”`` is a quote, not a title)."""

HEADLINE_LINE = (
    r"(?=.{8,160}$)"  # a headline, not a word
    r"(?![^.!?]*[.!?][\"'”’)\]]*\s)"  # one sentence at most: prose has several
    r"(?!.*[.:;,][\"'”’)\]]*$)"  # no closing full stop, colon or comma
    r"(?:[-•·*►▸]\s?)?[\p{Lu}\p{N}\p{Sc}\"'“‘]\S*(?: \S+){2,19}"  # 3-20 words, capitalised
)
"""A related story's headline under a 'Read more:' label: one unpunctuated line of 3-20 words."""

HANDLE = r"@\w{1,30}"
"""A social-media handle: ``@SkyNewsPolitics``."""

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    r"|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
    r"|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
WEEKDAY_OR_MONTH = rf"(?:{_WEEKDAY}|{_MONTH})"
"""A weekday or a month, in full or abbreviated ('Sunday', 'Dec.')."""
_ZONE = r"(?:[A-Z]{2,5}|UTC[+-]\d{1,2}(?::?\d{2})?|GMT[+-]\d{1,2}(?::?\d{2})?)"

DATE = (
    rf"(?:(?:{_WEEKDAY},?\s)?(?:{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s{_MONTH},?\s\d{{4}})"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4})"
)
"""A calendar date: ``Nov. 19, 2019``, ``Tuesday 19 November 2019``, ``2019-11-19``."""

CLOCK = r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?|\d{1,2}\s?[AaPp]\.?[Mm]\.?)"
"""A clock time with or without am/pm: ``11:04 PM``, ``1:23 p.m.``, ``10:22``."""

TIME = (
    rf"(?:{CLOCK}\s{_ZONE}|\d{{1,2}}[:.]\d{{2}}\s?[AaPp]\.?[Mm]\.?(?:\s{_ZONE})?"
    r"|\d{1,2}\s?[AaPp]\.?[Mm]\.?(?:\s" + _ZONE + r")?)"
)
"""A clock time that cannot be a clip duration: it has am/pm or a zone (``5:52 AM EST``)."""

ISO_STAMP = r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
"""A machine timestamp: ``2019-11-19T08:57:40+01:00``."""

STAMP = (
    rf"(?:{ISO_STAMP}"
    rf"|{DATE}(?:,?\s(?:at\s|[-–|•]\s)?{CLOCK}(?:\s{_ZONE})?)?"
    rf"|{TIME},?\s(?:on\s|[-–|•]\s)?(?:{_WEEKDAY},?\s)?{DATE}"
    rf"|{_MONTH}\s\d{{1,2}}(?:,?\s{TIME})?)"
)
"""A date, a time, or both, in the common orders."""

LABELLED_STAMP = (
    rf"(?:{STAMP}(?:\s[a-z]{{2,4}})?"
    rf"|(?:{_WEEKDAY},?\s)?{CLOCK}(?:\s(?:{_ZONE}|[a-z]{{2,4}}))?,?\s(?:{_WEEKDAY},?\s)?{DATE})"
)
"""What may follow a label such as 'Updated:': a :data:`STAMP` (with a zone in lower
case, ``15:24pm ist``), or a clock before its date (``10:48, Tue, Nov 19, 2019``, ``Sat
8:31 PM, Feb 17, 2018``), which alone could be a clip's duration."""

_NAME_WORD = r"[\p{Lu}][\p{L}\p{M}'’.-]*"
NAME = rf"{_NAME_WORD}(?:\s(?:(?:de|da|van|von|der|del|la|le|al|bin|el)\s)?{_NAME_WORD}){{0,3}}"
"""A personal name: up to four capitalised words (``Mary Clare Jalonick``, ``Ann de Vries``)."""

NAMES = rf"{NAME}(?:(?:,\s|,?\s(?:and|&)\s){NAME}){{0,5}}"
"""One to six names separated by commas, 'and' or '&'."""

TEASER_LINE = r"(?=.{2,160}$)(?!.*[.:;,]$)(?:[-•·*►▸]\s?)?\S+(?: \S+){2,19}"
"""A related-story headline in a list: 3-20 words, no closing full stop or colon."""

SOCIAL_NETWORK = (
    r"(?:Facebook|Twitter|Instagram|YouTube|Youtube|LinkedIn|Linkedin|Pinterest|Reddit"
    r"|WhatsApp|Whatsapp|Flipboard|Tumblr|Snapchat|TikTok|Telegram|Messenger|Threads|Bluesky"
    r"|Mastodon|X)"
)
"""The name of a social network."""
