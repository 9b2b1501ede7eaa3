"""Today: the daily home. Reads aggregates only (no ORM), so it paints first and fast."""

from __future__ import annotations

from typing import ClassVar

from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from bounceback_tui import clock
from bounceback_tui.domain.check_in import MOODS
from bounceback_tui.domain.due import DueItem, DueKind, describe_due, urgency
from bounceback_tui.services.today import TodaySummary, load_today
from bounceback_tui.ui.panes.base import Pane
from bounceback_tui.ui.widgets.bar_chart import BarChart
from bounceback_tui.ui.widgets.empty_state import EmptyState

MOOD_WORDS = dict(MOODS)
_ICONS = {
    DueKind.FOLLOW_UP: "✉",
    DueKind.FEEDBACK_REQUEST: "?",
    DueKind.RECOVERY_STEP: "✓",
    DueKind.GHOSTED: "…",
    DueKind.THOUGHT_DRAFT: "✎",
    DueKind.SKILL_IN_PROGRESS: "↑",
}


class DueList(OptionList):
    """The due items; Enter opens the selected one in its pane."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="today.down"),
        Binding("k", "cursor_up", "Up", show=False, id="today.up"),
    ]


class TodayPane(Pane):
    PANE_ID = "today"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next_step", "Next step", id="today.next_step"),
        Binding("c", "check_in", "Check in", id="today.check_in"),
    ]

    summary: TodaySummary | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="today-top"):
            yield Static(id="today-greeting")
            yield Static(id="today-mood")
        yield EmptyState(
            "Welcome to bounceback",
            "This is your daily home. Once you track applications, what is due today and how "
            "you are bouncing back will show here.",
            "Press [b]{today.next_step|n}[/b] to add your first application (or "
            "[b]{pane.pipeline|2}[/b] for the Pipeline). [b]{app.help|?}[/b] lists every key.",
            id="today-empty",
        )
        with Vertical(id="today-body"):
            with Vertical(id="today-next"):
                yield Static(id="today-next-title")
                yield Static(id="today-next-reason")
            with Horizontal(id="today-cards"):
                with Vertical(id="today-due", classes="card"):
                    yield DueList(id="today-due-list")
                with Vertical(id="today-figures", classes="card"):
                    yield Static(id="today-figures-body")
            with Horizontal(id="today-trends", classes="card"):
                with Vertical(classes="trend"):
                    yield Static(
                        "[$success]■[/] sent  [$error]■[/] no's, per week",
                        classes="trend-label",
                    )
                    yield BarChart(id="today-weekly")
                with Vertical(classes="trend"):
                    yield Static("Reframe drop", classes="trend-label")
                    yield BarChart(id="today-drops", classes="single")
                with Vertical(classes="trend"):
                    yield Static("Mood (30 days)", classes="trend-label")
                    yield BarChart(id="today-moods", classes="single")

    def on_mount(self) -> None:
        self.query_one("#today-due", Vertical).border_title = "Due now"
        self.query_one("#today-figures", Vertical).border_title = "Bouncing back"
        self.query_one("#today-trends", Horizontal).border_title = "Trends"

    def reload(self) -> None:
        self.show_summary(load_today(self.bb_app.paths.database, clock.today()))

    def focus_target(self):  # type: ignore[no-untyped-def]
        due = self.query_one("#today-due-list", DueList)
        return due if due.display and self.summary and self.summary.has_data else self

    # -- rendering ----------------------------------------------------------------

    def _key(self, binding_id: str, default: str) -> str:
        """A key for a hint, as the person's keymap has it (escaped for markup)."""
        return escape(self.bb_app.key_label(binding_id, default))

    def show_summary(self, summary: TodaySummary) -> None:
        self.summary = summary
        self.query_one("#today-greeting", Static).update(
            f"[b]{summary.today.strftime('%A %-d %B %Y')}[/b]"
        )
        self.query_one("#today-mood", Static).update(
            _mood_text(summary, self._key("today.check_in", "c"))
        )
        empty = summary.is_empty_store
        self.query_one("#today-empty").display = empty
        self.query_one("#today-body").display = not empty
        if empty:
            return
        step = summary.next_step
        self.query_one("#today-next-title", Static).update(
            f"[b]Next step:[/b] {escape(step.title)}  "
            f"[dim]({self._key('today.next_step', 'n')})[/dim]"
        )
        self.query_one("#today-next-reason", Static).update(escape(step.reason))
        self._show_due(summary)
        self.query_one("#today-figures-body", Static).update(_figures_text(summary))
        self.query_one("#today-weekly", BarChart).set_series(
            summary.applications_per_week, summary.rejections_per_week
        )
        self.query_one("#today-drops", BarChart).set_series(summary.intensity_drops)
        self.query_one("#today-moods", BarChart).set_series(summary.moods)

    def _show_due(self, summary: TodaySummary) -> None:
        due_list = self.query_one("#today-due-list", DueList)
        highlighted = due_list.highlighted
        due_list.clear_options()
        if summary.due:
            due_list.add_options(
                Option(_due_prompt(item, summary), id=str(index))
                for index, item in enumerate(summary.due)
            )
            more = summary.due_total - len(summary.due)
            if more > 0:
                due_list.add_option(
                    Option(Content.styled(f"  and {more} more", "$text-muted"), disabled=True)
                )
            due_list.highlighted = min(highlighted or 0, len(summary.due) - 1)
        else:
            due_list.add_option(
                Option("Nothing is due today. The next step above is all there is.", disabled=True)
            )
        count = f" · {summary.due_total}" if summary.due_total else ""
        self.query_one("#today-due", Vertical).border_title = f"Due now{count}"

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

    def action_check_in(self) -> None:
        from bounceback_tui.domain.check_in import validate_check_in
        from bounceback_tui.ui.screens.check_in import check_in_fields
        from bounceback_tui.ui.screens.form import FormScreen

        today = clock.today()
        current = self.summary.check_in if self.summary else None

        def submit(values: dict[str, str]) -> object:
            from bounceback_tui.services.check_ins import save_check_in

            return save_check_in(self.bb_app.db, today, validate_check_in(values))

        def done(result: object | None) -> None:
            if result is not None:
                self.reload()
                self.notify("Thanks for checking in.", title="Check-in saved")

        self.app.push_screen(
            FormScreen(
                "How is today?",
                check_in_fields(current),
                submit,
                intro="One number and, if you like, one line. You can change it later today.",
            ),
            done,
        )


