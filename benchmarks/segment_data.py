"""Concatenated feeds for the boundary benchmark and the fitting script, built from ../shared.

Feeds are built deterministically (fixed seed) from ``../shared/corpus``:

- ``bbc-mixed``: 2-6 BBC articles (paragraphs only, no title) of any category;
- ``bbc-same``: 2-6 BBC articles of one category (the hard case: neighbours share a topic);
- ``aeb-truth``: 2-6 hand-checked article bodies of the extraction benchmark;
- ``aeb-extract``: 2-6 extractor outputs of that benchmark, boilerplate left in
  (each article's extractor is drawn at random among the five).

Every text is read with the reading convention (lines stripped, empty lines
dropped) and the lines of a feed are joined by a single ``"\\n"``. Articles are
split in two halves by a hash of their id: ``tune`` (for fitting) and ``score``
(for reporting), so no article is scored by a model fitted on it.

For each article the feed records its first line and the range of lines where
a boundary before it counts: after the previous article's last *content* line
and up to its own first content line. In the BBC and truth feeds every line is
content; in extractor outputs a line is content when it belongs to the page's
ground truth (most of its 4-word shingles occur there, or for short lines, the
line occurs there verbatim).
"""

from __future__ import annotations

import hashlib
import json
import pathlib
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
EXTRACTORS = ("newspaper", "trafilatura", "goose3", "readability", "html-text")
SEED = 20261128
MIN_ARTICLES, MAX_ARTICLES = 2, 6
CONTENT_SHINGLE_SHARE = 0.5
"""An extractor line is content when at least this share of its shingles is in the truth."""
SHINGLE = 4
MIN_CONTENT_LINES = 2
"""Articles with fewer content lines (an extractor that failed on the page) are not used."""

NON_ASCII_LETTER_SHARE = 0.2
ENGLISH_STOPWORD_SHARE = 0.15


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOPWORDS = _wordset(
    "the a an and or of to in on at for with by from is are was were be been it its this that "
    "he she they we i you has have had not but as said"
)
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Doc:
    """One article as lines, with which lines are content, its language and half."""

    id: str
    group: str
    lines: tuple[str, ...]
    content: tuple[bool, ...]
    english: bool
    half: str
    title: str = ""


@dataclass(frozen=True)
class Feed:
    """A concatenated feed: its lines, and for each article its first line and boundary zone."""

    kind: str
    lines: tuple[str, ...]
    starts: tuple[int, ...]
    zones: tuple[tuple[int, int], ...]
    """Per article after the first: (lo, hi); a boundary at line b counts if lo < b <= hi."""
    english: bool
    pages: tuple[str, ...] = ()
    """Per article, its page (an extraction-benchmark page or a BBC article id)."""

    @property
    def text(self) -> str:
        """The feed as text, lines joined by one newline."""
        return "\n".join(self.lines)


def read_lines(text: str) -> tuple[str, ...]:
    """The reading convention: lines stripped, empty lines dropped."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def half_of(key: str) -> str:
    """``tune`` or ``score``, from a hash of the article's id (stable across runs)."""
    return "tune" if hashlib.sha1(key.encode()).digest()[0] % 2 == 0 else "score"


def is_english(text: str) -> bool:
    """Cheap language test: mostly ASCII letters and enough English function words."""
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(not c.isascii() for c in letters) / len(letters) > NON_ASCII_LETTER_SHARE:
        return False
    toks = [t.lower() for t in _TOKEN.findall(text)]
    return bool(toks) and sum(t in _STOPWORDS for t in toks) / len(toks) >= ENGLISH_STOPWORD_SHARE


def _shingles(text: str) -> list[tuple[str, ...]]:
    toks = _TOKEN.findall(text)
    if len(toks) < SHINGLE:
        return [tuple(toks)] if toks else []
    return [tuple(toks[i : i + SHINGLE]) for i in range(len(toks) - SHINGLE + 1)]


def _content_flags(lines: Sequence[str], truth: str) -> tuple[bool, ...]:
    truth_shingles = set(_shingles(truth))
    # (a line too short for a shingle is content when it is a line of the truth: a menu's
    # "Services" or "About" occurs inside the text of most articles)
    truth_lines = {" ".join(line.split()) for line in truth.splitlines()}
    flags = []
    for line in lines:
        sh = _shingles(line)
        if not sh:
            flags.append(False)
        elif len(_TOKEN.findall(line)) < SHINGLE:
            flags.append(" ".join(line.split()) in truth_lines)
        else:
            flags.append(sum(s in truth_shingles for s in sh) / len(sh) >= CONTENT_SHINGLE_SHARE)
    return tuple(flags)


