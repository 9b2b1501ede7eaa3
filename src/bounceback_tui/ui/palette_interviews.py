"""Palette entries for the interviews of the application selected in the Pipeline: schedule
one (`I`, nobody from People needed) and change or delete one (`N`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from bounceback_tui.ui.palette_actions import PaletteAction, _run_in

if TYPE_CHECKING:
    from bounceback_tui.ui.app import BouncebackApp


def application_interview_actions(app: BouncebackApp, name: str) -> Iterator[PaletteAction]:
    """``name``: the application as the palette names it ("Acme (Engineer)")."""
    yield PaletteAction(
        "Schedule an interview for the application",
        f"{name}: its day, time and kind, with or without someone from People "
        f"(key {app.key_label('pipeline.interview', 'I')} on the Pipeline)",
        _run_in(app, "pipeline", "schedule_interview"),
        keywords="interview schedule add new book record",
    )
    yield PaletteAction(
        "Edit an interview…",
        f"{name}: change the time or kind of one of its interviews, or delete it "
        f"(key {app.key_label('pipeline.edit_interview', 'N')} on the Pipeline)",
        _run_in(app, "pipeline", "edit_interview"),
        keywords="interview reschedule move cancel time change delete",
    )
