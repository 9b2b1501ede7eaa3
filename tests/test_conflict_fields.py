"""The application form's conflict dialog names the fields another window changed (ux10,
item 4). It said "Northwind Analytics was changed in another window." and asked the person
to choose between their edits and a version they could not see."""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.conflict import ConflictScreen, changed_there, now_there
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.built_stores import store_once
from tests.pipeline_fixtures import small_pipeline
from tests.screen_text import assert_terminal_safe, screen_text
from tests.ui_harness import app_on, settle
from tests.written_over import another_program_writes

# Another window's text: whatever it holds, the dialog names the field, never shows markup.
THEIRS = "[b]theirs[/b] [link=x]y [ \U0001f680 " + "x" * 10_000


def _write_elsewhere(paths: DataPaths, app_id: int) -> None:
    """What another window (or the command line) saves: the store's triggers move the
    version on, whoever writes."""
    another_program_writes(
        paths,
        "UPDATE application SET notes = ?, location = ?, next_follow_up = '2026-03-30' "
        "WHERE id = ?",
        (THEIRS, "Lisbon", app_id),
    )


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_the_conflict_dialog_names_the_fields_changed_there(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    ids = store_once(opened_paths, small_pipeline)
    app_id = ids["Northwind Analytics"]
    async with app_on(opened_paths, "pipeline", size=size) as (app, pilot, pane):
        assert pane.select_item(app_id)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        form = app.screen
        form.query_one("#field-notes").text = "Mine"
        _write_elsewhere(opened_paths, app_id)
        await pilot.press("ctrl+s")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConflictScreen)
        expected = "Changed there: Next follow-up, Location and Notes. You changed Notes too."
        assert dialog.changed_there == expected
        details = [str(line.render()) for line in dialog.query(".confirm-detail")]
        assert expected in details
        assert "Changed there:" in screen_text(app)  # drawn, inside the dialog's box
        # And what they read there now, quoted literally, a long text by its start.
        # Cut at a word's end (the shared cut): the 10,000 x's are one word.
        quoted = "[b]theirs[/b] [link=x]y [ \U0001f680…"
        assert dialog.now_there == (
            f"Now there: Next follow-up “2026-03-30”; Location “Lisbon”; Notes “{quoted}”."
        )
        assert dialog.now_there in details
        assert "[b]theirs[/b]" in screen_text(app)  # shown as typed, never as markup
        assert_terminal_safe(app)
        # Escape: back to the form, the person's text still there, and focused.
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is form
        assert form.query_one("#field-notes").text == "Mine"
        assert focus_problem(app) is None


def test_the_sentence_names_only_what_differs_in_the_forms_order() -> None:
    labels = [("company", "Company"), ("stage", "Stage"), ("notes", "Notes")]
    read = {"company": "Acme", "stage": "applied", "notes": ""}
    assert changed_there(labels, read, dict(read), dict(read)) == (
        "No field of this form changed there."
    )
    now = {**read, "notes": "x", "stage": "screening"}
    assert changed_there(labels, read, now, read) == "Changed there: Stage and Notes."
    typed = {**read, "stage": "offer", "company": "Acme Ltd"}
    assert changed_there(labels, read, now, typed) == (
        "Changed there: Stage and Notes. You changed Stage too."
    )


def test_what_the_fields_read_there_now_is_quoted_a_dropdown_by_its_label() -> None:
    """A stranger's walk (sixteenth round): "Changed there: Role" did not say what Role read
    now, so Reload or Save mine was chosen blind."""
    from bounceback_tui.ui.kit.form import FieldSpec

    fields = [
        FieldSpec("role", "Role"),
        FieldSpec("stage", "Stage", kind="select", options=(("Screening", "screening"),)),
        FieldSpec("location", "Location"),
        FieldSpec("notes", "Notes", kind="multiline"),
    ]
    read = {"role": "Analyst", "stage": "applied", "location": "Lisbon", "notes": ""}
    assert now_there(fields, read, dict(read)) == ""
    now = {**read, "role": "Senior Analyst", "stage": "screening", "location": ""}
    now["notes"] = "Called them.\nThey  will write back by Friday, with the panel's notes."
    assert now_there(fields, read, now) == (
        "Now there: Role “Senior Analyst”; Stage “Screening”; Location empty; "
        "Notes “Called them. They will write back by…”."
    )


async def test_save_mine_keeps_what_only_the_other_window_changed(
    opened_paths: DataPaths,
) -> None:
    """A stranger's two windows on one application: this one changed the Notes, the other
    the Notes, the Location and the next follow-up. "Save mine over it" (o) saved every
    field as this form had read it, so the Location and the follow-up went back and the
    other window's changes to them were lost without a word. Mine wins where I typed; the
    rest keeps theirs."""
    ids = store_once(opened_paths, small_pipeline)
    app_id = ids["Northwind Analytics"]
    async with app_on(opened_paths, "pipeline") as (app, pilot, pane):
        assert pane.select_item(app_id)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        app.screen.query_one("#field-notes").text = "Mine"
        _write_elsewhere(opened_paths, app_id)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConflictScreen)
        await pilot.press("o")
        await settle(pilot)
        assert not isinstance(app.screen, (ConflictScreen, FormScreen))
    with sqlite3.connect(opened_paths.database) as conn:
        saved = conn.execute(
            "SELECT notes, location, next_follow_up FROM application WHERE id = ?", (app_id,)
        ).fetchone()
    assert saved == ("Mine", "Lisbon", "2026-03-30")
