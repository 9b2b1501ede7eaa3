"""A form offers "save as new" only when its save can make a new record.

Marking an application rejected (`x`) while another window deleted it showed "… is no
longer there" with "n save as new"; `n` tried the same save again, met the same deletion
and showed the same dialog, for ever (seen in tmux). The same went for a follow-up, a
step's "feedback asked" note: forms whose save updates a record and cannot create one. Such a
form now offers only discard (after "Back to my text"); forms that can save as new say so
(``SaveGuard(..., can_save_as_new=True)``) and keep the choice.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import applications as application_service
from bounceback_tui.services.application_delete import delete_application
from bounceback_tui.services.application_detail import get_detail
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.pipeline_fixtures import add
from tests.quiet import until_quiet


async def _save_over_a_deletion(
    paths: DataPaths, pane_key: str, form_key: str, delete: Any
) -> ConflictScreen:
    app = BouncebackApp(paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(pane_key)
        await until_quiet(pilot)
        await pilot.press(form_key)
        await until_quiet(pilot)
        assert isinstance(app.screen, FormScreen)
        db = Database(paths.database)
        try:
            delete(db)  # window B
        finally:
            db.dispose()
        await pilot.press("ctrl+s")
        await until_quiet(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConflictScreen), dialog
        await pilot.press("n")  # not offered: nothing happens
        await until_quiet(pilot)
        assert app.screen is dialog
        await pilot.press("d")
        await until_quiet(pilot)
        assert not isinstance(app.screen, (ConflictScreen, FormScreen))
        assert focus_problem(app) is None
        return dialog


def _acme(paths: DataPaths) -> int:
    """One application in the store: Acme, Analyst."""
    db = Database(paths.database)
    try:
        return add(db, "Acme", "Analyst")
    finally:
        db.dispose()


@pytest.mark.parametrize("key", ["x", "f"], ids=["marking-it-rejected", "setting-its-follow-up"])
async def test_a_form_that_only_updates_a_deleted_application_offers_only_discard(
    opened_paths: DataPaths, key: str
) -> None:
    app_id = _acme(opened_paths)
    dialog = await _save_over_a_deletion(
        opened_paths, "2", key, lambda db: delete_application(db, app_id)
    )
    assert dialog.choices == ("discard",)


async def _save_as_new_over_a_delete(paths: DataPaths, app_id: int, company: str = "") -> None:
    """`e` on the application in the Pipeline (``company`` typed over its company); window
    B deletes it; ctrl+s meets the dialog, which offers save as new or discard; `n` saves
    it as new."""
    app = BouncebackApp(paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await until_quiet(pilot)
        await pilot.press("e")
        await until_quiet(pilot)
        assert isinstance(app.screen, FormScreen)
        if company:
            app.screen.query_one("#field-company", Input).value = company
        db = Database(paths.database)
        try:
            delete_application(db, app_id)  # window B
        finally:
            db.dispose()
        await pilot.press("ctrl+s")
        await until_quiet(pilot)
        assert isinstance(app.screen, ConflictScreen)
        assert app.screen.choices == ("as_new", "discard")
        await pilot.press("n")
        await until_quiet(pilot)
        assert not isinstance(app.screen, (ConflictScreen, FormScreen))
        assert focus_problem(app) is None


async def test_editing_a_deleted_application_still_offers_save_as_new(
    opened_paths: DataPaths,
) -> None:
    app_id = _acme(opened_paths)
    await _save_as_new_over_a_delete(opened_paths, app_id)
    db = Database(opened_paths.database)
    try:
        assert [row.company for row in application_service.list_applications(db)] == ["Acme"]
    finally:
        db.dispose()


async def test_a_rejected_application_saved_as_new_keeps_its_no(
    opened_paths: DataPaths,
) -> None:
    """A stranger's two windows: A edits a Rejected application (its no on 2 March, a plan
    with a step ticked), B deletes it, A saves as new. The copy was rejected again today: a
    second plan beside the first, which stayed in Recovery unlinked, and Today's figures
    counted the no from today. The copy takes back the plan it had."""
    from datetime import date

    from bounceback_tui.domain.applications import RejectionInput
    from bounceback_tui.domain.stages import Stage
    from bounceback_tui.services import pipeline_moves, recovery_steps
    from tests.recovery_fixtures import steps_of

    db = Database(opened_paths.database)
    try:
        app_id = add(db, "Edge", "Analyst")
        pipeline_moves.mark_rejected(
            db, app_id, RejectionInput(date(2026, 3, 2), Stage.APPLIED, "Went elsewhere")
        )
        (no,) = get_detail(db, app_id).rejections
        first = steps_of(db, no.id)[0]
        recovery_steps.set_step_done(db, first.id, True)
    finally:
        db.dispose()
    await _save_as_new_over_a_delete(opened_paths, app_id, company="Edge Labs")
    db = Database(opened_paths.database)
    try:
        (copy,) = application_service.list_applications(db)
        assert copy.id != app_id and copy.stage == Stage.REJECTED.value
        noes = get_detail(db, copy.id).rejections
        assert [(n.id, n.rejected_on, n.reason, n.company) for n in noes] == [
            (no.id, date(2026, 3, 2), "Went elsewhere", "Edge Labs")  # named as the copy
        ]
        assert steps_of(db, no.id)[0].done_at is not None  # its tick kept
    finally:
        db.dispose()
    import sqlite3

    with sqlite3.connect(opened_paths.database) as conn:
        assert conn.execute("SELECT count(*) FROM rejection").fetchone() == (1,)


def test_a_copy_whose_no_is_gone_too_is_rejected_again_on_that_day(
    opened_paths: DataPaths,
) -> None:
    """Its rejection deleted in Recovery as well: the copy's no is recorded anew, on the day
    the form read (not today), and offered its plan as any new no is."""
    from datetime import date

    from bounceback_tui.domain.applications import ApplicationInput
    from bounceback_tui.domain.stages import Stage
    from bounceback_tui.services.recovery_views import RejectionView
    from bounceback_tui.services.save_again import add_again

    # What the form read: a rejection no longer in the store (id 999).
    read = RejectionView(
        999, None, "Edge", "Analyst", date(2026, 3, 2), "screening", "Went elsewhere", None, 1
    )
    db = Database(opened_paths.database)
    try:
        data = ApplicationInput(company="Edge", role="Analyst", stage=Stage.REJECTED)
        result = add_again(db, data, None, [read])
        assert result.application.id is not None and result.rejection_id is not None
        (no,) = get_detail(db, result.application.id).rejections
        assert (no.rejected_on, no.stage_reached, no.reason) == (
            date(2026, 3, 2),
            "screening",
            "Went elsewhere",
        )
    finally:
        db.dispose()
