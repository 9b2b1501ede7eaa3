"""`x` on the same application in two windows.

An attacker pressed `x` on Acme in two windows and saved the first: recorded. Saving the
second said "Acme was marked rejected in another window" and offered Reload or Save mine
over it; `o` then said "Acme is already marked rejected.", so the choice could never work.
Now the dialog says it is already marked rejected there, offers Reload alone, and says
where its reason is changed.
"""

from __future__ import annotations

from textual.widgets import Button, Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.pipeline.dialogs import PlanOfferScreen
from tests.pipeline_fixtures import add, rows
from tests.ui_harness import NO_IDLE_CHECK, app_on, settle


async def test_a_rejection_recorded_in_another_window_offers_reload_alone(
    opened_paths: DataPaths, db: Database
) -> None:
    acme = add(db, "Acme")
    async with app_on(opened_paths, "pipeline", watch_seconds=NO_IDLE_CHECK) as (
        a,
        pilot_a,
        pane_a,
    ):
        assert pane_a.select_item(acme)
        await settle(pilot_a)
        await pilot_a.press("x")
        await settle(pilot_a)
        assert isinstance(a.screen, FormScreen)
        async with app_on(opened_paths, "pipeline", watch_seconds=NO_IDLE_CHECK) as (
            b,
            pilot_b,
            pane_b,
        ):
            assert pane_b.select_item(acme)
            await settle(pilot_b)
            await pilot_b.press("x")
            await settle(pilot_b)
            await pilot_b.press("ctrl+s")
            await settle(pilot_b)
            assert isinstance(b.screen, PlanOfferScreen)
            await pilot_b.press("n")
            await settle(pilot_b)

        await pilot_a.press("ctrl+s")
        await settle(pilot_a)
        dialog = a.screen
        assert isinstance(dialog, ConflictScreen)
        assert dialog.what_changed == "Acme (Engineer) was marked rejected in another window."
        assert [button.id for button in dialog.query(Button)] == ["reload"]
        said = " ".join(str(s.render()) for s in dialog.query(Static))
        assert (
            "It is already marked rejected there, so yours cannot be saved over it. "
            "Reload to see it; to change the reason, press e on it in Recovery (3)."
        ) in said
        assert "mine" not in said

        await pilot_a.press("o")  # not offered: nothing happens
        await settle(pilot_a)
        assert a.screen is dialog

        await pilot_a.press("r")
        await settle(pilot_a)
        assert not isinstance(a.screen, (ConflictScreen, FormScreen))
        assert pane_a.selected_row is not None and pane_a.selected_row.stage.value == "rejected"
        assert focus_problem(a) is None
    assert rows(opened_paths.database, "SELECT count(*) FROM rejection") == [(1,)]
