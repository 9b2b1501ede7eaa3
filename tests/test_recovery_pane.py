"""The Recovery pane driven from the keyboard with Pilot."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from textual.widgets import Input, Static, TextArea

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_plans as plan_service
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services.settings import save_setting
from bounceback_tui.store import database as database_module
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.recovery.answer import AnswerScreen
from bounceback_tui.ui.recovery.expressive import ExpressiveWritingScreen
from bounceback_tui.ui.recovery.pane import RecoveryPane
from tests.recovery_fixtures import (
    add_rejection,
    link_records,
    rejection,
    step_by_key,
    steps_of,
)
from tests.ui_harness import fill

SIZE = (100, 30)


async def _open(app: BouncebackApp, pilot) -> RecoveryPane:  # type: ignore[no-untyped-def]
    await pilot.press("3")
    await pilot.pause()
    pane = app.current_pane
    assert isinstance(pane, RecoveryPane)
    return pane


async def _open_step(pilot, pane: RecoveryPane, step_id: int) -> None:  # type: ignore[no-untyped-def]
    """Show the step in its plan and press Enter on it (its writing screen opens)."""
    assert pane.select_step(step_id)
    await pilot.press("enter")
    await pilot.pause()


def _text(widget: Static) -> str:
    return str(widget.render())


async def test_the_list_shows_every_rejection_and_the_first_plan(
    opened_paths: DataPaths, db: Database
) -> None:
    add_rejection(db, "Older Co", "Analyst", date(2026, 2, 1))
    add_rejection(db, "Newer Co", "Designer", date(2026, 3, 12))
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        pane = await _open(app, pilot)
        assert not app.query_one("#recovery-empty").display
        assert [r.company for r in pane.table.items] == ["Newer Co", "Older Co"]
        assert pane.table.has_focus
        assert "Newer Co" in _text(app.query_one("#plan-title", Static))
        assert "2 recovery plans, 2 still open" in _text(app.query_one("#recovery-header", Static))
        await pilot.press("j")
        await pilot.pause()
        assert pane.table.selected_key is not None  # the cursor moves at once...
        await pilot.pause(0.2)  # ...and the plan follows when it rests
        assert "Older Co" in _text(app.query_one("#plan-title", Static))


async def test_space_ticks_and_unticks_and_keeps_the_answer(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db)
    answer_step = step_by_key(db, rid, "reflect.prepared")
    step_service.save_answer(db, answer_step.id, "I bluffed once.")
    step_service.set_step_done(db, answer_step.id, False)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        pane = await _open(app, pilot)
        await pilot.press("space")  # on the list: no step is focused, so nothing is ticked
        await pilot.pause()
        assert all(s.done_at is None for s in steps_of(db, rid))
        await pilot.press("enter")  # into the plan
        await pilot.pause()
        assert pane.step_list.has_focus
        await pilot.press("space")
        await pilot.pause()
        assert steps_of(db, rid)[0].done_at is not None
        assert "[✓]" in str(pane.step_list.get_option_at_index(1).prompt)
        assert [r.done for r in pane.table.items] == [1]
        await pilot.press("space")
        await pilot.pause()
        assert steps_of(db, rid)[0].done_at is None
        # Move to the answered step and tick it twice: the answer stays.
        assert pane.step_list.select_step(answer_step.id)
        await pilot.press("space", "space")
        await pilot.pause()
        kept = step_by_key(db, rid, "reflect.prepared")
        assert (kept.done_at, kept.answer) == (None, "I bluffed once.")


async def test_a_tick_shows_before_its_commit_and_comes_back_off_if_the_commit_fails(
    opened_paths: DataPaths, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tick is painted before its transaction commits; a failed commit (the disk full)
    puts the step, the plan's counts and the list's row back as they were, and says so."""
    rid = add_rejection(db)
    seen_at_commit: list[tuple[str, int]] = []
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        pane = await _open(app, pilot)
        await pilot.press("enter")  # into the plan: its first step has the cursor
        await pilot.pause()
        first = pane.step_list.highlighted_step
        assert first is not None and first.done_at is None

        def full_disk(self: object) -> None:
            # What the screen shows while the transaction is committing.
            option = pane.step_list.get_option_at_index(pane.step_list.highlighted or 0)
            seen_at_commit.append((str(option.prompt), pane.table.items[0].done))
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(database_module.Session, "commit", full_disk)
        await pilot.press("space")
        await pilot.pause()
        # The tick was on screen (the step and the list's count) before the commit ran...
        assert len(seen_at_commit) == 1
        assert "[✓]" in seen_at_commit[0][0] and seen_at_commit[0][1] == 1
        # ...and is taken back when it failed: nothing saved, nothing shown as saved.
        assert steps_of(db, rid)[0].done_at is None
        option = pane.step_list.get_option_at_index(pane.step_list.highlighted or 0)
        assert "[✓]" not in str(option.prompt) and "[ ]" in str(option.prompt)
        assert pane.step_list.highlighted_step is not None
        assert pane.step_list.highlighted_step.done_at is None
        assert [r.done for r in pane.table.items] == [0]
        told = [(n.title, str(n.message)) for n in app._notifications]
        assert (
            "Not ticked",
            "The disk is full; nothing was saved. Free some space and try again.",
        ) in told
        assert pane.step_list.has_focus
        # Once the disk has room again the same key ticks it for good.
        monkeypatch.undo()
        await pilot.press("space")
        await pilot.pause()
        assert steps_of(db, rid)[0].done_at is not None
        assert [r.done for r in pane.table.items] == [1]


