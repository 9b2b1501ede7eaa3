"""Tab in a burst of typing moves to the next field before the letters after it land.

A fast typist, a text expander or a password manager sends "Kill w<Tab>Dev" in one burst.
Tab's binding (focus the next field) ran only once the key had travelled up to the app, by
which time "Dev" had been typed into the first field: the company read "Kill wDev" and the
role stayed empty (seen in tmux on every form). The form's Tab and Shift+Tab now act as
the keys arrive.
"""

from __future__ import annotations

from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.form import FormScreen
from tests.quiet import until_quiet
from tests.ui_harness import post_burst


async def test_tab_in_a_burst_moves_before_the_next_letters(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await until_quiet(pilot)
        await pilot.press("a")
        await until_quiet(pilot)
        assert isinstance(app.screen, FormScreen)
        post_burst(app, [*"Kill", "tab", *"Dev", "shift+tab"])
        await until_quiet(pilot)
        assert app.screen.query_one("#field-company", Input).value == "Kill"
        assert app.screen.query_one("#field-role", Input).value == "Dev"
        assert app.focused is app.screen.query_one("#field-company", Input)


async def test_tab_in_a_burst_on_the_reframe_feelings(opened_paths: DataPaths) -> None:
    """The same in a thought record: "80<Tab>60<Tab>40" rated Sad 806040."""
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("4")
        await until_quiet(pilot)
        await pilot.press("a")
        await until_quiet(pilot)
        await pilot.press(*"Sit", "ctrl+n")
        await until_quiet(pilot)
        await pilot.press(*"Tho", "ctrl+n")
        await until_quiet(pilot)
        pane = app.current_pane
        fields = pane.exercise.view().fields()  # type: ignore[attr-defined]
        assert app.focused is fields[0]
        post_burst(app, [*"80", "tab", *"60", "tab", *"40"])
        await until_quiet(pilot)
        assert [field.value for field in fields[:4]] == ["80", "60", "40", ""]
