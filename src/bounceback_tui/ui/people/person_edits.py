"""People: adding, editing and deleting a person (`a`, `e`, `d`), taking a delete back
(`u`), and opening their link (`o`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bounceback_tui import clock
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.services import people as people_service
from bounceback_tui.services import people_edits
from bounceback_tui.services.kept_edits import contact_kept
from bounceback_tui.ui.kit.kept_note import NOTHING_CHANGED, kept_note
from bounceback_tui.ui.kit.text import markup_with, plain, step_toast, toast_with
from bounceback_tui.ui.kit.toast_room import notes_of_the_undone_go
from bounceback_tui.ui.kit.undo import added_note, days_note, say_brought_back, undo_of_add
from bounceback_tui.ui.people.forms import contact_fields
from bounceback_tui.ui.people.listing import PeopleListing

if TYPE_CHECKING:
    from bounceback_tui.services.added import Added
    from bounceback_tui.services.interview_undo import DeletedInterview
    from bounceback_tui.services.people import ContactRow
    from bounceback_tui.ui.people.log_edits import DeletedLogLine


class PersonEdits(PeopleListing):
    """The base pane's undo slot holds what `u` restores."""

    def _stale(self, exc: ConflictError) -> None:
        self.report(exc)
        self._after_change(None)

    def action_add(self) -> None:
        self._open_form(None)

    def action_edit(self) -> None:
        if self.selected is not None:
            self._open_form(self.selected)

    def _open_form(self, row: ContactRow | None) -> None:
        from bounceback_tui.ui.kit.form import FormScreen, SaveGuard

        db = self.bb_app.db
        guard = SaveGuard(row.version) if row is not None else None
        receipt: list[Added] = []  # a person added: what `u` needs to take them back
        unchanged = [False]  # saved as it is stored: nothing written (services/kept_edits.py)

        def submit(values: dict[str, str]) -> int:
            data = validate_contact(values, clock.today())
            if row is not None and guard is not None and not guard.as_new:
                unchanged[0] = contact_kept(db, row.id, data, guard.version)
                if not unchanged[0]:
                    people_edits.update_contact(db, row.id, data, expected_version=guard.version)
                return row.id
            receipt.append(people_edits.add_contact_undoable(db, data))
            return receipt[-1].row_id

        def reload() -> tuple[dict[str, str], int] | None:
            assert row is not None
            try:
                fresh = people_service.get_contact(db, row.id)
            except BouncebackError:
                return None
            return fresh.form_values(), fresh.version

        def closed(result: int | None) -> None:
            if result is None:
                self.refresh_if_stale()
                return
            self._after_change(result)
            found = self._model.find(result)
            name = found.name if found is not None else ""
            if unchanged[0]:
                self.notify(kept_note(name), title=NOTHING_CHANGED)
                return
            if receipt and receipt[-1].row_id == result:  # `u` takes it back (kit/undo.py)
                self.remember_undo(undo_of_add(db, receipt[-1]))
                self.notify(added_note(self, toast_with("Added: $name.", name=name)))
                return
            verb = "Saved" if row is not None else "Added"
            self.notify(toast_with("$verb: $name", verb=verb, name=name))

        self.app.push_screen(
            FormScreen(
                "Edit person" if row is not None else "New person",
                contact_fields(row.form_values() if row is not None else None),
                submit,
                guard=guard,
                reload=reload if row is not None else None,
                # The conflict dialog names the fields another window changed.
                values_now=_contact_values_now if row is not None else None,
            ),
            closed,
        )

    def action_delete(self) -> None:
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        row = self.selected
        if row is None:
            return
        try:
            links = people_edits.contact_links(self.bb_app.db, row.id)
        except BouncebackError as exc:
            self.notify(plain(exc), severity="error", title="Not deleted")
            return
        undo = self.bb_app.key_label("people.undo", "u")
        detail = plain(
            _delete_detail(links.applications, links.interviews, links.interactions, undo)
        )

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            place_taker = self._place_taker(row.id)
            try:
                deleted = people_edits.delete_contact(
                    self.bb_app.db, row.id, expected_version=row.version
                )
            except ConflictError as exc:
                self._stale(exc)
                return
            except BouncebackError as exc:
                self.notify(plain(exc), severity="error", title="Not deleted")
                return
            self.remember_undo(deleted)
            self._selected = None
            self._after_change(place_taker)
            key = self.bb_app.key_label("people.undo", "u")
            self.notify(
                toast_with("Deleted $name. Press [b]$key[/b] to undo.", name=row.name, key=key)
            )

        self.app.push_screen(
            ConfirmScreen(
                markup_with("Delete $name?", name=row.name),
                detail,
                confirm_label="Delete",
                cancel_label="Keep them",
            ),
            answered,
        )

    def _place_taker(self, contact_id: int) -> int | None:
        """Who takes ``contact_id``'s line in the list once it is deleted: the next person
        shown, or the one above when it was the last (as on the other panes)."""
        shown = [row.id for row in self._model.visible]
        if contact_id not in shown:
            return None
        at = shown.index(contact_id)
        after = shown[at + 1 : at + 2] or shown[max(at - 1, 0) : at]
        return after[0] if after else None

    def action_undo(self) -> None:
        from bounceback_tui.services.interview_undo import DeletedInterview
        from bounceback_tui.ui.people.log_edits import DeletedLogLine

        deleted = self.undo_entry()
        if deleted is None or self.took_back_add():  # an add: kit/undo.py
            return
        notes_of_the_undone_go(self.app)
        if isinstance(deleted, DeletedInterview):
            self._undo_interview(deleted)
            return
        if isinstance(deleted, DeletedLogLine):
            self.undo_log_line(deleted)
            return
        if isinstance(deleted, people_edits.Unlinked):
            self._undo_unlink(deleted)
            return
        assert isinstance(deleted, people_edits.DeletedContact)
        self.forget_undo(deleted)
        try:
            back = people_edits.restore_contact(self.bb_app.db, deleted)
        except BouncebackError as exc:
            self.report(exc)
            self.reread()
            return
        self.reread()
        again = next((r.id for r in self._rows if r.name == deleted.name), None)
        self._after_change(again)
        say_brought_back(self, back, toast_with("$name is back.", name=deleted.name))

    def after_add_taken_back(self, added: Added, *, taken: bool) -> None:
        """The cursor on who took their line in the list (on them, if they stayed); after a
        line of the log or an interview, on the person it was with."""
        if added.table != "contact":
            self._after_change(added.parent)
            return
        if not taken:
            self._after_change(added.row_id)
            return
        place_taker = self._place_taker(added.row_id)
        self._selected = None
        self._after_change(place_taker)

    def undo_log_line(self, deleted: DeletedLogLine) -> None:
        """A line of the log deleted with `I` (log_edits.py) back where it was."""
        from bounceback_tui.services import people_log

        self.forget_undo(deleted)
        try:
            back = people_log.restore_interaction(self.bb_app.db, deleted.rows)
        except BouncebackError as exc:
            self.report(exc)
            self.reread()
            return
        self._after_change(deleted.contact_id)
        usual = deleted.said("$Line is back")
        # The tick its delete took back, put back while still open.
        if opened := people_log.opened(deleted.rows.unticked):
            usual += step_toast(" “$step” is ticked again.", opened[0])
        usual += days_note(back.days_back, back=True)  # the reply's day the delete moved
        say_brought_back(self, back, usual)

    def _undo_unlink(self, unlinked: people_edits.Unlinked) -> None:
        """`L` taken back: the link, and their places in its interviews."""
        self.forget_undo(unlinked)
        try:
            back = people_edits.relink_application(self.bb_app.db, unlinked)
        except BouncebackError as exc:
            self.report(exc)
            self.reread()
            return
        self._after_change(unlinked.contact_id)
        say_brought_back(self, back, plain(back.note))

    def _undo_interview(self, deleted: DeletedInterview) -> None:
        from bounceback_tui.ui.kit.interview_back import bring_interview_back

        if bring_interview_back(self, self.bb_app.db, deleted):
            self._after_change(self._selected)
        else:
            self.reread()

    def action_open_link(self) -> None:
        if self.selected is None:
            return
        if not self.selected.link:
            key = self.bb_app.key_label("people.edit", "e")
            self.notify(
                toast_with(
                    "No profile link saved for this person; add it with [b]$key[/b].", key=key
                )
            )
            return
        self.bb_app.open_url(self.selected.link)


def _contact_values_now(columns: dict[str, object]) -> dict[str, str]:
    return people_service.contact_of(columns).form_values()


def _delete_detail(applications: int, interviews: int, log_lines: int, undo: str) -> str:
    """What deleting a person takes with it, in words: "linked to 2 applications", never
    "2 application(s) and 0 interview(s)"; ``undo`` is the undo key as bound."""
    from bounceback_tui.domain.wording import plural

    if not (applications or interviews or log_lines):
        return f"You can undo with {undo} straight after."
    links = [
        plural(n, noun)
        for n, noun in ((applications, "application"), (interviews, "interview"))
        if n
    ]
    linked = f"They are linked to {' and '.join(links)}. " if links else ""
    return (
        f"{linked}The applications keep their log with the name in it; lines about this "
        f"person alone go. {undo} undoes it straight after."
    )
