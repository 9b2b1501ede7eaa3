"""The generic form and the confirmation dialog, driven with Pilot."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Button, Input, Static, TextArea

from bounceback_tui.errors import BouncebackError, FieldError, ValidationError
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.form import FieldSpec, FormScreen
from bounceback_tui.ui.kit.theme_looks import line_variables
from bounceback_tui.ui.styles import stylesheet_paths

FIELDS = (
    FieldSpec("title", "Title", required=True),
    FieldSpec("kind", "Kind", kind="select", options=(("One", "one"), ("Two", "two"))),
    FieldSpec("notes", "Notes", kind="multiline"),
)


class Harness(App[None]):
    def get_css_variables(self) -> dict[str, str]:
        return line_variables(super().get_css_variables())  # the lines the stylesheets name

    def __init__(self) -> None:
        super().__init__(css_path=stylesheet_paths())
        self.results: list[object] = []
        self.saved: list[dict[str, str]] = []

    def compose(self) -> ComposeResult:
        yield Static("harness")

    def submit(self, values: dict[str, str]) -> str:
        if not values["title"].strip():
            raise ValidationError([FieldError("title", "Title is required.")])
        if values["title"] == "disk full":
            raise BouncebackError("The disk is full; nothing was saved.")
        self.saved.append(values)
        return values["title"]


async def test_form_refuses_then_saves() -> None:
    app = Harness()
    async with app.run_test(size=(90, 30)) as pilot:
        app.push_screen(FormScreen("Test", FIELDS, app.submit), app.results.append)
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert app.screen.query_one("#error-title").display
        assert app.saved == []
        await pilot.press(*"Hello")
        app.screen.query_one("#field-notes", TextArea).text = "line one\nline two"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
    assert app.results == ["Hello"]
    assert app.saved == [{"title": "Hello", "kind": "", "notes": "line one\nline two"}]


async def test_form_shows_store_errors_and_stays_open() -> None:
    app = Harness()
    async with app.run_test(size=(90, 30)) as pilot:
        app.push_screen(FormScreen("Test", FIELDS, app.submit), app.results.append)
        await pilot.pause()
        await pilot.press(*"disk full", "enter")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert "disk is full" in str(app.screen.query_one("#form-message", Static).render())
        assert app.screen.query_one("#field-title", Input).value == "disk full"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")  # yes, throw the typing away
        await pilot.pause()
    assert app.results == [None]


async def test_confirm_needs_an_explicit_yes() -> None:
    app = Harness()
    async with app.run_test() as pilot:
        for keys, expected in (
            (["y"], True),
            (["n"], False),
            (["escape"], False),
            (["enter"], False),
        ):
            app.push_screen(ConfirmScreen("Delete it?"), app.results.append)
            await pilot.pause()
            await pilot.press(*keys)
            await pilot.pause()
            assert app.results[-1] is expected, keys


async def test_form_hint_names_the_save_key_inside_a_text_area(opened_paths) -> None:  # type: ignore[no-untyped-def]
    """Enter makes a new line in a text area, so the hint there names ctrl+s instead."""
    from textual.widgets import Static, TextArea

    from bounceback_tui.ui.app import BouncebackApp
    from bounceback_tui.ui.kit.form import FieldSpec, FormScreen

    app = BouncebackApp(opened_paths)
    fields = [FieldSpec("title", "Title"), FieldSpec("notes", "Notes", kind="multiline")]
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(FormScreen("A form", fields, lambda values: None))
        await pilot.pause()
        hint = app.screen.query_one(".form-keys", Static)
        assert str(hint.render()).startswith("Enter Save")
        app.screen.query_one(TextArea).focus()
        await pilot.pause()
        assert str(hint.render()) == "^s Save  Enter New line  Esc Cancel"
        await pilot.press("tab", "shift+tab", "shift+tab")
        await pilot.pause()
        assert str(hint.render()).startswith("Enter Save")


@pytest.mark.parametrize("deleted", [False, True], ids=["changed", "deleted"])
async def test_the_conflict_dialog_buttons_are_whole_at_80_columns(deleted: bool) -> None:
    """Its keys are on the key bar under it, with the buttons' words (no keys line of its
    own, which named them in other words): the buttons stay whole beside nothing."""
    from bounceback_tui.ui.kit.conflict import ConflictScreen

    app = Harness()
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(
            ConflictScreen(
                "Bluefin Labs was moved to Screening in another window.", deleted=deleted
            )
        )
        await pilot.pause()
        assert not app.screen.query(".form-keys")
        buttons = list(app.screen.query(Button))
        assert all(button.region.right <= 80 for button in buttons)
        assert all(button.region.width >= len(str(button.label)) + 2 for button in buttons)


# --- forms that forgive (issue 16) ---------------------------------------------------------


def _form_message(app: App[None]) -> str:
    return str(app.screen.query_one("#form-message", Static).render())


async def test_escape_on_a_filled_form_asks_before_throwing_it_away() -> None:
    app = Harness()
    async with app.run_test(size=(90, 30)) as pilot:
        app.push_screen(FormScreen("Test", FIELDS, app.submit), app.results.append)
        await pilot.pause()
        await pilot.press(*"Half a thought")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "typed" in str(app.screen.question)
        await pilot.press("n")  # keep it
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert app.screen.query_one("#field-title", Input).value == "Half a thought"
        assert app.results == []
        assert app.focused is app.screen.query_one("#field-title", Input)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")  # throw it away
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen | ConfirmScreen)
    assert app.results == [None]
    assert app.saved == []


async def test_escape_on_an_untouched_or_restored_form_closes_at_once() -> None:
    app = Harness()
    fields = (FieldSpec("title", "Title", value="Given"), *FIELDS[1:])
    async with app.run_test(size=(90, 30)) as pilot:
        app.push_screen(FormScreen("Test", fields, app.submit), app.results.append)
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen | ConfirmScreen)
        # Typed, then put back as it was: nothing to lose, so nothing to ask.
        app.push_screen(FormScreen("Test", fields, app.submit), app.results.append)
        await pilot.pause()
        await pilot.press("end", "x", "backspace", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen | ConfirmScreen)
    assert app.results == [None, None]


async def test_the_cancel_button_asks_too() -> None:
    app = Harness()
    async with app.run_test(size=(90, 30)) as pilot:
        app.push_screen(FormScreen("Test", FIELDS, app.submit), app.results.append)
        await pilot.pause()
        app.screen.query_one("#field-notes", TextArea).text = "a note"
        await pilot.click("#cancel")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)


async def test_a_multi_line_paste_into_a_one_line_field_keeps_every_line() -> None:
    from textual import events

    app = Harness()
    async with app.run_test(size=(90, 30)) as pilot:
        app.push_screen(FormScreen("Test", FIELDS, app.submit), app.results.append)
        await pilot.pause()
        app.post_message(events.Paste("Senior Data\r\n  Engineer \n\n(Remote)\n"))
        await pilot.pause()
        assert app.screen.query_one("#field-title", Input).value == "Senior Data Engineer (Remote)"
        # A multi-line field keeps the lines as they are.
        app.screen.query_one("#field-notes", TextArea).focus()
        await pilot.pause()
        app.post_message(events.Paste("one\ntwo"))
        await pilot.pause()
        assert app.screen.query_one("#field-notes", TextArea).text == "one\ntwo"


def test_every_one_line_field_in_the_app_joins_pasted_lines() -> None:
    """Every text field the UI builds is a PlainInput (or a subclass), never a bare Input."""
    from textual.widgets import Input as TextualInput

    from bounceback_tui.ui.kit.fields import PlainInput
    from tests.ui_builds import classes_built_in_ui

    plain: list[str] = []
    checked = 0
    for where, name, built in classes_built_in_ui():
        if issubclass(built, TextualInput):
            checked += 1
            if not issubclass(built, PlainInput):
                plain.append(f"{where} builds {name}")
    assert plain == []
    assert checked >= 8  # the forms, the filters, the import link, settings, feelings


TWO_REQUIRED = (
    FieldSpec("title", "Title", required=True),
    FieldSpec("place", "Place", required=True),
)


def _require_both(values: dict[str, str]) -> str:
    errors = [
        FieldError(name, f"{name.capitalize()} is required.")
        for name in ("title", "place")
        if not values[name].strip()
    ]
    if errors:
        raise ValidationError(errors)
    return "ok"


async def test_each_message_shows_once_and_clears_when_its_field_changes() -> None:
    app = Harness()
    async with app.run_test(size=(90, 30)) as pilot:
        app.push_screen(FormScreen("Test", TWO_REQUIRED, _require_both), app.results.append)
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        title_error = app.screen.query_one("#error-title", Static)
        place_error = app.screen.query_one("#error-place", Static)
        assert title_error.display and str(title_error.render()) == "Title is required."
        assert place_error.display
        # The bottom line counts; the messages themselves are only beside their fields.
        assert _form_message(app) == "Nothing was saved: 2 fields need a look."
        assert app.focused is app.screen.query_one("#field-title", Input)
        await pilot.press("A")
        await pilot.pause()
        assert not title_error.display
        assert not app.screen.query_one("#row-title").has_class("-has-note")
        assert place_error.display
        assert _form_message(app) == "Nothing was saved: 1 field needs a look."
        app.screen.query_one("#field-place", Input).value = "Leeds"
        await pilot.pause()
        assert not place_error.display
        assert _form_message(app) == ""


async def test_a_single_message_is_not_repeated_at_the_bottom() -> None:
    app = Harness()
    async with app.run_test(size=(90, 30)) as pilot:
        app.push_screen(FormScreen("Test", FIELDS, app.submit), app.results.append)
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert "Title is required." not in _form_message(app)
        assert _form_message(app) == "Nothing was saved: 1 field needs a look."


async def test_a_message_for_no_field_on_the_form_is_shown_in_full_at_the_bottom() -> None:
    def refuse(values: dict[str, str]) -> str:
        raise ValidationError([FieldError("hidden", "That link is already in your list.")])

    app = Harness()
    async with app.run_test(size=(90, 30)) as pilot:
        app.push_screen(FormScreen("Test", FIELDS, refuse), app.results.append)
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert _form_message(app) == "Nothing was saved. That link is already in your list."


async def test_after_a_reload_escape_asks_only_about_what_was_typed_since() -> None:
    """The reloaded record becomes what the form "opened with": leaving it untouched and
    pressing Escape closes without a question; typing over it asks again."""
    from bounceback_tui.errors import ConflictError
    from bounceback_tui.ui.kit.form import SaveGuard

    def refuse(values: dict[str, str]) -> str:
        raise ConflictError("Changed in another window.", current={}, current_version=2)

    def reload() -> tuple[dict[str, str], int]:
        return {"title": "Theirs", "kind": "two", "notes": "their note"}, 2

    app = Harness()
    async with app.run_test(size=(90, 30)) as pilot:
        form = FormScreen("Test", FIELDS, refuse, guard=SaveGuard(1), reload=reload)
        app.push_screen(form, app.results.append)
        await pilot.pause()
        await pilot.press(*"Mine", "enter")
        await pilot.pause()
        await pilot.press("r")  # reload what is stored now
        await pilot.pause()
        assert form.values() == {"title": "Theirs", "kind": "two", "notes": "their note"}
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen | ConfirmScreen)
    assert app.results == [None]
