"""Tokens for boundary detection: one pass over a line, for every script.

Words of spaced scripts are lower-cased, stripped of a plural/possessive ``s``
and filtered against a small English stopword list. Scripts written without
spaces (Han, kana, Hangul runs without spaces, Thai, Lao, Khmer, Myanmar) would
otherwise give one giant "word" per sentence, so their runs are cut into
character bigrams instead: two lines about the same thing then share tokens,
and a page in such a language is not over-split for lack of overlap.
"""

from __future__ import annotations

import regex

_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}"
_TOKEN = regex.compile(
    rf"(?P<run>[{_UNSPACED}]+)|(?P<word>[\p{{L}}\p{{N}}](?:[\p{{L}}\p{{N}}\p{{M}}]|['’\-](?=[\p{{L}}\p{{N}}]))*)",
)


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set (for word lists kept as prose)."""
    return frozenset(text.split())


MIN_WORD_CHARS = 3
"""Shorter words of spaced scripts carry little topic (articles, prepositions)."""

PLURAL_MIN_CHARS = 5
"""Only words at least this long lose a final ``s`` (``talks`` -> ``talk``, ``bus`` stays)."""

STOPWORDS = wordset(
    """
    about above after again against all also and any are because been before being
    below between both but can could did does doing down during each few for from
    further had has have having her here hers herself him himself his how into its
    itself just more most not now off once only other our ours out over own same
    she should some such than that the their theirs them then there these they this
    those through too under until very was were what when where which while who
    whom why will with would you your yours said says say told one two new last
    year years week people time like get got made make many much may might must
    per since still well back first way even take told just us mr mrs ms dr
    """
)
"""English function words and reporting verbs: frequent everywhere, no topic."""


def tokenize(text: str) -> list[str]:
    """The topic-bearing tokens of a line (words, or character bigrams of unspaced scripts).

    >>> tokenize("The ministers' talks in Rome ended.")
    ['minister', 'talk', 'rome', 'ended']
    >>> tokenize("東京都の会議")
    ['東京', '京都', '都の', 'の会', '会議']
    """
    out: list[str] = []
    for m in _TOKEN.finditer(text):
        run = m.group("run")
        if run is not None:
            if len(run) == 1:
                out.append(run)
            else:
                out.extend(run[k : k + 2] for k in range(len(run) - 1))
            continue
        word = m.group("word").lower()
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        elif word.endswith(("s'", "s’")):
            word = word[:-1]
        if len(word) < MIN_WORD_CHARS or word in STOPWORDS:
            continue
        if len(word) >= PLURAL_MIN_CHARS and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        out.append(word)
    return out
