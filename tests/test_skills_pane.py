"""The Skills pane under Pilot: every key of the issue, the form, and coming from elsewhere."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from textual import events
from textual.widgets import Input, Select, Static, TextArea

from bounceback_tui.domain.skills import SkillStatus
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.settings import read_setting
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.skills.board import SkillBoard, SkillList
from bounceback_tui.ui.skills.detail import SkillDetail, SkillSuggestionBar
from bounceback_tui.ui.skills.pane import SkillsPane
from tests.built_stores import store_once
from tests.monkey.checks import focus_dead_end
from tests.skills_fixtures import Seeded, seed_backlog
from tests.ui_harness import fill
from tests.written_over import another_program_writes

SIZE = (100, 30)


@pytest.fixture
def seeded(opened_paths: DataPaths) -> Seeded:
    return store_once(opened_paths, seed_backlog)


@asynccontextmanager
async def skills_pane(paths: DataPaths, size: tuple[int, int] = SIZE) -> AsyncIterator[Any]:
    app = BouncebackApp(paths)
    async with app.run_test(size=size) as pilot:
        await pilot.press("5")
        await pilot.pause()
        yield app, pilot, app.current_pane


def _stored(paths: DataPaths, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(paths.database) as conn:
        return conn.execute(sql, params).fetchall()


def _column(pane: SkillsPane, status: SkillStatus) -> list[str]:
    lane = pane.query_one(SkillBoard).column(status)
    return [row.title for row in lane.items]


def _text(widget: Static) -> str:
    return str(widget.render())


def _notifications(app: BouncebackApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


# --- the board and the list ----------------------------------------------------------------


async def test_the_board_shows_three_columns_in_priority_order(
    opened_paths: DataPaths, seeded: Seeded
) -> None:
    async with skills_pane(opened_paths) as (_app, _pilot, pane):
        assert isinstance(pane, SkillsPane)
        assert _column(pane, SkillStatus.TODO) == [
            "System design interviews",
            "Quantify impact on the resume",
            "Lead a design review",
        ]
        assert _column(pane, SkillStatus.DOING) == ["SQL window functions"]
        # Done: newest first.
        assert _column(pane, SkillStatus.DONE) == ["Kubernetes basics", "Negotiating salary"]
        header = _text(pane.query_one("#skills-header", Static))
        assert "6 items" in header
        assert "1 of 3 in progress" in header
        assert "1 done this month, 2 in all" in header
        assert "1 late" in header
        assert "Technical 1/2" in header and "Soft skill 1/2" in header
        titles = [lane.border_title for lane in pane.query(".skills-column")]
        assert titles == ["To do · 3", "Doing · 1 of 3", "Done · 2"]


async def test_v_switches_to_the_list_and_is_remembered(
    opened_paths: DataPaths, seeded: Seeded
) -> None:
    async with skills_pane(opened_paths) as (app, pilot, pane):
        await pilot.press("v")
        await pilot.pause()
        lane = pane.query_one(SkillList)
        assert lane.display and app.focused is lane
        titles = [row.title for row in lane.items]
        assert titles == [
            "System design interviews",
            "SQL window functions",
            "Quantify impact on the resume",
            "Lead a design review",
            "Kubernetes basics",
            "Negotiating salary",
        ]
        assert lane._ranks == {1: 1, 2: 2, 3: 3, 4: 4}
    assert read_setting(Database(opened_paths.database), "skills_view") == "list"
    async with skills_pane(opened_paths) as (_app, _pilot, pane):
        assert pane.query_one(SkillList).display
        assert not pane.query_one(SkillBoard).display


async def test_the_detail_shows_source_links_and_overdue(
    opened_paths: DataPaths, seeded: Seeded
) -> None:
    async with skills_pane(opened_paths) as (_app, pilot, pane):
        detail = _text(pane.query_one(SkillDetail))
        assert "System design interviews" in detail
        assert "15 days late: target 2026-03-01" in detail
        assert "https://example.org/system-design" in detail and "o opens it" in detail
        assert "Mock round on Thursdays" in detail
        assert "Typed by hand" in detail
        await pilot.press("j", "j")
        await pilot.pause()
        detail = _text(pane.query_one(SkillDetail))
        assert "Lead a design review" in detail
        assert "From feedback after Paperkite (Data Analyst)" in detail
        assert "s opens it" in detail


# --- status keys ---------------------------------------------------------------------------


async def test_space_advances_and_the_item_follows(opened_paths: DataPaths, seeded: Seeded) -> None:
    async with skills_pane(opened_paths) as (app, pilot, pane):
        await pilot.press("space")
        await pilot.pause()
        assert _column(pane, SkillStatus.DOING) == [
            "System design interviews",
            "SQL window functions",
        ]
        assert pane.selected.title == "System design interviews"
        assert app.focused is pane.query_one(SkillBoard).column(SkillStatus.DOING)
        await pilot.press("space")
        await pilot.pause()
        assert pane.selected.status is SkillStatus.DONE
        assert _column(pane, SkillStatus.DONE)[0] == "System design interviews"
    assert _stored(
        opened_paths, "SELECT status, started_at, finished_at FROM skill WHERE id = 1"
    ) == [("done", "2026-03-16 09:30:00.000000", "2026-03-16 09:30:00.000000")]


async def test_finishing_an_item_is_told_in_one_plain_sentence(
    opened_paths: DataPaths, seeded: Seeded
) -> None:
    # "Done: X. One more thing you can do now." read like a new task, not a well done.
    async with skills_pane(opened_paths) as (app, pilot, pane):
        await pilot.press("space", "space")
        await pilot.pause()
        assert pane.selected.status is SkillStatus.DONE
        finished = [n for n in app._notifications if n.title == "Done"]
        assert [n.message for n in finished] == [
            "Well done: you finished \u201cSystem design interviews\u201d."
        ]


async def _moved(pilot, pane, key: str) -> SkillStatus:  # type: ignore[no-untyped-def]
    """``key`` pressed on the selected item: the status it stands at then."""
    await pilot.press(key)
    await pilot.pause()
    return pane.selected.status


async def test_brackets_move_the_status_back_and_forward(
    opened_paths: DataPaths, seeded: Seeded
) -> None:
    async with skills_pane(opened_paths) as (_app, pilot, pane):
        assert await _moved(pilot, pane, "right_square_bracket") is SkillStatus.DOING
        assert await _moved(pilot, pane, "left_square_bracket") is SkillStatus.TODO
        # Already at the start: `[` does nothing.
        assert await _moved(pilot, pane, "left_square_bracket") is SkillStatus.TODO
    assert _stored(opened_paths, "SELECT status, started_at FROM skill WHERE id = 1") == [
        ("todo", None)
    ]


async def test_a_done_item_moved_back_and_forward_keeps_the_day_it_was_finished(
    opened_paths: DataPaths, seeded: Seeded
) -> None:
    # `[` on a done item by mistake, then `]`: it was "finished" again today (Monday 16),
    # and this month's count took it from the day it was really finished (Thursday 12).
    async with skills_pane(opened_paths) as (_app, pilot, pane):
        await pilot.press("l", "l")  # the Done column: Kubernetes basics first
        await pilot.pause()
        assert pane.selected.title == "Kubernetes basics"
        assert await _moved(pilot, pane, "left_square_bracket") is SkillStatus.DOING
        assert await _moved(pilot, pane, "right_square_bracket") is SkillStatus.DONE
    assert _stored(opened_paths, "SELECT finished_at FROM skill WHERE id = 5") == [
        ("2026-03-12 18:00:00.000000",)
    ]


async def test_going_over_the_doing_limit_warns_gently(
    opened_paths: DataPaths, seeded: Seeded
) -> None:
    async with skills_pane(opened_paths) as (app, pilot, pane):
        await pilot.press("space")  # design -> doing (2 of 3)
        await pilot.press("h", "space")  # resume -> doing (3 of 3)
        await pilot.pause()
        assert not any("limit" in n for n in _notifications(app))
        await pilot.press("h", "space")  # review -> doing (4 of 3): allowed, with a word
        await pilot.pause()
        assert _stored(opened_paths, "SELECT count(*) FROM skill WHERE status = 'doing'") == [(4,)]
        (warning,) = [n for n in _notifications(app) if "limit" in n]
        assert "4 skills are in progress now; your limit is 3. That is allowed." in warning
        assert "4 of 3 in progress" in _text(pane.query_one("#skills-header", Static))


# --- priority ------------------------------------------------------------------------------


async def test_shift_k_and_j_move_an_item_within_its_column(
    opened_paths: DataPaths, seeded: Seeded
) -> None:
    async with skills_pane(opened_paths) as (_app, pilot, pane):
        await pilot.press("J")
        await pilot.pause()
        assert _column(pane, SkillStatus.TODO) == [
            "Quantify impact on the resume",
            "System design interviews",
            "Lead a design review",
        ]
        assert pane.selected.title == "System design interviews"
        await pilot.press("J", "J")  # the second one has nowhere to go
        await pilot.pause()
        assert _column(pane, SkillStatus.TODO)[-1] == "System design interviews"
        await pilot.press("K")
        await pilot.pause()
        assert _column(pane, SkillStatus.TODO)[1] == "System design interviews"
    stored = _stored(
        opened_paths, "SELECT title FROM skill WHERE status = 'todo' ORDER BY priority"
    )
    assert [t for (t,) in stored] == [
        "Quantify impact on the resume",
        "System design interviews",
        "Lead a design review",
    ]


async def test_in_the_list_k_moves_past_items_of_any_open_status(
    opened_paths: DataPaths, seeded: Seeded
) -> None:
    async with skills_pane(opened_paths) as (_app, pilot, pane):
        await pilot.press("v", "j", "j", "K")  # "Quantify impact" above "SQL window functions"
        await pilot.pause()
        lane = pane.query_one(SkillList)
        assert [row.title for row in lane.items][:3] == [
            "System design interviews",
            "Quantify impact on the resume",
            "SQL window functions",
        ]


# --- add, edit, delete, undo ---------------------------------------------------------------


async def test_add_refuses_an_empty_title_then_saves(opened_paths: DataPaths) -> None:
    async with skills_pane(opened_paths) as (app, pilot, pane):
        assert pane.query_one("#skills-empty").display
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert "Skill is required." in _text(app.screen.query_one("#error-title", Static))
        await fill(pilot, title="Terraform basics")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
        assert pane.selected.title == "Terraform basics"
        assert not pane.query_one("#skills-empty").display
    assert _stored(opened_paths, "SELECT title, kind, status, source_kind FROM skill") == [
        ("Terraform basics", "technical", "todo", "manual")
    ]


async def test_a_broken_link_is_explained_and_nothing_is_saved(opened_paths: DataPaths) -> None:
    async with skills_pane(opened_paths) as (app, pilot, _pane):
        await pilot.press("a")
        await pilot.pause()
        await fill(pilot, title="Terraform")
        app.screen.query_one("#field-resources", TextArea).text = "htp//example.org/course"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        message = _text(app.screen.query_one("#error-resources", Static))
        assert "Line 1: 'htp//example.org/course' is not a link that can be opened." in message
    assert _stored(opened_paths, "SELECT count(*) FROM skill") == [(0,)]


async def test_edit_keeps_what_was_there_and_saves_changes(
    opened_paths: DataPaths, seeded: Seeded
) -> None:
    async with skills_pane(opened_paths) as (app, pilot, pane):
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert app.screen.query_one("#field-title", Input).value == "System design interviews"
        assert app.screen.query_one("#field-target_date", Input).value == "2026-03-01"
        resources = app.screen.query_one("#field-resources", TextArea)
        assert resources.text == "https://example.org/system-design primer\nMock round on Thursdays"
        resources.text += "\nhttps://example.org/second second link"
        app.screen.query_one("#field-target_date", Input).value = "2026-04-10"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
        assert "days late" not in _text(pane.query_one(SkillDetail))
    assert _stored(opened_paths, "SELECT target_date FROM skill WHERE id = 1") == [("2026-04-10",)]
    assert _stored(opened_paths, "SELECT count(*) FROM skill_resource WHERE skill_id = 1") == [(3,)]


async def test_enter_opens_the_edit_form(opened_paths: DataPaths, seeded: Seeded) -> None:
    async with skills_pane(opened_paths) as (app, pilot, _pane):
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert app.screen.form_title == "Edit skill item"


async def test_delete_asks_then_u_puts_it_back(opened_paths: DataPaths, seeded: Seeded) -> None:
    async with skills_pane(opened_paths) as (app, pilot, pane):
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert _column(pane, SkillStatus.TODO)[0] == "System design interviews"
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert "System design interviews" not in _column(pane, SkillStatus.TODO)
        assert pane.selected.title == "Quantify impact on the resume"
        assert _stored(opened_paths, "SELECT count(*) FROM skill_resource") == [(1,)]
        await pilot.press("u")
        await pilot.pause()
        assert _column(pane, SkillStatus.TODO)[0] == "System design interviews"
        assert pane.selected.title == "System design interviews"
    assert _stored(opened_paths, "SELECT count(*) FROM skill_resource") == [(3,)]


# --- filter --------------------------------------------------------------------------------


async def test_slash_filters_typo_tolerantly_and_escape_clears(
    opened_paths: DataPaths, seeded: Seeded
) -> None:
    async with skills_pane(opened_paths) as (app, pilot, pane):
        await pilot.press("slash", *"desgin")  # a typo, and letters that are keys elsewhere
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
        assert _column(pane, SkillStatus.TODO) == [
            "System design interviews",
            "Lead a design review",
        ]
        assert _column(pane, SkillStatus.DOING) == []
        await pilot.press("enter")  # back to the board, filter kept
        await pilot.pause()
        assert app.focused is pane.query_one(SkillBoard).column(SkillStatus.TODO)
        await pilot.press("J")  # reordering waits until the filter is cleared
        await pilot.pause()
        assert _column(pane, SkillStatus.TODO)[0] == "System design interviews"
        assert "Esc clears the filter first" in _notifications(app)[-1]
        await pilot.press("escape")
        await pilot.pause()
        assert len(_column(pane, SkillStatus.TODO)) == 3
        assert not pane.query_one("#skills-filter-bar").display


@pytest.mark.parametrize("size", [(120, 36), (80, 24)])
async def test_a_long_paste_that_matches_nothing_keeps_the_board_and_the_cursor_in_sight(
    opened_paths: DataPaths, seeded: Seeded, size: tuple[int, int]
) -> None:
    """Seen in the random walk (seed 2114's own walk, step 1,152, at 120x36): 10,000 pasted
    letters that match nothing, then Enter. The "nothing matches" line quoted all of them (87
    lines), the board under it shrank to one row with its columns' insides out of sight,
    and Enter put the keys in the "done" column, which nobody could see."""
    async with skills_pane(opened_paths, size) as (app, pilot, pane):
        await pilot.press("slash")
        await pilot.pause()
        box = pane.query_one("#skills-filter", Input)
        assert app.focused is box
        box.post_message(events.Paste("x" * 10_000))
        await pilot.pause()
        # Kept to words enough to find a record by (a stranger's walk: with all 10,000,
        # every later key took seconds, and Home and End stopped moving along the text).
        assert 0 < len(box.value) <= 200 and set(box.value) == {"x"}
        nomatch = pane.query_one("#skills-nomatch", Static)
        assert "Nothing matches “xxx" in _text(nomatch) and "…”" in _text(nomatch)
        assert nomatch.region.height <= 4  # the line, wrapped at most once, and its padding
        for status in SkillStatus:
            assert pane.query_one(SkillBoard).column(status).content_region.height >= 2
        await pilot.press("enter")  # nothing to go to: the cursor stays in the box
        await pilot.pause()
        assert app.focused is box
        assert focus_dead_end(app) is None
        await pilot.press("escape")  # clears the filter, back to the board
        await pilot.pause()
        assert app.focused is pane.query_one(SkillBoard).column(SkillStatus.TODO)
        assert _column(pane, SkillStatus.TODO)[0] == "System design interviews"
        assert focus_dead_end(app) is None


async def test_a_filter_with_no_match_says_so(opened_paths: DataPaths, seeded: Seeded) -> None:
    async with skills_pane(opened_paths) as (_app, pilot, pane):
        await pilot.press("slash", *"zzzzqx")
        await pilot.pause()
        assert "Nothing matches “zzzzqx”" in _text(pane.query_one("#skills-nomatch", Static))
        assert pane.selected is None


# --- links and sources ---------------------------------------------------------------------


async def test_o_opens_the_first_link(
    opened_paths: DataPaths, seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(BouncebackApp, "open_url", lambda self, url, **kw: opened.append(url))
    async with skills_pane(opened_paths) as (app, pilot, _pane):
        await pilot.press("o")
        await pilot.pause()
        assert opened == ["https://example.org/system-design"]
        await pilot.press("j", "o")  # "Quantify impact" has no link
        await pilot.pause()
        assert opened == ["https://example.org/system-design"]
        assert "No link on this item yet. Press e to add one." in _notifications(app)


async def test_a_stored_broken_link_is_not_opened(
    opened_paths: DataPaths, seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(BouncebackApp, "open_url", lambda self, url, **kw: opened.append(url))
    another_program_writes(
        opened_paths, "UPDATE skill_resource SET url = 'https://' WHERE skill_id = 1 AND url != ''"
    )
    async with skills_pane(opened_paths) as (app, pilot, _pane):
        await pilot.press("o")
        await pilot.pause()
        assert opened == []
        assert any("This link looks broken" in n for n in _notifications(app))


async def test_s_opens_the_source_rejection(
    opened_paths: DataPaths, seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, int | None]] = []

    async def go_to(self: BouncebackApp, pane_id: str, item_id: int | None = None) -> None:
        calls.append((pane_id, item_id))

    monkeypatch.setattr(BouncebackApp, "go_to", go_to)
    async with skills_pane(opened_paths) as (app, pilot, _pane):
        await pilot.press("s")  # typed by hand: nothing to open
        await pilot.pause()
        assert calls == []
        assert "This item was typed by hand, so there is no source to open." in (
            _notifications(app)
        )
        await pilot.press("j", "j", "s")  # "Lead a design review", from Paperkite's feedback
        await pilot.pause()
        assert calls == [("recovery", seeded.paperkite)]


async def test_new_skill_from_prefills_and_saves_only_on_save(
    opened_paths: DataPaths, seeded: Seeded
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.new_skill_from(
            text="They wanted more people leadership. Also: SQL.",
            source_kind="feedback",
            rejection_id=seeded.paperkite,
            recovery_step_id=seeded.paperkite_feedback_step,
        )
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        form = app.screen
        # Titled by the skill the feedback names (tests/test_skill_from_feedback.py).
        assert form.query_one("#field-title", Input).value == "People leadership"
        assert form.query_one("#field-why", TextArea).text == (
            "They wanted more people leadership. Also: SQL."
        )
        assert "From a feedback answer on Paperkite (Data Analyst)" in _text(
            form.query_one(".form-intro", Static)
        )
        assert _stored(opened_paths, "SELECT count(*) FROM skill") == [(6,)]
        await pilot.press("escape")
        await pilot.pause()
        assert _stored(opened_paths, "SELECT count(*) FROM skill") == [(6,)]

        await app.new_skill_from(
            text="They wanted more people leadership.",
            source_kind="feedback",
            rejection_id=seeded.paperkite,
            recovery_step_id=seeded.paperkite_feedback_step,
        )
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
    assert _stored(
        opened_paths,
        "SELECT title, kind, source_kind, rejection_id, recovery_step_id FROM skill WHERE id = 7",
    ) == [
        (
            "People leadership",
            "soft_skill",
            "feedback",
            seeded.paperkite,
            seeded.paperkite_feedback_step,
        )
    ]


async def test_select_item_shows_the_item_even_through_a_filter(
    opened_paths: DataPaths, seeded: Seeded
) -> None:
    async with skills_pane(opened_paths) as (app, pilot, pane):
        await pilot.press("slash", *"kubernetes", "enter")
        await pilot.pause()
        assert pane.select_item(seeded.skills["sql"]) is True
        await pilot.pause()
        assert pane.selected.title == "SQL window functions"
        assert app.focused is pane.query_one(SkillBoard).column(SkillStatus.DOING)
        assert pane.select_item(999) is False


# --- suggestions ---------------------------------------------------------------------------


async def test_a_suggestion_is_shown_and_accepted_with_shift_a(
    opened_paths: DataPaths, seeded: Seeded
) -> None:
    async with skills_pane(opened_paths) as (_app, pilot, pane):
        bar = pane.query_one(SkillSuggestionBar)
        assert bar.display
        text = _text(bar)
        assert "Bluefin Labs" in text and "Mostly technical." in text
        assert _stored(opened_paths, "SELECT count(*) FROM skill") == [(6,)]
        await pilot.press("A")
        await pilot.pause()
        assert not bar.display
        assert pane.selected.title == "Tell one teamwork story in every interview"
    assert _stored(
        opened_paths,
        "SELECT kind, source_kind, rejection_id, recovery_step_id FROM skill WHERE id = 7",
    ) == [("soft_skill", "reflection", seeded.bluefin, seeded.bluefin_reflection_step)]


async def test_a_suggestion_dismissed_with_shift_x_stays_away(
    opened_paths: DataPaths, seeded: Seeded
) -> None:
    async with skills_pane(opened_paths) as (_app, pilot, pane):
        await pilot.press("X")
        await pilot.pause()
        assert not pane.query_one(SkillSuggestionBar).display
    assert _stored(opened_paths, "SELECT count(*) FROM skill") == [(6,)]
    async with skills_pane(opened_paths) as (_app, _pilot, pane):
        assert not pane.query_one(SkillSuggestionBar).display


# --- keys that do not apply ----------------------------------------------------------------


async def test_keys_that_need_an_item_are_hidden_on_an_empty_backlog(
    opened_paths: DataPaths,
) -> None:
    async with skills_pane(opened_paths) as (app, pilot, pane):
        footer_actions = {
            binding.action
            for binding in (b.binding for b in app.screen.active_bindings.values())
            if pane.check_action(binding.action, ()) is True
        }
        assert "add" in footer_actions
        assert not footer_actions & {"edit", "advance", "delete", "toggle_view", "undo"}
        for key in ("e", "space", "d", "J", "o", "s", "v", "u"):
            await pilot.press(key)
            await pilot.pause()
            assert not isinstance(app.screen, FormScreen | ConfirmScreen)


async def test_space_is_disabled_on_a_done_item(opened_paths: DataPaths, seeded: Seeded) -> None:
    async with skills_pane(opened_paths) as (_app, pilot, pane):
        await pilot.press("l", "l")
        await pilot.pause()
        assert pane.selected.status is SkillStatus.DONE
        assert pane.check_action("advance", ()) is None
        assert pane.check_action("move_priority", (-1,)) is False
        await pilot.press("space")
        await pilot.pause()
        assert pane.selected.status is SkillStatus.DONE


def _drawn(renderable: object, width: int = 80) -> list[str]:
    """A help section's lines as a terminal of ``width`` columns shows them."""
    from rich.console import Console

    console = Console(width=width, color_system=None, legacy_windows=False)
    with console.capture() as captured:
        console.print(renderable)
    return [line.rstrip() for line in captured.get().splitlines()]


async def test_help_lists_the_bracket_keys_as_keys(opened_paths: DataPaths, seeded: Seeded) -> None:
    from bounceback_tui.ui.screens.help import HelpScreen

    async with skills_pane(opened_paths) as (app, pilot, _pane):
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        sections = [_drawn(s.content) for s in app.screen.query(".help-section")]
        items, suggestions = sections[0], sections[1]
        assert "[      status back" in items
        assert "]      status forward" in items
        assert "K      priority up" in items
        assert "A  add the suggested soft skill" in suggestions


async def test_new_skill_from_a_long_answer_or_an_unknown_source(
    opened_paths: DataPaths, seeded: Seeded
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.new_skill_from(text="x", source_kind="gossip")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
        assert any("Unknown source 'gossip'" in n for n in _notifications(app))

        await app.new_skill_from(
            text="Practise the pitch. " * 1000,
            source_kind="reflection",
            rejection_id=seeded.bluefin,
            recovery_step_id=seeded.bluefin_reflection_step,
        )
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        why = app.screen.query_one("#field-why", TextArea).text
        assert len(why) == 10_000 and why.endswith("…")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
    assert _stored(
        opened_paths, "SELECT title, source_kind, rejection_id FROM skill WHERE id = 7"
    ) == [("Pitch", "reflection", seeded.bluefin)]  # "Practise" leads in


HOSTILE = "[bold red]x[/] [@click=app.quit]q[/] \\[ ] [/b] ‮RTL‬ 😀"


async def test_hostile_titles_show_as_typed_and_crash_nothing(opened_paths: DataPaths) -> None:
    from bounceback_tui.domain.skills import SkillInput
    from bounceback_tui.services.skills import add_skill

    database = Database(opened_paths.database)
    add_skill(database, SkillInput(HOSTILE, why=HOSTILE))
    database.dispose()
    async with skills_pane(opened_paths) as (app, pilot, pane):
        assert HOSTILE.replace("‮", "").split()[0] in _text(pane.query_one(SkillDetail))
        await pilot.press("v")
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "[bold red]x[/]" in _text(app.screen.query_one(".confirm-question", Static))
        await pilot.press("y")
        await pilot.pause()
        assert app.is_running
        assert any("[@click=app.quit]" in n or "Deleted" in n for n in _notifications(app))
    assert _stored(opened_paths, "SELECT count(*) FROM skill") == [(0,)]


async def test_a_locked_store_is_reported_not_fatal(
    opened_paths: DataPaths, seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bounceback_tui.errors import StoreError
    from bounceback_tui.services import skills as skill_service

    async with skills_pane(opened_paths) as (app, pilot, pane):

        def locked(_db: object) -> list[object]:
            raise StoreError("The store is busy in another window; try again in a moment.")

        monkeypatch.setattr(skill_service, "list_skills", locked)
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert app.is_running
        assert "The store is busy in another window; try again in a moment." in (
            _notifications(app)
        )
        assert len(_column(pane, SkillStatus.TODO)) == 3  # what was shown stays


async def test_a_long_column_scrolls_with_the_cursor_and_the_mouse(
    opened_paths: DataPaths,
) -> None:
    from bounceback_tui.domain.skills import SkillInput
    from bounceback_tui.services.skills import add_skill

    database = Database(opened_paths.database)
    for n in range(1, 201):
        add_skill(database, SkillInput(f"Skill number {n}"))
    database.dispose()
    async with skills_pane(opened_paths) as (_app, pilot, pane):
        lane = pane.query_one(SkillBoard).column(SkillStatus.TODO)
        assert lane.row_count == 200
        await pilot.press("G")
        await pilot.pause()
        assert pane.selected.title == "Skill number 200"
        assert lane.scroll_offset.y > 0
        await pilot.press("g")
        await pilot.pause()
        assert pane.selected.title == "Skill number 1"
        assert lane.scroll_offset.y == 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert pane.selected.title != "Skill number 1"
        await pilot.press("g")
        await pilot.pause()
        # Each card is two lines: a click on the third line is the second item.
        await pilot.click(lane, offset=(3, 2))
        await pilot.pause()
        assert pane.selected.title == "Skill number 2"


# --- the kind follows the title; titles from answers are short (issue 16) ----------------


async def test_a_new_items_kind_follows_its_title_until_picked(opened_paths: DataPaths) -> None:
    async with skills_pane(opened_paths) as (app, pilot, _pane):
        await pilot.press("a")
        await pilot.pause()
        kind = app.screen.query_one("#field-kind", Select)
        assert kind.value == "other"  # nothing typed yet: nothing to guess from
        await fill(pilot, title="Public speaking")
        await pilot.pause()
        assert kind.value == "soft_skill"
        app.screen.query_one("#field-title", Input).value = "Mock interviews"
        await pilot.pause()
        assert kind.value == "interviewing"
        # Picked by hand: the title no longer moves it.
        kind.value = "resume"
        await pilot.pause()
        app.screen.query_one("#field-title", Input).value = "Public speaking at meetups"
        await pilot.pause()
        assert kind.value == "resume"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
    assert _stored(opened_paths, "SELECT title, kind FROM skill") == [
        ("Public speaking at meetups", "resume")
    ]


async def test_public_speaking_is_saved_as_a_soft_skill(opened_paths: DataPaths) -> None:
    async with skills_pane(opened_paths) as (app, pilot, _pane):
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("enter")  # refused: no title
        await pilot.pause()
        assert app.screen.query_one("#error-title", Static).display
        await pilot.press(*"Public speaking")
        await pilot.pause()
        # The message went with the first key (this form adds its own title handler).
        assert not app.screen.query_one("#error-title", Static).display
        await pilot.press("enter")
        await pilot.pause()
    assert _stored(opened_paths, "SELECT title, kind FROM skill") == [
        ("Public speaking", "soft_skill")
    ]


async def test_an_answer_gives_a_short_title_and_keeps_its_words_once(
    opened_paths: DataPaths, seeded: Seeded
) -> None:
    answer = (
        "I rambled in the behavioural round, and never gave one concrete example of leading "
        "a team through a hard release. Next time: one story, told with STAR."
    )
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.new_skill_from(
            text=answer,
            source_kind="reflection",
            rejection_id=seeded.bluefin,
            recovery_step_id=seeded.bluefin_reflection_step,
        )
        await pilot.pause()
        form = app.screen
        assert form.query_one("#field-title", Input).value == "I rambled in the behavioural round"
        # The whole answer is in "Why it matters"; its first sentence is not said again in
        # the notes (both held it: a new user's walk, twentieth round).
        assert form.query_one("#field-notes", TextArea).text == ""
        assert form.query_one("#field-why", TextArea).text == answer
        assert form.query_one("#field-kind", Select).value == "interviewing"


async def test_a_target_date_in_the_past_is_refused_for_a_new_item(
    opened_paths: DataPaths,
) -> None:
    async with skills_pane(opened_paths) as (app, pilot, _pane):
        await pilot.press("a")
        await pilot.pause()
        await fill(pilot, title="SQL window functions")
        app.screen.query_one("#field-target_date", Input).value = "-3d"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        message = _text(app.screen.query_one("#error-target_date", Static))
        assert message == (
            "Target date: -3d was read as Fri 13 Mar 2026, which has passed; pick today or a "
            "later day."
        )
    assert _stored(opened_paths, "SELECT count(*) FROM skill") == [(0,)]


async def test_editing_an_item_whose_target_has_passed_keeps_it(
    opened_paths: DataPaths,
) -> None:
    from datetime import date

    from bounceback_tui.domain.skills import SkillInput
    from bounceback_tui.services.skills import add_skill

    db = Database(opened_paths.database)
    try:
        add_skill(db, SkillInput(title="SQL", target_date=date(2026, 3, 1)))
    finally:
        db.dispose()
    async with skills_pane(opened_paths) as (app, pilot, _pane):
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#field-notes", TextArea).text = "Two chapters left."
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
    assert _stored(opened_paths, "SELECT target_date, notes FROM skill") == [
        ("2026-03-01", "Two chapters left.")
    ]


async def test_an_item_saved_as_new_over_a_delete_does_not_keep_a_passed_target(
    opened_paths: DataPaths,
) -> None:
    """Left alone in the fifteenth round: an edit form on an item whose target date had
    passed (kept on an edit, as above), the item deleted in another window, "Save as new":
    the copy was added with the passed target, overdue the moment it was made, though a new
    item with that date is refused."""
    from datetime import date

    from bounceback_tui.domain.skills import SkillInput
    from bounceback_tui.services.skills import add_skill, delete_skill
    from bounceback_tui.ui.kit.conflict import ConflictScreen

    db = Database(opened_paths.database)
    try:
        skill_id = add_skill(db, SkillInput(title="SQL", target_date=date(2026, 3, 1)))
        async with skills_pane(opened_paths) as (app, pilot, _pane):
            await pilot.press("e")
            await pilot.pause()
            assert isinstance(app.screen, FormScreen)
            form = app.screen
            delete_skill(db, skill_id)  # the other window
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert isinstance(app.screen, ConflictScreen)
            await pilot.press("n")  # save as new
            await pilot.pause()
            assert app.screen is form
            message = _text(form.query_one("#error-target_date", Static))
            assert message == "Target date: 2026-03-01 has passed; pick today or a later day."
            assert _stored(opened_paths, "SELECT count(*) FROM skill") == [(0,)]
            form.query_one("#field-target_date", Input).value = "+1w"
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert not isinstance(app.screen, FormScreen)
    finally:
        db.dispose()
    assert _stored(opened_paths, "SELECT title, target_date FROM skill") == [("SQL", "2026-03-23")]


def test_the_card_never_says_there_are_no_notes_under_its_notes() -> None:
    # "Notes: Half an hour before breakfast works." and then "No links or notes to learn
    # from yet" on the same card (a stranger's walk): the item's own notes are not its links.
    from datetime import date

    from bounceback_tui.domain.skills import SkillKind, SkillStatus
    from bounceback_tui.services.skills import SkillRow
    from bounceback_tui.ui.skills.detail import detail_content

    today = date(2026, 3, 16)
    with_notes = SkillRow(
        1, "Running", SkillKind.OTHER, SkillStatus.TODO, 1, notes="Half an hour before breakfast."
    )
    card = str(detail_content(with_notes, today))
    assert "Notes: Half an hour before breakfast." in card
    assert "no links or notes" not in card.casefold()
    assert "No links to learn from yet; e adds them." in card
    bare = str(detail_content(with_notes._replace(notes=""), today))
    assert "No links to learn from yet; e adds them." in bare


async def test_a_short_terminal_keeps_the_lanes_in_sight_beside_a_suggestion(
    opened_paths: DataPaths, seeded: Seeded
) -> None:
    # At 90x14 the header, the soft-skill suggestion and the detail card took every row of
    # the pane: the focused lane had no row of its own on screen (the random walk at 90x14,
    # seed 9202). In a pane that short the detail card steps aside (e shows it all).
    async with skills_pane(opened_paths, size=(90, 14)) as (app, _pilot, pane):
        assert pane.query_one(SkillSuggestionBar).display
        lane = pane.query_one(SkillBoard).column(SkillStatus.TODO)
        assert app.focused is lane
        assert focus_dead_end(app) is None
        assert pane.query_one(SkillDetail).region.height == 0
    async with skills_pane(opened_paths, size=(80, 24)) as (app, _pilot, pane):
        assert pane.query_one(SkillDetail).region.height > 0  # room enough: it stays
