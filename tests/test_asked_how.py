"""How a feedback request was sent, as the plan says it.

The note used to read "asked 3 Dec by {asked_via}": fine for "email", but "by recruiter",
"by linkedin", "by in person", and, after "mark as sent" stored the person it went to,
"asked 3 Dec by Sam Rivera <sam@x.example>", which reads as if Sam asked. Then anything not
one of the form's ways read as a person: "through the recruiter", stored by an import or a
test, read "(sent to through the recruiter)".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from bounceback_tui.domain.asked_how import asked_how
from bounceback_tui.domain.recovery import StepKind
from bounceback_tui.domain.recovery_forms import FeedbackRequestInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services.recovery_views import StepView
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.recovery.steps import step_meta
from tests.recovery_fixtures import add_rejection, recorded_on_its_day, step_by_key
from tests.screen_text import flat, screen_lines, screen_text
from tests.ui_harness import app_on, settle


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


@pytest.mark.parametrize(
    ("asked_via", "said"),
    [
        # how it went, in someone's own words (an import, another tracker, a test)
        ("through the recruiter", " through the recruiter"),  # the form's own way
        ("Through the recruiter", " through the recruiter"),
        ("Email", " by email"),
        ("Phone call", " by phone"),
        ("Another way", ""),
        ("by email", " (sent by email)"),
        ("via a referral", " (sent via a referral)"),
        ("Over the phone", " (sent over the phone)"),
        ("on LinkedIn", " (sent on LinkedIn)"),
        # to whom
        ("Jane", " (sent to Jane)"),
        ("to Jane", " (sent to Jane)"),
        ("sent to Jane", " (sent to Jane)"),
        ("To Minh Anh", " (sent to To Minh Anh)"),  # a name, not "to"
        ("  Jane\n  Doe ", " (sent to Jane Doe)"),  # on one line
        ("[b]Jane[/b]", " (sent to [b]Jane[/b])"),
        ("sent", ""),
        ("   ", ""),
    ],
)
def test_any_stored_way_reads_as_a_sentence(asked_via: str, said: str) -> None:
    assert asked_how(asked_via) == said


ASK = "Ask the recruiter or hiring manager for feedback"


@pytest.mark.parametrize(
    ("asked_via", "said"),
    [
        ("through the recruiter", "through the recruiter"),
        ("by email", "(sent by email)"),
        ("[b]Jane[/b] 🚀", "(sent to [b]Jane[/b] 🚀)"),
    ],
)
async def test_recovery_reads_a_stored_way_as_a_sentence(
    opened_paths: DataPaths, db: Database, asked_via: str, said: str
) -> None:
    rid = add_rejection(db, "Contoso", rejected_on=date(2026, 3, 1), reason="No reason given.")
    recorded_on_its_day(db, rid)
    ask = step_by_key(db, rid, "feedback.ask")
    step_service.save_feedback_request(
        db, ask.id, FeedbackRequestInput(date(2026, 3, 4), asked_via)
    )
    async with app_on(opened_paths, "recovery", size=(160, 40)) as (app, pilot, pane):
        assert pane.select_step(ask.id)
        await settle(pilot)
        line = next(row for row in screen_lines(app) if ASK in row)
        assert f"asked 4 Mar {said}" in line, line
        shown = flat(screen_text(app))
        assert f"Asked on 4 Mar {said}." in shown, shown
        assert "sent to through" not in shown and "sent to by" not in shown
        assert focus_problem(app) is None
