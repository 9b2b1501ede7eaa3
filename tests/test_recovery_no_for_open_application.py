"""Recovery's `n` for a company with an application open in the Pipeline asks whether the no
is for it (a tester's walk): it recorded a separate no and plan without a word, and the
Pipeline kept Northwind (Platform Engineer) in Applied with its follow-up while Today said
"Northwind said no today". Now the save asks: mark that one rejected (as the Pipeline's `x`:
Rejected, its follow-up gone, the no linked to it, one plan), record a separate no, or keep
editing; `u` takes the marking back whole (services/open_applications.py,
ui/recovery/new_rejection.py, ui/recovery/open_choice.py)."""

from __future__ import annotations

import sqlite3

from textual.widgets import OptionList, Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.helpers import usual_keys
from tests.pipeline_fixtures import D as day
from tests.pipeline_fixtures import add, put
from tests.ui_harness import app_on, fill, keep_toasts, settle


def _rows(paths: DataPaths, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(paths.database) as conn:
        return conn.execute(sql).fetchall()


def _northwind(db: Database, company: str = "Northwind", role: str = "Platform Engineer") -> int:
    """Applied on 10 Mar, a follow-up set for 20 Mar (the frozen today is Mon 16 Mar)."""
    return add(db, company, role, date_applied="2026-03-10", next_follow_up="2026-03-20")


def _application(paths: DataPaths, app_id: int) -> tuple[object, ...]:
    return _rows(paths, f"SELECT stage, next_follow_up FROM application WHERE id = {app_id}")[0]


async def _record(pilot, company: str, role: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("n")
    await settle(pilot, 3)
    assert isinstance(pilot.app.screen, FormScreen)
    await fill(pilot, company=company, role=role)
    await pilot.press("ctrl+s")
    await settle(pilot, 3)


def _choices(app) -> list[str]:  # type: ignore[no-untyped-def]
    options = app.screen.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_n_for_an_open_application_marks_that_one_rejected(
    opened_paths: DataPaths, db: Database
) -> None:
    app_id = _northwind(db)
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, pane):
        said = keep_toasts(app)
        await settle(pilot, 3)
        await _record(pilot, "Northwind", "Platform Engineer")
        question = " ".join(str(s.content) for s in app.screen.query(Static))
        assert "Northwind (Platform Engineer) is open in the Pipeline." in question, question
        assert _choices(app)[0].startswith("Northwind (Platform Engineer)  Applied")
        assert "Applied 10 Mar, follow-up 20 Mar" in _choices(app)[0]
        assert "a separate no" in _choices(app)[-1]
        assert focus_problem(app) is None
        await pilot.press("enter")
        await settle(pilot, 4)
        assert not isinstance(app.screen, FormScreen)
        assert _application(opened_paths, app_id) == ("rejected", None)
        assert _rows(opened_paths, "SELECT application_id, company, role FROM rejection") == [
            (app_id, "Northwind", "Platform Engineer")
        ]
        plans = _rows(opened_paths, "SELECT DISTINCT rejection_id FROM recovery_step")
        assert len(plans) == 1
        timeline = _rows(opened_paths, "SELECT to_stage FROM stage_change ORDER BY id")
        assert timeline[-1] == ("rejected",)
        assert said[-1].startswith(
            "Northwind (Platform Engineer) is marked rejected in the Pipeline; its follow-up is "
            "cleared. A plan for it is ready."
        ), said
        assert said[-1].endswith("u takes it away."), said
        assert app.focused is pane.step_list
        assert focus_problem(app) is None

        await pilot.press("u")  # all of it, in one go
        await settle(pilot, 4)
        assert _application(opened_paths, app_id) == ("applied", "2026-03-20")
        assert _rows(opened_paths, "SELECT id FROM rejection") == []
        assert _rows(opened_paths, "SELECT id FROM recovery_step") == []
        assert _rows(opened_paths, "SELECT to_stage FROM stage_change") == timeline[:-1]
        assert said[-1] == (
            "Taken back: the no from Northwind (Platform Engineer) is removed. Northwind "
            "(Platform Engineer) is back in Applied in the Pipeline. Its follow-up is back on "
            "20 Mar."
        ), said
        assert focus_problem(app) is None


async def test_a_separate_no_still_works(opened_paths: DataPaths, db: Database) -> None:
    app_id = _northwind(db)
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, pane):
        await settle(pilot, 3)
        await _record(pilot, "northwind", "Platform Engineer")
        assert "A different one: record a separate no" in _choices(app)[-1]
        await pilot.press("s")
        await settle(pilot, 4)
        assert not isinstance(app.screen, FormScreen)
        assert _application(opened_paths, app_id) == ("applied", "2026-03-20")
        assert _rows(opened_paths, "SELECT application_id, company FROM rejection") == [
            (None, "northwind")
        ]
        assert app.focused is pane.step_list
        assert focus_problem(app) is None


