"""Settings after the store was replaced under it (a restore, an import with --replace or
demo data elsewhere: ui/kit/read_again.py). Each setting the replacement changed shows what
the store holds now, and the template editor its steps: "Weekly goal 3" stayed in sight
after a restore put 5 back, and closing Settings the person believed 3 was saved. A field
being typed in keeps its text and is compared on its save, as a form's is: the conflict
dialog then says the store was restored (settings_saving.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Input

from bounceback_tui.services.settings import read_settings_versions
from bounceback_tui.ui.recovery.template import TemplateEditor

if TYPE_CHECKING:
    from bounceback_tui.ui.screens.settings import SettingsScreen


def show_what_the_store_holds(screen: SettingsScreen) -> None:
    from bounceback_tui.ui.screens.settings import NUMBERS, SWITCHES, TEXTS

    found = read_settings_versions(screen.bb_app.db)
    for key in (*NUMBERS, *SWITCHES, *TEXTS, "recovery_optional_steps"):
        now = found[key]
        shown = screen._versions.get(key, 0), screen._stored.get(key)
        if shown != (now.version, now.value) and not _being_typed(screen, key):
            screen._reload_setting(key, now)
    screen._show_template(screen.query_one(TemplateEditor))  # the cursor kept on its step


def _being_typed(screen: SettingsScreen, key: str) -> bool:
    """Typing not saved yet: a save waiting for a pause, or text that is not what is stored
    (refused, its note saying so)."""
    if screen._quiet.waiting(key):
        return True
    widget = screen.query_one(f"#setting-{key}")
    stored = screen._stored.get(key)
    return isinstance(widget, Input) and widget.value != ("" if stored is None else str(stored))
