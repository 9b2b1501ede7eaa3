"""Today: the daily home. Reads aggregates only (no ORM), so it paints first and fast."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from bounceback_tui import clock
from bounceback_tui.domain.check_in import MOODS
from bounceback_tui.domain.due import DueItem, DueKind, describe_due, urgency
from bounceback_tui.domain.wording import days_ago, plural
from bounceback_tui.services.today import TodaySummary, load_today
from bounceback_tui.ui.app_pane import AppPane
from bounceback_tui.ui.kit.empty_state import EmptyState
from bounceback_tui.ui.kit.text import plain
from bounceback_tui.ui.today.trends import TrendsPanel

if TYPE_CHECKING:
    # Read after the first paint (services/today_people): not imported before it.
    from bounceback_tui.services.today_people import InterviewSoon, PeopleToday

MOOD_WORDS = dict(MOODS)
_ICONS = {
    DueKind.FOLLOW_UP: "✉",
    DueKind.FEEDBACK_REQUEST: "?",
    DueKind.RECOVERY_STEP: "☐",  # a box to tick: still to do
    DueKind.GHOSTED: "…",
    DueKind.THOUGHT_DRAFT: "✎",
    DueKind.SKILL_IN_PROGRESS: "↑",
}


class DueList(OptionList):
    """The due items; Enter opens the selected one in its pane."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open", show=False, id="today.open"),
        Binding("j", "cursor_down", "Down", show=False, id="today.down"),
        Binding("k", "cursor_up", "Up", show=False, id="today.up"),
    ]

    # The width the options were last measured at.
    _measured_width: int | None = None

    def on_resize(self, event: events.Resize) -> None:
        # Textual sends Resize to every widget of a pane shown again, size unchanged, and
        # the OptionList then forgets and re-measures every option and repaints: a frame
        # after each switch back to Today that changes nothing on screen.
        if event.size.width == self._measured_width:
            event.prevent_default()
        self._measured_width = event.size.width


# Due items drawn with the first screen; a 24-row terminal shows about eight.
FIRST_PAINT_DUE = 12


