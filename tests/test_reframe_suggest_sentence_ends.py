"""The traps step never matches or quotes a cue across a sentence end (. ! ? or a line break).

A stranger's walk: the thought "No company will hire me. No company will hire me." showed
"'me. / No company' → Mind reading" at step 4, a run of words the model weighed carried over
the full stop into the next sentence. The cue lexicon did the same ("will … No" for "They will
call me. No news yet."). The suggester reads each sentence on its own now (reframe/suggest.py);
the lexicon's totals the shipped model was built on are read as before. Every sentence here was
written for this test.
"""

from __future__ import annotations

import pytest

from bounceback_tui.reframe import suggest_traps

# The Arabic "؟" and the full-width "？" end a sentence too (domain.text.SENTENCE_ENDS, which
# the answer bank's questions from a note share: a newcomer's walk).
_ENDS = (".", "!", "?", "\n", "\u2026", "\u061f", "\uff1f")


def test_the_same_sentence_twice_is_read_as_the_sentence_once() -> None:
    found = suggest_traps("No company will hire me. No company will hire me.")
    assert [(s.key, s.cues) for s in found] == [
        ("fortune_telling", ("No company will",)),
        ("overgeneralization", ("No company",)),
    ]


def test_a_lexicon_cue_does_not_reach_into_the_next_sentence() -> None:
    found = {s.key: s.cues for s in suggest_traps("I am sure they think. I am useless")}
    assert found.get("mind_reading", ("they think",))[0] == "they think"
    # "They will call me" may well foretell; "will" and the next sentence's "No" do not.
    found = {s.key: s.cues for s in suggest_traps("They will call me. No news yet.")}
    assert "will … No" not in found.get("fortune_telling", ())


@pytest.mark.parametrize(
    "thought",
    [
        "No company will hire me. No company will hire me.",
        "Nobody wants me. Nobody wants me.",
        "Nobody wants me! Nobody wants me?",
        "I am sure they think. I am useless",
        "I should. Have sent it sooner.",
        "I will be fine. Never mind the rest.",
        "They all hate me\nI always fail",
        # An ellipsis as phones and Macs type "...": the last stranger's "'me down… No
        # company' → Blaming".
        "They turned me down\u2026 No company wants someone like me",
        "Why would anyone hire me\u061f No company will hire me.",
        "Why would anyone hire me\uff1f No company will hire me.",
    ],
)
def test_no_quoted_cue_holds_a_sentence_end(thought: str) -> None:
    found = suggest_traps(thought)
    assert found, thought  # something is suggested, so the cues are looked at
    for suggestion in found:
        for cue in suggestion.cues:
            assert not any(end in cue for end in _ENDS), (thought, suggestion)
