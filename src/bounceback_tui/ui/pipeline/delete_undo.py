"""Deleting an application (`d`, asks first) and taking back the last add, delete or
rejection (`u`, while the app is open); an interview saved as new from `N` is an add."""

from __future__ import annotations

from bounceback_tui.domain.text import app_name, interview_named
from bounceback_tui.domain.wording import plural
from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.services import pipeline_undo
from bounceback_tui.services.application_delete import (
    DeletedApplication,
    GoesWith,
    delete_application,
    goes_with,
)
from bounceback_tui.services.interview_undo import AddedInterview, DeletedInterview
from bounceback_tui.services.move_answered import MovedOn
from bounceback_tui.services.pipeline_undo import AddedApplication, UndoEntry
from bounceback_tui.services.take_back import take_back
from bounceback_tui.ui.kit.text import markup_with, plain, toast_with
from bounceback_tui.ui.kit.toast_room import notes_of_the_undone_go
from bounceback_tui.ui.kit.undo import (
    hidden_note,
    hidden_row,
    put_back_note,
    say_brought_back,
    taken_back_note,
)
from bounceback_tui.ui.pipeline.listing import PipelineListing


class DeleteAndUndo(PipelineListing):
    """`d` and `u`: what `u` can take back is the listing's ``_undo`` stack."""

    def action_delete(self) -> None:
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        if (row := self._need_row()) is None:
            return
        app_id = row.id

        def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            try:
                deleted = delete_application(self.bb_app.db, app_id, expected_version=row.version)
            except ConflictError as exc:
                self._stale(row, exc)
                return
            except BouncebackError as exc:
                self._report(exc)
                self.reread()
                return
            self._undo.push(deleted)
            self.refresh_rows(app_id)
            self.notify(
                toast_with(
                    "Deleted $company. [b]$key[/b] brings it back.",
                    company=app_name(deleted.company, deleted.role),
                    key=self.bb_app.key_label("pipeline.undo", "u"),
                ),
                timeout=5,
            )

        try:
            goes = goes_with(self.bb_app.db, app_id)
        except BouncebackError as exc:
            self._report(exc)
            return
        self.app.push_screen(
            ConfirmScreen(
                markup_with("Delete $app?", app=app_name(row.company, row.role)),
                markup_with(
                    "$goes [b]$key[/b] brings it all back while the app is open.",
                    goes=_what_goes(goes),
                    key=self.bb_app.key_label("pipeline.undo", "u"),
                ),
                confirm_label="Delete",
                cancel_label="Keep it",
            ),
            confirmed,
        )

    def action_undo(self) -> None:
        """Take back the last add, delete or rejection; a plan already worked on asks first."""
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        entry = self._undo.peek()
        if entry is None:
            return
        notes_of_the_undone_go(self.app)
        at_risk = pipeline_undo.work_at_risk(self.bb_app.db, entry)
        if not at_risk:
            self._undo_now(entry)
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._undo_now(entry)

        self.app.push_screen(
            ConfirmScreen(
                markup_with(
                    "Take back the rejection from $company?", company=pipeline_undo.named(entry)
                ),
                markup_with(
                    "Its recovery plan goes too, with $steps you already worked on.",
                    steps=plural(at_risk, "step"),
                ),
                confirm_label="Take it back",
                cancel_label="Keep it",
            ),
            confirmed,
        )

    def drop_undo(self) -> None:
        """The deletes and rejections `u` could take back were in a store since replaced."""
        self._undo.clear()
        super().drop_undo()

    def _undo_now(self, entry: UndoEntry) -> None:
        self._undo.discard(entry)
        unticked: tuple[str, ...] = ()
        put_back = plain("")
        # An add the filter hid (`u` after a save that changed nothing reaches it): said.
        hidden = hidden_row(self, entry.application_id)
        key_of = self.bb_app.key_label  # the keys a refusal names, as bound
        try:
            if isinstance(entry, AddedApplication):  # the plan steps it ticked are open again
                unticked = pipeline_undo.take_back_add(self.bb_app.db, entry, key_of)
                back = None
            elif isinstance(entry, AddedInterview):  # and the follow-up its booking settled
                put_back = put_back_note(take_back(self.bb_app.db, entry.added, key_of))
                back = None
            else:
                back = pipeline_undo.undo(self.bb_app.db, entry, key_of)
        except BouncebackError as exc:
            # The next `u` reaches the action before this one: say which, never silently.
            said = plain(exc)
            if (after := self._undo.peek()) is not None:
                undo = self.bb_app.key_label("pipeline.undo", "u")
                said += plain(f" {undo} now takes back {pipeline_undo.what_it_takes_back(after)}.")
            self.notify(said, severity="warning", title="Nothing changed")
            self.reread()
            self.sync_keys()
            return
        app_id = entry.application_id
        if back is not None and back.again_as is not None and isinstance(entry, DeletedApplication):
            app_id = back.again_as  # saved again as new in another window: that one stands
        if isinstance(entry, AddedApplication):
            self.refresh_rows(app_id)
            said = taken_back_note("{name}", pipeline_undo.named(entry), unticked)
            self.notify(said + hidden_note(self, hidden), title="Add taken back")
            return
        self.refresh_rows(app_id, select=app_id)
        self.select_item(app_id)
        if isinstance(entry, AddedInterview):  # saved as new from `N` (interview_edits.py)
            self.notify(taken_back_note(entry.added.thing, entry.added.name, ()) + put_back)
            return
        # Named as it reads now: its role edited here since the rejection is the role said.
        row = self.selected_row
        now = app_name(row.company, row.role) if row is not None and row.id == app_id else None
        named = now or pipeline_undo.named(entry)
        if isinstance(entry, DeletedApplication):
            usual = toast_with("$company is back.", company=named)
            say_brought_back(self, back, usual, timeout=3)
        elif isinstance(entry, DeletedInterview):
            usual = toast_with(
                "The $interview is back.",
                interview=interview_named(entry.kind_label, entry.company, entry.role),
            )
            say_brought_back(self, back, usual, timeout=3)
        elif isinstance(entry, MovedOn):
            moved_back = "Move taken back: $company is in $stage again" + (
                ", with its follow-up." if entry.follow_up is not None else "."
            )
            stage = entry.from_stage.label
            self.notify(toast_with(moved_back, company=named, stage=stage), timeout=4)
        else:
            self.notify(
                toast_with(
                    "Rejection taken back: $company is in $stage again, and its plan is gone.",
                    company=named,
                    stage=entry.previous_stage.label,
                ),
                timeout=4,
            )


def _what_goes(goes: GoesWith) -> str:
    """ "Its timeline goes with it, and its 2 interviews and 5 log lines; 1 person linked to
    it stays in People. Its rejection stays in Recovery, with its plan.", each part only when
    there is some."""
    parts = [
        plural(n, noun)
        for n, noun in ((goes.interviews, "interview"), (goes.log_lines, "log line"))
        if n
    ]
    said = "Its timeline goes with it" + (f", and its {' and '.join(parts)}" if parts else "")
    if goes.people:
        linked = plural(goes.people, "person", "people")
        said += f"; {linked} linked to it {'stays' if goes.people == 1 else 'stay'} in People"
    # Only when it had one: the sentence stood on every delete, a rejection or none.
    stays = " Its rejection stays in Recovery, with its plan." if goes.rejections else ""
    return f"{said}.{stays}"
