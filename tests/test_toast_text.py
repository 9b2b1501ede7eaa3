"""A person's text in a toast is clipped: a long company name or title cannot fill it.

A 290-character company name made the Pipeline's "Deleted ... u brings it back." toast five
lines tall at 80 columns, with the key to undo at its very end. Toasts are built with
``toast_with`` (ui/kit/text.py), which puts each value on one line and clips it; the guard
below keeps every toast that way.
"""

from __future__ import annotations

import ast
from pathlib import Path

from textual.widgets._toast import Toast

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from tests.pipeline_fixtures import add
from tests.quiet import until_quiet
from tests.written_over import another_program_writes

UI = Path(__file__).resolve().parents[1] / "src" / "bounceback_tui" / "ui"

LONG = ("Initech Global Consulting and Holdings " * 8)[:290].strip()

# notify(markup_with(...)) left on purpose, with the reason.
ALLOWED = {
    # The binding ids of a clash in settings.toml: the person needs them whole to fix it.
    ("app_screens.py", "Two bindings share a key in settings.toml: $ids."),
}


def _toasts(app: BouncebackApp) -> list[Toast]:
    return list(app.screen.query(Toast))


async def _delete_and_look(app: BouncebackApp, pane_key: str) -> Toast:
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press(pane_key)
        await until_quiet(pilot)
        await pilot.press("d")
        await until_quiet(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        for _ in range(40):  # not until_quiet: it waits out the toast's own timer
            await pilot.pause(0.05)
            if _toasts(app):
                break
        await pilot.pause(0.1)
        toasts = _toasts(app)
        assert len(toasts) == 1, toasts
        toast = toasts[0]
        # Its height: padding 1 above and below, then the lines of text.
        assert toast.size.height - 2 <= 3, (toast.size.height, str(toast.render()))
        return toast


async def test_a_long_company_name_keeps_the_pipeline_toast_short(
    opened_paths: DataPaths,
) -> None:
    db = Database(opened_paths.database)
    try:
        add(db, LONG, "Analyst")
    finally:
        db.dispose()
    toast = await _delete_and_look(BouncebackApp(opened_paths), "2")
    shown = str(toast.render())
    assert "brings it back" in shown
    assert "Initech Global" in shown and "…" in shown


async def test_a_long_skill_title_keeps_the_skills_toast_short(opened_paths: DataPaths) -> None:
    from bounceback_tui.domain.skills import SkillInput
    from bounceback_tui.services import skills as skill_service

    db = Database(opened_paths.database)
    try:
        skill_service.add_skill(db, SkillInput(LONG))
    finally:
        db.dispose()
    toast = await _delete_and_look(BouncebackApp(opened_paths), "5")
    shown = str(toast.render())
    assert "to undo" in shown
    assert "Initech Global" in shown and "…" in shown


async def test_a_lone_carriage_return_in_a_name_is_a_space_in_the_toast(
    opened_paths: DataPaths,
) -> None:
    """An old Mac line end (a lone "\\r", which the CSV import keeps) in a company was drawn
    in the delete toast as U+FFFD ("Deleted Acme\ufffdCorp"): a toast names it on one line,
    so it is a space there, as on the pane's own lines; no control character is drawn raw."""

    db = Database(opened_paths.database)
    try:
        app_id = add(db, "Acme Corp", "Data Analyst")
    finally:
        db.dispose()
    another_program_writes(
        opened_paths,
        "UPDATE application SET company = ?, role = ? WHERE id = ?",
        ("Acme\rCorp", "Data\r\nAnalyst\x1b[2J", app_id),
    )
    toast = await _delete_and_look(BouncebackApp(opened_paths), "2")
    shown = " ".join(str(toast.render()).split())
    assert "Acme Corp (Data Analyst\ufffd[2J)" in shown, shown
    assert shown.count("\ufffd") == 1, shown  # the escape alone
    assert not any(ch < " " or "\x7f" <= ch <= "\x9f" for ch in shown), repr(shown)


def test_a_toast_s_values_are_one_line_a_lone_carriage_return_a_space() -> None:
    from bounceback_tui.ui.kit.text import step_toast, toast_with

    assert toast_with("Deleted $name.", name="Acme\rCorp").plain == "Deleted Acme Corp."
    assert step_toast("Ticked “$step”.", "Ask\rfor feedback").plain == "Ticked “Ask for feedback”."


def test_toasts_are_built_with_toast_with() -> None:
    """No ``notify(markup_with(...))``: a toast's values go through ``toast_with``."""
    found: list[str] = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "notify"
                and node.args
            ):
                continue
            for inner in ast.walk(node.args[0]):
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Name)
                    and inner.func.id == "markup_with"
                    and any(True for _ in inner.keywords)
                ):
                    template = inner.args[0]
                    text = template.value if isinstance(template, ast.Constant) else "?"
                    where = (str(path.relative_to(UI)), text)
                    if where not in ALLOWED:
                        found.append(f"{where[0]}:{inner.lineno} {text!r}")
    assert found == []
