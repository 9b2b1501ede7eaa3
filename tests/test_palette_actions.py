"""Every action by name from the palette: it switches to its pane and runs the pane's own action."""

from __future__ import annotations

import pytest
from textual.command import CommandPalette

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.answers.bank import AnswerBankScreen
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.insights.screen import InsightsScreen
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen
from bounceback_tui.ui.pipeline.boards import BoardsScreen
from bounceback_tui.ui.pipeline.import_posting import ImportPostingScreen
from bounceback_tui.ui.reframe.practice import PracticeScreen
from tests.built_stores import store_once
from tests.palette_fixtures import Records, build_store
from tests.palette_fixtures_ui import choose, messages, search
from tests.pipeline_fixtures import add

SIZE = (100, 30)


@pytest.fixture
def records(db: Database) -> Records:
    return store_once(db, build_store)


async def test_mark_rejected_opens_the_form_for_the_selected_application(
    records: Records, opened_paths: DataPaths
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert app.current_pane.select_item(records.northwind)
        await pilot.press("1")  # the palette works from another pane too
        await pilot.pause()
        results = await search(app, pilot, "mark rejected")
        assert results[0] == (
            "Mark rejected | Northwind Analytics (Data Analyst): record the no and start its "
            "plan (key x on the Pipeline)"
        )
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert app.current_pane.id == "pipeline"
        assert isinstance(app.screen, FormScreen)
        assert app.screen.form_title == "Rejected: Northwind Analytics (Data Analyst)"


async def test_mark_rejected_before_choosing_says_what_to_do(
    records: Records, opened_paths: DataPaths
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        results = await search(app, pilot, "mark rejected")
        assert results[0] == (
            "Mark rejected | Choose the application in the Pipeline first; this takes you there"
        )
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert app.current_pane.id == "pipeline"
        assert not isinstance(app.screen, FormScreen)
        assert any("Choose the application that said no" in m for m in messages(app))


async def test_mark_rejected_on_a_rejected_application_explains(
    db: Database, opened_paths: DataPaths
) -> None:
    gone = add(db, "Initech", "Analyst", stage="rejected")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert app.current_pane.select_item(gone)
        results = await search(app, pilot, "mark rejected")
        assert results[0] == (
            "Mark rejected | Initech (Analyst) is already marked rejected; choose another in "
            "the Pipeline"
        )
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, (FormScreen, CommandPalette))


@pytest.mark.parametrize("query", ["start a reframe", "strat a refrme", "thought record"])
async def test_start_a_reframe_opens_the_exercise(opened_paths: DataPaths, query: str) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await choose(app, pilot, query)
        await pilot.pause()
        assert app.current_pane.id == "reframe"
        assert app.current_pane.mode == "exercise"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("query", "pane", "screen_type", "title"),
    [
        ("add an application", "pipeline", ApplicationFormScreen, None),
        ("import a job posting", "pipeline", ImportPostingScreen, None),
        ("followed job boards", "pipeline", BoardsScreen, None),
        ("record a rejection", "recovery", FormScreen, "Record a rejection"),
        ("add a skill", "skills", FormScreen, "New skill item"),
        ("daily check-in", "today", FormScreen, "How is today?"),
        ("practise spotting thinking traps", "reframe", PracticeScreen, None),
        ("export as markdown", "today", FormScreen, "Export a journal as Markdown"),
        # Issue 20: both views are reachable from the palette, not only by their keys.
        ("what's working", "today", InsightsScreen, None),
        ("interview answer bank", "today", AnswerBankScreen, None),
    ],
)
async def test_an_action_by_name_opens_its_screen(
    opened_paths: DataPaths, query: str, pane: str, screen_type: type, title: str | None
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await choose(app, pilot, query)
        await pilot.pause()
        assert app.current_pane.id == pane
        assert isinstance(app.screen, screen_type)
        if title is not None:
            assert app.screen.form_title == title  # type: ignore[attr-defined]


async def test_go_to_a_pane_by_name(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await choose(app, pilot, "go to recovry")
        assert app.current_pane.id == "recovery"


async def test_before_typing_the_app_actions_are_listed_first(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        results = await search(app, pilot, "")
    titles = [line.split(" | ")[0] for line in results]
    assert titles[:5] == [
        "Go to Today",
        "Go to Pipeline",
        "Go to Recovery",
        "Go to Reframe",
        "Go to Skills",
    ]
    # Textual's own commands are still there, after the app's.
    assert {"Theme", "Quit", "Show keys", "Settings", "Back up now"} <= set(titles)
    assert titles.index("Theme") > titles.index("Back up now")


async def test_textual_commands_rank_with_the_rest(
    records: Records, opened_paths: DataPaths
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        results = await search(app, pilot, "theme")
    assert results[0] == "Theme | Change the current theme"


async def test_over_a_dialog_only_actions_that_work_anywhere(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        titles = [line.split(" | ")[0] for line in await search(app, pilot, "")]
    assert "Go to Pipeline" not in titles
    assert "Add an application" not in titles
    assert "Export as JSON" in titles


async def test_help_lines_follow_a_remapped_key(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        app.update_keymap({"pipeline.add": "n,ctrl+a", "app.settings": "f2"})
        results = await search(app, pilot, "add an application")
        assert results[0] == (
            "Add an application | A job you applied for or mean to (key n on the Pipeline)"
        )
        await pilot.press("escape")
        await pilot.pause()
        results = await search(app, pilot, "settings")
        assert results[0] == (
            "Settings | Weekly goal, reminders, theme, and the recovery plan template (key f2)"
        )


async def test_the_palette_offers_no_screenshot(opened_paths: DataPaths) -> None:
    """Textual's "Screenshot" wrote an SVG of the screen (the person's notes and feelings)
    to ~/Downloads or the working folder, with the umask's mode, outside the private data
    folder; and on a large screen it stalled the app. The palette no longer offers it,
    neither by name nor in the list shown before typing, over a pane or a dialog."""
    from bounceback_tui.ui.palette_actions import app_actions

    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        typed = await search(app, pilot, "screenshot")
        await pilot.press("escape")
        await pilot.pause()
        listed = await search(app, pilot, "")
        await pilot.press("escape")
        await pilot.pause()
        offered = [f"{a.title} {a.help}" for a in app_actions(app, app.screen)]
        await pilot.press("question_mark")  # a dialog: the system commands are offered there too
        await pilot.pause()
        over_dialog = [f"{a.title} {a.help}" for a in app_actions(app, app.screen)]
    assert typed == [] or "screenshot" not in " ".join(typed).casefold(), typed
    for lines in (listed, offered, over_dialog):
        assert lines  # the palette still lists things: Textual's Theme and Quit among them
        assert not [line for line in lines if "screenshot" in line.casefold()], lines
    assert any(line.startswith("Theme") for line in listed)
    assert any(line.startswith("Quit") for line in over_dialog)


async def test_undo_and_delete_are_found_by_name_on_the_pane_shown(
    opened_paths: DataPaths, db: Database
) -> None:
    # "undo" found nothing and "delete" only an interview's edit (a stranger's walk): a person
    # who does not know `u` and `d` had no way to them from the palette.
    from tests.pipeline_fixtures import rows

    add(db, "Acme", stage="applied")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        hits = await search(app, pilot, "undo")
        # Nothing to undo yet: offered all the same, saying so (tests/test_palette_people.py).
        assert hits[0] == "Undo | Nothing to undo yet (key u on the Pipeline)", hits
        await pilot.press("escape")
        await pilot.pause()
        hits = await search(app, pilot, "delete")
        assert (
            hits[0]
            == "Delete the selected item | It asks first; u brings it back (key d on the Pipeline)"
        )
        await pilot.press("escape")
        await pilot.pause()
        await choose(app, pilot, "delete")
        await pilot.press("y")  # the pane's own question, as after `d`
        await pilot.pause()
        assert rows(opened_paths.database, "SELECT count(*) FROM application") == [(0,)]
        await choose(app, pilot, "undo")
        await pilot.pause()
        assert rows(opened_paths.database, "SELECT company FROM application") == [("Acme",)]
        assert app.focused is not None
