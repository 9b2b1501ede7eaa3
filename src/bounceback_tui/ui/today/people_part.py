"""Today's people part: the interviews ahead, "how did it go?", and their keys (`h`, `N`).

Read with the due list, through the same connection (``services/today_people.people_read``;
at launch by the prefetch thread, ``services/today.TodayPrefetch``), so the first paint
shows it: read afterwards in a thread, it waited behind the warm-up's import of the ORM on
a busy machine, and for 4-7 s Today had no interview lines and no `h`, then the due list
jumped down under the cursor (a stranger's walk on a 10,000 store). Read again in a thread
after an interview is saved, and when the next interview it lists begins or ends (one timer
set to that moment on each read, not a poll).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from bounceback_tui import clock
from bounceback_tui.ui.today.people_lines import people_text

if TYPE_CHECKING:
    from textual.timer import Timer

    from bounceback_tui.services.today_people import InterviewSoon, PeopleToday
    from bounceback_tui.ui.today.actions import TodayActions
    from bounceback_tui.ui.today.board import TodayBoard

    _Pane = TodayActions
else:
    _Pane = object  # a mixin, before TodayActions (ui/today/actions.py says why)

# The longest the timer waits: an interview's length may be anything a store holds.
_LONGEST_WAIT = timedelta(days=1)
# What the pane last read, once an interview began or ended since: never the store's stamp.
_PASSED = (-1, date.min)


class PeoplePart(_Pane):
    # The people part read with the summary last read, until it is shown.
    _people_read: PeopleToday | None = None
    # Set for the next moment an interview Today lists begins or ends.
    _moment_timer: Timer | None = None

    if TYPE_CHECKING:

        def _board_part(self) -> TodayBoard: ...  # the pane's (ui/today/pane.py)

        def _refit_due(self) -> None: ...  # the pane's

    def _show_people_read(self) -> None:
        """Show the people part read with the summary; read it in a thread if it was not."""
        people, self._people_read = self._people_read, None
        if people is None:
            self.call_after_refresh(self._read_people_later)
            return
        self._show_people(people)

    def _read_people_later(self) -> None:
        self.run_worker(
            self._read_people, thread=True, exclusive=True, group="today-people",
            exit_on_error=False,
        )  # fmt: skip

    def _read_people(self) -> None:
        from bounceback_tui.services.today_people import people_or_unread
        from bounceback_tui.ui.palette_cli import command_for

        repair = command_for(self.bb_app, "repair")  # with this window's --data-dir
        try:  # a failed read is said in the part's place (``PeopleToday.unread``)
            people = people_or_unread(self.bb_app.paths.database, repair)
        except Exception:  # whatever else: Today without its people part
            return
        self.app.call_from_thread(self._people_arrived, people)

    def _people_arrived(self, people: PeopleToday) -> None:
        """The people part read in a thread: a key waiting in the app's line that Today
        refused before it came (`h` with no interview to ask about) does not act once it
        has come (ui/kit/keys_not_offered.py)."""
        from bounceback_tui.ui.kit.keys_not_offered import keys_about_to_change

        keys_about_to_change(self)
        self._show_people(people)

    def _show_people(self, people: PeopleToday) -> None:
        self.people = people
        self._wake_when_an_interview_passes(people)
        keys = self.bb_app.key_label
        lines = people_text(
            people,
            keys("today.how_it_went", "h"),
            keys("today.edit_interview", "N"),
            keys("app.refresh", "ctrl+r"),
        )
        if self.query_children("#today-body"):
            board = self._board_part()
            board.people = None if people.empty or not lines.text.plain else lines
            board.people_order, board.people_kept = lines.order, lines.kept
            board.changed()
            self._refit_due()
        self.refresh_bindings()

    def _wake_when_an_interview_passes(self, people: PeopleToday) -> None:
        """Read again when the next interview listed begins or ends: at 16:50 an interview
        of 15:30-16:30 still said "Get ready for your phone screen … It is today at 15:30",
        until a new day or ctrl+r (a tester far from UTC). One timer, set anew on each read."""
        if self._moment_timer is not None:
            self._moment_timer.stop()
            self._moment_timer = None
        now = clock.now_utc().replace(tzinfo=None)
        moments = [m for i in people.upcoming for m in _start_and_end(i) if m > now]
        if moments:
            wait = min(min(moments) - now, _LONGEST_WAIT).total_seconds()
            self._moment_timer = self.set_timer(wait, self._interview_passed, name=MOMENT_TIMER)

    def _interview_passed(self) -> None:
        """What Today read is out of date: read again now if it is in sight, else the next
        time it is (the idle check, or the pane shown again)."""
        self._moment_timer = None
        self._seen = _PASSED
        app = self.bb_app
        if app.screen_stack and app.screen is app.screen_stack[0] and app.current_pane is self:
            self.refresh_in_background()


MOMENT_TIMER = "today-interview-passes"


def _start_and_end(interview: InterviewSoon) -> tuple[datetime, ...]:
    try:
        return interview.starts_at, interview.starts_at + timedelta(
            minutes=interview.length_minutes
        )
    except OverflowError:  # at the very end of time
        return (interview.starts_at,)
