"""What a tick redraws: its own line and its group's heading, once.

Textual's ``OptionList.replace_option_prompt`` empties the list's whole render cache, so a
tick used to rebuild every step on screen, and the commit's own repaint (identical to what
the tick had shown) rebuilt them all again. Timings are in docs/performance.md; here the
work itself is counted.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.recovery_steps import TickResult, get_step
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.recovery.plan import PlanView
from bounceback_tui.ui.recovery.step_work import same_on_screen
from tests.recovery_fixtures import add_rejection, steps_of

SIZE = (100, 30)


def _cached(step_list):  # type: ignore[no-untyped-def]
    cache = step_list._option_render_cache
    return {key: cache.get(key) for key in list(cache.keys())}


async def test_a_tick_rebuilds_only_its_step_and_heading_and_paints_once(
    opened_paths: DataPaths, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = add_rejection(db)
    repaints: list[int] = []
    update_step = PlanView.update_step

    def counted(self: PlanView, step) -> None:  # type: ignore[no-untyped-def]
        repaints.append(step.id)
        update_step(self, step)

    monkeypatch.setattr(PlanView, "update_step", counted)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await pilot.pause()
        await pilot.press("enter")  # into the plan: its first step has the cursor
        await pilot.pause()
        pane = app.current_pane
        step_list = pane.step_list  # type: ignore[attr-defined]
        ticked = step_list.highlighted_step
        before = _cached(step_list)
        drawn_before = {id(key[0]) for key in before}
        await pilot.press("space")
        await pilot.pause()
        await pilot.pause()
        assert steps_of(db, rid)[0].done_at is not None  # saved
        assert "[✓]" in str(step_list.get_option_at_index(step_list.highlighted).prompt)
        # One repaint: the tick as shown; the commit drew the same, so it was not redrawn.
        assert repaints == [ticked.id]
        # The other steps on screen kept their drawn lines (the same objects).
        changed = {
            id(step_list.get_option(f"step-{ticked.id}")),
            id(step_list.get_option(f"group-{ticked.group_key}")),
        }
        after = _cached(step_list)
        kept = [
            key for key in before if id(key[0]) not in changed and after.get(key) is before[key]
        ]
        others = [key for key in before if id(key[0]) not in changed]
        assert len(drawn_before) > 5 and others and len(kept) == len(others)
        # The saved version is held: ticking again (untick) is not a conflict.
        await pilot.press("space")
        await pilot.pause()
        assert steps_of(db, rid)[0].done_at is None
        assert "[ ]" in str(step_list.get_option_at_index(step_list.highlighted).prompt)
        assert not [n for n in app._notifications if n.severity != "information"]


def _result(db: Database) -> TickResult:
    """A first step as the screen shows it just after its tick (not saved yet)."""
    view = get_step(db, steps_of(db, add_rejection(db))[0].id)
    assert view is not None
    step = replace(view, done_at=datetime(2026, 3, 16, 9, 0, 0))
    return TickResult(step, 1, 12, None, finished_now=False, reopened=False)


def test_the_commit_draws_the_same_when_only_the_version_and_the_second_moved(
    db: Database,
) -> None:
    shown = _result(db)
    saved = replace(
        shown,
        step=replace(
            shown.step,
            version=shown.step.version + 1,
            done_at=shown.step.done_at + timedelta(seconds=2),
        ),
        finished_now=True,
    )
    assert same_on_screen(shown, saved)


def test_the_commit_is_drawn_when_the_store_says_otherwise(db: Database) -> None:
    shown = _result(db)
    assert shown.step.done_at is not None
    # Another window ticked a sibling meanwhile: the counts differ.
    assert not same_on_screen(shown, replace(shown, done=2))
    # The day turned between the tick and its commit.
    next_day = replace(shown.step, done_at=shown.step.done_at + timedelta(days=1))
    assert not same_on_screen(shown, replace(shown, step=next_day))
    # The step's answer was written elsewhere.
    assert not same_on_screen(shown, replace(shown, step=replace(shown.step, answer="x")))
    # The plan finished (the title says so).
    finished = replace(shown, plan_completed_at=datetime(2026, 3, 16, 9, 0, 2))
    assert not same_on_screen(shown, finished)


async def test_a_tick_that_leaves_the_plan_open_reads_no_store_and_builds_no_header(
    opened_paths: DataPaths, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before its commit a tick asked the store whether only this window had written (it had
    # not written yet), and rebuilt the header's counts (markup parsed) though a tick that
    # leaves the plan open changes neither count.
    from bounceback_tui.ui.recovery import listing

    add_rejection(db)
    add_rejection(db)
    headers: list[str] = []
    markup_with = listing.markup_with

    def counted(template: str, **values: object) -> object:
        headers.append(template)
        return markup_with(template, **values)

    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        header = app.query_one("#recovery-header")
        shown = str(header.render())
        assert "2 recovery plans, 2 still open" in shown
        stamps: list[bool] = []
        data_stamp = type(app).data_stamp

        def stamped(self: BouncebackApp) -> object:
            # Whether the store had the tick shown when the stamp was asked for.
            pane = app.current_pane
            saved = steps_of(db, pane._plan.rejection.id)[0].done_at is not None
            stamps.append(saved == (pane.step_list.highlighted_step.done_at is not None))
            return data_stamp(self)

        monkeypatch.setattr(listing, "markup_with", counted)
        monkeypatch.setattr(type(app), "data_stamp", stamped)
        for _ in range(3):
            await pilot.press("space")
            await pilot.pause()
            await pilot.pause()
        assert steps_of(db, app.current_pane._plan.rejection.id)[0].done_at is not None
        assert headers == []
        assert str(header.render()) == shown
        assert stamps and all(stamps)  # asked after the commit only
