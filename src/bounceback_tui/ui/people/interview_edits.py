"""Changing or removing an interview already scheduled: pick one of an application's (or a
person's, or the coming week's) interviews, then edit it in the form that scheduled it, or
delete it.

People, the Pipeline and Today open it with the same key (`N`), the palette with "Edit an
interview…" (Pipeline) and "Edit a coming interview…" (Today); `e` or `d` in the dialog
(interview_choice.py) says which. The form saves against the version it read: a change made
in another window meanwhile brings the usual conflict dialog. A delete asks first; its
receipt goes back to the pane, whose `u` brings the interview back (People, the Pipeline,
Today), and the notes name that pane's own undo key (``kit/undo.undo_key``). An edit whose
interview was deleted in another window meanwhile can be saved as new (the conflict dialog's
choice): that add's receipt goes back the same way, and `u` takes it away, as after `n`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from textual.content import Content

from bounceback_tui import clock
from bounceback_tui.domain.interviews import TWICE_TITLE, has_passed, twice_note, when_text
from bounceback_tui.domain.text import app_name, interview_named
from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.services import interviews as interview_service
from bounceback_tui.services.interview_undo import (
    AddedInterview,
    DeletedInterview,
    remove_interview,
)
from bounceback_tui.services.interviews import InterviewRow
from bounceback_tui.services.kept_edits import interview_kept
from bounceback_tui.ui.app_pane import AppPane
from bounceback_tui.ui.kit.kept_note import NOTHING_CHANGED, kept_interview_note
from bounceback_tui.ui.kit.text import markup_with, plain, toast_with
from bounceback_tui.ui.kit.undo import added_note, undo_key
from bounceback_tui.ui.people.detail import called_off_mark
from bounceback_tui.ui.people.forms import checked_interview, interview_fields

# The pane's part once something changed (or a conflict showed it was stale): re-read, and
# keep the receipt of a delete, or of an edit saved as new, for `u` (None after an edit).
Done = Callable[[DeletedInterview | AddedInterview | None], None]


def interview_label_when(row: InterviewRow) -> str:
    """'Tue 17 Mar 14:30', in the person's zone (and the interview's own, if another)."""
    return when_text(row.starts_at, row.zone, clock.zone(), clock.today())


def interview_label(row: InterviewRow) -> str:
    """'Tue 17 Mar 14:30  Technical', the time in the person's zone."""
    return f"{interview_label_when(row)}  {row.kind.label}"


def change_interview(
    pane: AppPane,
    rows: Sequence[InterviewRow],
    done: Done,
    *,
    none_yet: str | Content,
    can_undo: bool = True,
    mark_past: bool = False,
) -> None:
    """Pick one of ``rows`` (straight to what to do with it when there is one), then edit or
    delete it. ``none_yet`` is the toast when there is nothing to pick; ``can_undo``: the
    pane keeps a delete's receipt for its `u` (the dialogs say so only then); ``mark_past``:
    those that have ended are marked " · past" (Today's, among the coming ones)."""
    from bounceback_tui.ui.people.pick import PickScreen

    if not rows:
        pane.notify(none_yet)
        return
    if len(rows) == 1:
        _what_to_do(pane, rows[0], done, can_undo)
        return
    by_id = {row.id: row for row in rows}
    # Those called off are marked as People's details mark them, and come last: the ones
    # still on are those a person comes to change (sorted() keeps each part in time order).
    now = clock.now_utc()
    marks = {row.id: called_off_mark() for row in rows if row.called_off(now)}
    if mark_past:
        past = [row for row in rows if has_passed(row.starts_at, row.length_minutes, now)]
        marks |= {row.id: plain(" · past", "dim") for row in past}
    rows = sorted(rows, key=lambda row: row.id in marks)

    def picked(interview_id: int | None) -> None:
        if interview_id is not None:
            _what_to_do(pane, by_id[interview_id], done, can_undo)

    pane.app.push_screen(
        PickScreen(
            "Which interview?",
            # Each named "Company (Role)", as the notes name it.
            [(row.id, interview_label(row), app_name(row.company, row.role)) for row in rows],
            "",
            marks=marks,
        ),
        picked,
    )


def _what_to_do(pane: AppPane, row: InterviewRow, done: Done, can_undo: bool) -> None:
    from bounceback_tui.ui.people.interview_choice import Choice, InterviewChoiceScreen

    def chosen(choice: Choice | None) -> None:
        if choice == "edit":
            edit_interview(pane, row, done, can_undo=can_undo)
        elif choice == "delete":
            delete_interview(pane, row, done, can_undo=can_undo)
        else:
            pane.focus_target_shown().focus()

    pane.app.push_screen(
        InterviewChoiceScreen(
            # "Onsite interview with Acme (Engineer)": two at one company told apart.
            markup_with("$what", what=interview_named(row.kind.label, row.company, row.role)),
            plain(interview_label_when(row))
            + (called_off_mark() if row.called_off(clock.now_utc()) else Content("")),
            can_undo=can_undo,
        ),
        chosen,
    )


