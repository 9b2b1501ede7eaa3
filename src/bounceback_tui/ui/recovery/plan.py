"""The right-hand side of the Recovery pane: one plan, its steps, and what it led to."""

from __future__ import annotations

from datetime import date
from textwrap import wrap

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from bounceback_tui.domain.asked_how import asked_how
from bounceback_tui.domain.dates import day_month, describe_relative
from bounceback_tui.domain.feedback import ask_answered
from bounceback_tui.domain.record_name import record_named
from bounceback_tui.domain.recovery import StepKind, is_feedback_flagged
from bounceback_tui.domain.text import clip_name
from bounceback_tui.domain.unreadable import UNREADABLE_DAY
from bounceback_tui.domain.wording import number, plural
from bounceback_tui.services.recovery_plans import Plan
from bounceback_tui.services.recovery_views import RejectionView, StepView
from bounceback_tui.ui.kit.cells import clip, clip_lines_at_words
from bounceback_tui.ui.kit.text import plain, plain_line
from bounceback_tui.ui.recovery.steps import StepList

PREVIEW_LINES = 2
CRAMPED_BELOW = 10  # rows of the plan under which its detail keeps one line (recovery.tcss)
# The reason quoted under a plan's title: about three lines of the plan's column. The whole
# reason stays readable in the Pipeline's detail (v); a pasted page of it must not push the
# plan's steps off the screen.
REASON_CELLS = 180
REACHED_WORDS = {
    "applied": "after applying",
    "screening": "at the screening stage",
    "interviewing": "after interviews",
    "offer": "at the offer stage",
}
FINISHED_LINE = "Plan finished on {day}. You saw it through, one step at a time."
# A plan finished with steps skipped: praise for seeing it through read false when most, or
# all, of it was set aside (a stranger's walk).
SET_ASIDE_LINE = "Plan finished on {day}: every step done or set aside."


def _facts(rejection: RejectionView, today: date) -> str:
    """ "No on 6 Dec (today), after interviews"; "No on a day unreadable" where another
    program wrote over it (editing the rejection gives it a day again)."""
    if rejection.rejected_on is None:
        facts = f"No on a day {UNREADABLE_DAY}"
    else:
        when = describe_relative(rejection.rejected_on, today)
        facts = f"No on {day_month(rejection.rejected_on, today)} ({when})"
    if rejection.stage_reached in REACHED_WORDS:
        facts += f", {REACHED_WORDS[rejection.stage_reached]}"
    if rejection.rejected_on is None:
        facts += ". Edit the rejection to give its date."
    return facts


def plan_title(rejection: RejectionView, today: date, set_aside: bool = False) -> Content:
    facts = _facts(rejection, today)
    parts = [
        plain_line(rejection.company, "bold"),
        plain_line(f"  {rejection.role}", "$text-muted"),
        Content("\n"),
        Content.styled(facts, "$text-muted"),
    ]
    if rejection.reason:
        # Every line, joined (clip_name makes it one line): the first alone ("They said:")
        # could be quoted as if it were all.
        reason = clip_name(rejection.reason, REASON_CELLS)
        parts += [Content("\n"), plain(f"“{reason}”", "italic $text-muted")]
    if rejection.plan_completed_at is not None:
        said = SET_ASIDE_LINE if set_aside else FINISHED_LINE
        line = said.format(day=day_month(rejection.plan_completed_at.date(), today))
        parts += [Content("\n"), Content.styled(f"✓ {line}", "bold $text-success")]
    return Content("").join(parts)


def fitted_title(
    rejection: RejectionView, today: date, width: int, lines: int, set_aside: bool = False
) -> Content:
    """The title in a short pane: at most ``lines`` lines of ``width`` cells, each cut with
    "…", the day and the stage reached (wrapped whole) before the reason. At 60x20 the
    wrapped title was cut by its box after "No on 6 Dec (today),", with no "…": neither the
    stage reached nor the reason was in sight."""
    width = max(4, width)
    muted = "$text-muted"
    company = clip(rejection.company, width)
    room = width - cell_len(company) - 2
    role = f"  {clip(rejection.role, room)}" if room >= 4 else ""
    rows: list[tuple[str, str]] = [(line, muted) for line in wrap(_facts(rejection, today), width)]
    if rejection.reason:
        reason = clip_name(rejection.reason, REASON_CELLS)
        rows.append((clip(f"“{reason}”", width), f"italic {muted}"))
    if rejection.plan_completed_at is not None:
        said = SET_ASIDE_LINE if set_aside else FINISHED_LINE
        line = said.format(day=day_month(rejection.plan_completed_at.date(), today))
        rows.append((clip(f"✓ {line}", width), "bold $text-success"))
    if len(rows) > lines - 1:
        rows = rows[: max(0, lines - 1)]
        if rows and not rows[-1][0].endswith("…"):  # more follows: say so
            rows[-1] = (clip(f"{rows[-1][0]} …", width), rows[-1][1])
    parts = [plain(company, "bold"), plain(role, muted)]
    for text, style in rows:
        parts += [Content("\n"), plain(text, style)]
    return Content("").join(parts)