async def test_escape_keeps_editing_with_nothing_saved(
    opened_paths: DataPaths, db: Database
) -> None:
    app_id = _northwind(db)
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, _pane):
        await settle(pilot, 3)
        await _record(pilot, "Northwind", "Platform Engineer")
        await pilot.press("escape")
        await settle(pilot, 3)
        assert isinstance(app.screen, FormScreen)
        assert app.screen.focused is not None
        assert focus_problem(app) is None
        assert _rows(opened_paths, "SELECT id FROM rejection") == []
        assert _application(opened_paths, app_id) == ("applied", "2026-03-20")
        message = str(app.screen.query_one("#form-message", Static).content)
        assert message.startswith("Not saved yet"), message


async def test_several_roles_the_one_typed_first_and_the_person_picks(
    opened_paths: DataPaths, db: Database
) -> None:
    platform = _northwind(db)
    analyst = add(db, "Northwind", "Data Analyst", date_applied="2026-03-12")
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, _pane):
        await settle(pilot, 3)
        # Case, spaces and accents aside, it is the same company; a typo in the role.
        await _record(pilot, "  NÖRTHWIND ", "Platfrom Engineer")
        choices = _choices(app)
        assert len(choices) == 3, choices
        assert choices[0].startswith("Northwind (Platform Engineer)  Applied")
        assert choices[1].startswith("Northwind (Data Analyst)  Applied")
        await pilot.press("down")
        await pilot.press("enter")  # the other one, after all
        await settle(pilot, 4)
        assert _application(opened_paths, analyst)[0] == "rejected"
        assert _application(opened_paths, platform) == ("applied", "2026-03-20")
        assert _rows(opened_paths, "SELECT application_id FROM rejection") == [(analyst,)]
        assert focus_problem(app) is None


async def test_a_closed_application_is_not_asked_about(
    opened_paths: DataPaths, db: Database
) -> None:
    put(db, "Northwind", [("applied", day(2026, 3, 1)), ("ghosted", day(2026, 3, 12))])
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, _pane):
        await settle(pilot, 3)
        await _record(pilot, "Northwind", "Engineer")
        assert not isinstance(app.screen, FormScreen)  # saved at once, as before
        assert _rows(opened_paths, "SELECT application_id FROM rejection") == [(None,)]


async def test_hostile_names_are_shown_as_typed_and_matched(
    opened_paths: DataPaths, db: Database
) -> None:
    company, role = "[b]Zürich[/b] Labs\\", "[red]Engineer $x"
    app_id = add(db, company, role, date_applied="2026-03-10")
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, _pane):
        await settle(pilot, 3)
        await _record(pilot, "[B]zurich[/B] labs\\", role)
        assert _choices(app)[0].startswith(f"{company} ({role})  Applied"), _choices(app)
        await pilot.press("enter")
        await settle(pilot, 4)
        assert _rows(opened_paths, "SELECT application_id, company, role FROM rejection") == [
            (app_id, company, role)
        ]
        assert focus_problem(app) is None


def test_a_name_of_symbols_alone_matches_itself_only(db: Database) -> None:
    from bounceback_tui.services.open_applications import open_at_company

    _northwind(db, "🙂", "Engineer")
    assert [a.company for a in open_at_company(db, "🙂", "Engineer")] == ["🙂"]
    assert open_at_company(db, "🙃", "Engineer") == []
    assert open_at_company(db, "Northwind", "Engineer") == []


def test_u_leaves_a_marking_changed_since_whole(db: Database, opened_paths: DataPaths) -> None:
    """A step ticked since, or the application moved on in the Pipeline: `u` changes nothing
    and says why (the no stays, and so does the application)."""
    from bounceback_tui.domain.recovery_forms import validate_rejection
    from bounceback_tui.domain.stages import Stage
    from bounceback_tui.errors import BouncebackError
    from bounceback_tui.services import open_applications, pipeline_moves
    from bounceback_tui.services.recovery_steps import set_step_done
    from tests.recovery_fixtures import steps_of

    app_id = _northwind(db)
    data = validate_rejection(
        {"company": "Northwind", "role": "x", "rejected_on": "today"}, day(2026, 3, 16)
    )
    marked = open_applications.mark_open_rejected(db, app_id, data, expected_version=None)
    assert marked.rejection.application_id == app_id
    set_step_done(db, steps_of(db, marked.rejection.id)[0].id, True)
    try:
        open_applications.take_back_marked(db, marked, usual_keys)
    except BouncebackError as exc:
        said = str(exc)
    else:
        raise AssertionError("taken back over a tick")
    assert said == (
        "The no from Northwind (Platform Engineer) has changed since you recorded it, so it "
        "stays, and Northwind (Platform Engineer) stays rejected in the Pipeline."
    )
    assert _application(opened_paths, app_id) == ("rejected", None)
    assert len(_rows(opened_paths, "SELECT id FROM rejection")) == 1

    other = _northwind(db, "Fabrikam")
    marked = open_applications.mark_open_rejected(db, other, data, expected_version=None)
    pipeline_moves.move_stage(db, other, Stage.APPLIED)  # out of Rejected
    try:
        open_applications.can_take_back_marked(db, marked, usual_keys)
    except BouncebackError as exc:
        said = str(exc)
    assert said.startswith("Fabrikam (Platform Engineer) has changed in the Pipeline"), said
