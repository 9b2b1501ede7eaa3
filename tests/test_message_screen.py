"""The message screen (issue 19). A draft the person has edited is not thrown away by Escape
without asking (issue 16: every form with typed content asks before discarding, the same way
everywhere; found in the acceptance audit of 2026-12-04: Escape closed an edited draft at
once). ctrl+o hands a mailto: link to the same safe opener as every link, then asks whether it
was sent; nothing is logged until the person says so."""

from __future__ import annotations

import sqlite3
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from textual.widgets import Input, TextArea

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import browser
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.people.message import MessageScreen
from tests.screen_text import screen_text
from tests.test_people_pane import seeded  # noqa: F401  (the fixture: Rita and her applications)
from tests.ui_harness import settle


async def _open_draft(app: BouncebackApp, pilot: Any, ids: dict[str, int]) -> MessageScreen:
    await pilot.press("6")
    await settle(pilot)
    assert app.current_pane.select_item(ids["rita"])
    await pilot.press("m")
    await settle(pilot)
    await pilot.press(*"gracious", "enter")
    await settle(pilot)
    assert isinstance(app.screen, MessageScreen)
    return app.screen


async def test_escape_on_an_edited_message_asks_and_no_keeps_the_edit(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_draft(app, pilot, ids)
        body = screen.query_one("#message-body", TextArea)
        assert app.focused is body
        await pilot.press(*"PS ")
        edited = body.text
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert "Throw away" in str(app.screen.question)
        await pilot.press("n")
        await settle(pilot)
        assert app.screen is screen
        assert body.text == edited  # the edit is still there
        assert app.focused is body  # and the cursor where it was
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert not isinstance(app.screen, MessageScreen | ConfirmScreen)
        assert focus_problem(app) is None


async def test_escape_on_an_untouched_or_copied_message_closes_at_once(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    app = BouncebackApp(paths)
    copied: list[str] = []
    app.copy_to_clipboard = copied.append  # type: ignore[method-assign]  # no terminal here
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_draft(app, pilot, ids)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, MessageScreen | ConfirmScreen)

        # Edited, then copied (it is out in the person's clipboard) and not sent yet: Escape
        # has nothing left to lose.
        screen = await _open_draft(app, pilot, ids)
        subject = screen.query_one("#message-subject", Input)
        subject.value = subject.value + " (again)"
        await pilot.press("ctrl+y")
        await settle(pilot)
        # Not asked "Did you send it?" at once: it is not pasted anywhere yet (a stranger).
        assert app.screen is screen and len(copied) == 1
        assert "Once it is sent, ^s marks it as sent." in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, MessageScreen | ConfirmScreen)
        assert focus_problem(app) is None


async def test_ctrl_o_opens_a_mail_link_through_the_safe_opener_and_asks_if_it_was_sent(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths, ids = seeded
    opened: list[str] = []
    monkeypatch.setattr(browser, "open_link", lambda link: bool(opened.append(link.url)) or True)
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_draft(app, pilot, ids)
        subject = screen.query_one("#message-subject", Input).value
        body = screen.query_one("#message-body", TextArea).text
        await pilot.press("ctrl+o")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert len(opened) == 1
        parts = urlsplit(opened[0])
        assert (parts.scheme, parts.path) == ("mailto", "rita@initech.example")
        fields = parse_qs(parts.query)
        assert fields["subject"] == [subject]
        assert fields["body"] == [body.rstrip().replace("\n", "\r\n")]  # lines end in CRLF
        assert isinstance(app.screen, ConfirmScreen)  # "Did you send it?"
        await pilot.press("n")
        await settle(pilot)
        assert app.screen is screen
        with sqlite3.connect(paths.database) as conn:
            assert conn.execute("SELECT count(*) FROM interaction").fetchone()[0] == 0


async def test_a_blank_sign_off_is_explained(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    """With no name in Settings a draft ended "Best," with nothing after it, and nothing said
    why (a stranger's walk, nineteenth round); with a name, nothing is said."""
    from bounceback_tui.services.settings import set_setting
    from bounceback_tui.store.database import Database

    paths, ids = seeded
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_draft(app, pilot, ids)
        assert "Your name is not set, so the sign-off is blank" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
    db = Database(paths.database)
    with db.write() as session:
        set_setting(session, "your_name", "Sam Lee")
    db.dispose()
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_draft(app, pilot, ids)
        assert screen.query_one("#message-body", TextArea).text.rstrip().endswith("Sam Lee")
        assert "Your name is not set" not in screen_text(app)


async def test_ctrl_s_twice_logs_the_message_once_and_says_so(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    """A tester: ctrl+s twice on the same draft logged two "Sent" lines without a word. The
    second press, before the screen has closed, now logs nothing and says it is marked."""
    paths, ids = seeded
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_draft(app, pilot, ids)
        screen.action_sent()
        screen.action_sent()  # the second key, come before the screen has gone
        note = screen.query_one("#message-note").render()
        assert str(note) == "Already marked as sent: it is in the log once."
        await settle(pilot)
        assert not isinstance(app.screen, MessageScreen)
        assert focus_problem(app) is None
    with sqlite3.connect(paths.database) as conn:
        logged = conn.execute(
            "SELECT count(*) FROM interaction WHERE contact_id = ?", (ids["rita"],)
        ).fetchone()[0]
    assert logged == 1