def _preview(text: str) -> str:
    lines = text.strip().splitlines()
    shown = lines[:PREVIEW_LINES]
    more = " …" if len(lines) > PREVIEW_LINES else ""
    return "\n".join(shown) + more


def step_detail(
    step: StepView,
    rejected_on: date | None,
    today: date,
    recorded_on: date | None = None,
    reason: str = "",
) -> Content:
    """What the highlighted step asks, and what was written on it (never the private
    writing itself). A request for feedback from a no that came with some (``reason``)
    quotes it, and says the step can still be used to ask for more."""
    parts: list[Content] = []
    if step.detail:
        parts.append(plain(step.detail))
    text = step.answer_draft if step.answer_draft is not None else step.answer
    if step.skipped_at is not None:
        day = day_month(step.skipped_at.date(), today)
        parts.append(plain(f"Skipped on {day}: not due, and not counted as done.", "$text-muted"))
        if step.kind == StepKind.FEEDBACK and step.asked_on:  # sent, then set aside
            how = asked_how(step.asked_via)
            asked = day_month(step.asked_on, today)
            parts.append(plain(f"Asked on {asked}{how}, before it was set aside.", "$text-muted"))
    elif step.kind == StepKind.FEEDBACK:
        if ask_answered(step.kind, reason, asked_on=step.asked_on):
            parts.append(
                plain(
                    f"They gave a reason: “{reason.strip()}” If you would like more, ask them "
                    "and note it here with Enter.",
                    "$text-muted",
                )
            )
        elif step.asked_on:
            how = asked_how(step.asked_via)
            parts.append(plain(f"Asked on {day_month(step.asked_on, today)}{how}.", "$text-muted"))
        elif rejected_on is not None and is_feedback_flagged(
            step.kind,
            rejected_on,
            step.offset_days,
            asked_on=None,
            done=step.done_at is not None,
            today=today,
            recorded_on=recorded_on,
        ):
            parts.append(Content.styled("Not asked yet: a short note is enough.", "$text-warning"))
    if step.kind == StepKind.EXPRESSIVE:
        if text:
            words = plural(len(text.split()), "word")
            parts.append(Content.styled(f"Private writing, {words}.", "$text-muted"))
    elif text:
        label = "Draft: " if step.answer_draft is not None else ""
        parts.append(plain(f"{label}{_preview(text)}", "italic"))
    elif step.kind == StepKind.REPLY and step.nothing_came_back:
        parts.append(Content.styled("Nothing came back. That is common.", "$text-muted"))
    return Content("\n").join(parts)


def links_text(plan: Plan, *, compact: bool = False) -> Content:
    """The thought records and finished skills that came out of this rejection; on one line
    when space is short."""
    records, skills = plan.thought_records, plan.skills_done
    if compact:
        bits = []
        if records:
            bits.append(f"Reframed: {plural(len(records), 'thought record')}")
        if skills:
            bits.append(f"Skills grown: {', '.join(s.title for s in skills)}")
        return plain(" · ".join(bits))
    parts: list[Content] = []
    if records:
        shown = ", ".join(
            record_named(r.thought, r.situation, 10**6) + ("" if r.complete else " (draft)")
            for r in records[:3]
        )
        more = f" and {number(len(records) - 3)} more" if len(records) > 3 else ""
        parts.append(Content.styled("Reframed: ", "bold") + plain(shown + more))
    if skills:
        shown = ", ".join(s.title for s in skills[:3])
        more = f" and {number(len(skills) - 3)} more" if len(skills) > 3 else ""
        parts.append(Content.styled("Skills grown: ", "bold") + plain(shown + more))
    return Content("\n").join(parts)


