"""Today's dialogs: the check-in (and the care offered after a low one), and "how did it
go?" after an interview (and the thank-you it leads to: ui/today/thank_you.py)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from textual.content import Content

from bounceback_tui import clock
from bounceback_tui.domain.text import app_name
from bounceback_tui.domain.wording import plural
from bounceback_tui.ui.app_pane import AppPane
from bounceback_tui.ui.kit.cells import TITLE_NAME_CELLS, clip_app_name
from bounceback_tui.ui.kit.text import markup_with, plain, toast_with
from bounceback_tui.ui.today.people_lines import when_text

if TYPE_CHECKING:
    from bounceback_tui.domain.care import LowDayOffer
    from bounceback_tui.services.added import Added
    from bounceback_tui.services.interview_undo import DeletedInterview
    from bounceback_tui.services.interviews import OutcomeSaved
    from bounceback_tui.services.long_past import LongPastFollowUp
    from bounceback_tui.services.today import TodaySummary
    from bounceback_tui.services.today_people import PeopleToday

    _AppPane = AppPane
else:
    # A mixin (put before AppPane, as ui/today/pane.py does): a plain class at run time.
    # As a widget class of its own it cost the first paint about 1.8 million instructions
    # (Textual registers every DOMNode subclass: its bindings merged along the MRO, its
    # reactives, its CSS type names), for no binding, no rule and no handler of its own;
    # no stylesheet names it (docs/performance.md, "First paint, fp8's round").
    _AppPane = object


class LongPastUndo(NamedTuple):
    """What `u` on Today takes back: the follow-ups a review let go or moved on, each with
    the day it had and the version the review left (``services/long_past``), and the day
    the review was made (its action counted there, which the take-back takes back)."""

    settled: list[LongPastFollowUp]
    acted_on: date


class TodayActions(_AppPane):
    """Today's pane's actions (mixed into ``TodayPane``): what its keys open."""

    # The people part (services/today_people): read with the due list (ui/today/people_part.py).
    people: PeopleToday | None = None
    summary: TodaySummary | None = None

    def _read_people_later(self) -> None:
        """Read the people part again (in a thread): the pane does it."""

    def action_how_it_went(self) -> None:
        """Ask how the most recent interview went; then offer a thank-you message."""
        from bounceback_tui.domain.interviews import validate_outcome
        from bounceback_tui.errors import BouncebackError
        from bounceback_tui.services.interviews import (
            get_interview,
            interview_of,
            save_outcome,
        )
        from bounceback_tui.ui.kit.form import FormScreen, SaveGuard
        from bounceback_tui.ui.kit.text import markup_with
        from bounceback_tui.ui.people.forms import OUTCOME_FIELDS

        if not self.people or not self.people.awaiting:
            return
        item = self.people.awaiting[0]
        # Saved against the interview as Today read it, like every other form: a change
        # made in another window meanwhile (its time, its people, its outcome) is shown and
        # the person chooses (reload, or keep theirs), never a save refused for good. An
        # outcome cannot stand without its interview: deleted there, only discard.
        guard = SaveGuard(item.version, can_save_as_new=False)
        db = self.bb_app.db

        from bounceback_tui.ui.kit.key_text import key_word

        # An empty form's refusal names its close key as bound ("Escape" while it is).
        close = key_word(self.app, "form.cancel", "escape", "Escape")

        def submit(values: dict[str, str]) -> OutcomeSaved:
            outcome = validate_outcome(values, close_key=close)
            return save_outcome(db, item.id, outcome, expected_version=guard.version)

        def reload() -> tuple[dict[str, str], int] | None:
            try:
                fresh = get_interview(db, item.id)
            except BouncebackError:
                return None
            return fresh.outcome_values(), fresh.version

        def done(result: OutcomeSaved | None) -> None:
            if result is None:
                self.refresh_if_stale()  # closed after a conflict: show what is there now
                return
            from bounceback_tui.ui.today.settled import keys_once_answered, settled_words
            from bounceback_tui.ui.today.thank_you import offer_thank_you, thank_you_logged

            # The figures too, with the people part: the save counted today as active
            # ("Active 3 days in a row" stayed after "Not now" to the thank-you).
            self.reread()
            thanked = thank_you_logged(self, item.application_id, item.local_start().date())
            # The follow-up it settled, if any; its key only in a toast (no question open).
            settled = settled_words(self, result, key=thanked)
            said = Content("")
            if result.questions_added:
                count = result.questions_added
                key = self.bb_app.key_label("today.answer_bank", "i")
                noun = "question" if count == 1 else "questions"
                joined = f"Saved. {count} {noun} joined your answer bank"
                said = plain(f"{joined} ({key} opens it)." if thanked else f"{joined}.") + settled
            elif thanked:
                said = (
                    toast_with(
                        "Saved. Your thank-you to $app is logged.",
                        app=app_name(item.company, item.role),
                    )
                    + settled
                )
            elif settled:
                said = plain("Saved.") + settled
            if thanked:
                self.notify(said)
            else:
                # Said in the thank-you's question: a toast covered its buttons at 60x20.
                # Its keys once it is answered no: they do nothing while it is open.
                offer_thank_you(
                    self, item, said, lambda sent: keys_once_answered(self, result, sent=sent)
                )

        self.app.push_screen(
            FormScreen(
                # Its role too: two applications at one company read alike.
                markup_with(
                    "How did it go at $app?",
                    app=clip_app_name(item.company, item.role, TITLE_NAME_CELLS),
                ),
                OUTCOME_FIELDS,
                submit,
                intro=plain(
                    f"{item.kind.label}, {when_text(item)}. A line and a rating, for you; the "
                    "questions they asked go to your answer bank."
                ),
                guard=guard,
                reload=reload,
                values_now=lambda columns: interview_of(columns).outcome_values(),
            ),
            done,
        )

    def review_long_past(self, group: int = 0) -> None:
        """The follow-ups from a while back (Today's one line for them; on a return, the
        line of those due while away, or before: ``group``, domain/due.long_past_groups):
        let them go or move them on a week, all together, in one transaction; Escape leaves
        them."""
        from datetime import timedelta

        from bounceback_tui.domain.due import long_past_said
        from bounceback_tui.errors import BouncebackError
        from bounceback_tui.services.long_past import (
            MOVED_ON_DAYS,
            long_past_follow_ups,
            settle_long_past,
        )
        from bounceback_tui.ui.today.long_past import LongPastAnswer, LongPastScreen

        db, today = self.bb_app.db, clock.today()
        try:
            follow_ups = long_past_follow_ups(db, today, group)
        except BouncebackError as exc:
            self.report(exc)
            return
        if not follow_ups:
            self.refresh_if_stale()
            self.notify("No follow-ups from a while back any more.")
            return
        moved_to = today + timedelta(days=MOVED_ON_DAYS)

        def answered(answer: LongPastAnswer | None) -> None:
            if answer is None:
                return
            acted_on = clock.today()
            try:
                settled = settle_long_past(db, follow_ups, None if answer == "let_go" else moved_to)
            except BouncebackError as exc:
                self.report(exc)  # one changed elsewhere: none of them was
            else:
                self.remember_undo(LongPastUndo(settled, acted_on))
                self.refresh_bindings()
                said = plural(len(settled), "follow-up")
                head = (
                    f"Let go of {said}."
                    if answer == "let_go"
                    else f"Moved {said} to {moved_to:%a} {moved_to.day} {moved_to:%b}."
                )
                back = markup_with(
                    " [b]$key[/b] brings them back.", key=self.bb_app.key_label("today.undo", "u")
                )
                self.notify(plain(head) + back)
            self.refresh_if_stale()

        heading = long_past_said(group, len(follow_ups))
        self.app.push_screen(LongPastScreen(follow_ups, moved_to, heading), answered)

    def action_undo(self) -> None:
        """`u`: the follow-ups the last review let go or moved on get their days back, in one
        transaction, each while it is as the review left it; one changed or deleted elsewhere
        since stays as it is, and the note names it and says why. After "How did it go?"
        settled the application's follow-up, its day is put back (ui/today/settled.py). A
        thank-you just marked as sent is taken back as every add is (kit/undo.py)."""
        from bounceback_tui.domain.wording import back_as_they_were
        from bounceback_tui.errors import StoreError
        from bounceback_tui.services.interview_undo import DeletedInterview
        from bounceback_tui.services.long_past import bring_back_long_past
        from bounceback_tui.ui.today.settled import SettledUndo, put_back_settled

        entry = self.undo_entry()
        if isinstance(entry, SettledUndo):
            put_back_settled(self, entry)
            return
        if entry is None or self.took_back_add():  # a thank-you marked sent: kit/undo.py
            return
        if isinstance(entry, DeletedInterview):  # `N`, `d` on Today
            self._bring_back_interview(entry)
            return
        if not isinstance(entry, LongPastUndo):
            return
        try:
            result = bring_back_long_past(self.bb_app.db, entry.settled, entry.acted_on)
        except StoreError as exc:  # busy or read-only for now: `u` may work later
            self.report(exc, title="Could not undo")
            return
        self.forget_undo(entry)
        said = back_as_they_were(result.back, "follow-up", changed=result.changed, gone=result.gone)
        if result.changed or result.gone:
            self.notify(plain(said), severity="warning", title="Not all brought back")
        else:
            self.notify(plain(said))
        self.refresh_bindings()
        self.refresh_if_stale()

    def _bring_back_interview(self, deleted: DeletedInterview) -> None:
        """The interview deleted from Today (`N`, `d`) back, with who was in it (as on People)."""
        from bounceback_tui.ui.kit.interview_back import bring_interview_back

        bring_interview_back(self, self.bb_app.db, deleted)
        self.refresh_bindings()
        self.reread()
        self._read_people_later()

    def after_add_taken_back(self, added: Added, *, taken: bool) -> None:
        """After `u` on a thank-you marked sent: the board and the people part read again
        (the interview asks for its thank-you again)."""
        self.reread()
        self._read_people_later()

    def action_edit_interview(self) -> None:
        self.edit_interview()

    def edit_interview(self, interview_id: int | None = None, *, coming_only: bool = False) -> None:
        """Change or delete one of the interviews Today lists (``ui/today/interview_edit``)."""
        from bounceback_tui.ui.today.interview_edit import edit_today_interview

        edit_today_interview(self, interview_id, coming_only=coming_only)

    def action_check_in(self) -> None:
        from bounceback_tui.domain.care import LowDayOffer
        from bounceback_tui.domain.check_in import validate_check_in
        from bounceback_tui.ui.kit.form import FormScreen, SaveGuard
        from bounceback_tui.ui.kit.kept_note import NOTHING_CHANGED, kept_note
        from bounceback_tui.ui.today.check_in import check_in_fields, check_in_values

        today = clock.today()
        current = self.summary.check_in if self.summary else None
        # The save names the check-in as this pane showed it (0: none yet), so one made
        # or changed in another window meanwhile is shown, not silently replaced.
        guard = SaveGuard(self.summary.check_in_version if self.summary else 0)
        unchanged = [False]  # saved as it is stored: nothing written (services/kept_edits.py)

        def submit(values: dict[str, str]) -> object:
            from bounceback_tui.services.check_ins import save_check_in
            from bounceback_tui.services.kept_edits import check_in_kept

            data, db = validate_check_in(values), self.bb_app.db
            unchanged[0] = check_in_kept(db, today, data, guard.version)
            if unchanged[0]:
                return data
            return save_check_in(db, today, data, expected_version=guard.version, offer_care=True)

        def reload() -> tuple[dict[str, str], int] | None:
            from bounceback_tui.services.check_ins import get_check_in

            found = get_check_in(self.bb_app.db, today)
            if found is None:
                return None
            data, version = found
            return check_in_values((data.mood, data.note)), version

        def now(columns: dict[str, object]) -> dict[str, str]:
            """The form's values of the check-in another window saved (the conflict dialog
            names the fields that changed)."""
            from bounceback_tui.services.check_ins import check_in_of

            data = check_in_of(columns)
            return check_in_values((data.mood, data.note))

        def done(result: object | None) -> None:
            self.reread()
            if result is not None and unchanged[0]:
                self.notify(kept_note("Today's check-in"), title=NOTHING_CHANGED)
            elif result is not None:
                offer = getattr(result, "offer", None)
                if isinstance(offer, LowDayOffer):
                    self._offer_care(offer)
                    return
                self.notify("Thanks for checking in.", title="Check-in saved")

        self.app.push_screen(
            FormScreen(
                "How is today?",
                check_in_fields(current),
                submit,
                intro="One number and, if you like, one line. You can change it later today.",
                guard=guard,
                reload=reload,
                values_now=now,
            ),
            done,
        )

    def _offer_care(self, offer: LowDayOffer) -> None:
        """After a low check-in, once that day (the save recorded it as made): grounding,
        talking it through, a reframe (and, for the lowest mood, the way to help)."""
        from bounceback_tui.ui.app_screens import show_talk
        from bounceback_tui.ui.care.low_day import BreathingScreen, LowDayScreen, SensesScreen

        async def chosen(choice: str | None) -> None:
            if choice == "breathe":
                self.app.push_screen(BreathingScreen())
            elif choice == "senses":
                self.app.push_screen(SensesScreen())
            elif choice == "talk":
                show_talk(self.bb_app)
            elif choice == "reframe":
                await self.bb_app.start_reframe()
            elif choice == "help":
                self.bb_app.action_struggling()

        self.app.push_screen(LowDayScreen(offer), chosen)
