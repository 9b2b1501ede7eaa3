"""How the Pipeline's lists draw: the table and each board column are the kit's
``VirtualList`` of ``PipelineRow``, saying why they are empty on their second line.
Their colours are the kit's; styles/pipeline.tcss gives them the surface behind.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.strip import Strip

from bounceback_tui.domain.pipeline_rows import PipelineRow
from bounceback_tui.ui.kit.cells import fit
from bounceback_tui.ui.kit.virtual_list import LIST_BINDINGS, VirtualList


class PipelineLines(VirtualList[PipelineRow]):
    """A list of applications, keyed by id."""

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
