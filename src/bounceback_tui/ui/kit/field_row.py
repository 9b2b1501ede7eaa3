"""A form field's row that draws its label itself: one widget where there were two.

Each field of a form was a row (a ``Horizontal``) holding a ``Label`` and the field. A
widget costs some 200 of Python's small blocks once it is styled, laid out and drawn (its
message queue and task, its styles, caches and lines), and the application form has 22 rows
(docs/performance.md, "Memory: the application form, mem12's round"). Here the row draws
the label in its own first columns and the field sits beside it, moved right by its left
margin (forms.tcss: ``FieldRow > Input``). What is drawn is the same, cell for cell:
the label in the margin's columns but the last, wrapped there as the ``Label`` wrapped it,
in the label colour (``field-row--label``, $text-muted as the ``.field-label`` rule gave
it), then a blank column; the row is as tall as the taller of the label and the field. Its
words can be selected with the mouse and copied, as the ``Label``'s could.
"""

from __future__ import annotations

from typing import ClassVar, cast

from textual.containers import Horizontal
from textual.content import Content
from textual.css.styles import RulesMap
from textual.geometry import Size
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.visual import Visual
from textual.widget import Widget, _RenderCache

LABEL_CLASS = "field-row--label"


class FieldRow(Horizontal):
    """A field and its label (see the module)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {LABEL_CLASS}

    def __init__(self, label: Content, field: Widget, *, classes: str, id: str) -> None:
        super().__init__(field, classes=classes, id=id)
        self.label = label

    def _label_cells(self) -> int:
        """The label's columns: the field's left margin but its last, blank column."""
        margins = [child.styles.margin.left for child in self.children]
        return max((margins[0] if margins else 0) - 1, 1)

    def _label_lines(self) -> int:
        """The label's height as a ``Label`` had it: its wrapped lines, at least one."""
        rules = cast("RulesMap", self.styles)  # as Textual's widgets pass their styles
        return max(1, self.label.get_height(rules, self._label_cells()))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        height = super().get_content_height(container, viewport, width)
        return max(height, self._label_lines()) if width else height

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The label's words under a mouse selection, as the ``Label`` gave them."""
        return selection.extract(str(self.label)), "\n"

    def _label_style(self) -> VisualStyle:
        """The style a ``Label`` with the label colour would have had here."""
        style = self.visual_style
        label = self.get_component_styles(LABEL_CLASS)
        color = label.color
        auto = label.has_rule("auto_color") and label.auto_color  # $text-muted: "auto 60%"
        if auto and style.background is not None:
            color = style.background.get_contrast_text(color.a)
        return VisualStyle(
            style.background,
            color,
            bold=style.bold,
            dim=style.dim,
            italic=style.italic,
            reverse=style.reverse,
            underline=style.underline,
            strike=style.strike,
        )

    def _render_content(self) -> None:
        super()._render_content()  # the row's own blank lines, as a Horizontal draws them
        lines = self._render_cache.lines
        cells = self._label_cells()
        base, background = self.background_colors
        inner = VisualStyle(background=base + background).rich_style
        height = self._label_lines()
        label = Visual.to_strips(self, self.label, cells, height, self._label_style())
        for y, strip in enumerate(label[: len(lines)]):
            lines[y] = Strip.join(
                [
                    strip.adjust_cell_length(cells, inner),
                    Strip.blank(1, inner),
                    lines[y].crop(cells + 1),
                ]
            )
        self._render_cache = _RenderCache(self.size, lines)
