"""PlainInput and PlainTextArea draw control characters as U+FFFD and keep the value."""

from __future__ import annotations

from textual.app import App, ComposeResult

from bounceback_tui.domain.text import PLACEHOLDER
from bounceback_tui.ui.kit.fields import PlainInput, PlainTextArea
from tests.screen_text import assert_terminal_safe, screen_text

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