class TodayPane(AppPane):
    PANE_ID = "today"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next_step", "Next step", id="today.next_step"),
        Binding("c", "check_in", "Check in", id="today.check_in"),
        Binding("w", "insights", "What's working", id="today.insights"),
        Binding("i", "answer_bank", "Answers", show=False, id="today.answer_bank"),
        Binding("h", "how_it_went", "How did it go?", id="today.how_it_went"),
    ]
    # The people part (services/today_people): read after the first paint, never before.
    people: PeopleToday | None = None

    summary: TodaySummary | None = None
    care_filled: bool = False
    """True once the first paint's follow-up (mood by week, reframe averages, card) has run:
    the moment the screen stops changing on its own, which tests wait for."""
    _due_shown = False  # the due list has been filled once (see _show_due)

    def compose(self) -> ComposeResult:
        # Few widgets, each drawing a lot: Today is the first screen the app paints.
        yield TopLine(id="today-top")
        yield EmptyState(
            "Welcome to bounceback",
            "This is your daily home. Once you track applications, what is due today and how "
            "you are bouncing back will show here.",
            "Press [b]{today.next_step|n}[/b] to add your first application (or "
            "[b]{pane.pipeline|2}[/b] for the Pipeline). [b]{app.help|?}[/b] lists every key.",
            id="today-empty",
        )
        with Vertical(id="today-body"):
            yield Static(id="today-next")
            # A coping card on a hard day and What's working's suggestions: filled in by a
            # thread after the first paint (services/care.load_care_today), hidden until then.
            yield Static(id="today-care")
            yield Static(id="today-people")
            with Horizontal(id="today-cards"):
                yield DueList(id="today-due-list", classes="card")
                yield Static(id="today-figures", classes="card")
            yield TrendsPanel(id="today-trends", classes="card")

    def on_mount(self) -> None:
        self.query_one("#today-care").display = False
        self.query_one("#today-people").display = False
        self.query_one("#today-due-list").border_title = "Due now"
        self.query_one("#today-figures").border_title = "Bouncing back"
        self.query_one("#today-trends").border_title = "Trends"

    def reload(self) -> None:
        summary = None
        prefetched, self.bb_app.prefetched_today = self.bb_app.prefetched_today, None
        if prefetched is not None and prefetched.today == clock.today():
            summary = prefetched.result()
        if summary is None:
            stamp = self.bb_app.data_stamp()  # taken first: what is read is at least this new
            summary = load_today(self.bb_app.paths.database, clock.today())
            self._seen = stamp
        self.show_summary(summary)

    def focus_target(self) -> Widget:
        due = self.query_one("#today-due-list", DueList)
        return due if due.display and self.summary and self.summary.has_data else self

    # -- rendering ----------------------------------------------------------------

    def show_summary(self, summary: TodaySummary) -> None:
        self.summary = summary
        self.query_one("#today-top", TopLine).show(
            summary, self.bb_app.key_label("today.check_in", "c")
        )
        empty = summary.is_empty_store
        self.query_one("#today-empty").display = empty
        self.query_one("#today-body").display = not empty
        if empty:
            return
        step = summary.next_step
        self.query_one("#today-next", Static).update(
            Content.assemble(
                ("Next step: ", "bold"),
                plain(step.title, "bold"),
                plain(f"  ({self.bb_app.key_label('today.next_step', 'n')})", "$text-muted"),
                "\n",
                plain(step.reason, "$text-muted"),
            )
        )
        self._show_due(summary)
        self.call_after_refresh(self._fill_care)
        # Interviews and "how did it go" fill in once this screen is up.
        self.call_after_refresh(self._read_people_later)
        self.query_one("#today-figures", Static).update(_figures_text(summary))
        self.query_one("#today-trends", TrendsPanel).set_data(
            summary.applications_per_week,
            summary.rejections_per_week,
            summary.intensity_drops,
            summary.moods,
        )

    def _fill_care(self) -> None:
        """Just after the first paint: the card and the trends' mood by week and reframe
        averages (a few small aggregates), then What's working's suggestions in a thread."""
        from bounceback_tui.services.care import load_care_today

        try:
            care = load_care_today(
                self.bb_app.paths.database, clock.today(), with_suggestions=False
            )
        except Exception as exc:  # the figures above stand; the quick check reports damage
            self.log.warning(f"Today's care pieces were not read: {exc!r}")
            self.care_filled = True
            return
        self._card = care.card
        self.query_one("#today-trends", TrendsPanel).set_care(
            care.mood_per_week, care.belief_drop, care.intensity_drop
        )
        self._show_care(())
        self.care_filled = True
        self.run_worker(self._read_suggestions, thread=True, group="today-care", exclusive=True)

    def _read_suggestions(self) -> None:
        from bounceback_tui.services.care import today_suggestions

        try:
            found = today_suggestions(self.bb_app.paths.database)
        except Exception:  # as above: nothing shown rather than a crash
            return
        self.app.call_from_thread(self._show_care, found)

    _card: str | None = None

    def _show_care(self, suggestions: tuple[str, ...]) -> None:
        strip = self.query_one("#today-care", Static)
        lines = []
        if self._card:
            lines.append(
                Content.assemble(
                    ("A card you kept: ", "$text-muted"), plain(f"“{self._card}”", "italic")
                )
            )
        lines += [plain(f"→ {text}", "$text-success") for text in suggestions]
        strip.update(Content("\n").join(lines))
        strip.display = bool(lines)

    def _show_due(self, summary: TodaySummary) -> None:
        due_list = self.query_one("#today-due-list", DueList)
        highlighted = due_list.highlighted
        due_list.clear_options()
        if summary.due:
            options = [
                Option(_due_prompt(item, summary), id=str(index))
                for index, item in enumerate(summary.due)
            ]
            more = summary.due_total - len(summary.due)
            if more > 0:
                options.append(
                    Option(Content.styled(f"  and {more} more", "$text-muted"), disabled=True)
                )
            if self._due_shown:
                due_list.add_options(options)
            else:
                # The first screen needs only what fits; each option is measured as it is
                # added, so the rest follow once that screen is up.
                due_list.add_options(options[:FIRST_PAINT_DUE])
                if options[FIRST_PAINT_DUE:]:
                    self.call_after_refresh(due_list.add_options, options[FIRST_PAINT_DUE:])
            due_list.highlighted = min(highlighted or 0, len(summary.due) - 1)
        else:
            due_list.add_option(
                Option("Nothing is due today. The next step above is all there is.", disabled=True)
            )
        self._due_shown = True
        count = f" · {summary.due_total}" if summary.due_total else ""
        due_list.border_title = plain(f"Due now{count}")

    # -- the people part, after the first paint ------------------------------------

    def _read_people_later(self) -> None:
        self.run_worker(
            self._read_people, thread=True, exclusive=True, group="today-people",
            exit_on_error=False,
        )  # fmt: skip

    def _read_people(self) -> None:
        from bounceback_tui.services.today_people import load_people_today

        try:
            people = load_people_today(self.bb_app.paths.database)
        except Exception:  # an old or busy store: Today without its people part
            return
        self.app.call_from_thread(self._show_people, people)

    def _show_people(self, people: PeopleToday) -> None:
        self.people = people
        box = self.query_one("#today-people", Static)
        box.display = not people.empty
        if people.empty:
            self.refresh_bindings()
            return
        key = self.bb_app.key_label("today.how_it_went", "h")
        box.update(people_text(people, key))
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "how_it_went":
            return bool(self.people and self.people.awaiting)
        return super().check_action(action, parameters)

    def action_how_it_went(self) -> None:
        """Ask how the most recent interview went; then offer a thank-you message."""
        from bounceback_tui.domain.interviews import validate_outcome
        from bounceback_tui.services.interviews import OutcomeSaved, save_outcome
        from bounceback_tui.ui.kit.form import FormScreen
        from bounceback_tui.ui.kit.text import markup_with
        from bounceback_tui.ui.people.forms import OUTCOME_FIELDS

        if not self.people or not self.people.awaiting:
            return
        item = self.people.awaiting[0]

        def submit(values: dict[str, str]) -> OutcomeSaved:
            return save_outcome(
                self.bb_app.db, item.id, validate_outcome(values), expected_version=item.version
            )

        def done(result: OutcomeSaved | None) -> None:
            if result is None:
                return
            self._read_people_later()
            if result.questions_added:
                count = result.questions_added
                key = self.bb_app.key_label("today.answer_bank", "i")
                noun = "question" if count == 1 else "questions"
                self.notify(
                    plain(f"Saved. {count} {noun} joined your answer bank ({key} opens it).")
                )
            self._offer_thank_you(item.application_id, item.company)

        self.app.push_screen(
            FormScreen(
                markup_with("How did it go at $company?", company=item.company),
                OUTCOME_FIELDS,
                submit,
                intro=plain(
                    f"{item.kind.label}, {_when(item)}. A line and a rating, for you; the "
                    "questions they asked go to your answer bank."
                ),
            ),
            done,
        )

    def _offer_thank_you(self, application_id: int, company: str) -> None:
        from bounceback_tui.domain.messages import MessageKind
        from bounceback_tui.ui.kit.confirm import ConfirmScreen
        from bounceback_tui.ui.kit.text import markup_with
        from bounceback_tui.ui.people.pane import open_message

        def answered(yes: bool | None) -> None:
            if yes:
                open_message(self, MessageKind.THANK_YOU, application_id, None)

        self.app.push_screen(
            ConfirmScreen(
                markup_with("Write a thank-you to $company?", company=company),
                "A short note the same day is remembered. You see it before anything is sent.",
                confirm_label="Write it",
            ),
            answered,
        )

    # -- actions ------------------------------------------------------------------

    async def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.summary is None or event.option.id is None:
            return
        await self.open_due(self.summary.due[int(event.option.id)])

    async def open_due(self, item: DueItem) -> None:
        """Jump to the item in its pane, selected."""
        pane = await self.bb_app.go_to(item.kind.pane, item.item_id)
        if item.step_id is not None and hasattr(pane, "select_step"):
            pane.select_step(item.step_id)

    async def action_next_step(self) -> None:
        if self.summary is None:
            self.reload()
        assert self.summary is not None
        step = self.summary.next_step
        if step.pane == "today":
            self.action_check_in()
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

    def action_check_in(self) -> None:
        from bounceback_tui.domain.check_in import validate_check_in
        from bounceback_tui.ui.kit.form import FormScreen, SaveGuard
        from bounceback_tui.ui.today.check_in import check_in_fields, check_in_values

        today = clock.today()
        current = self.summary.check_in if self.summary else None
        # The save names the check-in as this pane showed it (0: none yet), so one made
        # or changed in another window meanwhile is shown, not silently replaced.
        guard = SaveGuard(self.summary.check_in_version if self.summary else 0)
        earlier_mood = current[0] if current else None

        def submit(values: dict[str, str]) -> object:
            from bounceback_tui.services.check_ins import save_check_in

            return save_check_in(
                self.bb_app.db, today, validate_check_in(values), expected_version=guard.version
            )

        def reload() -> tuple[dict[str, str], int] | None:
            from bounceback_tui.services.check_ins import get_check_in

            found = get_check_in(self.bb_app.db, today)
            if found is None:
                return None
            data, version = found
            return check_in_values((data.mood, data.note)), version

        def done(result: object | None) -> None:
            self.reload()
            if result is not None:
                mood = getattr(result, "mood", None)
                if isinstance(mood, int) and self._offer_care(mood, earlier_mood):
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
            ),
            done,
        )

    def _offer_care(self, mood: int, earlier_mood: int | None) -> bool:
        """After a low check-in, once that day: grounding, talking it through, a reframe
        (and, for the lowest mood, the way to help). True if something was offered."""
        from bounceback_tui.domain.care import check_in_offer
        from bounceback_tui.ui.care.low_day import (
            BreathingScreen,
            LowDayScreen,
            SensesScreen,
            talk_text,
        )

        offer = check_in_offer(mood, earlier_mood)
        if offer is None:
            return False

        async def chosen(choice: str | None) -> None:
            if choice == "breathe":
                self.app.push_screen(BreathingScreen())
            elif choice == "senses":
                self.app.push_screen(SensesScreen())
            elif choice == "talk":
                people = self.bb_app.support_people()
                self.notify(talk_text(people), title="Talk it through", timeout=20)
            elif choice == "reframe":
                await self.bb_app.start_reframe()
            elif choice == "help":
                self.bb_app.action_struggling()

        self.app.push_screen(LowDayScreen(offer), chosen)
        return True


