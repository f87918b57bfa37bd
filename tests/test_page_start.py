"""Whole web pages one after another: a skip link ("Skip to content") opens a page, a
copyright notice closes one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.segment import PAGE_END_BONUS, PAGE_START_BONUS

from .test_page_break import CHOIR, TIDE, furniture
from .test_stream import _same, chunked


def _starts(text: str) -> list[str]:
    return [text[a.span.start :].split("\n", 1)[0] for a in newsclean.clean(text).articles]


def _cues(text: str) -> list[list[str]]:
    return [[c.name for c in a.boundary.cues] for a in newsclean.clean(text).articles]


def test_the_title_above_a_skip_link_opens_the_next_page() -> None:
    """A page's title right above its skip link is where the next article starts."""
    title = "Choir of retired miners to sing at the cathedral | Valley Echo"
    text = "\n".join([*TIDE, title, "Skip to main content", *furniture(4), *CHOIR])
    assert _starts(text) == [TIDE[0], title]
    assert "page_start" in _cues(text)[1]


def test_a_skip_link_after_prose_opens_the_next_page() -> None:
    """Without a title above it, the skip link itself opens the page (it goes with it)."""
    text = "\n".join([*TIDE, "Skip to content", *furniture(3), *CHOIR])
    assert _starts(text) == [TIDE[0], "Skip to content"]
    boundary = newsclean.clean(text).articles[1].boundary
    assert any(c.name == "page_start" and c.value == PAGE_START_BONUS for c in boundary.cues)


def test_a_run_of_skip_links_opens_one_page() -> None:
    """Several skip links in a row are one page start, not several."""
    links = ["Skip to main content", "Skip to main navigation", "Skip to search"]
    text = "\n".join([*TIDE, *links, *furniture(3), *CHOIR])
    assert _starts(text) == [TIDE[0], links[0]]


@given(
    st.lists(
        st.sampled_from(
            [
                *TIDE,
                *CHOIR,
                "Skip to content",
                "Skip to main content Skip to site index",
                "Weekend tides and weather | Coast Times",
                "© 2021 Coast Times. All rights reserved.",
                *furniture(6),
            ]
        ),
        min_size=1,
        max_size=60,
    ),
    st.lists(st.integers(min_value=0, max_value=6000), max_size=20),
)
def test_streams_agree_with_clean_on_pages(lines: list[str], cuts: list[int]) -> None:
    """Skip links, titles, menus and prose in any order: a stream gives clean()'s articles."""
    text = "\n".join(lines)
    _same(text, chunked(text, cuts))


def test_a_copyright_notice_raises_the_gap_after_it() -> None:
    """The gap after a page's copyright notice (with its year) earns PAGE_END_BONUS, and
    the notice stays with the page it closes; a notice without a year is no page's foot."""

    def page_end_cues(notice: str) -> list[float]:
        text = "\n".join([*TIDE, notice, *CHOIR])
        articles = newsclean.clean(text).articles
        assert [a.text.split("\n", 1)[0] for a in articles] == [TIDE[0], CHOIR[0]]
        assert notice in text[articles[0].span.start : articles[0].span.end]
        return [c.value for c in articles[1].boundary.cues if c.name == "page_end"]

    assert page_end_cues("Copyright © 2021 Valley Echo. All rights reserved.") == [PAGE_END_BONUS]
    assert page_end_cues("© Valley Echo") == []


def test_furniture_after_the_last_pages_foot_is_no_article() -> None:
    """After the copyright notice of the input's last page, lines with no body line among
    them up to the end of the input stay with that page: an article holds a body line."""
    tail = ["Learn more I agree", "Privacy Overview", "Accept X"]
    text = "\n".join([*TIDE, "© 2021 Valley Echo. All rights reserved.", *tail])
    assert _starts(text) == [TIDE[0]]
    # an offset that splits eagerly: the gap after the notice would be taken
    eager = newsclean.Config(boundary_offset=5.0)
    starts = [
        text[a.span.start :].split("\n", 1)[0] for a in newsclean.clean(text, config=eager).articles
    ]
    assert len(starts) > 1
    assert not set(starts) & set(tail)
