"""The thank-you Today offers after "How did it go?" (ui/today/actions.py), and whether one
is logged already (then none is offered).

The question "Write a thank-you to Acme (Engineer)?" says what the save did without Today's
keys, which do nothing while it is open; they are named once it is answered no, or once the
message that "Write it" opens is closed: after "Write it" nothing named `i` and `u` but the
key bar (``later``, ``ui/today/settled.keys_once_answered``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from textual.content import Content

from bounceback_tui.domain.text import app_name

if TYPE_CHECKING:
    from bounceback_tui.services.today_people import InterviewSoon
    from bounceback_tui.ui.app_pane import AppPane

# The thank-you question's words, after what the save said ("Saved. 1 question joined …").
WORTH_IT = Content(
    "A short note, even days later, is remembered. You see it before anything is sent."
)


def thank_you_logged(pane: AppPane, application_id: int, since: date) -> bool:
    """A thank-you about it logged on the interview's day or later: none is offered again
    (a tester's walk). Unreadable, it is offered: the person can say no."""
    from bounceback_tui.errors import BouncebackError
    from bounceback_tui.services.messages import thank_you_logged as logged

    try:
        return logged(pane.bb_app.db, application_id, since)
    except BouncebackError:
        return False


def offer_thank_you(
    pane: AppPane, item: InterviewSoon, said: Content, later: Callable[[bool], Content]
) -> None:
    """Offer the thank-you for ``item``: to the person it was with (a choice when it was
    with several, as People's `m` asks about applications), dated on their day.
    ``said``: what the save says ("Saved. 1 question joined …"), the question's first
    line rather than a toast over its buttons; ``later``: the keys for what it did
    (given whether the thank-you was marked as sent), said once it is answered no, or
    once its message is closed (Today's keys, which do nothing while they are open)."""
    from bounceback_tui.domain.messages import MessageKind
    from bounceback_tui.errors import BouncebackError
    from bounceback_tui.services.interviews import get_interview
    from bounceback_tui.ui.kit.confirm import ConfirmScreen
    from bounceback_tui.ui.kit.text import markup_with
    from bounceback_tui.ui.people.pane import open_message
    from bounceback_tui.ui.people.pick import PickScreen

    def write_to(contact_id: int | None) -> None:
        open_message(
            pane,
            MessageKind.THANK_YOU,
            item.application_id,
            contact_id,
            interview_id=item.id,
            then=later,
        )

    def not_written() -> None:
        if keys := later(False):
            pane.notify(keys)

    def answered(yes: bool | None) -> None:
        if not yes:
            not_written()
            return
        try:
            people = get_interview(pane.bb_app.db, item.id).people
        except BouncebackError:
            people = ()  # gone meanwhile: the draft is the application's, as before
        if len(people) < 2:
            write_to(people[0][0] if people else None)
            return
        pane.app.push_screen(
            PickScreen("A thank-you to whom?", [(pid, name, "") for pid, name in people], ""),
            lambda chosen: write_to(chosen) if chosen else not_written(),
        )

    pane.app.push_screen(
        ConfirmScreen(
            markup_with("Write a thank-you to $app?", app=app_name(item.company, item.role)),
            Content("\n\n").join([said, WORTH_IT]) if said else WORTH_IT,
            confirm_label="Write it",
            cancel_label="Not now",
        ),
        answered,
    )
