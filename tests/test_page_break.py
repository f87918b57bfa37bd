"""Whole pages one after another: a long run of page furniture between two stories."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.cues import BACK_WINDOW
from newsclean.segment import BREAK_MIN_RUN, BREAK_REACH, Segmenter

from .test_stream import _same, chunked

TIDE = [
    "Engineers began work on the tidal barrier at the mouth of the estuary on Monday morning.",
    "The barrier will close during spring tides to protect about four hundred homes from flooding.",
    "Residents of the low streets near the quay have been flooded three times in the past decade.",
    "The county council expects the gates to be finished before the autumn storms next year.",
    "A public meeting about the construction traffic will be held at the sailing club this week.",
]
TIDE_MORE = [
    "The tidal barrier gates on the estuary will be tested at the next spring tides.",
    "Homes near the quay flooded twice last winter when the estuary rose over the barrier.",
    "The council said the barrier would protect the quay streets from flooding for fifty years.",
    "Engineers will close the estuary gates at night so that the work does not disturb residents.",
]
CHOIR = [
    "A choir of retired miners will sing at the cathedral for the first time in forty years.",
    "Its conductor said the singers had rehearsed twice a week in a pub since March.",
    "Tickets for the concert sold out within an hour, and a second performance has been added.",
    "Money raised from the evening will pay for repairs to the old colliery band hall.",
    "The youngest member of the choir is seventy one and the oldest is ninety two.",
]
FURNITURE = [
    "Most read",
    "Weather",
    "Traffic and travel",
    "About us",
    "Contact the newsroom",
    "Home",
    "Local",
    "Sport",
    "Business",
    "Opinion",
    "Events",
    "Jobs",
    "Puzzles",
    "Search",
    "Motoring",
    "Property",
    "Family notices",
    "Letters",
    "Podcasts",
    "Food and drink",
]


def furniture(n: int) -> list[str]:
    """``n`` lines of menus and footer links (none a sentence)."""
    return (FURNITURE * (n // len(FURNITURE) + 1))[:n]


def _cues(text: str) -> list[list[str]]:
    return [[c.name for c in a.boundary.cues] for a in newsclean.clean(text).articles]


def test_a_page_break_opens_the_next_page() -> None:
    text = "\n".join([*TIDE, *furniture(20), *CHOIR])
    articles = newsclean.clean(text).articles
    assert len(articles) == 2
    assert TIDE[-1] in text[articles[0].span.start : articles[0].span.end]
    assert CHOIR[0] in text[articles[1].span.start : articles[1].span.end]
    assert "page_break" in [c.name for c in articles[1].boundary.cues]
    assert "page furniture" in articles[1].boundary.reason


def test_the_same_story_after_a_block_of_links_is_no_page_break() -> None:
    """Prose that continues the topic words of the prose before the run is the same page."""
    text = "\n".join([*TIDE, *furniture(20), *TIDE_MORE])
    assert not any("page_break" in cues for cues in _cues(text))


def test_a_short_run_is_no_page_break() -> None:
    text = "\n".join([*TIDE, *furniture(BREAK_MIN_RUN - 3), *CHOIR])
    assert not any("page_break" in cues for cues in _cues(text))


def test_a_run_beyond_reach_is_given_up() -> None:
    """The decoder waits for a run's end for at most the reach (a stream as well)."""
    text = "\n".join([*TIDE, *furniture(2 * BREAK_REACH), *CHOIR]) + "\n"
    assert not any("page_break" in cues for cues in _cues(text))
    _same(text, text.splitlines(keepends=True))


@given(
    st.lists(st.sampled_from([TIDE, TIDE_MORE, CHOIR, CHOIR[:2]]), max_size=5),
    st.lists(st.integers(min_value=0, max_value=BREAK_REACH + 30), min_size=5, max_size=5),
    st.lists(st.integers(min_value=0, max_value=30000), max_size=30),
)
def test_stream_equals_clean_with_page_furniture(
    stories: list[list[str]], runs: list[int], cuts: list[int]
) -> None:
    """Stories with runs of furniture of any length between: a stream gives clean()'s articles."""
    lines: list[str] = []
    for story, run in zip(stories, runs, strict=False):
        lines += [*furniture(run), *story]
    text = "\n".join(lines)
    _same(text, chunked(text, cuts))


def test_undecided_gaps_keep_their_back_windows() -> None:
    """Trimming never forgets the lines a gap still to be decided may read: a page break can
    raise a gap that stopped at the screen, and its closer reading needs its back window.

    (A page title waiting for its headline holds the decoder back while the lines run on;
    a page break's run then holds it again: the case that once lost a back window.)
    """
    segmenter = Segmenter(newsclean.Config())
    for k in range(40):
        headline = f"Ferry{k} timetable{k} changes{k} for winter{k}"
        page = [f"{headline} | Coast News", *furniture(30), *TIDE, *furniture(70), *CHOIR]
        for line in [*page, headline, *TIDE_MORE]:
            segmenter.push(line, None)
            first_kept = segmenter._windows._base  # (the invariant is internal)
            assert first_kept <= max(0, segmenter._decided - BACK_WINDOW)
    segmenter.finish()


PAGES = [TIDE, TIDE_MORE, CHOIR, CHOIR[:2]]
TITLED = [f"Winter{k} ferry{k} timetable{k} changes{k} | Coast News" for k in range(3)]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(range(len(PAGES))),
            st.integers(min_value=0, max_value=90),
            st.integers(min_value=-1, max_value=len(TITLED) - 1),
        ),
        max_size=6,
    ),
    st.integers(min_value=1, max_value=16),
)
def test_trimming_never_changes_a_decision(
    parts: list[tuple[int, int, int]], trim_every: int
) -> None:
    """Forgetting old lines is bookkeeping: with trimming as eager as can be, clean() gives
    the very same articles (titles waiting for their headline, page breaks waiting for
    the prose after a run, gaps raised after the screen all read what they need)."""
    lines: list[str] = []
    for page, run, title in parts:
        if title >= 0:
            lines.append(TITLED[title])
        lines += [*furniture(run), *PAGES[page]]
        if title >= 0:
            lines.append(TITLED[title].split(" | ")[0])
    text = "\n".join(lines)
    expected = newsclean.clean(text).articles
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(newsclean.segment, "TRIM_EVERY", trim_every)
        assert newsclean.clean(text).articles == expected
        assert tuple(newsclean.iter_articles(chunked(text, [len(text) // 3]))) == expected
        segmenter = Segmenter(newsclean.Config())
        for line in lines:
            segmenter.push(line, None)
            first_kept = segmenter._windows._base  # (the invariant is internal)
            assert first_kept <= max(0, segmenter._decided - BACK_WINDOW)
