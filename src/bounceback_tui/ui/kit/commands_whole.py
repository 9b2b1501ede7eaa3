"""A Static whose text keeps each command it suggests on one line (domain/command_wrap.py).

Textual wraps a line at any space, so a refusal on the store-problem screen read "(ls" at the
end of one line and "-l, lsattr)" on the next at 80 columns. ``CommandsWhole`` lays its text
out at the width it is given with the breaks ``laid_out`` chooses, before Textual's own
wrap, which then has nothing left to break. A path longer than a line is broken after a `/`,
never inside a name, and a paragraph that begins with spaces keeps them as a hanging indent.
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


class WholeCommands(Content):
    """Content broken into lines at the width it is drawn at, its commands kept whole."""

    hang = 0  # the next lines' indent, for a paragraph that begins with a word (laid_out)

    @classmethod
    def of(cls, content: Content, *, hang: int = 0) -> WholeCommands:
        made = cls(content.plain, list(content.spans), content.cell_length)
        made.hang = hang
        return made

    def _at(self, width: int) -> Content:
        whole = Content(self.plain, list(self.spans))
        return Content("\n").join(
            Content(" " * indent) + whole[start:end]
            for start, end, indent in laid_out(self.plain, width, hang=self.hang)
        )

    def get_height(self, rules: RulesMap, width: int) -> int:
        return Content.get_height(self._at(width), rules, width)

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return Content.render_strips(self._at(width), width, height, style, options)


class CommandsWhole(Static):
    """A Static (its text given and updated as any) whose suggested commands stay whole."""

    def render(self) -> RenderResult:
        visual = super().render()
        return WholeCommands.of(visual) if isinstance(visual, Content) else visual
