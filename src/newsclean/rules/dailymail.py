"""Daily Mail: the video pointer, article lists, and comment-section furniture."""

from __future__ import annotations

from ..types import Kind
from .model import Rule

RULES: tuple[Rule, ...] = (
    Rule(
        id="dailymail.scroll-down",
        kind=Kind.VIDEO_NOTICE,
        pattern=r"Scroll down for (?:video|videos|more)|SCROLL DOWN FOR VIDEO",
        max_chars=30,
        description="The 'Scroll down for video' pointer at the top of a story.",
        examples=("Scroll down for video", "SCROLL DOWN FOR VIDEO"),
        counter_examples=("Scroll down for ages and you still won't reach the end.",),
    ),
    Rule(
        id="dailymail.article-list",
        kind=Kind.READ_MORE,
        pattern=r"RELATED ARTICLES|Previous \d{1,2} Next",
        max_chars=30,
        description="The related-articles box and its pager.",
        examples=("RELATED ARTICLES", "Previous 1 Next"),
        counter_examples=("Related articles appeared in three journals.",),
    ),
    Rule(
        id="dailymail.comments",
        kind=Kind.COMMENTS,
        pattern=(
            r"The comments below have (?:not )?been moderated\.?"
            r"|By posting your comment you agree to our house rules\.?"
            r"|Do you want to automatically post your MailOnline comments to your Facebook"
            r" Timeline\?.{0,200}"
            r"|The views expressed in the contents above are those of our users.{0,200}"
        ),
        max_chars=300,
        description="Notices of the comment section.",
        examples=(
            "The comments below have not been moderated.",
            "By posting your comment you agree to our house rules.",
        ),
        counter_examples=("The comments below the video were removed by the site.",),
    ),
)
