"""Escape on the store-problem screen, with nothing open to close, never quits.

A person presses Escape to back out of something: on the screen shown when the store cannot be
opened, with no panel open, it quit the app (exit status 1), the store's problem unsolved.
It now keeps the screen and the focus, and says which key quits, as the keymap binds it; that
key still quits, leaving everything as it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.screens.store_problem import StoreProblemApp


def _screen(settings_file: Path | None = None) -> StoreProblemApp:
    return StoreProblemApp(
        "The file at ... is damaged. It was left untouched.",
        backup_label="daily, today 09:30: 3 applications, 1 rejection",
        aside_name="bounceback.sqlite3.unreadable-20270105-090000",
        restore=lambda: "Restored.",
        fresh=lambda: "Started fresh.",
        settings_file=settings_file,
        quiet_s=0,
    )


@pytest.mark.parametrize(("keymap", "quit_key"), [("", "q"), ('"store_problem.quit" = "x"', "x")])
async def test_escape_keeps_the_screen_and_names_the_key_that_quits(
    keymap: str, quit_key: str, tmp_path: Path
) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text(f"[keymap]\n{keymap}\n", encoding="utf-8")
    app = _screen(settings)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        focused = app.focused
        assert focused is not None and focused.id == "restore"
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running and app.return_code is None
        assert app.focused is focused and focus_problem(app) is None
        said = [str(note.message) for note in app._notifications]
        assert said == [f"Nothing to close here: {quit_key} quits."]
        await pilot.press(quit_key)
        await pilot.pause()
    assert app.return_value is False  # quit, leaving everything as it is (exit status 1)


async def test_escape_after_a_choice_keeps_ready_to_go() -> None:
    app = _screen()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.done
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running and app.return_code is None
        assert app.focused is not None and app.focused.id == "open"
        await pilot.press("q")
        await pilot.pause()
    assert app.return_value is False
