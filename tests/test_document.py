"""The document pass: headline, byline and date at the top; menus and repeated blocks."""

from __future__ import annotations

import newsclean
from newsclean import Kind

LEAD = (
    "The harbour authority said on Monday that the old pier would reopen to walkers in the "
    "spring after a two-year repair programme costing more than four million pounds."
)
SECOND = "Engineers replaced most of the timber deck and strengthened the iron legs below it."


def _kinds(text: str) -> list[tuple[str, str]]:
    feed = newsclean.clean(text, split=False)
    return [(b.kind.value, b.text) for b in feed.boilerplate]


def test_headline_with_byline_and_date_is_typed() -> None:
    """A title-shaped first line over a byline and a timestamp becomes the headline."""
    text = "\n".join(
        [
            "Old pier to reopen after repairs",
            "By Ann Lee",
            "Published 9:15 AM EST Mar 3, 2021",
            LEAD,
            SECOND,
        ]
    )
    article = newsclean.clean(text, split=False).articles[0]
    assert article.headline == "Old pier to reopen after repairs"
    assert article.byline == "By Ann Lee"
    assert article.dateline == "Published 9:15 AM EST Mar 3, 2021"
    assert article.text == f"{LEAD}\n{SECOND}"


def test_headline_restated_by_the_lead_is_typed() -> None:
    """A short first line whose words the lead repeats is the headline, even without a byline."""
    text = f"Harbour authority to reopen old pier in spring\n{LEAD}\n{SECOND}"
    assert _kinds(text) == [("headline", "Harbour authority to reopen old pier in spring")]


def test_long_first_line_stays_content() -> None:
    """A long first line is the lead, not a headline."""
    text = f"{LEAD}\n{SECOND}"
    assert _kinds(text) == []


def test_question_first_line_stays_content() -> None:
    """A question over the lead may be the writer's opening line: it stays."""
    text = f"Will the old pier ever carry walkers again?\n{LEAD}\n{SECOND}"
    assert _kinds(text) == []


def test_two_word_label_stays_content() -> None:
    """A two-word first line (a name, a label) is not taken for a headline."""
    text = f"Ann Lee\n{LEAD}\n{SECOND}"
    assert _kinds(text) == []


def test_capitals_first_line_stays_content() -> None:
    """A first line in capitals is a label or a shout, not a headline."""
    text = f"FULL RESULTS FROM THE REGATTA\n{LEAD}\n{SECOND}"
    assert _kinds(text) == []


def test_headline_only_at_the_top() -> None:
    """A title-shaped line inside the body is a subheading and stays content."""
    text = f"{LEAD}\nThe next steps\n{SECOND}"
    assert _kinds(text) == []


def test_repeated_list_item_stays() -> None:
    """A list item that occurs twice is content (lists repeat items)."""
    text = "\n".join(
        [
            LEAD,
            "Day one:",
            "Walk the pier",
            "Visit the museum",
            "Day two:",
            "Walk the pier",
            "Take the ferry",
            SECOND,
        ]
    )
    assert _kinds(text) == []


def test_repeated_table_cells_stay() -> None:
    """Table cells repeated in consecutive tables are content."""
    block = ["| Pos |", "Player |", "Plays |"]
    text = "\n".join([LEAD, *block, "| DL |", *block, "| LB |", SECOND])
    assert _kinds(text) == []


def test_repeated_sentence_like_lines_stay() -> None:
    """Feature lists repeated under two products are content, however often they repeat."""
    block = [
        "Charges in the case overnight",
        "Pairs with every phone we tried",
        "Lasts a full working day",
    ]
    text = "\n".join([LEAD, "Model one", *block, "Model two", *block, SECOND])
    assert _kinds(text) == []


def test_repeated_menu_block_is_removed() -> None:
    """A block of short menu lines that occurs twice (header and footer) is page furniture."""
    menu = ["Harbour", "Ferries", "Weather", "Tides"]
    text = "\n".join([*menu, LEAD, SECOND, *menu])
    removed = _kinds(text)
    assert [k for k, _ in removed] == ["repeated"] * 8
    assert newsclean.clean(text, split=False).articles[0].text == f"{LEAD}\n{SECOND}"


