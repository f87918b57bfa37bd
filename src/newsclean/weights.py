"""Fitted numbers for the boundary model; written by ``benchmarks/fit_segment.py``.

Only numbers live here (weights of a logistic model over the cues of
:data:`newsclean.cues.CUE_NAMES`, and the decoder's settings), never data.
Do not edit by hand: change the cues or the script, and run it again.
"""

from __future__ import annotations

WEIGHTS: dict[str, float] = {
    "bias": -9.5288,
    "near_cohesion": -6.4003,
    "pair_cohesion": -4.3676,
    "lead_seen_before": 0.0019,
    "lead_seen_after": 1.6247,
    "next_seen_before": -1.7959,
    "after_seen_before": -3.5571,
    "new_full_name": 0.1822,
    "known_name_continues": 0.6070,
    "known_title_ref": -1.0978,
    "unknown_title_ref": 0.4816,
    "caps_seen_before": -0.4520,
    "pronoun_opener": -0.2614,
    "connective_opener": -1.3244,
    "quote_opener": -2.5478,
    "added_opener": -0.8827,
    "lowercase_opener": -0.9571,
    "lead_perfect": 1.1128,
    "lead_weekday": 1.1813,
    "lead_one_sentence": 1.9175,
    "lead_words": 3.3345,
    "lead_longer_than_next": 1.0436,
    "prev_words": 2.3895,
    "prev_sentence_end": -1.2533,
    "prev_clause_end": -1.7875,
    "prev_quote_end": 1.1562,
    "title_before_lead": 0.5182,
    "after_title": -0.8430,
    "end_block_before": 0.9921,
    "start_block_before": 1.7215,
    "caption_before": -0.1237,
    "caption_repeats_ahead": -0.5560,
    "lead_no_tokens": -0.4908,
    "unspaced_script": 2.1752,
    "no_near_overlap": 1.0917,
    "lead_mostly_new": 1.2830,
    "ahead_mostly_new": 0.9396,
    "near_cohesion_depth": 1.1194,
    "lead_seen_before_depth": 0.6283,
    "after_seen_before_depth": -0.2516,
    "caps_seen_before_depth": 0.6251,
}
"""Log-odds weight of each cue (missing cues weigh 0)."""

OFFSET = 0.5
"""Added to every gap's log-odds before decoding (moves precision against recall)."""

SHORT_PENALTY: tuple[float, ...] = (0.0, 0.0, 1.0, 0.0)
"""Penalty for an article of 0, 1, 2, 3 content lines (longer ones pay nothing)."""
