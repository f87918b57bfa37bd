"""The docs' rule reference and kinds page are generated from the rule data and current."""

from __future__ import annotations

from newsclean import Kind
from newsclean.reference import KIND_DESCRIPTIONS, render_kinds, render_rules

from .conftest import ROOT


def test_every_kind_is_described() -> None:
    """Each Kind has a one-line description for the kinds page."""
    missing = [k.value for k in Kind if not KIND_DESCRIPTIONS.get(k)]
    assert not missing, f"describe these kinds in newsclean/reference.py: {missing}"


def test_rules_page_is_current() -> None:
    """docs/rules.md equals what the generator makes from the shipped rules."""
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert page == render_rules(), "run: python -m newsclean.reference rules > docs/rules.md"


def test_kinds_page_is_current() -> None:
    """docs/kinds.md equals what the generator makes from the shipped rules."""
    page = (ROOT / "docs" / "kinds.md").read_text(encoding="utf-8")
    assert page == render_kinds(), "run: python -m newsclean.reference kinds > docs/kinds.md"
