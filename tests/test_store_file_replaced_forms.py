"""A form open on a row when the store file is replaced by hand, saved twice: the first save
is refused (tests/test_store_file_replaced_ui.py) and the window takes up the new file; the
second met the row the new file holds under the same id, and the dialog asked as if another
window had changed it ("Now there: Skill “Theirs”", with "Save my changes"), which would
have written over a row of another store. It says the store was replaced and that the row
there is a different one, and offers no save over it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets import Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.conflict_fixtures import elsewhere
from tests.replaced_files import another_store, replace_by_hand, titles_at
from tests.replaced_files import skill as _skill
from tests.screen_text import screen_text
from tests.ui_harness import NO_IDLE_CHECK, app_on, fill, settle, settle_workers


def _on_skills(paths: DataPaths) -> Any:
    """The app on Skills, its toasts kept; the idle check runs when a test calls it."""
    return app_on(paths, "skills", notifications=True, watch_seconds=NO_IDLE_CHECK)


async def test_a_second_save_on_an_id_the_new_file_holds_says_it_is_another_row(
    opened_paths: DataPaths, db: Database, tmp_path: Path, empty_store_template: Path
) -> None:
    path = opened_paths.database
    assert _skill(db, "Mine") == 1
    db.close()
    other = another_store(tmp_path, empty_store_template, "Theirs")
    async with app_on(opened_paths, "skills", notifications=True, watch_seconds=NO_IDLE_CHECK) as (
        app,
        pilot,
        _pane,
    ):
        await settle(pilot)
        app._watch_tick()
        await pilot.press("e")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        replace_by_hand(path, other)
        await fill(pilot, title="Mine, renamed")
        await pilot.press("ctrl+s")  # refused: the file was replaced
        await settle_workers(pilot)
        assert app.screen is form
        await pilot.press("ctrl+s")
        await settle_workers(pilot)

        dialog = app.screen
        assert isinstance(dialog, ConflictScreen)
        question = str(dialog.query_one(".confirm-question", Static).render())
        assert question.startswith("The store file was replaced outside the app")
        assert "holds a different row here, not the one you were editing" in question
        said = screen_text(app)
        assert "Now there" not in said
        assert "changed in another window" not in said
        assert "Save my changes" not in said
        assert dialog.choices == ("as_new", "discard")
        await pilot.press("o")  # the key of "save mine over it" elsewhere does nothing here
        await settle_workers(pilot)
        assert titles_at(path) == ["Theirs"]

        # Saved as a new row of the new file: the other row is left as it is.
        await pilot.press("n")
        await settle_workers(pilot)
        assert not isinstance(app.screen, FormScreen)
        assert focus_problem(app) is None
    assert titles_at(path) == ["Theirs", "Mine, renamed"]  # "Theirs" was id 1 there too


async def test_a_form_opened_on_the_new_file_still_says_what_another_window_changed(
    opened_paths: DataPaths, db: Database, tmp_path: Path, empty_store_template: Path
) -> None:
    path = opened_paths.database
    _skill(db, "Mine")
    db.close()
    other = another_store(tmp_path, empty_store_template, "Theirs")
    async with app_on(opened_paths, "skills", notifications=True, watch_seconds=NO_IDLE_CHECK) as (
        app,
        pilot,
        _pane,
    ):
        await settle(pilot)
        app._watch_tick()
        replace_by_hand(path, other)
        app._watch_tick()  # the new file taken up before the form opens
        await settle_workers(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert str(app.screen.query_one("#field-title").value) == "Theirs"
        elsewhere(opened_paths, lambda other_window: _rename(other_window, "Theirs, moved on"))
        await fill(pilot, title="Theirs, mine")
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConflictScreen)
        assert dialog.choices == ("reload", "overwrite")
        assert "Now there: Skill “Theirs, moved on”." in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert focus_problem(app) is None


def _rename(db: Database, title: str) -> None:
    from sqlalchemy import text

    with db.write() as session:
        session.execute(text("UPDATE skill SET title = :t WHERE id = 1"), {"t": title})


async def test_a_row_the_new_file_does_not_hold_is_said_as_such(
    opened_paths: DataPaths, db: Database, tmp_path: Path, empty_store_template: Path
) -> None:
    path = opened_paths.database
    _skill(db, "Mine")
    db.close()
    other = another_store(tmp_path, empty_store_template)  # no skill at all
    async with _on_skills(opened_paths) as (app, pilot, _pane):
        await settle(pilot)
        app._watch_tick()
        await pilot.press("e")
        await settle(pilot)
        replace_by_hand(path, other)
        await fill(pilot, title="Mine, renamed")
        await pilot.press("ctrl+s")  # refused: the file was replaced
        await settle_workers(pilot)
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConflictScreen)
        question = str(dialog.query_one(".confirm-question", Static).render())
        assert question == (
            "The store file was replaced outside the app since this form opened, and the new "
            "one does not hold the row you were editing."
        )
        assert dialog.choices == ("as_new", "discard")
        await pilot.press("n")
        await settle_workers(pilot)
        assert focus_problem(app) is None
    assert titles_at(path) == ["Mine, renamed"]