def load_docs(corpus: pathlib.Path = CORPUS) -> dict[str, list[Doc]]:
    """All articles by source group: ``bbc/<category>``, ``aeb-truth``, ``aeb-extract``."""
    groups: dict[str, list[Doc]] = {}
    with (corpus / "bbc" / "dev.jsonl").open(encoding="utf-8") as fh:
        for row in fh:
            item = json.loads(row)
            lines = read_lines("\n".join(item["paragraphs"]))
            if len(lines) < MIN_CONTENT_LINES:
                continue
            doc = Doc(
                item["id"], f"bbc/{item['category']}", lines, (True,) * len(lines), True,
                half_of(item["id"]), item["title"].strip(),
            )  # fmt: skip
            groups.setdefault(doc.group, []).append(doc)
    aeb = corpus / "aeb-dev"
    truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    outputs = {
        name: json.loads((aeb / "outputs" / f"{name}.json").read_text(encoding="utf-8"))
        for name in EXTRACTORS
    }
    for page_id in sorted(truth):
        body = truth[page_id]["articleBody"]
        lines = read_lines(body)
        english = is_english(body)
        half = half_of(page_id)
        if len(lines) >= MIN_CONTENT_LINES:
            groups.setdefault("aeb-truth", []).append(
                Doc(page_id, "aeb-truth", lines, (True,) * len(lines), english, half)
            )
        for name in EXTRACTORS:
            out = outputs[name].get(page_id, {}).get("articleBody") or ""
            ext_lines = read_lines(out)
            flags = _content_flags(ext_lines, body)
            if sum(flags) < MIN_CONTENT_LINES:
                continue
            groups.setdefault("aeb-extract", []).append(
                Doc(f"{page_id}/{name}", "aeb-extract", ext_lines, flags, english, half)
            )
    return groups


def _feed(kind: str, docs: Sequence[Doc]) -> Feed:
    lines: list[str] = []
    starts: list[int] = []
    zones: list[tuple[int, int]] = []
    last_content = -1
    for doc in docs:
        start = len(lines)
        first_content = start + doc.content.index(True)
        if starts:
            zones.append((last_content, first_content))
        starts.append(start)
        lines.extend(doc.lines)
        last_content = start + max(i for i, f in enumerate(doc.content) if f)
    return Feed(
        kind, tuple(lines), tuple(starts), tuple(zones), all(d.english for d in docs),
        tuple(page_of(d) for d in docs),
    )  # fmt: skip


def page_of(doc: Doc) -> str:
    """The page an article comes from (extractor variants of one page share it)."""
    return doc.id.split("/")[0] if doc.group.startswith("aeb") else doc.id


def _pick(rng: random.Random, pool: Sequence[Doc], n: int) -> list[Doc]:
    """``n`` distinct pages (extractor variants of one page count as one page)."""
    chosen: list[Doc] = []
    pages: set[str] = set()
    order = list(pool)
    rng.shuffle(order)
    for doc in order:
        page = page_of(doc)
        if page in pages:
            continue
        pages.add(page)
        chosen.append(doc)
        if len(chosen) == n:
            break
    return chosen


