"""The rule reference and the kinds page of the docs, generated from the rule data.

``python -m newsclean.reference rules > docs/rules.md`` and
``python -m newsclean.reference kinds > docs/kinds.md`` rebuild them; a test
checks the committed pages are current.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from .rules import PUBLISHER_MODULES, Rule, all_rules
from .types import Kind

KIND_DESCRIPTIONS: dict[Kind, str] = {
    Kind.IMAGE_CAPTION: "A photo caption left in the text, often with a picture credit.",
    Kind.VIDEO_NOTICE: "The notice of an embedded video player.",
    Kind.VIDEO_DURATION: "A clip's running time on its own line, next to a player notice.",
    Kind.VIDEO_TITLE: "A clip's short title after a player notice (and its duration).",
    Kind.CONSENT_PROMPT: "A cookie-consent prompt of an embed, every line of its block.",
    Kind.RELATED_LINK: "A link to a topic page or another story between paragraphs.",
    Kind.ADVERTISEMENT: "The label of an advert slot.",
    Kind.READ_MORE: "A 'Read more' or related-headline teaser.",
    Kind.NEWSLETTER: "A newsletter or subscription prompt.",
    Kind.SOCIAL: "A share or follow prompt for a social network.",
    Kind.CREDIT: "A reporting, editing or photo credit line.",
    Kind.COPYRIGHT: "A copyright or rights notice.",
    Kind.COMMENTS: "Comment-section furniture.",
    Kind.TAGS: "Tag and category furniture ('Filed under:', 'Topics:').",
    Kind.NAVIGATION: "Menu, breadcrumb or page-navigation text.",
    Kind.TIMESTAMP: "A bare publication or update time.",
    Kind.DATELINE: "A dateline on its own line.",
    Kind.HEADLINE: "The article's headline at its top (decided from the whole article).",
    Kind.BYLINE: "The author line at the article's top.",
    Kind.REPEATED: "A block of short lines repeated verbatim in one article (menus, teaser lists).",
}


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ⏎ ")


def _code(text: str) -> str:
    return "`` " + text.replace("`", "'") + " ``"


def render_rules(rules: Iterable[Rule] | None = None) -> str:
    """The rule reference as Markdown: every rule, grouped by publisher."""
    rules = tuple(all_rules() if rules is None else rules)
    out = [
        "# Rule reference",
        "",
        "Generated from the rule data by `python -m newsclean.reference rules`; do not edit.",
        "Rules are tried in this order; the first whose pattern matches a whole line wins.",
        "",
    ]
    by_publisher: dict[str, list[Rule]] = {}
    for rule in rules:
        by_publisher.setdefault(rule.publisher, []).append(rule)
    for publisher, group in by_publisher.items():
        module = next((m for m in PUBLISHER_MODULES if m.__name__.endswith("." + publisher)), None)
        out += [f"## {publisher}", ""]
        if module is not None and module.__doc__:
            out += [module.__doc__.strip().splitlines()[0], ""]
        for rule in group:
            out += [f"### `{rule.id}`", "", f"- kind: `{rule.kind.value}`"]
            if rule.description:
                out.append(f"- what: {rule.description}")
            out.append(
                f"- pattern: {_code(rule.pattern)}" + (" (any case)" if rule.ignore_case else "")
            )
            out.append(f"- longest line it may match: {rule.max_chars} characters")
            if rule.ends_article:
                out.append("- ends an article: a boundary may follow it")
            if rule.starts_article:
                out.append("- opens a page: a boundary goes before it (or its page title)")
            if rule.closes_page:
                out.append("- closes a page: a boundary is more likely after it")
            for step in rule.follow:
                out.append(
                    f"- then absorbs up to {step.max_lines} line(s) {step.direction} as "
                    f"`{step.kind.value}`: {_code(step.pattern)}"
                    + (" (required)" if step.required else "")
                )
            out += ["- examples:", *[f"  - {_code(_md(e))}" for e in rule.examples]]
            if rule.counter_examples:
                out += ["- left alone:", *[f"  - {_code(_md(e))}" for e in rule.counter_examples]]
            out.append("")
    return "\n".join(out)


def render_kinds(rules: Iterable[Rule] | None = None) -> str:
    """The kinds page as Markdown: every :class:`Kind` with what it is and an example."""
    rules = tuple(all_rules() if rules is None else rules)
    out = [
        "# Kinds of boilerplate",
        "",
        "Generated from the rule data by `python -m newsclean.reference kinds`; do not edit.",
        "`Boilerplate.kind` is one of these; its `.value` is the snake_case name.",
        "",
        "| kind | what it is | example | rules |",
        "| --- | --- | --- | --- |",
    ]
    for kind in Kind:
        own = [r for r in rules if r.kind is kind]
        example = own[0].examples[0] if own else ""
        ids = ", ".join(f"`{r.id}`" for r in own) or "decided from context"
        out.append(
            f"| `{kind.value}` | {KIND_DESCRIPTIONS.get(kind, '')} | "
            f"{_code(_md(example)) if example else ''} | {ids} |"
        )
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Print one page: ``rules`` or ``kinds``."""
    args = sys.argv[1:] if argv is None else argv
    if args not in (["rules"], ["kinds"]):
        print("usage: python -m newsclean.reference rules|kinds", file=sys.stderr)
        return 2
    sys.stdout.write(render_rules() if args == ["rules"] else render_kinds())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
