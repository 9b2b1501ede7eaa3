"""The palette's "Keys" panel: Textual's picture, without importing Markdown for nothing.

Textual's ``HelpPanel`` imports its ``Markdown`` widget (and with it ``markdown_it`` and
``linkify_it``, 3.1 MB resident) for a widget's ``HELP`` that no widget has; the app's
panel (ui/kit/keys_panel.py) draws the same and makes that part only when needed. A fresh
interpreter for each check: another test may have imported Markdown already.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import asyncio, sys
from pathlib import Path
from bounceback_tui.paths import resolve_paths
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.ui.app import BouncebackApp

async def main(folder):
    paths = resolve_paths(Path(folder))
    open_store(paths)
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 36)) as pilot:
        for _ in range(5):
            await pilot.pause(0.05)
        without = app.export_screenshot()
        app.action_show_help_panel()
        for _ in range(3):
            await pilot.pause(0.05)
        ours = app.export_screenshot()
        shown = len(app.screen.query("HelpPanel"))
        markdown = "markdown_it" in sys.modules
        app.action_hide_help_panel()  # Textual's own way to close it finds ours
        await pilot.pause(0.05)
        closed = len(app.screen.query("HelpPanel"))
        from textual.widgets import HelpPanel
        app.screen.mount(HelpPanel())
        for _ in range(3):
            await pilot.pause(0.05)
        textuals = app.export_screenshot()
        print(shown, closed, markdown, ours != without, ours == textuals)

asyncio.run(main(sys.argv[1]))
"""


@pytest.mark.slow
def test_the_keys_panel_draws_textuals_picture_without_markdown(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    shown, closed, markdown, drawn, same = done.stdout.split()
    assert (shown, closed) == ("1", "0")  # opened once, and closed by Textual's action
    assert markdown == "False"  # Textual's panel imported markdown_it
    assert drawn == "True"  # the panel is on screen
    assert same == "True"  # cell for cell Textual's panel


async def test_a_widget_with_help_still_gets_it_shown() -> None:
    # No widget has HELP today; one that has it is shown as Textual's panel shows it.
    from textual.app import App, ComposeResult
    from textual.widgets import Button, Input, Markdown

    from bounceback_tui.ui.kit.keys_panel import HelpPanel

    class Helped(Input):
        HELP = "## Helped\n\nType here."

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Button("plain")
            yield Helped()

    app = Bare()
    async with app.run_test(size=(100, 30)) as pilot:
        app.query_one(Button).focus()
        app.screen.mount(HelpPanel())
        await pilot.pause()
        panel = app.screen.query_one(HelpPanel)
        assert not panel.query(Markdown) and not panel.has_class("-show-help")
        app.query_one(Helped).focus()
        await pilot.pause()
        assert panel.has_class("-show-help")
        assert panel.query_one("#widget-help", Markdown).source == "## Helped\n\nType here."
        app.query_one(Button).focus()
        await pilot.pause()
        assert not panel.has_class("-show-help")