def _when(item: InterviewSoon) -> str:
    moment = item.local_start()
    return f"{moment:%a} {moment.day} {moment:%b %H:%M}"


def people_text(people: PeopleToday, how_key: str = "h") -> Content:
    """The interviews ahead (and what to prepare), how one went, people to follow up."""
    lines: list[Content] = []
    if people.awaiting:  # first: the box shows four lines at most
        item = people.awaiting[0]
        lines.append(
            plain("How did it go? ", "bold $text-accent")
            + plain(f"{item.kind.label} at {item.company}, {_when(item)}")
            + plain(f"  ({how_key})", "$text-muted")
        )
    for item in people.upcoming[:2]:
        line = plain(f"{_when(item)}  ", "bold") + plain(f"{item.kind.label}: {item.company}")
        if item.prep_notes.strip():
            first = item.prep_notes.strip().splitlines()[0]
            line += plain(f"  prepare: {first}", "$text-muted")
        lines.append(line)
    if len(people.upcoming) > 2:
        lines.append(plain(f"and {len(people.upcoming) - 2} more this week", "$text-muted"))
    for person in people.follow_ups[:2]:
        at = f" ({person.company})" if person.company else ""
        lines.append(plain(f"Follow up with {person.name}{at}", "$text-warning"))
    return Content("\n").join(lines)


