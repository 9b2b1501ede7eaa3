"""The generic form and the confirmation dialog, driven with Pilot."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Button, Input, Static, TextArea

from bounceback_tui.errors import BouncebackError, FieldError, ValidationError
from bounceback_tui.ui.screens.confirm import ConfirmScreen
from bounceback_tui.ui.screens.form import FieldSpec, FormScreen
from bounceback_tui.ui.styles import stylesheet_paths

FIELDS = (
    FieldSpec("title", "Title", required=True),
    FieldSpec("kind", "Kind", kind="select", options=(("One", "one"), ("Two", "two"))),
    FieldSpec("notes", "Notes", kind="multiline"),
)


class Harness(App[None]):
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
    from bounceback_tui.ui.screens.form import FieldSpec, FormScreen

    app = BouncebackApp(opened_paths)
    fields = [FieldSpec("title", "Title"), FieldSpec("notes", "Notes", kind="multiline")]
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(FormScreen("A form", fields, lambda values: None))
        await pilot.pause()
        hint = app.screen.query_one(".form-keys", Static)
        assert str(hint.render()).startswith("Enter save")
        app.screen.query_one(TextArea).focus()
        await pilot.pause()
        assert str(hint.render()) == "^s save  Enter new line  esc cancel"
        await pilot.press("tab", "shift+tab", "shift+tab")
        await pilot.pause()
        assert str(hint.render()).startswith("Enter save")


@pytest.mark.parametrize("deleted", [False, True], ids=["changed", "deleted"])
async def test_the_conflict_dialog_keys_fit_on_one_line_at_80_columns(deleted: bool) -> None:
    from bounceback_tui.ui.screens.conflict import ConflictScreen

    app = Harness()
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(
            ConflictScreen(
                "Bluefin Labs was moved to Screening in another window.", deleted=deleted
            )
        )
        await pilot.pause()
        hint = app.screen.query_one(".form-keys", Static)
        assert hint.size.height == 1
        assert hint.size.width >= len(str(hint.render()))
        assert str(hint.render()).endswith("Esc back")
        buttons = list(app.screen.query(Button))
        assert all(button.region.right <= 80 for button in buttons)