def build_feeds(
    groups: dict[str, list[Doc]],
    half: str,
    n_feeds: int,
    seed: int = SEED,
    *,
    decorated: bool = False,
) -> dict[str, list[Feed]]:
    """``n_feeds`` feeds of each kind from the articles of one half.

    With ``decorated``, a fifth kind ``bbc-decorated`` holds BBC feeds with
    boilerplate from the package's rule examples inserted (see :func:`decorate`).
    """
    rng = random.Random(f"{seed}/{half}")
    bbc = {
        g: [d for d in docs if d.half == half] for g, docs in groups.items() if g.startswith("bbc/")
    }
    bbc_all = [d for docs in bbc.values() for d in docs]
    truth = [d for d in groups.get("aeb-truth", []) if d.half == half]
    extract = [d for d in groups.get("aeb-extract", []) if d.half == half]
    out: dict[str, list[Feed]] = {}

    def size() -> int:
        return rng.randint(MIN_ARTICLES, MAX_ARTICLES)

    out["bbc-mixed"] = [_feed("bbc-mixed", _pick(rng, bbc_all, size())) for _ in range(n_feeds)]
    categories = sorted(bbc)
    out["bbc-same"] = [
        _feed("bbc-same", _pick(rng, bbc[rng.choice(categories)], size())) for _ in range(n_feeds)
    ]
    out["aeb-truth"] = [_feed("aeb-truth", _pick(rng, truth, size())) for _ in range(n_feeds)]
    out["aeb-extract"] = [_feed("aeb-extract", _pick(rng, extract, size())) for _ in range(n_feeds)]
    if decorated:
        examples = rule_examples()
        # half of them same-category, so that end blocks are seen between same-topic articles
        out["bbc-decorated"] = [
            _feed(
                "bbc-decorated",
                decorate(
                    _pick(rng, bbc[rng.choice(categories)] if k % 2 else bbc_all, size()),
                    rng,
                    examples,
                ),
            )
            for k in range(n_feeds)
        ]
    return out


MIDDLE_KINDS = ("image_caption", "video_notice", "advertisement", "credit", "related_link")
END_KINDS = ("consent_prompt", "related_link", "newsletter", "social", "tags", "comments")
TOP_KINDS = ("byline", "timestamp")
TOP_SHARE = 0.3
"""Share of decorated articles that get a byline or timestamp at the top."""
TITLE_SHARE = 0.4
"""Share of decorated articles that keep their headline line."""


def rule_examples() -> dict[str, list[list[str]]]:
    """The package's own rule examples by kind (boilerplate phrases, not corpus text).

    Rules whose lines have a place of their own (``ends_article``, ``starts_article``,
    ``closes_page``: an author's note, a skip link, a copyright notice) are left out:
    :func:`decorate` puts its blocks at random places inside articles.
    """
    from newsclean import all_rules

    out: dict[str, list[list[str]]] = {}
    for rule in all_rules():
        if rule.ends_article or rule.starts_article or rule.closes_page:
            continue
        for example in rule.examples:
            out.setdefault(rule.kind.value, []).append(list(read_lines(example)))
    return out


def decorate(
    docs: Sequence[Doc], rng: random.Random, examples: dict[str, list[list[str]]]
) -> list[Doc]:
    """Sky-style articles for fitting: captions and players inside, end blocks after, and
    sometimes a caption repeated from the previous article near the next one's top, and
    sometimes the article's headline line above it."""
    out: list[Doc] = []
    previous: list[str] = []
    for doc in docs:
        lines = list(doc.lines)
        flags = list(doc.content)
        captions: list[str] = []
        for _ in range(rng.randint(0, 3)):
            block = rng.choice(examples[rng.choice(MIDDLE_KINDS)])
            at = rng.randint(1, len(lines))
            lines[at:at] = block
            flags[at:at] = [False] * len(block)
            if block and block[0].startswith("Image:"):
                captions.append(block[0])
        if previous and rng.random() < 0.5:
            at = rng.randint(1, min(4, len(lines)))
            lines.insert(at, rng.choice(previous))
            flags.insert(at, False)
        if rng.random() < TOP_SHARE:
            block = rng.choice(examples[rng.choice(TOP_KINDS)])
            lines[0:0] = block
            flags[0:0] = [False] * len(block)
        if doc.title and rng.random() < TITLE_SHARE:
            # the headline opens the article: a boundary must come before it
            lines.insert(0, doc.title)
            flags.insert(0, True)
        if rng.random() < 0.5:
            kind = rng.choice(END_KINDS)
            block = rng.choice(examples[kind])
            if kind == "consent_prompt":  # a whole embed block: several consent sentences
                parts = [rng.choice(examples[kind]) for _ in range(rng.randint(3, 6))]
                block = [line for part in parts for line in part]
            lines.extend(block)
            flags.extend([False] * len(block))
        previous = captions or previous
        out.append(Doc(doc.id, doc.group, tuple(lines), tuple(flags), doc.english, doc.half))
    return out


def single_docs(groups: dict[str, list[Doc]], half: str) -> Iterator[Doc]:
    """Every article of one half, for the one-article split rate."""
    for docs in groups.values():
        for doc in docs:
            if doc.half == half:
                yield doc
