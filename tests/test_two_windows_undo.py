"""`u` in one window after another window (or a restore) changed the store under it.

A stranger's walk: window A deleted Alex Morgan on People, window B deleted Oakleaf's
application (Alex was linked to it), and `u` in A stopped the app with "Something went
wrong (IntegrityError: … FOREIGN KEY constraint failed)", exit 70, and Alex was lost. After
a restore at the command line, A said "Store replaced" and still offered `u`, which stopped
the app on "UNIQUE constraint failed: contact.id". Now A brings Alex back without the link
that went, and says so; after a replacement `u` leaves the key bar.
"""

from __future__ import annotations

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import applications, people_edits
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.store.database import Database
from bounceback_tui.store.restore import restore_backup
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import rows
from tests.ui_harness import NO_IDLE_CHECK, app_on, settle, toasts


def _seed(db: Database) -> dict[str, int]:
    ids = {
        company: applications.add_application(
            db, ApplicationInput(company=company, role="Analyst")
        ).id
        or 0
        for company in ("Oakleaf", "Birch & Co")
    }
    for name in ("Alex Morgan", "Jo Park"):
        ids[name] = people_edits.add_contact(db, validate_contact({"name": name}, FIXED_TODAY))
    people_edits.link_application(db, ids["Alex Morgan"], ids["Oakleaf"])
    people_edits.link_application(db, ids["Alex Morgan"], ids["Birch & Co"])
    return ids


def _undo_on_bar(app: object) -> bool:
    bar = app.screen.query_one(KeyBar)  # type: ignore[attr-defined]  # a BouncebackApp
    return "undo" in bar.shown_actions()


async def test_undo_after_another_window_deleted_a_linked_application_brings_the_person_back(
    opened_paths: DataPaths, db: Database
) -> None:
    ids = _seed(db)
    alex, oakleaf, birch = ids["Alex Morgan"], ids["Oakleaf"], ids["Birch & Co"]
    async with app_on(opened_paths, "people", notifications=True, watch_seconds=NO_IDLE_CHECK) as (
        a,
        pilot_a,
        pane_a,
    ):
        assert pane_a.select_item(alex)
        await pilot_a.press("d")
        await settle(pilot_a)
        assert isinstance(a.screen, ConfirmScreen)
        await pilot_a.press("y")
        await settle(pilot_a)
        async with app_on(opened_paths, "pipeline", watch_seconds=NO_IDLE_CHECK) as (
            b,
            pilot_b,
            pane_b,
        ):
            assert pane_b.select_item(oakleaf)
            await pilot_b.press("d")
            await settle(pilot_b)
            assert isinstance(b.screen, ConfirmScreen)
            await pilot_b.press("y")
            await settle(pilot_b)
        assert rows(opened_paths.database, "SELECT id FROM application") == [(birch,)]

        await pilot_a.press("u")
        await settle(pilot_a)

        assert (
            "Alex Morgan is back; the link to Oakleaf (Analyst) was not, as it was "
            "deleted in another window."
        ) in toasts(a)
        assert pane_a.selected is not None and pane_a.selected.name == "Alex Morgan"
        assert rows(
            opened_paths.database, "SELECT application_id, contact_id FROM application_contact"
        ) == [(birch, alex)]
        assert focus_problem(a) is None
        assert not _undo_on_bar(a)


async def test_a_restore_elsewhere_takes_undo_off_the_bar(
    opened_paths: DataPaths, db: Database
) -> None:
    ids = _seed(db)
    backup = back_up_store(opened_paths)  # it has Alex
    async with app_on(opened_paths, "people", notifications=True, watch_seconds=NO_IDLE_CHECK) as (
        a,
        pilot_a,
        pane_a,
    ):
        a._watch_tick()  # the window's first look at the store
        assert pane_a.select_item(ids["Alex Morgan"])
        await pilot_a.press("d", "y")
        await settle(pilot_a)
        assert _undo_on_bar(a)

        restore_backup(opened_paths, backup)  # `restore -y` at the command line
        a._watch_tick()
        await settle(pilot_a)

        assert [n.title for n in a._notifications].count("Store replaced") == 1
        assert not _undo_on_bar(a)
        await pilot_a.press("u")
        await settle(pilot_a)
        assert toasts(a)[-1] == "Nothing to undo here."
        assert rows(
            opened_paths.database, "SELECT count(*) FROM contact WHERE id = ?", ids["Alex Morgan"]
        ) == [(1,)]
        assert focus_problem(a) is None


async def test_a_restore_elsewhere_takes_the_pipelines_undo_off_the_bar_too(
    opened_paths: DataPaths, db: Database
) -> None:
    ids = _seed(db)
    backup = back_up_store(opened_paths)  # it has Oakleaf
    async with app_on(
        opened_paths, "pipeline", notifications=True, watch_seconds=NO_IDLE_CHECK
    ) as (a, pilot_a, pane_a):
        a._watch_tick()
        assert pane_a.select_item(ids["Oakleaf"])
        await pilot_a.press("d", "y")
        await settle(pilot_a)
        assert _undo_on_bar(a)

        restore_backup(opened_paths, backup)
        a._watch_tick()
        await settle(pilot_a)

        assert not _undo_on_bar(a)
        await pilot_a.press("u")
        await settle(pilot_a)
        assert "Oakleaf is back." not in toasts(a)
        assert rows(opened_paths.database, "SELECT count(*) FROM application") == [(2,)]
        assert focus_problem(a) is None