async def test_enter_writes_an_answer_with_a_draft_kept_on_escape(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db)
    step = step_by_key(db, rid, "reflect.prepared")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        pane = await _open(app, pilot)
        await pilot.press("enter")
        pane.step_list.select_step(step.id)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AnswerScreen)
        await pilot.press(*"I winged the numbers")
        await pilot.pause(1.0)  # the draft is written after a short pause in typing
        assert step_by_key(db, rid, "reflect.prepared").answer_draft == "I winged the numbers"
        await pilot.press(*" badly")
        await pilot.press("escape")  # closing keeps the latest text at once
        await pilot.pause()
        assert not isinstance(app.screen, AnswerScreen)
        kept = step_by_key(db, rid, "reflect.prepared")
        assert (kept.answer_draft, kept.answer, kept.done_at) == (
            "I winged the numbers badly",
            "",
            None,
        )
        assert "draft kept" in str(pane.step_list.get_option_at_index(4).prompt)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AnswerScreen)
        area = app.screen.query_one("#answer-text", TextArea)
        assert area.text == "I winged the numbers badly"
        assert "back, as you left it" in _text(app.screen.query_one("#answer-status", Static))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, AnswerScreen)
    saved = step_by_key(db, rid, "reflect.prepared")
    assert (saved.answer, saved.answer_draft) == ("I winged the numbers badly", None)
    assert saved.done_at is not None


async def test_the_feedback_step_records_when_and_how(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db)
    ask = step_by_key(db, rid, "feedback.ask")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        pane = await _open(app, pilot)
        assert pane.select_step(ask.id)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        date_field = app.screen.query_one("#field-asked_on", Input)
        date_field.value = "tomorrow"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)  # refused: not in the future
        assert step_by_key(db, rid, "feedback.ask").asked_on is None
        date_field.value = "yesterday"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
        assert "asked 15 Mar" in str(pane.step_list.highlighted_option.prompt)
    asked = step_by_key(db, rid, "feedback.ask")
    assert asked.asked_on == date(2026, 3, 15) and asked.done_at is not None


async def test_nothing_came_back_is_a_fine_answer(opened_paths: DataPaths, db: Database) -> None:
    rid = add_rejection(db)
    reply = step_by_key(db, rid, "feedback.response")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        pane = await _open(app, pilot)
        await _open_step(pilot, pane, reply.id)
        assert isinstance(app.screen, AnswerScreen)
        await pilot.click("#answer-nothing")
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = step_by_key(db, rid, "feedback.response")
    assert saved.nothing_came_back and saved.done_at is not None and saved.answer == ""


