"""The next follow-up of an application (`f`), and its link (`o`)."""

from __future__ import annotations

from datetime import date

from bounceback_tui import clock
from bounceback_tui.domain.dates import (
    DateParseError,
    parse_optional_date,
    say_how_read,
    weekday_day,
)
from bounceback_tui.domain.follow_up_rules import (
    closed_follow_up_message,
    follow_up_problem,
    refuse_passed_follow_up,
)
from bounceback_tui.domain.stages import CLOSED_STAGES
from bounceback_tui.domain.text import app_name
from bounceback_tui.errors import BouncebackError, ConflictError, ValidationError
from bounceback_tui.services import applications as application_service
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services.kept_edits import follow_up_kept
from bounceback_tui.services.pipeline_rows import link_of
from bounceback_tui.ui.kit.cells import TITLE_NAME_CELLS, clip_app_name
from bounceback_tui.ui.kit.form import SaveGuard
from bounceback_tui.ui.kit.kept_note import NOTHING_CHANGED, kept_note
from bounceback_tui.ui.kit.text import plain, toast_with
from bounceback_tui.ui.pipeline.listing import PipelineListing


class FollowUps(PipelineListing):
    """`f` sets or clears the follow-up date; `o` opens the saved link."""

    def action_follow_up(self) -> None:
        from bounceback_tui.ui.pipeline.dialogs import NEW_FOLLOW_UP, follow_up_form

        if (row := self._need_row()) is None:
            return
        if row.stage in CLOSED_STAGES:
            self.notify(plain(closed_follow_up_message(row.stage)), timeout=4)
            return
        app_id = row.id
        guard = SaveGuard(row.version, can_save_as_new=False)
        unchanged = [False]  # saved as it is stored: nothing written (services/kept_edits.py)

        def submit(values: dict[str, str]) -> tuple[date | None]:
            # Every refusal in the words the field's line shows under it, none with a name
            # before it ("Follow up on: " came before two of three): a day typed as a word or
            # an offset says which day it was read as, as the edit form's does.
            today = clock.today()
            try:
                day = parse_optional_date(values.get("next_follow_up", ""), today)
            except DateParseError as exc:
                raise ValidationError.single("next_follow_up", str(exc)) from None
            unchanged[0] = follow_up_kept(self.bb_app.db, app_id, day, guard.version)
            if unchanged[0]:
                return (day,)  # a day kept as it was may have passed: it is not new
            # A day before the date applied has its own words (the service's), else a day
            # passed is refused, saying how a word was read ("last fri was read as …").
            if not follow_up_problem(day, row.date_applied):
                refuse_passed_follow_up(day, row.next_follow_up, values, today)
            try:
                application_service.set_follow_up(
                    self.bb_app.db, app_id, day, expected_version=guard.version
                )
            except ConflictError as exc:
                raise moves.retold(exc, row.company, row.stage, row.role) from None
            except ValidationError as exc:
                told = say_how_read(exc.errors, values, today, {"next_follow_up": False})
                raise ValidationError(told) from None
            return (day,)

        def saved(result: tuple[date | None] | None) -> None:
            if result is None:
                self.refresh_if_stale()
                return
            named = app_name(row.company, row.role)  # two at one company told apart
            if unchanged[0]:
                self.refresh_if_stale()  # after a conflict the rows on screen may be old
                self.notify(kept_note(named), title=NOTHING_CHANGED)
                return
            self.refresh_rows(app_id, select=app_id)
            (day,) = result
            if day is None:
                self.notify(toast_with("No follow-up set for $app.", app=named), timeout=3)
            else:
                # The day as the app's notes say a day ("on Mon 23 Mar"), not as it is stored.
                when = weekday_day(day, clock.today())
                self.notify(
                    toast_with("Follow up with $app on $day.", app=named, day=when), timeout=3
                )

        def now(columns: dict[str, object]) -> dict[str, str]:
            """The form's value of the follow-up another window set (the conflict dialog
            says whether it changed): as the form would start with it now."""
            day = application_service.form_values_of(columns)["next_follow_up"]
            return {"next_follow_up": day or NEW_FOLLOW_UP}

        named = clip_app_name(row.company, row.role, TITLE_NAME_CELLS)  # the form's title
        form = follow_up_form(named, row.next_follow_up, submit, guard=guard, values_now=now)
        self.app.push_screen(form, saved)

    def action_open_link(self) -> None:
        row = self.selected_row
        try:
            # Read now: a row keeps only whether it has a link (PipelineRow.has_link).
            link = link_of(self.bb_app.db, row.id) if row is not None and row.has_link else ""
        except BouncebackError as exc:
            self._report(exc)
            return
        if not link:
            key = self.bb_app.key_label("pipeline.edit", "e")
            self.notify(
                toast_with("No link saved for this one; add it with [b]$key[/b].", key=key),
                severity="warning",
                title="No link",
            )
            return
        self.app.open_url(link)  # checked there: only http(s) links are opened
