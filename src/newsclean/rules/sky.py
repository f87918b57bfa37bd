"""Sky News: captions and picture credits, the video player, links, promos, bylines, labels.

Each rule names one family of Sky News page furniture as it survives in a plain
text scrape (one paragraph per line), with the other members of the family that
feeds of the same source show: any picture agency after 'Pic:', any duration
shape, 'Read more:' with or without 'from Sky News' and its headline lines, any
podcast or app promo, any correspondent's role line.
"""

from __future__ import annotations

from ..types import Kind
from .generic import CREDIT_NAMES
from .model import Follow, Rule
from .shapes import CLOCK, DATE, DURATION, HANDLE, HEADLINE_LINE, NAME, SHORT_TITLE

READ_MORE_HEADLINES = 3
"""Headline lines a 'Read more:' label absorbs (Sky lists one to three related stories)."""

RELATED_TOPICS = 8
"""Topic lines a 'Related Topics' label absorbs."""

_CREDIT = r"(?:iStock(?:photo)?|" + CREDIT_NAMES + r")(?:\s?/\s?" + HANDLE + r")?"

_ROLE_NOUN = (
    r"(?:correspondent|reporter|editor|presenter|writer|producer|journalist|analyst"
    r"|commentator|columnist|expert|anchor)"
)


def _role(noun: str) -> str:
    """A correspondent's role ending in ``noun``: 'Political correspondent'."""
    return (
        r"(?!.*\b(?:is|am|are|was|were|be|been|I|he|she|they|we|a|an|the|his|her|its|our"
        r"|my|said|says|told)\b)"  # a role, not a sentence about one
        r"(?:Sky News['’]s?\s|Sky['’]s\s)?"
        r"[\p{L}][\p{L}'’&-]*(?:\s[\p{L}][\p{L}'’&-]*){0,5}?\s?" + noun
    )


_ROLE = _role(r"(?i:" + _ROLE_NOUN + r")")
"""A role in any case: 'political reporter', 'Football Features Writer'."""

_SENTENCE_CASE_ROLE = r"(?=\p{Lu})" + _role(_ROLE_NOUN)
"""A role in sentence case, as Sky writes it under a name ('Home affairs correspondent');
a title-case line ('The Reporters', 'Contributing Writer') is a menu item."""

_PLACE = r"[\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,2}"
"""A place name of up to three capitalised words ('Kyiv', 'Rio de' is not one)."""

_WITH_ROLE = r"(?:,|\s[-–])\s" + _ROLE + r"(?:\s?" + HANDLE + r")?"
"""A byline's role after the name: ', political reporter @annlee'."""

_IN_PLACE = r",? (?:in|reporting from) " + _PLACE
"""A byline's place: ', in Kyiv'."""

_LINK_TITLE = r"(?!.*[.:;,][\"'”’)\]]*$)\S+(?: \S+){0,15}"
"""The title of a linked page after a label: up to sixteen words, no closing full stop."""

_NAME_LINE = r"(?=.{3,40}$)(?=\S+\s\S)(?!.*['’]s\b)" + NAME
"""A line that is nothing but a person's name of two words or more (an author card's first
line), not a possessive ('Ann Lee's Cartoons')."""

