"""After "Write it" on the thank-you question, the note once its message closes names Today's
keys for what "How did it go?" saved (ui/today/thank_you.py, ui/today/settled.py).

A stranger's walk: answered "Not now", the question gave way to "i opens your answer bank. u
puts the follow-up back."; answered "Write it", the message opened, and once it was closed
(sent or not) nothing on screen named `i` or `u` but the key bar. Now the message closed
unsent says what "Not now" says, and marked as sent its note goes on to name the answer bank
(`u` then takes the thank-you away first, and its note says so).
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.answers.bank import AnswerBankScreen
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.people.message import MessageScreen
from tests.test_interview_settles_follow_up import _follow_up, _store
from tests.test_thank_you_keys_work import _how_did_it_go
from tests.ui_harness import app_on, keep_toasts, settle, settle_workers


async def _write_it(app, pilot) -> None:  # type: ignore[no-untyped-def]
    """ "How did it go?" saved with a question, then "Write it": the thank-you's message."""
    await _how_did_it_go(pilot)
    assert isinstance(app.screen, ConfirmScreen)
    await pilot.press("y")
    await settle_workers(pilot)
    await settle(pilot, 3)
    assert isinstance(app.screen, MessageScreen)


async def test_the_message_closed_unsent_names_the_keys_for_what_the_save_did(
    opened_paths: DataPaths,
) -> None:
    _store(opened_paths, "2026-03-11")  # its follow-up, settled by the interview on the 13th
    async with app_on(opened_paths, size=(120, 40), notifications=True) as (app, pilot, _):
        said = keep_toasts(app)
        await _write_it(app, pilot)
        await pilot.press("escape")
        await settle_workers(pilot)
        await settle(pilot, 3)
        assert not isinstance(app.screen, MessageScreen)
        assert "i opens your answer bank. u puts the follow-up back." in said, said
        assert focus_problem(app) is None
        await pilot.press("u")
        await settle_workers(pilot)
        assert _follow_up(opened_paths) == "2026-03-11"
        await pilot.press("i")
        await settle_workers(pilot)
        assert isinstance(app.screen, AnswerBankScreen)


async def test_the_thank_you_marked_as_sent_names_the_answer_bank_too(
    opened_paths: DataPaths,
) -> None:
    _store(opened_paths, "2026-03-11")
    async with app_on(opened_paths, size=(120, 40), notifications=True) as (app, pilot, _):
        said = keep_toasts(app)
        await _write_it(app, pilot)
        await pilot.press("ctrl+s")  # Mark as sent
        await settle_workers(pilot)
        await settle(pilot, 3)
        assert not isinstance(app.screen, MessageScreen)
        note = next((one for one in said if one.startswith("Marked as sent")), "")
        assert note.endswith("u takes it away. i opens your answer bank."), said
        assert "puts the follow-up back" not in note  # `u` takes the thank-you away first
        assert focus_problem(app) is None
        await pilot.press("i")
        await settle_workers(pilot)
        assert isinstance(app.screen, AnswerBankScreen)
