"""What each rule costs on ordinary text: the line-matching time it adds, and why.

A rule costs time on lines it never matches when the gate (``rules/gate.py``)
cannot rule it out: then every line of its length class runs the bucket's keyword
screen, and lines the screen lets through try the rule's keywords and pattern.
A keyword whose screen string is a common run of letters ("red" for "aired",
"but" for "contributor") sends much prose that way. This script times
``match_lines`` over the throughput benchmark's records with all rules and with
each rule left out, interleaved round by round in one process (minimum over
``--rounds``), and prints the rules that cost the most, with the screen strings
of their keywords.

Run: ``python benchmarks/rule_cost.py`` from the repository root (needs
``../shared/corpus``, like ``throughput.py``). ``--only ID`` times some rules
only (repeatable), e.g. a rule you are adding.
"""

from __future__ import annotations

import argparse
import gc
import pathlib
import sys
import time
from collections.abc import Sequence

from newsclean import RuleSet, default_rules
from newsclean.lines import split_lines
from newsclean.rules.literals import required_literals, screen_strings
from newsclean.strip import match_lines

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import throughput

MB = 1
"""Text timed per pass, in MB (the throughput benchmark's records, repeated)."""

ROUNDS = 5
TOP = 15
"""Rules listed (the costliest first)."""


def _time(docs: Sequence[Sequence[str]], rules: RuleSet) -> float:
    gc.collect()
    t0 = time.perf_counter()
    for texts in docs:
        match_lines(texts, rules)
    return time.perf_counter() - t0


def screens(rule_id: str, rules: RuleSet) -> str:
    """The screen strings of a rule's required keywords ('-' when it has none)."""
    rule = next(r for r in rules if r.id == rule_id)
    keywords = required_literals(rule.pattern, rule.ignore_case)
    if not keywords:
        return "-"
    return ", ".join(sorted(set(screen_strings(keywords).values())))


def main(argv: list[str] | None = None) -> int:
    """Time the rules and print the costliest."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=MB, help="text per pass, in MB")
    ap.add_argument("--rounds", type=int, default=ROUNDS)
    ap.add_argument("--only", action="append", default=[], help="time only this rule id")
    args = ap.parse_args(argv)
    records = throughput.repeat_to(throughput.load_records(), int(args.mb * 1_000_000))
    docs = [split_lines(r).texts for r in records]
    base = default_rules()
    ids = args.only or [r.id for r in base]
    sets = {"(all rules)": base.without()} | {rid: base.without(rid) for rid in ids}
    for rules in sets.values():  # fill each gate's caches before timing
        _time(docs, rules)
    best = dict.fromkeys(sets, float("inf"))
    for _ in range(args.rounds):
        for name, rules in sets.items():
            best[name] = min(best[name], _time(docs, rules))
    total = best.pop("(all rules)")
    print(f"match_lines over {args.mb:g} MB, all {len(base)} rules: {total * 1000:.1f} ms")
    print(f"(minimum of {args.rounds} interleaved rounds; differences under ~1 ms are noise)\n")
    print(f"{'rule':34s} {'ms':>6s} {'share':>6s}  screen strings of its keywords")
    ranked = sorted(best.items(), key=lambda kv: kv[1])
    for rid, without in ranked[:TOP]:
        cost = total - without
        print(f"{rid:34s} {cost * 1000:6.1f} {cost / total:6.1%}  {screens(rid, base)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
