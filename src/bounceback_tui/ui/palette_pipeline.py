"""The Pipeline's actions for the command palette (ui/palette_actions.py lists them all):
adding, importing and following boards, what can be done to the selected application, and
reviewing the quiet ones."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.screen import Screen

from bounceback_tui.ui.kit.text import markup_with
from bounceback_tui.ui.palette_shared import PaletteAction, go_then_say, mounted, run_in

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
    from bounceback_tui.domain.text import app_name

    pipeline = mounted(screen, "pipeline")
    row = getattr(pipeline, "selected_row", None) if pipeline is not None else None
    reject_key = app.key_label("pipeline.reject", "x")
    if row is None:
        said = markup_with(
            "Choose the application that said no, then press [b]$key[/b].", key=reject_key
        )
        yield _mark_rejected(
            "Choose the application in the Pipeline first; this takes you there",
            go_then_say(app, "pipeline", said),
        )
        return
    name = app_name(row.company, row.role)
    if row.stage is Stage.REJECTED:
        yield _mark_rejected(
            f"{name} is already marked rejected; choose another in the Pipeline",
            partial(app.go_to, "pipeline"),
        )
    else:
        yield _mark_rejected(
            f"{name}: record the no and start its plan (key {reject_key} on the Pipeline)",
            run_in(app, "pipeline", "reject"),
        )
    yield PaletteAction(
        "Set a follow-up date",
        f"{name} (key {app.key_label('pipeline.follow_up', 'f')} on the Pipeline)",
        run_in(app, "pipeline", "follow_up"),
        keywords="follow up remind chase nudge",
    )
    from bounceback_tui.ui.palette_interviews import application_interview_actions

    yield from application_interview_actions(app, row.id, name)


def _mark_rejected(help_line: str, run: Callable[[], object]) -> PaletteAction:
    """Mark rejected, whichever way it runs (the help line says which)."""
    return PaletteAction(
        "Mark rejected", help_line, run, keywords="rejection no turned down declined reject"
    )


def _quiet_review(app: BouncebackApp, screen: Screen) -> Iterator[PaletteAction]:
    """Review quiet applications (`r` on the Pipeline), while some look quiet there, whether
    or not a row is chosen: with none chosen (a filter that shows none) it was left out, and
    "quiet" found Quit alone, which Enter ran."""
    pipeline = mounted(screen, "pipeline")
    if pipeline is None or pipeline.check_action("review_quiet", ()) is not True:
        return
    yield PaletteAction(
        "Review quiet applications",
        "The ones that may have gone quiet, one at a time "
        f"(key {app.key_label('pipeline.review_quiet', 'r')} on the Pipeline)",
        run_in(app, "pipeline", "review_quiet"),
        keywords="ghosted ghosting silent no reply",
    )
