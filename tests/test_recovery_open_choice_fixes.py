"""What a tester found in Recovery's question for a no whose company has an application open
in the Pipeline (ui/recovery/open_choice.py, services/open_applications.py): Enter marked the
wrong one when the role typed was a word of the right one's; a save after another window
marked it rejected recorded a second, separate no; the question did not fit 80x12."""

from __future__ import annotations

import sqlite3

from textual.widgets import OptionList

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.pipeline_fixtures import add
from tests.ui_harness import app_on, fill, settle


def _rows(paths: DataPaths, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(paths.database) as conn:
        return conn.execute(sql).fetchall()


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


def _highlighted(app) -> str:  # type: ignore[no-untyped-def]
    options = app.screen.query_one(OptionList)
    assert options.highlighted is not None
    return str(options.get_option_at_index(options.highlighted).prompt)


def _lumen(db: Database) -> tuple[int, int, int]:
    """Two Data Analyst applications, then a Machine Learning Engineer one, changed last."""
    first = add(db, "Lumen Health", "Data Analyst", date_applied="2026-03-02")
    second = add(db, "Lumen Health", "Data Analyst", date_applied="2026-03-09")
    ml = add(db, "Lumen Health", "Machine Learning Engineer", date_applied="2026-03-11")
    return first, second, ml


async def test_a_role_typed_as_one_word_of_it_comes_first(
    opened_paths: DataPaths, db: Database
) -> None:
    first, second, ml = _lumen(db)
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, _pane):
        await settle(pilot, 3)
        await _record(pilot, "Lumen Health", "analyst")
        choices = _choices(app)
        assert "Data Analyst" in choices[0] and "Data Analyst" in choices[1], choices
        assert "Machine Learning" in choices[2], choices
        assert "Data Analyst" in _highlighted(app)
        await pilot.press("enter")
        await settle(pilot, 4)
        marked = _rows(opened_paths, "SELECT application_id FROM rejection")
        assert len(marked) == 1 and marked[0][0] in (first, second), marked
        stages = dict(_rows(opened_paths, "SELECT id, stage FROM application"))
        assert stages[ml] == "applied"
        assert focus_problem(app) is None


async def test_none_close_among_several_enter_marks_no_application(
    opened_paths: DataPaths, db: Database
) -> None:
    _lumen(db)
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, _pane):
        await settle(pilot, 3)
        await _record(pilot, "Lumen Health", "Product Designer")
        assert "A different one" in _highlighted(app), _highlighted(app)
        await pilot.press("enter")
        await settle(pilot, 4)
        assert _rows(opened_paths, "SELECT application_id FROM rejection") == [(None,)]
        assert _rows(opened_paths, "SELECT DISTINCT stage FROM application") == [("applied",)]
        assert focus_problem(app) is None


def _rejected_elsewhere(db: Database, app_id: int) -> None:
    """Another window's Pipeline `x` on it: Rejected, its no and plan (through the services)."""
    from bounceback_tui.domain.applications import RejectionInput
    from bounceback_tui.domain.stages import Stage
    from bounceback_tui.services import pipeline_moves
    from tests.pipeline_fixtures import D as day

    details = RejectionInput(day(2026, 3, 16), Stage.APPLIED)
    pipeline_moves.mark_rejected(db, app_id, details)


def _said(app) -> str:  # type: ignore[no-untyped-def]
    from textual.widgets import Static

    return " ".join(str(s.render()) for s in app.screen.query(Static))