async def test_expressive_writing_has_a_pausable_timer(
    opened_paths: DataPaths, db: Database
) -> None:
    save_setting(db, "recovery_optional_steps", True)
    rid = add_rejection(db)
    step = step_by_key(db, rid, "optional.expressive")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        pane = await _open(app, pilot)
        await _open_step(pilot, pane, step.id)
        screen = app.screen
        assert isinstance(screen, ExpressiveWritingScreen)
        assert not screen.running and screen.remaining == 15 * 60
        assert "15:00" in _text(screen.query_one("#writing-timer", Static))
        await pilot.press(*"It hurt")
        await pilot.pause()
        assert screen.running  # started by the first words
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert not screen.running and "Paused" in _text(screen.query_one("#writing-timer", Static))
        paused_at = screen.remaining
        await pilot.pause(0.3)
        assert screen.remaining == paused_at
        await pilot.press("ctrl+s")
        await pilot.pause()
        # Private: the plan shows that it was written, never the words (the cursor went on
        # to the next open step: back up to it).
        assert pane.step_list.select_step(step.id)
        assert "written, private" in str(pane.step_list.highlighted_option.prompt)
        assert "It hurt" not in _text(app.query_one("#plan-detail", Static))
    assert step_by_key(db, rid, "optional.expressive").answer == "It hurt"


async def test_finishing_a_plan_is_acknowledged(opened_paths: DataPaths, db: Database) -> None:
    rid = add_rejection(db)
    steps = steps_of(db, rid)
    for step in steps[:-1]:
        step_service.set_step_done(db, step.id, True)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        pane = await _open(app, pilot)
        await pilot.press("enter")
        pane.step_list.select_step(steps[-1].id)
        await pilot.press("space")
        await pilot.pause()
        notes = [n for n in app._notifications if n.title == "Plan finished"]
        assert len(notes) == 1 and "Acme" in str(notes[0].message)
        assert pane.plan_view.has_class("-finished")
        assert "Plan finished on 16 Mar" in _text(app.query_one("#plan-title", Static))
        assert pane.table.items[0].completed
        assert "0 still open" in _text(app.query_one("#recovery-header", Static))
        await pilot.press("space")  # unticking reopens it, quietly
        await pilot.pause()
        assert not pane.plan_view.has_class("-finished")
        assert len([n for n in app._notifications if n.title == "Plan finished"]) == 1
    assert rejection(db, rid).plan_completed_at is None


async def test_n_records_a_rejection_with_its_plan(opened_paths: DataPaths, db: Database) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        pane = await _open(app, pilot)
        assert app.query_one("#recovery-empty").display
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        await pilot.press("enter")  # nothing typed: refused, nothing saved
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert plan_service.plan_rows(db) == []
        await fill(pilot, company="Lumen Health", role="Data Analyst")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
        assert [r.company for r in pane.table.items] == ["Lumen Health"]
        assert pane.step_list.has_focus
    rows = plan_service.plan_rows(db)
    assert [(r.company, r.role, r.rejected_on, r.total) for r in rows] == [
        ("Lumen Health", "Data Analyst", date(2026, 3, 16), 15)
    ]


async def test_c_adds_a_custom_step(opened_paths: DataPaths, db: Database) -> None:
    rid = add_rejection(db)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        pane = await _open(app, pilot)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, title="Call my old mentor")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
        assert pane.step_list.highlighted_step.title == "Call my old mentor"
        assert "your step" in str(pane.step_list.highlighted_option.prompt)
    custom = [s for s in steps_of(db, rid) if s.template_key is None]
    assert [(s.title, s.offset_days, s.group_key) for s in custom] == [
        ("Call my old mentor", 4, "keep_going")
    ]


