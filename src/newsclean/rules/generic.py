"""Boilerplate that many publishers share: consent prompts, adverts, teasers, prompts, credits.

Each rule names a family of page furniture, not one page's line, and matches
only a whole line that is nothing but that furniture: a sentence that merely
mentions an advertisement, cookies or a newsletter stays content.
"""

from __future__ import annotations

from ..types import Kind
from .model import Follow, Rule
from .shapes import (
    CLOCK,
    HANDLE,
    ISO_STAMP,
    LABELLED_STAMP,
    NAME,
    NAMES,
    SOCIAL_NETWORK,
    STAMP,
    TEASER_LINE,
    WEEKDAY_OR_MONTH,
)

_CONSENT_SENTENCE = (
    r"(?:To show you this content, we need your permission to use cookies\."
    r"|You can use the buttons below to amend your preferences to enable .{1,60}? cookies"
    r" or to allow those cookies just once\."
    r"|You can change your settings at any time via the Privacy Options\.?"
    r"|Unfortunately we have been unable to verify if you have consented to .{1,60}? cookies\."
    r"|To view this content you can use the button below to allow .{1,60}? cookies"
    r" for this session only\."
    r"|Enable Cookies|Allow Cookies Once|Allow cookies|Accept cookies)"
)

CONSENT_RUN = 8
"""Sentences or buttons of a consent prompt that one line may hold (an extractor joined them)."""

# Words are possessive: a word cut short would end in a character that neither a
# separator nor the end of the credit can follow.
CREDIT_NAMES = (
    r"[\p{Lu}@\d][\p{L}\p{M}\d'’.@&-]*+(?:(?:\s|\s?/\s?)(?:[\p{Lu}\d][\p{L}\p{M}\d'’.@&-]*+"
    r"|via|for|of|the|and|de|van|von|courtesy)){0,10}"
)
"""A picture credit: capitalised names, initials and agencies ('Ann J. Lee/Harbour Press')."""


_LEGAL_LINK = (
    r"Terms(?: of [Uu]se| of [Ss]ervice| [Oo]f [Ss]ervice| (?:&|and) [Cc]onditions| [Oo]f [Uu]se)?"
    r"|Privacy(?: [Pp]olicy| [Nn]otice| [Ss]tatement| [Rr]ights| [Pp]references| [Ss]ettings)?"
    r"|Your Privacy Rights|Cookies? (?:[Pp]olicy|[Ss]ettings|[Pp]references)"
    r"|Legal(?: [Nn]otice| [Ii]nformation| [Tt]erms)?|Site ?[Mm]ap|Imprint|Impressum|Datenschutz"
    r"|About (?:[Oo]ur )?Ads|Ad ?Choices|Advertis(?:e|ing)(?: [Ww]ith [Uu]s)?|Accessibility"
    r"|Contact(?: [Uu]s)?|About(?: [Uu]s)?|Subscriber Agreement|Copyright Policy|Data Policy"
    r"|Community (?:Guidelines|Standards)|Do Not Sell My (?:Personal )?Info(?:rmation)?|Disclaimer"
    r"|Careers|RSS|FAQs?|Help"
)
"""One link name of a page foot's legal row (see ``generic.legal-links``)."""

_STAMP_LABEL = (
    r"(?:Published|PUBLISHED|published|Updated|UPDATED|updated|Posted|POSTED|Last [Uu]pdated"
    r"|LAST UPDATED|First [Pp]ublished|Original|Modified|Date)"
)
"""A label before a time ('Updated', 'Posted', 'Last Updated')."""

_STAMP_LEAD = _STAMP_LABEL + r"(?: on| at)?(?:\s?:)?\s?"
"""A label and what may stand between it and its time ('Updated on ', 'Posted: ', 'Last
Updated : '), readable one way only."""

_AGO = r"\d{1,3} (?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago"
"""A relative time: ``3 hours ago``."""

_LEGAL_SEPARATOR = r"(?>\s?[|•·/,]\s?|\s(?:&|and)\s|\s)"
"""What stands between two links of a legal row: a bar, a dot, a slash, "&" or a space."""

