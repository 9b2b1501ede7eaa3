"""How a feedback request was sent, as the plan says it.

The note used to read "asked 3 Dec by {asked_via}": fine for "email", but "by recruiter",
"by linkedin", "by in person", and, after "mark as sent" stored the person it went to,
"asked 3 Dec by Sam Rivera <sam@x.example>", which reads as if Sam asked.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from bounceback_tui.domain.asked_how import asked_how
from bounceback_tui.domain.recovery import StepKind
from bounceback_tui.services.recovery_views import StepView
from bounceback_tui.ui.recovery.steps import step_meta


@pytest.mark.parametrize(
    ("asked_via", "said"),
    [
        ("email", " by email"),
        ("phone", " by phone"),
        ("recruiter", " through the recruiter"),
        ("linkedin", " on LinkedIn"),
        ("in person", " in person"),
        ("other", ""),
        ("", ""),
        ("Sam Rivera <sam@x.example>", " (sent to Sam Rivera <sam@x.example>)"),
    ],
)
def test_each_way_of_asking_reads_as_a_sentence(asked_via: str, said: str) -> None:
    assert asked_how(asked_via) == said


def test_the_step_note_names_who_it_was_sent_to(monkeypatch: pytest.MonkeyPatch) -> None:
    today = date(2026, 3, 16)
    fields = {name: None for name in StepView.__dataclass_fields__}
    step = StepView(**fields)  # type: ignore[arg-type]
    step = replace(
        step,
        kind=StepKind.FEEDBACK,
        title="Ask for feedback",
        offset_days=3,
        done_at=datetime(2026, 3, 15, 10, 0),
        asked_on=date(2026, 3, 15),
        asked_via="Sam Rivera <sam@x.example>",
        answer="",
        answer_draft=None,
        nothing_came_back=False,
    )
    notes = [text for text, _style in step_meta(step, date(2026, 3, 12), today)]
    assert "asked 15 Mar (sent to Sam Rivera <sam@x.example>)" in notes
