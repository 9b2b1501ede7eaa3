"""A draft's ctrl+o refused names the keys that put it right as the keymap has them.

"Nobody is linked to this application yet: link a person with an email address in People
(l), or copy the message (ctrl+y)." and "… Edit the person in People (e) to type it again,
or copy the message (ctrl+y)." were written in services/messages.py, which has no keymap to
ask: after settings.toml moved the copy, the link or the edit, the note still named the
usual keys (tests/key_hint_guard.py kept it in a list left to fix). The service now says
why (``services/message_mail.NoAddress``) and the message screen names the keys as bound.
"""

from __future__ import annotations

from textual.widgets import Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.people.message import MessageScreen
from tests.test_keymap import _keymapped
from tests.test_message_screen import _open_draft
from tests.test_people_pane import seeded  # noqa: F401  (the fixture: Rita and her applications)
from tests.test_recovery_message_to_whom import _m_on_the_feedback_step, _seed
from tests.ui_harness import settle
from tests.written_over import another_program_writes

MOVED = '[keymap]\n"message.copy" = "ctrl+b"\n"people.link" = "b"\n"people.edit" = "E"\n'


def _note(screen: MessageScreen) -> str:
    return " ".join(str(screen.query_one("#message-note", Static).render()).split())


async def test_nobody_linked_names_the_link_and_the_copy_as_bound(
    opened_paths: DataPaths,
) -> None:
    _seed(opened_paths, {})
    async with _keymapped(opened_paths, MOVED) as (app, pilot):
        await _m_on_the_feedback_step(app, pilot, opened_paths)
        screen = app.screen
        assert isinstance(screen, MessageScreen)
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert app.screen is screen
        assert _note(screen) == (
            "Nobody is linked to this application yet: link a person with an email address "
            "in People (b), or copy the message (^b)."
        )
        assert focus_problem(app) is None


async def test_an_unusable_address_names_the_edit_and_the_copy_as_bound(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    another_program_writes(
        paths, "UPDATE contact SET email = ? WHERE id = ?", ("ann@northwind", ids["rita"])
    )
    async with _keymapped(paths, MOVED) as (app, pilot):
        screen = await _open_draft(app, pilot, ids)
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert app.screen is screen
        assert _note(screen) == (
            "The email address stored for this person cannot be used. The email needs an "
            "ending after northwind, like northwind.com. Edit the person in People (E) to "
            "type it again, or copy the message (^b)."
        )
        await pilot.press("ctrl+b")  # the copy the note names does copy
        await settle(pilot)
        assert "Copied" in _note(screen)