def _mood_text(summary: TodaySummary, check_in_key: str = "c") -> Content:
    if summary.check_in is None:
        return Content.assemble(
            ("No check-in yet today · ", "$text-muted"), plain(check_in_key, "bold $text-muted")
        )
    mood, note = summary.check_in
    parts: list[Content | tuple[str, str]] = [
        ("Mood today: ", "$text-muted"),
        (f"{mood}/5", "bold"),
        (f" ({MOOD_WORDS[mood]})", "$text-muted"),
    ]
    if note:
        parts.append(plain(f" · {note}", "$text-muted"))
    return Content.assemble(*parts)


class TopLine(Static):
    """The date on the left and today's check-in on the right, on one line."""

    def show(self, summary: TodaySummary, check_in_key: str = "c") -> None:
        self._left = Content.styled(summary.today.strftime("%A %-d %B %Y"), "bold")
        self._right = _mood_text(summary, check_in_key)
        self.refresh()

    def render(self) -> Content:
        left = getattr(self, "_left", Content(""))
        right = getattr(self, "_right", Content(""))
        room = self.size.width - left.cell_length - 2
        if room <= 0:
            return left
        if right.cell_length > room:
            right = right.truncate(room, ellipsis=True)
        gap = self.size.width - left.cell_length - right.cell_length
        return left + Content(" " * gap) + right