def test_menu_run_with_section_names_is_navigation() -> None:
    """A run of short lines made of site sections is a menu, typed navigation."""
    menu = ["Home", "News", "Sport", "Business", "Harbour Life", "Opinion"]
    text = "\n".join([*menu, LEAD, SECOND])
    feed = newsclean.clean(text, split=False)
    assert {b.kind for b in feed.boilerplate} == {Kind.NAVIGATION}
    assert [b.text for b in feed.boilerplate] == menu
    assert feed.articles[0].text == f"{LEAD}\n{SECOND}"


def test_short_list_without_section_names_stays() -> None:
    """A list of short lines that are no site sections (ingredients) stays content."""
    items = ["Two pears", "One lemon", "Brown sugar", "A pinch of clove", "Honey"]
    text = "\n".join([LEAD, *items, SECOND])
    assert _kinds(text) == []


def test_repeated_teaser_headline_is_removed() -> None:
    """A headline-shaped line that recurs on its own in two boxes of a page is a teaser."""
    teaser = "Lifeboat crew rescue three sailors off the north cape"
    text = "\n".join([LEAD, teaser, SECOND, "Harbour dues will rise in April.", teaser])
    assert _kinds(text) == [("repeated", teaser), ("repeated", teaser)]


def test_teaser_shaped_line_seen_once_stays() -> None:
    """The same headline-shaped line, seen once, is a subheading and stays."""
    text = "\n".join([LEAD, "Lifeboat crew rescue three sailors off the north cape", SECOND])
    assert _kinds(text) == []


def test_trailing_title_case_teasers_are_related_links() -> None:
    """Title-case headlines after the article's last sentence are related-story teasers."""
    teasers = ["Seven Strange Facts About Sea Fog", "The Oldest Lighthouses Still Working"]
    text = "\n".join([LEAD, SECOND, *teasers])
    assert _kinds(text) == [("related_link", t) for t in teasers]


def test_closing_list_in_sentence_case_stays() -> None:
    """A closing list in sentence case is part of the article."""
    items = ["Walkers may use the pier from nine", "Anglers need a day permit"]
    text = "\n".join([LEAD, SECOND, *items])
    assert _kinds(text) == []


def test_long_closing_title_case_list_stays() -> None:
    """A long title-case list at the end (tour dates, venues) is content."""
    items = [f"June {day} -- Harbour Hall, Port Town" for day in range(1, 10)]
    text = "\n".join([LEAD, SECOND, *items])
    assert _kinds(text) == []


def test_repeated_line_inside_a_fixture_list_stays() -> None:
    """A line repeated between short list items (a fixture list) is content."""
    text = "\n".join(
        [
            LEAD,
            "Harbour v Quay",
            "Dock v Pier",
            "Winners meet in the harbour final",
            "Cove v Point",
            "Bay v Cape",
            "Winners meet in the harbour final",
            "Reef v Sound",
            SECOND,
        ]
    )
    assert _kinds(text) == []


def test_network_named_provider_belongs_to_its_consent_prompt() -> None:
    """A lone 'YouTube' over a consent prompt is part of it; elsewhere it stays a share button."""
    text = "\n".join(
        [
            LEAD,
            "YouTube",
            "This content is provided by YouTube, which may be using cookies and other"
            " technologies.",
            "To show you this content, we need your permission to use cookies.",
            SECOND,
            "YouTube",
        ]
    )
    feed = newsclean.clean(text, split=False)
    kinds = [(b.kind, b.text) for b in feed.boilerplate]
    assert kinds[0] == (Kind.CONSENT_PROMPT, "YouTube")
    assert kinds[-1] == (Kind.SOCIAL, "YouTube")
    assert [p.text for p in feed.paragraphs] == [LEAD, SECOND]