async def test_t_starts_a_reframe_linked_to_the_rejection(
    opened_paths: DataPaths, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_rejection(db, "First")
    second = add_rejection(db, "Second", rejected_on=date(2026, 3, 1))
    calls: list[int | None] = []

    async def fake_start(rejection_id: int | None = None) -> None:
        calls.append(rejection_id)

    app = BouncebackApp(opened_paths)
    monkeypatch.setattr(app, "start_reframe", fake_start)
    async with app.run_test(size=SIZE) as pilot:
        await _open(app, pilot)
        await pilot.press("j", "t")
        await pilot.pause()
    assert calls == [second]


async def test_s_turns_a_reflection_into_a_skill(
    opened_paths: DataPaths, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = add_rejection(db)
    reflection = step_by_key(db, rid, "reflect.soft_skills")
    step_service.save_answer(db, reflection.id, "Tell the mediation story.")
    reply = step_by_key(db, rid, "feedback.response")
    step_service.save_answer(db, reply.id, "More Kafka in production.")
    calls: list[dict[str, object]] = []

    async def fake_new_skill(**kwargs: object) -> None:
        calls.append(kwargs)

    app = BouncebackApp(opened_paths)
    monkeypatch.setattr(app, "new_skill_from", fake_new_skill)
    async with app.run_test(size=SIZE) as pilot:
        pane = await _open(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert pane.check_action("skill", ()) is False  # first step: a tick, nothing to turn
        await pilot.press("s")
        pane.step_list.select_step(reflection.id)
        await pilot.pause()
        assert pane.check_action("skill", ()) is True
        await pilot.press("s")
        pane.step_list.select_step(reply.id)
        await pilot.press("s")
        await pilot.pause()
    assert calls == [
        {
            "text": "Tell the mediation story.",
            "source_kind": "reflection",
            "rejection_id": rid,
            "recovery_step_id": reflection.id,
        },
        {
            "text": "More Kafka in production.",
            "source_kind": "feedback",
            "rejection_id": rid,
            "recovery_step_id": reply.id,
        },
    ]


async def test_linked_steps_open_the_other_panes(
    opened_paths: DataPaths, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = add_rejection(db)
    calls: list[tuple[str, object]] = []

    async def fake_start(rejection_id: int | None = None) -> None:
        calls.append(("reframe", rejection_id))

    async def fake_new_skill(**kwargs: object) -> None:
        calls.append(("skill", kwargs))

    app = BouncebackApp(opened_paths)
    monkeypatch.setattr(app, "start_reframe", fake_start)
    monkeypatch.setattr(app, "new_skill_from", fake_new_skill)
    skill_step = step_by_key(db, rid, "keep_going.skill")
    async with app.run_test(size=SIZE) as pilot:
        pane = await _open(app, pilot)
        await pilot.press("enter")
        pane.step_list.select_step(step_by_key(db, rid, "guardrails.thoughts").id)
        await pilot.press("enter")
        pane.step_list.select_step(skill_step.id)
        await pilot.press("enter")
        await pilot.pause()
    assert calls == [
        ("reframe", rid),
        (
            "skill",
            {
                "text": "",
                "source_kind": "rejection",
                "rejection_id": rid,
                "recovery_step_id": skill_step.id,
            },
        ),
    ]


async def test_d_deletes_after_confirming_and_u_undoes(
    opened_paths: DataPaths, db: Database
) -> None:
    keep = add_rejection(db, "Keep", rejected_on=date(2026, 3, 1))
    gone = add_rejection(db, "Gone")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        pane = await _open(app, pilot)
        assert pane.check_action("undo", ()) is False
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # changed my mind
        await pilot.pause()
        assert rejection(db, gone) is not None
        await pilot.press("d", "y")
        await pilot.pause()
        assert rejection(db, gone) is None and steps_of(db, gone) == []
        assert [r.company for r in pane.table.items] == ["Keep"]
        await pilot.press("u")
        await pilot.pause()
        assert rejection(db, gone) is not None and len(steps_of(db, gone)) == 15
        assert pane.table.selected_key == gone
        # In the plan, d removes one step instead.
        await pilot.press("enter", "d", "y")
        await pilot.pause()
        assert len(steps_of(db, gone)) == 14
        await pilot.press("u")
        await pilot.pause()
        assert len(steps_of(db, gone)) == 15
    assert len(steps_of(db, keep)) == 15


async def test_the_filter_narrows_the_list_and_escape_clears_it(
    opened_paths: DataPaths, db: Database
) -> None:
    add_rejection(db, "Northwind Analytics", "Data Analyst")
    add_rejection(db, "Bluefin Labs", "Backend Engineer")
    add_rejection(db, "Paperkite", "Product Designer")
    add_rejection(db, "Café Numérique", "Backend Engineer")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        pane = await _open(app, pilot)
        await pilot.press("slash", *"bluefn")  # a typo still finds it
        await pilot.pause()
        assert [r.company for r in pane.table.items] == ["Bluefin Labs"]
        assert "Bluefin Labs" in _text(app.query_one("#plan-title", Static))
        await pilot.press("enter")
        await pilot.pause()
        assert pane.table.has_focus
        await pilot.press("escape")
        await pilot.pause()
        assert len(pane.table.items) == 4
        assert pane.table.selected_key is not None
        assert "Bluefin Labs" in _text(app.query_one("#plan-title", Static))
        await pilot.press("slash", *"cafe numeriqe")  # no accents, one typo
        await pilot.pause()
        assert [r.company for r in pane.table.items] == ["Café Numérique"]
        await pilot.press("escape", "slash", *"zzzz")
        await pilot.pause()
        assert pane.table.items == []
        assert "No plan matches" in _text(app.query_one("#recovery-no-match", Static))


async def test_the_no_match_line_follows_the_filter_as_it_is_typed(
    opened_paths: DataPaths, db: Database
) -> None:
    """The line quotes the text as it is now, not the first text that matched nothing."""
    add_rejection(db, "Bluefin Labs", "Backend Engineer")
    add_rejection(db, "Paperkite", "Product Designer")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        pane = await _open(app, pilot)
        await pilot.press("slash", *"zzzz")
        await pilot.pause(0.2)
        no_match = app.query_one("#recovery-no-match", Static)
        assert no_match.display and "“zzzz”" in _text(no_match)
        await pilot.press(*"q[")
        await pilot.pause(0.2)
        assert "“zzzzq[”" in _text(no_match)
        await pilot.press("escape")
        await pilot.pause(0.2)
        assert len(pane.table.items) == 2 and not no_match.display
        assert pane.table.has_focus and not pane.filter_bar.is_open


async def test_escape_clears_the_words_and_keeps_the_open_plans_view(
    opened_paths: DataPaths, db: Database
) -> None:
    done = add_rejection(db, "Done Co")
    add_rejection(db, "Open Co", rejected_on=date(2026, 3, 1))
    add_rejection(db, "Other Co", rejected_on=date(2026, 3, 2))
    for step in steps_of(db, done):
        step_service.set_step_done(db, step.id, True)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        pane = await _open(app, pilot)
        await pilot.press("v", "slash", *"Open Co")
        await pilot.pause()
        assert [r.company for r in pane.table.items] == ["Open Co"]
        await pilot.press("escape")
        await pilot.pause()
        assert sorted(r.company for r in pane.table.items) == ["Open Co", "Other Co"]
        await pilot.press("slash", *"Co", "enter")  # words typed in the open-only view
        await pilot.pause()
        assert "Done Co" not in [r.company for r in pane.table.items]


async def test_v_shows_only_open_plans(opened_paths: DataPaths, db: Database) -> None:
    done = add_rejection(db, "Done Co")
    add_rejection(db, "Open Co", rejected_on=date(2026, 3, 1))
    for step in steps_of(db, done):
        step_service.set_step_done(db, step.id, True)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        pane = await _open(app, pilot)
        await pilot.press("v")
        await pilot.pause()
        assert [r.company for r in pane.table.items] == ["Open Co"]
        await pilot.press("v")
        await pilot.pause()
        assert len(pane.table.items) == 2


async def test_select_item_and_select_step_jump_to_a_plan(
    opened_paths: DataPaths, db: Database
) -> None:
    first = add_rejection(db, "First")
    second = add_rejection(db, "Second", rejected_on=date(2026, 2, 1))
    target = step_by_key(db, second, "feedback.ask")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        pane = await _open(app, pilot)
        await pilot.press("slash", *"First")  # the target is filtered out...
        await pilot.pause()
        assert pane.select_step(target.id)  # ...and still found
        await pilot.pause()
        assert pane.table.selected_key == second
        assert pane.step_list.highlighted_step_id == target.id
        assert pane.step_list.has_focus
        assert pane.select_item(first)
        assert "First" in _text(app.query_one("#plan-title", Static))
        assert not pane.select_item(999)
        assert not pane.select_step(99_999)
        await app.go_to("recovery", second)
        await pilot.pause()
        assert pane.table.selected_key == second


async def test_the_plan_lists_what_it_led_to(opened_paths: DataPaths, db: Database) -> None:
    rid = add_rejection(db)
    link_records(db, rid)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await _open(app, pilot)
        links = _text(app.query_one("#plan-links", Static))
        assert "“I'll never get hired”" in links
        assert "“They hated me” (draft)" in links
        assert "Skills grown: System design" in links
        assert "Kubernetes" not in links


async def test_footer_keys_follow_the_focus(opened_paths: DataPaths, db: Database) -> None:
    add_rejection(db)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        pane = await _open(app, pilot)

        def shown() -> set[str]:
            return {
                b.binding.id or ""
                for b in app.screen.active_bindings.values()
                if b.binding.show and b.enabled
            }

        assert "recovery.tick" not in shown()
        assert "list.select" in shown()
        await pilot.press("enter")
        await pilot.pause()
        assert pane.check_action("tick", ()) is True
        assert {"recovery.tick", "recovery.open", "recovery.new"} <= shown()


async def test_a_draft_that_cannot_be_kept_never_traps_the_editor(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db)
    step = step_by_key(db, rid, "reflect.redo")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        pane = await _open(app, pilot)
        await _open_step(pilot, pane, step.id)
        assert isinstance(app.screen, AnswerScreen)
        app.screen.query_one("#answer-text", TextArea).text = "bell \x07 in the text"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, AnswerScreen)  # refused, with the reason shown
        status = _text(app.screen.query_one("#answer-status", Static))
        assert "Nothing was saved" in status and "control characters" in status
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, AnswerScreen)  # first Escape: the text is not lost
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, AnswerScreen)
    kept = step_by_key(db, rid, "reflect.redo")
    assert (kept.answer, kept.answer_draft) == ("", None)


async def test_e_corrects_the_rejection_and_escape_goes_back_to_the_list(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db, "Acme", "Engineer")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        pane = await _open(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert pane.step_list.has_focus
        await pilot.press("escape")
        await pilot.pause()
        assert pane.table.has_focus
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        company = app.screen.query_one("#field-company", Input)
        assert company.value == "Acme"
        company.value = "Acme Robotics"
        app.screen.query_one("#field-rejected_on", Input).value = "2026-03-11"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
        assert "Acme Robotics" in _text(app.query_one("#plan-title", Static))
    changed = rejection(db, rid)
    assert (changed.company, changed.rejected_on) == ("Acme Robotics", date(2026, 3, 11))
    assert len(steps_of(db, rid)) == 15


async def test_a_pasted_page_of_reason_leaves_the_plan_s_steps_on_the_screen(
    opened_paths: DataPaths, db: Database
) -> None:
    # Found in tmux: a 3,000-character reason filled the plan's column and pushed every
    # step below the bottom of the terminal.
    add_rejection(db, reason="They wanted more SQL " + "and more " * 400)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        pane = await _open(app, pilot)
        title = _text(app.query_one("#plan-title", Static))
        assert "They wanted more SQL" in title
        assert title.rstrip().endswith("…”")
        steps = app.query_one("#plan-steps")
        assert steps.region.height > 0
        assert steps.region.y < SIZE[1] - 5  # the first steps are within the terminal
        assert pane.table.has_focus


async def test_a_narrow_short_plan_keeps_its_steps_in_sight_under_a_long_title(
    opened_paths: DataPaths, db: Database
) -> None:
    # At 50x16 the plan's column is 15 cells wide and 10 rows high: its title (company,
    # role, the day and the reason, wrapped) took every row, and the focused steps were
    # drawn below the screen (the random walk at 50x16, seed 9606). The title is cut, the
    # links step aside and the detail shrinks, so a few steps stay in sight.
    from tests.monkey.checks import focus_dead_end

    add_rejection(
        db,
        "Riverstone Legal",
        "Site Reliability Engineer",
        reason="Went with a candidate with more domain experience in legal tech",
    )
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(50, 16)) as pilot:
        pane = await _open(app, pilot)
        await pilot.press("enter")  # the plan's steps
        await pilot.pause()
        assert app.focused is pane.step_list
        assert focus_dead_end(app) is None
        assert pane.step_list.region.height >= 3
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:  # room enough: the title whole
        pane = await _open(app, pilot)
        title = str(app.screen.query_one("#plan-title", Static).render())
        assert "more domain experience in legal tech" in title
        assert not app.screen.query_one("#recovery-plan").has_class("-tiny")


async def test_the_list_says_which_open_plans_rest(opened_paths: DataPaths, db: Database) -> None:
    # The header said "1 of them resting" and no row said which (a stranger's walk). A plan
    # still open for a no over 30 days old (16 March less 30 days is 14 February) reads
    # "rests" where the others read their count.
    add_rejection(db, "Recent", rejected_on=date(2026, 3, 12))
    add_rejection(db, "Older", rejected_on=date(2026, 2, 1))
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        pane = await _open(app, pilot)
        assert "1 of them resting" in _text(app.screen.query_one("#recovery-header", Static))
        lines = {
            row.company: " ".join(
                "".join(s.text for s in strip) for strip in pane.table.render_item(row, 0, 40)
            )
            for row in pane.table.items
        }
    assert lines["Older"].rstrip().endswith("rests")
    assert lines["Recent"].rstrip().endswith("0/15")