def _update(static: Static, content: Content, *, layout: bool = True) -> None:
    """Update a Static only when its text changes: an update with layout costs a layout
    pass of the whole screen, and a tick or a cursor move should not pay for one."""
    if getattr(static, "_shown_plain", None) != content.plain:
        static._shown_plain = content.plain  # type: ignore[attr-defined]  # a marker of our own on Textual's Static
        static.update(content, layout=layout)


class StepDetail(Static):
    """The highlighted step's text, in a box of fixed height (recovery.tcss): fitted again
    whenever the box's size changes, so its last line ends with "…" where the text goes on
    (a class the plan sets on a short terminal changes the height a layout later)."""

    def on_resize(self) -> None:
        view = self.parent
        if isinstance(view, PlanView) and getattr(view, "plan", None) is not None:
            view.show_detail()


class PlanView(Vertical):
    """Shows one plan; the pane drives it (show / update_step / clear)."""

    def on_resize(self) -> None:
        # On a short terminal the steps come first: the detail shrinks, the links take a line.
        short = self.size.height < 22
        # Shorter still (50x16 gives 10 rows), the links step aside and the detail shrinks
        # again, so the steps keep a few rows beside a cut title (the walk at 50x16).
        self.set_class(self.size.height < 14, "-tiny")
        # Shortest (80x12 gives 6 rows), the steps come before the detail: they had two rows
        # (one step, or a heading and half of one) and the detail three.
        self.set_class(self.size.height < CRAMPED_BELOW, "-cramped")
        if short != self.has_class("-short"):
            self.set_class(short, "-short")
            if getattr(self, "plan", None) is not None:
                self.show_links()
        if getattr(self, "plan", None) is not None:
            self.show_title()  # fitted to the new size when short

    def compose(self) -> ComposeResult:
        yield Static(id="plan-title")
        yield StepList(id="plan-steps")
        yield StepDetail(id="plan-detail")
        yield Static(id="plan-links")

    @property
    def step_list(self) -> StepList:
        return self.query_one("#plan-steps", StepList)

    def show(self, plan: Plan, today: date) -> None:
        self.plan = plan
        self.today = today
        self.show_title()
        rejection = plan.rejection
        self.step_list.show(
            plan.steps, rejection.rejected_on, today, rejection.recorded_on, rejection.reason
        )
        self.show_links()
        self.show_detail()

    def show_links(self) -> None:
        links = self.query_one("#plan-links", Static)
        content = links_text(self.plan, compact=self.has_class("-short"))
        links.update(content)
        links.set_class(not content.plain, "-empty")

    def show_title(self) -> None:
        rejection = self.plan.rejection
        set_aside = any(step.skipped_at is not None for step in self.plan.steps)
        if self.has_class("-short"):
            # The title's box is at most 30% of the pane (recovery.tcss): its lines fill it.
            lines = max(1, self.size.height * 30 // 100)
            width = self.content_size.width
            title = fitted_title(rejection, self.today, width, lines, set_aside)
        else:
            title = plan_title(rejection, self.today, set_aside)
        _update(self.query_one("#plan-title", Static), title)
        self.set_class(self.plan.rejection.plan_completed_at is not None, "-finished")

    def show_detail(self) -> None:
        step = self.step_list.highlighted_step
        detail = self.query_one("#plan-detail", Static)
        rejection = self.plan.rejection
        content = (
            step_detail(
                step, rejection.rejected_on, self.today, rejection.recorded_on, rejection.reason
            )
            if step
            else Content("")
        )
        # Fixed height (see recovery.tcss), so a new text never needs a layout pass; text
        # taller than the box ends its last line with "…" (at 60x20 it stopped mid-sentence),
        # at a word's end (at 80x24 it read "…over it by to…").
        size = detail.content_size
        content = clip_lines_at_words(content, size.width, size.height)
        _update(detail, content, layout=False)

    def update_step(self, step: StepView) -> None:
        """Repaint after one step changed (tick, answer): only what that step touches."""
        self.plan.steps = [step if s.id == step.id else s for s in self.plan.steps]
        self.step_list.update_step(step)
        self.show_title()
        self.show_detail()

    def keep_step(self, step: StepView) -> None:
        """Hold the step as saved where the screen already shows it: no repaint."""
        self.plan.steps = [step if s.id == step.id else s for s in self.plan.steps]
        self.step_list.keep_step(step)
