"""Set-ups the panes' undo tests share: one record for each pane that deletes with `u` to
follow, the pane (or the answer bank, opened from Today with `i`) open on it, and a form
saved as a person saves it."""

from __future__ import annotations

from typing import Any

from bounceback_tui.domain.answers import validate_question
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.domain.skills import validate_skill
from bounceback_tui.services import answers, people_edits
from bounceback_tui.services.skills import add_skill
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.recovery_fixtures import add_rejection
from tests.reframe_fixtures import add_record
from tests.ui_harness import fill, settle, settle_workers


def a_skill(db: Database) -> int:
    return add_skill(db, validate_skill({"title": "SQL joins", "kind": "technical"}, FIXED_TODAY))


def a_no(db: Database) -> int:
    return add_rejection(db, company="Vantage Civic")


def a_thought(db: Database) -> int:
    return add_record(db, "I go blank on data questions.")


def a_person(db: Database) -> int:
    return people_edits.add_contact(db, validate_contact({"name": "Kenji Tanaka"}, FIXED_TODAY))


def a_question(db: Database) -> int:
    return answers.add_question(db, validate_question({"question": "Why this company?"})).id


async def the_list(app: Any, pilot: Any, pane: str | None, shown: Any) -> Any:
    """What lists the record: ``shown`` (the pane ``app_on`` opened), or for ``pane`` None
    the answer bank, opened from Today with `i`."""
    if pane is not None:
        return shown
    from bounceback_tui.ui.answers.bank import AnswerBankScreen

    await pilot.press("i")
    await settle_workers(pilot)
    assert isinstance(app.screen, AnswerBankScreen)
    return app.screen


async def save_form(pilot: Any, **values: str) -> None:
    """The open form filled with ``values`` and saved with ctrl+s: it closes."""
    from bounceback_tui.ui.kit.form import FormScreen

    assert isinstance(pilot.app.screen, FormScreen)
    await fill(pilot, **values)
    await pilot.press("ctrl+s")
    await settle(pilot, 4)
    assert not isinstance(pilot.app.screen, FormScreen)


async def schedule_on_people(pilot: Any, pane: Any, person: int, application: int) -> None:
    """On People: ``person`` selected, `n`, an interview for ``application`` on Wed 18 Mar
    at 10:00 London, saved."""
    assert pane.select_item(person)
    await settle(pilot)
    await pilot.press("n")
    await settle(pilot, 3)
    await save_form(
        pilot, application=str(application), day="2026-03-18", at="10:00", zone="Europe/London"
    )


async def delete_first_log_line(app: Any, pilot: Any, pane: Any, person: int) -> None:
    """On People: ``person`` selected, `I`, the first line of the log, `d`, `y`."""
    from bounceback_tui.ui.kit.confirm import ConfirmScreen
    from bounceback_tui.ui.people.interview_choice import InterviewChoiceScreen
    from tests.screen_text import screen_text

    assert pane.select_item(person)
    await settle(pilot)
    await pilot.press("I")
    await settle(pilot)
    assert isinstance(app.screen, InterviewChoiceScreen), screen_text(app)
    await pilot.press("d")
    await settle(pilot)
    assert isinstance(app.screen, ConfirmScreen), screen_text(app)
    await pilot.press("y")
    await settle(pilot, 4)
