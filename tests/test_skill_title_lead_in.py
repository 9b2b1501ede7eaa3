"""A skill prefilled from a plan's answer is titled by the thing to learn, not by how the
person said they lacked it (a new user's walk, twentieth round): "I bluffed on SQL window
functions, so I should practise them." gave the title "I bluffed on SQL window functions",
with the whole sentence in both "Why it matters" and "Notes"."""

from __future__ import annotations

import pytest

from bounceback_tui.domain.skill_prefill import title_from


@pytest.mark.parametrize(
    ("answer", "title"),
    [
        ("I bluffed on SQL window functions, so I should practise them.", "SQL window functions"),
        ("I struggled with the STAR format.", "STAR format"),
        ("I was weak on Kubernetes networking", "Kubernetes networking"),
        ("I didn't know React hooks well enough.", "React hooks"),
        ("Need to practise system design", "System design"),
        ("I should practise explaining trade-offs.", "Explaining trade-offs"),
        # How feedback says it (tests/test_skill_from_feedback.py).
        ("They wanted more people leadership. Also SQL.", "People leadership"),
    ],
)
def test_the_lead_in_goes_and_the_thing_stays(answer: str, title: str) -> None:
    assert title_from(answer) == title


@pytest.mark.parametrize(
    ("answer", "title"),
    [
        # Any other opening keeps the clause whole, and one with nothing after it too.
        (
            "I rambled in the behavioural round, and never gave one.",
            "I rambled in the behavioural round",
        ),
        ("They wanted someone more senior.", "They wanted someone more senior"),
        ("I blanked.", "I blanked"),
        ("I struggled with it.", "I struggled with it"),
    ],
)
def test_other_openings_are_kept(answer: str, title: str) -> None:
    assert title_from(answer) == title