def edit_interview(pane: AppPane, row: InterviewRow, done: Done, *, can_undo: bool = True) -> None:
    """The scheduling form, filled in; saved against the version it was read at. Deleted in
    another window meanwhile and saved as new, the add goes back to the pane for its `u`
    (``can_undo``), and the note says "u takes it away"."""
    from bounceback_tui.ui.kit.conflict import SaveGuard
    from bounceback_tui.ui.kit.form import FormScreen

    db = pane.bb_app.db
    guard = SaveGuard(row.version)
    people = tuple(contact_id for contact_id, _ in row.people)
    # The day it holds is taken again however long ago (ten years is a rule for typing).
    kept = [date.fromisoformat(row.form_values()["day"])]

    twice: list[str | None] = [None]  # 01:30 as the clocks go back: which one it is
    as_new: list[AddedInterview] = []  # saved as new: what `u` takes away
    unchanged = [False]  # saved as it is stored: nothing written (services/kept_edits.py)

    def submit(values: dict[str, str]) -> int:
        data = checked_interview(values, clock.today(), kept_day=kept[0])
        twice[0] = twice_note(data)
        if guard.as_new:  # deleted in another window: the person chose to keep what they typed
            added = interview_service.add_interview_undoable(db, row.application_id, data, people)
            as_new.append(AddedInterview(added, row.application_id, row.company, row.role))
            return added.row_id
        unchanged[0] = interview_kept(db, row.id, data, guard.version)
        if not unchanged[0]:
            interview_service.update_interview(db, row.id, data, expected_version=guard.version)
        return row.id

    def reload() -> tuple[dict[str, str], int] | None:
        try:
            fresh = interview_service.get_interview(db, row.id)
        except BouncebackError:
            return None
        kept[0] = date.fromisoformat(fresh.form_values()["day"])
        return fresh.form_values(), fresh.version

    def closed(result: int | None) -> None:
        if result is None:
            pane.refresh_if_stale()
            pane.focus_target_shown().focus()
            return
        added = as_new[-1] if as_new and as_new[-1].added.row_id == result else None
        done(added if can_undo else None)
        saved = toast_with(
            "Interview saved: $app. Today and the calendar follow.",
            app=app_name(row.company, row.role),
        )
        if unchanged[0]:  # which 01:30 it is still says so (tests/test_interview_twice.py)
            saved = kept_interview_note(row.company, row.role)
        if added is not None and can_undo:
            saved = added_note(pane, saved)
        if twice[0]:
            title = NOTHING_CHANGED if unchanged[0] else TWICE_TITLE
            pane.notify(saved + plain(f" {twice[0]}"), severity="warning", title=title)
        else:
            pane.notify(saved, title=NOTHING_CHANGED if unchanged[0] else "")

    pane.app.push_screen(
        FormScreen(
            markup_with("Edit interview: $app", app=app_name(row.company, row.role)),
            interview_fields((), row.form_values()),
            submit,
            guard=guard,
            reload=reload,
            # The conflict dialog names the fields another window changed.
            values_now=lambda columns: interview_service.interview_of(columns).form_values(),
        ),
        closed,
    )


def delete_interview(
    pane: AppPane, row: InterviewRow, done: Done, *, can_undo: bool = True
) -> None:
    """Asks first; deletes it as it was read (stale: says so and shows what is there)."""
    from bounceback_tui.ui.kit.confirm import ConfirmScreen

    def answered(yes: bool | None) -> None:
        if not yes:
            pane.focus_target_shown().focus()
            return
        try:
            receipt = remove_interview(pane.bb_app.db, row.id, expected_version=row.version)
        except ConflictError as exc:
            pane.report(exc)
            done(None)
            return
        except BouncebackError as exc:
            pane.notify(plain(exc), severity="error", title="Not deleted")
            return
        done(receipt)
        template = (
            "Deleted the $interview. Press [b]$undo[/b] to undo."
            if can_undo
            else "Deleted the $interview."
        )
        pane.notify(
            toast_with(
                template,
                interview=interview_named(row.kind.label, row.company, row.role),
                undo=undo_key(pane),
            )
        )

    pane.app.push_screen(
        ConfirmScreen(
            markup_with(
                "Delete the $what?", what=interview_named(row.kind.label, row.company, row.role)
            ),
            markup_with(
                "$when. It leaves Today and the calendar; [b]$undo[/b] brings it back "
                "straight after."
                if can_undo
                else "$when. It leaves Today and the calendar.",
                when=interview_label_when(row),
                undo=undo_key(pane),
            ),
            confirm_label="Delete",
            cancel_label="Keep it",
        ),
        answered,
    )
