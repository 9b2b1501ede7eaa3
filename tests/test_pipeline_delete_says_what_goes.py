"""The Pipeline's delete says what goes with an application, counted, before it asks.

A tester's walk: the dialog said only "Its timeline goes with it. A rejection it had stays in
Recovery." for Acme, which had two interviews, a linked person and log lines: they vanished
from People (and `u` brought them back), though nothing had said they would go.
"""

from __future__ import annotations

from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.people import InteractionInput, InteractionKind
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews, people_log
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.conftest import FIXED_TODAY
from tests.people_fixtures import seed_people
from tests.screen_text import flat
from tests.ui_harness import app_on, settle, settle_workers


def _seed(paths: DataPaths) -> dict[str, int]:
    """Acme with Eve linked, two interviews with her and three lines in its log; Initech
    (rejected) with nothing but its timeline."""

    def add(db: Database, ids: dict[str, int]) -> None:
        for day in ("2026-03-19", "2026-03-20"):
            data = validate_interview(
                {"kind": "technical", "day": day, "at": "10:00", "zone": "Europe/London"},
                FIXED_TODAY,
            )
            interviews.add_interview(db, ids["acme"], data, (ids["eve"],))
        for note in ("Intro call", "Sent the portfolio", "Asked about the team"):
            people_log.log_interaction(
                db,
                InteractionInput(InteractionKind.CALLED, FIXED_TODAY, note),
                application_id=ids["acme"],
                contact_id=ids["eve"],
            )

    return seed_people(
        paths,
        reached=Stage.APPLIED,
        acme_stage=Stage.INTERVIEWING,
        people={"eve": ({"name": "Eve"}, ("acme",))},
        more=add,
    )


async def _asked(paths: DataPaths, application: str) -> str:
    ids = _seed(paths)
    async with app_on(paths, "pipeline") as (app, pilot, pane):
        await settle_workers(pilot)
        assert pane.select_item(ids[application])
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ConfirmScreen)
        said = flat(screen.detail.plain)
        await pilot.press("n")
        await settle(pilot)
        assert focus_problem(app) is None
        return said


async def test_the_delete_counts_the_interviews_log_lines_and_people(
    opened_paths: DataPaths,
) -> None:
    said = await _asked(opened_paths, "acme")
    assert (
        "Its timeline goes with it, and its 2 interviews and 3 log lines; 1 person linked to "
        "it stays in People. u brings"
    ) in said
    # Acme has no rejection: the sentence about one stood on every delete (a last stranger).
    assert "Recovery" not in said


async def test_an_application_with_nothing_else_names_only_its_timeline(
    opened_paths: DataPaths,
) -> None:
    said = await _asked(opened_paths, "initech")
    assert "Its timeline goes with it. Its rejection stays in Recovery, with its plan." in said
