"""The app under Textual's test harness: panes, keys, the palette, adding an application."""

from __future__ import annotations

import sqlite3

import pytest
from textual.widgets import ContentSwitcher, Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.kit.pane_tabs import PaneTabs
from bounceback_tui.ui.panes import PANES
from bounceback_tui.ui.pipeline.table import PipelineTable
from bounceback_tui.ui.screens.help import HelpScreen
from tests.palette_fixtures_ui import enter_query, settle

SIZE = (100, 30)


def _current(app: BouncebackApp) -> str | None:
    return app.query_one("#panes", ContentSwitcher).current


def _stored_companies(paths: DataPaths) -> list[str]:
    with sqlite3.connect(paths.database) as conn:
        return [r[0] for r in conn.execute("SELECT company FROM application ORDER BY id")]


async def test_starts_on_today(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE):
        assert _current(app) == "today"
        assert app.query_one("#pane-tabs", PaneTabs).active == "today"


async def test_number_keys_switch_panes(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        for spec in reversed(PANES):
            await pilot.press(spec.key)
            await pilot.pause()
            assert _current(app) == spec.id
            assert app.query_one("#pane-tabs", PaneTabs).active == spec.id
            # Focus lands inside the pane, so its keys work straight away.
            assert app.focused is not None
            assert app.focused is app.current_pane or app.current_pane in app.focused.ancestors


async def test_palette_switches_panes(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await enter_query(pilot, "go to skills")
        await settle(pilot.app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert _current(app) == "skills"


async def test_clicking_a_tab_switches_panes(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        # "1 Today  2 Pipeline  3 Recovery  4 Reframe": Reframe's label starts at column 36.
        await pilot.click("#pane-tabs", offset=(38, 0))
        await pilot.pause()
        assert _current(app) == "reframe"


def _tab_line(app: BouncebackApp) -> str:
    return "".join(segment.text for segment in app.query_one(PaneTabs).render_line(0))


@pytest.mark.parametrize(
    ("width", "pane", "line"),
    [
        (80, "1", " 1 Today  2 Pipeline  3 Recovery  4 Reframe  5 Skills  6 People"),
        # At 60 columns two spaces apart cut "6 People" to "6 Peo": one space apart.
        (60, "6", " 1 Today 2 Pipeline 3 Recovery 4 Reframe 5 Skills 6 People"),
        # Narrower, the tabs not shown keep their keys only.
        (48, "3", " 1 2 3 Recovery 4 5 6"),
        (48, "6", " 1 2 3 4 5 6 People"),
    ],
)
async def test_a_narrow_tab_bar_keeps_every_key_and_the_current_name(
    opened_paths: DataPaths, width: int, pane: str, line: str
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(width, 20)) as pilot:
        await pilot.press(pane)
        await pilot.pause()
        assert _tab_line(app).rstrip() == line


async def test_a_narrowed_tab_can_still_be_clicked(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(48, 20)) as pilot:
        # " 1 Today 2 3 4 5 6": the 5 is at column 15.
        assert _tab_line(app).rstrip() == " 1 Today 2 3 4 5 6"
        await pilot.click("#pane-tabs", offset=(15, 0))
        await pilot.pause()
        assert _current(app) == "skills"


async def test_going_to_a_pane_from_code_keeps_the_tabs_in_step(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await app.go_to("skills")
        await pilot.pause()
        assert app.query_one("#pane-tabs", PaneTabs).active == "skills"
        await pilot.press("1")
        await pilot.pause()
        assert _current(app) == "today"


async def test_help_lists_the_current_panes_keys(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        pane_lines = {(h.keys, h.description) for h in app.screen.lines if h.scope == "pane"}
        global_lines = {(h.keys, h.description) for h in app.screen.lines if h.scope == "global"}
        assert ("a", "add an application") in pane_lines
        assert ("3", "go to Recovery") in global_lines
        assert ("?", "every key of the current pane (this screen)") in global_lines
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_empty_panes_show_their_empty_state(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        for spec in PANES:
            await pilot.press(spec.key)
            await pilot.pause()
            empty = app.query_one(f"#{spec.id}-empty")
            assert empty.display, spec.id


async def test_add_application_saves_and_survives_restart(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "a")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        await pilot.press(*"Acme", "tab", *"Engineer")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
        table = app.query_one("#pipeline-table", PipelineTable)
        assert table.row_count == 1
        assert table.cell_text(0, "company") == "Acme"
    assert _stored_companies(opened_paths) == ["Acme"]

    relaunched = BouncebackApp(opened_paths)
    async with relaunched.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        table = relaunched.query_one("#pipeline-table", PipelineTable)
        assert [table.cell_text(i, "role") for i in range(table.row_count)] == ["Engineer"]


async def test_empty_company_is_refused_in_the_form(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "a")
        await pilot.pause()
        await pilot.press("tab", *"Engineer", "enter")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        error = app.screen.query_one("#error-company")
        assert error.display
        assert "Company is required." in str(error.render())
        # Focus goes back to the field that needs fixing; what was typed is kept.
        assert app.focused is app.screen.query_one("#field-company", Input)
        assert app.screen.query_one("#field-role", Input).value == "Engineer"
    assert _stored_companies(opened_paths) == []


async def test_escape_cancels_without_saving(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "a")
        await pilot.pause()
        await pilot.press(*"Half", "tab", *"Done", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
    assert _stored_companies(opened_paths) == []


async def test_q_quits(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


@pytest.mark.parametrize("key", ["1", "q"])
async def test_typing_digits_and_q_in_a_field_stays_in_the_field(
    opened_paths: DataPaths, key: str
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "a")
        await pilot.pause()
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert app.screen.query_one("#field-company", Input).value == key


@pytest.mark.app_gc_freeze
async def test_switching_panes_and_closing_dialogs_freezes_nothing_more(
    opened_paths: DataPaths,
) -> None:
    """Frozen objects are never collected: once every pane is built, going back and forth
    (and closing dialogs) must not add to them, or every switch would leak."""
    import gc

    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        for key in "2345":
            await pilot.press(key)
            await pilot.pause()
        before = gc.get_freeze_count()
        for _ in range(10):
            await pilot.press("question_mark")
            await pilot.pause()
            await pilot.press("escape")
            for key in "12":
                await pilot.press(key)
                await pilot.pause()
        assert gc.get_freeze_count() <= before
