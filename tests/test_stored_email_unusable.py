"""A stored email that cannot be mailed is said to be, not taken for no email at all.

A person whose record held ``a@b<ESC>[31m.co`` (a store edited by hand) got, in a message
draft, "This person has no email address yet; add one", and the draft's heading said "no
email yet": there was one, and adding another was not the way to mend it (an attacker's
walk). The draft now says the stored address cannot be used, why, and to edit the person.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Static

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.links import LinkError
from bounceback_tui.domain.messages import MessageKind
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import message_mail, messages, people_edits
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from tests.conftest import FIXED_TODAY
from tests.screen_text import screen_text
from tests.test_message_screen import _open_draft
from tests.test_people_pane import seeded  # noqa: F401  (the fixture: Rita and her applications)
from tests.ui_harness import settle
from tests.written_over import another_program_writes

ESCAPED = "a@b\x1b[31m.co"


def _hand_edit_email(path: Any, contact_id: int, email: str) -> None:
    another_program_writes(path, "UPDATE contact SET email = ? WHERE id = ?", (email, contact_id))


@pytest.mark.parametrize(
    ("stored", "why"),
    [
        (ESCAPED, "It holds a control character, which no mail program takes."),
        ("a@b\x1b.co", "It holds a control character, which no mail program takes."),
        ("ann@northwind", "The email needs an ending after northwind, like northwind.com."),
    ],
    ids=["escape sequence", "escape alone", "no ending"],
)
def test_a_mail_link_for_an_unusable_stored_address_says_why(
    db: Database, opened_paths: DataPaths, stored: str, why: str
) -> None:
    app = add_application(db, ApplicationInput(company="Acme", role="Engineer"))
    assert app.id is not None
    rita = people_edits.add_contact(
        db, validate_contact({"name": "Rita Okoye", "email": "rita@acme.example"}, FIXED_TODAY)
    )
    people_edits.link_application(db, rita, app.id)
    _hand_edit_email(opened_paths.database, rita, stored)
    view = messages.draft_for(db, MessageKind.FOLLOW_UP, app.id)
    assert view.recipient is not None and view.recipient.email == stored
    with pytest.raises(LinkError) as refused:
        message_mail.mail_link_for(view.recipient, view.draft.subject, view.draft.body)
    # The keys to put it right are the message screen's to name, as bound
    # (tests/test_mail_refusal_keys_as_bound.py).
    assert str(refused.value) == (
        f"The email address stored for this person cannot be used. {why} Edit the person in "
        "People to type it again, or copy the message."
    )


async def test_the_draft_says_the_stored_address_cannot_be_used(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    _hand_edit_email(paths.database, ids["rita"], ESCAPED)
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_draft(app, pilot, ids)
        text = screen_text(app)
        assert "To Rita Okoye (the email stored cannot be used: edit the person in People)" in (
            text
        )
        assert "no email yet" not in text
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert app.screen is screen
        note = " ".join(str(screen.query_one("#message-note", Static).render()).split())
        assert note == (
            "The email address stored for this person cannot be used. It holds a control "
            "character, which no mail program takes. Edit the person in People (e) to type it "
            "again, or copy the message (^y)."
        )
        assert focus_problem(app) is None


async def test_an_escape_the_address_check_lets_through_is_not_shown_as_its_address(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    # "a@b<ESC>.co" has a name, an @ and a domain with an ending: the heading named it as the
    # address to write to, and ctrl+o built a mail link of it.
    paths, ids = seeded
    _hand_edit_email(paths.database, ids["rita"], "a@b\x1b.co")
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_draft(app, pilot, ids)
        text = screen_text(app)
        assert "To Rita Okoye (the email stored cannot be used: edit the person in People)" in (
            text
        )
        assert "<a@b" not in text