def _due_prompt(item: DueItem, summary: TodaySummary) -> Content:
    # Content (not Rich Text) so the theme's $variables colour it in any theme.
    style = {0: "bold", 1: "", 2: "$text-muted", 3: ""}[urgency(item)]
    when = describe_due(item, summary.today)
    return Content.assemble(
        (f"{_ICONS[item.kind]} ", "bold $text-warning" if item.flagged else "$text-muted"),
        plain(item.title, style),
        (f"  {when}" if when else "", "$text-warning" if item.flagged else "$text-muted"),
    )


def _figure(label: str, value: Content) -> Content:
    return plain(f"{label:<12}", "dim") + value


def _bold(value: object) -> Content:
    return plain(value, "bold")


def _figures_text(summary: TodaySummary) -> Content:
    lines = []
    if summary.bounce_back_days_latest is not None:
        median = summary.bounce_back_days_median_90d
        typical = (
            plain(" ") + plain(f"· typ. {median:g}", "dim") if median is not None else Content("")
        )
        lines.append(
            _figure("Bounce-back", _bold(_days(summary.bounce_back_days_latest)) + typical)
        )
    elif summary.bounce_back_open_days is not None:
        lines.append(_figure("Bounce-back", plain(f"day {summary.bounce_back_open_days}, going")))
    if summary.days_since_last_rejection is None:
        lines.append(_figure("Last no", plain("none recorded")))
    else:
        lines.append(
            _figure(
                "Last no",
                _bold(days_ago(summary.days_since_last_rejection))
                + plain(f" · {summary.applications_since_last_rejection} sent"),
            )
        )
    lines.append(
        _figure(
            "This week",
            _bold(summary.applications_this_week) + plain(f" of {summary.weekly_goal}"),
        )
    )
    lines.append(_figure("Goal streak", plain(_weeks(summary.weeks_goal_met))))
    lines.append(
        _figure(
            "Plans",
            _bold(summary.plans_finished) + plain(f" done · {summary.plans_open} open"),
        )
    )
    if summary.plan_days_median is not None:
        lines.append(_figure("Plan length", plain(f"~{_days(round(summary.plan_days_median))}")))
    if summary.intensity_drop_30d is not None:
        lines.append(
            _figure(
                "Reframes",
                plain("eased ") + _bold(f"{summary.intensity_drop_30d:.0f}") + plain(" pts"),
            )
        )
    lines.append(_figure("Active", _bold(_days(summary.streak_days)) + plain(" in a row")))
    return Content("\n").join(lines)


def _weeks(count: int) -> str:
    return plural(count, "week")


def _days(count: int) -> str:
    return plural(count, "day")
