"""An edit form opens with the cursor after the first field's text and nothing selected, so
the first key typed adds to what is there. ux11: opening `e` on an application and typing a
letter replaced the company name with that letter (Textual's Input selects all on focus).
Tab onto a field still selects it, as before; an add form (empty fields) types as it did.
A field the form refuses takes focus the same way, to be mended (a refused date excepted)."""

from __future__ import annotations

import sqlite3

from textual.widgets import Input

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.skills import SkillInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.services.skills import add_skill
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.form import FormScreen
from tests.ui_harness import app_on, settle, settle_workers


def _seed(paths: DataPaths) -> None:
    db = Database(paths.database)
    try:
        add_application(db, ApplicationInput(company="Initech", role="Analyst"))
        add_skill(db, SkillInput(title="Tell a story"))
    finally:
        db.dispose()


def _column(paths: DataPaths, sql: str) -> list[object]:
    with sqlite3.connect(paths.database) as connection:
        return [row[0] for row in connection.execute(sql)]


async def _open(pilot, key: str) -> Input:  # type: ignore[no-untyped-def]
    await settle_workers(pilot)
    await pilot.press(key)
    await settle_workers(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, FormScreen)
    field = screen.focused
    assert isinstance(field, Input)
    return field


async def test_typing_in_an_edit_form_adds_to_the_first_field(opened_paths: DataPaths) -> None:
    _seed(opened_paths)
    async with app_on(opened_paths, "pipeline") as (_app, pilot, _pane):
        field = await _open(pilot, "e")
        assert field.value == "Initech"
        assert field.selection.is_empty
        assert field.cursor_position == len("Initech")
        await pilot.press("s")
        await settle(pilot)
        assert field.value == "Initechs"
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
    assert _column(opened_paths, "SELECT company FROM application") == ["Initechs"]


async def test_the_skill_edit_form_too(opened_paths: DataPaths) -> None:
    _seed(opened_paths)
    async with app_on(opened_paths, "skills") as (_app, pilot, _pane):
        field = await _open(pilot, "e")
        await pilot.press("!")
        await settle(pilot)
        assert field.value == "Tell a story!"


async def test_tab_onto_a_filled_field_still_selects_it(opened_paths: DataPaths) -> None:
    _seed(opened_paths)
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        first = await _open(pilot, "e")
        await pilot.press("tab")
        await settle(pilot)
        role = app.screen.focused
        assert isinstance(role, Input) and role.value == "Analyst"
        assert role.selected_text == "Analyst"
        await pilot.press("shift+tab")
        await settle(pilot)
        assert app.screen.focused is first
        assert first.selected_text == "Initech"


async def test_an_add_form_types_as_before(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline") as (_app, pilot, _pane):
        field = await _open(pilot, "a")
        await pilot.press("A", "c", "m", "e")
        await settle(pilot)
        assert field.value == "Acme"


async def _refused(pilot, values: dict[str, str]) -> Input:  # type: ignore[no-untyped-def]
    """An add form filled with ``values`` and saved: the field it took focus to."""
    await _open(pilot, "a")
    screen = pilot.app.screen
    assert isinstance(screen, FormScreen)
    for name, value in values.items():
        screen.query_one(f"#field-{name}", Input).value = value
    await pilot.press("ctrl+s")
    await settle_workers(pilot)
    assert isinstance(pilot.app.screen, FormScreen)  # refused: still open
    field = screen.focused
    assert isinstance(field, Input)
    return field


async def test_a_refused_field_takes_focus_with_the_cursor_after_its_text(
    opened_paths: DataPaths,
) -> None:
    """Walking the People form (fifteenth round): "jane@example" refused, the form took focus
    to it with its text selected, and ".com" typed to mend it replaced the address."""
    async with app_on(opened_paths, "people") as (app, pilot, _pane):
        email = await _refused(pilot, {"name": "Jane", "email": "jane@example"})
        assert email.id == "field-email"
        assert email.selection.is_empty
        await pilot.press(*".com")
        await settle(pilot)
        assert email.value == "jane@example.com"
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert not isinstance(app.screen, FormScreen)
    assert _column(opened_paths, "SELECT email FROM contact") == ["jane@example.com"]


async def test_a_refused_date_stays_selected_for_typing_over(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline") as (_app, pilot, _pane):
        values = {"company": "Acme", "role": "Analyst", "date_applied": "31/02"}
        date_field = await _refused(pilot, values)
        assert date_field.id == "field-date_applied"
        assert date_field.selected_text == "31/02"


async def test_a_date_refused_while_typed_in_is_selected_too(opened_paths: DataPaths) -> None:
    """The fifteenth round left it: ctrl+s with the cursor still in a bad date refused it,
    but the date was not selected (focus did not move, so the field's select-on-focus never
    ran), and "+3d" typed to mend "31/02" made "31/02+3d"."""
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await _open(pilot, "a")
        screen = app.screen
        assert isinstance(screen, FormScreen)
        screen.query_one("#field-company", Input).value = "Acme"
        screen.query_one("#field-role", Input).value = "Analyst"
        date_field = screen.query_one("#field-date_applied", Input)
        date_field.focus()
        await settle(pilot)
        date_field.value = "31/02"
        date_field.cursor_position = len(date_field.value)
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert app.focused is date_field
        assert date_field.selected_text == "31/02"
        await pilot.press(*"+3d")
        await settle(pilot)
        assert date_field.value == "+3d"


async def test_focus_goes_to_the_first_refused_field_as_the_form_reads(
    opened_paths: DataPaths,
) -> None:
    """A stranger's walk (sixteenth round): a bad date and a mailto: link, Enter in the link:
    focus stayed on the link (the rules checked it first), though the date is above it."""
    async with app_on(opened_paths, "pipeline") as (_app, pilot, _pane):
        values = {
            "company": "Acme",
            "role": "Analyst",
            "date_applied": "31/02",
            "link": "mailto:x",
        }
        field = await _refused(pilot, values)
        assert field.id == "field-date_applied"


async def test_tab_back_onto_a_field_refused_while_typed_in_selects_it(
    opened_paths: DataPaths,
) -> None:
    """A new user's walk (twenty-first round): an email refused with the cursor still in it,
    then shift+Tab and Tab back to retype it: the field was not selected (it kept the
    refusal's "cursor after the text"), and the address typed was added to the old text."""
    async with app_on(opened_paths, "people") as (app, pilot, _pane):
        await _open(pilot, "a")
        screen = app.screen
        assert isinstance(screen, FormScreen)
        screen.query_one("#field-name", Input).value = "Ana"
        email = screen.query_one("#field-email", Input)
        email.focus()
        await settle(pilot)
        email.value = "Ana Souza"
        email.cursor_position = len(email.value)
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert app.focused is email and email.selection.is_empty  # mend in place, as before
        await pilot.press("shift+tab")
        await settle(pilot)
        await pilot.press("tab")
        await settle(pilot)
        assert app.focused is email
        assert email.selected_text == "Ana Souza"
        await pilot.press(*"ana@x.org")
        await settle(pilot)
        assert email.value == "ana@x.org"
