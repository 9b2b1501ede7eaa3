"""Reframe's delete question names the record cut at a word's end.

`d` on a long draft (its situation alone written) asked "Delete this thought record?" over
"about “… the recruiter about the sec…”": the person's words cut in the middle of one. It is
cut after a whole word now, with "…", at 80x24 and 120x40; a 10,000-character word with no
space in it is still cut (inside it, there being no word's end), and nothing is read as
markup.
"""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from bounceback_tui.domain.text import screen_line
from bounceback_tui.paths import DataPaths
from bounceback_tui.reframe.record import RecordDraft
from bounceback_tui.services.reframe import save_draft
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from tests.reframe_fixtures import add_record
from tests.ui_harness import settle

SITUATION = "Call with the recruiter about the second round, [b]bold[/] as typed " * 6
SIZES = [(80, 24), (120, 40)]


def _draft(db: Database, situation: str) -> None:
    save_draft(db, RecordDraft(situation=situation, current_step=1))


async def _asked(paths: DataPaths, size: tuple[int, int]) -> str:
    """What the delete question says of the record, on one line."""
    app = BouncebackApp(paths)
    async with app.run_test(size=size) as pilot:
        await pilot.press("4")
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        said = app.screen.detail.plain.split("\n")[0]
        await pilot.press("n")
        await settle(pilot)
    return said


@pytest.mark.parametrize("size", SIZES)
async def test_a_drafts_situation_is_cut_after_a_whole_word(
    opened_paths: DataPaths, db: Database, size: tuple[int, int]
) -> None:
    _draft(db, SITUATION)
    said = await _asked(opened_paths, size)
    assert said.startswith("about “Call with the recruiter") and said.endswith("…”"), said
    kept = said.removeprefix("about “").removesuffix("…”")
    whole = screen_line(SITUATION)
    assert whole.startswith(kept), said
    assert not whole[len(kept)].isalnum(), f"cut inside a word: {said}"  # a whole word
    assert "[b]bold[/]" in said  # the person's brackets, as typed


@pytest.mark.parametrize("size", SIZES)
async def test_a_thought_is_cut_after_a_whole_word(
    opened_paths: DataPaths, db: Database, size: tuple[int, int]
) -> None:
    thought = "I will never 🙂 get hired — لن أحصل على وظيفة أبدا " * 8
    add_record(db, thought)
    said = await _asked(opened_paths, size)
    kept = said.removeprefix("“").removesuffix("…”")
    assert said.endswith("…”") and screen_line(thought).startswith(kept), said
    assert not screen_line(thought)[len(kept)].isalnum(), f"cut inside a word: {said}"


async def test_one_word_of_ten_thousand_letters_is_still_cut(
    opened_paths: DataPaths, db: Database
) -> None:
    _draft(db, "x" * 10_000)
    said = await _asked(opened_paths, (80, 24))
    assert said.startswith("about “xxx") and said.endswith("…”"), said[:40]
    assert cell_len(said) < 200
