"""The settings screen: every setting saved as it changes, and the recovery template editor."""

from __future__ import annotations

import pytest
from textual.widgets import Checkbox, Input, Select, Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_template as template_service
from bounceback_tui.services.settings import SPECS, parse_setting, read_setting
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.recovery.template import TemplateEditor
from bounceback_tui.ui.screens.settings import SAVE_DELAY, SettingsScreen
from tests.palette_fixtures_ui import enter_query, settle
from tests.recovery_fixtures import add_rejection, steps_of

SIZE = (100, 30)


async def _open_settings(app: BouncebackApp, pilot) -> SettingsScreen:  # type: ignore[no-untyped-def]
    await pilot.press("comma")
    await pilot.pause()
    assert isinstance(app.screen, SettingsScreen)
    return app.screen


def test_number_settings_have_bounds() -> None:
    assert parse_setting("weekly_goal", " 12 ") == 12
    assert parse_setting("theme", " nord ") == "nord"
    for bad, message in (("0", "at least 1"), ("101", "at most 100"), ("ten", "whole number")):
        with pytest.raises(ValueError, match=message):
            parse_setting("weekly_goal", bad)
    assert all(spec.title for spec in SPECS.values())


async def test_every_setting_has_an_editor(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_settings(app, pilot)
        for key, spec in SPECS.items():
            if spec.internal:
                assert not screen.query(f"#setting-{key}"), key
                continue
            widget = screen.query_one(f"#setting-{key}")
            expected = Checkbox if isinstance(spec.default, bool) else Input
            if key == "theme":
                expected = Select
            assert isinstance(widget, expected), key
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, SettingsScreen)


