"""Adding and editing an application: the form, and the rejection details it asks for when
the stage becomes Rejected."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING

from textual.content import Content

from bounceback_tui import clock
from bounceback_tui.domain.applications import (
    RejectionInput,
    validate_application,
    validate_rejection,
)
from bounceback_tui.domain.follow_up_rules import refuse_passed_follow_up
from bounceback_tui.domain.pipeline_rows import PipelineRow
from bounceback_tui.domain.sent_day import refuse_emptied_sent_day
from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.text import app_name
from bounceback_tui.domain.unreadable import left_as_stored
from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.services import application_draft as drafts
from bounceback_tui.services import applications as application_service
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services.added import TickedStep
from bounceback_tui.services.application_detail import get_detail
from bounceback_tui.services.applications import SaveResult
from bounceback_tui.services.kept_edits import application_kept
from bounceback_tui.services.pipeline_undo import AddedApplication
from bounceback_tui.services.reached_for_no import rejection_defaults
from bounceback_tui.services.save_again import add_again
from bounceback_tui.ui.kit.cells import TITLE_NAME_CELLS, clip_app_name
from bounceback_tui.ui.kit.form import SaveGuard
from bounceback_tui.ui.kit.kept_note import NOTHING_CHANGED, kept_note
from bounceback_tui.ui.kit.text import markup_with, step_toast, toast_with
from bounceback_tui.ui.kit.undo import added_note
from bounceback_tui.ui.kit.virtual_list import VirtualList
from bounceback_tui.ui.pipeline.after_rejection import AfterRejection

if TYPE_CHECKING:
    from bounceback_tui.ui.pipeline.add_draft import FormDraft


def ticked_note(ticked: tuple[TickedStep, ...]) -> Content:
    """What the toast after an application is sent says of the plan steps it ticked ("" for
    none): which plan, by its no, or how many and the latest of them (services/plan_ticks)."""
    if not ticked:
        return Content("")
    latest = ticked[-1]  # by the day of its no
    if not latest.plan:
        return step_toast(" Ticked “$step” in your plan.", latest.title)
    if len(ticked) == 1:
        return step_toast(
            " Ticked “$step” in the plan for the no from $plan.", latest.title, plan=latest.plan
        )
    return step_toast(
        " Ticked “$step” in $count plans: the noes with nothing sent since, the latest from $plan.",
        latest.title,
        plan=latest.plan,
        count=len(ticked),
    )


class ApplicationForms(AfterRejection):
    """`a` adds an application, `e` (or Enter) edits the one under the cursor."""

    def action_add(self) -> None:
        """The form, its fields kept as a draft while typed; a draft kept is offered back
        first (ui/pipeline/add_draft.py)."""
        from bounceback_tui.ui.pipeline.add_draft import add_with_draft

        add_with_draft(self.app, self.bb_app.db, self._open_drafted)

    def _open_drafted(self, typed: Mapping[str, str] | None, holder: str, note: str) -> None:
        """The add form as `a` (or `i`, carrying on) opens it; ``typed``: the draft carried
        on with, which this form keeps from now on."""
        from bounceback_tui.ui.pipeline.add_draft import FormDraft

        self.open_add_form({}, typed, draft=FormDraft(holder, note, held=typed is not None))

    def open_add_form(
        self,
        prefill: Mapping[str, str] | None = None,
        typed: Mapping[str, str] | None = None,
        *,
        draft: FormDraft | None = None,
    ) -> None:
        """The add form, filled in with ``prefill`` (form field names -> text), e.g. from an
        imported posting. Unknown names are ignored; nothing is saved until the person saves.
        ``typed``: shown as the person's own typing, which Escape asks before throwing away
        (the link of a fetch that failed). Every add form (`a`, `i`'s posting, `ctrl+n`
        after a fetch failed) keeps its fields as the draft while typed, one mechanism
        (ui/pipeline/add_draft.py); ``draft``: how (`a`'s, after asking about one kept)."""
        from bounceback_tui.ui.pipeline.add_draft import (
            DraftedApplicationForm,
            FormDraft,
            new_holder,
        )

        kept_as = draft or FormDraft(new_holder())
        values = {"stage": Stage.APPLIED.value, **{k: v for k, v in (prefill or {}).items() if v}}

        def submit(form: dict[str, str], rejection: RejectionInput | None) -> SaveResult:
            today = clock.today()
            data = validate_application(form, today)
            # A follow-up day that has passed is refused, as `f` and `e` refuse it (one rule);
            # the date applied of a backdated application may be long past, the next
            # follow-up may not.
            refuse_passed_follow_up(data.next_follow_up, None, form, today)
            # Its draft cleared in the save's own transaction.
            return drafts.add_drafted(self.bb_app.db, kept_as.holder, data, rejection)

        def saved(result: SaveResult | None) -> None:
            if result is None:
                return
            app = result.application
            if app.id is not None:
                added = AddedApplication(app.id, app.company, app.version, result.ticked, app.role)
                self._undo.push(added)
                self.sync_keys()
            self.refresh_rows(app.id or 0, select=app.id)
            self.select_item(app.id or 0)
            self._focus_view()
            said = toast_with("Saved $app.", app=app_name(app.company, app.role))
            said += ticked_note(result.ticked)
            # As on every pane an add can be taken back on (kit/undo.py).
            self.notify(added_note(self, said) if app.id is not None else said, title="Added")
            if result.rejection_id is not None:
                self._offer_plan(result.rejection_id, app.company, app.link, app.role)

        form = DraftedApplicationForm(
            self.bb_app.db,
            kept_as,
            "New application",
            submit,
            self._ask_rejection(None),
            values=values,
            typed=typed,
        )
        self.app.push_screen(form, saved)

    def action_edit(self) -> None:
        from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen

        if (row := self._need_row()) is None:
            return
        detail = get_detail(self.bb_app.db, row.id)
        if detail is None:
            self._gone()
            return
        app = detail.application
        app_id = row.id
        guard = SaveGuard(app.version)
        # The stage this form showed, to say what another window did ("moved to ...").
        shown_stage, shown_company, shown_role = Stage(app.stage), app.company, app.role
        # Its noes, for "save as new" after a delete elsewhere: the copy keeps its no rather
        # than being rejected again today (a second plan, and Today's figures from today).
        read_noes = detail.rejections
        unchanged = [False]  # saved as it is stored: nothing written (services/kept_edits.py)
        anew = [False]  # saved as new: an add, which `u` takes back as `a`'s
        stored_day = app.date_applied  # sent on: emptied in the form, no new day
        shown_follow_up = app.next_follow_up  # kept as it was, a day passed is no new day
        # Its days written over elsewhere, shown as stored (the form's, updated on reload):
        # left so, they stay as stored; changed, they are written (domain/unreadable).
        as_stored = detail.days_as_stored

        def submit(form: dict[str, str], rejection: RejectionInput | None) -> SaveResult:
            today = clock.today()
            form, left = left_as_stored(form, as_stored)
            rewritten = frozenset(as_stored) - left
            data = validate_application(form, today, left=left)
            # Emptied, a sent application's day applied is refused, not today (domain/sent_day).
            refuse_emptied_sent_day(
                form, left, data.date_applied, stored_stage=shown_stage, stored_day=stored_day
            )
            # A new follow-up day that has passed is refused, as `f` refuses it (one rule).
            refuse_passed_follow_up(data.next_follow_up, shown_follow_up, form, today)
            db = self.bb_app.db
            if guard.as_new:  # deleted elsewhere: the copy keeps its no (services/save_again)
                anew[0] = True
                return add_again(db, data, rejection, read_noes)
            unchanged[0] = not rewritten and application_kept(db, app_id, data, guard.version)
            if unchanged[0]:
                return SaveResult(app, version=app.version)
            try:
                return application_service.update_application(
                    db, app_id, data, rejection, expected_version=guard.version, rewritten=rewritten
                )
            except ConflictError as exc:
                raise moves.retold(exc, shown_company, shown_stage, shown_role) from None

        def reload() -> tuple[dict[str, str], int] | None:
            nonlocal shown_stage, shown_company, shown_role, shown_follow_up
            fresh = get_detail(self.bb_app.db, app_id)
            if fresh is None:
                return None
            now = fresh.application
            shown_stage, shown_company, shown_role = Stage(now.stage), now.company, now.role
            shown_follow_up = now.next_follow_up
            as_stored.clear()
            as_stored.update(fresh.days_as_stored)
            return fresh.form_values(), fresh.application.version

        def saved(result: SaveResult | None) -> None:
            if result is None:
                # Closed without saving; after a conflict the rows on screen may be old.
                self.refresh_if_stale()
                return
            if unchanged[0]:
                self.refresh_if_stale()  # after a conflict the rows on screen may be old
                self._focus_view()
                said = kept_note(app_name(shown_company, shown_role))
                self.notify(said, title=NOTHING_CHANGED)
                return
            saved_app = result.application
            saved_id = saved_app.id or app_id
            self.refresh_rows(app_id, saved_id, select=saved_id)
            self._focus_view()
            said = toast_with("Saved $app.", app=app_name(saved_app.company, saved_app.role))
            said += ticked_note(result.ticked)
            if anew[0] and saved_app.id is not None:
                # The copy is an add: `u` takes it and the steps it ticked back, as after `a`.
                added = AddedApplication(
                    saved_app.id,
                    saved_app.company,
                    saved_app.version,
                    result.ticked,
                    saved_app.role,
                )
                self._undo.push(added)
                self.sync_keys()
                said = added_note(self, said)
            elif result.receipt is not None:
                self._undo.push(result.receipt)
                self.sync_keys()
            self.notify(said, title="Saved")
            if result.rejection_id is not None:
                self._offer_plan(
                    result.rejection_id, saved_app.company, saved_app.link, saved_app.role
                )

        self.app.push_screen(
            ApplicationFormScreen(
                markup_with(
                    "Edit: $app", app=clip_app_name(app.company, app.role, TITLE_NAME_CELLS)
                ),
                submit,
                self._ask_rejection(app_id),
                values=detail.form_values(),
                as_stored=as_stored,
                original_stage=Stage(app.stage),
                guard=guard,
                reload=reload,
                # The conflict dialog names the fields another window changed.
                values_now=application_service.form_values_of,
            ),
            saved,
        )

    def _ask_rejection(
        self, app_id: int | None
    ) -> Callable[[str, Stage, date | None, Callable[[RejectionInput | None], None]], None]:
        """How the form asks for a rejection's details (the same dialog as `x`)."""
        from bounceback_tui.ui.pipeline.dialogs import rejection_form

        def ask(
            named: str,
            reached: Stage,
            date_applied: date | None,
            done: Callable[[RejectionInput | None], None],
        ) -> None:
            if app_id is not None:
                with contextlib.suppress(BouncebackError):
                    _, reached = rejection_defaults(self.bb_app.db, app_id)

            def submit(values: dict[str, str]) -> RejectionInput:
                return validate_rejection(values, clock.today(), date_applied)

            self.app.push_screen(rejection_form(named, reached, submit), done)

        return ask

    def on_virtual_list_selected(self, event: VirtualList.Selected[PipelineRow]) -> None:
        event.stop()  # a double click on an application: edit it, as Enter does
        self.action_edit()
