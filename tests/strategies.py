"""Hypothesis strategies: arbitrary text, prose written here, boilerplate by kind, feeds."""

from __future__ import annotations

from hypothesis import strategies as st

from newsclean import Kind
from newsclean.rules import all_rules

NASTY = "\r\n\x0b\x0c\x85\u2028\u2029\x00\t "

any_text = st.text(alphabet=st.one_of(st.characters(), st.sampled_from(list(NASTY))), max_size=400)
"""Any unicode, with line breaks, odd whitespace and NUL made common."""

_SUBJECTS = [
    "The council",
    "A spokeswoman for the ferry operator",
    "Residents of the estate",
    "The finance minister",
    "Engineers at the plant",
    "The head teacher",
    "Local fishermen",
    "Opposition leaders",
    "The health board",
    "Two climbers",
]
_VERBS = [
    "said the plan would be reviewed",
    "warned that costs were rising",
    "described the decision as overdue",
    "confirmed the road would reopen",
    "welcomed the funding",
    "called for an independent inquiry",
    "admitted mistakes had been made",
    "promised to publish the figures",
]
_TAILS = [
    "before the end of the year.",
    "after a difficult winter.",
    "on Tuesday evening.",
    "despite objections from neighbours.",
    "in a statement to reporters.",
    "once the repairs are complete.",
]


@st.composite
def sentence(draw: st.DrawFn) -> str:
    """One plain news sentence."""
    return f"{draw(st.sampled_from(_SUBJECTS))} {draw(st.sampled_from(_VERBS))} " + draw(
        st.sampled_from(_TAILS)
    )


@st.composite
def paragraph(draw: st.DrawFn) -> str:
    """A prose paragraph of one to three sentences."""
    return " ".join(draw(st.lists(sentence(), min_size=1, max_size=3)))


article = st.lists(paragraph(), min_size=1, max_size=8)
"""The paragraphs of a prose article."""

_RULES = all_rules()
KINDS_WITH_EXAMPLES = sorted({r.kind for r in _RULES}, key=lambda k: k.value)


def boilerplate(kind: Kind | None = None) -> st.SearchStrategy[tuple[str, Kind]]:
    """A shipped rule's example block with the rule's kind (for the anchor line)."""
    rules = [r for r in _RULES if kind is None or r.kind is kind]
    return st.sampled_from(rules).flatmap(
        lambda r: st.sampled_from(r.examples).map(lambda ex: (ex, r.kind))
    )
