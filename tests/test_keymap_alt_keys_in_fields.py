"""A key given with alt runs its binding from a text field; it is not typed there.

A power user's keymap had `"form.save" = "alt+s"`. In the New application form, with
"Foo Bar" typed in Company, alt+s left the form open and the field read "Foo Bars": Textual's
text fields type the letter of alt and a letter, so the key never reached the form's save
(it worked only once focus was on a dropdown). A key given with alt to a binding heard in the
field (the form's, the writing screen's, the pane's behind a filter) now runs that binding
and types nothing; alt and a letter no binding has still types the letter, as before.
"""

from __future__ import annotations

import pytest
from sqlmodel import select
from textual import events
from textual.widgets import TextArea

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.settings import save_setting
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.recovery.answer import AnswerScreen
from bounceback_tui.ui.recovery.expressive import ExpressiveWritingScreen
from tests.recovery_fixtures import add_rejection, step_by_key
from tests.ui_harness import app_on, settle


def _settings(paths: DataPaths, text: str) -> None:
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(text, encoding="utf-8")


def _alt(letter: str) -> events.Key:
    """alt and ``letter`` as a terminal sends it (ESC and the letter): Textual reads it as
    the key alt+letter with the letter for its character (Pilot's ``press`` gives none)."""
    return events.Key(f"alt+{letter}", letter)


def _saved(db: Database) -> list[tuple[str, str]]:
    with db.read() as session:
        return sorted((a.company, a.role) for a in session.exec(select(Application)).all())


async def _new_application(pilot, app) -> FormScreen:  # type: ignore[no-untyped-def]
    await app.workers.wait_for_complete()  # the keymap read and checked
    await pilot.press("a")
    await settle(pilot, 4)
    form = app.screen
    assert isinstance(form, FormScreen)
    await pilot.press(*"Foo Bar")  # the cursor starts in Company
    await pilot.press("tab", *"Analyst")
    await settle(pilot)
    return form


async def test_alt_s_given_to_save_saves_the_form_and_types_nothing(
    opened_paths: DataPaths, db: Database
) -> None:
    _settings(opened_paths, '[keymap]\n"form.save" = "alt+s"\n')
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        form = await _new_application(pilot, app)
        company = form.query_one("#field-company")
        app.post_message(_alt("s"))
        await settle(pilot, 4)
        assert getattr(company, "value", None) == "Foo Bar"
        assert not isinstance(app.screen, FormScreen)
        assert _saved(db) == [("Foo Bar", "Analyst")]


async def test_ctrl_s_still_saves_with_the_usual_keys(
    opened_paths: DataPaths, db: Database
) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await _new_application(pilot, app)
        await pilot.press("ctrl+s")
        await settle(pilot, 4)
        assert not isinstance(app.screen, FormScreen)
        assert _saved(db) == [("Foo Bar", "Analyst")]


async def test_alt_and_a_letter_no_binding_has_is_still_typed(
    opened_paths: DataPaths, db: Database
) -> None:
    _settings(opened_paths, '[keymap]\n"form.save" = "alt+s"\n')
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        form = await _new_application(pilot, app)
        app.post_message(_alt("x"))
        await settle(pilot, 3)
        assert app.screen is form
        assert getattr(form.query_one("#field-role"), "value", None) == "Analystx"
        assert _saved(db) == []


async def test_alt_c_given_to_cancel_closes_the_form_without_typing(
    opened_paths: DataPaths, db: Database
) -> None:
    _settings(opened_paths, '[keymap]\n"form.cancel" = "alt+c"\n')
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        form = await _new_application(pilot, app)
        role = form.query_one("#field-role")
        app.post_message(_alt("c"))
        await settle(pilot, 4)
        assert getattr(role, "value", None) == "Analyst"
        # Typing is there to lose: the form asks before it throws it away, as Escape does.
        assert app.screen is not form
        assert _saved(db) == []


async def test_alt_s_given_to_the_answer_save_saves_the_recovery_writing(
    opened_paths: DataPaths, db: Database
) -> None:
    _settings(opened_paths, '[keymap]\n"answer.save" = "alt+s"\n')
    rid = add_rejection(db)
    step = step_by_key(db, rid, "reflect.prepared")
    async with app_on(opened_paths, "recovery") as (app, pilot, pane):
        await app.workers.wait_for_complete()
        assert pane.select_step(step.id)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AnswerScreen)
        await pilot.press(*"What I would say now")
        app.post_message(_alt("s"))
        await settle(pilot, 4)
        assert not isinstance(app.screen, AnswerScreen)
        kept = step_by_key(db, rid, "reflect.prepared")
        assert (kept.answer, kept.done_at is not None) == ("What I would say now", True)


async def test_alt_r_given_to_refresh_reads_the_pane_again_from_the_filter_box(
    opened_paths: DataPaths, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The filter box hears the app's keys given with alt, as it hears ctrl+r (a pane's own
    keys are off while its filter box has the cursor: alt and one of their letters is
    typed there)."""
    _settings(opened_paths, '[keymap]\n"app.refresh" = "alt+r"\n')
    async with app_on(opened_paths, "pipeline") as (app, pilot, pane):
        await app.workers.wait_for_complete()
        await pilot.press("slash", *"ac")
        await settle(pilot)
        box = app.focused
        assert getattr(box, "value", None) == "ac"
        read_again: list[bool] = []
        monkeypatch.setattr(pane, "reload_now", lambda: read_again.append(True))
        app.post_message(_alt("r"))
        await settle(pilot, 4)
        assert getattr(box, "value", None) == "ac"
        assert read_again == [True]
        assert app.focused is box


async def test_alt_t_given_to_the_timer_pauses_it_on_the_writing_page(
    opened_paths: DataPaths, db: Database
) -> None:
    _settings(opened_paths, '[keymap]\n"writing.timer" = "alt+t"\n')
    save_setting(db, "recovery_optional_steps", True)
    rid = add_rejection(db)
    step = step_by_key(db, rid, "optional.expressive")
    async with app_on(opened_paths, "recovery") as (app, pilot, pane):
        await app.workers.wait_for_complete()
        assert pane.select_step(step.id)
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ExpressiveWritingScreen)
        await pilot.press(*"It hurt")
        await settle(pilot)
        assert screen.running  # started by the first words
        app.post_message(_alt("t"))
        await settle(pilot, 3)
        assert not screen.running
        assert screen.query_one("#answer-text", TextArea).text == "It hurt"
