"""Today: the daily home. Reads aggregates only (no ORM), so it paints first and fast."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, ClassVar, cast

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widget import Widget

from bounceback_tui import clock
from bounceback_tui.services.today import TodaySummary, load_today_and_people
from bounceback_tui.ui.app_pane import AppPane
from bounceback_tui.ui.kit.text import plain
from bounceback_tui.ui.today.actions import TodayActions
from bounceback_tui.ui.today.care_part import CarePart
from bounceback_tui.ui.today.figures import figures_text
from bounceback_tui.ui.today.people_part import PeoplePart
from bounceback_tui.ui.today.text import due_prompt
from bounceback_tui.ui.today.top_line import TopLineParts

# The board's modules (ui/today/board.py: the due list, the boxes, the trends, the layout)
# load with it: an empty store's first screen is the top line and the welcome only.
if TYPE_CHECKING:
    from bounceback_tui.domain.due import DueItem
    from bounceback_tui.ui.today.board import TodayBoard


# Enter with nothing due to open: the welcome's, a board's with an empty due list.
NOTHING_DUE_YET = "Nothing is due yet: {key} adds your first application."
NOTHING_DUE = "Nothing is due today."


class TodayPane(CarePart, PeoplePart, TodayActions, AppPane):
    PANE_ID = "today"
    # Under its keys on `?`: "typ." was explained nowhere a person looks (docs/metrics.md).
    HELP_NOTE = (
        "Bounce-back: the days from your latest no to the next application you sent. "
        '"typ." beside it is your typical bounce-back, the middle one of your nos in the '
        "last 90 days; it shows once there are three to take it from."
    )
    # A container with no border and nothing of its own to draw: Textual paints what its
    # children leave uncovered as blank lines of its background, not through the styles
    # cache (on the first screen of an empty store, most of the screen).
    BLANK = True
    # The keys the screen's words name ("(n)", "· c", "(h)", "(N)") come first: a narrow bar
    # keeps them and gives up the others from the end (ui/kit/key_bar.py). `i` and `N`
    # always work; they are on the bar while Today lists an interview (``bar_leaves_out``).
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next_step", "Next step", id="today.next_step"),
        Binding("c", "check_in", "Check in", id="today.check_in"),
        Binding("h", "how_it_went", "How did it go?", id="today.how_it_went"),
        Binding("N", "edit_interview", "Edit interview", id="today.edit_interview"),
        Binding("w", "insights", "What's working", id="today.insights"),
        Binding("i", "answer_bank", "Answers", id="today.answer_bank"),
        Binding("u", "undo", "Undo", id="today.undo"),
        # The board's Enter (board.py) when the board is not there to take it: the empty
        # store's welcome. Refused, it says why (it did nothing, without a word).
        Binding("enter", "open_due", "Open", show=False, id="today.open"),
    ]
    # The bar's labels when it is short of room (80 columns with an interview to ask about).
    BAR_LABELS: ClassVar[dict[str, str]] = {
        "today.next_step": "Next",
        "today.how_it_went": "How it went",
        "today.edit_interview": "Interview",
        "today.insights": "Working",
    }

    def compose(self) -> ComposeResult:
        # One widget, drawing it all, top line included: Today is the first screen the app
        # paints. Only the one the store calls for is built: the welcome on an empty store,
        # the board otherwise (or with anything due: a person's follow-up, without an
        # application, was said only by the `today` command); the other is mounted the day
        # it is needed (_show_part).
        # Not marked as seen: the pane's first reload (on_pane_shown) shows this summary.
        summary = self._ready = self._read_summary(mark_seen=False)
        yield _welcome() if summary.is_empty_store else _board()

    # The summary compose read, shown by the first reload instead of reading again.
    _ready: TodaySummary | None = None
    # The parts being mounted (their ids), so that two reloads mount each only once.
    _mounting: frozenset[str] = frozenset()
    _listed: tuple[DueItem, ...] = ()  # the due list's items as listed (ui/today/due_room.py)
    _due_rows = 0  # the rows its box had when it was made

    def _read_summary(self, *, mark_seen: bool = True) -> TodaySummary:
        prefetched, self.bb_app.prefetched_today = self.bb_app.prefetched_today, None
        if prefetched is not None and prefetched.today == clock.today():
            summary = prefetched.result()
            if summary is not None:
                self._people_read = prefetched.people()
                return summary
        from bounceback_tui.ui.palette_cli import command_for

        stamp = self.bb_app.data_stamp()  # taken first: what is read is at least this new
        # The people part too, through the same connection: on the first paint with it. A
        # failed read names `repair` (and `restore`) with this window's --data-dir.
        summary, self._people_read = load_today_and_people(
            self.bb_app.paths.database, clock.today(), command_for(self.bb_app, "repair")
        )
        if mark_seen:
            self._seen = stamp
        return summary

    def reload(self) -> None:
        summary, self._ready = self._ready, None
        if summary is None or summary.today != clock.today():
            summary = self._read_summary()
        self.show_summary(summary)

    def focus_target(self) -> Widget:
        body = self.query_children("#today-body")
        if body and body.first().display and self.summary and not self.summary.is_empty_store:
            return body.first()
        return self

    # -- rendering ----------------------------------------------------------------

    def show_top_line(self) -> None:
        """The top line, with the check-in key in force (the welcome's keys too)."""
        if self.summary is None:
            return
        check_in_key = self.bb_app.key_label("today.check_in", "c")
        for part in self.children:  # the board, the welcome: both draw the top line
            if isinstance(part, TopLineParts):
                part.show_top(self.summary, check_in_key)

    def show_keys(self) -> None:
        """Every key Today's words name, asked again of the keymap in force: the first paint
        drew them before the keymap check, which may refuse an entry (an attacker's walk:
        "· ↓" for a key never applied; a tester's: "(c)" by the next step and "Press c to
        add your first application" with `c` still the check-in)."""
        self.show_top_line()
        if self.summary is None or not self.query_children("#today-body"):
            return
        board = self._board_part()
        board.show_next_step(self.summary)
        if self.people is not None:
            self._show_people(self.people)
        board.changed()

    def show_summary(self, summary: TodaySummary) -> None:
        self.summary = summary
        self.show_top_line()
        if not self._show_part(summary.is_empty_store) or summary.is_empty_store:
            return
        board = self._board_part()
        board.show_next_step(summary)
        mend = self.bb_app.key_label("recovery.edit", "e")  # a no's day unreadable: mend it
        board.figures = figures_text(summary, mend_key=mend)
        # With a row to spare, the plans that rest have a line of their own (board_draw).
        board.figures_roomy = (
            figures_text(summary, roomy=True, mend_key=mend) if summary.plans_resting else None
        )
        board.trends.set_data(
            summary.applications_per_week,
            summary.rejections_per_week,
            summary.intensity_drops,
            summary.moods,
        )
        self._show_people_read()  # interviews and "how did it go", read with the summary
        self._show_due(summary)  # and the board is drawn again
        self.call_after_refresh(self._fill_care)

    def _show_part(self, empty: bool) -> bool:
        """Show the welcome (``empty``) or the body and hide the other; True if the part is
        there to fill. The first time a part is needed it is mounted, then shown."""
        wanted, other = ("today-empty", "today-body") if empty else ("today-body", "today-empty")
        for widget in self.query_children(f"#{other}"):
            widget.display = False
        found = self.query_children(f"#{wanted}")
        if found:
            found.first().display = True
            return True
        if wanted not in self._mounting:
            self._mounting |= {wanted}
            self.call_later(self._mount_part, wanted)
        return False

    async def _mount_part(self, part_id: str) -> None:
        await self.mount(_welcome() if part_id == "today-empty" else _board())
        self._mounting -= {part_id}
        if self.summary is not None:
            self.show_summary(self.summary)
            if self.app.focused is self or self.app.focused is None:
                self.focus_target_shown().focus()

    def _refit_due(self) -> None:
        """The strips above took or gave back rows: the quiet applications listed in the
        due box's spare rows are worked out again (filled before the card came, they took
        its lines at 80x24 and its "+2 more in What's working"). Only if the rows changed:
        each reload made the list three times over (the summary, the people, the card)."""
        summary = self.summary
        if summary is None or not summary.due_room or not self._listed:
            return
        if self._board_part().due_room(_base(summary)) != self._due_rows:
            self._show_due(summary)

    def _show_due(self, summary: TodaySummary) -> None:
        from bounceback_tui.domain.due_more import more_text
        from bounceback_tui.ui.today.board_rows import DueLine, DuePrompt
        from bounceback_tui.ui.today.due_room import due_key, due_listed, line_of

        board = self._board_part()
        at = board.highlighted  # the item under the cursor stays under it (ui/today/due_room)
        was = due_key(self._listed[at]) if at is not None and at < len(self._listed) else None
        # Quiet applications past the first few where the box has rows to spare.
        self._due_rows = board.due_room(_base(summary))
        self._listed, unlisted, more = due_listed(summary, self._due_rows)
        if summary.due:
            hard = summary.hard_day  # what is late, said without alarm (domain/due_said.as_said)
            # Each item's words are made when its line is first drawn (or read).
            options = [
                DueLine(DuePrompt(partial(due_prompt, item, summary, hard=hard)), due_key(item))
                for item in self._listed
            ]
            if more > 0:  # by kind: "and 2 more: 1 quiet application, …"
                said = more_text(unlisted)
                options.append(DueLine(Content.styled(f"  {said}", "$text-muted"), disabled=True))
        else:
            # Short: at 80 columns the box holds about 35 cells, and the line was cut to
            # "Nothing is due today. The next ste…" (the next step is in sight above it).
            options = [DueLine("Nothing is due today.", disabled=True)]
        count = f" · {summary.due_total:,}" if summary.due_total else ""
        board.set_due(options, plain(f"Due now{count}"), max(0, more), line_of(self._listed, was))

    def _board_part(self) -> TodayBoard:
        return cast("TodayBoard", self.query_one("#today-body"))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "how_it_went":
            return bool(self.people and self.people.awaiting)
        if action == "open_due":
            return False  # the board opens what is due; without it, there is nothing
        return super().check_action(action, parameters)

    def refused_key_note(self, action: str, parameters: tuple[object, ...]) -> str | Content | None:
        """`h` with no interview to ask about says so (it did nothing, without a word)."""
        if action == "how_it_went":
            if self.people is not None and self.people.unread:  # not none: unread
                again = self.bb_app.key_label("app.refresh", "ctrl+r")
                why = self.people.unread
                return plain(f"Your interviews could not be read: {why} ({again} reads again)")
            return "No interview to ask about yet: once one has ended, Today asks how it went."
        if action == "open_due":
            if self.summary is None or self.summary.is_empty_store:
                key = self.bb_app.key_label("today.next_step", "n")
                return plain(NOTHING_DUE_YET.format(key=key))
            return NOTHING_DUE
        return super().refused_key_note(action, parameters)

    def bar_leaves_out(self, action: str) -> bool:
        """`N` is on the bar while Today lists an interview (the first one ahead says
        "(N)"), `i` then too and while the answer bank holds a question; both keys work
        without (`N` then says there is none to change)."""
        people = self.people
        if action == "edit_interview":
            return not (people and people.interviews)
        if action == "answer_bank":
            return not (people and (people.interviews or people.questions))
        return False

    # -- actions ------------------------------------------------------------------

    async def on_today_board_next_step_clicked(self, event: TodayBoard.NextStepClicked) -> None:
        event.stop()
        await self.run_action("next_step")  # as `n` does

    def on_today_board_people_clicked(self, event: TodayBoard.PeopleClicked) -> None:
        from bounceback_tui.ui.today.strip_clicks import follow_people_line

        event.stop()
        follow_people_line(self, self._board_part().people, event.line)  # as its key

    def on_resize(self) -> None:  # a box with more rows lists more quiet applications
        self._refit_due()

    async def on_today_board_selected(self, event: TodayBoard.Selected) -> None:
        event.stop()
        from bounceback_tui.ui.today.due_room import line_of

        at = line_of(self._listed, event.option.id)  # the item chosen, wherever it is now
        if self.summary is not None and at is not None:
            await self.open_due(self._listed[at])

    async def open_due(self, item: DueItem) -> None:
        """Jump to the item in its pane, selected (a thought record closes back to Today);
        the follow-ups from a while back open their review."""
        if item.kind.pane == "today":
            self.review_long_past(item.item_id)  # which group (domain/due.long_past_groups)
            return
        if item.kind.pane == "reframe":
            await self.bb_app.open_thought_record(item.item_id)
            return
        pane = await self.bb_app.go_to(item.kind.pane, item.item_id)
        if item.step_id is not None and hasattr(pane, "select_step"):
            pane.select_step(item.step_id)

    async def action_next_step(self) -> None:
        if self.summary is None:
            self.reread()
        if self.summary is None:
            return  # not read: said, and nothing to go to
        step = self.summary.next_step
        if step.pane == "today":
            self.action_check_in()
            return
        if step.pane == "reframe" and step.item_id is not None:  # "Finish your thought record"
            await self.bb_app.open_thought_record(step.item_id)
            return
        pane = await self.bb_app.go_to(step.pane, step.item_id)
        if step.step_id is not None and hasattr(pane, "select_step"):
            pane.select_step(step.step_id)
        if step.action == "add" and hasattr(pane, "action_add"):
            pane.action_add()

    def action_insights(self) -> None:
        self.bb_app.action_insights()

    def action_answer_bank(self) -> None:
        self.bb_app.action_answer_bank()


def _base(summary: TodaySummary) -> int:
    """The due box's lines as the list always shown (and its "and N more") leaves them."""
    return len(summary.due) + (summary.due_total > len(summary.due))


def _board() -> Widget:
    from bounceback_tui.ui.today.board import TodayBoard

    return TodayBoard(id="today-body")


def _welcome() -> Widget:
    # Its own module: a store with data never builds it (a widget class costs the first
    # paint its import and Textual's __init_subclass__, about 0.15 ms).
    from bounceback_tui.ui.today.widgets import TodayWelcome

    return TodayWelcome(id="today-empty")
