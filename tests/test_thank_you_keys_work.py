"""Every key the thank-you question names does something while it is open (ui/today/actions.py,
ui/today/settled.py).

A stranger's walk: after "How did it go?" the question "Write a thank-you to Northwind
(Engineer)?" began "Saved. 1 question joined your answer bank (i opens it). That settles
your 11 Mar follow-up with Northwind (Engineer). u puts it back.": `i` and `u` are Today's
keys and did nothing while the question was open. The question now says what the save did
without them, and once it is answered no a note names them, where they work.
"""

from __future__ import annotations

import re
from datetime import date

from textual.content import Content

from bounceback_tui.domain.people import InteractionInput, InteractionKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.people_log import log_interaction
from bounceback_tui.store.database import Database
from bounceback_tui.ui.answers.bank import AnswerBankScreen
from bounceback_tui.ui.keymap import normalize_key
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.test_interview_settles_follow_up import _follow_up, _store
from tests.ui_harness import app_on, fill, settle, settle_workers, toasts

# "i opens it", "u puts it back": a key before what it does.
KEY_BEFORE_VERB = re.compile(r"(?:^|[\s(])(\S)\s+(?:opens|puts|takes|brings|adds|shows)\b")
WORDS = {"Esc": "escape", "Enter": "enter"}


def _bold(content: Content) -> list[str]:
    return [
        content.plain[span.start : span.end]
        for span in content.spans
        if {"b", "bold"} & set(str(span.style).split()) or getattr(span.style, "bold", False)
    ]


def keys_named(screen: ConfirmScreen) -> set[str]:
    """The keys the open question names, in its words or on the key bar under it, as
    Textual names them ("escape", "u")."""
    texts = [screen.question, screen.detail]
    named = {key for keys, _words in screen.query_one(KeyBar).shown() for key in keys.split("/")}
    for content in texts:
        named |= {key for bold in _bold(content) for key in bold.split("/")}
        named |= set(KEY_BEFORE_VERB.findall(content.plain))
    return {WORDS.get(key) or normalize_key(key) for key in named}


async def _how_did_it_go(pilot) -> None:  # type: ignore[no-untyped-def]
    """`h` on Today: how the interview went, with a question they asked, saved."""
    await settle_workers(pilot)
    await pilot.press("h")
    await settle(pilot)
    await fill(pilot, note="Went well", questions="Why Northwind?")
    await pilot.press("ctrl+s")
    await settle_workers(pilot)


def test_the_keys_named_are_found() -> None:
    question = ConfirmScreen(
        "Write a thank-you?",
        Content.from_markup(
            "Saved. 1 question joined your answer bank (i opens it). That settles it. "
            "[b]u[/b] puts it back."
        ),
    )
    texts = [question.question, question.detail]
    found = {key for text in texts for key in KEY_BEFORE_VERB.findall(text.plain)}
    assert found | {k for text in texts for k in _bold(text)} == {"i", "u"}


async def test_every_key_the_thank_you_question_names_works_there(
    opened_paths: DataPaths,
) -> None:
    _store(opened_paths, "2026-03-11")  # its follow-up, settled by the interview on the 13th
    async with app_on(opened_paths, size=(120, 40), notifications=True) as (app, pilot, _):
        await _how_did_it_go(pilot)
        question = app.screen
        assert isinstance(question, ConfirmScreen)
        named = keys_named(question)
        working = {key for key, active in question.active_bindings.items() if active.enabled}
        assert {"y", "n", "escape"} <= named and named <= working, (named, working)
        said = question.detail.plain
        assert "Saved. 1 question joined your answer bank." in said, said
        assert "That settles your 11 Mar follow-up with Northwind (Engineer)." in said, said
        # Answered no, the keys for what the save did are named where they work.
        await pilot.press("escape")
        await settle_workers(pilot)
        assert "i opens your answer bank. u puts the follow-up back." in toasts(app)
        await pilot.press("u")
        await settle_workers(pilot)
        assert _follow_up(opened_paths) == "2026-03-11"
        await pilot.press("i")
        await settle_workers(pilot)
        assert isinstance(app.screen, AnswerBankScreen)


async def test_with_a_thank_you_logged_the_toast_keeps_its_key(opened_paths: DataPaths) -> None:
    """No question then (a thank-you is in the log already): the save's toast names `i`,
    which works at once."""
    app_id, _interview = _store(opened_paths, "2026-03-20")
    db = Database(opened_paths.database)
    try:
        thanks = InteractionInput(InteractionKind.THANK_YOU_SENT, date(2026, 3, 13), "Thanks")
        log_interaction(db, thanks, application_id=app_id)
    finally:
        db.dispose()
    async with app_on(opened_paths, size=(120, 40), notifications=True) as (app, pilot, _):
        await _how_did_it_go(pilot)
        assert not isinstance(app.screen, ConfirmScreen)
        said = " ".join(toasts(app))
        assert "Saved. 1 question joined your answer bank (i opens it)." in said, said
