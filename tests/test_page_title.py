"""Pages extracted whole open with their ``<title>``: a cue for where the next page begins."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.cues import page_title, title_headline
from newsclean.segment import TITLE_REPEAT_REACH
from newsclean.stream import LABEL_BLOCK, LABEL_MARGIN

from .test_stream import CountingSource, _same, chunked

TITLES = [
    "Ferry operator adds winter crossings to the northern isles | Harbour Gazette",
    "Orchard owners count the cost of a late May frost - Valley Courier",
    "Why the city library is lending out sewing machines – The Northern Post",
    "Council votes to reopen the old rail line | Local News | Coast FM",
    "Is the village shop worth saving? - TheWeekly.co.uk",
    "'Lights on the water': the harbour festival returns | Coast News",
    "Why the pier cafe will close for the winter - coastnews.co.uk",
    "Ferry fares to rise in April | Travel | News | Coast News",
    "港の新しい桟橋が完成しました | 海辺ニュース",
]

NOT_TITLES = [
    "The council said the plan - first put forward in 2019 - would go ahead.",
    "About us | Contact | Advertise | Terms of use | Privacy",
    "Harbour Gazette",
    "November 18, 2026 | 4:10pm",
    "Riverside 12 9 14 10 — 45",
    "By Morag Fraser | Harbour Gazette staff",
    "Copyright Harbour Gazette 2026 - All rights reserved",
    "Home - News",
]


@pytest.mark.parametrize("line", TITLES)
def test_page_titles(line: str) -> None:
    assert page_title(line)


@pytest.mark.parametrize("line", NOT_TITLES)
def test_not_page_titles(line: str) -> None:
    assert not page_title(line)


def test_title_headline() -> None:
    assert title_headline(TITLES[3]) == "Council votes to reopen the old rail line"
    assert title_headline("Budget - Q&A: what changes in April | Money Desk") == (
        "Budget - Q&A: what changes in April"
    )


MENU = ["Skip to content", "Home", "News", "Sport", "Business", "Weather", "Subscribe"]


def _page(title: str, headline: str, body: list[str], menu: int = len(MENU)) -> list[str]:
    """A whole page as a text extractor gives it: title, menus, headline, text, footer."""
    return [title, *(MENU * (menu // len(MENU) + 1))[:menu], headline, *body]


FERRY = _page(
    "Ferry operator adds winter crossings to the northern isles | Harbour Gazette",
    "Ferry operator adds winter crossings to the northern isles",
    [
        "The island ferry company will run three extra sailings a week from November.",
        "Its chief executive said bookings from hauliers had doubled since the spring.",
        "Islanders have asked for more winter crossings since the old vessel was retired in 2024.",
        "The new sailings leave the mainland pier at seven and return in the evening.",
        "Related: Pier repairs to start after the summer season",
        "Copyright Harbour Gazette 2026. All rights reserved.",
    ],
)
ORCHARD = _page(
    "Orchard owners count the cost of a late May frost - Valley Courier",
    "Orchard owners count the cost of a late May frost",
    [
        "Apple growers in the valley say a frost late in May destroyed much of the blossom.",
        "One grower said he had lost two thirds of his crop on the slopes near the river.",
        "Cider makers expect to buy fruit from further afield and warn that prices will rise.",
        "The growers' association has asked the council for help with the cost of frost fans.",
    ],
)


def test_feed_of_whole_pages_splits_at_the_second_title() -> None:
    text = "\n".join(FERRY + ORCHARD)
    articles = newsclean.clean(text).articles
    assert len(articles) == 2
    assert text[articles[1].span.start :].startswith(ORCHARD[0])
    assert "page_title" in [c.name for c in articles[1].boundary.cues]


def test_a_sidebar_headline_is_not_a_page_title() -> None:
    """A title-shaped line whose headline does not recur below is no page's title."""
    sidebar = "Pier repairs to start after the summer season | Harbour Gazette"
    text = "\n".join([*FERRY[:-2], sidebar, *MENU[1:4], *ORCHARD[-4:]])
    for article in newsclean.clean(text).articles:
        assert "page_title" not in [c.name for c in article.boundary.cues]


def test_a_long_menu_is_waited_for() -> None:
    """The headline may come far below the title: the decoder waits, a stream too."""
    long_page = _page(ORCHARD[0], ORCHARD[len(MENU) + 1], ORCHARD[len(MENU) + 2 :], menu=150)
    assert long_page.index(ORCHARD[len(MENU) + 1]) < TITLE_REPEAT_REACH
    text = "\n".join(FERRY + long_page) + "\n"
    articles = newsclean.clean(text).articles
    assert text[articles[-1].span.start :].startswith(ORCHARD[0])
    _same(text, text.splitlines(keepends=True))


@given(
    st.lists(st.sampled_from([FERRY, ORCHARD, FERRY[-6:], ORCHARD[-4:]]), max_size=6),
    st.integers(min_value=0, max_value=160),
    st.lists(st.integers(min_value=0, max_value=20000), max_size=30),
)
def test_stream_equals_clean_with_page_titles(
    pages: list[list[str]], menu: int, cuts: list[int]
) -> None:
    """Pages with titles and menus of any length: a stream gives exactly what clean() gives."""
    lines = [line for page in pages for line in page]
    if lines:
        lines[1:1] = MENU * (menu // len(MENU))
    text = "\n".join(lines)
    _same(text, chunked(text, cuts))


def test_many_titles_are_read_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each line is read for at most one waiting title: a page of titles stays linear."""
    calls = 0
    shape = newsclean.segment.page_title

    def counted(text: str) -> bool:
        nonlocal calls
        calls += 1
        return shape(text)

    monkeypatch.setattr(newsclean.segment, "page_title", counted)
    lines = []
    for k in range(300):  # (titles of words of their own: no headline ever recurs)
        tag = "".join(chr(ord("a") + k // 26**i % 26) for i in range(2))
        headline = f"Harbour{tag} ferry{tag} council{tag} orchard{tag} library{tag}"
        lines += [f"{headline} | Coast News", "Weather warnings", "Sport results"]
    newsclean.clean("\n".join(lines))
    # (each line once as a gap's next line, once in a waiting title's scan, and a
    # title's neighbours in the list test; a scan to the full reach would be 200 a title)
    assert calls <= 4 * len(lines)


def test_a_stream_of_pages_is_not_held_back() -> None:
    """Streaming whole pages: each article comes out soon after its end is read."""
    pages = [FERRY, ORCHARD] * 15
    lines = [line + "\n" for page in pages for line in page]
    text = "".join(lines)
    source = CountingSource(lines)
    expected = newsclean.clean(text).articles
    assert len(expected) == len(pages)
    bound = LABEL_MARGIN + 2 * LABEL_BLOCK + 16 + TITLE_REPEAT_REACH
    for article, want in zip(newsclean.iter_articles(source), expected, strict=True):
        assert article.span == want.span
        assert source.consumed <= text.count("\n", 0, article.span.end) + bound
