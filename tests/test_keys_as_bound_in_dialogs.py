"""Dialogs, their key lines and the notes after an action name each key as the person's
keymap has it.

(A question names its keys on the key bar under it, with its buttons' words.)

tests/key_hint_guard.py kept a list of 46 hints that still spelled out the usual key: the
confirm dialog's "y yes  n/Esc no" stayed after `confirm.yes` moved to Y (and Escape no
longer said no once `confirm.no` was N alone), the job boards' "a follow … Esc close" and
"Press r to look for openings now." after their keys moved, and the screen offered when the
store cannot be opened read "r  Restore" while settings.toml gave the restore another key.
A sample of each kind, under a remapped keymap.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.pipeline.boards import BoardsScreen
from bounceback_tui.ui.screens.store_problem import StoreProblemApp
from tests.built_stores import store_once
from tests.screen_text import screen_text, shown_texts
from tests.test_keymap import _keymapped
from tests.ui_harness import settle_workers, toasts


def _bar_line(app: Any) -> str:
    return "  ".join(f"{keys} {words}" for keys, words in app.screen.query_one(KeyBar).shown())


CONFIRM_KEYS = '[keymap]\n"confirm.yes" = "Y"\n"confirm.no" = "N"\n'


async def test_a_confirm_dialog_names_its_remapped_keys(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with _keymapped(opened_paths, CONFIRM_KEYS) as (app, pilot):
        await pilot.press("2")
        await settle_workers(pilot)
        await pilot.press("d")
        await settle_workers(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        keys = _bar_line(app)  # a question's keys are on the key bar under its buttons
        assert keys.startswith("Y Delete  N Keep it"), keys
        # Escape is no longer the no: the dialog stays until N.
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("N")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)
        assert focus_problem(app) is None


async def test_a_key_of_several_moved_to_one_is_no_clash(opened_paths: DataPaths) -> None:
    """`confirm.no` is "n,escape": moved to N alone, Textual counted it as clashing with
    itself, and the dialog came up under "Two bindings share a key in settings.toml:
    confirm.no." (found trying this in the app)."""
    store_once(opened_paths, fill_demo, 60)
    async with _keymapped(opened_paths, CONFIRM_KEYS) as (app, pilot):
        await pilot.press("2")
        await settle_workers(pilot)
        await pilot.press("d")
        await settle_workers(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert not [m for m in app.messages if "share a key" in m], app.messages


async def test_a_confirm_dialog_keeps_its_usual_words_when_left_alone(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with _keymapped(opened_paths, '[keymap]\n"confirm.yes" = "Y"\n') as (app, pilot):
        await pilot.press("2")
        await settle_workers(pilot)
        await pilot.press("d")
        await settle_workers(pilot)
        keys = _bar_line(app)
        assert keys.startswith("Y Delete  n/Esc Keep it"), keys


BOARD_KEYS = (
    '[keymap]\n"boards.follow" = "+"\n"boards.refresh" = "R"\n"boards.close" = "x"\n'
    '"boards.undo" = "U"\n'
)


CONFLICT_KEYS = (
    '[keymap]\n"conflict.reload" = "R"\n"conflict.overwrite" = "O"\n"conflict.as_new" = "N"\n'
    '"conflict.discard" = "D"\n"conflict.back" = "ctrl+b"\n'
)


@pytest.mark.parametrize("deleted", [False, True], ids=["changed", "deleted"])
async def test_the_conflict_dialog_names_its_remapped_keys(
    opened_paths: DataPaths, deleted: bool
) -> None:
    """It said "r reload  o mine  Esc back" (or "n save as new  d discard") whatever the
    keymap had: r did nothing after "conflict.reload" moved to R."""
    async with _keymapped(opened_paths, CONFLICT_KEYS) as (app, pilot):
        app.push_screen(ConflictScreen("Acme was changed in another window.", deleted=deleted))
        await settle_workers(pilot)
        keys = _bar_line(app)
        said = (
            "N Save as new  D Discard  ^b Keep editing"
            if deleted
            else "R Reload  O Save my changes  ^b Keep editing"
        )
        assert keys.startswith(said), keys
        await pilot.press("escape")  # no longer the way back: the question stays
        await pilot.pause()
        assert isinstance(app.screen, ConflictScreen)
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert not isinstance(app.screen, ConflictScreen)
        assert focus_problem(app) is None


async def test_the_job_boards_name_their_remapped_keys(opened_paths: DataPaths) -> None:
    async with _keymapped(opened_paths, BOARD_KEYS) as (app, pilot):
        await pilot.press("2")
        await settle_workers(pilot)
        await pilot.press("b")
        await settle_workers(pilot)
        assert isinstance(app.screen, BoardsScreen)
        texts = shown_texts(app)
        # The form's key line, and the empty state's hint.
        assert "+ Follow d Unfollow R Refresh all o Open x Close" in texts, texts
        assert "Press + and paste the board's link." in screen_text(app)
        await pilot.press("+")
        await settle_workers(pilot)
        await pilot.press(*"lever:acme", "ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, BoardsScreen)
        # The note after following.
        followed = [t for t in toasts(app) if t.startswith("Following")]
        assert followed == ["Following Acme. Press R to look for openings now."], toasts(app)


def _store_problem(chosen: list[str], settings: Path) -> StoreProblemApp:
    def choose(what: str) -> str:
        chosen.append(what)
        return f"Did {what}."

    return StoreProblemApp(
        "The file at ... is damaged. It was left untouched.",
        backup_label="daily, today 09:30",
        aside_name="bounceback.sqlite3.unreadable-20260316-093000",
        restore=lambda: choose("restore"),
        fresh=lambda: choose("fresh"),
        settings_file=settings,
        quiet_s=0,
    )


async def test_the_store_problem_screen_takes_and_names_the_remapped_keys(
    tmp_path: Path,
) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text(
        '[keymap]\n"store_problem.restore" = "R"\n"store_problem.fresh" = "F"\n'
        '"store_problem.quit" = "Q"\n',
        encoding="utf-8",
    )
    chosen: list[str] = []
    app = _store_problem(chosen, settings)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        shown = screen_text(app)
        assert "R  Restore the latest backup (daily, today 09:30)" in shown, shown
        assert "F  Start fresh" in shown and "Q  Quit and leave everything" in shown, shown
        await pilot.press("r", "f", "q")  # the usual keys do nothing now
        await pilot.pause()
        assert chosen == [] and app.is_running
        await pilot.press("R")
        await pilot.pause()
        assert chosen == ["restore"]
        result = str(app.query_one("#problem-result").render())
        assert "Press Enter to open bounceback, or Q to quit." in result, result


async def test_a_clashing_store_problem_key_is_left_as_it_was(tmp_path: Path) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text('[keymap]\n"store_problem.restore" = "f"\n', encoding="utf-8")
    chosen: list[str] = []
    app = _store_problem(chosen, settings)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "r  Restore the latest backup" in screen_text(app)
        await pilot.press("r")
        await pilot.pause()
        assert chosen == ["restore"]
