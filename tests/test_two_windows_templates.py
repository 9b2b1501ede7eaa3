"""Two windows on one store: the message template editor (Settings) and What's working's
role families form save against what they read, as every other form does (cas12).

Both used to write whatever they held: window A opened the editor, window B saved the
same template (or the family names), A saved, and B's text was gone without a word.
Window B is the service on a Database of its own, or (the last test) a second app.

The message templates all live in one setting, but each editor shows one kind: a change
another window made to a different kind is kept and is no conflict (per-template).
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Input, TextArea

from bounceback_tui.domain.messages import DEFAULT_TEMPLATES, MessageKind, Template
from bounceback_tui.errors import ConflictError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import insights as insights_service
from bounceback_tui.services import messages as message_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.insights.screen import InsightsScreen
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.screens.settings_templates import MessageTemplateList
from tests.conflict_fixtures import elsewhere, save_into_conflict
from tests.ui_harness import app_on, fill, settle

FOLLOW_UP = MessageKind.FOLLOW_UP
# A person's text that is not markup, whatever it looks like.
HOSTILE = "Hi {first_name} [b]bold[/b] [/] lone [ [link=x]y[/link] 🎉 שלום עולם"
THEIRS = Template("Theirs [b]subject[/]", "Their body [link=x]y 🙂 مرحبا")


def stored_template(paths: DataPaths, kind: MessageKind) -> Template:
    db = Database(paths.database)
    try:
        return message_service.templates(db)[kind]
    finally:
        db.dispose()


def stored_families(paths: DataPaths) -> dict[str, str]:
    db = Database(paths.database)
    try:
        return insights_service.role_families_now(db)[0]
    finally:
        db.dispose()


async def open_template(app: Any, pilot: Any, kind: MessageKind) -> FormScreen[Any]:
    await pilot.press("comma")
    await settle(pilot)
    listing = app.screen.query_one(MessageTemplateList)
    listing.focus()
    listing.highlighted = list(MessageKind).index(kind)
    await pilot.press("enter")
    await settle(pilot)
    form = app.screen
    assert isinstance(form, FormScreen)
    return form


def form_text(form: FormScreen[Any]) -> tuple[str, str]:
    return form.query_one("#field-subject", Input).value, form.query_one(
        "#field-body", TextArea
    ).text


# --- the service -------------------------------------------------------------------------------


def test_a_template_saved_against_a_stale_read_is_refused(db: Database) -> None:
    read = message_service.template_read(db, FOLLOW_UP)
    assert (read.template, read.version) == (DEFAULT_TEMPLATES[FOLLOW_UP], 0)
    message_service.save_template(db, FOLLOW_UP, THEIRS)  # another window, first
    with pytest.raises(ConflictError) as caught:
        message_service.save_template(db, FOLLOW_UP, Template("", "Mine"), read=read)
    assert str(caught.value) == (
        "The template for “A follow-up after applying” was changed in another window."
    )
    assert message_service.template_values_of(FOLLOW_UP, caught.value.current) == {
        "subject": THEIRS.subject,
        "body": THEIRS.body,
    }
    with pytest.raises(ConflictError):  # going back to the built-in one is asked too
        message_service.reset_template(db, FOLLOW_UP, read=read)
    assert message_service.templates(db)[FOLLOW_UP] == THEIRS
    # Saving over it, as the person chose: against the version the conflict gave.
    over = message_service.TemplateRead(read.template, caught.value.current_version)
    message_service.save_template(db, FOLLOW_UP, Template("", "Mine"), read=over)
    assert message_service.templates(db)[FOLLOW_UP] == Template("", "Mine")


def test_another_kind_changed_meanwhile_is_kept_and_no_conflict(db: Database) -> None:
    read = message_service.template_read(db, FOLLOW_UP)
    message_service.save_template(db, MessageKind.THANK_YOU, THEIRS)  # another window
    message_service.save_template(db, FOLLOW_UP, Template("S", HOSTILE), read=read)
    now = message_service.templates(db)
    assert now[FOLLOW_UP] == Template("S", HOSTILE)
    assert now[MessageKind.THANK_YOU] == THEIRS


def test_role_families_saved_against_a_stale_read_are_refused(db: Database) -> None:
    assert insights_service.role_families_now(db) == ({}, 0)
    insights_service.save_role_families(db, {"backend engineer": "Theirs"})  # first
    with pytest.raises(ConflictError) as caught:
        insights_service.save_role_families(db, {"data analyst": "Mine"}, expected_version=0)
    assert str(caught.value) == "Your role family names were changed in another window."
    assert insights_service.role_families_of(caught.value.current) == {"backend engineer": "Theirs"}
    assert insights_service.role_families_now(db)[0] == {"backend engineer": "Theirs"}


# --- the message template editor ---------------------------------------------------------------


async def test_a_template_changed_in_another_window_is_named_not_overwritten(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths) as (app, pilot, _pane):
        form = await open_template(app, pilot, FOLLOW_UP)
        await fill(pilot, body=HOSTILE)
        elsewhere(opened_paths, lambda db: message_service.save_template(db, FOLLOW_UP, THEIRS))
        assert await save_into_conflict(app, pilot) == (
            "Changed there: Subject and Message. You changed Message too."
        )
        assert stored_template(opened_paths, FOLLOW_UP) == THEIRS  # not overwritten
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConflictScreen)
        assert app.screen.what_changed == (
            "The template for “A follow-up after applying” was changed in another window."
        )
        await pilot.press("r")  # reload: the form shows theirs, nothing written
        await settle(pilot)
        assert app.screen is form
        assert form_text(form) == (THEIRS.subject, THEIRS.body)
        assert stored_template(opened_paths, FOLLOW_UP) == THEIRS
        # From there the save names what it reloaded.
        await fill(pilot, body=THEIRS.body + " and mine")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, (FormScreen, ConflictScreen))
    assert stored_template(opened_paths, FOLLOW_UP) == Template(
        THEIRS.subject, THEIRS.body + " and mine"
    )


async def test_save_mine_over_a_template_changed_elsewhere(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths) as (app, pilot, _pane):
        await open_template(app, pilot, FOLLOW_UP)
        await fill(pilot, subject="Mine", body=HOSTILE)
        elsewhere(opened_paths, lambda db: message_service.save_template(db, FOLLOW_UP, THEIRS))
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConflictScreen)
        await pilot.press("o")
        await settle(pilot)
        assert not isinstance(app.screen, (FormScreen, ConflictScreen))
    assert stored_template(opened_paths, FOLLOW_UP) == Template("Mine", HOSTILE)


async def test_emptying_a_template_changed_elsewhere_asks_first(opened_paths: DataPaths) -> None:
    """Emptying the message goes back to the built-in one: that too is a save."""
    async with app_on(opened_paths) as (app, pilot, _pane):
        await open_template(app, pilot, FOLLOW_UP)
        await fill(pilot, body="")
        elsewhere(opened_paths, lambda db: message_service.save_template(db, FOLLOW_UP, THEIRS))
        assert await save_into_conflict(app, pilot) == (
            "Changed there: Subject and Message. You changed Message too."
        )
    assert stored_template(opened_paths, FOLLOW_UP) == THEIRS


async def test_another_template_changed_meanwhile_is_no_conflict(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths) as (app, pilot, _pane):
        await open_template(app, pilot, FOLLOW_UP)
        await fill(pilot, body=HOSTILE)
        elsewhere(
            opened_paths,
            lambda db: message_service.save_template(db, MessageKind.THANK_YOU, THEIRS),
        )
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, (FormScreen, ConflictScreen))
    assert stored_template(opened_paths, FOLLOW_UP).body == HOSTILE
    assert stored_template(opened_paths, MessageKind.THANK_YOU) == THEIRS


async def test_two_apps_on_one_store_edit_the_same_template(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths) as (a, pilot_a, _pane):
        await open_template(a, pilot_a, FOLLOW_UP)
        async with app_on(opened_paths) as (b, pilot_b, _pane_b):
            await open_template(b, pilot_b, FOLLOW_UP)
            await fill(pilot_b, body=THEIRS.body)
            await pilot_b.press("ctrl+s")
            await settle(pilot_b)
            assert not isinstance(b.screen, (FormScreen, ConflictScreen))
        await fill(pilot_a, body=HOSTILE)
        assert await save_into_conflict(a, pilot_a) == (
            "Changed there: Message. You changed Message too."
        )
        assert stored_template(opened_paths, FOLLOW_UP).body == THEIRS.body


# --- What's working's role families ------------------------------------------------------------


async def open_families(app: Any, pilot: Any) -> FormScreen[Any]:
    await pilot.press("w")
    await settle(pilot)
    assert isinstance(app.screen, InsightsScreen)
    await pilot.press("e")
    await settle(pilot)
    form = app.screen
    assert isinstance(form, FormScreen)
    return form


MINE = "backend engineer = [b]Eng[/] 🎉\ndata analyst = [link=x]y\nproduct manager = مدير ["
THEIRS_FAMILIES = {"backend engineer": "Engineering [/]", "designer": "Design 🙂"}


async def test_role_families_changed_in_another_window_are_named_not_overwritten(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths) as (app, pilot, _pane):
        form = await open_families(app, pilot)
        await fill(pilot, renames=MINE)
        elsewhere(
            opened_paths,
            lambda db: insights_service.save_role_families(db, THEIRS_FAMILIES),
        )
        assert await save_into_conflict(app, pilot) == (
            "Changed there: Your names. You changed Your names too."
        )
        assert stored_families(opened_paths) == THEIRS_FAMILIES
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConflictScreen)
        assert app.screen.what_changed == "Your role family names were changed in another window."
        await pilot.press("r")
        await settle(pilot)
        assert app.screen is form
        assert form.query_one("#field-renames", TextArea).text == (
            # Saved there by their keys alone: in Title Case, as What's working shows them.
            "Backend Engineer = Engineering [/]\nDesigner = Design 🙂"
        )
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, InsightsScreen)
    assert stored_families(opened_paths) == THEIRS_FAMILIES


async def test_save_mine_over_role_families_changed_elsewhere(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths) as (app, pilot, _pane):
        await open_families(app, pilot)
        await fill(pilot, renames=MINE)
        elsewhere(
            opened_paths,
            lambda db: insights_service.save_role_families(db, THEIRS_FAMILIES),
        )
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConflictScreen)
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, InsightsScreen)
    assert stored_families(opened_paths) == {
        "backend engineer": "[b]Eng[/] 🎉",
        "data analyst": "[link=x]y",
        "product manager": "مدير [",
    }
