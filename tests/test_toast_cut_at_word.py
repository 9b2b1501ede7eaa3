"""A toast cuts a person's words at a word's end, not in the middle of one.

A tester in a hard week deleted a thought record and read `Deleted the thought record "I'll
never get hired, I'm usele…"`: their own thought cut mid-word, the word half said. A name or
a thought too long for a toast is now cut after its last whole word when one is near; a long
word with none near is still cut between characters, so most of it is said.
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.text import toast_with
from tests.reframe_fixtures import add_record
from tests.ui_harness import app_on, settle, toasts

THOUGHT = "I'll never get hired, I'm useless and everyone can see it"


async def test_deleting_a_thought_names_it_in_whole_words(
    opened_paths: DataPaths, db: Database
) -> None:
    add_record(db, THOUGHT)
    async with app_on(opened_paths, "reframe", size=(100, 30)) as (app, pilot, _pane):
        await settle(pilot, 4)
        await pilot.press("d")
        await settle(pilot, 3)
        await pilot.press("y")
        await settle(pilot, 4)
        said = " ".join(toasts(app))
        assert "Deleted the thought record “I'll never get hired, I'm…”." in said, said
        assert "usele" not in said
        assert focus_problem(app) is None


def test_a_name_is_cut_after_a_whole_word() -> None:
    said = toast_with("Saved $name.", name="Northwind Trading Company of Greater Ohio")
    assert said.plain == "Saved Northwind Trading Company of…"


def test_a_long_word_with_no_end_near_is_cut_inside_it() -> None:
    said = toast_with("Saved $name.", name="A supercalifragilisticexpialidociousness story")
    assert said.plain == "Saved A supercalifragilisticexpialido…"
