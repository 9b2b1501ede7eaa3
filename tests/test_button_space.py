"""Space presses the focused button in every dialog, as Enter does.

Textual's Button presses on Enter only: Space on a dialog's focused button (the confirm
dialog's Delete, a form's Save) did nothing, while the store-problem screen pressed its
focused choice on Space with a binding of its own. Every button the app makes is now the
kit's (ui/kit/button.py), which Space presses; the static check below finds a button made
from Textual's own anywhere under ui/."""

from __future__ import annotations

import ast
from pathlib import Path

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.built_stores import store_once
from tests.pipeline_fixtures import rows, small_pipeline
from tests.ui_harness import app_on, settle

UI = Path(__file__).resolve().parents[1] / "src" / "bounceback_tui" / "ui"
KIT_BUTTON = UI / "kit" / "button.py"


def _textual_buttons(path: Path) -> list[int]:
    """The lines of ``path`` that make a button from (or subclass) Textual's own."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    textual_names = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "textual.widgets"
        for alias in node.names
        if alias.name == "Button"
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in textual_names:
                found.append(node.lineno)
        elif isinstance(node, ast.ClassDef):
            bases = {base.id for base in node.bases if isinstance(base, ast.Name)}
            if bases & textual_names:
                found.append(node.lineno)
    return found


def test_every_button_the_app_makes_is_the_kits() -> None:
    found = [
        f"{path.relative_to(UI)}:{line}"
        for path in sorted(UI.rglob("*.py"))
        if path != KIT_BUTTON
        for line in _textual_buttons(path)
    ]
    assert found == [], "make it ui/kit/button.Button, which Space presses:\n" + "\n".join(found)


async def test_space_presses_the_confirm_dialogs_focused_button(opened_paths: DataPaths) -> None:
    ids = store_once(opened_paths, small_pipeline)
    app_id = ids["Bluefin Labs"]
    async with app_on(opened_paths, "pipeline", size=(110, 32)) as (app, pilot, pane):
        assert pane.select_item(app_id)
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        app.screen.query_one("#yes").focus()
        await settle(pilot)
        await pilot.press("space")
        await settle(pilot, 4)
        assert not isinstance(app.screen, ConfirmScreen)
        assert focus_problem(app) is None
    assert rows(opened_paths.database, "SELECT id FROM application WHERE id = ?", app_id) == []


async def test_space_presses_a_forms_focused_save(opened_paths: DataPaths) -> None:
    ids = store_once(opened_paths, small_pipeline)
    app_id = ids["Bluefin Labs"]
    async with app_on(opened_paths, "pipeline", size=(110, 32)) as (app, pilot, pane):
        assert pane.select_item(app_id)
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        app.screen.query_one("#field-notes").text = "Said on Space"
        app.screen.query_one("#save").focus()
        await settle(pilot)
        await pilot.press("space")
        await settle(pilot, 4)
        assert not isinstance(app.screen, FormScreen)
        assert focus_problem(app) is None
    notes = rows(opened_paths.database, "SELECT notes FROM application WHERE id = ?", app_id)
    assert notes == [("Said on Space",)]