async def test_marked_in_another_window_asks_again_and_records_nothing_unasked(
    opened_paths: DataPaths, db: Database
) -> None:
    from bounceback_tui.ui.recovery.open_choice import OpenApplicationChoiceScreen

    cinder = add(db, "Cinder Audio", "Engineering Manager", date_applied="2026-03-05")
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, _pane):
        await settle(pilot, 3)
        await _record(pilot, "cinder audio", "engineering manager")
        assert isinstance(app.screen, OpenApplicationChoiceScreen)
        _rejected_elsewhere(db, cinder)
        await pilot.press("enter")
        await settle(pilot, 4)
        assert isinstance(app.screen, OpenApplicationChoiceScreen)  # asked again, as it is now
        assert (
            "Cinder Audio (Engineering Manager) was marked rejected in another window, with "
            "its plan." in _said(app)
        ), _said(app)
        assert not any("Cinder Audio (" in choice for choice in _choices(app)), _choices(app)
        assert len(_rows(opened_paths, "SELECT id FROM rejection")) == 1
        assert focus_problem(app) is None

        await pilot.press("escape")  # keep editing, then save again: asked again, not saved
        await settle(pilot, 3)
        assert isinstance(app.screen, FormScreen)
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert isinstance(app.screen, OpenApplicationChoiceScreen)
        assert len(_rows(opened_paths, "SELECT id FROM rejection")) == 1

        await pilot.press("enter")  # the person chooses a separate no after all
        await settle(pilot, 4)
        assert not isinstance(app.screen, FormScreen)
        assert _rows(opened_paths, "SELECT application_id FROM rejection ORDER BY id") == [
            (cinder,),
            (None,),
        ]
        assert focus_problem(app) is None


async def test_after_a_conflict_the_others_still_open_are_offered(
    opened_paths: DataPaths, db: Database
) -> None:
    from bounceback_tui.ui.recovery.open_choice import OpenApplicationChoiceScreen

    first, second, _ml = _lumen(db)
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, _pane):
        await settle(pilot, 3)
        await _record(pilot, "Lumen Health", "Data Analyst")
        shown = app.screen.found[0].id
        other = second if shown == first else first
        _rejected_elsewhere(db, shown)
        await pilot.press("enter")
        await settle(pilot, 4)
        assert isinstance(app.screen, OpenApplicationChoiceScreen)
        assert app.screen.found[0].id == other
        assert shown not in [found.id for found in app.screen.found]
        await pilot.press("enter")
        await settle(pilot, 4)
        assert sorted(_rows(opened_paths, "SELECT application_id FROM rejection")) == sorted(
            [(first,), (second,)]
        )
        assert focus_problem(app) is None


async def test_the_question_fits_80x12_and_its_list_scrolls_to_the_highlight(
    opened_paths: DataPaths, db: Database
) -> None:
    from textual.widgets import Static

    _lumen(db)
    add(db, "Lumen Health", "Data Engineer", date_applied="2026-03-12")
    async with app_on(opened_paths, "recovery", size=(80, 12)) as (app, pilot, _pane):
        await settle(pilot, 3)
        await _record(pilot, "Lumen Health", "analyst")
        screen = app.screen
        box = screen.query_one("#open-choice-box")
        keys = screen.query_one(".form-keys", Static)
        options = screen.query_one(OptionList)
        assert box.region.y >= 0 and box.region.bottom <= 12, box.region
        # The key line is inside the box, above its border, in sight.
        assert keys.region.height == 1 and keys.region.bottom <= box.region.bottom - 1, (
            keys.region,
            box.region,
        )
        assert options.region.bottom <= keys.region.y, (options.region, keys.region)
        for _ in range(options.option_count):
            top = options.scroll_offset.y
            assert options.highlighted is not None
            assert top <= options.highlighted < top + options.size.height, (
                options.highlighted,
                top,
                options.size,
            )
            await pilot.press("down")
            await settle(pilot, 2)
        await pilot.press("G")  # the last: the separate no, in sight
        await settle(pilot, 2)
        assert options.highlighted == options.option_count - 1
        top = options.scroll_offset.y
        assert top <= options.highlighted < top + options.size.height
        assert focus_problem(app) is None


async def test_two_rows_of_one_role_are_told_apart_by_the_day_applied(
    opened_paths: DataPaths, db: Database
) -> None:
    from textual.widgets import Static

    _lumen(db)
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, _pane):
        await settle(pilot, 3)
        await pilot.press("n")
        await settle(pilot, 3)
        intro = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert "For a no that is not in the Pipeline" not in intro, intro
        await pilot.press("escape")
        await settle(pilot, 3)
        await _record(pilot, "Lumen Health", "Data Analyst")
        first, second = _choices(app)[:2]
        assert first != second, (first, second)
        assert {first, second} == {
            "Lumen Health (Data Analyst)  Applied 2 Mar",
            "Lumen Health (Data Analyst)  Applied 9 Mar",
        }, (first, second)
