"""The summary card of a thought record: the thought, the balanced thought, the traps and
how each feeling shifted. Also how a finished record is read later."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static

from bounceback_tui.domain.text import screen_line
from bounceback_tui.reframe import trap_name
from bounceback_tui.reframe.record import Feeling, RecordDraft
from bounceback_tui.ui.kit.cells import fit_cells
from bounceback_tui.ui.kit.key_lines import keys_line
from bounceback_tui.ui.kit.scroll_text import ScrollText
from bounceback_tui.ui.kit.text import markup_with, plain


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


# The names' column in cells: as wide as the record's longest name, 14 to 40 of them.
NAME_CELLS = (14, 40)


def name_cells(feelings: Sequence[Feeling]) -> int:
    """The names' column for ``feelings``: every name whole up to 40 cells, so the figures
    of all of them line up (a name of 15 pushed its own a cell along)."""
    low, high = NAME_CELLS
    longest = max((cell_len(screen_line(f.name.capitalize())) for f in feelings), default=0)
    return min(high, max(low, longest))


def _feeling_line(feeling: Feeling, width: int) -> Content:
    # Padded in cells: "Angry 😡" lines its rating up with "Sad" (an emoji takes two); a
    # name longer than the column's 40 cells is cut with "…" there.
    name = fit_cells(feeling.name.capitalize(), width)
    if feeling.after is None:
        return markup_with(
            "$name $before  [dim](not re-rated)[/dim]", name=name, before=f"{feeling.before:>3}"
        )
    return markup_with(
        "$name $before → $after [b]$shift[/b]",
        name=name,
        before=f"{feeling.before:>3}",
        after=f"{feeling.after:<3}",
        shift=shift_text(feeling.shift),
    )


class ReframeSummary(ScrollText, can_focus=True):
    """Read-only view of one record; the pane's keys edit it or go back. Taller than the
    pane (80x24 cut it after "Feelings"), it scrolls with `j`/`k` as well as the arrows."""

    def compose(self) -> ComposeResult:
        yield Static(id="rf-summary-title", classes="card-title")
        yield Static(id="rf-summary-body")
        yield Static(id="rf-summary-keys")

    def show(self, draft: RecordDraft, *, rejection: str = "", just_finished: bool = False) -> None:
        title = self.query_one("#rf-summary-title", Static)
        title.display = just_finished
        title.update("Done. Here is your record; it is saved.")
        self.border_title = "Summary"
        sections: list[Content] = []
        if rejection:
            sections.append(markup_with("[dim]About:[/dim] $rejection", rejection=rejection))

        def add(label: str, value: str) -> None:
            text = plain(value.strip()) if value.strip() else markup_with("[dim](skipped)[/dim]")
            sections.append(markup_with("[b]$label[/b]\n", label=label) + text)

        add("The thought", draft.thought)
        add("A more balanced thought", draft.balanced_thought)
        traps = ", ".join(trap_name(key) for key in draft.traps)
        add("Thinking traps", traps)
        if draft.feelings:
            width = name_cells(draft.feelings)
            lines = Content("\n").join(_feeling_line(f, width) for f in draft.feelings)
            average = draft.average_shift()
            if average is not None:
                lines += markup_with(
                    "\n[dim]Average shift:[/dim] [b]$shift[/b]", shift=shift_text(average)
                )
            sections.append(markup_with("[b]Feelings[/b]\n") + lines)
        else:
            add("Feelings", "")
        if draft.belief_before is not None and draft.belief_after is None:
            # Left unrated, as a feeling is: "80 (not re-rated)", not "80 → ? –".
            sections.append(
                markup_with(
                    "[b]Belief in the thought[/b]\n$before [dim](not re-rated)[/dim]",
                    before=str(draft.belief_before),
                )
            )
        elif draft.belief_before is None and draft.belief_after is not None:
            # Rated only at the end: "30 at the end (not rated at the start)", not "? → 30 –".
            sections.append(
                markup_with(
                    "[b]Belief in the thought[/b]\n$after at the end "
                    "[dim](not rated at the start)[/dim]",
                    after=str(draft.belief_after),
                )
            )
        elif draft.belief_before is not None:
            sections.append(
                markup_with(
                    "[b]Belief in the thought[/b]\n$before → $after [b]$shift[/b]",
                    before=str(draft.belief_before),
                    after=str(draft.belief_after),
                    shift=shift_text(draft.belief_shift),
                )
            )
        add("What happened", draft.situation)
        add("Evidence for", draft.evidence_for)
        add("Evidence against", draft.evidence_against)
        self.query_one("#rf-summary-body", Static).update(Content("\n\n").join(sections))
        keys = keys_line(
            self.app,
            ("{reframe.edit|e}", "edit"),
            ("{reframe.previous|ctrl+b}", "back to the last step"),
            ("{reframe.close|escape|Esc}", "back to the list"),
            *((("{reframe.plan|o}", "its recovery plan"),) if rejection else ()),
        )
        self.query_one("#rf-summary-keys", Static).update(keys)
        self.scroll_home(animate=False)
