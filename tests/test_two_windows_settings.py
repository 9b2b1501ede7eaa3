"""Two windows on one store, beyond the panes' records: settings, the daily check-in,
followed boards, the recovery template, and the Skills order.

Window A is an app driven with Pilot; "window B" writes through the services with a
Database of its own (another connection, exactly as another window's would be).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from textual.widgets import Input, Select, Static

from bounceback_tui.domain.check_in import CheckInInput
from bounceback_tui.domain.recovery import StepKind
from bounceback_tui.domain.recovery_forms import TemplateStepInput
from bounceback_tui.domain.skills import SkillStatus
from bounceback_tui.importers.providers import BoardRef
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import board_refresh, skill_moves
from bounceback_tui.services import boards as board_service
from bounceback_tui.services import recovery_template as template_service
from bounceback_tui.services import skills as skill_service
from bounceback_tui.services.check_ins import save_check_in
from bounceback_tui.services.settings import read_setting, save_setting
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.pipeline.boards import BoardsScreen
from bounceback_tui.ui.recovery.template import TemplateEditor
from bounceback_tui.ui.screens.settings import SettingsScreen
from tests.conftest import FIXED_TODAY
from tests.skills_fixtures import seed_backlog

SIZE = (110, 40)
NO_IDLE_CHECK = 3600.0


@pytest.fixture
def other(opened_paths: DataPaths) -> Iterator[Database]:
    """Window B's connection to the same store."""
    db = Database(opened_paths.database)
    yield db
    db.dispose()


@asynccontextmanager
async def window(paths: DataPaths, key: str | None = None) -> AsyncIterator[Any]:
    app = BouncebackApp(paths)
    app.watch_seconds = NO_IDLE_CHECK
    async with app.run_test(size=SIZE) as pilot:
        if key is not None:
            await pilot.press(key)
        await pilot.pause()
        yield app, pilot


async def settle(pilot: Any) -> None:
    await pilot.pause()
    await pilot.pause()


async def typed(pilot: Any) -> None:
    """After typing in Settings: its save waits for a pause in typing (kit/quiet_saves.py)."""
    from bounceback_tui.ui.screens.settings import SAVE_DELAY

    await pilot.pause(SAVE_DELAY + 0.3)
    await settle(pilot)


