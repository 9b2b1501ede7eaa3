"""People: logging what passed (`i`), an interview (`n`), changing or deleting one (`N`) and
a message draft (`m`).

A line logged and an interview scheduled can be taken back with `u`, as every add in the
app (ui/kit/undo.py): the note after it ends "u takes it away."."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content

from bounceback_tui import clock
from bounceback_tui.domain.dates import day_month
from bounceback_tui.domain.interviews import TWICE_TITLE, twice_note, where_it_shows
from bounceback_tui.domain.people import validate_interaction
from bounceback_tui.errors import ValidationError
from bounceback_tui.services import interviews as interview_service
from bounceback_tui.services import messages as message_service
from bounceback_tui.services import people_log
from bounceback_tui.ui.kit.text import markup_with, plain, step_toast, toast_with
from bounceback_tui.ui.kit.undo import added_note, answered_note, undo_of_add
from bounceback_tui.ui.people.forms import (
    NO_APPLICATION,
    checked_interview,
    interaction_fields,
    interview_fields,
)
from bounceback_tui.ui.people.listing import PeopleListing
from bounceback_tui.ui.people.message import open_message, settled_note

if TYPE_CHECKING:
    from bounceback_tui.services.added import Added
    from bounceback_tui.services.people import LinkedApplication


class LogKeys(PeopleListing):
    """Each opens a form or a picker about the selected person and their applications."""

    def action_log(self) -> None:
        from bounceback_tui.ui.kit.form import FormScreen

        row = self.selected
        if row is None:
            return
        linked = self._linked()
        db = self.bb_app.db

        def submit(values: dict[str, str]) -> people_log.LoggedInteraction:
            data = validate_interaction(values, clock.today())
            about = values.get("application") or NO_APPLICATION
            app_id = None if about == NO_APPLICATION else int(about)
            return people_log.log_interaction(db, data, application_id=app_id, contact_id=row.id)

        def closed(logged: people_log.LoggedInteraction | None) -> None:
            if logged is None:
                return
            self._after_change(row.id)
            if logged.added is not None:  # `u` takes it back (kit/undo.py)
                self.remember_undo(undo_of_add(db, logged.added))
            step = logged.ticked_step
            said = Content("Logged.")
            if step and logged.already_ticked:  # kept as it was: its day, its answer
                said = step_toast("Logged. “$step” was ticked already.", step)
            elif step and logged.before_no is not None:  # dated before the no
                day = day_month(logged.before_no, clock.today())
                template = (
                    "Logged, and ticked “$step” as of $day, the day of the no"
                    " (the line is dated before it)."
                )
                said = step_toast(template, step, day=day)
            elif step:
                said = step_toast("Logged, and ticked “$step” in your plan.", step)
            said += settled_note(logged.settled)
            self.notify(added_note(self, said) if logged.added is not None else said)

        self.app.push_screen(
            FormScreen(
                markup_with("Log: $name", name=row.name),
                interaction_fields(linked, linked[0][0] if len(linked) == 1 else None),
                submit,
            ),
            closed,
        )

    def action_interview(self) -> None:
        from bounceback_tui.ui.kit.form import FormScreen

        row = self.selected
        if row is None:
            return
        linked = self._linked()
        if not linked:
            link = self.bb_app.key_label("people.link", "l")
            self.notify(
                toast_with(
                    "Link an application first ($key): an interview belongs to one.", key=link
                )
            )
            return
        db = self.bb_app.db
        # Linked only to applications that said no (or were withdrawn), the list holds no
        # other to pick: the refusal of one ahead says how to link another (a newcomer's walk).
        otherwise = None
        if not self._linked_open():
            link = self.bb_app.key_label("people.link", "l")
            otherwise = f"link them to an open one (Escape, then {link}) and schedule it there"

        saved: list[tuple[str, bool]] = []
        added: list[Added] = []  # what `u` needs to take it back

        def submit(values: dict[str, str]) -> int:
            data = checked_interview(values, clock.today())
            try:
                app_id = int(values.get("application") or "")
            except ValueError:
                raise ValidationError.single("application", "Pick the application.") from None
            added.append(
                interview_service.add_interview_undoable(
                    db, app_id, data, (row.id,), otherwise=otherwise
                )
            )
            twice = twice_note(data)  # 01:30 as the clocks go back: which one it is
            shown = where_it_shows(data, clock.now_utc().replace(tzinfo=None))
            saved.append((f"{shown} {twice}" if twice else shown, bool(twice)))
            return added[-1].row_id

        def closed(result: int | None) -> None:
            if result is None:
                return
            self._after_change(row.id)
            self.remember_undo(undo_of_add(db, added[-1]))
            message, told = saved[-1]
            said = plain(message) + answered_note(added[-1])
            if told:  # saved at the first of a time that happens twice
                self.notify(added_note(self, said), severity="warning", title=TWICE_TITLE)
            else:
                self.notify(added_note(self, said))

        # Start on the first application still in play rather than one that said no.
        self.app.push_screen(
            FormScreen(
                markup_with("Interview with $name", name=row.name),
                interview_fields(linked, chosen=self._linked_in_play()),
                submit,
            ),
            closed,
        )

    def action_edit_interview(self) -> None:
        from bounceback_tui.services.interview_undo import AddedInterview, DeletedInterview
        from bounceback_tui.ui.people.interview_edits import change_interview

        row = self.selected
        if row is None:
            return

        def done(receipt: DeletedInterview | AddedInterview | None) -> None:
            if isinstance(receipt, AddedInterview):  # saved as new: `u` takes it away
                self.remember_undo(undo_of_add(self.bb_app.db, receipt.added))
            elif receipt is not None:
                self.remember_undo(receipt)
            self._after_change(row.id)

        change_interview(
            self,
            self._detail.interviews if self._detail is not None else (),
            done,
            none_yet=(
                "No interviews with them yet: "
                f"{self.bb_app.key_label('people.interview', 'n')} schedules one."
            ),
        )

    def action_message(self) -> None:
        """Pick a message, then (if more than one fits it) the application it is about: only
        the messages that fit a linked application's stage are offered, and only the
        applications that fit the message chosen."""
        from bounceback_tui.domain.interviews import has_passed
        from bounceback_tui.domain.messages import MessageKind, fits_person
        from bounceback_tui.ui.people.pick import PickScreen

        row = self.selected
        if row is None:
            return
        applications = self._detail.applications if self._detail is not None else ()
        if not applications:
            link = self.bb_app.key_label("people.link", "l")
            self.notify(
                toast_with("Link an application first ($key): a message is about one.", key=link)
            )
            return
        now = clock.now_utc()
        interviewed = {
            i.application_id
            for i in (self._detail.interviews if self._detail is not None else ())
            if has_passed(i.starts_at, i.length_minutes, now)
        }

        held = message_service.with_interviews_held(self.bb_app.db, (a.id for a in applications))

        def fit(kind: MessageKind, app: LinkedApplication) -> bool:
            mine = app.id in interviewed
            return fits_person(kind, app.stage, row.kind, mine, app.id in held and not mine)

        kinds = [k for k in MessageKind if any(fit(k, a) for a in applications)]

        def kind_chosen(index: int | None) -> None:
            if index is None:
                return
            kind = kinds[index]
            ids = {a.id for a in applications if fit(kind, a)}
            picks = [pick for pick in self._linked_picks() if pick[0] in ids]
            if len(picks) == 1:
                open_message(self, kind, picks[0][0], row.id)
                return
            self.app.push_screen(
                PickScreen("About which application?", picks, ""),
                lambda app_id: open_message(self, kind, app_id, row.id) if app_id else None,
            )

        self.app.push_screen(
            PickScreen(
                f"A message to {row.name}", [(n, k.label, "") for n, k in enumerate(kinds)], ""
            ),
            kind_chosen,
        )