RULES: tuple[Rule, ...] = (
    Rule(
        id="sky.image-caption",
        kind=Kind.IMAGE_CAPTION,
        # The credit is possessive: after each " Pic:" it either reaches the end or fails
        # at once (a lazy one retried every length up to 60 after every " Pic:").
        # The caption runs to the first space where the credit would reach the end:
        # words are taken whole and only spaces are tested (a lazy ".*?" tests each char).
        pattern=(
            r"Image:\s*(?P<caption>\S(?:\S++|(?!\s+Pic(?:ture)?:\s*\S.{0,60}+\Z)[^\S\n])*+)"
            r"(?:\s+Pic(?:ture)?:\s*(?P<credit>\S.{0,60}+))?"
        ),
        max_chars=400,
        description="A photo caption, with the picture agency after 'Pic:' as the credit.",
        examples=(
            "Image: Divers searched the harbour wall at first light. Pic: PA",
            "Image: The new bridge will carry trams and cyclists",
            "Image: Volunteers filled sandbags outside the town hall. Pic: Getty Images",
        ),
        counter_examples=(
            "Image rights became a sticking point in the negotiations.",
            "Image: ",
        ),
    ),
    Rule(
        id="sky.pic-credit",
        kind=Kind.IMAGE_CAPTION,
        pattern=(
            # The credit holds no colon: the line's last colon must follow "Pic", checked
            # once from the end before the caption is scanned, and again at each "Pic:".
            r"(?=(?s:.*+)(?<=\sPic(?:ture)?s?:[^:]*+))"
            r"(?P<caption>\S.{1,300}?)\s+Pic(?:ture)?s?:(?=[^:]*+\Z)\s?"
            r"(?P<credit>" + _CREDIT + r")\.?"
            r"|File (?:pic|picture|photo|image)(?::\s?(?P<credit>" + _CREDIT + r"))?\.?"
        ),
        max_chars=400,
        description=(
            "A caption that lost its 'Image:' prefix but ends with a 'Pic:' credit (any agency, "
            "person or handle); a bare 'File pic' line."
        ),
        examples=(
            "Lifeboat crews returned to the harbour at dusk. Pic: Reuters",
            "The pier before the storm Pic: AP Photo/Ann Lee",
            "Fans queued outside the stadium. Pic: Instagram/@harbourfc",
            "File pic",
            "File pic: PA",
        ),
        counter_examples=(
            "She said the pic: was blurry and the light was poor.",
            "He sent the photo with the caption pic: me, grinning.",
            "File pictures show the mill before the fire, the council said.",
        ),
    ),
    Rule(
        id="sky.video-notice",
        kind=Kind.VIDEO_NOTICE,
        pattern=(
            r"Please use (?:the |a )?Chrome browser for a more accessible video player\.?"
            r"(?:\s+(?:(?P<duration>" + DURATION + r")\s+)?(?P<title>" + SHORT_TITLE + r"))?"
        ),
        description=(
            "The embedded player's notice; absorbs the clip's duration (2:27, 1:02:05) and its "
            "short title on the next lines. A line that ends with a full stop, even inside "
            "quotes, is prose and stays."
        ),
        follow=(
            Follow(kind=Kind.VIDEO_DURATION, pattern=DURATION, max_chars=9),
            Follow(kind=Kind.VIDEO_TITLE, pattern=SHORT_TITLE, max_chars=100),
        ),
        examples=(
            "Please use Chrome browser for a more accessible video player",
            "Please use Chrome browser for a more accessible video player\n1:48\n"
            "Crowds cheer as the marathon leaders pass",
            "Please use Chrome browser for a more accessible video player\n1:02:05\n"
            "Full interview: the harbour master on the new tolls",
            "Please use Chrome browser for a more accessible video player\n"
            "Minister grilled over late trains",
            "Please use Chrome browser for a more accessible video player 2:27 Bells ring out",
        ),
        counter_examples=(
            "Please use Chrome browser for a more accessible video player\n"
            "The council said the repairs would be finished before the winter storms arrived.",
            "Please use Chrome browser for a more accessible video player\n"
            "“We will not back down.”",
            "Please use a Chrome browser, the help desk advised callers.",
            "Please use Chrome browser for a more accessible video player The council said the"
            " repairs would be finished before the winter storms arrived.",
        ),
    ),
    Rule(
        id="sky.more-on",
        kind=Kind.RELATED_LINK,
        pattern=(
            r"More on (?P<topic>[\p{Lu}\d][\p{L}\p{M}\d'’.&-]*"
            r"(?: (?:of |the |and |de |la )?[\p{Lu}\d][\p{L}\p{M}\d'’.&-]*){0,5})"
            r"|MORE ON (?P<topic>[\p{Lu}\d][\p{Lu}\p{M}\d'’.&-]*"
            r"(?: (?:OF |THE |AND |DE |LA )?[\p{Lu}\d][\p{Lu}\p{M}\d'’.&-]*){0,5})"
        ),
        max_chars=80,
        description="A topic link between paragraphs: 'More on <Topic>' (or in capitals).",
        examples=(
            "More on Boris Johnson",
            "More on Climate Change",
            "More on Isle of Wight",
            "MORE ON ISLE OF WIGHT",
        ),
        counter_examples=(
            "More on that later.",
            "More on this story as we get it.",
            "More on the subject of rents, the report says little.",
        ),
    ),
    Rule(
        id="sky.read-more",
        kind=Kind.READ_MORE,
        pattern=(
            r"(?:Read [Mm]ore(?: from Sky News| on Sky News| from Sky)?"
            r"|READ MORE(?: FROM SKY NEWS)?"
            r"|More from Sky News|Also on Sky News|Watch more(?: from Sky News)?"
            r"|Read more on this story|Read more about this story)"
            r"\s?:(?:\s?(?P<title>\S.{0,200}))?"
            r"|(?:Read more from Sky News|READ MORE FROM SKY NEWS|More from Sky News)\s?[.…]*"
        ),
        max_chars=240,
        description=(
            "A 'Read more:' or 'Read more from Sky News:' label, with or without a headline on "
            "the same line; absorbs up to three one-line headlines (3-20 words, no closing "
            "full stop) right after it."
        ),
        follow=(
            Follow(
                kind=Kind.RELATED_LINK,
                pattern=HEADLINE_LINE,
                max_lines=READ_MORE_HEADLINES,
                max_chars=160,
            ),
        ),
        examples=(
            "Read more:\nHarbour tolls to rise for the first time in a decade",
            "Read more from Sky News:\nFerry strike called off after late-night talks\n"
            "Why the tide tables are changing this spring",
            "Read more from Sky News: Lighthouse keeper retires after 40 years",
            "Watch more:\nInside the flooded village as the water rises",
            "Read more from Sky News\nHarbour tolls to rise for the first time in a decade",
        ),
        counter_examples=(
            "Read more from Sky News:\nThe ferry will not run on Sunday because of the storm.",
            "Read more:\nIt was late. The crews had gone home",
            "Read more about it in the council minutes, the clerk said.",
        ),
    ),
    Rule(
        id="sky.related-topics",
        kind=Kind.TAGS,
        pattern=r"Related [Tt]opics:?|RELATED TOPICS",
        max_chars=20,
        description=(
            "The 'Related Topics' label at an article's end; absorbs the short topic names "
            "(up to five words each) listed under it."
        ),
        follow=(
            Follow(
                kind=Kind.TAGS,
                pattern=r"(?=.{2,40}$)(?!.*[.!?:;,]$)[\p{Lu}\p{N}]\S*(?: \S+){0,4}",
                max_lines=RELATED_TOPICS,
                max_chars=40,
            ),
        ),
        examples=(
            "Related Topics",
            "Related Topics\nHarbour Board\nIsle of Wight\nFerries",
        ),
        counter_examples=(
            "Related Topics\nThe meeting ended without an agreement.",
            "Related topics will be discussed at the next meeting.",
        ),
    ),
    Rule(
        id="sky.timestamp",
        kind=Kind.TIMESTAMP,
        pattern=(
            r"(?:(?:Updated|Published|Last updated|First published)(?: at| on)?:?\s?)?"
            r"(?:" + DATE + r"(?:,?\s(?:at\s)?" + CLOCK + r")?|" + CLOCK + r"),\s?UK"
        ),
        max_chars=70,
        description=(
            "Sky's publication or update time, which ends with ', UK' "
            "('Saturday 26 April 2025 11:47, UK', 'Updated: 12:05, UK')."
        ),
        examples=(
            "Saturday 26 April 2025 11:47, UK",
            "Updated: Monday 3 March 2025 09:05, UK",
            "Updated 12:05, UK",
            "Friday 11 September 2026 10:22, UK",
        ),
        counter_examples=(
            "On Saturday 26 April 2025 the ferry ran late across the UK.",
            "Updated figures for the UK were published on Monday.",
        ),
    ),
    Rule(
        id="sky.byline",
        kind=Kind.BYLINE,
        pattern=(
            r"(?:By|BY|(?:Analysis|Opinion|Comment) by) "
            + NAME
            + r"(?:"
            + _WITH_ROLE
            + r"(?:,? (?:and|&) "
            + NAME
            + _WITH_ROLE
            + r")?(?:"
            + _IN_PLACE
            + r")?|"
            + _IN_PLACE
            + r")"
            r"|(?:Analysis|Opinion|Comment) by " + NAME
        ),
        max_chars=200,
        description=(
            "An author line with the author's role: 'By Ann Lee, political reporter' (the "
            "generic byline takes 'By Ann Lee' alone)."
        ),
        examples=(
            "By Ann Lee, political reporter",
            "By Tom Hart - Sky News' economics and data editor @TomHartSky",
            "By Ann Lee, US correspondent, and Tom Hart, news reporter",
            "By Ann Lee, in Lisbon",
            "Analysis by Tom Hart, economics editor",
        ),
        counter_examples=(
            "By Monday, a reporter had found the missing ledger.",
            "By Ann Lee's account, the editor was told nothing.",
        ),
    ),
    Rule(
        id="sky.author-card",
        kind=Kind.BYLINE,
        pattern=r"(?:" + NAME + r"\s)??(?=\p{Lu})" + _ROLE + r"\s?" + HANDLE,
        max_chars=120,
        description=(
            "The author card above an analysis or a live post: the role and social handle "
            "('Political correspondent @annlee'), absorbing the name on the line above."
        ),
        follow=(Follow(kind=Kind.BYLINE, pattern=_NAME_LINE, direction="before", max_chars=40),),
        examples=(
            "Political correspondent @annleesky",
            "Ann Lee\nLead world news presenter @AnnLeeSky",
            "Ann Lee Political correspondent @annleesky",
            "Football Features Writer@tomhart",
        ),
        counter_examples=(
            "Ann Lee\nShe is a reporter @annleesky on most days.",
            "Contact the political correspondent at @annleesky.",
        ),
    ),
    Rule(
        id="sky.author-role",
        kind=Kind.BYLINE,
        pattern=_SENTENCE_CASE_ROLE,
        max_chars=70,
        description=(
            "An author card without a handle: a role line ('Home affairs correspondent') right "
            "under a line that is only a name; both go, and a role line with no name above "
            "it stays."
        ),
        follow=(
            Follow(
                kind=Kind.BYLINE,
                pattern=_NAME_LINE,
                direction="before",
                max_chars=40,
                required=True,
            ),
        ),
        examples=(
            "Ann Lee\nHome affairs correspondent",
            "Tom Hart\nSky News' economics and data editor",
        ),
        counter_examples=(
            "The ferry was late again.\nHome affairs correspondent",
            "Ann Lee\nShe was a reporter",
        ),
    ),
    Rule(
        id="sky.section-label",
        kind=Kind.NAVIGATION,
        pattern=(
            r"(?:Analysis|ANALYSIS|Explainer|EXPLAINER|Exclusive|EXCLUSIVE|Breaking|BREAKING"
            r"|Breaking [Nn]ews|BREAKING NEWS|Live|LIVE|Live [Uu]pdates|LIVE UPDATES"
            r"|Live [Cc]overage|Opinion|OPINION|Special [Rr]eport|Data and [Ff]orensics"
            r"|Data x Forensics|Why you can trust Sky News|Sky News Daily)"
            r"\s?[:>＞›»]?"
        ),
        max_chars=40,
        description=(
            "A section or story-type label on its own line ('Analysis', 'Live', 'Exclusive', "
            "'Why you can trust Sky News')."
        ),
        examples=("Analysis", "LIVE", "Why you can trust Sky News ＞", "Live updates"),
        counter_examples=(
            "Analysis of the samples took three weeks.",
            "Live music returned to the square on Friday.",
        ),
    ),
    Rule(
        id="sky.live-link",
        kind=Kind.RELATED_LINK,
        pattern=(
            r"(?:Follow )?(?:Live|LIVE|Live [Uu]pdates|Live [Cc]overage|Live [Rr]eaction"
            r"|Follow live(?: updates| coverage)?)(?: on [^:.!?]{1,60})?\s?(?::|[-–|])\s?"
            r"(?P<title>" + _LINK_TITLE + r")"
            r"|Follow (?:our )?live(?: updates| coverage| blog)?(?: on [^.!?]{1,60})?"
        ),
        max_chars=160,
        description="A link to a live blog: 'Live: <topic>', 'Follow live updates'.",
        examples=(
            "Live: Storm closes harbour as ferries cancelled",
            "Live updates - Pope's funeral in Rome",
            "Follow live updates",
            "Follow live coverage on the Sky News live blog",
        ),
        counter_examples=(
            "Live: that was the only word she could say.",
            "Follow live music in the park, the mayor urged.",
        ),
    ),
    Rule(
        id="sky.podcast-promo",
        kind=Kind.NEWSLETTER,
        pattern=(
            # Near misses fail fast: cheap necessary lookaheads (a stop within 151
            # characters, a short enough rest), the last podcast name in reach taken
            # atomically, and the "said" test at the very end, once the rest matched.
            r"(?:(?=[^.!?:]{0,150}+[.!?:])[^.!?]{1,150}[.!?:] )?"
            r"(?:Click (?:here )?to |Tap (?:here )?to |Please )?"
            r"(?:[Ss]ubscribe|[Ll]isten|[Ff]ollow|[Dd]ownload)(?=\s)(?=[^.!?]{0,254}+[.!]?\Z)"
            r"(?>[^.!?]{0,160}\b(?:[Pp]odcasts?|Spotify|Apple Podcasts|Spreaker|Acast)\b)"
            r"[^.!?]{0,80}+[.!]?\Z(?<!\b(?:said|says|told|added)\b.*)"
            r"|(?:Click|Tap) (?:here )?to (?:subscribe|follow|listen)(?: to [^.!?]{1,100}+)?[.!]?"
        ),
        max_chars=300,
        description=(
            "A podcast promo: 'Click to subscribe to ... wherever you get your podcasts', "
            "'Listen to ... on Spotify', 'Tap to follow'."
        ),
        examples=(
            "Click to subscribe to the Harbour Daily wherever you get your podcasts",
            "Listen to the Harbour Hour on Apple Podcasts, Spotify, YouTube and Spreaker",
            "New episodes every Friday. Subscribe wherever you get your podcasts.",
            "Tap to follow",
        ),
        counter_examples=(
            "Listeners to the podcast complained that the episode was cut.",
            "Follow the money, the podcast's host said.",
            "Subscribers to the podcast fell by half last year.",
        ),
    ),
    Rule(
        id="sky.watch-live",
        kind=Kind.READ_MORE,
        pattern=(
            r"Watch (?:Sky News|us) live(?: (?:on|via|at) [^.!?]{1,100})?[.!]?"
            r"|Watch live(?: coverage)?(?::\s?(?P<title>" + _LINK_TITLE + r"))?"
            r"|(?:Sky News is|We are|We're) on (?:Freeview|Sky|Virgin Media|Freesat|YouTube)"
            r"(?: channel)?[^.!?]{0,100}[.!]?"
        ),
        max_chars=200,
        description=(
            "A promotion of the live channel: 'Watch Sky News live on Freeview channel 233'."
        ),
        examples=(
            "Watch Sky News live on Freeview channel 233, Sky 501 and YouTube",
            "Watch Sky News live",
            "Watch live: Prime Minister's Questions",
        ),
        counter_examples=(
            "Watch Sky News live coverage tonight, the minister told his colleagues.",
            "Watching the news live, she saw her own street on fire.",
        ),
    ),
    Rule(
        id="sky.sky-credit",
        kind=Kind.CREDIT,
        pattern=(
            r"(?:Sky News|Sky News (?:staff|team)|Sky News(?:,)? (?:and|with) agencies"
            r"|Sky News['’] [Dd]ata and [Ff]orensics [Tt]eam|Sky News [Dd]ata (?:and|&) "
            r"[Ff]orensics)\.?"
        ),
        max_chars=50,
        description="Sky News named on a line of its own as the source of a story or teaser.",
        examples=("Sky News", "Sky News and agencies", "Sky News Data and Forensics"),
        counter_examples=("Sky News understands the talks will resume on Monday.",),
    ),
)