async def test_the_palette_opens_settings(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await enter_query(pilot, "settings")
        await settle(pilot.app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)


async def test_numbers_save_as_typed_and_refuse_out_of_range(
    opened_paths: DataPaths, db: Database
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_settings(app, pilot)
        await pilot.press("enter")  # from the sections to the first setting
        await pilot.pause()
        goal = screen.query_one("#setting-weekly_goal", Input)
        assert goal.has_focus and goal.value == "5"
        await pilot.press("backspace", "8")
        await pilot.pause(SAVE_DELAY + 0.3)  # saved once the typing pauses
        assert read_setting(db, "weekly_goal") == 8
        await pilot.press("backspace", "0")
        await pilot.pause()
        note = str(screen.query_one("#note-weekly_goal", Static).render())
        assert "at least 1" in note and "Not saved" in note
        assert read_setting(db, "weekly_goal") == 8
        await pilot.press(*"x!")  # only digits can be typed
        assert goal.value == "0"


async def test_a_refused_number_shows_the_one_in_use_once_left(
    opened_paths: DataPaths, db: Database
) -> None:
    # "0" stayed in the weekly goal beside "Not saved." until Settings was opened again,
    # while the app went on with 5 (a tester's walk).
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_settings(app, pilot)
        await pilot.press("enter")  # the weekly goal, its value selected
        await pilot.press("0")
        await pilot.pause()
        goal = screen.query_one("#setting-weekly_goal", Input)
        note = screen.query_one("#note-weekly_goal", Static)
        assert goal.value == "0" and "Not saved" in str(note.render())
        await pilot.press("tab")
        await pilot.pause(SAVE_DELAY + 0.3)
        assert goal.value == "5"
        assert str(note.render()) == "Weekly goal: at least 1. Not saved: it stays 5."
        assert read_setting(db, "weekly_goal") == 5
        # Text is the person's own: left as typed, its note saying it is not saved.
        name = screen.query_one("#setting-your_name", Input)
        name.focus()
        await pilot.pause()
        name.value = "Sam\x07"  # a bell pasted in: refused
        await pilot.pause()
        await pilot.press("tab")
        await pilot.pause()
        assert name.value == "Sam\x07"
        assert "control characters" in str(screen.query_one("#note-your_name", Static).render())


async def test_a_number_typed_past_its_limit_leaves_the_stored_one(
    opened_paths: DataPaths, db: Database
) -> None:
    # Each keystroke was saved: "21" replaced by 4, 0, 0 stored 4, then 40, then refused
    # 400 and left 40, neither the old value nor what was typed (a stranger's walk).
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_settings(app, pilot)
        days = screen.query_one("#setting-ghost_after_days", Input)
        days.focus()
        await pilot.pause()
        await pilot.press("end", "backspace", "backspace", "4", "0", "0")  # no pause between
        await pilot.pause(SAVE_DELAY + 0.3)
        note = str(screen.query_one("#note-ghost_after_days", Static).render())
        assert "at most 365" in note and "Not saved" in note
        assert read_setting(db, "ghost_after_days") == 21
        # A value typed and closed at once is saved: Escape does not wait for the pause.
        await pilot.press("backspace", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, SettingsScreen)
    assert read_setting(db, "ghost_after_days") == 40


async def test_switches_and_theme(opened_paths: DataPaths, db: Database) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_settings(app, pilot)
        screen.query_one("#setting-recovery_optional_steps", Checkbox).value = True
        await pilot.pause()
        assert read_setting(db, "recovery_optional_steps") is True
        screen.query_one("#setting-theme", Select).value = "nord"
        await pilot.pause()
        assert read_setting(db, "theme") == "nord"
        assert app.theme == "nord"
    assert len(steps_of(db, add_rejection(db))) == 17


async def test_the_template_editor_adds_rewords_moves_and_retires(
    opened_paths: DataPaths, db: Database
) -> None:
    old_plan = add_rejection(db, "Old Co")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await _open_settings(app, pilot)
        editor = screen.query_one(TemplateEditor)
        editor.table.focus()
        await pilot.pause()
        assert editor.selected.key == "breathe.feel"
        # Reword the first step with Enter.
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        title = app.screen.query_one("#field-title", Input)
        title.value = "Give the feelings an evening"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
        # Move it below "Talk it through", retire the talk step, then add one.
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert [r.key for r in template_service.list_template(db)][:2] == [
            "breathe.talk",
            "breathe.feel",
        ]
        await pilot.press("k", "space")  # the cursor followed the moved step
        await pilot.pause()
        assert {r.key: r.retired for r in template_service.list_template(db)}["breathe.talk"]
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        app.screen.query_one("#field-title", Input).value = "Go for a long walk"
        app.screen.query_one("#field-offset_days", Input).value = "nope"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)  # a bad day is refused in place
        app.screen.query_one("#field-offset_days", Input).value = "0"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
        assert editor.selected.title == "Go for a long walk"

    new_plan = add_rejection(db, "New Co")
    new_titles = [s.title for s in steps_of(db, new_plan)]
    assert new_titles[:2] == ["Give the feelings an evening", "Go for a long walk"]
    assert "Talk it through with someone close" not in new_titles
    assert [s.title for s in steps_of(db, old_plan)][:2] == [
        "Let yourself feel it for a while",
        "Talk it through with someone close",
    ]


async def test_reset_asks_first(opened_paths: DataPaths, db: Database) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await _open_settings(app, pilot)
        editor = screen.query_one(TemplateEditor)
        editor.table.focus()
        await pilot.press("space")  # retire the first step
        await pilot.pause()
        await pilot.press("R")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert template_service.list_template(db)[0].retired
        await pilot.press("R", "y")
        await pilot.pause()
        assert not any(r.retired for r in template_service.list_template(db))


async def test_a_switch_shows_its_state_in_shape_not_only_colour(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_settings(app, pilot)
        box = screen.query_one("#setting-recovery_optional_steps", Checkbox)
        off = box.render_line(0).text
        box.value = True
        await pilot.pause()
        on = box.render_line(0).text
    # A cross: an empty box was a blank where the box hardly shows (the light theme's).
    assert off.strip("▐▌ ") == "✗" and "✓" not in off
    assert "✓" in on


async def test_the_optional_steps_are_explained_here_not_in_a_file(opened_paths: DataPaths) -> None:
    # A person who installed with pip has no docs/ folder: the explanation is in the app.
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_settings(app, pilot)
        note = str(screen.query_one("#note-recovery_optional_steps", Static).render())
    assert "docs/" not in note and ".md" not in note
    for words in ("fifteen minutes", "writing", "a friend", "talk to someone you trust"):
        assert words in note


async def test_the_care_fields_are_saved_to_settings_toml_as_each_is_left(
    opened_paths: DataPaths,
) -> None:
    # Issue 20: the country and the person's own support number are set from the settings
    # screen (or by hand), kept in settings.toml, and the crisis screen reads them from there.
    from bounceback_tui.services.care_settings import load_care
    from bounceback_tui.ui.care.crisis import CrisisScreen

    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_settings(app, pilot)
        screen.query_one("#care-country", Input).focus()
        await pilot.press(*"ie")
        screen.query_one("#care-support_name", Input).focus()
        await pilot.press(*"Sam [b]")
        screen.query_one("#care-support_number", Input).focus()
        await pilot.press(*"call me")
        await pilot.pause()
        note = str(screen.query_one("#note-care-support_number", Static).render())
        assert "Not saved" in note
        assert load_care(opened_paths.settings_file).support_number == ""
        number = screen.query_one("#care-support_number", Input)
        number.value = ""
        await pilot.press(*"+353 87 123 4567")
        await pilot.pause()
        assert load_care(opened_paths.settings_file).support_number == ""  # once left
        await pilot.press("shift+tab")
        await pilot.pause()
        assert "Saved" in str(screen.query_one("#note-care-support_number", Static).render())
        care = load_care(opened_paths.settings_file)
        assert (care.country, care.support_name, care.support_number) == (
            "IE",
            "Sam [b]",
            "+353 87 123 4567",
        )
        await pilot.press("escape")
        await pilot.pause()
        app.action_struggling()
        await pilot.pause()
        assert isinstance(app.screen, CrisisScreen)
        shown = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert "116 123" in shown and "+353 87 123 4567" in shown and "Sam [b]" in shown


async def test_the_message_templates_open_with_enter_at_once(opened_paths: DataPaths) -> None:
    # Tabbed to, the list had no row highlighted and Enter did nothing until Down.
    from bounceback_tui.ui.screens.settings_templates import MessageTemplateList

    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_settings(app, pilot)
        templates = screen.query_one(MessageTemplateList)
        while app.focused is not templates:
            await pilot.press("tab")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
