"""The summary card of a thought record: the thought, the balanced thought, the traps and
how each feeling shifted. Also how a finished record is read later."""

from __future__ import annotations

from rich.markup import escape
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from bounceback_tui.reframe import trap_name
from bounceback_tui.reframe.record import Feeling, RecordDraft


def shift_text(shift: float | None) -> str:
    """ "↓25" for a drop, "↑5" for a rise, "±0" for no change, "–" when not re-rated."""
    if shift is None:
        return "–"
    rounded = round(shift)
    if rounded > 0:
        return f"↓{rounded}"
    if rounded < 0:
        return f"↑{-rounded}"
    return "±0"


def _feeling_line(feeling: Feeling) -> str:
    name = escape(feeling.name.capitalize())
    if feeling.after is None:
        return f"{name:<14} {feeling.before:>3}  [dim](not re-rated)[/dim]"
    return f"{name:<14} {feeling.before:>3} → {feeling.after:<3} [b]{shift_text(feeling.shift)}[/b]"


class ReframeSummary(VerticalScroll, can_focus=True):
    """Read-only view of one record; the pane's keys edit it or go back."""

    def compose(self) -> ComposeResult:
        yield Static(id="rf-summary-title", classes="card-title")
        yield Static(id="rf-summary-body")
        yield Static(id="rf-summary-keys")

    def show(self, draft: RecordDraft, *, rejection: str = "", just_finished: bool = False) -> None:
        title = self.query_one("#rf-summary-title", Static)
        title.display = just_finished
        title.update("Done. Here is your record; it is saved.")
        self.border_title = "Summary"
        sections: list[str] = []
        if rejection:
            sections.append(f"[dim]About:[/dim] {escape(rejection)}")

        def add(label: str, value: str) -> None:
            text = escape(value.strip()) if value.strip() else "[dim](skipped)[/dim]"
            sections.append(f"[b]{label}[/b]\n{text}")

        add("The thought", draft.thought)
        add("A more balanced thought", draft.balanced_thought)
        traps = ", ".join(trap_name(key) for key in draft.traps)
        add("Thinking traps", traps)
        if draft.feelings:
            lines = "\n".join(_feeling_line(f) for f in draft.feelings)
            average = draft.average_shift()
            if average is not None:
                lines += f"\n[dim]Average shift:[/dim] [b]{shift_text(average)}[/b]"
            sections.append(f"[b]Feelings[/b]\n{lines}")
        else:
            add("Feelings", "")
        add("What happened", draft.situation)
        add("Evidence for", draft.evidence_for)
        add("Evidence against", draft.evidence_against)
        self.query_one("#rf-summary-body", Static).update("\n\n".join(sections))
        keys = "[b]e[/b] edit  [b]ctrl+b[/b] back to the last step  [b]Esc[/b] back to the list"
        if rejection:
            keys += "  [b]o[/b] its recovery plan"
        self.query_one("#rf-summary-keys", Static).update(keys)
        self.scroll_home(animate=False)
