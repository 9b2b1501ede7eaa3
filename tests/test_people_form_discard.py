"""Escape after typing in one of issue 19's forms asks before throwing the typing away, as every
form does (issue 16; the message draft's own: tests/test_message_discard.py): scheduling an
interview, logging what passed, and Today's "how did it go". Walked by hand in tmux at 80x24
first (all three asked, and nothing was saved); kept here so a form that stops being a
FormScreen, or a field that swallows Escape (the prep notes' text area), shows."""

from __future__ import annotations

from typing import Any

from textual.widgets import TextArea

from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.quiet import until_quiet
from tests.test_people_pane import _count, seeded  # noqa: F401  (the fixture: Rita and her applications)
from tests.ui_harness import settle


async def _escape_asks_then_throws_away(app: Any, pilot: Any, field: str, typed: str) -> None:
    """In the open form: type ``typed`` into ``field``; Escape asks, n keeps the typing and
    the form, Escape and y close it."""
    form = app.screen
    assert isinstance(form, FormScreen)
    widget = form.query_one(f"#field-{field}")
    widget.focus()
    await settle(pilot)
    await pilot.press(*typed)
    await pilot.press("escape")
    await settle(pilot)
    assert isinstance(app.screen, ConfirmScreen), field
    assert "Throw away" in str(app.screen.question)
    await pilot.press("n")
    await settle(pilot)
    assert app.screen is form and app.focused is widget
    kept = widget.text if isinstance(widget, TextArea) else widget.value
    assert typed in kept
    await pilot.press("escape")
    await settle(pilot)
    await pilot.press("y")
    await settle(pilot)
    assert not isinstance(app.screen, FormScreen | ConfirmScreen)
    assert focus_problem(app) is None


async def test_escape_after_typing_asks_on_each_form(seeded) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    paths, ids = seeded
    app = BouncebackApp(paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await until_quiet(pilot)  # Today's people part is in
        await pilot.press("h")
        await settle(pilot)
        await _escape_asks_then_throws_away(app, pilot, "note", "Fine")
        await pilot.press("6")
        await settle(pilot)
        assert app.current_pane.select_item(ids["rita"])
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        await _escape_asks_then_throws_away(app, pilot, "prep_notes", "Blog")
        await pilot.press("n")
        await settle(pilot)
        await _escape_asks_then_throws_away(app, pilot, "day", "+1d")
        await pilot.press("i")
        await settle(pilot)
        await _escape_asks_then_throws_away(app, pilot, "note", "Hi")
    assert _count(paths, "SELECT count(*) FROM interview") == 2  # the seeded two, no more
    assert _count(paths, "SELECT count(*) FROM interview WHERE outcome_at IS NOT NULL") == 0
    assert _count(paths, "SELECT count(*) FROM interaction") == 0
