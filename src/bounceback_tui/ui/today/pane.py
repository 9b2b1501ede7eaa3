"""Today: the daily home. Reads aggregates only (no ORM), so it paints first and fast."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static
from textual.widgets.option_list import Option

from bounceback_tui import clock
from bounceback_tui.services.today import TodaySummary, load_today
from bounceback_tui.ui.kit.text import plain
from bounceback_tui.ui.today.actions import TodayActions
from bounceback_tui.ui.today.text import due_prompt, figures_text, people_text
from bounceback_tui.ui.today.widgets import TopLine, welcome

# The body's modules (ui/today/body.py: the due list, the trends, the layout) load with
# the body: an empty store's first screen is the top line and the welcome only.
if TYPE_CHECKING:
    from bounceback_tui.domain.due import DueItem
    from bounceback_tui.services.today_people import PeopleToday
    from bounceback_tui.ui.today.body import TodayBody
    from bounceback_tui.ui.today.due_list import DueList


class TodayPane(TodayActions):
    PANE_ID = "today"
    # A container with no border and nothing of its own to draw: Textual paints what its
    # children leave uncovered as blank lines of its background, not through the styles
    # cache (on the first screen of an empty store, most of the screen).
    BLANK = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next_step", "Next step", id="today.next_step"),
        Binding("c", "check_in", "Check in", id="today.check_in"),
        Binding("w", "insights", "What's working", id="today.insights"),
        Binding("i", "answer_bank", "Answers", show=False, id="today.answer_bank"),
        Binding("h", "how_it_went", "How did it go?", id="today.how_it_went"),
    ]
    care_filled: bool = False
    """True once the first paint's follow-up (mood by week, reframe averages, card) has run:
    the moment the screen stops changing on its own, which tests wait for."""

    def compose(self) -> ComposeResult:
        # Few widgets, each drawing a lot: Today is the first screen the app paints. Only
        # the part the store calls for is built: the welcome on an empty store, the body
        # otherwise; the other is mounted the day it is needed (_show_part).
        yield TopLine(id="today-top")
        # Not marked as seen: the pane's first reload (on_pane_shown) shows this summary.
        summary = self._ready = self._read_summary(mark_seen=False)
        yield welcome() if summary.is_empty_store else _body()

    # The summary compose read, shown by the first reload instead of reading again.
    _ready: TodaySummary | None = None
    # The parts being mounted (their ids), so that two reloads mount each only once.
    _mounting: frozenset[str] = frozenset()

    def _read_summary(self, *, mark_seen: bool = True) -> TodaySummary:
        prefetched, self.bb_app.prefetched_today = self.bb_app.prefetched_today, None
        if prefetched is not None and prefetched.today == clock.today():
            summary = prefetched.result()
            if summary is not None:
                return summary
        stamp = self.bb_app.data_stamp()  # taken first: what is read is at least this new
        summary = load_today(self.bb_app.paths.database, clock.today())
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
        if body and body.first().display and self.summary and self.summary.has_data:
            return self.query_one("#today-due-list")
        return self

    # -- rendering ----------------------------------------------------------------

    def show_summary(self, summary: TodaySummary) -> None:
        self.summary = summary
        self.query_one("#today-top", TopLine).show(
            summary, self.bb_app.key_label("today.check_in", "c")
        )
        if not self._show_part(summary.is_empty_store) or summary.is_empty_store:
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
        figures = figures_text(summary)
        self._figures_lines = len(figures.plain.splitlines())
        self.query_one("#today-figures", Static).update(figures)
        self._body_part().trends.set_data(
            summary.applications_per_week,
            summary.rejections_per_week,
            summary.intensity_drops,
            summary.moods,
        )
        self._fit_layout()

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
        await self.mount(welcome() if part_id == "today-empty" else _body())
        self._mounting -= {part_id}
        if self.summary is not None:
            self.show_summary(self.summary)
            if self.app.focused is self or self.app.focused is None:
                self.focus_target_shown().focus()

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
        self._body_part().trends.set_care(care.mood_per_week, care.belief_drop, care.intensity_drop)
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
        lines = []
        if self._card:
            lines.append(
                Content.assemble(
                    ("A card you kept: ", "$text-muted"), plain(f"“{self._card}”", "italic")
                )
            )
        lines += [plain(f"→ {text}", "$text-success") for text in suggestions]
        self._care_text = Content("\n").join(lines) if lines else None
        body = self._body_part()
        if self._care_text is not None:
            body.mount_strip("today-care").update(self._care_text)
        elif (strip := body.shown_strip("today-care")) is not None:
            strip.update("")
        self._fit_layout()

    def _show_due(self, summary: TodaySummary) -> None:
        due_list = self._body_part().due_list
        highlighted = due_list.highlighted
        due_list.clear_options()
        if summary.due:
            options = [
                Option(due_prompt(item, summary), id=str(index))
                for index, item in enumerate(summary.due)
            ]
            more = summary.due_total - len(summary.due)
            if more > 0:
                options.append(
                    Option(Content.styled(f"  and {more} more", "$text-muted"), disabled=True)
                )
            due_list.add_options(options)  # drawn a line at a time: nothing to measure
            due_list.highlighted = min(highlighted or 0, len(summary.due) - 1)
        else:
            due_list.add_option(
                Option("Nothing is due today. The next step above is all there is.", disabled=True)
            )
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
        text = people_text(people, self.bb_app.key_label("today.how_it_went", "h"))
        self._people_lines = 0 if people.empty else len(text.plain.splitlines())
        body = self._body_part()
        if self._people_lines:
            body.mount_strip("today-people").update(text)
        elif (strip := body.shown_strip("today-people")) is not None:
            strip.update("")
        self._fit_layout()
        self.refresh_bindings()

    # -- sharing the height ----------------------------------------------------------

    _care_text: Content | None = None
    _people_lines = 0
    _figures_lines = 0
    _fitted: tuple[int, ...] | None = None  # what the layout was last fitted to

    def on_resize(self, _event: events.Resize) -> None:
        self._fit_layout()

    def _fit_layout(self) -> None:
        """Share the pane's height among its parts (ui/today/layout.py), so that at 80x24
        every figure and the trends stay on screen whatever the card and the people say.
        Only what differs from the roomy layout of today.tcss is set on the widgets."""
        height = self.size.height
        if height <= 0 or not self.query_children("#today-body"):
            return
        width = max(1, self.content_region.width - 2)  # the strips' own padding
        care = len(self._care_text.wrap(width)) if self._care_text else 0
        wanted = (height, width, care, self._people_lines, self._figures_lines)
        if wanted == self._fitted:
            return
        self._fitted = wanted
        from bounceback_tui.ui.today.layout import STRIP_MAX_LINES, fit_today

        fit = fit_today(height, care=care, people=self._people_lines, figures=self._figures_lines)
        care_short, people_short = fit.squeezed(care, self._people_lines)
        body = self._body_part()
        if (strip := body.shown_strip("today-care")) is not None:
            strip.display = fit.care_lines > 0
            _restyle(
                strip,
                max_height=fit.care_lines if care_short else STRIP_MAX_LINES,
                text_wrap="nowrap" if care_short else "wrap",
            )
        if (box := body.shown_strip("today-people")) is not None:
            box.display = fit.people_lines > 0
            _restyle(
                box,
                max_height=fit.people_lines if people_short else STRIP_MAX_LINES,
                margin=fit.people_gap,
            )
        _restyle(self.query_one("#today-next"), max_height=fit.next_lines, margin=fit.gap)
        _restyle(self.query_one("#today-cards"), min_height=fit.cards_min)

    def _body_part(self) -> TodayBody:
        return cast("TodayBody", self.query_one("#today-body"))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "how_it_went":
            return bool(self.people and self.people.awaiting)
        return super().check_action(action, parameters)

    # -- actions ------------------------------------------------------------------

    async def on_due_list_selected(self, event: DueList.Selected) -> None:
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


def _restyle(widget: Widget, **rules: int | str) -> None:
    """Set the styles that differ from what the widget has: setting an equal one still
    costs a layout pass. ``margin`` is the top margin; heights are in lines."""
    styles = widget.styles
    for name, value in rules.items():
        if name == "margin":
            if styles.margin.top != value:
                styles.margin = (int(value), 0, 0, 0)
        elif name in ("max_height", "min_height"):
            current = getattr(styles, name)
            if current is None or current.cells != value:
                setattr(styles, name, value)
        elif getattr(styles, name) != value:
            setattr(styles, name, value)


def _body() -> Widget:
    from bounceback_tui.ui.today.body import TodayBody

    return TodayBody(id="today-body")
