"""Boilerplate that many publishers share: embed consent prompts, adverts, share prompts."""

from __future__ import annotations

from ..types import Kind
from .model import Follow, Rule

_CONSENT_SENTENCE = (
    r"(?:To show you this content, we need your permission to use cookies\."
    r"|You can use the buttons below to amend your preferences to enable .{1,60}? cookies"
    r" or to allow those cookies just once\."
    r"|You can change your settings at any time via the Privacy Options\."
    r"|Unfortunately we have been unable to verify if you have consented to .{1,60}? cookies\."
    r"|To view this content you can use the button below to allow .{1,60}? cookies"
    r" for this session only\."
    r"|Enable Cookies|Allow Cookies Once|Allow cookies|Accept cookies)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="generic.consent-provided-by",
        kind=Kind.CONSENT_PROMPT,
        pattern=(
            r"This content is provided by (?P<provider>[^,]{1,60}), which may be using cookies"
            r" and other technologies\."
        ),
        description=(
            "The opening sentence of an embed's cookie prompt; absorbs the provider's name on "
            "the line above and the rest of the prompt below."
        ),
        follow=(
            Follow(kind=Kind.CONSENT_PROMPT, pattern=r"{provider}", direction="before"),
            Follow(kind=Kind.CONSENT_PROMPT, pattern=_CONSENT_SENTENCE, max_lines=8, max_chars=200),
        ),
        examples=(
            "This content is provided by Flourish, which may be using cookies and other"
            " technologies.",
            "Podbean\nThis content is provided by Podbean, which may be using cookies and other"
            " technologies.\nTo show you this content, we need your permission to use cookies.",
        ),
        counter_examples=(
            "The service is provided by Flourish, which uses cookies.",
            "Flourish\nThe chart's data is provided by the statistics office.",
        ),
    ),
    Rule(
        id="generic.consent-sentence",
        kind=Kind.CONSENT_PROMPT,
        pattern=_CONSENT_SENTENCE,
        max_chars=200,
        description="A sentence of an embed's cookie prompt, on its own line.",
        examples=(
            "To show you this content, we need your permission to use cookies.",
            "You can change your settings at any time via the Privacy Options.",
            "Unfortunately we have been unable to verify if you have consented to Podbean cookies.",
        ),
        counter_examples=(
            "Regulators said the site had no permission to use cookies for advertising.",
        ),
    ),
    Rule(
        id="generic.advertisement",
        kind=Kind.ADVERTISEMENT,
        pattern=r"(?:Advertisement|ADVERTISEMENT|Advertisements?|Sponsored(?: content)?"
        r"|Continue Reading Below|CONTINUE READING BELOW|Story continues below(?: advertisement)?)",
        max_chars=40,
        description="An advert slot's label left in the text.",
        examples=("Advertisement", "ADVERTISEMENT", "Continue Reading Below"),
        counter_examples=(
            "The advertisement ran for three weeks before it was withdrawn.",
            "Continue reading below the line, the editor wrote.",
        ),
    ),
)
