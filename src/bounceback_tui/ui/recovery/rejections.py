"""Recording a no (`n`; for an application open in the Pipeline it may mark that one
rejected: ui/recovery/new_rejection.py) and editing a rejection (`e`)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.content import Content

from bounceback_tui import clock
from bounceback_tui.domain.dates import day_month
from bounceback_tui.domain.text import app_name
from bounceback_tui.domain.unreadable import UNREADABLE_DAY
from bounceback_tui.services import recovery as recovery_service
from bounceback_tui.services.recovery_views import RejectionView
from bounceback_tui.ui.kit.kept_note import NOTHING_CHANGED, kept_note
from bounceback_tui.ui.kit.text import toast_with
from bounceback_tui.ui.kit.undo import AddUndo, added_note, undo_of_add

if TYPE_CHECKING:
    from bounceback_tui.services.added import Added
    from bounceback_tui.services.open_applications import Marked
    from bounceback_tui.services.recovery_edits import Corrected
    from bounceback_tui.services.store_access import Database

from bounceback_tui.ui.recovery.listing import RecoveryListing


class RejectionForms(RecoveryListing):
    """`n` records a rejection and its plan; `e` edits the one shown."""

    def action_new_rejection(self) -> None:
        self._flush_plan()
        from bounceback_tui.ui.recovery.forms import rejection_form

        db = self.bb_app.db
        receipt: list[Added] = []

        def saved(result: RejectionView | Marked | None) -> None:
            from bounceback_tui.services.open_applications import Marked

            if result is None:
                return
            rejection = result.rejection if isinstance(result, Marked) else result
            self.reread()
            self.select_item(rejection.id)
            self.step_list.focus()
            said = toast_with(
                "A plan for $company is ready. Start with the first step when you are ready.",
                company=app_name(rejection.company, rejection.role),
            )
            if isinstance(result, Marked):  # an application open in the Pipeline: marked too
                self.remember_undo(undo_of_marked(db, result))
                said = added_note(self, marked_note(result))
            elif receipt and receipt[-1].row_id == rejection.id:  # `u` takes it back, plan and all
                self.remember_undo(undo_of_add(db, receipt[-1]))
                said = added_note(self, said)
            self.notify(said, title="Rejection recorded")

        self.app.push_screen(rejection_form(db, added=receipt.append), saved)

    def action_edit(self) -> None:
        self._flush_plan()
        if self._plan is None:
            return
        from bounceback_tui.ui.recovery.forms import rejection_form

        rejection_id = self._plan.rejection.id
        # The form opens on the rejection as it is now (ticks in this pane moved its version).
        current = recovery_service.get_rejection(self.bb_app.db, rejection_id)
        if current is None:
            self.notify(recovery_service.GONE, severity="warning", title="Not found", markup=False)
            self.reread()
            return

        def saved(rejection: object) -> None:
            if rejection is None:
                self.refresh_if_stale()  # closed after a conflict: show what is there now
                return
            saved_id = getattr(rejection, "id", None) or rejection_id
            self.reread()
            self.select_item(saved_id)
            from bounceback_tui.services.recovery_edits import Corrected

            if isinstance(rejection, Corrected) and rejection.kept:
                no = rejection.rejection
                self.notify(kept_note(app_name(no.company, no.role)), title=NOTHING_CHANGED)
            elif isinstance(rejection, Corrected) and (said := carried(rejection)):
                self.notify(said, title="Rejection saved")

        self.app.push_screen(rejection_form(self.bb_app.db, current), saved)


def undo_of_marked(db: Database, marked: Marked) -> AddUndo:
    """What `u` keeps after `n` marked an application open in the Pipeline rejected: the no
    and its plan go, and the application is back as it was, in one transaction."""
    from bounceback_tui.services import open_applications

    return AddUndo(
        marked.added,
        partial(open_applications.take_back_marked, db, marked),
        check=partial(open_applications.can_take_back_marked, db, marked),
    )


def marked_note(marked: Marked) -> Content:
    """ "Northwind (Platform Engineer) is marked rejected in the Pipeline; its follow-up is
    cleared. A plan for it is ready. …" (the follow-up only when it had one)."""
    moved = marked.moved
    said = "$app is marked rejected in the Pipeline"
    said += "; its follow-up is cleared." if moved.previous_follow_up is not None else "."
    said += " A plan for it is ready. Start with the first step when you are ready."
    return toast_with(said, app=app_name(moved.company, moved.role))


def carried(corrected: Corrected) -> Content | None:
    """What a correction changed besides the no, for its toast: its application renamed in
    the Pipeline, ticks dated the no's new day. None when it changed nothing else."""
    said = []
    if corrected.renamed:
        said.append("$app is renamed in the Pipeline too.")
    if corrected.ticks_moved:
        steps = "1 ticked step is" if corrected.ticks_moved == 1 else "$ticks ticked steps are"
        said.append(f"{steps} dated $day now, the no's new day.")
    if not said:
        return None
    no = corrected.rejection
    return toast_with(
        " ".join(["Saved.", *said]),
        app=app_name(no.company, no.role),
        ticks=f"{corrected.ticks_moved:,}",
        day=day_month(no.rejected_on, clock.today()) if no.rejected_on else UNREADABLE_DAY,
    )
