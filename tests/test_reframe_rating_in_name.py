"""A number typed into a feeling's name box is a rating in the wrong box, not a feeling.

A new user's walk at 80x24 (twenty-second round): on the feelings step they rated Sad,
Anxious and Discouraged, wrote "embarrassed" 60 in the row for their own feeling, pressed
Tab and typed 85, meaning how much they believed the thought. The 85 went into the next
"another feeling" box, a third row opened under it, the message said "Rate '85' from 0 to
100." and the belief's row was pushed below the screen. Cleared, the 85 left two empty
"another feeling" rows behind.
"""

from __future__ import annotations

from textual.widgets import Input, Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.reframe.record import looks_like_rating
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.reframe.feeling_rows import FeelingRow
from tests.quiet import until_quiet
from tests.reframe_fixtures_ui import feelings_step


def _message(app: BouncebackApp) -> str:
    message = app.query_one("#rf-message", Static)
    return str(message.render()) if message.display else ""


def _on_screen(app: BouncebackApp, widget: Input) -> bool:
    """Drawn where the person can see it: its whole line, not clipped by the scroll."""
    return app.screen.find_widget(widget).visible_region.height == 1


async def test_a_number_in_a_feelings_name_says_where_the_belief_is(
    opened_paths: DataPaths,
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        step = await feelings_step(pilot)
        # Sad, Anxious, (Ashamed, Angry left blank), Discouraged, then one's own feeling.
        await pilot.press("7", "0", "tab", "6", "0", "tab", "tab", "tab", "5", "0", "tab")
        await pilot.press(*"embarrassed", "tab", "6", "0", "tab", "8", "5")
        await until_quiet(pilot)
        rows = list(step.query(FeelingRow))
        # No row opened for "85": it is not a feeling's name.
        assert [row.values() for row in rows] == [("embarrassed", "60"), ("85", "")]
        said = _message(app)
        assert "'85' looks like a rating" in said
        assert "Belief in the thought" in said
        assert "Rate '85'" not in said
        # The belief's row is scrolled into view, the cursor left where it was.
        assert _on_screen(app, step.query_one("#rf-belief-before", Input))
        assert app.focused is rows[1].name_box()

        await pilot.press("backspace", "backspace")
        await until_quiet(pilot)
        rows = list(step.query(FeelingRow))
        assert [row.values() for row in rows] == [("embarrassed", "60"), ("", "")]
        assert _message(app) == ""


async def test_emptying_a_feeling_never_leaves_two_empty_rows(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        step = await feelings_step(pilot)
        await pilot.press(*["tab"] * 5, *"tired", "tab", "4", "0")
        await until_quiet(pilot)
        rows = list(step.query(FeelingRow))
        assert [row.values() for row in rows] == [("tired", "40"), ("", "")]
        # The person empties the row they wrote, name then rating.
        await pilot.press("shift+tab", *["backspace"] * 5, "tab", "backspace", "backspace")
        await until_quiet(pilot)
        rows = list(step.query(FeelingRow))
        assert [row.values() for row in rows] == [("", "")]
        assert app.focused is rows[0].rating_box()
        # Written again, it opens the next empty row as before.
        await pilot.press("shift+tab", *"numb")
        await until_quiet(pilot)
        rows = list(step.query(FeelingRow))
        assert [row.values() for row in rows] == [("numb", ""), ("", "")]


def test_what_looks_like_a_rating() -> None:
    for typed in ("85", " 60 ", "85%", "7.5", "-5"):
        assert looks_like_rating(typed), typed
    for typed in ("embarrassed", "8 Mile blues", "", "  ", "numb 2"):
        assert not looks_like_rating(typed), typed
