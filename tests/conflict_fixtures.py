"""Two windows on one record: a form opened in this one, the record saved through the
service meanwhile (the other window), then this form's save meets the conflict dialog.
Shared by the conflict-dialog tests of every form (tests/test_conflict_fields*.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.form import FormScreen
from tests.ui_harness import settle


def elsewhere(paths: DataPaths, write: Callable[[Database], object]) -> None:
    """What the other window saves, through the service, on its own connection."""
    db = Database(paths.database)
    try:
        write(db)
    finally:
        db.dispose()


async def save_into_conflict(app: Any, pilot: Any) -> str:
    """Save the form on top (ctrl+s) and return what its conflict dialog says changed
    there, after checking that the dialog shows that sentence."""
    form = app.screen
    assert isinstance(form, FormScreen), form
    await pilot.press("ctrl+s")
    await settle(pilot)
    dialog = app.screen
    assert isinstance(dialog, ConflictScreen), dialog
    assert not dialog.deleted
    details = [str(line.render()) for line in dialog.query(".confirm-detail")]
    assert dialog.changed_there in details  # drawn, not only kept
    await pilot.press("escape")  # back to the form, as typed
    await settle(pilot)
    assert app.screen is form
    return str(dialog.changed_there)
