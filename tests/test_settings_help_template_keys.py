"""Settings' `?` lists the recovery plan template's keys whatever has focus.

With the focus on the section list or a setting, `?` listed only "Esc / q Close" and the
global keys: the template table's keys (a e [ ] space R) were listed only while it had the
focus, and a person did not learn they were there. They are listed under a heading that
says when they apply."""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.recovery.template import TemplateEditor
from bounceback_tui.ui.screens.help import HelpScreen
from bounceback_tui.ui.screens.settings import SettingsScreen
from tests.ui_harness import settle

# Each binding the template editor declares, by the words `?` says for it.
WORDS = [
    TemplateEditor.HELP_WORDS[str(binding.id)]
    for binding in TemplateEditor.BINDINGS
    if not isinstance(binding, tuple) and binding.description
]


@pytest.mark.parametrize("focus", ["#settings-sections", "#setting-theme", "template"])
async def test_help_on_settings_lists_the_template_keys(
    opened_paths: DataPaths, focus: str
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("comma")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SettingsScreen)
        if focus == "template":
            editor = screen.query_one(TemplateEditor)
            target = next(iter(w for w in editor.query("*") if w.can_focus), editor)
            target.focus()
        else:
            screen.query_one(focus).focus()
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        lines = app.screen.lines
        described = {line.description for line in lines}
        assert set(WORDS) <= described, (WORDS, described)
        groups = {line.group for line in lines if line.description in WORDS}
        assert len(groups) == 1, groups
        (group,) = groups
        assert "template" in group.lower() and "focus" in group.lower(), group
