"""Every pane's `u` says what came back, in one family of words: "… is back.".

A stranger's walk: after `d` and `u`, Skills said "Put back.", Reframe "Brought back." and
Recovery "Put back as it was.", naming nothing, while People said "Brought back Kenji
Tanaka." and the Pipeline "Vantage Civic is back."; Reframe's delete said only "Deleted.".
A person's text in them is shown as typed, never read as markup.
"""

from __future__ import annotations

import pytest

from bounceback_tui.domain.people import validate_contact
from bounceback_tui.domain.skills import validate_skill
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_edits
from bounceback_tui.services.skills import add_skill
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from tests.conftest import FIXED_TODAY
from tests.recovery_fixtures import add_rejection
from tests.reframe_fixtures import add_record
from tests.ui_harness import app_on, settle, toasts


def _skill(db: Database) -> None:
    add_skill(db, validate_skill({"title": "SQL [b]joins[/b]", "kind": "technical"}, FIXED_TODAY))


def _thought(db: Database) -> None:
    add_record(db, "I go blank on [i]data[/i].")


def _person(db: Database) -> None:
    people_edits.add_contact(
        db, validate_contact({"name": "Kenji Tanaka", "kind": "recruiter"}, FIXED_TODAY)
    )


def _no(db: Database) -> None:
    add_rejection(db, company="Vantage [Civic]")


# The pane, what is in it, and the notes after `d` and after `u`, by hand.
CASES = [
    (
        "skills",
        _skill,
        "Deleted “SQL [b]joins[/b]”. Press u to undo.",
        "“SQL [b]joins[/b]” is back.",
    ),
    (
        "reframe",
        _thought,
        "Deleted the thought record “I go blank on [i]data[/i].”. Press u to undo.",
        "The thought record “I go blank on [i]data[/i].” is back.",
    ),
    ("people", _person, None, "Kenji Tanaka is back."),
    ("recovery", _no, None, "The no from Vantage [Civic] (Engineer) is back."),
]


@pytest.mark.parametrize(("pane", "seed", "deleted", "back"), CASES, ids=[c[0] for c in CASES])
async def test_undo_names_what_came_back(
    opened_paths: DataPaths,
    db: Database,
    pane: str,
    seed: object,
    deleted: str | None,
    back: str,
) -> None:
    seed(db)  # type: ignore[operator]
    async with app_on(opened_paths, pane, size=(100, 30)) as (app, pilot, _pane):
        await settle(pilot, 4)
        await pilot.press("d")
        await settle(pilot, 3)
        await pilot.press("y")
        await settle(pilot, 4)
        if deleted is not None:
            assert deleted in toasts(app), toasts(app)
        await pilot.press("u")
        await settle(pilot, 4)
        assert back in toasts(app), toasts(app)
        assert focus_problem(app) is None
