"""Scripts beyond Latin: words that carry combining marks, and sentence ends of other scripts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.cues import describe
from newsclean.tokens import tokenize

RAIN = [
    "मौसम विभाग ने सोमवार को कहा कि अगले तीन दिनों में पहाड़ी इलाकों में भारी बारिश हो सकती है।",
    "अधिकारियों ने लोगों से नदी के किनारे न जाने और सतर्क रहने की अपील की है।",
    "राज्य सरकार ने राहत शिविरों के लिए अतिरिक्त धन जारी करने की घोषणा की है।",
    "भारी बारिश के कारण स्कूलों को बुधवार तक बंद रखने का आदेश दिया गया है।",
]
"""A short Hindi story of our own (weather warnings), sentences ending in the danda."""


def test_devanagari_words_keep_their_vowel_signs() -> None:
    """A word is read whole, matras and all; a word of two letters is too short to count."""
    tokens = tokenize(RAIN[0])
    assert {"मौसम", "विभाग", "सोमवार", "बारिश", "सकती"} <= tokens
    assert "में" not in tokens  # (two letters and a sign: a function word, like "of")
    assert "सकत" not in tokens  # (the word cut at its vowel sign)


@pytest.mark.parametrize(
    "line",
    [
        RAIN[1],
        "کل شام شہر میں ہلکی بارش ہوئی اور درجہ حرارت میں کمی آئی۔",
        "هل ستفتح المكتبة الجديدة أبوابها يوم الجمعة؟",
        "Քաղաքի գրադարանը կվերաբացվի հաջորդ շաբաթ։",
    ],
)
def test_sentence_ends_of_other_scripts(line: str) -> None:
    """The danda, the Urdu full stop, the Arabic question mark, the Armenian full stop."""
    assert describe(line).ends_sentence


def test_a_hindi_story_is_one_article() -> None:
    """A story in Hindi is cleaned without error and is not split."""
    feed = newsclean.clean("\n".join(RAIN))
    assert len(feed.articles) == 1
    assert [p.text for p in feed.articles[0].paragraphs] == RAIN


@given(st.lists(st.sampled_from(RAIN), min_size=1, max_size=12))
def test_any_order_of_hindi_lines_is_lossless(lines: list[str]) -> None:
    """Whatever the order, every character of a Hindi feed is kept in some article."""
    text = "\n".join(lines)
    feed = newsclean.clean(text)
    assert "".join(text[a.span.start : a.span.end] for a in feed.articles) == text
