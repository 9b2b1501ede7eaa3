"""People: changing or deleting a line of the selected person's log (`I`).

As `N` does for an interview: pick the line (straight on when there is one), then `e` edits
it in the form that logged it, saved against the version read (a change made in another
window meanwhile brings the conflict dialog), or `d` deletes it, after asking, and `u` brings
it back. The tick a thank-you made on "Keep the bridge intact", and the one a feedback line
made on the plan's ask or "Note what came back", go with the line, and come back with it on
`u` (services/feedback_line.py): the question before the delete names the step. A step the
line may have ticked, but ticked by you or by another line too, keeps its tick: the
question says so, and Recovery unticks it. "Note what came back", which a late "Feedback
asked" line had moved, is due as it would be without that ask, and `u` moves it back
(services/reply_day.py).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bounceback_tui import clock
from bounceback_tui.domain.dates import day_month
from bounceback_tui.domain.people import step_ticked_by, validate_interaction
from bounceback_tui.domain.text import app_name
from bounceback_tui.domain.unreadable import day_or_unreadable
from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.services import people_log
from bounceback_tui.services.kept_edits import line_kept
from bounceback_tui.ui.kit.kept_note import NOTHING_CHANGED, kept_note
from bounceback_tui.ui.kit.key_text import key_of
from bounceback_tui.ui.kit.text import markup_with, plain, step_toast, toast_with
from bounceback_tui.ui.kit.undo import days_note
from bounceback_tui.ui.people.forms import NO_APPLICATION, interaction_fields
from bounceback_tui.ui.people.listing import PeopleListing

if TYPE_CHECKING:
    from textual.content import Content

    from bounceback_tui.services.people import InteractionRow


@dataclass(frozen=True)
class DeletedLogLine:
    """What `u` brings back: the line's rows, and its day and kind for the toasts ("the log
    line of 15 Mar (Feedback asked)": a note or a company, cut to fit, told nothing). A day
    another program wrote over (``day`` None) is not put in the sentence as a word: the
    line is named by its kind and application, and said to have a day that could not be
    read."""

    rows: people_log.DeletedLine
    day: str | None
    kind: str
    contact_id: int | None
    about: str = ""  # its application ("Initech (Analyst)"), or nothing

    def said(self, template: str) -> Content:
        """``template`` ("Deleted $line", "$Line is back": no stop) as a sentence, the line
        named: "Deleted the Sent log line for Initech (Analyst); its day could not be read."
        """
        values = {"kind": self.kind, "about": self.about}
        if self.day is not None:
            named, stop = "the log line of $day ($kind)", "."
            values["day"] = self.day
        else:
            named = "the $kind log line for $about" if self.about else "the $kind log line"
            stop = "; its day could not be read."
        template = template.replace("$Line", named[0].upper() + named[1:])
        return toast_with(template.replace("$line", named) + stop, **values)


def log_line_label(row: InteractionRow) -> str:
    """'2026-03-14  Feedback asked · Initech': the day, what happened and what about."""
    about = f" · {row.company}" if row.company else ""
    return f"{day_or_unreadable(row.happened_on)}  {row.kind.label}{about}"


def _form_values(values: dict[str, str]) -> dict[str, str]:
    return {**values, "application": values["application"] or NO_APPLICATION}


class LogEdits(PeopleListing):
    """`I`: change or delete one line of the selected person's log."""

    def action_edit_log(self) -> None:
        from bounceback_tui.ui.people.pick import PickScreen

        lines = self._detail.interactions if self._detail is not None else ()
        if not lines:
            key = self.bb_app.key_label("people.log", "i")
            self.notify(toast_with("Nothing logged with them yet: $key adds a line.", key=key))
            return
        if len(lines) == 1:
            self._what_to_do_with(lines[0])
            return
        by_id = {line.id: line for line in lines}

        def picked(line_id: int | None) -> None:
            if line_id is not None:
                self._what_to_do_with(by_id[line_id])

        self.app.push_screen(
            PickScreen(
                "Which line of the log?",
                [(line.id, log_line_label(line), line.note) for line in lines],
                "",
            ),
            picked,
        )

    def _what_to_do_with(self, line: InteractionRow) -> None:
        from bounceback_tui.ui.people.interview_choice import Choice, InterviewChoiceScreen

        def chosen(choice: Choice | None) -> None:
            if choice == "edit":
                self._edit_log_line(line)
            elif choice == "delete":
                self._delete_log_line(line)
            else:
                self.focus_target_shown().focus()

        self.app.push_screen(
            InterviewChoiceScreen(
                plain(log_line_label(line)),
                plain(line.note) if line.note else markup_with("[dim]No line written.[/dim]"),
                can_undo=True,
                edit_words="what happened, when, the line",
            ),
            chosen,
        )

    def _edit_log_line(self, line: InteractionRow) -> None:
        from bounceback_tui.ui.kit.conflict import SaveGuard
        from bounceback_tui.ui.kit.form import FormScreen

        db = self.bb_app.db
        guard = SaveGuard(line.version, can_save_as_new=False)
        saved_about: list[int | None] = [line.application_id]  # the application saved with
        unchanged = [False]  # saved as it is stored: nothing written (services/kept_edits.py)
        linked = self._linked()
        if line.application_id is not None and all(i != line.application_id for i, _ in linked):
            # Taken off the application since (the log stays): still offered, as it is about it.
            linked.append((line.application_id, app_name(line.company, line.role)))
        values = _form_values(people_log.interaction_values(line))
        fields = tuple(
            replace(spec, value=values[spec.name]) for spec in interaction_fields(linked)
        )

        def submit(typed: dict[str, str]) -> int:
            data = validate_interaction(typed, clock.today())
            about = typed.get("application") or NO_APPLICATION
            app_id = None if about == NO_APPLICATION else int(about)
            saved_about[0] = app_id
            unchanged[0] = line_kept(db, line.id, data, app_id, guard.version)
            if unchanged[0]:
                return line.version
            return people_log.update_interaction(
                db, line.id, data, application_id=app_id, expected_version=guard.version
            )

        def reload() -> tuple[dict[str, str], int] | None:
            from bounceback_tui.services.people import contact_detail

            try:
                fresh = contact_detail(db, line.contact_id) if line.contact_id else None
            except BouncebackError:
                return None
            now = next((i for i in fresh.interactions if i.id == line.id), None) if fresh else None
            if now is None:
                return None
            return _form_values(people_log.interaction_values(now)), now.version

        def closed(result: int | None) -> None:
            if result is None:
                self.refresh_if_stale()
                self.focus_target_shown().focus()
                return
            self._after_change(self._selected)
            if unchanged[0]:
                self.notify(kept_note("The line"), title=NOTHING_CHANGED)
                return
            # "Your plan is as it was: Recovery ticks its steps." was said with no plan too.
            planned = people_log.has_plan(db, saved_about[0])
            self.notify(
                "Saved the line; your plan's steps are unchanged." if planned else "Saved the line."
            )

        self.app.push_screen(
            FormScreen(
                markup_with("Edit the log: $name", name=line.contact_name),
                fields,
                submit,
                guard=guard,
                reload=reload,
                values_now=lambda columns: _form_values(people_log.interaction_of(columns)),
            ),
            closed,
        )

    def _delete_log_line(self, line: InteractionRow) -> None:
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        label = log_line_label(line)
        ticks = line.application_id is not None and step_ticked_by(line.kind) is not None
        ticked = people_log.tick_of_line(self.bb_app.db, line.id)
        undo = key_of(self.app, "people.undo", "u")
        detail = plain(f"{undo} brings it back straight after.")
        if ticked:  # its thank-you's or feedback's tick goes with it (services/people_log.py)
            detail = step_toast("It ticked “$step” in your plan: that is unticked too. ", ticked)
            detail += plain(f"{undo} brings both back straight after.")
        elif ticks:  # it may have ticked a step: that stays (services/people_log.py)
            detail = plain(
                "If it ticked a step of your plan, the step stays ticked (Recovery unticks "
                f"it). {undo} brings it back straight after."
            )

        def answered(yes: bool | None) -> None:
            if not yes:
                self.focus_target_shown().focus()
                return
            try:
                rows = people_log.delete_interaction(
                    self.bb_app.db, line.id, expected_version=line.version
                )
            except ConflictError as exc:
                self.report(exc)
                self._after_change(self._selected)
                return
            except BouncebackError as exc:
                self.notify(plain(exc), severity="error", title="Not deleted")
                return
            # "16 Mar", as the app's other notes say a day (an ISO date here only).
            on = line.happened_on  # None: another program wrote over it
            day = None if on is None else day_month(on, clock.today())
            about = app_name(line.company, line.role) if line.company else ""
            gone = DeletedLogLine(rows, day, line.kind.label, line.contact_id, about)
            self.remember_undo(gone)
            self._after_change(self._selected)
            said = gone.said("Deleted $line")
            if opened := people_log.opened(rows.unticked):
                said += step_toast(" “$step” is open again.", opened[0])
            said += days_note(rows.moved)  # a late ask's reply, due as it was without it
            key = self.bb_app.key_label("people.undo", "u")
            self.notify(said + toast_with(" Press [b]$key[/b] to undo.", key=key))

        self.app.push_screen(
            ConfirmScreen(
                markup_with("Delete this line of the log?"),
                plain(f"{label}. ") + detail,
                confirm_label="Delete",
                cancel_label="Keep it",
            ),
            answered,
        )
