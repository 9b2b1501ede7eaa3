"""Two windows on one store (two apps in one test, or an app and the command line).

Window A opens a form, window B (or `restore`) changes the record under it: A's save
must not overwrite what B did. A window that keeps focus still shows B's new rows.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from typing import Any

import pytest
from textual.widgets import Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.pipeline.dialogs import PlanOfferScreen
from bounceback_tui.ui.pipeline.pane import PipelinePane
from tests.built_stores import store_once
from tests.helpers import usual_keys
from tests.pipeline_fixtures import add, rows, small_pipeline, stage_of, timeline

SIZE = (110, 32)
# Long enough that no idle check runs unless a test asks for one.
NO_IDLE_CHECK = 3600.0


@pytest.fixture
def ids(opened_paths: DataPaths) -> dict[str, int]:
    return store_once(opened_paths, small_pipeline)


@asynccontextmanager
async def window(paths: DataPaths, watch_seconds: float = NO_IDLE_CHECK) -> AsyncIterator[Any]:
    """One app on the Pipeline, as a person would have it open."""
    app = BouncebackApp(paths)
    app.watch_seconds = watch_seconds
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        yield app, pilot, app.query_one(PipelinePane)


async def settle(pilot: Any) -> None:
    await pilot.pause()
    await pilot.pause()


async def open_edit(app: BouncebackApp, pilot: Any, pane: PipelinePane, app_id: int) -> None:
    assert pane.select_item(app_id)
    await pilot.pause()
    await pilot.press("e")
    await settle(pilot)
    assert isinstance(app.screen, FormScreen)


def field(app: BouncebackApp, name: str) -> Any:
    return app.screen.query_one(f"#field-{name}")


def form_message(app: BouncebackApp) -> str:
    return str(app.screen.query_one("#form-message", Static).render())


def notes_of(paths: DataPaths, app_id: int) -> str:
    return rows(paths.database, "SELECT notes FROM application WHERE id = ?", app_id)[0][0]


async def test_a_stale_form_does_not_undo_a_move_made_in_another_window(
    opened_paths: DataPaths, ids: dict[str, int]
) -> None:
    app_id = ids["Bluefin Labs"]  # in Applied
    before = timeline(opened_paths.database, app_id)
    async with window(opened_paths) as (a, pilot_a, pane_a):
        await open_edit(a, pilot_a, pane_a, app_id)
        field(a, "notes").text = "Mine, typed in window A"
        async with window(opened_paths) as (_b, pilot_b, pane_b):
            assert pane_b.select_item(app_id)
            await pilot_b.press("right_square_bracket")
            await pilot_b.pause()
        assert stage_of(opened_paths.database, app_id) == "screening"
        await pilot_a.press("ctrl+s")
        await settle(pilot_a)
        # A is told what happened, and nothing of A's was written.
        assert isinstance(a.screen, ConflictScreen)
        assert (
            a.screen.what_changed
            == "Bluefin Labs (Backend Engineer) was moved to Screening in another window."
        )
        assert stage_of(opened_paths.database, app_id) == "screening"
        assert notes_of(opened_paths, app_id) != "Mine, typed in window A"
        assert timeline(opened_paths.database, app_id) == [
            *before,
            ("applied", "screening", "2026-03-16"),
        ]
        # Reload: the form now shows the stored record, Screening included; saving it
        # keeps B's move.
        await pilot_a.press("r")
        await settle(pilot_a)
        assert isinstance(a.screen, FormScreen)
        assert field(a, "stage").value == "screening"
        assert "Reloaded" in form_message(a)
        field(a, "location").value = "Lisbon"
        await pilot_a.press("ctrl+s")
        await settle(pilot_a)
        assert not isinstance(a.screen, FormScreen)
        assert a.focused is not None
    assert stage_of(opened_paths.database, app_id) == "screening"
    assert rows(opened_paths.database, "SELECT location FROM application WHERE id = ?", app_id) == [
        ("Lisbon",)
    ]
    assert len(timeline(opened_paths.database, app_id)) == len(before) + 1


async def test_a_stale_form_keeps_a_rejection_made_in_another_window(
    opened_paths: DataPaths, ids: dict[str, int]
) -> None:
    app_id = ids["Bluefin Labs"]
    async with window(opened_paths) as (a, pilot_a, pane_a):
        await open_edit(a, pilot_a, pane_a, app_id)
        async with window(opened_paths) as (b, pilot_b, pane_b):
            assert pane_b.select_item(app_id)
            await pilot_b.press("x")
            await pilot_b.pause()
            await pilot_b.press("ctrl+s")
            await pilot_b.pause()
            assert isinstance(b.screen, PlanOfferScreen)
            await pilot_b.press("n")
            await pilot_b.pause()
        # A saves the form it opened before the rejection, untouched.
        await pilot_a.press("ctrl+s")
        await settle(pilot_a)
        assert isinstance(a.screen, ConflictScreen)
        assert a.screen.what_changed == (
            "Bluefin Labs (Backend Engineer) was marked rejected in another window."
        )
        await pilot_a.press("escape")  # back to the form, then away
        await pilot_a.pause()
        assert isinstance(a.screen, FormScreen)
        await pilot_a.press("escape")
        await pilot_a.pause()
    # The application, its rejection and the rejection's plan agree.
    assert stage_of(opened_paths.database, app_id) == "rejected"
    (rejection_id,) = rows(
        opened_paths.database, "SELECT id FROM rejection WHERE application_id = ?", app_id
    )[0]
    steps = rows(
        opened_paths.database, "SELECT count(*) FROM recovery_step WHERE rejection_id = ?",
        rejection_id,
    )[0][0]  # fmt: skip
    assert steps > 0
    assert timeline(opened_paths.database, app_id)[-1][:2] == ("applied", "rejected")


async def test_save_mine_over_it_is_the_persons_choice(
    opened_paths: DataPaths, ids: dict[str, int]
) -> None:
    app_id = ids["Bluefin Labs"]
    async with window(opened_paths) as (a, pilot_a, pane_a):
        await open_edit(a, pilot_a, pane_a, app_id)
        field(a, "notes").text = "Mine wins"
        async with window(opened_paths) as (b, pilot_b, pane_b):
            assert pane_b.select_item(app_id)
            await pilot_b.press("f")
            await pilot_b.pause()
            await pilot_b.press("ctrl+s")
            await pilot_b.pause()
            assert not isinstance(b.screen, FormScreen)
        await pilot_a.press("ctrl+s")
        await settle(pilot_a)
        assert isinstance(a.screen, ConflictScreen)
        assert (
            a.screen.what_changed
            == "Bluefin Labs (Backend Engineer) was changed in another window."
        )
        await pilot_a.press("o")
        await settle(pilot_a)
        assert not isinstance(a.screen, (FormScreen, ConflictScreen))
    assert notes_of(opened_paths, app_id) == "Mine wins"


async def test_a_move_on_a_stale_row_is_refused_and_the_pane_refreshes(
    opened_paths: DataPaths, ids: dict[str, int]
) -> None:
    app_id = ids["Bluefin Labs"]
    async with window(opened_paths) as (a, pilot_a, pane_a):
        assert pane_a.select_item(app_id)
        await pilot_a.pause()
        async with window(opened_paths) as (_b, pilot_b, pane_b):
            assert pane_b.select_item(app_id)
            await pilot_b.press("right_square_bracket")
            await pilot_b.pause()
        # A still shows Applied and presses ] meaning "on to Screening".
        assert pane_a.selected_row is not None and pane_a.selected_row.stage.value == "applied"
        await pilot_a.press("right_square_bracket")
        await pilot_a.pause()
        assert stage_of(opened_paths.database, app_id) == "screening"  # not Interviewing
        messages = [str(n.message) for n in a._notifications]
        assert any("moved to Screening in another window" in m for m in messages)
        # The pane shows the store as it is now, the cursor still on that row.
        row = pane_a.selected_row
        assert row is not None and row.id == app_id and row.stage.value == "screening"
        assert a.focused is pane_a.table


async def test_a_form_whose_record_was_deleted_can_save_it_as_new(
    opened_paths: DataPaths, ids: dict[str, int]
) -> None:
    app_id = ids["Bluefin Labs"]
    async with window(opened_paths) as (a, pilot_a, pane_a):
        await open_edit(a, pilot_a, pane_a, app_id)
        field(a, "notes").text = "Keep what I typed"
        async with window(opened_paths) as (b, pilot_b, pane_b):
            assert pane_b.select_item(app_id)
            await pilot_b.press("d")
            await pilot_b.pause()
            assert isinstance(b.screen, ConfirmScreen)
            await pilot_b.press("y")
            await pilot_b.pause()
        assert rows(opened_paths.database, "SELECT id FROM application WHERE id = ?", app_id) == []
        await pilot_a.press("ctrl+s")
        await settle(pilot_a)
        assert isinstance(a.screen, ConflictScreen) and a.screen.deleted
        assert a.screen.what_changed == (
            "Bluefin Labs (Backend Engineer) is no longer there; another window may have "
            "deleted it."
        )
        await pilot_a.press("n")
        await settle(pilot_a)
        assert not isinstance(a.screen, (FormScreen, ConflictScreen))
        row = pane_a.selected_row
        assert row is not None and row.company == "Bluefin Labs" and row.id != app_id
    new = rows(
        opened_paths.database, "SELECT id, notes FROM application WHERE company = 'Bluefin Labs'"
    )
    assert len(new) == 1 and new[0][0] > app_id and new[0][1] == "Keep what I typed"


async def test_a_delete_under_an_open_form_can_be_discarded(
    opened_paths: DataPaths, ids: dict[str, int]
) -> None:
    app_id = ids["Bluefin Labs"]
    async with window(opened_paths) as (a, pilot_a, pane_a):
        await open_edit(a, pilot_a, pane_a, app_id)
        async with window(opened_paths) as (_b, pilot_b, pane_b):
            assert pane_b.select_item(app_id)
            await pilot_b.press("d", "y")
            await pilot_b.pause()
        await pilot_a.press("ctrl+s")
        await settle(pilot_a)
        assert isinstance(a.screen, ConflictScreen)
        await pilot_a.press("d")
        await settle(pilot_a)
        assert not isinstance(a.screen, (FormScreen, ConflictScreen))
        assert app_id not in {row.id for row in pane_a.rows}
        assert a.focused is not None
    assert rows(opened_paths.database, "SELECT count(*) FROM application WHERE id = ?", app_id) == [
        (0,)
    ]


def _cli(paths: DataPaths, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bounceback_tui", "--data-dir", str(paths.data_dir), *args],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
        check=False,
    )


async def test_a_restore_under_an_open_form_is_not_overwritten(
    opened_paths: DataPaths, ids: dict[str, int]
) -> None:
    app_id = ids["Bluefin Labs"]
    db = Database(opened_paths.database)
    from bounceback_tui.domain.applications import validate_application
    from bounceback_tui.services.applications import update_application
    from tests.conftest import FIXED_TODAY

    backed_up = _cli(opened_paths, "backup")
    assert backed_up.returncode == 0, backed_up.stderr
    # After the backup the person changes their mind about the notes...
    update_application(
        db,
        app_id,
        validate_application({"company": "Bluefin Labs", "role": "Engineer", "notes": "Later"},
                             FIXED_TODAY),
    )  # fmt: skip
    db.dispose()
    async with window(opened_paths) as (a, pilot_a, pane_a):
        await open_edit(a, pilot_a, pane_a, app_id)
        field(a, "notes").text = "Typed before the restore"
        # ...and restores the backup from the command line while a form is open.
        restored = _cli(opened_paths, "restore", "latest", "--yes")
        assert restored.returncode == 0, restored.stderr
        restored_notes = notes_of(opened_paths, app_id)
        await pilot_a.press("ctrl+s")
        await settle(pilot_a)
        assert isinstance(a.screen, ConflictScreen)
        # Said to be the restore's doing, not another window's (tests/test_form_after_restore.py).
        assert a.screen.what_changed.startswith("The store was restored from a backup (")
        assert "another window" not in a.screen.what_changed
        await pilot_a.press("escape")
        await pilot_a.pause()
        await pilot_a.press("escape")
        await pilot_a.pause()
    assert notes_of(opened_paths, app_id) == restored_notes != "Typed before the restore"


async def test_an_idle_window_shows_the_other_windows_new_rows(
    opened_paths: DataPaths, ids: dict[str, int]
) -> None:
    async with window(opened_paths, watch_seconds=0.2) as (a, pilot_a, pane_a):
        first = pane_a.selected_row
        assert first is not None
        assert a.focused is pane_a.table
        async with window(opened_paths) as (b, pilot_b, _pane_b):
            await pilot_b.press("a")
            await settle(pilot_b)
            field(b, "company").value = "Made in window B"
            field(b, "role").value = "Engineer"
            await pilot_b.press("ctrl+s")
            await pilot_b.pause()
        # No key, no focus event: A notices on its own, keeping its cursor and focus.
        for _ in range(100):  # up to 10 s on a loaded machine; usually under half a second
            await pilot_a.pause(0.1)
            if "Made in window B" in {row.company for row in pane_a.rows}:
                break
        assert "Made in window B" in {row.company for row in pane_a.rows}
        row = pane_a.selected_row
        assert row is not None and row.id == first.id
        assert a.focused is pane_a.table


# --- Recovery and Skills --------------------------------------------------------------------


@asynccontextmanager
async def on_pane(paths: DataPaths, key: str) -> AsyncIterator[Any]:
    app = BouncebackApp(paths)
    app.watch_seconds = NO_IDLE_CHECK
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(key)
        await pilot.pause()
        yield app, pilot, app.current_pane


async def test_a_tick_on_a_step_ticked_in_another_window_is_refused(
    opened_paths: DataPaths,
) -> None:
    from tests.recovery_fixtures import add_rejection, steps_of

    db = Database(opened_paths.database)
    rejection_id = add_rejection(db)
    step = steps_of(db, rejection_id)[0]
    db.dispose()
    async with on_pane(opened_paths, "3") as (a, pilot_a, pane_a):
        assert pane_a.select_step(step.id)
        await pilot_a.pause()
        async with on_pane(opened_paths, "3") as (_b, pilot_b, pane_b):
            assert pane_b.select_step(step.id)
            await pilot_b.press("space")  # B ticks it
            await pilot_b.pause()
        # A still shows it open: its space names the version it showed, so it is refused
        # (and says why) instead of acting on a step that is no longer what A sees.
        await pilot_a.press("space")
        await pilot_a.pause()
        messages = [str(n.message) for n in a._notifications]
        assert any("changed in another window" in m for m in messages)
        assert pane_a.step_list.highlighted_step is not None
        assert pane_a.step_list.highlighted_step.id == step.id
        assert pane_a.step_list.highlighted_step.done_at is not None  # shows B's tick now
        assert a.focused is not None
    done = rows(opened_paths.database, "SELECT done_at FROM recovery_step WHERE id = ?", step.id)
    assert done[0][0] is not None  # B's tick stands


async def test_a_skill_edit_form_does_not_overwrite_a_move_made_elsewhere(
    opened_paths: DataPaths,
) -> None:
    from bounceback_tui.services import skills as skill_service
    from tests.skills_fixtures import seed_backlog

    db = Database(opened_paths.database)
    skill_id = seed_backlog(db).skills["design"]
    db.dispose()
    async with on_pane(opened_paths, "5") as (a, pilot_a, pane_a):
        assert pane_a.select_item(skill_id)
        await pilot_a.pause()
        await pilot_a.press("e")
        await settle(pilot_a)
        assert isinstance(a.screen, FormScreen)
        field(a, "title").value = "Mine"
        async with on_pane(opened_paths, "5") as (_b, pilot_b, pane_b):
            assert pane_b.select_item(skill_id)
            await pilot_b.pause()
            await pilot_b.press("right_square_bracket")  # B: todo -> doing
            await pilot_b.pause()
        await pilot_a.press("ctrl+s")
        await settle(pilot_a)
        assert isinstance(a.screen, ConflictScreen)
        assert a.screen.what_changed == "“System design interviews” was changed in another window."
        await pilot_a.press("o")  # save mine over it: the title, and B's move stays
        await settle(pilot_a)
        assert not isinstance(a.screen, (FormScreen, ConflictScreen))
    db = Database(opened_paths.database)
    try:
        now = skill_service.get_skill(db, skill_id)
    finally:
        db.dispose()
    assert (now.title, now.status.value) == ("Mine", "doing")


# --- Writing on a recovery step, and a thought record, under another window's change --------


async def _answer_screen(paths: DataPaths, pilot: Any, app: BouncebackApp, step_id: int) -> Any:
    from bounceback_tui.ui.recovery.answer import AnswerScreen

    assert app.current_pane.select_step(step_id)
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(app.screen, AnswerScreen)
    return app.screen


def answer_text(app: BouncebackApp) -> str:
    from textual.widgets import TextArea

    return app.screen.query_one("#answer-text", TextArea).text


def answer_of(paths: DataPaths, step_id: int) -> tuple[str, str | None]:
    return rows(
        paths.database, "SELECT answer, answer_draft FROM recovery_step WHERE id = ?", step_id
    )[0]


@pytest.fixture
def answer_step(opened_paths: DataPaths) -> int:
    """A reflection step (kind "answer") of a fresh plan."""
    from tests.recovery_fixtures import add_rejection, step_by_key

    db = Database(opened_paths.database)
    try:
        step = step_by_key(db, add_rejection(db), "reflect.prepared")
    finally:
        db.dispose()
    assert step.id is not None
    return step.id


async def test_an_answer_saved_elsewhere_goes_through_the_conflict_dialog_reload(
    opened_paths: DataPaths, answer_step: int
) -> None:
    from bounceback_tui.services import recovery_steps as step_service
    from bounceback_tui.ui.recovery.answer import AnswerScreen

    other = Database(opened_paths.database)
    async with on_pane(opened_paths, "3") as (a, pilot, _pane):
        screen = await _answer_screen(opened_paths, pilot, a, answer_step)
        step_service.save_answer(other, answer_step, "Theirs, from window B")
        await pilot.press(*"Mine")
        await pilot.press("ctrl+s")
        await settle(pilot)
        # The same choice every form offers, not a line of text to decode.
        assert isinstance(a.screen, ConflictScreen)
        assert "changed in another window" in a.screen.what_changed
        assert answer_of(opened_paths, answer_step) == ("Theirs, from window B", None)
        await pilot.press("r")  # reload: drop what I typed, show what is saved now
        await settle(pilot)
        assert a.screen is screen
        assert answer_text(a) == "Theirs, from window B"
        assert a.focused is screen.query_one("#answer-text")
        # Its next save names what it reloaded, so it goes through.
        await pilot.press("end", *", and mine")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(a.screen, (AnswerScreen, ConflictScreen))
    other.dispose()
    assert answer_of(opened_paths, answer_step) == ("Theirs, from window B, and mine", None)


async def test_an_answer_can_be_saved_over_a_change_elsewhere(
    opened_paths: DataPaths, answer_step: int
) -> None:
    from bounceback_tui.services import recovery_steps as step_service
    from bounceback_tui.ui.recovery.answer import AnswerScreen

    other = Database(opened_paths.database)
    async with on_pane(opened_paths, "3") as (a, pilot, _pane):
        await _answer_screen(opened_paths, pilot, a, answer_step)
        step_service.save_answer(other, answer_step, "Theirs")
        await pilot.press(*"Mine")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(a.screen, ConflictScreen)
        await pilot.press("o")
        await settle(pilot)
        assert not isinstance(a.screen, (AnswerScreen, ConflictScreen))
        assert a.focused is not None
    other.dispose()
    assert answer_of(opened_paths, answer_step) == ("Mine", None)


async def test_mine_over_it_asks_once_when_the_step_changed_again_before_the_dialog(
    opened_paths: DataPaths, answer_step: int
) -> None:
    # A's draft met B's change while A typed (the line said so); B then saved again; A's
    # Escape asked with the first change's version, so "save mine over it" met B's second
    # save and the same dialog came back (a stranger's walk with two windows).
    from bounceback_tui.services import recovery_steps as step_service
    from bounceback_tui.ui.recovery.answer import DRAFT_DELAY, AnswerScreen

    other = Database(opened_paths.database)
    async with on_pane(opened_paths, "3") as (a, pilot, _pane):
        await _answer_screen(opened_paths, pilot, a, answer_step)
        step_service.save_draft(other, answer_step, "Theirs, half typed")
        await pilot.press(*"Mine")
        await pilot.pause(DRAFT_DELAY + 0.4)  # A's draft: refused, and said
        assert "Not kept" in str(a.screen.query_one("#answer-status", Static).render())
        step_service.save_answer(other, answer_step, "Theirs")
        await pilot.press("escape")  # leaving asks, as the line said
        await settle(pilot)
        assert isinstance(a.screen, ConflictScreen)
        assert "Theirs" in a.screen.changed_there  # what is there now, not the half-typed
        await pilot.press("o")
        await settle(pilot)
        assert not isinstance(a.screen, (AnswerScreen, ConflictScreen)), a.screen
        assert a.focused is not None
    other.dispose()
    assert answer_of(opened_paths, answer_step) == ("Theirs", "Mine")  # A's kept as the draft


async def test_an_answer_whose_plan_was_deleted_elsewhere_offers_only_discard(
    opened_paths: DataPaths, answer_step: int
) -> None:
    from bounceback_tui.services import recovery as recovery_service
    from bounceback_tui.ui.recovery.answer import AnswerScreen

    other = Database(opened_paths.database)
    async with on_pane(opened_paths, "3") as (a, pilot, pane):
        screen = await _answer_screen(opened_paths, pilot, a, answer_step)
        (rejection_id,) = rows(opened_paths.database, "SELECT id FROM rejection")[0]
        recovery_service.delete_rejection(other, rejection_id, key_of=usual_keys)
        await pilot.press(*"Mine")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(a.screen, ConflictScreen)
        assert a.screen.deleted
        # A step has nowhere to go without its plan: no "save as new".
        assert a.screen.choices == ("discard",)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(a.screen, ConflictScreen)
        await pilot.press("escape")  # back to the text, to copy it
        await settle(pilot)
        assert a.screen is screen and answer_text(a) == "Mine"
        await pilot.press("escape")  # closing asks again rather than dropping it unsaid
        await settle(pilot)
        assert isinstance(a.screen, ConflictScreen)
        await pilot.press("d")
        await settle(pilot)
        assert not isinstance(a.screen, (AnswerScreen, ConflictScreen))
        assert a.focused is not None and pane.has_focus_within
    other.dispose()
    assert rows(opened_paths.database, "SELECT count(*) FROM recovery_step") == [(0,)]


async def test_a_draft_that_meets_a_change_elsewhere_never_takes_the_keys_being_typed(
    opened_paths: DataPaths, answer_step: int
) -> None:
    """The draft is kept after a pause in typing; if that write meets another window's
    change, no dialog opens under the person's fingers: the letters they go on typing
    (r, o, d are the dialog's keys) stay in the text, and ctrl+s asks."""
    from bounceback_tui.services import recovery_steps as step_service

    other = Database(opened_paths.database)
    async with on_pane(opened_paths, "3") as (a, pilot, _pane):
        screen = await _answer_screen(opened_paths, pilot, a, answer_step)
        step_service.save_answer(other, answer_step, "Theirs")
        await pilot.press(*"Mine")
        await pilot.pause(1.0)  # the draft's write: refused
        await pilot.press(*" road")
        await settle(pilot)
        assert a.screen is screen
        assert answer_text(a) == "Mine road"
        assert answer_of(opened_paths, answer_step) == ("Theirs", None)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(a.screen, ConflictScreen)
        await pilot.press("o")
        await settle(pilot)
    other.dispose()
    assert answer_of(opened_paths, answer_step) == ("Mine road", None)


async def test_a_thought_record_deleted_elsewhere_is_discarded_back_to_the_list(
    opened_paths: DataPaths,
) -> None:
    from bounceback_tui.services import reframe as reframe_service
    from tests.reframe_fixtures import add_record

    db = Database(opened_paths.database)
    record_id = add_record(db, "They must think I'm a fraud")
    kept_id = add_record(db, "Nobody will hire me")
    async with on_pane(opened_paths, "4") as (a, pilot, pane):
        assert pane.select_item(record_id)
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert pane.mode == "exercise"
        reframe_service.delete_record(db, record_id)  # window B
        await pilot.press(*"Friday")
        await pilot.pause(1.0)  # the autosave: refused, and said on the page
        assert not isinstance(a.screen, ConflictScreen)
        message = str(a.screen.query_one("#rf-message", Static).render())
        assert message.startswith("Not saved:")
        assert "no longer there; another window may have deleted it" in message
        # No dialog opened under the typing: these keys are text, not "save as new" (the
        # space) or "discard".
        await pilot.press(*" dr")
        await settle(pilot)
        assert not isinstance(a.screen, ConflictScreen)
        assert pane.mode == "exercise"
        assert [row.id for row in reframe_service.history(db)] == [kept_id]  # none as new
        await pilot.press("escape")  # leaving asks
        await settle(pilot)
        assert isinstance(a.screen, ConflictScreen)
        assert a.screen.deleted
        await pilot.press("d")
        await settle(pilot)
        # Discard: back to the list as it is now; nothing is saved again.
        assert not isinstance(a.screen, ConflictScreen)
        assert pane.mode == "history"
        assert [row.id for row in pane._rows] == [kept_id]
        assert a.focused is pane.table
        await pilot.pause(1.0)
    assert [row.id for row in reframe_service.history(db)] == [kept_id]
    db.dispose()


async def test_a_thought_record_brought_back_elsewhere_is_not_saved_as_a_second_copy(
    opened_paths: DataPaths,
) -> None:
    # As with an application: the record is back (B's undo) by the time A chooses "save
    # as new", so A's text is saved onto it. It reads as A read it (only its version moved
    # on), so no second dialog asks A to choose between their text and the same one.
    from bounceback_tui.services import reframe as reframe_service
    from tests.reframe_fixtures import add_record

    db = Database(opened_paths.database)
    record_id = add_record(db, "They must think I'm a fraud")
    async with on_pane(opened_paths, "4") as (a, pilot, pane):
        assert pane.select_item(record_id)
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        deleted = reframe_service.delete_record(db, record_id)  # window B
        await pilot.press(*"Friday")
        await pilot.pause(1.0)  # the autosave: refused
        await pilot.press("escape")  # leaving asks
        await settle(pilot)
        assert isinstance(a.screen, ConflictScreen) and a.screen.deleted
        reframe_service.restore_record(db, deleted)  # B's undo
        await pilot.press("n")
        await pilot.pause(1.0)
        assert not isinstance(a.screen, ConflictScreen)
        assert a.focused is not None
    assert [row.id for row in reframe_service.history(db)] == [record_id]
    saved = reframe_service.load_record(db, record_id)
    assert "Friday" in saved.situation + saved.thought
    db.dispose()


# --- A window's own writes are not news to it -----------------------------------------------


def count_full_reads(pane: Any) -> list[int]:
    """Counts the pane's whole re-reads (not the few rows an action re-reads after itself)."""
    reads: list[int] = []
    whole = pane.reload

    def counted(*args: Any, **kwargs: Any) -> Any:
        reads.append(1)
        return whole(*args, **kwargs)

    pane.reload = counted
    return reads


async def test_a_windows_own_moves_do_not_make_its_idle_check_read_everything_again(
    opened_paths: DataPaths, ids: dict[str, int]
) -> None:
    app_id = ids["Bluefin Labs"]
    async with window(opened_paths, watch_seconds=0.1) as (_a, pilot, pane):
        reads = count_full_reads(pane)
        assert pane.select_item(app_id)
        await pilot.pause()
        await pilot.press("right_square_bracket")  # re-reads that one row
        await pilot.pause(1.0)  # about ten idle checks
        assert stage_of(opened_paths.database, app_id) == "screening"
        assert reads == []
        # Another window's write is still news: the next idle check reads it.
        other = Database(opened_paths.database)
        try:
            add(other, "Made in window B", "Engineer")
        finally:
            other.dispose()
        for _ in range(50):
            await pilot.pause(0.1)
            if reads:
                break
        assert reads and "Made in window B" in {row.company for row in pane.rows}
        assert pane.selected_row is not None and pane.selected_row.id == app_id


async def test_own_priority_moves_and_ticks_are_not_news_either(opened_paths: DataPaths) -> None:
    from tests.recovery_fixtures import add_rejection, steps_of
    from tests.skills_fixtures import seed_backlog

    db = Database(opened_paths.database)
    skill_id = seed_backlog(db).skills["resume"]
    step = steps_of(db, add_rejection(db))[0]
    db.dispose()
    app = BouncebackApp(opened_paths)
    app.watch_seconds = 0.1
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("5")
        await pilot.pause()
        skills_pane = app.current_pane
        reads = count_full_reads(skills_pane)
        assert skills_pane.select_item(skill_id)
        await pilot.pause()
        await pilot.press("K")  # swaps two items and re-reads those two
        await pilot.pause(1.0)
        assert reads == []
        await pilot.press("3")
        await pilot.pause()
        recovery_pane = app.current_pane
        reads = count_full_reads(recovery_pane)
        assert recovery_pane.select_step(step.id)
        await pilot.pause()
        await pilot.press("space")  # ticks it and redraws that step
        await pilot.pause(1.0)
        assert reads == []
    done = rows(opened_paths.database, "SELECT done_at FROM recovery_step WHERE id = ?", step.id)
    assert done[0][0] is not None


async def test_save_as_new_after_the_delete_was_undone_elsewhere_makes_no_second_copy(
    opened_paths: DataPaths, ids: dict[str, int]
) -> None:
    # The "no longer there" dialog is open in A while B undoes its delete: "save as new"
    # then saved a second Bluefin Labs beside the one brought back (a stranger's walk).
    app_id = ids["Bluefin Labs"]
    async with window(opened_paths) as (a, pilot_a, pane_a):
        await open_edit(a, pilot_a, pane_a, app_id)
        field(a, "notes").text = "Keep what I typed"
        async with window(opened_paths) as (_b, pilot_b, pane_b):
            assert pane_b.select_item(app_id)
            await pilot_b.press("d", "y")
            await settle(pilot_b)
            await pilot_a.press("ctrl+s")
            await settle(pilot_a)
            assert isinstance(a.screen, ConflictScreen) and a.screen.deleted
            await pilot_b.press("u")
            await settle(pilot_b)
            assert rows(opened_paths.database, "SELECT id FROM application WHERE id = ?", app_id)
        await pilot_a.press("n")
        await settle(pilot_a)
        # It is there again, under a newer version: the person is asked as for any change.
        assert isinstance(a.screen, ConflictScreen) and not a.screen.deleted
        assert a.screen.changed_there == "No field of this form changed there."
        await pilot_a.press("o")
        await settle(pilot_a)
        assert not isinstance(a.screen, (FormScreen, ConflictScreen)), a.screen
        assert a.focused is not None
        row = pane_a.selected_row
        assert row is not None and row.id == app_id
    saved = rows(
        opened_paths.database, "SELECT id, notes FROM application WHERE company = 'Bluefin Labs'"
    )
    assert saved == [(app_id, "Keep what I typed")]


async def test_a_company_renamed_in_the_pipeline_reads_the_same_in_recovery_and_today(
    opened_paths: DataPaths, ids: dict[str, int]
) -> None:
    # The rejection kept the old name: Recovery's list and Today's next step read "Bluefin
    # Labs" after the application was renamed (a stranger's walk), until the app restarted.
    from bounceback_tui.domain.applications import RejectionInput
    from bounceback_tui.domain.stages import Stage
    from bounceback_tui.services import pipeline_moves
    from tests.screen_text import screen_lines

    db = Database(opened_paths.database)
    pipeline_moves.mark_rejected(
        db,
        ids["Bluefin Labs"],
        RejectionInput(rejected_on=date(2026, 3, 14), stage_reached=Stage.APPLIED),
    )
    db.dispose()
    async with window(opened_paths) as (a, pilot, pane):
        for key in ("3", "1", "2"):  # Recovery and Today built, showing the old name
            await pilot.press(key)
            await settle(pilot)
        await open_edit(a, pilot, pane, ids["Bluefin Labs"])
        field(a, "company").value = "Bluefin Health"
        await pilot.press("ctrl+s")
        await settle(pilot)
        for key in ("3", "1"):
            await pilot.press(key)
            await settle(pilot)
            text = "\n".join(screen_lines(a))
            assert "Bluefin Health" in text and "Bluefin Labs" not in text, (key, text)
