"""A confirm dialog's "no" button says what it does (a newcomer's walk).

"Throw away what you typed?" (Escape on a filled form) answered "Throw away / Cancel": over a
form whose own Cancel means the opposite, "Cancel" read as "cancel the form". It says "Keep
editing" now, and every other dialog's no says what it keeps ("Keep it", "Not now"...).
"""

from __future__ import annotations

import ast
from pathlib import Path

from textual.widgets import Button

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.form import FormScreen
from tests.ui_harness import app_on, settle

SRC = Path(__file__).resolve().parents[1] / "src" / "bounceback_tui"


async def test_throw_away_what_you_typed_answers_keep_editing(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        await pilot.press(*"Acme", "escape")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        labels = [str(button.label) for button in app.screen.query(Button)]
        assert labels == ["Throw away", "Keep editing"]
        await pilot.click("#no")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)  # it did keep the form


def test_every_confirm_dialog_names_its_no() -> None:
    unnamed = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name.endswith("ConfirmScreen"):
                said = {keyword.arg: keyword.value for keyword in node.keywords}
                label = said.get("cancel_label")
                if not isinstance(label, ast.Constant) or label.value in ("Cancel", "No"):
                    unnamed.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert unnamed == []