def _mood_text(summary: TodaySummary, check_in_key: str) -> str:
    if summary.check_in is None:
        return f"[dim]No check-in yet today · [b]{check_in_key}[/b][/dim]"
    mood, note = summary.check_in
    line = f"Mood today: [b]{mood}/5[/b] ({MOOD_WORDS[mood]})"
    return f"{line} · {escape(note)}" if note else line


def _due_prompt(item: DueItem, summary: TodaySummary) -> Content:
    # Content (not Rich Text) so the theme's $variables colour it in any theme.
    style = {0: "bold", 1: "", 2: "$text-muted", 3: ""}[urgency(item)]
    when = describe_due(item, summary.today)
    return Content.assemble(
        (f"{_ICONS[item.kind]} ", "bold $text-warning" if item.flagged else "$text-muted"),
        (item.title, style),
        (f"  {when}" if when else "", "$text-warning" if item.flagged else "$text-muted"),
    )


def _figure(label: str, value: str) -> str:
    return f"[dim]{label:<12}[/dim]{value}"


def _figures_text(summary: TodaySummary) -> str:
    lines = []
    if summary.bounce_back_days_latest is not None:
        median = summary.bounce_back_days_median_90d
        typical = f" [dim]· typ. {median:g}[/dim]" if median is not None else ""
        lines.append(
            _figure("Bounce-back", f"[b]{_days(summary.bounce_back_days_latest)}[/b]{typical}")
        )
    elif summary.bounce_back_open_days is not None:
        lines.append(_figure("Bounce-back", f"day {summary.bounce_back_open_days}, going"))
    if summary.days_since_last_rejection is None:
        lines.append(_figure("Last no", "none recorded"))
    else:
        lines.append(
            _figure(
                "Last no",
                f"[b]{_days(summary.days_since_last_rejection)}[/b] ago · "
                f"{summary.applications_since_last_rejection} sent",
            )
        )
    lines.append(
        _figure("This week", f"[b]{summary.applications_this_week}[/b] of {summary.weekly_goal}")
    )
    lines.append(_figure("Goal streak", _weeks(summary.weeks_goal_met)))
    lines.append(
        _figure("Plans", f"[b]{summary.plans_finished}[/b] done · {summary.plans_open} open")
    )
    if summary.plan_days_median is not None:
        lines.append(_figure("Plan length", f"~{_days(round(summary.plan_days_median))}"))
    if summary.intensity_drop_30d is not None:
        lines.append(_figure("Reframes", f"eased [b]{summary.intensity_drop_30d:.0f}[/b] pts"))
    lines.append(_figure("Active", f"[b]{_days(summary.streak_days)}[/b] in a row"))
    return "\n".join(lines)


def _weeks(count: int) -> str:
    return "1 week" if count == 1 else f"{count} weeks"


def _days(count: int) -> str:
    return "1 day" if count == 1 else f"{count} days"
