"""A follow-up that "How did it go?" settled, and `u` on Today putting it back.

An interview held on the day of its application's follow-up or after it settles that
follow-up, as a line of the log does (``services/interviews.save_outcome``): it stayed
"overdue" after the interview, while a call logged that day cleared it. The note after the
save says so, "That settles your 13 Mar follow-up with Acme (Engineer). u puts it
back.", and `u` gives the day back while it is still empty; the outcome itself stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from textual.content import Content

from bounceback_tui.ui.kit.text import markup_with, plain

if TYPE_CHECKING:
    from bounceback_tui.services.added import Cleared
    from bounceback_tui.services.interviews import OutcomeSaved
    from bounceback_tui.ui.app_pane import AppPane


class SettledUndo(NamedTuple):
    """What `u` on Today takes back after "How did it go?" settled the application's
    follow-up: its day (``services/take_back.put_back``)."""

    cleared: tuple[Cleared, ...]


def settled_words(pane: AppPane, result: OutcomeSaved, *, key: bool = True) -> Content:
    """What the note after the save adds when it settled a follow-up, kept for `u`;
    nothing when it settled none. Without the key (``key`` False) where it is said in the
    thank-you question, which `u` does not reach (``keys_once_answered``)."""
    from bounceback_tui.ui.people.message import settled_note

    if not result.cleared:
        return Content("")
    pane.remember_undo(SettledUndo(result.cleared))
    pane.refresh_if_stale()  # it leaves the due list
    if not key:
        return settled_note(result.settled)
    undo = pane.bb_app.key_label("today.undo", "u")
    return settled_note(result.settled) + markup_with(" [b]$key[/b] puts it back.", key=undo)


def keys_once_answered(pane: AppPane, result: OutcomeSaved, *, sent: bool = False) -> Content:
    """The keys for what the save did, said once the thank-you question is answered no, or
    its message is closed (Today's keys, which do nothing while either is open: the question
    named them, a stranger pressed `u` and `i` there and nothing happened; after "Write it"
    nothing named them): "i opens your answer bank. u puts the follow-up back." Nothing when
    the save added no question and settled nothing. The thank-you marked as sent (``sent``),
    `u` takes that away first (the note says so), and the follow-up is left unsaid."""
    said = []
    if result.questions_added:
        bank = pane.bb_app.key_label("today.answer_bank", "i")
        said.append(markup_with("[b]$key[/b] opens your answer bank.", key=bank))
    if result.cleared and not sent:
        undo = pane.bb_app.key_label("today.undo", "u")
        said.append(markup_with("[b]$key[/b] puts the follow-up back.", key=undo))
    return Content(" ").join(said)


def put_back_settled(pane: AppPane, entry: SettledUndo) -> None:
    """`u`: the follow-up's day back while it is still empty; set again since, the new day
    stays, and the note says so."""
    from bounceback_tui.errors import StoreError
    from bounceback_tui.services.take_back import put_back
    from bounceback_tui.ui.kit.undo import put_back_note

    try:
        done = put_back(pane.bb_app.db, entry.cleared)
    except StoreError as exc:  # busy or read-only for now: `u` may work later
        pane.report(exc, title="Could not undo")
        return
    pane.forget_undo(entry)
    said = put_back_note(done)  # " Your follow-up with Acme (Engineer) is back on 13 Mar."
    if not said.plain:
        said = plain("Nothing to put back: that application is no longer there.")
    pane.notify(said[1:] if said.plain.startswith(" ") else said)
    pane.refresh_bindings()
    pane.refresh_if_stale()
