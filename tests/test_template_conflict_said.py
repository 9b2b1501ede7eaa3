"""A template step open for rewording in one window, moved, retired or the template reset in
another: the save's conflict dialog says which, where it said only "No field of this form
changed there." and left the person to choose blind (an attacker's walk)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_template as template_service
from bounceback_tui.services.recovery_template import TemplateRow
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.recovery.template import template_form
from tests.conflict_fixtures import elsewhere, save_into_conflict
from tests.ui_harness import app_on, fill, settle

NO_FIELD = "No field of this form changed there."


def _first_step(paths: DataPaths, before: Callable[[Database, str], object] | None) -> TemplateRow:
    db = Database(paths.database)
    try:
        key = template_service.list_template(db)[0].key
        if before is not None:
            before(db, key)
        return next(r for r in template_service.list_template(db) if r.key == key)
    finally:
        db.dispose()


def _down_and_up(db: Database, key: str) -> None:
    """Moved down and back: where it was, its version moved on (3)."""
    template_service.move_template_step(db, key, +1)
    template_service.move_template_step(db, key, -1)


CASES = [
    (
        "moved",
        None,
        lambda db, key: template_service.move_template_step(db, key, +1),
        f"It was moved within its group there. {NO_FIELD}",
    ),
    (
        "retired",
        None,
        lambda db, key: template_service.set_template_step_retired(db, key, True),
        f"It was retired there: new plans leave it out. {NO_FIELD}",
    ),
    (
        "reset",
        _down_and_up,
        lambda db, _key: template_service.reset_template(db),
        "The template was reset there: this step is back as it was built in. " + NO_FIELD,
    ),
]


@pytest.mark.parametrize(("what", "before", "there", "said"), CASES, ids=[c[0] for c in CASES])
async def test_the_reword_form_says_what_happened_to_its_step_there(
    opened_paths: DataPaths,
    what: str,
    before: Callable[[Database, str], object] | None,
    there: Callable[[Database, str], object],
    said: str,
) -> None:
    row = _first_step(opened_paths, before)
    async with app_on(opened_paths, "recovery") as (app, pilot, _pane):
        # The form the settings screen's template editor opens to reword a step (`e`).
        app.push_screen(template_form(app.db, row, row.group_key))
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, title="Give it an evening")
        elsewhere(opened_paths, lambda db: there(db, row.key))
        assert await save_into_conflict(app, pilot) == said, what


def test_a_step_moved_to_another_group_is_said_by_its_field() -> None:
    """Its Group field names that change; "moved within its group" would be wrong."""
    read = TemplateRow("k", "first_days", "T", "", *_kind_and_rest(), position=2, version=2)
    now = TemplateRow("k", "keep_going", "T", "", *_kind_and_rest(), position=9, version=3)
    assert template_service.changed_there(read, now) == ""
    retired = TemplateRow("k", "first_days", "T", "", *_kind_and_rest(True), position=2, version=2)
    back = TemplateRow("k", "first_days", "T", "", *_kind_and_rest(), position=2, version=3)
    assert template_service.changed_there(retired, back) == (
        "It was brought back there: new plans get it again."
    )


def _kind_and_rest(retired: bool = False) -> tuple[object, ...]:
    from bounceback_tui.domain.recovery import StepKind

    return (StepKind.CHECK, 1, None, False, retired)
