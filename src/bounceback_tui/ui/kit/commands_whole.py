"""A Static whose text keeps each command it suggests on one line (domain/command_wrap.py).

Textual wraps a line at any space, so a refusal on the store-problem screen read "(ls" at the
end of one line and "-l, lsattr)" on the next at 80 columns. ``CommandsWhole`` lays its text
out at the width it is given with the breaks ``laid_out`` chooses, before Textual's own
wrap, which then has nothing left to break. A path longer than a line is broken after a `/`,
never inside a name, and a paragraph that begins with spaces keeps them as a hanging indent.
The lines are laid out in the room inside the widget's ``line-pad`` (a Button's cell either
side), where Textual draws them: laid out at the whole width, a Button's line one word too long
was folded again by Textual inside that word. ``cut_long`` (a choice's label, one line to a
word) cuts a word longer than its line in the middle, "…" between its start and its end,
rather than have Textual fold it at an arbitrary cell: "…unreadable-20270105-0900" over "00)"
at 60 columns.
"""

from __future__ import annotations

from textual.app import RenderResult
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions
from textual.widgets import Static

from bounceback_tui.domain.command_wrap import laid_out
from bounceback_tui.ui.kit.toast_path import middle_cut


class WholeCommands(Content):
    """Content broken into lines at the width it is drawn at, its commands kept whole."""

    hang = 0  # the next lines' indent, for a paragraph that begins with a word (laid_out)
    cut_long = False  # a word longer than its line cut in the middle, never folded

    @classmethod
    def of(cls, content: Content, *, hang: int = 0, cut_long: bool = False) -> WholeCommands:
        made = cls(content.plain, list(content.spans), content.cell_length)
        made.hang, made.cut_long = hang, cut_long
        return made

    def _at(self, width: int) -> Content:
        whole = Content(self.plain, list(self.spans))
        return Content("\n").join(
            Content(" " * indent) + self._fitted(whole[start:end], width - indent)
            for start, end, indent in laid_out(self.plain, width, hang=self.hang)
        )

    def _fitted(self, line: Content, room: int) -> Content:
        if not self.cut_long or line.cell_length <= room or room < 2:
            return line
        cut = middle_cut(line.plain, room)
        head, tail = cut.split("…", 1)
        return line[: len(head)] + Content("…") + line[len(line.plain) - len(tail) :]

    def get_height(self, rules: RulesMap, width: int) -> int:
        inside = width - rules.get("line_pad", 0) * 2
        return Content.get_height(self._at(inside), rules, width)

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        inside = width - options.rules.get("line_pad", 0) * 2
        return Content.render_strips(self._at(inside), width, height, style, options)


class CommandsWhole(Static):
    """A Static (its text given and updated as any) whose suggested commands stay whole."""

    def render(self) -> RenderResult:
        visual = super().render()
        return WholeCommands.of(visual) if isinstance(visual, Content) else visual