def messages(app: BouncebackApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


# --- settings ------------------------------------------------------------------------------


async def test_a_setting_changed_in_another_window_is_not_overwritten_unseen(
    opened_paths: DataPaths, other: Database
) -> None:
    async with window(opened_paths, "comma") as (a, pilot):
        screen = a.screen
        assert isinstance(screen, SettingsScreen)
        goal = screen.query_one("#setting-weekly_goal", Input)
        assert goal.value == "5"
        save_setting(other, "weekly_goal", 7)  # B
        await pilot.press("enter")  # Settings opens on its sections: Enter, the first setting
        await pilot.press("backspace", "8")
        await typed(pilot)
        assert isinstance(a.screen, ConflictScreen)
        assert a.screen.what_changed == "Weekly goal was changed to 7 in another window."
        assert read_setting(other, "weekly_goal") == 7
        await pilot.press("r")  # reload: the field shows what is stored, nothing is written
        await settle(pilot)
        assert a.screen is screen
        assert goal.value == "7"
        assert read_setting(other, "weekly_goal") == 7
        assert a.focused is goal
        # From there on this screen's saves name the version it reloaded.
        await pilot.press("backspace", "9")
        await typed(pilot)
        assert a.screen is screen
        assert read_setting(other, "weekly_goal") == 9


async def test_save_mine_over_a_setting_changed_elsewhere(
    opened_paths: DataPaths, other: Database
) -> None:
    async with window(opened_paths, "comma") as (a, pilot):
        screen = a.screen
        save_setting(other, "ghost_after_days", 30)
        screen.query_one("#setting-ghost_after_days", Input).focus()
        await pilot.press("end", "backspace", "backspace", *"14")
        await typed(pilot)
        assert isinstance(a.screen, ConflictScreen)
        assert "changed to 30" in a.screen.what_changed
        await pilot.press("o")
        await settle(pilot)
        assert a.screen is screen
        assert read_setting(other, "ghost_after_days") == 14
        note = str(screen.query_one("#note-ghost_after_days", Static).render())
        assert "Not saved" not in note


def stored_settings(paths: DataPaths) -> list[tuple[str, str, int]]:
    import sqlite3

    with sqlite3.connect(paths.database) as conn:
        return list(conn.execute("SELECT key, value, version FROM setting ORDER BY key"))


async def test_opening_the_settings_screen_writes_nothing(
    opened_paths: DataPaths, other: Database
) -> None:
    """Each number field used to save its own first value as the screen opened: a write
    per setting, so two windows opening settings told each other of changes nobody made."""
    save_setting(other, "weekly_goal", 7)
    before = stored_settings(opened_paths)
    async with window(opened_paths, "comma") as (a, pilot):
        await settle(pilot)
        assert isinstance(a.screen, SettingsScreen)
        assert a.screen.query_one("#setting-weekly_goal", Input).value == "7"
        assert stored_settings(opened_paths) == before


async def test_settings_open_in_two_windows_only_conflict_over_a_real_change(
    opened_paths: DataPaths,
) -> None:
    async with window(opened_paths, "comma") as (a, pilot_a):
        async with window(opened_paths, "comma") as (b, pilot_b):
            await settle(pilot_b)
            b.screen.query_one("#setting-weekly_goal", Input).focus()
            await pilot_b.press("backspace", "8")  # B: weekly goal 8
            await typed(pilot_b)
            assert isinstance(b.screen, SettingsScreen)
        # A, open all along, changes another setting: nothing to ask about.
        a.screen.query_one("#setting-ghost_after_days", Input).focus()
        await pilot_a.press("end", "backspace", "backspace", *"30")
        await typed(pilot_a)
        assert isinstance(a.screen, SettingsScreen)
        # The one B changed is still a real conflict.
        a.screen.query_one("#setting-weekly_goal", Input).focus()
        await pilot_a.press("end", "backspace", "6")
        await typed(pilot_a)
        assert isinstance(a.screen, ConflictScreen)
        assert a.screen.what_changed == "Weekly goal was changed to 8 in another window."
    values = {key: value for key, value, _ in stored_settings(opened_paths)}
    assert (values["weekly_goal"], values["ghost_after_days"]) == ("8", "30")


# --- the daily check-in ----------------------------------------------------------------------


async def test_a_check_in_saved_in_another_window_is_shown_before_it_is_replaced(
    opened_paths: DataPaths, other: Database
) -> None:
    async with window(opened_paths) as (a, pilot):
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(a.screen, FormScreen)
        save_check_in(other, FIXED_TODAY, CheckInInput(4, "Theirs"))  # B checks in first
        a.screen.query_one("#field-mood", Select).value = "2"
        a.screen.query_one("#field-note", Input).value = "Mine"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(a.screen, ConflictScreen)
        assert a.screen.what_changed == "Today's check-in was saved in another window: 4 (good)."
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(a.screen, FormScreen)
        assert a.screen.query_one("#field-mood", Select).value == "4"
        assert a.screen.query_one("#field-note", Input).value == "Theirs"
        a.screen.query_one("#field-note", Input).value = "Theirs, and mine"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(a.screen, (FormScreen, ConflictScreen))
        top = a.query_one("#today").children[0].top_text  # type: ignore[attr-defined]
        assert "Theirs, and mine" in top
    with other.read() as session:
        from bounceback_tui.store.models import CheckIn

        row = session.get(CheckIn, FIXED_TODAY)
        assert row is not None and (row.mood, row.note) == (4, "Theirs, and mine")


async def test_a_check_in_form_opened_after_a_reading_names_that_reading(
    opened_paths: DataPaths, other: Database
) -> None:
    """Today read the check-in (version 1); B changes it; A's c opens on what A shows,
    and its save is refused rather than replacing B's. "Save mine over it" then saves A's
    note over B's, and keeps B's mood, which A did not change (it put A's old 3 back)."""
    save_check_in(other, FIXED_TODAY, CheckInInput(3, "First"))
    async with window(opened_paths) as (a, pilot):
        save_check_in(other, FIXED_TODAY, CheckInInput(5, "Second"))
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(a.screen, FormScreen)
        assert a.screen.query_one("#field-note", Input).value == "First"
        a.screen.query_one("#field-note", Input).value = "Mine"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(a.screen, ConflictScreen)
        assert a.screen.what_changed.endswith("5 (great).")
        await pilot.press("o")
        await settle(pilot)
        assert not isinstance(a.screen, (FormScreen, ConflictScreen))
    with other.read() as session:
        from bounceback_tui.store.models import CheckIn

        row = session.get(CheckIn, FIXED_TODAY)
        assert row is not None and (row.mood, row.note) == (5, "Mine")


# --- followed boards --------------------------------------------------------------------------


async def test_unfollowing_a_board_changed_in_another_window_is_refused_then_works(
    opened_paths: DataPaths, other: Database
) -> None:
    board = board_service.follow_board(other, BoardRef("lever", "acme"), "Acme")
    async with window(opened_paths) as (a, pilot):
        a.push_screen(BoardsScreen(a.db))
        await settle(pilot)
        screen = a.screen
        assert isinstance(screen, BoardsScreen)
        board_refresh.store_board(other, board, "The board could not be read.")  # B refreshes
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(a.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(pilot)
        assert a.screen is screen
        assert any("Acme's board was changed in another window" in m for m in messages(a))
        assert [b.id for b in board_service.list_boards(other)] == [board.id]
        # The screen now shows the board as it is (B's failed check), and d works.
        detail = str(screen.query_one("#boards-detail", Static).render())
        assert "The board could not be read." in detail
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert board_service.list_boards(other) == []
        await pilot.press("u")  # and the undo of this window's own unfollow still works
        await settle(pilot)
        assert [b.id for b in board_service.list_boards(other)] == [board.id]


# --- the recovery template -------------------------------------------------------------------


async def _template_editor(a: BouncebackApp, pilot: Any) -> TemplateEditor:
    await pilot.press("comma")
    await settle(pilot)
    editor = a.screen.query_one(TemplateEditor)
    editor.table.focus()
    await pilot.pause()
    return editor


async def test_a_template_step_reworded_in_another_window_is_not_overwritten_unseen(
    opened_paths: DataPaths, other: Database
) -> None:
    async with window(opened_paths) as (a, pilot):
        editor = await _template_editor(a, pilot)
        first = editor.selected
        assert first is not None
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(a.screen, FormScreen)
        a.screen.query_one("#field-title", Input).value = "Mine"
        template_service.update_template_step(  # B rewords the same step
            other, first.key, TemplateStepInput("Theirs", first.group_key, StepKind.CHECK, 0)
        )
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(a.screen, ConflictScreen)
        assert a.screen.what_changed == "“Theirs” was changed in another window."
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(a.screen, FormScreen)
        assert a.screen.query_one("#field-title", Input).value == "Theirs"
        await pilot.press("escape")
        await settle(pilot)
        assert editor.selected is not None and editor.selected.title == "Theirs"
    assert template_service.list_template(other)[0].title == "Theirs"


async def test_a_template_move_against_a_change_elsewhere_is_refused(
    opened_paths: DataPaths, other: Database
) -> None:
    async with window(opened_paths) as (a, pilot):
        editor = await _template_editor(a, pilot)
        first, second = template_service.list_template(other)[:2]
        assert editor.selected is not None and editor.selected.key == first.key
        # B retires the step this window would swap with.
        template_service.set_template_step_retired(other, second.key, True)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert any("changed in another window" in m for m in messages(a))
        now = template_service.list_template(other)
        assert [r.key for r in now[:2]] == [first.key, second.key]  # not swapped
        # The editor shows it as it is now (retired), cursor where it was.
        assert editor.rows[second.key].retired
        assert editor.selected is not None and editor.selected.key == first.key
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert [r.key for r in template_service.list_template(other)[:2]] == [
            second.key,
            first.key,
        ]


# --- the Skills order ---------------------------------------------------------------------------


async def test_a_priority_move_against_a_move_in_another_window_is_refused(
    opened_paths: DataPaths, other: Database
) -> None:
    seed = seed_backlog(other)
    design, resume, review = (seed.skills[k] for k in ("design", "resume", "review"))

    def todo() -> list[int]:
        return [s.id for s in skill_service.list_skills(other) if s.status is SkillStatus.TODO]

    assert todo() == [design, resume, review]
    async with window(opened_paths, "5") as (a, pilot):
        pane = a.current_pane
        assert pane.select_item(design)
        await pilot.pause()
        skill_moves.move_priority(other, review, -1, same_status=True)  # B: review up
        assert todo() == [design, review, resume]
        await pilot.press("J")  # A: "design below resume", as A still shows it
        await settle(pilot)
        assert todo() == [design, review, resume]
        assert any("order was changed in another window" in m for m in messages(a))
        # A shows the order as it is now, cursor still on design, and J works from there.
        assert pane.selected is not None and pane.selected.id == design
        await pilot.press("J")
        await settle(pilot)
        assert todo() == [review, design, resume]
