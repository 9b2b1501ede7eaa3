"""The selected application's interviews: schedule one (`I`), with nobody from People or
with someone linked to it, or change one (`N`), or delete it (`u` takes the add or the delete
back, and an edit saved as new over one deleted elsewhere). The form and the flows are
People's (ui/people/forms.py, ui/people/interview_edits.py), with the application fixed;
this reads the application's interviews fresh and re-reads its row and detail after.

A stranger moving an application to Interviewing found nothing to record the interview by
here: `N` said "People's n schedules one", so they made up a person to link and schedule.
Not `n`, People's key for it: `"pipeline.add" = "n"` is the keymap's own example (docs/keys.md),
and a person who took it would have found their key clashing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bounceback_tui import clock
from bounceback_tui.domain.interviews import TWICE_TITLE, twice_note, where_it_shows
from bounceback_tui.errors import BouncebackError
from bounceback_tui.services.interview_undo import AddedInterview
from bounceback_tui.services.interviews import add_interview_undoable, interviews_of_application
from bounceback_tui.services.people import people_of_application
from bounceback_tui.ui.kit.cells import TITLE_NAME_CELLS, clip_app_name
from bounceback_tui.ui.kit.text import markup_with, plain
from bounceback_tui.ui.kit.undo import added_note, answered_note
from bounceback_tui.ui.pipeline.listing import PipelineListing

if TYPE_CHECKING:
    from bounceback_tui.domain.unreadable import UnreadableInterview
    from bounceback_tui.services.interview_undo import DeletedInterview
    from bounceback_tui.ui.kit.form import FieldSpec


class PipelineInterviews(PipelineListing):
    # Not in STATEFUL_ACTIONS: the key bar does not show `I` or `N` here (help, the palette
    # and the details' Interviews line do).

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit_interview", "schedule_interview"):
            # Hidden on an empty Pipeline, dimmed with nothing selected (as Edit is).
            return (True if self.selected_row else None) if self._model.rows else False
        return super().check_action(action, parameters)

    def action_edit_interview(self) -> None:
        from bounceback_tui.ui.people.interview_edits import change_interview

        if (row := self._need_row()) is None:
            return
        unread: list[UnreadableInterview] = []
        try:
            interviews = interviews_of_application(self.bb_app.db, row.id, unread=unread)
        except BouncebackError as exc:
            self._report(exc)
            return
        if unread:
            # Its time overwritten by another program: said, never "No interviews … yet"
            # (the detail says it too: domain/unreadable.py).
            self.notify(
                plain(" ".join(u.said() for u in unread)),
                severity="warning",
                title="Time unreadable",
            )
            if not interviews:
                return

        def done(receipt: DeletedInterview | AddedInterview | None) -> None:
            if receipt is not None:
                self._undo.push(receipt)
            self.refresh_rows(row.id)
            self._focus_view()

        key = self.bb_app.key_label("pipeline.interview", "I")
        change_interview(
            self,
            interviews,
            done,
            none_yet=plain(f"No interviews for this application yet: press {key} to schedule one."),
        )

    def action_schedule_interview(self) -> None:
        """People's interview form with the application fixed; who is in it is a choice of
        the people linked to the application, or nobody."""
        from bounceback_tui.ui.kit.form import FormScreen
        from bounceback_tui.ui.people.forms import checked_interview, interview_fields

        if (row := self._need_row()) is None:
            return
        db = self.bb_app.db
        try:
            people = [(person.id, person.name) for person in people_of_application(db, row.id)]
        except BouncebackError as exc:
            self._report(exc)
            return
        app_id, company, role = row.id, row.company, row.role
        added: list[AddedInterview] = []
        saved: list[tuple[str, bool]] = []

        def submit(values: dict[str, str]) -> int:
            data = checked_interview(values, clock.today())
            who = values.get("with") or ""
            receipt = add_interview_undoable(
                db,
                app_id,
                data,
                (int(who),) if who.isdigit() else (),
                otherwise="keep it on a day already past",
            )
            added.append(AddedInterview(receipt, app_id, company, role, scheduled=True))
            twice = twice_note(data)  # 01:30 as the clocks go back: which one it is
            shown = where_it_shows(data, clock.now_utc().replace(tzinfo=None))
            saved.append((f"{shown} {twice}" if twice else shown, bool(twice)))
            return receipt.row_id

        def closed(result: int | None) -> None:
            if result is None:
                self.refresh_if_stale()
                self._focus_view()
                return
            self._undo.push(added[-1])
            self.refresh_rows(app_id, select=app_id)
            self.select_item(app_id)
            self._focus_view()
            message, told = saved[-1]
            said = plain(message) + answered_note(added[-1].added)
            if told:  # saved at the first of a time that happens twice
                self.notify(added_note(self, said), severity="warning", title=TWICE_TITLE)
            else:
                self.notify(added_note(self, said))

        self.app.push_screen(
            FormScreen(
                markup_with("Interview: $app", app=clip_app_name(company, role, TITLE_NAME_CELLS)),
                _with_field(people) + interview_fields(()),
                submit,
            ),
            closed,
        )


def _with_field(people: list[tuple[int, str]]) -> tuple[FieldSpec, ...]:
    """Who it is with, when anyone in People is linked to the application: nobody, or one
    of them (People's `n` schedules one with someone else, once linked)."""
    from bounceback_tui.ui.kit.form import FieldSpec

    if not people:
        return ()
    return (
        FieldSpec(
            "with",
            "With",
            kind="select",
            # Not required, and blank unless chosen: "Nobody from People" is its blank.
            options=tuple((plain(n), str(i)) for i, n in people),
            placeholder="Nobody from People",
        ),
    )
