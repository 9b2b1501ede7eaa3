"""The role family editor refuses two lines for one family, naming them.

A stranger's walk: "iOS Developer = Mobile A" and, below it, "iOS Developer = Mobile" were
saved without a word, the second kept and the first dropped. Such a save is refused now,
naming the family and both lines, and nothing changes. Families are compared as the editor
compares them: case aside, and a family cut short as the family it starts.
"""

from __future__ import annotations

import pytest

from bounceback_tui.domain.role_families import parse_family_renames
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.insights import role_families_now, save_role_families
from bounceback_tui.store.database import Database
from bounceback_tui.ui.insights.screen import InsightsScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.screen_text import is_on_screen
from tests.ui_harness import app_on, fill, settle_workers


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "iOS Developer = Mobile A\niOS Developer = Mobile",
            'Lines 1 and 2 both name "iOS Developer"; keep one of them.',
        ),
        (
            "# a note\niOS Developer = Mobile\nBackend Engineer = Engineering\n"
            "ios  developer = Apps",
            # Each line's own spelling (the last stranger: the second's was quoted for both).
            'Lines 2 and 4 name one family ("iOS Developer", "ios  developer"); keep one of them.',
        ),
        (
            "machine learning engi… = ML\nMachine Learning Engineer = AI",
            'Lines 1 and 2 name one family ("machine learning engi…", "Machine Learning '
            'Engineer"); keep one of them.',
        ),
    ],
)
def test_two_lines_for_one_family_are_refused(text: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_family_renames(text, ["machine learning engineer", "ios developer"])
    assert str(caught.value) == message


def test_different_families_are_each_kept() -> None:
    text = "iOS Developer = Mobile\nAndroid Developer = Mobile"
    assert parse_family_renames(text) == {"ios developer": "Mobile", "android developer": "Mobile"}


async def test_the_editor_refuses_the_save_and_changes_nothing(
    opened_paths: DataPaths, db: Database
) -> None:
    save_role_families(db, {"backend engineer": "Engineering"}, expected_version=0)
    async with app_on(opened_paths, "today", size=(100, 30)) as (app, pilot, _pane):
        await pilot.press("w")
        await settle_workers(pilot)
        assert isinstance(app.screen, InsightsScreen)
        await pilot.press("e")
        await settle_workers(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, renames="iOS Developer = Mobile A\niOS Developer = Mobile")
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, FormScreen)  # still open, the typing kept
        assert is_on_screen(app, 'Lines 1 and 2 both name "iOS Developer"')
        assert focus_problem(app) is None
    assert role_families_now(db)[0] == {"backend engineer": "Engineering"}
