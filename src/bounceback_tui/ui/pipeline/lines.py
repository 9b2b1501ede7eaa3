"""How the Pipeline's lists draw: the table and each board column are the kit's
``VirtualList`` of ``PipelineRow``, saying why they are empty on their second line.
Their colours are the kit's; styles/pipeline.tcss gives them the surface behind.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.strip import Strip

from bounceback_tui.domain.pipeline_rows import PipelineRow
from bounceback_tui.ui.kit.cells import fit
from bounceback_tui.ui.kit.virtual_list import LIST_BINDINGS, VirtualList


def follow_up_style(row: PipelineRow, today: date) -> str:
    """A follow-up's style name: "late" once its day has passed, "warn" on the day itself
    ("" when not due, or the application is closed). Both were "warn", and today's and a
    month-old one looked alike (a stranger's walk)."""
    if not row.follow_up_due(today) or row.next_follow_up is None:
        return ""
    return "late" if row.next_follow_up < today else "warn"


def follow_up_cell(row: PipelineRow, today: date) -> tuple[str, str]:
    """The table's Follow-up cell and its style: the date, or "today" and "3d late" when it
    is due, so the words say what only the colour said (alike in 16 colours and NO_COLOR)."""
    day = row.next_follow_up
    if day is None:
        return "", ""
    style = follow_up_style(row, today)
    if style == "late":
        return f"{(today - day).days}d late", style
    return ("today" if style else day.isoformat()), style


class PipelineLines(VirtualList[PipelineRow]):
    """A list of applications, keyed by id."""

    # A follow-up whose day has passed: bold, in the theme's error colour (styles/pipeline.tcss).
    COMPONENT_CLASSES: ClassVar[set[str]] = {"virtual-list--late"}

    # The kit's list keys, declared here too so the keymap reference lists them under the
    # Pipeline (as Recovery's list does); Enter is left to the pane.
    BINDINGS: ClassVar[list[BindingType]] = [
        binding
        for binding in LIST_BINDINGS
        if isinstance(binding, Binding) and binding.id != "list.select"
    ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Enter is the pane's (``pipeline.edit``, "e,enter"), so a keymap that moves Edit
        # moves Enter with it; refused here, the key goes on to the pane. A double click
        # still posts ``Selected``, which the pane takes as Edit too.
        if action == "select":
            return False
        return super().check_action(action, parameters)

    @property
    def rows(self) -> Sequence[PipelineRow]:
        """The applications shown, in order."""
        return self.items

    def render_empty(self, line: int, width: int) -> Strip:
        message = self.placeholder if line == 1 else ""
        text = fit(f"  {message}" if message else "", width, self.foreground("empty"))
        return self.whole_line(text)
