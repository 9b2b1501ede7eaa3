"""A warning or an error a person meets says what happened in its title.

Every warning or error toast without a title of its own was titled "Warning" or "Error"
(ui/kit/text.py's default): the Pipeline's "No link saved for this one", an application or
a plan deleted in another window, a delete or a link the store refused, all read "Warning"
or "Error" above the message. The ones a person meets most now say what happened: "No
link", "Not found", "Not deleted", "Not opened", "Could not undo" ...
"""

from __future__ import annotations

import ast
from pathlib import Path

from bounceback_tui.paths import DataPaths
from tests.built_stores import store_once
from tests.pipeline_fixtures import small_pipeline
from tests.ui_harness import app_on, settle

UI = Path(__file__).resolve().parents[1] / "src" / "bounceback_tui" / "ui"
# The panes and dialogs a person works in every day.
MET_MOST = ("pipeline", "people", "recovery", "reframe", "skills", "answers")


def _untitled(path: Path) -> list[str]:
    """The warnings and errors ``path`` shows (a literal severity) with no title of their
    own, as "file:line"."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr != "notify":
            continue
        words = {k.arg: k.value for k in node.keywords}
        severity = words.get("severity")
        if not (isinstance(severity, ast.Constant) and severity.value in ("warning", "error")):
            continue
        if "title" not in words:
            found.append(f"{path.relative_to(UI)}:{node.lineno}")
    return found


def test_the_warnings_met_most_have_a_title_of_their_own() -> None:
    untitled = [
        where
        for folder in MET_MOST
        for path in sorted((UI / folder).rglob("*.py"))
        for where in _untitled(path)
    ]
    assert untitled == [], "titled 'Warning' or 'Error' only:\n" + "\n".join(untitled)


async def test_o_on_an_application_without_a_link_says_so_in_its_title(
    opened_paths: DataPaths,
) -> None:
    ids = store_once(opened_paths, small_pipeline)
    async with app_on(opened_paths, "pipeline", notifications=True) as (app, pilot, pane):
        assert pane.select_item(ids["Paperkite"])
        await pilot.press("o")
        await settle(pilot)
        (said,) = [n for n in app._notifications if "No link saved" in str(n.message)]
        assert said.title == "No link"
