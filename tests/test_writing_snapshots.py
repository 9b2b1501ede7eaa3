"""How the screens a person writes long text in look at 60x20, the smallest terminal where
each keeps three lines to write in, its keys line and the key bar (80x24 and larger have
their own pictures elsewhere): a Recovery answer and a step of one's own with a long detail
(tests/test_answer_room.py), the application form's notes, the custom step form, the answer
bank's question form and a Reframe step. Update after an intended change with `pytest
tests/test_writing_snapshots.py --snapshot-update`, then open the SVGs and check them by eye.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import TextArea

from bounceback_tui.domain.recovery import StepKind
from bounceback_tui.domain.recovery_forms import CustomStepInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.reframe.record import RecordDraft
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services.reframe import save_draft
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.quiet import until_quiet
from tests.recovery_fixtures import add_rejection, step_by_key
from tests.test_answer_room import DETAIL

SIZE = (60, 20)
TYPED = ("First line", "enter", "Second line", "enter", "Third line")


async def _type(pilot: Any) -> None:
    for part in TYPED:
        await pilot.press(part) if part == "enter" else await pilot.press(*part)
    await until_quiet(pilot)


def _on_step(step_id: int) -> Any:
    async def run_before(pilot: Any) -> None:
        await pilot.press("3")
        await until_quiet(pilot)
        assert pilot.app.current_pane.select_step(step_id)
        await pilot.press("enter")
        await until_quiet(pilot)
        await _type(pilot)

    return run_before


def test_a_recovery_answer(snap_compare, opened_paths: DataPaths, db: Database) -> None:  # type: ignore[no-untyped-def]
    step = step_by_key(db, add_rejection(db), "reflect.prepared")
    assert step.id is not None
    app = BouncebackApp(opened_paths)
    assert snap_compare(app, run_before=_on_step(step.id), terminal_size=SIZE)


def test_a_step_of_ones_own_with_a_long_detail(  # type: ignore[no-untyped-def]
    snap_compare, opened_paths: DataPaths, db: Database
) -> None:
    data = CustomStepInput("Practise", "keep_going", StepKind.ANSWER, 3, DETAIL)
    step_id = step_service.add_custom_step(db, add_rejection(db), data).step.id
    app = BouncebackApp(opened_paths)
    assert snap_compare(app, run_before=_on_step(step_id), terminal_size=SIZE)


async def _into_box(pilot: Any, name: str) -> None:
    """Tab to the form's many-line box ``name`` and write in it."""
    for _ in range(40):
        focused = pilot.app.focused
        if isinstance(focused, TextArea) and focused.id == f"field-{name}":
            break
        await pilot.press("tab")
        await until_quiet(pilot)
    assert pilot.app.focused.id == f"field-{name}"
    await _type(pilot)


def test_the_application_forms_notes(snap_compare, opened_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Any) -> None:
        await pilot.press("2")
        await until_quiet(pilot)
        await pilot.press("a")
        await until_quiet(pilot)
        await _into_box(pilot, "notes")

    assert snap_compare(BouncebackApp(opened_paths), run_before=run_before, terminal_size=SIZE)


def test_the_custom_step_form(snap_compare, opened_paths: DataPaths, db: Database) -> None:  # type: ignore[no-untyped-def]
    add_rejection(db)

    async def run_before(pilot: Any) -> None:
        await pilot.press("3")
        await until_quiet(pilot)
        await pilot.press("enter")
        await until_quiet(pilot)
        await pilot.press("c")
        await until_quiet(pilot)
        await _into_box(pilot, "detail")

    assert snap_compare(BouncebackApp(opened_paths), run_before=run_before, terminal_size=SIZE)


def test_the_answer_bank_form(snap_compare, opened_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Any) -> None:
        await pilot.press("i")
        await until_quiet(pilot)
        await pilot.press("a")
        await until_quiet(pilot)
        await pilot.press(*"Tell me about a time you failed")
        await _into_box(pilot, "answer_given")

    assert snap_compare(BouncebackApp(opened_paths), run_before=run_before, terminal_size=SIZE)


def test_a_reframe_step(snap_compare, opened_paths: DataPaths, db: Database) -> None:  # type: ignore[no-untyped-def]
    save_draft(
        db,
        RecordDraft(
            situation="Final round at Lumen, a no by email.",
            thought="I always blow final rounds. They must think I'm a fraud.",
            traps=["overgeneralization", "mind_reading"],
            current_step=5,
        ),
    )

    async def run_before(pilot: Any) -> None:
        await pilot.press("4")
        await until_quiet(pilot)
        await pilot.press("enter")  # the draft resumes on "Evidence against"
        await until_quiet(pilot)
        await _type(pilot)

    assert snap_compare(BouncebackApp(opened_paths), run_before=run_before, terminal_size=SIZE)
