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


class Wrapped(App[None]):
    def compose(self) -> ComposeResult:
        yield PlainTextArea(soft_wrap=True, id="text")


async def test_a_text_area_whose_wrapped_lines_fell_behind_places_its_cursor() -> None:
    """Seed 2114's long walk closed the app at step 5,042 on a redo in Reframe's text:
    Textual's copy of the wrapped lines had one line, the document two, and placing the
    cursor on the second raised "The document line index 1 is out of bounds". Here the
    document gains a line behind the wrapped copy's back, then the cursor goes to it."""
    app = Wrapped()
    async with app.run_test(size=(40, 8)) as pilot:
        area = app.query_one("#text", PlainTextArea)
        await pilot.press("a")
        area.document.replace_range((0, 1), (0, 1), "\nbe")  # the wrapped copy not told
        area.move_cursor((1, 2))
        await pilot.press("c")
        await pilot.pause()
        assert app.is_running
        assert area.text == "a\nbec"
        assert area.cursor_location == (1, 3)
        assert app.focused is area
        assert any(line.strip("▊▎ ") == "bec" for line in screen_lines(app)), screen_lines(app)
