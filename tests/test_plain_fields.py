"""PlainInput and PlainTextArea draw control characters as U+FFFD and keep the value."""

from __future__ import annotations

from textual.app import App, ComposeResult

from bounceback_tui.domain.text import PLACEHOLDER
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.fields import PlainInput, PlainTextArea
from tests.screen_text import assert_terminal_safe, screen_lines, screen_text
from tests.ui_harness import app_on, fill

HOSTILE = "a\x07b\x1b[2Jc\u202ed"


class Fields(App[None]):
    def compose(self) -> ComposeResult:
        yield PlainInput(HOSTILE, id="one")
        yield PlainTextArea(f"{HOSTILE}\nsecond \x1b]52;c;aGk=\x07 line", id="many")


async def test_fields_show_every_control_as_a_placeholder_and_keep_the_value() -> None:
    app = Fields()
    async with app.run_test(size=(60, 12)) as pilot:
        await pilot.pause()
        assert_terminal_safe(app)
        shown = screen_text(app)
        p = PLACEHOLDER
        assert f"a{p}b{p}[2Jc{p}d" in shown  # BEL too: one placeholder for one character
        assert f"second {p}]52;c;aGk={p} line" in shown
        assert app.query_one("#one", PlainInput).value == HOSTILE
        assert app.query_one("#many", PlainTextArea).text.startswith(HOSTILE)


async def test_a_forms_text_areas_start_in_the_column_of_its_inputs(
    opened_paths: DataPaths,
) -> None:
    """The add form's Notes (a text area) drew its text a column to the right of Company's
    (a one-line input): a compact text area keeps Textual's padding of one cell, a compact
    input has none."""
    async with app_on(opened_paths, "pipeline", size=(100, 40)) as (app, pilot, _pane):
        await pilot.press("a")
        await pilot.pause()
        await fill(pilot, company="Acmecorp", notes="Noted here")
        lines = screen_lines(app)
        company = next(line for line in lines if "Acmecorp" in line)
        notes = next(line for line in lines if "Noted here" in line)
        assert notes.index("Noted here") == company.index("Acmecorp"), (company, notes)
