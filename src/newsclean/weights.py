"""Fitted numbers for the boundary model; written by ``benchmarks/fit_segment.py``.

Only numbers live here (weights of a logistic model over the cues of
:data:`newsclean.cues.CUE_NAMES`, and the decoder's settings), never data.
Do not edit by hand: change the cues or the script, and run it again.
"""

from __future__ import annotations

WEIGHTS: dict[str, float] = {
    "bias": -5.7364,
    "near_cohesion": -10.6198,
    "pair_cohesion": -5.6748,
    "lead_seen_before": -2.8834,
    "lead_seen_after": 2.5262,
    "next_seen_before": -0.9873,
    "after_seen_before": -5.1971,
    "new_full_name": 0.1826,
    "known_name_continues": 0.4437,
    "known_title_ref": -0.8675,
    "unknown_title_ref": 0.5479,
    "caps_seen_before": -0.8343,
    "pronoun_opener": -0.2174,
    "connective_opener": -1.6276,
    "quote_opener": -2.5751,
    "added_opener": -0.8690,
    "lowercase_opener": -0.3791,
    "lead_perfect": 0.8174,
    "lead_weekday": 0.5990,
    "lead_one_sentence": 1.6827,
    "lead_words": 3.3509,
    "lead_longer_than_next": 0.9012,
    "prev_words": 3.0417,
    "prev_sentence_end": -1.4074,
    "prev_clause_end": -2.2208,
    "prev_quote_end": 0.8284,
    "title_before_lead": 0.5039,
    "after_title": -0.9449,
    "end_block_before": 0.8804,
    "start_block_before": 1.1708,
    "caption_before": 0.3654,
    "caption_repeats_ahead": -0.8197,
    "lead_no_tokens": -0.9437,
    "unspaced_script": 1.0217,
}
"""Log-odds weight of each cue (missing cues weigh 0)."""

OFFSET = 0.5
"""Added to every gap's log-odds before decoding (moves precision against recall)."""

SHORT_PENALTY: tuple[float, ...] = (0.0, 0.0, 1.0, 0.0)
"""Penalty for an article of 0, 1, 2, 3 content lines (longer ones pay nothing)."""
