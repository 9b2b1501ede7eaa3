"""Dialogs at 40x12 keep their buttons whole, practice keeps the question and the answer in
sight, and a form's text box keeps what is typed in sight.

An attacker's walk at 40x12 (the app states no least size, so these hold at any): the
conflict dialog's row read "…      Reload       Save mine over"; practice, once the answer
was shown, held only the scheduling words above it and the "1-5 Rate" bar; What's working's
role families editor showed its four-line intro and nothing of what was typed.
"""

from __future__ import annotations

from typing import Any

from bounceback_tui.domain.answers import validate_question
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers
from bounceback_tui.store.database import Database
from bounceback_tui.ui.answers.practice import AnswerPracticeScreen
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.conflict import ConflictScreen
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle, settle_workers

SMALL = (40, 12)


def on_screen(app: Any, text: str) -> bool:
    return any(text in line for line in screen_lines(app))


def box_line(app: Any, text: str) -> str:
    """The dialog's line holding ``text`` (not the key bar's, which names the keys too)."""
    return next(line for line in screen_lines(app) if line.startswith("│") and text in line)


def screen(app: Any) -> str:
    return "\n".join(screen_lines(app))


async def test_dialog_buttons_keep_their_labels_whole(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, size=SMALL) as (app, pilot, _pane):
        app.push_screen(
            ConflictScreen("Northwind Analytics was changed in another window.", deleted=False)
        )
        await settle(pilot, 3)
        assert "Reload" in box_line(app, "Save my changes")
        await pilot.press("escape")
        app.push_screen(
            ConflictScreen("It was deleted in another window.", deleted=True, can_save_as_new=False)
        )
        await settle(pilot, 3)
        assert "Discard" in box_line(app, "Back to my text")
        await pilot.press("escape")
        app.push_screen(
            ConfirmScreen("Delete Northwind?", confirm_label="Delete", cancel_label="Keep it")
        )
        await settle(pilot, 3)
        row = box_line(app, "Keep it")
        assert "Delete" in row and "…" not in row  # the hint gave way, not a label

        # With room again: its keys on the key bar, with its buttons' words.
        await pilot.resize_terminal(100, 30)
        await settle(pilot, 3)
        assert on_screen(app, "y Delete  n/Esc Keep it")


async def test_practice_keeps_the_question_and_answer_in_sight(
    opened_paths: DataPaths, db: Database
) -> None:
    answers.add_question(
        db,
        validate_question(
            {
                "question": "Tell me about a time you disagreed with your manager.",
                "situation": "Our lead wanted to ship on a Friday.",
                "task": "Keep the release safe.",
            }
        ),
    )
    async with app_on(opened_paths, size=SMALL) as (app, pilot, _pane):
        await pilot.press("i")
        await settle_workers(pilot)
        await pilot.press("p")
        await settle_workers(pilot)
        assert isinstance(app.screen, AnswerPracticeScreen)
        await pilot.press("space")
        await settle(pilot, 3)
        assert on_screen(app, "Tell me about a time you")
        assert on_screen(app, "Situation  Our lead wanted")
        assert not on_screen(app, "The first time, it comes")  # below, scrolled to
        # The card scrolls to the rest: what a rating does, under the answer.
        card = app.screen.query_one("#answers-card")
        assert card.max_scroll_y > 0
        for _ in range(12):
            await pilot.press("down")
        await settle(pilot)
        assert on_screen(app, "tomorrow again."), screen(app)


async def test_what_is_typed_in_the_role_families_box_stays_in_sight(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, size=SMALL) as (app, pilot, _pane):
        await pilot.press("w")
        await settle_workers(pilot)
        await pilot.press("e")
        await settle(pilot, 3)
        await pilot.press(*"Sales = Selling", "enter", *"Support = Helping")
        await settle(pilot, 3)
        assert on_screen(app, "Helping"), screen(app)
        assert "Cancel" in box_line(app, "Save")
