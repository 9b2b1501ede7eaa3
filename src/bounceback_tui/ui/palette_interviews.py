"""Palette entries for interviews: for the application selected in the Pipeline, schedule
one (`I`, nobody from People needed) and change or delete one (`N`), offered only when it
has one to change; and Today's "Edit a coming interview…" (`N` on Today), offered only when
Today lists one."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from bounceback_tui.errors import BouncebackError
from bounceback_tui.services.interviews import interviews_of_application, upcoming_interviews
from bounceback_tui.ui.palette_shared import PaletteAction, run_in

if TYPE_CHECKING:
    from bounceback_tui.ui.app import BouncebackApp


def application_interview_actions(
    app: BouncebackApp, application_id: int, named: Callable[[str], str]
) -> Iterator[PaletteAction]:
    """``named``: a help line with the application where it says ``{app}``, as the palette
    names it ("Acme (Engineer)", cut to the line's room: ``palette_shared.with_app``). "Edit an
    interview…" only for an application with an interview: for one with none it opened
    nothing to edit ("No interviews for this application yet"), where scheduling is what
    it needs."""
    yield PaletteAction(
        "Schedule an interview for the application",
        named(
            "{app}: day, time, kind, and who from People if any "
            f"(key {app.key_label('pipeline.interview', 'I')} on the Pipeline)"
        ),
        run_in(app, "pipeline", "schedule_interview"),
        keywords="interview schedule add new book record",
    )
    try:
        has_one = bool(interviews_of_application(app.db, application_id))
    except BouncebackError:
        has_one = True  # offered as before: the Pipeline's `N` says what went wrong
    if has_one:
        yield PaletteAction(
            "Edit an interview…",
            named(
                "{app}: change the time or kind of one of its interviews, or delete it "
                f"(key {app.key_label('pipeline.edit_interview', 'N')} on the Pipeline)"
            ),
            run_in(app, "pipeline", "edit_interview"),
            keywords="interview reschedule move cancel time change delete",
        )


def coming_interview_actions(app: BouncebackApp) -> Iterator[PaletteAction]:
    """Today's "Edit a coming interview…" only when there is one coming (the coming week's):
    in a store with none it went to Today to say "No interviews coming up". It picks among
    those alone: Today's `N` also lists the ones just past it asks about, marked as past,
    and the palette listed them after the coming ones, as if coming on a later day."""

    async def run() -> None:
        from bounceback_tui.ui.today.pane import TodayPane

        pane = await app.go_to("today")
        if isinstance(pane, TodayPane):
            pane.edit_interview(coming_only=True)

    try:
        has_one = bool(upcoming_interviews(app.db, limit=1))
    except BouncebackError:
        has_one = True  # offered as before: Today's `N` says what went wrong
    if has_one:
        yield PaletteAction(
            "Edit a coming interview…",
            "Change the time or kind of one of the interviews coming up, or delete it "
            f"(key {app.key_label('today.edit_interview', 'N')} on Today)",
            run,
            keywords="interview reschedule move cancel time change delete upcoming",
            binding="today.edit_interview",
        )