RULES: tuple[Rule, ...] = (
    Rule(
        id="generic.consent-provided-by",
        kind=Kind.CONSENT_PROMPT,
        pattern=(
            r"This content is provided by (?P<provider>[^,]{1,60}), which may be using cookies"
            r" and other technologies\.?(?:\s{1,3}"
            + _CONSENT_SENTENCE
            + r"){0,"
            + str(CONSENT_RUN)
            + "}"
        ),
        max_chars=1400,
        description=(
            "The opening sentence of an embed's cookie prompt (with the rest of the prompt when "
            "an extractor joined it on one line); absorbs the provider's name on the line above "
            "and the rest of the prompt below."
        ),
        follow=(
            Follow(
                kind=Kind.CONSENT_PROMPT, pattern=r"{provider}", direction="before", max_lines=2
            ),
            Follow(kind=Kind.CONSENT_PROMPT, pattern=_CONSENT_SENTENCE, max_lines=8, max_chars=200),
        ),
        examples=(
            "This content is provided by Flourish, which may be using cookies and other"
            " technologies.",
            "This content is provided by Acast, which may be using cookies and other technologies."
            " To show you this content, we need your permission to use cookies. Enable Cookies"
            " Allow Cookies Once",
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
        pattern=(
            _CONSENT_SENTENCE
            + r"(?:\s{1,3}"
            + _CONSENT_SENTENCE
            + r"){0,"
            + str(CONSENT_RUN - 1)
            + "}"
        ),
        max_chars=1200,
        description=(
            "A sentence of an embed's cookie prompt, or its buttons ('Enable Cookies', "
            "'Allow Cookies Once'), on its own line or several of them joined on one line."
        ),
        examples=(
            "To show you this content, we need your permission to use cookies.",
            "Enable Cookies Allow Cookies Once",
            "To show you this content, we need your permission to use cookies. You can change "
            "your settings at any time via the Privacy Options.",
            "You can change your settings at any time via the Privacy Options.",
            "Unfortunately we have been unable to verify if you have consented to Podbean cookies.",
        ),
        counter_examples=(
            "Regulators said the site had no permission to use cookies for advertising.",
            "Enable cookies in the settings menu if the page looks broken, the help page says.",
        ),
    ),
    Rule(
        id="generic.advertisement",
        kind=Kind.ADVERTISEMENT,
        pattern=(
            r"[(\[]?(?:Advertisements?|ADVERTISEMENTS?|Advert|ADVERT|Ad|AD|Ads"
            r"|Sponsored(?: content)?"
            r"|SPONSORED|Sponsored [Ll]inks?|sponsored links?|Paid [Cc]ontent"
            r"|Promoted(?: [Cc]ontent)?"
            r"|Continue [Rr]eading [Bb]elow|CONTINUE READING BELOW"
            r"|(?:Story|Article) continues below(?: (?:this )?advertisement)?"
            r"|Scroll (?:down )?to continue(?: reading)?|Anzeige|ANZEIGE|Publicidad|Publicidade"
            r"|Publicité|Iklan|Реклама|広告)[)\]]?"
        ),
        max_chars=50,
        description="An advert slot's label left in the text (in several languages).",
        examples=(
            "Advertisement",
            "ADVERTISEMENT",
            "Continue Reading Below",
            "Story continues below advertisement",
            "Advert",
            "Anzeige",
        ),
        counter_examples=(
            "The advertisement ran for three weeks before it was withdrawn.",
            "Continue reading below the line, the editor wrote.",
            "Ad agencies saw their budgets shrink in the spring.",
        ),
    ),
    Rule(
        id="generic.ad-choices",
        kind=Kind.ADVERTISEMENT,
        pattern=(
            r"(?:Your )?Ad ?Choices|Interest Based Ads|Place an Ad|Advertise(?: [Ww]ith [Uu]s)?"
        ),
        max_chars=40,
        description="Advertising furniture of a page footer.",
        examples=("AdChoices", "Your Ad Choices", "Advertise With Us"),
        counter_examples=("Advertise your event in the parish newsletter, the vicar said.",),
    ),
    Rule(
        id="generic.read-more-link",
        kind=Kind.READ_MORE,
        pattern=(
            r"(?:Read [Mm]ore|READ MORE|Read [Aa]lso|Also [Rr]ead|ALSO READ|See [Mm]ore|SEE MORE"
            r"|See [Aa]lso|SEE ALSO|Related|RELATED|Related [Pp]osts?|Related [Aa]rticles?"
            r"|Related [Ss]tor(?:y|ies)|Related [Cc]overage(?: from [^:]{1,60})?|More|MORE"
            r"|Recommended|RECOMMENDED|Watch|WATCH|Must [Rr]ead|MUST READ|Trending|TRENDING"
            r"|Don['’]t [Mm]iss|DON['’]T MISS|Editor['’]s [Pp]icks?"
            r"|(?:Previous|Next|PREVIOUS|NEXT) (?:[Pp]ost|[Aa]rticle|[Ss]tory|POST|ARTICLE|STORY))"
            r"\s?(?:[:|»›>]|-{1,2}|–|—)\s?(?P<title>\S.{0,200})"
        ),
        max_chars=240,
        description=(
            "A link to another story behind a 'Read more:', 'Related:', 'SEE MORE:' "
            "or 'Watch:' label."
        ),
        examples=(
            "Read more: Harbour tolls to rise for the first time in a decade",
            "SEE MORE: Ferry strike called off after late-night talks",
            "Related: The 12 Oddest Fossils Ever Found",
            "Also read | Rail fares frozen for pensioners",
            "Next Post: Harbour wall repairs to start in spring",
        ),
        counter_examples=(
            "Read more carefully, the examiner told the class, and the answers will come.",
            "More than 300 people attended the vigil on Sunday.",
            "Related items were found in the suspect's garage: rope, tape and gloves.",
        ),
    ),
    Rule(
        id="generic.read-more-label",
        kind=Kind.READ_MORE,
        pattern=(
            r"(?:Read [Mm]ore|READ MORE|Read [Tt]he [Ff]ull [Ss]tory|Read [Ff]ull [Aa]rticle"
            r"|Continue [Rr]eading(?: the main story)?|CONTINUE READING|Read [Ll]ater|Learn [Mm]ore"
            r"|LEARN MORE|Find out more|Show [Mm]ore|Load [Mm]ore|See [Aa]ll|SEE ALL|View [Aa]ll"
            r"|More\.\.\.|Read [Mm]ore\.\.\.|Read [Mm]ore …|less|Click here"
            r"|Click [Hh]ere to read more)"
            r"\s?[»›>…]?"
        ),
        max_chars=40,
        description="A bare link label ('Read more', 'Continue reading the main story').",
        examples=("Read more", "READ MORE", "Continue reading the main story", "Learn More"),
        counter_examples=("Read more books, the librarian urged.",),
    ),
    Rule(
        id="generic.related-header",
        kind=Kind.READ_MORE,
        pattern=(
            r"(?:You [Mm]ay [Aa]lso [Ll]ike|You [Mm]ight [Aa]lso [Ll]ike|YOU MAY ALSO LIKE"
            r"|You [Mm]ight [Bb]e [Ii]nterested [Ii]n|Recommended(?: [Ff]or [Yy]ou| [Ss]tories)?"
            r"|Related(?: [Aa]rticles| [Ss]tories| [Pp]osts| [Cc]ontent| [Ll]inks| [Nn]ews)?"
            r"|RELATED(?: ARTICLES| STORIES)?|More [Ss]tories|MORE STORIES"
            r"|More [Gg]reat [^:]{1,30} [Ss]tories|More:|MORE:|What to [Rr]ead [Nn]ext"
            r"|Read [Nn]ext|READ NEXT|Read [Tt]his [Nn]ext"
            r"|More [Ss]tories [Ll]ike [Tt]his(?: [Oo]ne)?"
            r"|MORE STORIES LIKE THIS(?: ONE)?|Picked [Ff]or [Yy]ou|Around [Tt]he [Ww]eb"
            r"|Recent [Aa]rticles|RECENT ARTICLES|Recent [Pp]osts|RECENT POSTS|Random [Pp]osts"
            r"|Leia também|Leia mais|Artigos (?:[Rr]elacionados|[Pp]opulares)|Posts [Rr]elacionados"
            r"|Artículos [Rr]elacionados|Noticias [Rr]elacionadas|Articles [Ll]iés|Ähnliche Artikel"
            r"|(?:Berita|Artikel) [Tt]erkait|Terkait|Читайте также|関連記事)"
            r"\s?(?:[:.…]|\.\.\.)?"
        ),
        max_chars=60,
        description=(
            "The header of a list of related stories; absorbs the headline-shaped lines "
            "of three words or more that follow it."
        ),
        follow=(Follow(kind=Kind.RELATED_LINK, pattern=TEASER_LINE, max_lines=8, max_chars=160),),
        examples=(
            "You may also like:",
            "Related Stories\nCouncil votes to keep the old pier\nWhy the tide tables are changing",
            "More:\n• Lighthouse keeper retires after 40 years",
            "MORE STORIES LIKE THIS ONE",
            "Artigos relacionados",
            "Recent Posts",
        ),
        counter_examples=(
            "Related stories have appeared in the local press for years.",
            "Related Stories\nThe ferry will not run on Sunday because of the storm warning.",
        ),
    ),
    Rule(
        id="generic.promo-header",
        kind=Kind.READ_MORE,
        pattern=(
            r"(?:More(?: [Nn]ews| [Aa]rticles)?|MORE|More [Ff]rom [^:]{1,40}"
            r"|Most [Pp]opular|Most [Rr]ead|MOST POPULAR|MOST READ|Popular [Pp]osts|Top [Ss]tories"
            r"|Latest [Nn]ews|Latest [Ss]tories|Trending(?: [Nn]ow| [Nn]ews| [Ss]tories)?|TRENDING"
            r"|Don['’]t [Mm]iss|DON['’]T MISS|Must [Rr]ead|MUST READ|Up [Nn]ext|UP NEXT"
            r"|In [Oo]ther [Nn]ews|Elsewhere on [^:]{1,40}|Editor['’]s [Pp]icks|Popular [Nn]ow"
            r"|Related [Vv]ideos?|Watch [Nn]ext"
            r"|(?:Most (?:[Pp]opular|[Rr]ead|[Vv]iewed|[Ss]hared|[Cc]ommented|[Ee]mailed"
            r"|[Ww]atched)|MOST (?:POPULAR|READ|VIEWED|SHARED|COMMENTED|EMAILED|WATCHED))"
            r"(?: (?:[Aa]rticles|[Ss]tories|[Vv]ideos|[Nn]ews|[Pp]osts|ARTICLES|STORIES|VIDEOS))?"
            r"(?: (?:in|on|this) [^.!?:]{1,30})?"
            r"(?: (?:Most (?:[Pp]opular|[Rr]ead|[Vv]iewed|[Ss]hared|[Cc]ommented|[Ee]mailed)"
            r"|MOST (?:POPULAR|READ|VIEWED|SHARED|COMMENTED|EMAILED))){0,3}"
            r"|(?:Popular|POPULAR) (?:[Tt]his [Ww]eek|[Tt]oday|THIS WEEK|TODAY)"
            r"|Top (?:[Ll]ocal |[Ww]orld |[Bb]usiness |[Ss]ports? )?[Ss]tories"
            r"|Latest (?:[Vv]ideos|[Hh]eadlines|[Aa]rticles|[Pp]osts|[Uu]pdates)|LATEST NEWS"
            r"|Recommended (?:[Aa]rticles|[Rr]eading|[Vv]ideos?)|Featured (?:[Vv]ideos?|[Ss]tories)"
            r"|Partner (?:[Nn]ews|[Cc]ontent)|Also (?:[Cc]heck [Oo]ut|[Rr]ead|[Ss]ee)"
            r"|More [Oo]n|Most [Dd]iscussed|MOST DISCUSSED|Quick [Ll]inks|Sites [Oo]f [Ii]nterest"
            r"|Other (?:news|stories|articles) in this section"
            r"|(?:Recent|More|Latest) [Ii]n [\p{Lu}][\p{L}&'’]*(?: [\p{Lu}][\p{L}&'’]*){0,3}"
            r"|More [Aa]rticles [Ff]rom [^:]{1,40})"
            r"\s?(?:[:.…]|\.\.\.)?"
        ),
        max_chars=60,
        description="The header of a promoted-stories box ('DON'T MISS', 'Most Popular').",
        examples=(
            "DON'T MISS",
            "Most Popular",
            "Trending Now",
            "Most Read Most Shared",
            "Most read in Sport",
            "MOST VIEWED STORIES",
            "Popular this week",
            "Top Local Stories",
            "Latest videos",
            "Recommended Articles",
            "Also check out:",
            "More On:",
            "Most Discussed",
            "Recent in Sports",
            "More in White House",
            "More articles from Ann Lee",
        ),
        counter_examples=(
            "Most popular among the young were the night buses.",
            "Most read the report before the vote.",
            "Top stories of the year included the flood and the strike.",
            "Also read by the panel was a letter from the mayor.",
            "More in sorrow than in anger, the mayor wrote.",
        ),
    ),
    Rule(
        id="generic.newsletter",
        kind=Kind.NEWSLETTER,
        pattern=(
            r"(?:[•*-] ?)?(?:[^.!?]{1,150}[.!?] ){0,2}(?:Click here to |Please,? |Want more\? |To "
            r"|(?:Please,? )?(?:fill (?:in |out )?the form (?:below )?to "
            r"|Enter your e-?mail(?: address)? (?:below )?(?:to|and) ))?"
            r"(?:[Ss]ign [Uu]p|SIGN UP|[Ss]ubscribe|SUBSCRIBE|[Rr]egister|Get (?:our|the)|Join)\b"
            r"[^.!?]{0,160}\b(?:newsletters?|[Nn]ewsletters?|NEWSLETTERS?|inbox|daily briefing"
            r"|e-?mail alerts?|magazine|[Mm]agazine|subscription|sister (?:title"
            r"|publication)|notifications of new posts)\b.{0,160}"
            # "Get ... delivered to your inbox", "Get more like this in your inbox!"
            r"|(?:[•*-] ?)?(?:GET|Get) [^.!?]{1,80}?(?:\b(?:delivered|sent) (?:straight |directly "
            r"|right )?to|\b[Ii]n(?:to)?) (?:your|YOUR|Your) (?:[Ii]nbox|INBOX)\b"
            r"(?![^.!?]*\b(?:said|says|told)\b)[^.!?]{0,80}[.!]?"
            # the fine print of a sign-up form
            r"|(?:No spam[,.!]? ?[^.!?]{0,30}[.!] )?(?:You (?:can|may) )?"
            r"[Uu]nsubscribe (?:at any time|anytime)\b(?![^.!?]*\b(?:said|says|told)\b).{0,200}"
        ),
        max_chars=300,
        description=(
            "A prompt to sign up for or subscribe to a newsletter (the line starts with the "
            "prompt, or has one short sentence before it)."
        ),
        examples=(
            "Sign up for our weekly harbour newsletter and never miss a tide.",
            "Get the morning headlines in your inbox. Subscribe to our newsletters.",
            "Click here to subscribe to the Gazette Newsletter",
            "• Sign up to Harbour Notes, our free weekly newsletter",
            "Get the best of the Valley Echo delivered straight to your inbox.",
            "Get More Stories Like This In Your Inbox!",
            "No spam, we promise. You can unsubscribe at any time.",
            "Enter your email address to subscribe to Tide Tables and receive notifications of"
            " new posts by email.",
            "Please, fill the form to subscribe to our newsletter",
        ),
        counter_examples=(
            "The newsletter, which has 4,000 readers, is sent every Friday.",
            "Subscribers complained that the newsletter arrived late.",
            "Get used to bills arriving in your inbox, the energy firm told customers.",
            "You can unsubscribe at any time, the company said in its reply.",
        ),
    ),
    Rule(
        id="generic.subscribe-label",
        kind=Kind.NEWSLETTER,
        pattern=(
            r"(?:Subscribe|SUBSCRIBE|Subscribe [Nn]ow|Subscribe [Tt]oday|Subscriptions?"
            r"|Newsletters?|NEWSLETTERS?|Email [Nn]ewsletters|Sign [Uu]p(?: [Nn]ow)?"
            r"|Manage [Ss]ubscription|Subscriber [Ss]ervices|Digital [Ss]ubscriptions"
            r"|Get [Tt]he [Nn]ewsletter|By subscribing,? I accept the terms of use"
            r"|Thank you for (?:signing up|subscribing)[.!]?|You['’]re (?:all )?signed up[.!]?"
            r"|Enter your email(?: address)?|Email address|Almost [Dd]one!"
            r"|Email check failed, please try again|Invalid email(?: address)?)\s?[›»]?"
        ),
        max_chars=60,
        description="A subscription button or the furniture of a newsletter form.",
        examples=("Subscribe", "Newsletters", "By subscribing I accept the terms of use"),
        counter_examples=("Subscribe now or lose access, the email warned readers.",),
    ),
    Rule(
        id="generic.follow-us",
        kind=Kind.SOCIAL,
        pattern=(
            r"(?:[^.!?]{1,80}[.!?] ){0,2}(?:Follow|FOLLOW|Like|Find|Join) (?:us|me|him|her|them"
            r"|@\w{1,30}"
            r"|[\p{Lu}@][^.!?]{0,80}?) on " + SOCIAL_NETWORK + r"\b.{0,400}"
        ),
        max_chars=450,
        description="A prompt to follow the publisher or the author on social media.",
        examples=(
            "Follow us on Twitter",
            "Follow @HarbourDesk on Twitter for the latest tide times.",
            "Have a tip? Write to the desk. Follow her on Instagram.",
        ),
        counter_examples=(
            "Follow-up tests on Facebook's ad tools found no bias.",
            "Millions follow the royal family on Instagram, a study found.",
        ),
    ),
    Rule(
        id="generic.channel-promo",
        kind=Kind.SOCIAL,
        pattern=(
            r"(?:Get|Follow|Join|Find) (?:(?:us|our|the latest)(?: [\p{L}]+){0,3}"
            r"|[\p{Lu}][\p{L}&'’]*(?: [\p{Lu}][\p{L}&'’]*){0,3}) (?:on|via) "
            + SOCIAL_NETWORK
            + r"(?: [Cc]hannel)?[.!]?"
            r"|(?:Follow|Join) our " + SOCIAL_NETWORK + r" [Cc]hannel\b.{0,150}"
            r"|Be the first to get [Bb]reaking [Nn]ews\b.{0,150}"
        ),
        max_chars=200,
        description=(
            "A prompt to get the publisher's news on a messaging app or network: 'Get Harbour "
            "News on WhatsApp', 'Join our WhatsApp channel', 'Be the first to get Breaking News'."
        ),
        examples=(
            "Get Harbour News on WhatsApp",
            "Join our WhatsApp channel for the latest tide alerts.",
            "Be the first to get Breaking News",
            "Find us on Bluesky",
        ),
        counter_examples=(
            "Get well soon messages poured in on Facebook after the crash.",
            "Join us on X, the campaign's leaflet said, before the march.",
        ),
    ),
    Rule(
        id="generic.app-promo",
        kind=Kind.NEWSLETTER,
        pattern=(
            r"(?:[^.!?]{1,120}[.!?] )?(?:Download|Get|Install|Try) (?:the|our) (?:free |new "
            r"|official )?(?:[\p{Lu}][\p{L}&'’-]*\s){1,4}app\b(?![^.!?]*\b(?:said|says|told)\b)"
            r"[^.!?]{0,120}[.!]?"
        ),
        max_chars=300,
        description=(
            "A promotion of the publisher's app: 'Download the Harbour News app', "
            "'Install the Harbour News app for free'."
        ),
        examples=(
            "Download the Harbour News app",
            "Install the Harbour News app for free",
            "Stay up to date. Get the free Harbour News app for alerts on your phone.",
        ),
        counter_examples=(
            "Get the app working again was the priority, engineers said.",
            "Download the Harbour News app, the mayor said, and you will see the delays.",
        ),
    ),
    Rule(
        id="generic.share",
        kind=Kind.SOCIAL,
        pattern=(
            r"(?:Sharing is caring!?|Click [Tt]o [Tt]weet|Share(?: [Tt]his(?: [Aa]rticle| [Ss]tory"
            r"| [Pp]ost| [Pp]age)?)?:?|SHARE|Share [Oo]n " + SOCIAL_NETWORK + r"|Share [Ss]ubmit"
            r"|Share on (?:facebook|twitter|linkedin|pinterest|reddit|whatsapp|email)"
            r"|\d{1,3}(?:,\d{3})*[Kk]? [Ss]hares"
            r"|Share [Aa]ll sharing options(?: for: .{1,200})?|Share or comment on this article:?"
            r"|(?:X |Twitter )?Share via|Share permalink"
            r"|Click to (?:share on [A-Z][\w+]*(?: [A-Z]\w*)?|email (?:this|a link) to a friend"
            r"|print|Print)(?: \(Opens in new window\))?"
            r"|Tweet|Email|Email *|E-mail|Print|Copied!|[Cc]lick to copy|Copy [Ll]ink"
            r"|Like this:|Like Loading\.\.\.|Loading\.\.\.|Suka Memuat\.\.\."
            r"|Tulisan tidak terkirim - cek alamat surel Anda!"
            # (WordPress's like widget with its count left unfilled, in any language)
            r"|%d (?:bloggers? like this|blogger menyukai ini|blogueiros? gostam disto):"
            r"|Share to (?:[Ff]acebook|[Tt]witter|[Ll]inked[Ii]n|[Pp]interest|[Rr]eddit"
            r"|[Ww]hats[Aa]pp|[Ee]-?mail)|Close share panel|Copy [Ll]ink URL Copied!"
            r"|Read more about sharing\."
            r"|(?:Print [Tt]his [Aa]rticle )?Share [Ii]t [Ww]ith (?:[Ff]riends|a [Ff]riend)"
            r"|Follow by [Ee]-?mail"
            r"|(?:Follow [Uu]s|FOLLOW US)(?: (?:on|ON))?:?(?:\s?(?:"
            + SOCIAL_NETWORK
            + r"|facebook|twitter|instagram|youtube|linkedin|pinterest)){0,12}"
            r"|Follow us for (?:breaking news|the latest|latest|more|updates|news)"
            r"[^.!?]{0,60}[:.!]?"
            r"|Share (?:this|it) on " + SOCIAL_NETWORK + r"|Connect(?: [Ww]ith [Uu]s)?"
            r"|Sorry, your blog cannot share posts by email\.|Post was not sent - check your email"
            r" addresses!|This article has been sent to|Send to Email Address.{0,60}"
            r"|(?:" + SOCIAL_NETWORK + r"|Email|E-mail|Print|SMS|Copy [Ll]ink|Share)"
            r"(?:[\s|,•·/]{1,5}(?:" + SOCIAL_NETWORK + r"|Email|E-mail|Print|SMS|Copy [Ll]ink"
            r"|Share|Tweet|Submit)){0,12})"
        ),
        max_chars=240,
        description="Share buttons and share prompts; a line of social network names.",
        examples=(
            "Sharing is caring!",
            "Click To Tweet",
            "Share this article",
            "Facebook Twitter Email LinkedIn Reddit Pinterest",
            "Like Loading...",
            "Share permalink",
            "Click to share on Facebook (Opens in new window)",
            "Click to email a link to a friend (Opens in new window)",
            "Share on facebook",
            "1,204 shares",
            "Follow us on:",
            "Follow us on linkedin youtube",
            "Follow us for breaking news and live updates:",
            "Share this on WhatsApp",
            "%d bloggers like this:",
            "Share Tweet Submit",
            "Share to linkedin",
            "Copy Link URL Copied!",
            "Print This Article Share it With Friends",
        ),
        counter_examples=(
            "Share prices fell sharply after the announcement.",
            "858 shares changed hands before the market closed.",
            "Click to share on Facebook and the post reaches every one of your friends.",
            "Facebook and Twitter both removed the posts on Monday.",
            "Share it with friends, the charity urged, and the appeal will reach more donors.",
        ),
    ),
    Rule(
        id="generic.reporting-credit",
        kind=Kind.CREDIT,
        ends_article=True,
        pattern=(
            # Runs of names are possessive: one cut short ends in a character that
            # neither ";" nor a closing bracket nor the end of the line can follow.
            r"[(\[]?(?:Additional )?(?:[Rr]eporting|Writing) by [^;()\[\]]{2,120}+"
            r"(?:;\s?(?:[Aa]dditional [Rr]eporting|[Ee]diting|[Ww]riting|[Rr]eporting"
            r"|[Cc]ompiled|[Gg]raphics)(?: by)? [^;()\[\]]{2,120}+){1,4}[)\]]?\.?"
            r"|[(\[](?:Additional )?(?:[Rr]eporting|Writing|Editing) by [^()\[\]]{2,200}+"
            r"[)\]]\.?"
            r"|Additional reporting by [^()]{2,200}+"
        ),
        max_chars=300,
        description="A wire-style reporting and editing credit ('Reporting by X; Editing by Y').",
        examples=(
            "Reporting by Ann Lee; Editing by Tom Hart",
            "(Reporting by Ann Lee in Oslo; additional reporting by Sam Ray; Editing by Tom Hart)",
            "Additional reporting by Priya Shah in Mumbai.",
        ),
        counter_examples=(
            "Reporting by the local paper revealed serious failings at the plant.",
            "Writing by hand, she said, slows her thinking down.",
        ),
    ),
    Rule(
        id="generic.reporting-names",
        kind=Kind.CREDIT,
        ends_article=True,
        pattern=(
            r"(?:Additional |Extra )?(?:[Rr]eporting|[Ww]ords|[Pp]roduction) by "
            + NAMES
            + r"(?:,? (?:in|from) [\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}-]*){0,2})?"
            r"(?:,? (?:and|for|of) [\p{Lu}][\p{L}&'’ -]{1,40})?\.?"
        ),
        max_chars=200,
        description=(
            "A one-part reporting credit naming people: 'Reporting by Ann Lee and Tom Hart'."
        ),
        examples=(
            "Reporting by Ann Lee",
            "Additional reporting by Ann Lee and Tom Hart, in Lisbon",
            "Production by Priya Shah for Harbour News.",
        ),
        counter_examples=(
            "Reporting by the local paper revealed serious failings at the plant.",
            "Reporting by Ann Lee in 2019 led to an inquiry into the harbour board.",
        ),
    ),
    Rule(
        id="generic.contributed",
        kind=Kind.CREDIT,
        ends_article=True,
        pattern=(
            r"(?:[\p{Lu}][^.!?]{1,240}?) contributed(?: reporting| research)?"
            r"(?: to (?:this|the) (?:report|story|article))?(?: (?:from|in) [^.!?]{1,80})?\."
        ),
        max_chars=300,
        description="A contributor note at the end of a story ('X contributed to this report.').",
        examples=(
            "Associated Press writer Ann Lee in Oslo contributed to this report.",
            "Tom Hart contributed reporting from Lisbon.",
        ),
        counter_examples=(
            "Rising fuel costs contributed to the loss, the company said.",
            "Volunteers contributed more than 2,000 hours to the project.",
        ),
    ),
    Rule(
        id="generic.author-bio",
        kind=Kind.CREDIT,
        ends_article=True,
        pattern=(
            # A full name (no courtesy title: prose says "Mr Lee is a writer..."), "is", a
            # journalist's role, and where the role is held; one sentence, nothing after it.
            r"(?!(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lord|Lady|Dame|The|This|That|It|He|She|They)\b)"
            r"(?=\S+\s\p{Lu})" + NAME + r" is (?:(?:a|an|the)\s)?(?:[\p{L}'’&-]+\s){0,6}?"
            # (the roles a bio names: each is a keyword the gate searches every short line
            # for, so none that prose is full of, "analysts said", and not "contributor",
            # which would share the screen string "but" with "contributed")
            r"(?:correspondent|reporter|editor|presenter|writer|journalist|commentator"
            r"|columnist)"
            r"(?:,?\s(?:for|at|of|with|on|in|based in)\s[^.!?]{1,200}+)?\.?"
        ),
        max_chars=160,
        description=(
            "The author's note at a column's foot: 'Ann Lee is technology correspondent for"
            " Harbour Radio.'"
        ),
        examples=(
            "Ann Lee is technology correspondent for Harbour Radio, a Harbour News co-production.",
            "Tom Hart is a regular commentator on the Harbour Radio programme Net Talk.",
            "Priya Shah is the editor of the Gadget Weekly website, which covers home technology",
            "Sam Ray is a freelance journalist based in Lisbon.",
        ),
        counter_examples=(
            "Mr Hart is a regular commentator on the programme and a former minister.",
            "Ann Lee is a writer who has lived in the harbour town for 30 years.",
            "Ann Lee is the editor of the paper. She said the story was checked twice.",
            "The editor is a former reporter for the Harbour Gazette.",
        ),
    ),
    Rule(
        id="generic.hear-more",
        kind=Kind.READ_MORE,
        ends_article=True,
        pattern=(
            r"You can (?:hear|listen to|watch|see) more (?:on|about|from) [^.!?]{1,120}?"
            r" on (?:the )?[\p{Lu}][^.!?]{1,120}+\.?"
        ),
        max_chars=260,
        description="A broadcaster's pointer to the programme a story comes from, at its end.",
        examples=(
            "You can hear more on this story on Harbour Radio's Net Talk programme.",
            "You can hear more from Ann Lee and web design on the Harbour Radio programme, Net"
            " Talk",
        ),
        counter_examples=(
            "You can hear more on the radio than you can read in the papers, she said.",
        ),
    ),
    Rule(
        id="generic.broadcast-note",
        kind=Kind.READ_MORE,
        ends_article=True,
        pattern=(
            # Two branches, each gated on its own: "Listen to the full interview with Ann
            # Lee on Harbour Radio's Sunday Show." by its head ...
            r"(?:[-–•*]\s?)?(?:Listen to|Watch|Hear) (?:the full|the whole|more of (?:the|this))"
            r" (?:interview|programme|program|debate|report|documentary|episode|show|match"
            r"|conversation)\b[^.!?]{0,160}? on [\p{Lu}\d][^.!?]{1,160}+[.!]?"
            # ... and "The final will be shown on Harbour One at 1400 GMT on Saturday." by its
            # verb: a schedule ("will be", "can be"), a channel (not "on Saturday", and no
            # "seen on CCTV" of a crime report), and a time
            r"|(?:[-–•*]\s?)?[\p{Lu}][^.!?]{1,120}? (?:will|can) (?:be shown"
            r"|be televised|be broadcast|be screened) (?:live )?on (?!" + WEEKDAY_OR_MONTH + r"\b)"
            r"[\p{Lu}][^.!?]{0,160}?"
            r"(?:\d{1,2}[:.]\d{2}|\d{4} (?:GMT|BST|UTC)|\d{1,2}\s?[ap]\.?m\b)[^.!?]{0,80}+[.!]?"
        ),
        max_chars=200,
        description=(
            "A broadcaster's note of when and where to watch or hear more, at a story's end"
            " ('The match will be shown on Harbour One at 1400 GMT on Saturday.')."
        ),
        examples=(
            "- Listen to the full interview with Ann Lee on Harbour Radio's Sunday Sport at"
            " 0900 GMT on Sunday.",
            "Watch the full debate on Harbour TV and the Harbour News website.",
            "- The match will be televised on Harbour One at 1400 GMT on Saturday.",
            "Harbour Nights will be shown on Channel 9 on Sunday, 12 December, at 1200 GMT.",
            "A Harbour News special: Coast Remembered will be shown on Harbour One from 1130 GMT.",
        ),
        counter_examples=(
            "The match will be shown on Harbour One, the broadcaster confirmed on Monday.",
            "Watch the full interview, she told reporters, and you will see he never answered.",
            "Fans who cannot travel will be able to follow the match on the radio.",
            "The suspect can be seen on CCTV at 10.42pm walking towards the station.",
            "The final will be shown on Saturday at 8pm in cinemas across the country.",
            "The case will be heard on Monday at 10am at the Crown Court.",
        ),
    ),
    Rule(
        id="generic.write-to",
        kind=Kind.CREDIT,
        ends_article=True,
        pattern=(
            r"(?:Write to|Contact|Email) (?:the (?:author|writer|reporter)|[\p{Lu}][^@]{1,80}?)"
            r" at [\w.+-]{1,64}@[\w-]{1,64}(?:\.[\w-]{1,20}){1,4}\.?"
            r"|(?:[\p{Lu}][^@]{1,80}?) (?:may"
            r"|can) be reached at [\w.+-]{1,64}@[\w.-]{1,80}\..{0,200}"
        ),
        max_chars=300,
        description="The author's contact line with an e-mail address.",
        examples=(
            "Write to Ann Lee at ann.lee@example.com",
            "Have a tip? Tom Hart may be reached at thart@example.com. Follow him on Twitter.",
        ),
        counter_examples=("Write to your MP at once, the campaigners urged.",),
    ),
    Rule(
        id="generic.photo-credit",
        kind=Kind.IMAGE_CAPTION,
        pattern=(
            r"(?:Image|Photo|Picture|Pic|Photograph|Foto|Image [Cc]redit|Photo [Cc]redit|Credit"
            r"|(?:Image|Photo|Picture) [Ss]ource"
            r"|(?:Main|Cover|Featured|Header|Top|Lead) (?:[Ii]mage|[Pp]hoto|[Pp]icture)"
            r"(?: [Cc]redit)?)s?"
            r"(?: [Cc]opyright)?: (?:©\s?)?(?P<credit>" + CREDIT_NAMES + ")"
            r"|\((?:Image|Photo|Picture)s?(?: [Cc]redit)?: (?:©\s?)?"
            r"(?P<credit>" + CREDIT_NAMES + r")\)"
            # a name, then the agency it shot for ("Ann Lee | Getty Images", "Tom Hart, Reuters");
            # the end of the line is checked first (an agency, or a desk after it)
            r"|(?=(?s:.*+)(?<=(?:Images|Press|PRESS|Photo|Reuters|REUTERS|AFP|EPA|Shutterstock"
            r"|Bloomberg|Wire|Media| via AP|/[\p{L}\p{M}\d .&'’-]{1,40}+)\)?))"
            r"\(?(?P<credit>[\p{Lu}][\p{L}\p{M}.'’-]*+(?:\s[\p{Lu}][\p{L}\p{M}.'’-]*+){0,6}"
            # (each agency a literal of its own: the gate screens lines for them)
            r"(?:\s?[|,/]\s?(?:Getty Images|Associated Press|ASSOCIATED PRESS|AP Photo|Reuters"
            r"|REUTERS|AFP|EPA|Shutterstock|Bloomberg|PA Wire|PA Media)"
            r"| via AP| via Getty Images| via Reuters| via AFP)"
            r"(?:/[\p{L}\p{M}\d .&'’-]{1,40}+)?)\)?"
            r"|(?:(?:Photo|Image|Picture) )?[Cc]ourtesy(?: of)? (?P<credit>" + CREDIT_NAMES + ")"
            r"|(?:Image copyright|Copyright) (?P<credit>[\p{Lu}][^.!?]{0,60}(?:Images?|Photos?"
            r"|Pictures|Press|Reuters|AFP|AP|PA|EPA|Shutterstock|Getty|Alamy))"
            r"|(?P<credit>Getty(?: Images)?|Shutterstock|Alamy|Reuters/[^.!?]{1,60}"
            r"|AFP/[^.!?]{1,60}"
            r"|AP Photo(?:/[^.!?]{1,60})?|EPA(?:-EFE)?|PA (?:Wire|Media)|iStock(?:photo)?"
            r"|(?:Getty Images|AFP|Reuters|AP|EPA) via [^.!?]{1,40})"
        ),
        max_chars=120,
        description="A picture credit on its own line ('Getty Images', 'Photo: Ann Lee/AP').",
        examples=(
            "Getty Images",
            "Photo: Ann Lee",
            "Image copyright Getty Images",
            "AP Photo/Tom Hart",
            "Image Source: Ann Lee / Coast Press/Shutterstock",
            "(Image: © Coast Press)",
            "Main image credit: Getty",
            "Tom Hart | Getty Images",
            "Ann Lee, ASSOCIATED PRESS",
            "(Marta Quill / Associated Press)",
            "Harbour Trust via AP",
            "Courtesy of Declan Oduya",
        ),
        counter_examples=(
            "Photo booths were set up in the foyer for the guests.",
            "Image source: the harbour trust's archive holds the only picture of the old pier.",
            "Getty said it would appeal.",
            "Courtesy of the harbour trust, the old crane was saved.",
            "Ann Lee, Associated Press reporter, said the ferry had left.",
            "(Image: Coast Press",
        ),
    ),
    Rule(
        id="generic.caption-with-credit",
        kind=Kind.IMAGE_CAPTION,
        pattern=(
            # Each credit-at-the-end branch first checks the end of the line (a jump
            # there, then a bounded look back) before its lazy caption scans the line.
            r"(?:Image caption |Media caption |Caption: )(?P<caption>.{1,300})"
            r"|(?=(?s:.*+)(?<=[)\]]\.?))"
            r"(?P<caption>.{1,300}?)\s?[(\[](?:(?:AP|AFP|PA|EPA|UPI|Reuters|Getty) )?"
            r"(?:Photo|Image|Picture|Pic|Photograph|Foto|Video)s?"
            r"(?: [Cc]redit)?(?: by)?(?::? |/)(?P<credit>[^()\[\]]{1,80}+)[)\]]\.?"
            r"|(?=(?s:.*+)(?<=(?:Photo(?:graph)?|Picture|Image) (?:by|courtesy(?: of)?|credit:?)"
            r" [^.!?]{1,80}\.?))"
            r"(?P<caption>.{1,300}?[.!?)”\"])\s?(?:Photo(?:graph)?|Picture|Image)"
            r" (?:by|courtesy(?: of)?|credit:?) (?P<credit>[^.!?]{1,80}+)\.?"
            r"|(?=(?s:.*+)(?<=[Cc]redit: [^.!?]{1,80}\.?))"
            r"(?P<caption>.{1,300}?[.!?)”\"])\s?(?:Photo |Image |Picture )?[Cc]redit: "
            r"(?P<credit>[^.!?]{1,80}+)\.?"
            r"|(?=(?s:.*+)(?<=[.!?]\s?(?:Getty Images|Reuters|AFP|AP Photo|Shutterstock|EPA"
            r"|Bloomberg)))"
            r"(?P<caption>.{10,300}?[.!?])\s?(?P<credit>Getty Images|Reuters|AFP|AP Photo"
            r"|Shutterstock|EPA|Bloomberg)"
        ),
        max_chars=400,
        description=(
            "A photo caption that carries its credit ('... (Photo: Getty Images)', '... Credit: "
            "NASA', 'Image caption ...')."
        ),
        examples=(
            "Rescue crews reach the flooded village at dawn. (Photo: Ann Lee/AP)",
            "The comet's tail over the observatory. Credit: Hart Observatory",
            "Image caption The lifeboat crew returned after nine hours at sea",
            "A harbour seal rests on the slipway. Photograph by Tom Hart/Getty Images",
        ),
        counter_examples=(
            "He took the credit: without him, he said, there would be no deal.",
            "The photo was taken by a passer-by, police said.",
        ),
    ),
    Rule(
        id="generic.slash-credit",
        kind=Kind.IMAGE_CAPTION,
        pattern=(
            # A caption of at least one sentence, then its credit: in brackets with a label
            # ("(credit: Agency/Name)") or as capitalised names joined by slashes
            # ("(Name Surname/Agency)", "(AGENCY/Lab/University)"); or the agency style
            # "REUTERS/Name". The bracketed branches check the line's end first.
            r"(?=(?s:.*+)(?<=\)))(?P<caption>.{10,300}?[.!?])\s?"
            r"\((?:(?:[Cc]redit|[Pp]hoto|[Ii]mage)s?: ?(?P<credit>[^()]{2,80}+)"
            r"|(?P<credit>\p{Lu}[^()/\s]*+(?: \p{Lu}[^()/\s]*+){0,3}"
            r"(?:/\p{Lu}[^()/\s]*+(?: \p{Lu}[^()/\s]*+){0,3}){1,3}))\)"
            r"|(?P<caption>.{10,300}?[.!?])\s?(?P<credit>REUTERS/\p{Lu}[^/\s]*+"
            r"(?: \p{Lu}[^/\s]*+){0,3}(?:/File(?: Photo)?)?)"
        ),
        max_chars=400,
        description=(
            "A photo caption ending in a credit of names joined by slashes or labelled in "
            "brackets: '... (Name Surname/Agency)', '... (credit: NASA/Name)', "
            "'... REUTERS/Name'."
        ),
        examples=(
            "Engineers inspect the rover's wheels before launch. (NASA/JPL-Caltech)",
            "Crowds wait outside the station on the third day of the strike. (Mark Hale/Reuters)",
            "The new span of the bridge is lifted into place. (credit: Harbour Trust/Ann Lee)",
            "A worker checks solar panels at a plant near Valencia, Spain, May 4, 2021. "
            "REUTERS/Ana Ruiz",
            "Fans cheer before the final in Lisbon, August 23, 2020. REUTERS/Rui Costa/File Photo",
        ),
        counter_examples=(
            "Prices were flat over the quarter. (Figures in GBP/EUR)",
            "Fares rise in January (see the Rail/Bus table below).",
            "A Reuters/Ipsos poll published on Tuesday put the two parties level.",
            "The vote was close. Read the full result here (Council/Minutes)!",
        ),
    ),
    Rule(
        id="generic.copyright-notice",
        kind=Kind.COPYRIGHT,
        closes_page=True,
        pattern=(
            r"(?:©|Ⓒ|\([Cc]\)|[Cc]opyright|COPYRIGHT)\s?(?:©\s?)?(?:19|20)\d\d\b.{0,700}"
            r"|.{0,300}\b(?:All [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED)\b.{0,500}"
        ),
        max_chars=800,
        description=(
            "A web page's copyright notice, with its year or 'All rights reserved': the foot"
            " of a page, so the next article may start after it."
        ),
        examples=(
            "© 2024 Harbour Media Ltd",
            "Copyright 2023 Example News. All rights reserved.",
            "Copyright © 2019, Valley Echo | Terms of Service | Privacy Policy",
        ),
        counter_examples=(
            "Copyright law was last reformed in 2014.",
            "The band said all rights to the song now belong to the singer.",
        ),
    ),
    Rule(
        id="generic.copyright",
        kind=Kind.COPYRIGHT,
        pattern=(
            r"(?:©|Ⓒ|\([Cc]\)|[Cc]opyright ©?|COPYRIGHT ©?)\s?(?:\d{4}|[\p{Lu}]).{0,700}"
            r"|.{0,300}\b(?:All [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED)\b.{0,500}"
            r"|.{0,300}\b(?:is a|are) (?:registered )?trademarks? of\b.{0,400}"
            r"|The material on this site may not be reproduced.{0,250}"
            r"|This (?:copy|material|article) (?:is for your personal,? non-commercial use only|may"
            r" not be (?:published|reproduced)).{0,300}"
            r"|(?:Registration on or )?[Uu]se of (?:and/or registration on )?"
            r"(?:any (?:part|portion) of )?this (?:site|website) constitutes (?:your )?"
            r"acceptance of (?:our|the|its) .{1,300}"
            # "By using this site, you agree to our Terms ...", "By checking this box, I agree ..."
            # (the verb first: a byline's "By Ann Lee" fails at once, before any scan)
            r"|By (?:using|continuing to use|visiting|accessing|checking this box"
            r"|clicking [^.!?,]{1,40}|submitting this form|registering|signing up)"
            r"(?![^.!?]*\b(?:said|says|told)\b)[^.!?]{0,60}?,? (?:you|I)"
            r" (?:agree|accept|consent|acknowledge|confirm)\b[^.!?]{0,200}?"
            r"\b(?:[Tt]erms of (?:[Ss]ervice|[Uu]se)|TERMS OF (?:SERVICE|USE)|[Pp]rivacy [Pp]olicy"
            r"|PRIVACY POLICY|[Tt]erms and [Cc]onditions)\b.{0,300}"
            r"|Durch die Nutzung dieser (?:Website|Webseite|Seite) .{0,300}?(?:Nutzungsbedingungen"
            r"|Datenschutz).{0,300}"
        ),
        max_chars=800,
        description="A copyright, rights, trademark or terms-of-use notice.",
        examples=(
            "© Harbour Media Ltd",
            "This material may not be published, broadcast, rewritten or redistributed.",
            "Use of this site constitutes acceptance of our Terms of Service and Privacy Notice",
            "By checking this box, I agree to the terms of service and privacy policy of Harbour"
            " Media.",
            "By using this site, you agree to our Terms of Use.",
            "Durch die Nutzung dieser Website akzeptieren Sie unsere Nutzungsbedingungen.",
        ),
        counter_examples=(
            "Copyright law was last reformed in 2014.",
            "The band said all rights to the song now belong to the singer.",
            "By using the loophole, you agree to pay less tax, the adviser claimed.",
            "By signing up, I agree that the club is worth it, she said of the gym's terms.",
        ),
    ),
    Rule(
        id="generic.comments",
        kind=Kind.COMMENTS,
        pattern=(
            r"(?:\d{1,5} )?(?:Comments?|COMMENTS?|comments?)(?: \(\d{1,5}\))?"
            r"|(?:View|Show|Hide|Read|Load|Add|Post|Leave|See|Join) (?:all |the |a |\d{1,5} )?"
            r"(?:[Cc]omments?|[Rr]eply|[Cc]onversation|[Dd]iscussion)"
            r"|Leave a (?:[Rr]eply|[Cc]omment)(?: Cancel [Rr]eply)?|Cancel reply|Reply|Report"
            r"|Comments are closed\.|View the discussion thread\."
            r"|You are commenting using your [\w.]{2,40} account\..{0,40}"
            r"|Notify me of (?:new posts|new comments|follow-up comments) (?:via|by) e-?mail\."
            r"|Notify me (?:via|by) e-?mail if anyone answers my comment\."
            r"|This site uses Akismet to reduce spam\..{0,80}"
            r"|Join the [Cc]onversation|Conversation|Discussion"
            r"|Your email address will not be published\..{0,100}"
            r"|Save my name, email, and website in this browser for the next time I comment\."
            r"|Note: [^.]{0,60}moderat[^.]{0,120}comments[^.]{0,120}\."
            r"|(?:[^.]{0,60} )?[Cc]omments? (?:are|is) (?:moderated|closed|reviewed).{0,200}"
            r"|Community (?:Rules|Guidelines) apply to all content you upload.{0,200}"
            r"|Tell us what (?:YOU|you) think\.{0,3}|What do you think\?"
            r"|\w{2,40} says:|ATENÇÃO: Comentários.{0,200}|Comentários?|Комментарии"
            r"|(?:One|\d{1,5}) (?:[Rr]esponses?|[Tt]houghts?|[Rr]epl(?:y|ies)|[Cc]omments?)"
            r" (?:to|on) [“\"‘'].{1,200}"
            r"|You (?:must|need to) be (?:logged in|signed in"
            r"|a (?:registered )?(?:member|subscriber)) to (?:post|leave|add|write)"
            r" a (?:comment|reply)\..{0,80}"
            r"|(?:If you would like to|To) (?:post|leave|add|write) a comment,? please"
            r" (?:register or )?(?:log|sign) ?in\b.{0,80}"
            r"|Please (?:log|sign) in(?: using one of these methods)? to (?:post|leave|add)"
            r" (?:your|a) comment[.:]?"
            r"|New, \d{1,5} comments?"
            r"|(?:\d{1,5}|No) (?:[Rr]epl(?:y|ies)|[Rr]esponses?)|Please be mindful of our community"
            r" (?:standards|guidelines)\.|Enter your comment here\.{3}"
            # (the same comment form as WordPress prints it in other languages)
            r"|Deixe (?:uma resposta|um comentário)(?: Cancelar resposta)?|Cancelar resposta"
            r"|Deja una respuesta(?: Cancelar la respuesta)?"
            r"|Tinggalkan Balasan(?: Batalkan balasan)?"
            r"|(?:O seu endereço de e-?mail não será publicado"
            r"|Tu dirección de correo electrónico no será publicada"
            r"|Alamat email Anda tidak akan dipublikasikan)\..{0,100}"
            r"|Beri ?tahu saya (?:komentar|pos-pos|tulisan) baru (?:melalui|lewat|via)"
            r" (?:e-?mail|surat elektronik|surel)\.|Ketikkan komentar di sini\.{3}"
        ),
        max_chars=250,
        description="The furniture of a comment section ('Comments', 'Leave a Reply').",
        examples=(
            "Comments",
            "View Comments",
            "Leave a Reply Cancel reply",
            "12 Comments",
            "34 responses to “ Harbour wall: “We needed to build this” ”",
            "One thought on “Ferry timetable changes for the winter”",
            "Leave a Comment Cancel Reply",
            "View the discussion thread.",
            "You are commenting using your Twitter account. ( Log Out / Change )",
            "Notify me of new posts via email.",
            "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
            "You must be logged in to post a comment.",
            "If you would like to leave a comment, please register or log in",
            "Please log in using one of these methods to post your comment:",
            "New, 14 comments",
            "0 replies",
            "Deixe uma resposta Cancelar resposta",
            "O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *",
            "Beri tahu saya komentar baru melalui email.",
            "Beritahu saya pos-pos baru lewat surat elektronik.",
            "Ketikkan komentar di sini...",
            "Please be mindful of our community standards.",
        ),
        counter_examples=(
            "Comments from the minister angered the union.",
            "Readers left more than 400 comments under the story.",
            "2 responses to the consultation were received before the deadline.",
            "Notify me of any changes to the timetable by email, she told the clerk.",
            "No replies came from the ministry, the campaigners said.",
        ),
    ),
    Rule(
        id="generic.tags",
        kind=Kind.TAGS,
        pattern=(
            r"(?:Filed [Uu]nder|FILED UNDER|Tags?|TAGS?|Tagged(?: [Ww]ith)?|Topics?|TOPICS"
            r"|Categor(?:y|ies)|Posted [Ii]n|Related [Tt]opics|Related [Tt]ags|Keywords"
            r"|Follow the topics within this article|Games featured in this article"
            r"|タグ|カテゴリー?|Categorias|Categorías|Etiquetas|Kategori"
            r"|Explore more on these topics"
            r"|More [Oo]n [Tt]hese [Tt]opics)"
            r"(?:\s?:\s?(?P<tags>[^.!?]{0,250}?)\s?\|?|\s?\|)?"
            r"|Tags(?=\p{Ll})(?P<tags>[^.!?,]{1,60}(?:, [^.!?,]{1,60}){2,40})"
        ),
        max_chars=800,
        description="Tag and category furniture ('Filed under:', 'Tags: a, b').",
        examples=(
            "Filed under:",
            "Tags: harbour, ferries, weather",
            "Topics",
            "Filed under: Ferries |",
            "Related Tags:",
        ),
        counter_examples=(
            "Topics included housing, transport and the new hospital.",
            "Tags on the crates showed they came from Rotterdam.",
        ),
    ),
    Rule(
        id="generic.keyword-list",
        kind=Kind.TAGS,
        pattern=(
            # the first word starts in lower case; written as a consumed character, not a
            # lookahead, so that the gate sees it in a line's first three characters
            r"(?=(?:[^,]{1,60}, ){5})(?:\p{Ll}[\p{L}\p{M}\d-]{0,29} (?:[\p{L}\p{M}\d-]{1,30} )?)?"
            r"(?P<keyword>\p{Ll}[\p{Ll}\p{M}-]{2,30})\b"
            r"(?=(?:[^.!?;:]{0,120}?\b(?P=keyword)\b){3})[^.!?;:]{1,800}"
        ),
        max_chars=800,
        description=(
            "An unlabelled tag list: six or more comma-separated keywords in lower case, "
            "one of the first words repeated in most, with no sentence punctuation."
        ),
        examples=(
            "ferry times 2024, ferry prices, ferry harbour, ferry timetable, ferry tickets, "
            "ferry strike",
            "timetable ferry 2024, ferry prices, ferry harbour, ferry tickets, ferry strike, ferry",
        ),
        counter_examples=(
            "ferries ran late, buses ran late, trains ran late, the trams ran late and the "
            "airport closed, officials said, as the storm hit.",
        ),
    ),
    Rule(
        id="generic.timestamp",
        kind=Kind.TIMESTAMP,
        pattern=(
            # one or two times, each after a label or the first bare ("Updated ...; Posted ...",
            # "... / Original ..."); each run of optional spaces and punctuation is readable one
            # way only, and the last character comes from a short list (the gate's tail test)
            r"(?:"
            + _STAMP_LEAD
            + LABELLED_STAMP
            + r"|"
            + STAMP
            + r")(?:(?:\s?[|;/,])?\s?"
            + _STAMP_LEAD
            + LABELLED_STAMP
            + r")?(?:\s?\|\s?Source:\s?[\w.&' -]{0,39}[\w.])?(?:\s?\|)?"
            # a label with a clock alone or a relative time; a relative time alone
            + r"|"
            + _STAMP_LEAD
            + r"(?:"
            + CLOCK
            + r"(?:\s[A-Z]{2,4})?|"
            + _AGO
            + r")|"
            + _AGO
        ),
        max_chars=90,
        description="A bare publication or update time ('Published 5:07 PM EST Nov 19, 2019').",
        examples=(
            "Published 9:15 AM EST Mar 3, 2021",
            "Nov. 20, 2019 5:52 AM EST",
            "Monday, November 18, 2019",
            "2019-11-19T08:57:40+01:00",
            "Updated at 1:23 p.m.",
            "16 hours ago",
            "Updated Mar 4, 9:41 AM; Posted Mar 3, 8:19 PM",
            "PUBLISHED: 10:48, Tue, Mar 2, 2021 | UPDATED: 11:05, Tue, Mar 2, 2021",
            "Last Updated : Mar 4, 2021 01:41 PM IST | Source: Harbour Wire",
            "updated: Mar 4 2021, 15:24pm ist",
            "Posted: Fri 6:45 PM, Feb 5, 2021 |",
            "Updated Mar. 4, 2021 8:21 am ET / Original Mar. 4, 2021 8:02 am ET",
        ),
        counter_examples=(
            "Published in 1987, the novel sold two million copies.",
            "On March 3, 2021 the council voted to close the pool.",
            "Updated figures on March 3, 2021 showed a fall.",
        ),
    ),
    Rule(
        id="generic.timestamp-intl",
        kind=Kind.TIMESTAMP,
        pattern=(
            r"(?:(?:Publicado|Atualizado|Actualizado|Publié|Mis à jour|Veröffentlicht|Aktualisiert)"
            r"(?: em| el| le| am)?:?\s)?"
            r"(?:(?:segunda|terça|quarta|quinta|sexta)-feira|sábado|domingo|lunes|martes|miércoles"
            r"|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|Montag|Dienstag"
            r"|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)?,?\s?"
            r"\d{1,2}(?:º|er|\.)? (?:de )?(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto"
            r"|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre"
            r"|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août"
            r"|septembre|octobre|novembre|décembre|Januar|Februar|März|April|Mai|Juni|Juli"
            r"|August|September|Oktober|November|Dezember)(?: de)? \d{4}"
            r"(?:,? (?:às|a las|à|um|a) \d{1,2}[:.h]\d{2}(?: Uhr)?)?"
        ),
        max_chars=90,
        description="A publication date in Portuguese, Spanish, French or German.",
        examples=("segunda-feira, 3 de março de 2021 às 9:15", "12. März 2021", "5 juin 2020"),
        counter_examples=("Em 3 de março de 2021 a ponte foi reaberta ao trânsito.",),
    ),
    Rule(
        id="generic.byline",
        kind=Kind.BYLINE,
        pattern=(
            r"(?:(?:Written|Posted|Reported|Words|Medically [Rr]eviewed|Fact[- ][Cc]hecked) [Bb]y"
            r"|By|BY|by|Von|Por|Par)\s"
            + NAMES
            + r"(?:\s"
            + HANDLE
            + r")?(?:,? (?:[Ss]pecial to|for|of) [^.!?]{1,50})?"
            r"(?:\s?(?:[-–—|•,]|\bon\b)\s?(?:" + STAMP + "|" + _AGO + r"|[\p{Lu}][\p{L}.&' ]{1,40}"
            r"(?:\s" + ISO_STAMP + r"(?:\s[\p{Lu}][\p{L}]{1,20})?)?)"
            # (a time without a separator starts with a digit, a weekday or a month)
            r"|\s(?=[\dJFMASONDTW])(?:" + STAMP + "|" + _AGO + r"))?"
            # (a last character from a short list keeps the gate's tail test for the rule)
            r"(?:\s?[-–—|]\s?(?:Updated|UPDATED):?\s[\w:,. ]{0,39}[\w.])?"
        ),
        max_chars=160,
        description=(
            "An author line: 'By' (or 'Written by', 'Posted by') and one to six names, with an"
            " optional handle, outlet, role or time."
        ),
        examples=(
            "By Ann Lee",
            "By ANN LEE and TOM HART",
            "by Priya Shah",
            "By Tom Hart - 11/18/19 11:04 PM EST",
            "By Marta Quill 3 hours ago",
            "Written by Priya Shah, MS, RD on March 4, 2021",
            "Posted by Tom Hart on June 2, 2020, 7:15 AM EST",
            "by Declan Oduya — May 9, 2022",
            "By Ann Lee @annleewrites Jun 3, 2021, 9:02am EST",
            "By Newsroom Staff | May 2, 2022 at 3:10 PM HST - Updated May 2 at 5:40 PM",
            "By Tom Hart - Staff Writer 2021-03-04T10:00:00Z Science",
            "Medically reviewed by Ann Lee, PhD, CRNP",
        ),
        counter_examples=(
            "By the time the polls closed, turnout had doubled.",
            "By Monday, the river had risen by two metres.",
            "By March 2020 the harbour had reopened.",
            "Written by hand, the letter reached the council on Monday.",
        ),
    ),
    Rule(
        id="generic.byline-split",
        kind=Kind.BYLINE,
        pattern=r"By|BY",
        follow=(
            Follow(
                kind=Kind.BYLINE,
                pattern=NAMES + r"(?:,\s[\p{Lu}][^.!?]{0,40})?",
                max_chars=80,
                required=True,
            ),
        ),
        max_chars=2,
        description="'By' on a line of its own, with the author's name (and role) on the next.",
        examples=(
            "By\nMarta Quill",
            "By\nDeclan Oduya, Harbour Gazette intern",
            "BY\nNewsroom Staff",
        ),
        counter_examples=(
            "By\nthe end of the week the ferry was running again.",
            "By the end of the week the ferry was running again.",
        ),
    ),
    Rule(
        id="generic.reading-time",
        kind=Kind.TIMESTAMP,
        pattern=(
            r"(?:\d{1,3}|One|Two|Three|Four|Five)[ -](?:min(?:ute)?s?|Min)\.?(?: [Rr]ead| READ)"
            r"|(?:Reading time|Read time|Estimated reading time|Tempo de leitura|Tiempo de lectura"
            r"|Lesezeit|Temps de lecture):? (?:about |less than |under )?\d{1,3}(?:-\d{1,3})?"
            r" (?:min(?:ute)?s?|minutos?|Minuten?)\.?"
        ),
        max_chars=50,
        description="The estimated reading time shown under a headline ('4 min read').",
        examples=("4 min read", "Reading time: 3 minutes", "Tempo de leitura: 2 minutos"),
        counter_examples=("Reading time fell among teenagers, the survey found.",),
    ),
    Rule(
        id="generic.media-link",
        kind=Kind.RELATED_LINK,
        pattern=(
            r"(?:Listen|Download|Subscribe|iTunes|Apple Podcasts|Google Podcasts|Spotify|Stitcher"
            r"|RSS|Watch)(?: here| now)?: ?(?:https?://)?[^\s<>\"]{4,200}"
        ),
        max_chars=230,
        description="A podcast or video link behind its label ('Listen: URL', 'iTunes: URL').",
        examples=("Listen: https://example.com/ep12", "Download: https://example.com/ep12.mp3"),
        counter_examples=(
            "Listen: the river is louder than it was last year.",
            "https://example.com/report",
        ),
    ),
    Rule(
        id="generic.support-pitch",
        kind=Kind.NEWSLETTER,
        pattern=(
            r"If you (?:enjoyed|liked|value|appreciate)d? (?:this|our|reading this) (?:article"
            r"|story"
            r"|post|piece|journalism|work|content)[,.]? .{0,300}"
        ),
        max_chars=400,
        description="A subscribe or donate appeal opening with 'If you enjoyed this article'.",
        examples=(
            "If you enjoyed this article, please consider becoming a member.",
            "If you value our journalism, support us with a subscription today.",
        ),
        counter_examples=("If you enjoyed the film, the sequel will not disappoint.",),
    ),
    Rule(
        id="generic.click-here-promo",
        kind=Kind.READ_MORE,
        pattern=(
            # "Click here|Tap here" written out: the gate's keywords are then those two,
            # not " here", which many sentences of prose hold.
            r"(?:(?:[^.!?]|\.(?=\d)){1,150}[.!?] ){0,3}(?:Click here|Tap here)"
            r"(?: (?:to|for) [^.!?]{1,120})?[.!]?"
        ),
        max_chars=400,
        description="A promotion that ends with a 'Click here' link.",
        examples=(
            "Our tide tables are on sale now. Click here for more information.",
            "Click here to read the full interview.",
        ),
        counter_examples=("Click here, tap there: the app confused older users.",),
    ),
    Rule(
        id="generic.originally-published",
        kind=Kind.CREDIT,
        ends_article=True,
        pattern=(
            r"(?:This (?:article|story|post) (?:was )?)?(?:[Oo]riginally|[Ff]irst) (?:published"
            r"|appeared)"
            r" (?:on|in|at) [\p{Lu}][^.!?,]{1,80}\.?"
            # the syndication note of republished pieces, with its pointer to the original
            r"|This (?:article|story|post|piece) (?:was|is|has been) (?:reprinted|republished)"
            r" (?:on|in|from|with permission (?:from|of)) [\p{Lu}](?:[^.!?]|\.(?=\w)){1,120}+\."
            r"(?: Read the original(?: article)?\.?)?"
        ),
        max_chars=220,
        description="The syndication note naming where a story first ran.",
        examples=(
            "Originally published on Harbour Science.",
            "This article first appeared on Example.",
            "This article was reprinted on HarbourScience.com.",
            "This article is republished from Harbour Science under a Creative Commons licence."
            " Read the original article.",
        ),
        counter_examples=("Originally published in 1954, the map shows the old coastline.",),
    ),
    Rule(
        id="generic.stamp-byline",
        kind=Kind.BYLINE,
        pattern=STAMP + r",? (?:by|By|BY) " + NAMES,
        max_chars=120,
        description="A time followed by the author: '5:45 AM PST 11/19/2019 by Ann Lee'.",
        examples=("5:45 AM PST 11/19/2019 by Ann Lee", "Nov. 3, 2021 9:15 AM EST By Tom Hart"),
        counter_examples=("On March 3, 2021 by noon the roads had cleared.",),
    ),
    Rule(
        id="generic.cookie-banner",
        kind=Kind.CONSENT_PROMPT,
        pattern=(
            r"(?:This (?:web)?site|We|Our (?:web)?site) (?:uses?|may use) cookies\b.{0,400}?"
            r"\b(?:you|your|You|Your|[Pp]rivacy [Pp]olicy|[Cc]ookie [Pp]olicy)\b.{0,600}"
            r"|We use cookies[.!]?"
            r"|The cookie settings on this (?:web)?site are set to .{0,600}"
            r"|By (?:continuing to (?:use|browse)|using) (?:this|our) (?:web)?site,? you.{0,300}"
            r"\bcookies\b.{0,300}"
            r"|(?:Any|These|Necessary|Non-necessary) cookies .{0,400}\b(?:website"
            r"|consent)\b.{0,300}"
        ),
        max_chars=900,
        description="A site's cookie banner, addressed to the reader.",
        examples=(
            "This website uses cookies to improve your experience. Accept Read More",
            "We use cookies to give you the best experience on our site.",
            "By continuing to use this site, you agree to our use of cookies.",
            "We use cookies.",
            "This site uses cookies to count visitors. View our privacy policy. ×",
            'The cookie settings on this website are set to "allow cookies" to give you the best'
            " browsing experience possible.",
        ),
        counter_examples=(
            "This website uses cookies to track users across sites, the regulator found.",
            "We use cookies sparingly in the recipe, the baker said.",
            "Google uses cookies to follow users from site to site, the watchdog said.",
        ),
    ),
    Rule(
        id="generic.archive-widget",
        kind=Kind.NAVIGATION,
        pattern=(
            r"(?:Archives?\s?|月別\s?)?(?:Select Month|月を選択|Selecionar mês|Seleccionar mes)"
            r".{0,3900}"
            r"|(?:Categories\s?|Categorias\s?|Categorías\s?|Kategori\s?)?(?:Select Category"
            r"|Selecionar categoria|Elegir la categoría|Pilih Kategori|カテゴリーを選択).{0,3900}"
        ),
        max_chars=4000,
        description="The 'Select Month' archive and 'Select Category' widgets of a blog.",
        examples=(
            "Archives Select Month October 2019 September 2019",
            "Select Month",
            "Categories Select Category Ferries Harbour News Tides",
        ),
        counter_examples=("Select months carefully when you plan the trip.",),
    ),
    Rule(
        id="generic.market-data",
        kind=Kind.COPYRIGHT,
        pattern=(
            r".{0,300}(?:[Qq]uote data provided by|[Dd]ata (?:is )?delayed (?:by )?at least"
            r"|[Qq]uotes (?:are )?delayed (?:by )?at least|[Mm]arket data provided by).{0,1700}"
        ),
        max_chars=2000,
        description="The market-data licence note ('Quotes delayed at least 15 minutes').",
        examples=(
            "Market data provided by an exchange partner. Quotes delayed at least 15 minutes.",
            "*Data is delayed at least 15 minutes.",
        ),
        counter_examples=("Traders said the data was delayed by the outage.",),
    ),
    Rule(
        id="generic.affiliate",
        kind=Kind.ADVERTISEMENT,
        pattern=(
            r".{0,200}\b(?:may contain affiliate links|participant in the Amazon Services LLC"
            r" Associates Program|may earn (?:a )?(?:small )?commission|earns? an affiliate"
            r" commission).{0,400}"
        ),
        max_chars=600,
        description="An affiliate-link disclosure.",
        examples=(
            "Some posts on this site may contain affiliate links.",
            "If you buy through our links, we may earn a commission.",
        ),
        counter_examples=("Affiliate marketing grew fast last year.",),
    ),
    Rule(
        id="generic.browser-notice",
        kind=Kind.NAVIGATION,
        pattern=(
            r".{0,150}(?:update to a modern browser|upgrade your browser|browser is out of date"
            r"|outdated browser|enable JavaScript|JavaScript is disabled).{0,250}"
            r"|We['’]ve noticed (?:that )?you['’]re (?:using an? )?ad ?-?block(?:er|ing)\b.{0,250}"
        ),
        max_chars=400,
        description="A notice about the reader's browser ('please update to a modern browser').",
        examples=(
            "For the best experience, please update to a modern browser.",
            "JavaScript is disabled in your browser.",
            "We've noticed you're adblocking.",
        ),
        counter_examples=("The bank asked customers to keep their apps updated.",),
    ),
    Rule(
        id="generic.form-error",
        kind=Kind.NAVIGATION,
        pattern=(
            r"An error has occurred,? please try again(?: later)?\.?|Something went wrong\.?"
            r"(?: Please try again(?: later)?\.?)?|Thanks for watching!(?: Visit Website)?"
            r"|An error has occurred; the feed is probably down\. Try again later\."
            r"|Sebuah galat telah terjadi; umpan tersebut kemungkinan sedang anjlok\."
            r" Coba lagi nanti\."
        ),
        max_chars=100,
        description="Messages of page widgets (forms, players) left in the text.",
        examples=(
            "An error has occurred, please try again later.",
            "Thanks for watching!",
            "An error has occurred; the feed is probably down. Try again later.",
        ),
        counter_examples=("Something went wrong with the engine, the pilot said.",),
    ),
    Rule(
        id="generic.form-label",
        kind=Kind.NAVIGATION,
        pattern=(
            r"(?:Name|Full [Nn]ame|First [Nn]ame|Last [Nn]ame|E-?mail|E-?mail [Aa]ddress|Website"
            r"|Comment|Message|Phone|Company|Country|Select [Ee]dition(?:\(s\)|s)?"
            r"|Nome|Nombre|Nama|Comentário|Comentario|Komentar|Correo electrónico|Sitio web)\s?\*"
        ),
        max_chars=30,
        description="The labels of a comment or sign-up form, each marked required with '*'.",
        examples=("Name *", "Email *", "Select Edition(s) *"),
        counter_examples=("Name the river that floods the valley each spring.",),
    ),
    Rule(
        id="generic.account-form",
        kind=Kind.NAVIGATION,
        pattern=(
            r"Forgot (?:your )?[Pp]assword\??|Reset (?:your )?[Pp]assword|Create a new [Pp]assword"
            r"|Change (?:your )?[Pp]assword|(?:Your )?[Pp]assword has been (?:successfully )?"
            r"(?:updated|changed|reset)[.!]?"
            r"|Check your e-?mail for a link to reset your password\.?"
            r"|We['’]ll send you a link to (?:create a new|reset your) password\.?"
            r"|We didn['’]t recognize that password reset code\..{0,100}"
            r"|Resend (?:[Ee]-?mail )?[Vv]erification(?: [Ee]-?mail)?"
            r"|(?:Sign|Log) [Ii]n ?/ ?(?:Sign [Uu]p|Register)"
            r"|(?:Sign [Uu]p|Register) ?/ ?(?:Sign|Log) [Ii]n"
            r"|Register Log [Ii]n|Sign in to complete account merge|Create (?:an|your) [Aa]ccount"
            r"|Already (?:have an account|a (?:member|subscriber))\?(?: (?:Sign|Log) [Ii]n)?"
            r"|Don['’]t have an account\?(?: (?:Sign [Uu]p|Register)(?: [Nn]ow)?)?"
        ),
        max_chars=120,
        description="The furniture of a site's sign-in and password forms.",
        examples=(
            "Forgot your password?",
            "Create a new password",
            "Check your email for a link to reset your password.",
            "Sign In / Sign Up",
            "Already have an account? Log in",
        ),
        counter_examples=(
            "Forgot your password? The bank says that is the commonest call it gets.",
            "Create an account of the night in your own words, the teacher said.",
        ),
    ),
    Rule(
        id="generic.tip-prompt",
        kind=Kind.NEWSLETTER,
        pattern=(
            r"(?:Got|Have|Do you have) an? (?:(?:confidential|story|news) )?(?:[Nn]ews )?[Tt]ip\?"
            r"(?: (?:We want to hear from you|Contact us|Email us|Let us know|Send it to us)"
            r"[^.!?]{0,60}[.!])?"
        ),
        max_chars=120,
        description="A prompt to send the newsroom a tip ('Got a Tip?').",
        examples=(
            "Got a Tip?",
            "Have a News Tip?",
            "Got a confidential news tip? We want to hear from you.",
        ),
        counter_examples=("Got a tip? The police said they had none after a week of appeals.",),
    ),
    Rule(
        id="generic.skip-link",
        kind=Kind.NAVIGATION,
        starts_article=True,
        pattern=(
            r"(?:(?:Skip|Jump) to (?:the )?(?:[Mm]ain )?(?:[Cc]ontent|[Nn]avigation|[Aa]rticle"
            r"|[Mm]ain|[Ff]ooter|[Ss]earch|[Ss]ite [Ii]ndex)|Skip [Nn]avigation|Skip [Ll]inks"
            r"|Accessibility [Ll]inks"
            # (the same link as other languages' pages put it)
            r"|(?:Pular|Ir) para o conte[úu]do|(?:Saltar|Ir) al contenido|(?:Aller|Passer) au"
            r" contenu|Zum Inhalt springen|Direkt zum Inhalt|(?:Vai|Salta) al contenuto"
            r"|Naar de inhoud springen|Перейти к содержимому|Lewati ke konten"
            r"|コンテンツへスキップ|본문 바로가기)"
            r"(?: (?:(?:Skip|Jump) to (?:the )?(?:[Mm]ain )?(?:[Cc]ontent|[Nn]avigation"
            r"|[Aa]rticle|[Mm]ain|[Ff]ooter|[Ss]earch|[Ss]ite [Ii]ndex)|Skip [Nn]avigation)){0,3}"
        ),
        max_chars=120,
        description=(
            "A web page's skip link for keyboard readers ('Skip to main content'): the first"
            " thing on a page, so it opens the next article."
        ),
        examples=(
            "Skip to main content",
            "Skip to content Skip to site index",
            "Skip to Search",
            "Jump to content",
            "Skip navigation",
            "Accessibility links",
            "Pular para o conteúdo",
            "Zum Inhalt springen",
        ),
        counter_examples=("Skip to the end of the story: the council voted against it.",),
    ),
    Rule(
        id="generic.navigation",
        kind=Kind.NAVIGATION,
        pattern=(
            r"(?:Back [Tt]o (?:[Mm]ain [Mm]enu|[Tt]op)|Toggle navigation"
            r"|Main [Mm]enu|Menu|MENU|Close|CLOSE|Search|SEARCH|search Search|Home|HOME|Sign [Ii]n"
            r"|Sign [Oo]ut|Log [Ii]n|Login|Log [Oo]ut|Register|Edit Profile Sign Out"
            r"|Privacy(?: [Pp]olicy| [Nn]otice| [Ss]ettings| [Cc]enter)?|Cookie [Pp]olicy|Cookies"
            r"|Terms(?: of [Uu]se| of [Ss]ervice| (?:&|and) [Cc]onditions)?"
            r"|Terms of Service Privacy Notice|Contact(?: [Uu]s)?|About(?: [Uu]s)?"
            r"|Sitemap|Site [Mm]ap"
            r"|Site [Ii]ndex|RSS(?: [Ff]eeds?)?|Careers|Accessibility(?: [Hh]elp)?|FAQs?|Help"
            r"|Feedback|Corrections|Archives?|Text [Ss]ize|Print(?: [Aa]rticle)?|Order [Rr]eprints"
            r"|Reprints(?: (?:&|and) [Pp]ermissions)?|e-?Edition|eEdition|E-paper|Epaper"
            r"|Your California Privacy Rights|Do Not Sell My (?:Personal )?Info(?:rmation)?"
            r"|Customer [Ss]ervice|Media [Kk]it|Our [Cc]ompany|Next|Previous|Next [Aa]rticle"
            r"|Previous [Aa]rticle|(?:[Nn]ext|[Pp]revious|NEXT|PREVIOUS) (?:[Pp]ost|POST)"
            r"|Back|Cancel|Submit|×|›|‹|»|«|\|"
            r"|Listen to this (?:article|story)|Save (?:article|story|for later)"
            r"|Print this (?:page|article)|Email this (?:article|story)"
            r"|Scroll (?:[Bb]ack )?[Tt]o [Tt]op|Go [Tt]o [Tt]op|Privacy Overview"
            r"|Loading(?: \w+){1,2} ?(?:\.{2,3}|…)|Loading ?(?:\.{2,3}|…)"
            r"|Loading, [Pp]lease [Ww]ait!?|Post [Nn]avigation|Search for:"
            r"|Open (?:[Nn]avigation )?[Mm]enu|Open in [Aa]pp|Previous Next"
            r"|(?:Click to )?Skip [Aa]d|Don['’]t show again"
            r"|Image \d{1,3} of /? ?\d{1,3}|Created with Sketch\.|VIDEO|Video"
            r"|RSS - (?:Posts|Pos|Comments|Komentar)"
            r"|(?:Proudly )?[Pp]owered by WordPress(?:\.com)?(?: VIP)?"
            # (the same items as other languages' sites name them)
            r"|Política de [Pp]rivacidade|Política de [Pp]rivacidad|Politique de confidentialité"
            r"|Datenschutzerklärung|Kebijakan Privasi|プライバシーポリシー"
            r"|Политика конфиденциальности"
            r"|Contato|Contacto|Contáctenos|Fale [Cc]onosco|Contatti|Hubungi Kami|お問い合わせ"
            r"|Контакты|Quem [Ss]omos|Sobre [Nn]ós|Quiénes [Ss]omos|Sobre [Nn]osotros|Über uns"
            r"|Chi siamo|Tentang Kami|О нас|Mapa do [Ss]ite|Mapa del [Ss]itio|Plan du site"
            r"|サイトマップ|Карта сайта|スポンサー(?:ド)?リンク|Todas as [Nn]otícias"
            r"|Blog (?:at|di|no|en|auf) WordPress\.com\.(?: [^.]{1,40}\.)?)"
            r"(?:\s?[›»‹«×|↑]){0,3}"
        ),
        max_chars=40,
        description="A site menu or footer item on its own line ('Privacy Policy').",
        examples=(
            "Back to top",
            "Privacy Policy",
            "Back To Main Menu",
            "Terms of Use",
            "Scroll to top",
            "Loading comments...",
            "Privacy Overview",
            "Post navigation",
            "Loading ...",
            "Created with Sketch.",
            "Click to Skip Ad",
            "Powered by WordPress.com VIP",
            "Política de Privacidade",
            "Quem Somos",
            "サイトマップ",
            "Blog at WordPress.com.",
        ),
        counter_examples=(
            "Home is where the harbour is, the mayor joked.",
            "Loading the ferry took most of the morning.",
        ),
    ),
    Rule(
        id="generic.legal-links",
        kind=Kind.NAVIGATION,
        pattern=(
            # (atomic links and separators: each line splits into links one way only, so a
            # near miss fails in linear time instead of trying every split)
            r"(?:Powered by [^|•·]{1,40}\s?[|•·]\s?)?"
            r"(?>" + _LEGAL_LINK + r")(?:" + _LEGAL_SEPARATOR + r"(?>" + _LEGAL_LINK + r")){1,14}"
            r"(?:" + _LEGAL_SEPARATOR + r"(?:©|Copyright|\(c\)).{0,80})?"
        ),
        max_chars=300,
        description=(
            "A page foot's row of legal and service links ('Terms of Use | Privacy Policy |"
            " Sitemap'), two or more on one line."
        ),
        examples=(
            "Terms of Use | Privacy Policy | Sitemap",
            "Subscriber Agreement & Terms of Use",
            "Privacy & Cookies Policy",
            "Legal Notice Terms and Conditions Privacy Policy © Harbour Media 2024",
            "Terms of Use Privacy Policy About Our Ads Advertising",
        ),
        counter_examples=(
            "The terms of use and the privacy policy were rewritten after the fine.",
            "Privacy and terms of use were the main complaints, the survey found.",
        ),
    ),
)
