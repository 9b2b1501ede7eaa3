"""A warning or an error says so in words, not only by its bar's colour (a stranger's walk).

Under NO_COLOR a toast is a bar and its text: "That item is no longer there." (ui/app_panes.py)
read exactly as a note that something went well. Every warning and error now has a title:
its caller's ("Nothing changed" where nothing changed), else the kit's (``SEVERITY_TITLES``
in ui/kit/text.py, added by ``ContentNotify.notify``, which every toast of the app passes).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from textual.widgets import Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.text import ContentNotify
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle

UI = Path(__file__).resolve().parents[1] / "src" / "bounceback_tui" / "ui"


async def _toast_lines(pilot: object) -> list[str]:
    for _ in range(20):  # the toast is mounted a frame or two after the call
        await pilot.pause()  # type: ignore[attr-defined]
        lines = [line.strip() for line in screen_lines(pilot.app)]  # type: ignore[attr-defined]
        if any(line.startswith("▌") for line in lines):
            return lines
    return []


async def test_an_item_no_longer_there_says_nothing_changed_without_colour(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")  # read by Textual when the app is made
    async with app_on(opened_paths, notifications=True) as (app, pilot, _pane):
        assert app.no_color
        await app.go_to("pipeline", 424242)  # Today's Enter on an item deleted meanwhile
        await settle(pilot)
        toast = [line for line in await _toast_lines(pilot) if line.startswith("▌")]
        said = " ".join(" ".join(line.strip("▌ ").split()) for line in toast)
        assert "Nothing changed" in said and "That item is no longer there." in said, toast


async def test_a_warning_or_an_error_without_a_title_is_given_one(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    async with app_on(opened_paths, notifications=True) as (app, pilot, _pane):
        # A widget's notify goes through the app's: the kit's rule is met by every toast.
        plain_widget = Static("A widget of Textual's own")
        await app.screen.mount(plain_widget)
        plain_widget.notify("Something to look at.", severity="warning")
        app.notify("Something went wrong.", severity="error")
        app.notify("All is well.")
        await settle(pilot)
        told = {str(n.message): n.title for n in app._notifications}
        assert told["Something to look at."] == "Warning"
        assert told["Something went wrong."] == "Error"
        assert told["All is well."] == ""
        shown = " ".join(" ".join(line.split()) for line in await _toast_lines(pilot))
        assert "Warning" in shown and "Error" in shown


def test_every_toast_of_the_app_passes_the_kit_s_notify() -> None:
    assert BouncebackApp.notify is ContentNotify.notify


def _warning_calls() -> list[tuple[str, int, ast.Call]]:
    calls = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "notify"
            ):
                continue
            severity = next((k.value for k in node.keywords if k.arg == "severity"), None)
            if severity is None:
                continue
            words = [c.value for c in ast.walk(severity) if isinstance(c, ast.Constant)]
            if "warning" in words or "error" in words:
                calls.append((path.name, node.lineno, node))
    return calls


def test_no_warning_is_given_an_empty_title() -> None:
    calls = _warning_calls()
    assert len(calls) > 40  # the walk finds them
    empty = [
        (name, line)
        for name, line, call in calls
        for keyword in call.keywords
        if keyword.arg == "title"
        and isinstance(keyword.value, ast.Constant)
        and not str(keyword.value.value).strip()
    ]
    assert empty == []
