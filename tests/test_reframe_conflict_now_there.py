"""Reframe's conflict dialog quotes what another window wrote, as People's does.

A tester (two windows on one draft): A's dialog said "Changed there: Situation. You changed
Situation too." and nothing of what the situation reads now, so A chose between their text
and one they could not see. Whatever B typed is quoted as plain text, never markup.
"""

from __future__ import annotations

from textual.widgets import Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.reframe.record import Feeling, RecordDraft, step_readings
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.conflict import ConflictScreen
from tests.reframe_fixtures import add_record
from tests.screen_text import screen_text
from tests.test_reframe_conflict_settled import SIZE, message, open_draft, type_and_wait
from tests.ui_harness import app_on, settle


async def test_the_dialog_quotes_the_steps_changed_there(
    opened_paths: DataPaths, db: Database
) -> None:
    record_id = add_record(db, "They must think I'm a fraud", complete=False, step=0)
    async with app_on(opened_paths, "reframe", size=SIZE) as (a, pilot_a, pane_a):
        await open_draft(pilot_a, pane_a, record_id)
        async with app_on(opened_paths, "reframe", size=SIZE) as (_b, pilot_b, pane_b):
            await open_draft(pilot_b, pane_b, record_id)
            await type_and_wait(pilot_b, " [b]Bx[/b]")
            await pilot_b.press("escape")
            await settle(pilot_b)
        await type_and_wait(pilot_a, " Ax")
        assert message(a).startswith("Not saved:")
        await pilot_a.press("escape")
        await settle(pilot_a)
        assert isinstance(a.screen, ConflictScreen)
        assert a.screen.changed_there == "Changed there: Situation. You changed Situation too."
        assert a.screen.now_there == "Now there: Situation “A no by email. [b]Bx[/b]”."
        shown = [str(s.render()) for s in a.screen.query(Static)]
        assert "Now there: Situation “A no by email. [b]Bx[/b]”." in shown
        assert "Now there: Situation" in screen_text(a)


def test_the_rating_steps_and_the_traps_are_quoted_as_a_person_reads_them() -> None:
    draft = RecordDraft(
        situation="A no by email.",
        feelings=[Feeling("sad", 80, 40), Feeling("anxious", 60)],
        belief_before=70,
        traps=["all_or_nothing", "overgeneralization"],
    )
    readings = step_readings(draft)
    assert readings["feelings"] == "sad 80, anxious 60; belief 70"
    assert readings["traps"] == "All-or-nothing thinking, Overgeneralizing"
    assert readings["rerate"] == "sad 40"
    assert readings["situation"] == "A no by email."
