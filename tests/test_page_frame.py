"""Text extracted from a whole web page: the page's header and footer around the article."""

from __future__ import annotations

import newsclean
from newsclean.document import (
    PAGE_FOOTER_RULE,
    PAGE_FRAME_KEEP,
    PAGE_FRAME_MAX_WORDS,
    PAGE_FRAME_MIN_LINES,
    PAGE_HEADER_RULE,
)

HEADER = [
    "Skip to main content",
    "Weekly Harbour Gazette",
    "Local",
    "Coast and Sea",
    "Fishing Fleet Report",
    "Ferries and Crossings",
    "Harbour Events Diary",
    "Tide Tables",
    "Lifeboat Station News",
    "Boatyard Classifieds",
    "Winter repairs begin on the breakwater lights",
    "Regatta committee names new race officer",
    "Search",
    "Sea wall works: what the closures mean for you",
]
"""Menus, teasers and the page's own headline, none of them a sentence."""

BODY = [
    "Work to rebuild the sea wall along the north quay will begin next week, the harbour "
    "board has confirmed after months of delay.",
    "The wall was damaged in two storms last winter, and parts of the walkway above it have "
    "been fenced off since February.",
    "Contractors expect the first section to be finished before the summer regatta, when "
    "thousands of visitors come to the quay.",
    "Residents of the cottages behind the wall will be offered temporary parking on the "
    "old ferry car park while the work goes on.",
]
FOOTER = [
    "Share on Facebook",
    "Most read this week",
    "Crab landings up for a third year",
    "New pontoon opens at the marina",
    "Ferry fares to rise in April",
    "Lifeboat crew honoured at awards night",
    "Harbour board publishes its annual report",
    "Sailing school seeks volunteer instructors",
    "Quayside cafe wins coastal food prize",
    "Seal pups counted on the outer sandbanks",
    "Harbour master retires after thirty years",
    "Record entry for the winter swim",
    "Dredging of the inner channel to start in June",
    "Fish market to open on Sundays",
    "About us",
    "Contact the newsroom",
    "Privacy Policy",
    "Terms of Use",
    "Advertise with us",
    "Back to top",
]
"""Teasers and links after the article's last sentence."""


def _removed(text: str) -> dict[str, str]:
    feed = newsclean.clean(text, split=False)
    return {b.text: b.rule for b in feed.boilerplate}


def test_a_whole_pages_header_is_navigation_but_its_last_lines_stay() -> None:
    """Before the first sentence of prose, all but the last few content lines are the header."""
    removed = _removed("\n".join([*HEADER, *BODY]))
    content = [t for t in HEADER if t not in removed or removed[t] == PAGE_HEADER_RULE]
    typed = [t for t in content if removed.get(t) == PAGE_HEADER_RULE]
    assert typed
    assert typed == content[:-PAGE_FRAME_KEEP]
    assert "Sea wall works: what the closures mean for you" not in typed
    assert not set(BODY) & set(removed)


def test_a_whole_pages_footer_is_navigation() -> None:
    """After the last sentence, the links and teasers are the footer; the first lines stay."""
    removed = _removed("\n".join([*HEADER, *BODY, *FOOTER]))
    typed = [t for t in FOOTER if removed.get(t) == PAGE_FOOTER_RULE]
    content = [t for t in FOOTER if t not in removed or removed[t] == PAGE_FOOTER_RULE]
    assert typed == content[PAGE_FRAME_KEEP:]
    assert not set(BODY) & set(removed)


def test_a_list_before_the_prose_without_furniture_stays() -> None:
    """An article that opens with a long list (no menu link among it) keeps every line."""
    ingredients = [f"{n} spoonfuls of sugar for batch {n}" for n in range(PAGE_FRAME_MIN_LINES)]
    removed = _removed("\n".join([*ingredients, *BODY]))
    assert not set(ingredients) & set(removed)


def test_a_footer_sentence_after_a_list_is_no_body() -> None:
    """A list that is the article, followed by one sentence and menus, is not a header."""
    fixtures = [f"Round {n}: Saturday {n} March at the north quay" for n in range(1, 16)]
    text = "\n".join(
        [
            "Skip to main content",
            "Search",
            *fixtures,
            "The material on this site may not be reproduced without the written permission "
            "of the publisher.",
            "About us",
        ]
    )
    assert not set(fixtures) & set(_removed(text))


def test_closing_lines_that_run_on_or_end_a_sentence_stay() -> None:
    """Footer lines that end a sentence or run on into the next line are kept."""
    closing = ["The board will meet again in May.", "Tickets for the regatta go on sale,"]
    removed = _removed("\n".join([*HEADER, *BODY, *FOOTER[:4], *closing, *FOOTER[4:]]))
    assert not set(closing) & set(removed)


def test_a_sentence_alone_in_the_header_is_walked_past_and_kept() -> None:
    """A cookie notice among the menus does not end the header, and it stays content."""
    notice = "This site stores small files on your device to remember your settings between visits."
    header = [*HEADER[:6], notice, *HEADER[6:]]
    removed = _removed("\n".join([*header, *BODY]))
    assert notice not in removed
    assert removed.get("Coast and Sea") == PAGE_HEADER_RULE
    assert removed.get("Tide Tables") == PAGE_HEADER_RULE


def test_two_sentences_alone_end_the_walk() -> None:
    """A second sentence alone before the prose means the page is written in few full
    sentences: no header is typed."""
    first = "This site stores small files on your device to remember your settings between visits."
    second = "Our harbour guide for visitors is free to download from the tourist office in town."
    header = [*HEADER[:4], first, *HEADER[4:8], second, *HEADER[8:]]
    removed = _removed("\n".join([*header, *BODY]))
    assert not {r for r in removed.values() if r == PAGE_HEADER_RULE}


def test_a_long_line_in_a_frame_stays() -> None:
    """A line of more than PAGE_FRAME_MAX_WORDS words is never furniture."""
    long_line = " ".join(["harbour"] * (PAGE_FRAME_MAX_WORDS + 1))
    header = [*HEADER[:3], long_line, *HEADER[3:]]
    removed = _removed("\n".join([*header, *BODY]))
    assert long_line not in removed
    assert removed.get("Local") == PAGE_HEADER_RULE


def test_furniture_the_rules_know_counts_as_frame_evidence() -> None:
    """A footer whose links the rules mostly know is still a footer: the rules' furniture
    counts towards PAGE_FRAME_MIN_LINES, so the few teasers left among it are typed too."""
    known = [
        "Share this on WhatsApp",
        "Follow us on:",
        "Get the Harbour Gazette delivered straight to your inbox.",
        "No spam, we promise. You can unsubscribe at any time.",
        "Terms of Use | Privacy Policy | Sitemap",
        "Scroll to top",
        "Most Read Most Shared",
    ]
    teasers = FOOTER[2:8]
    assert len(teasers) < PAGE_FRAME_MIN_LINES <= len(teasers) + len(known)
    removed = _removed("\n".join([*HEADER, *BODY, *known[:3], *teasers, *known[3:]]))
    assert set(known) <= set(removed)
    typed = [t for t in teasers if removed.get(t) == PAGE_FOOTER_RULE]
    assert typed == teasers[PAGE_FRAME_KEEP:]
    assert not set(BODY) & set(removed)
