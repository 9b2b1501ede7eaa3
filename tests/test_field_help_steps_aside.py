"""A refused field's message takes the place of its help line (ui/kit/field_errors.py).

Walking the interview form at 50x16 (fifteenth round, left; sixteenth, mended): "narnia" in
the time zone was refused, but the form showed the field and its three lines of help ("Theirs,
if it differs from yours (a city will do)...") and the message under them was out of sight.
Now the message shows where the help was; once the field changes, the help comes back."""

from __future__ import annotations

from typing import Any

from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.field_errors import error_line, help_line
from bounceback_tui.ui.kit.form import FormScreen
from tests.screen_text import screen_text
from tests.test_people_pane import seeded  # noqa: F401  (Rita, linked to Initech)
from tests.ui_harness import fill, settle

ZONE_HELP = "Theirs, if it differs from yours"


async def _interview_form(app: BouncebackApp, pilot: Any, ids: dict[str, int]) -> Any:
    """People's `n` on Rita: the interview form."""
    await pilot.press("6")
    await settle(pilot)
    assert app.current_pane.select_item(ids["rita"])
    await pilot.press("n")
    await settle(pilot)
    assert isinstance(app.screen, FormScreen)
    return app.screen


async def test_a_refused_zone_shows_its_message_in_a_short_terminal_then_its_help_again(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    app = BouncebackApp(paths)
    async with app.run_test(size=(50, 16)) as pilot:
        form = await _interview_form(app, pilot, ids)
        await fill(pilot, day="2026-03-20", at="10:00", zone="narnia")
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        message = error_line(form, "zone")
        help_text = help_line(form, "zone")
        assert message is not None and help_text is not None
        assert message.display and not help_text.display
        shown = screen_text(app)
        assert "'narnia' is not a time" in shown  # its first line, under the field
        assert ZONE_HELP not in shown
        assert app.focused is form.query_one("#field-zone", Input)
        await pilot.press("x")  # mending it: the message goes, the help comes back
        await settle(pilot)
        assert not message.display and help_text.display
        assert form.query_one("#row-zone").has_class("-has-note")


async def test_a_field_without_help_shows_its_message_as_before(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    app = BouncebackApp(paths)
    async with app.run_test(size=(100, 40)) as pilot:
        form = await _interview_form(app, pilot, ids)
        await fill(pilot, day="someday", at="10:00", zone="UTC")
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert help_line(form, "day") is None
        message = error_line(form, "day")
        assert message is not None and message.display
        assert form.query_one("#row-day").has_class("-has-note")
        assert help_line(form, "zone") is not None and help_line(form, "zone").display
