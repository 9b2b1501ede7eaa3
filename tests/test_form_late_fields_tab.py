"""A Tab typed while the application form mounts its later fields goes to the next field.

The form draws its first six fields, then mounts the other twelve just after its first
paint. Textual orders focus by where widgets are laid out, and a field mounted but not yet
laid out sits at the top: for that moment the chain read Company, Location, Work mode, ...,
Role, so `e<Tab>Dev<Enter>` typed fast (a reviewer's second window, a busy machine) saved
"Dev" as the location. Keys now wait while the later fields arrive, as they wait while the
form opens (ui/kit/type_ahead.py). Fails on main bed5910 (Location read "Dev").
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.form_fit import FormFields
from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen
from tests.quiet import until_quiet
from tests.ui_harness import app_on, post_burst


async def test_tab_while_the_later_fields_mount_goes_to_role(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    mount_all = FormFields.mount_all
    typed: list[str] = []

    async def mount_then_type(self: FormFields, widgets: Any, *args: Any, **kwargs: Any) -> None:
        widgets = list(widgets)
        await mount_all(self, widgets, *args, **kwargs)
        late = any(widget.id == "row-location" for widget in widgets)
        if late and not typed:  # the keys reach the app as the later fields are mounted
            typed.append("tab")
            post_burst(self.app, ["tab", *"Dev"])

    monkeypatch.setattr(FormFields, "mount_all", mount_then_type)
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await until_quiet(pilot)
        form = app.screen
        assert isinstance(form, ApplicationFormScreen)
        assert typed, "the later fields were not mounted"
        assert form.query_one("#field-location", Input).value == ""
        assert form.query_one("#field-role", Input).value == "Dev"
        assert app.focused is form.query_one("#field-role", Input)
