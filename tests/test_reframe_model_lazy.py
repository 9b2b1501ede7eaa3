"""The trap model is read when there is a thought to suggest traps for, not when Reframe opens.

The model is about 4 MB in memory (8 MiB of the process's resident memory with what reading
it leaves behind, docs/performance.md); a visit to Reframe that writes nothing need not keep
it. It is read in a thread as soon as a thought is typed (or a draft with one is opened),
so the traps step, two steps later, finds it ready and suggests as before.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from textual.widgets import Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.reframe import suggest
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.reframe.showing import PREPARE_DELAY
from tests.reframe_fixtures import add_record
from tests.ui_harness import settle_workers

SIZE = (100, 30)


@pytest.fixture
def no_model_read() -> Iterator[None]:
    """The model and the cue lexicon as if this process had not made them yet (each is
    kept once made)."""
    suggest._model.cache_clear()
    suggest._matcher.cache_clear()
    yield
    suggest._model.cache_clear()
    suggest._matcher.cache_clear()


def _model_read() -> bool:
    return suggest._model.cache_info().currsize == 1


def _lexicon_compiled() -> bool:
    return suggest._matcher.cache_info().currsize == 1


async def test_opening_reframe_and_starting_a_record_does_not_read_the_model(
    opened_paths: DataPaths, no_model_read: None
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await pilot.pause(PREPARE_DELAY + 0.2)  # the exercise is built, the cues compiled
        await settle_workers(pilot)
        await pilot.press("a", *"Lumen said no", "ctrl+n")  # the situation, not a thought
        await settle_workers(pilot)
        assert not _model_read()
        assert not _lexicon_compiled()  # the cues too wait for a thought (mem4's round)
        await pilot.press(*"I always mess up, they must think I'm a fraud")
        await settle_workers(pilot)
        assert _model_read()  # read in a thread while the person goes on
        assert _lexicon_compiled()
        await pilot.press("ctrl+n", "ctrl+n")
        await pilot.pause()
        suggested = str(app.query_one("#rf-step-3 .rf-suggested", Static).render())
        assert "'they must think' → Mind reading" in suggested
        assert "'always' → Overgeneralizing" in suggested


async def test_a_draft_opened_with_its_thought_reads_the_model(
    opened_paths: DataPaths, db: Database, no_model_read: None
) -> None:
    draft_id = add_record(db, "I always mess up", complete=False, step=1)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await app.go_to("reframe", draft_id)
        await settle_workers(pilot)
        assert _model_read()
