"""One plan's steps as a keyboard list: group headings, a tick box, and when each step is for.

Headings are disabled options, so up/down skip them. A tick repaints only its own
line and its group's heading (``StepList._repaint_option``), which keeps a keystroke well
under a frame.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar, cast

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.css.styles import RulesMap
from textual.widgets.option_list import Option

from bounceback_tui.domain.asked_how import asked_how
from bounceback_tui.domain.dates import day_month, describe_relative
from bounceback_tui.domain.feedback import ask_answered
from bounceback_tui.domain.people import FEEDBACK_ASK_STEP
from bounceback_tui.domain.recovery import (
    GROUP_TITLES,
    StepKind,
    StepLink,
    is_feedback_flagged,
    step_due_on,
)
from bounceback_tui.domain.step_timing import step_rests, waits_for_ask
from bounceback_tui.domain.wording import number
from bounceback_tui.services.recovery_views import StepView
from bounceback_tui.ui.kit.choice_lists import OpensOncePerClick
from bounceback_tui.ui.kit.text import plain, plain_line

STEP_PREFIX = "step-"
GROUP_PREFIX = "group-"


def step_meta(
    step: StepView,
    rejected_on: date | None,
    today: date,
    recorded_on: date | None = None,
    reason: str = "",
    ask: StepView | None = None,
) -> list[tuple[str, str]]:
    """Short notes after a step's title, each with its style: (text, style). A step whose
    day has passed says since when ("since 3 Mar"), also when its no was recorded late
    (``recorded_on``, which also puts off the feedback request's flag). A request for
    feedback from a no that came with some (its ``reason``) says so, and is never late. A
    comfort step whose first days have passed rests: "whenever it helps", never late. A
    reply waits for its plan's request (``ask``) while nothing was asked: "after you ask",
    or "nothing asked" when the request was skipped (``step_timing.waits_for_ask``)."""
    notes: list[tuple[str, str]] = []
    asked = step.asked_on if step.kind == StepKind.FEEDBACK else None
    if step.skipped_at is not None:  # neither done nor due: said in words, not colour alone
        # Skipped is what it is now: "skipped 7 Dec · asked 7 Dec" claimed both of a request
        # sent, unticked, then skipped. The day it was asked stays, in the step's detail.
        asked = None
        notes.append((f"skipped {day_month(step.skipped_at.date(), today)}", "$text-muted"))
    elif ask_answered(step.kind, reason, asked_on=step.asked_on):
        notes.append(("they gave a reason", "$text-muted"))
    elif step.done_at is not None:
        # Asked the day it was ticked: "asked 6 Dec" says both (it read "done 6 Dec ·
        # asked 6 Dec", a new user's walk); the tick box says it is done.
        if step.done_at.date() != asked:
            notes.append((f"done {day_month(step.done_at.date(), today)}", "$text-muted"))
    elif rejected_on is None:  # its no's day could not be read: no day is due, or late
        pass
    else:
        due = step_due_on(rejected_on, step.offset_days)
        if is_feedback_flagged(
            step.kind,
            rejected_on,
            step.offset_days,
            asked_on=step.asked_on,
            done=False,
            today=today,
            recorded_on=recorded_on,
        ):
            notes.append(("not asked yet", "$text-warning"))
        elif ask is not None and waits_for_ask(step.kind, ask.done_at is not None, ask.asked_on):
            # Nothing asked, nothing to look for: neither due nor late (a tester's frozen clock
            # read "Note what came back · since 19 Jan" before anything was asked).
            skipped = ask.skipped_at is not None
            notes.append(("nothing asked" if skipped else "after you ask", "$text-muted"))
        elif step_rests(step.group_key, rejected_on, step.offset_days, today, recorded_on):
            # A comfort step past its first days: open, never late (domain/step_timing.py).
            notes.append(("whenever it helps", "$text-muted"))
        elif due < today:
            notes.append((f"since {day_month(due, today)}", "$text-muted"))
        else:
            notes.append((describe_relative(due, today), "$text-accent" if due == today else ""))
    if asked is not None:
        via = asked_how(step.asked_via)
        notes.append((f"asked {day_month(asked, today)}{via}", "$text-muted"))
    if step.kind == StepKind.REPLY and step.nothing_came_back and not step.answer:
        notes.append(("nothing came back", "$text-muted"))
    if step.kind == StepKind.EXPRESSIVE and step.answer:
        notes.append(("written, private", "$text-muted"))
    elif step.answer:
        notes.append(("✎", "$text-muted"))
    if step.answer_draft is not None and step.answer_draft != step.answer:
        notes.append(("draft kept", "$text-warning"))
    if step.link == StepLink.REFRAME:
        notes.append(("→ Reframe", "$text-muted"))
    elif step.link == StepLink.SKILLS:
        notes.append(("→ Skills", "$text-muted"))
    if step.template_key is None:
        notes.append(("your step", "$text-muted"))
    return notes


def step_prompt(
    step: StepView,
    rejected_on: date | None,
    today: date,
    recorded_on: date | None = None,
    reason: str = "",
    ask: StepView | None = None,
) -> Content:
    done = step.done_at is not None
    if step.skipped_at is not None:  # a step the person chose not to do: "[–]", struck out
        box = Content.styled("[–] ", "$text-muted")
    elif done:
        box = Content.styled("[✓] ", "$text-success bold")
    else:
        box = Content.styled("[ ] ", "$text-muted")
    skipped = step.skipped_at is not None
    # One line whatever the store holds: a stored line break drew "[✓] line" and "break …".
    title = plain_line(
        step.title, "$text-muted strike" if skipped else "$text-muted" if done else ""
    )
    parts = [box, title]
    for text, style in step_meta(step, rejected_on, today, recorded_on, reason, ask):
        parts.append(plain(f" · {text}", style or "$foreground"))
    return Content("").join(parts)


def plan_ask(steps: list[StepView]) -> StepView | None:
    """The plan's feedback request (the step its replies wait for), if it has one."""
    return next((s for s in steps if s.template_key == FEEDBACK_ASK_STEP), None)


def heading_prompt(group_key: str, done: int, total: int, skipped: int = 0) -> Content:
    """A group's title and how far it has got: its steps done of those to do (a skipped
    step is not one of them, and is counted apart)."""
    title = GROUP_TITLES.get(group_key, group_key.replace("_", " ").capitalize())
    # A group whose steps are all skipped says only that: "0/0 · 2 skipped" read as broken.
    shown = [f"{number(done)}/{number(total)}"] if total or not skipped else []
    if skipped:
        shown.append(f"{number(skipped)} skipped")
    count = "  " + " · ".join(shown)
    style = "$text-success" if done == total and total else "$text-muted"
    return Content("").join([plain(title, "bold $text-accent"), Content.styled(count, style)])


class StepList(OpensOncePerClick):
    """The steps of one plan. ``steps`` holds them in display order."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open", id="recovery.open"),
        Binding("j", "cursor_down", "Down", show=False, id="recovery.steps_down"),
        Binding("k", "cursor_up", "Up", show=False, id="recovery.steps_up"),
    ]
    MARK_GUTTER: ClassVar[bool] = True  # its steps start at their "[ ]"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.steps: dict[int, StepView] = {}
        self.rejected_on: date | None = None
        self.recorded_on: date | None = None  # the day its no was recorded (``step_meta``)
        self.reason = ""  # the reason typed with its no (``step_meta``)
        self.today: date | None = None

    def show(
        self,
        steps: list[StepView],
        rejected_on: date | None,
        today: date,
        recorded_on: date | None = None,
        reason: str = "",
    ) -> None:
        """Replace the list with these steps, keeping the highlight on the same step if any."""
        keep = self.highlighted_step_id
        self.steps = {s.id: s for s in steps}
        self.rejected_on = rejected_on
        self.recorded_on = recorded_on
        self.reason = reason
        self.today = today
        options: list[Option] = []
        ask = plan_ask(steps)  # the request a reply waits for
        for group_key, group_steps in _grouped(steps):
            options.append(
                Option(
                    heading_prompt(group_key, *_counts(group_steps)),
                    id=f"{GROUP_PREFIX}{group_key}",
                    disabled=True,
                )
            )
            options.extend(
                Option(
                    step_prompt(s, rejected_on, today, recorded_on, reason, ask),
                    id=f"{STEP_PREFIX}{s.id}",
                )
                for s in group_steps
            )
        self.set_options(options)
        if keep is None or not self.select_step(keep):
            self.highlight_first_step()
            self.scroll_to(y=0, animate=False, immediate=True)  # a new plan starts at its top
            self.call_after_refresh(self.scroll_to_highlight)  # with its open step in sight

    def scroll_to_highlight(self, top: bool = False) -> None:
        # However short the list, the cursor is in sight: at 80x12 it was two rows tall, a
        # guard skipped every scroll under four, and `j` moved a cursor nobody could see.
        if self.scrollable_content_region.height < 1:
            return
        super().scroll_to_highlight(top)

    def on_resize(self) -> None:
        self.call_after_refresh(self._scroll_from_top)

    def _scroll_from_top(self) -> None:
        """As little scrolled as keeps the cursor in sight. Before the pane has its height
        the list may be a line or two tall, and a scroll made then would stick (and differ
        from run to run): each new size starts again from the top."""
        self.scroll_to(y=0, animate=False, immediate=True)
        self.scroll_to_highlight()

    def highlight_first_step(self) -> None:
        """The cursor on the first open step (a space there ticks the next thing to do, not
        a step done days ago or one skipped), or on the first step when none is open."""
        first: int | None = None
        for index in range(self.option_count):
            option = self.get_option_at_index(index)
            if option.disabled:
                continue
            first = index if first is None else first
            step = self.steps.get(int((option.id or "").removeprefix(STEP_PREFIX)))
            if step is not None and step.done_at is None and step.skipped_at is None:
                self.highlighted = index
                return
        self.highlighted = first

    @property
    def highlighted_step_id(self) -> int | None:
        if self.highlighted is None or self.option_count == 0:
            return None
        option_id = self.get_option_at_index(self.highlighted).id or ""
        if not option_id.startswith(STEP_PREFIX):
            return None
        return int(option_id.removeprefix(STEP_PREFIX))

    @property
    def highlighted_step(self) -> StepView | None:
        step_id = self.highlighted_step_id
        return self.steps.get(step_id) if step_id is not None else None

    def neighbour_of(self, step_id: int) -> int | None:
        """The step shown after ``step_id`` (before it, when it is the last), for the cursor
        once it is gone; None if it is not shown or alone."""
        shown = [
            int(option.id.removeprefix(STEP_PREFIX))
            for option in self.options
            if option.id and option.id.startswith(STEP_PREFIX)
        ]
        if step_id not in shown:
            return None
        at = shown.index(step_id)
        near = shown[at + 1 : at + 2] or shown[max(at - 1, 0) : at]
        return near[0] if near else None

    def select_step(self, step_id: int) -> bool:
        try:
            index = self.get_option_index(f"{STEP_PREFIX}{step_id}")
        except Exception:
            return False
        self.highlighted = index
        return True

    def update_step(self, step: StepView) -> None:
        """Repaint one step and its group's heading after a change."""
        if step.id not in self.steps or self.today is None:  # not shown yet
            return
        self.steps[step.id] = step
        ask = plan_ask(list(self.steps.values()))
        # The request's line and its replies' ("after you ask" waits for it).
        shown = [step] if step.kind != StepKind.FEEDBACK else list(self.steps.values())
        for one in shown:
            if one.id != step.id and one.kind != StepKind.REPLY:
                continue
            self._repaint_option(
                f"{STEP_PREFIX}{one.id}",
                step_prompt(one, self.rejected_on, self.today, self.recorded_on, self.reason, ask),
            )
        group_steps = [s for s in self.steps.values() if s.group_key == step.group_key]
        self._repaint_option(
            f"{GROUP_PREFIX}{step.group_key}",
            heading_prompt(step.group_key, *_counts(group_steps)),
        )

    def keep_step(self, step: StepView) -> None:
        """Hold the step as saved (its new version) where it draws the same: no repaint."""
        if step.id in self.steps:
            self.steps[step.id] = step

    def _repaint_option(self, option_id: str, prompt: Content) -> None:
        """Give one option a new prompt and redraw its lines only.

        Textual's ``replace_option_prompt`` empties the list's whole render cache and line
        map, so the next frame rebuilt every step on screen (a tick redrew the plan's list
        twice: when shown and when saved). When the new prompt takes as many lines as the
        old, only this option's rendering is forgotten and only its lines are redrawn."""
        index = self.get_option_index(option_id)
        option = self.get_option_at_index(index)
        height = self._heights.get(index)
        option._set_prompt(prompt)  # Textual's own setter: drops the option's visual
        padding = self.get_component_styles("option-list--option").padding
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        new_height = (
            self._get_visual(option).get_height(cast(RulesMap, self.styles), width - padding.width)
            + option._divider
        )
        if height is None or new_height != height or width <= 0:
            self._clear_caches()  # the lines move: Textual's way, everything again
            return
        cache = self._option_render_cache
        # Textual's LRUCache has keys() but cannot be iterated itself.
        for key in [key for key in cache.keys() if key[0] is option]:  # noqa: SIM118
            cache.discard(key)
        self.refresh_lines(self._index_to_line[index], height)


def _counts(steps: list[StepView]) -> tuple[int, int, int]:
    """(done, to do, skipped) of a group's steps."""
    skipped = sum(1 for s in steps if s.skipped_at is not None)
    return sum(1 for s in steps if s.done_at is not None), len(steps) - skipped, skipped


def _grouped(steps: list[StepView]) -> list[tuple[str, list[StepView]]]:
    """Steps by group, groups in first-seen order (the caller sorts steps by group)."""
    groups: dict[str, list[StepView]] = {}
    for step in steps:
        groups.setdefault(step.group_key, []).append(step)
    return list(groups.items())
