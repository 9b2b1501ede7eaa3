"""The "Ready to go" screen after a restore from the store-problem screen says "Press Enter
to open bounceback", and its key bar says so too (a stranger, twice: the bar showed only
"q Quit  h Help", the button's own Enter hiding the screen's). Before a choice is made,
Enter still presses the button that has the focus."""

from __future__ import annotations

from typing import Any

from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.screens.store_problem import StoreProblemApp
from tests.screen_text import screen_text


def _chooser(chosen: list[str]) -> StoreProblemApp:
    def choose(what: str) -> str:
        chosen.append(what)
        return "Restored the backup."

    return StoreProblemApp(
        "The file at ... is damaged. It was left untouched.",
        backup_label="daily, today 09:30: 3 applications, 1 rejection",
        aside_name="bounceback.sqlite3.unreadable-20260316-093000",
        restore=lambda: choose("restore"),
        fresh=lambda: choose("fresh"),
        quiet_s=0,
    )


def _bar(app: Any) -> str:
    strips = app.screen._compositor.render_strips()
    return " ".join("".join(segment.text for segment in strips[-1]).split())


async def test_ready_to_go_shows_enter_on_the_key_bar() -> None:
    chosen: list[str] = []
    app = _chooser(chosen)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert "Press Enter to open bounceback" in screen_text(app)
        assert "⏎ Open bounceback" in _bar(app), _bar(app)
        assert focus_problem(app) is None
        await pilot.press("enter")
        await pilot.pause()
    assert chosen == ["restore"] and app.return_value is True


async def test_before_a_choice_enter_presses_the_focused_button() -> None:
    chosen: list[str] = []
    app = _chooser(chosen)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Open bounceback" not in _bar(app)
        await pilot.press("tab")  # from Restore to Start fresh
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)  # asked first, as `f` asks
        assert chosen == [] and not app.done
