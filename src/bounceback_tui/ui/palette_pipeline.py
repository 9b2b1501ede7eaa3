"""The Pipeline's actions for the command palette (ui/palette_actions.py lists them all):
adding, importing and following boards, what can be done to the selected application, and
reviewing the quiet ones.

Each is offered whether or not the Pipeline has been opened: on a fresh Today "quiet" found
Quit alone and "followup" only People's message, the Pipeline's own waiting for it to be
built. The palette does not build it to ask: with no application chosen there, an action on
one takes the person there and says what to press, and whether some look quiet is asked of
the store (one indexed look, as the palette opens).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.screen import Screen

from bounceback_tui.ui.kit.text import markup_with
from bounceback_tui.ui.palette_shared import (
    PaletteAction,
    go_then_say,
    mounted,
    run_in,
    with_app,
)

if TYPE_CHECKING:
    from bounceback_tui.ui.app import BouncebackApp


def pipeline_actions(app: BouncebackApp, screen: Screen) -> Iterator[PaletteAction]:
    on = "on the Pipeline"
    yield PaletteAction(
        "Add an application",
        f"A job you applied for or mean to (key {app.key_label('pipeline.add', 'a')} {on})",
        run_in(app, "pipeline", "add"),
        keywords="new job apply applied track save",
    )
    yield PaletteAction(
        "Import a job posting from a link",
        "Paste a link; the form fills itself in "
        f"(key {app.key_label('pipeline.import', 'i')} {on})",
        run_in(app, "pipeline", "import_posting"),
        keywords="url paste fetch add new posting",
    )
    yield PaletteAction(
        "Followed job boards",
        "Companies' boards you follow: refresh, follow, unfollow "
        f"(key {app.key_label('pipeline.boards', 'b')} {on})",
        run_in(app, "pipeline", "boards"),
        keywords="greenhouse lever ashby openings follow companies",
    )
    yield from _pipeline_selection(app, screen)
    yield from _quiet_review(app, screen)


def _pipeline_selection(app: BouncebackApp, screen: Screen) -> Iterator[PaletteAction]:
    """Actions on the Pipeline's selected application."""
    from bounceback_tui.domain.stages import Stage

    pipeline = mounted(screen, "pipeline")
    row = getattr(pipeline, "selected_row", None) if pipeline is not None else None
    reject_key = app.key_label("pipeline.reject", "x")
    follow_up_key = app.key_label("pipeline.follow_up", "f")
    edit_key = app.key_label("pipeline.edit", "e")
    if row is None:  # not opened yet, or nothing chosen there
        first = "Choose the application in the Pipeline first; this takes you there"
        said = markup_with(
            "Choose the application that said no, then press [b]$key[/b].", key=reject_key
        )
        yield _mark_rejected(first, go_then_say(app, "pipeline", said))
        if not _any_application(app):
            return  # nothing to follow up or edit: "s" on a new store is Start a reframe
        said = markup_with("Choose the application, then press [b]$key[/b].", key=follow_up_key)
        yield _set_follow_up(first, go_then_say(app, "pipeline", said))
        said = markup_with("Choose the application, then press [b]$key[/b].", key=edit_key)
        yield _edit(first, go_then_say(app, "pipeline", said))
        return
    named = partial(with_app, app, company=row.company, role=row.role)
    if row.stage is Stage.REJECTED:
        yield _mark_rejected(
            named("{app} is already marked rejected; choose another in the Pipeline"),
            partial(app.go_to, "pipeline"),
        )
    else:
        yield _mark_rejected(
            named(f"{{app}}: record the no and start its plan (key {reject_key} on the Pipeline)"),
            run_in(app, "pipeline", "reject"),
        )
    yield _set_follow_up(
        named(f"{{app}} (key {follow_up_key} on the Pipeline)"),
        run_in(app, "pipeline", "follow_up"),
    )
    yield _edit(
        named(f"{{app}}: change what it says (key {edit_key} on the Pipeline)"),
        run_in(app, "pipeline", "edit"),
    )
    from bounceback_tui.ui.palette_interviews import application_interview_actions

    yield from application_interview_actions(app, row.id, named)


def _mark_rejected(help_line: str, run: Callable[[], object]) -> PaletteAction:
    """Mark rejected, whichever way it runs (the help line says which)."""
    return PaletteAction(
        "Mark rejected",
        help_line,
        run,
        keywords="rejection no turned down declined reject",
        binding="pipeline.reject",
    )


def _set_follow_up(help_line: str, run: Callable[[], object]) -> PaletteAction:
    """Set a follow-up date, whichever way it runs (the help line says which)."""
    return PaletteAction(
        "Set a follow-up date",
        help_line,
        run,
        keywords="follow up remind chase nudge",
        binding="pipeline.follow_up",
    )


def _edit(help_line: str, run: Callable[[], object]) -> PaletteAction:
    """The Pipeline's `e`: "update" found "Set a follow-up date" alone (its "up date" written
    as one), and Enter set a follow-up; found as typed here, this is first for it."""
    return PaletteAction(
        "Edit the application",
        help_line,
        run,
        keywords="change update correct",
        binding="pipeline.edit",
    )


def _quiet_review(app: BouncebackApp, screen: Screen) -> Iterator[PaletteAction]:
    """Review quiet applications (`r` on the Pipeline), while some look quiet there, whether
    or not a row is chosen: with none chosen (a filter that shows none) it was left out, and
    "quiet" found Quit alone, which Enter ran. Before the Pipeline is opened, while some look
    quiet in the store (``services/pipeline_rows.any_quiet``): it was left out then too."""
    pipeline = mounted(screen, "pipeline")
    if pipeline is not None and pipeline.check_action("review_quiet", ()) is not True:
        return
    if pipeline is None and not _any_quiet(app):
        return
    yield PaletteAction(
        "Review quiet applications",
        "The ones that may have gone quiet, one at a time "
        f"(key {app.key_label('pipeline.review_quiet', 'r')} on the Pipeline)",
        run_in(app, "pipeline", "review_quiet"),
        keywords="ghosted ghosting silent no reply",
    )


def _any_quiet(app: BouncebackApp) -> bool:
    """Whether the store holds an application that looks quiet today."""
    from bounceback_tui import clock
    from bounceback_tui.errors import BouncebackError
    from bounceback_tui.services.pipeline_rows import any_quiet

    try:
        return any_quiet(app.db, clock.today())
    except BouncebackError:
        return True  # offered: the Pipeline, once opened, says what went wrong


def _any_application(app: BouncebackApp) -> bool:
    """Whether the store holds an application (one count over its primary key)."""
    from bounceback_tui.errors import BouncebackError
    from bounceback_tui.services.pipeline_rows import count_rows

    try:
        return count_rows(app.db) > 0
    except BouncebackError:
        return True  # offered: the Pipeline, once opened, says what went wrong
