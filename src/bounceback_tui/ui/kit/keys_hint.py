"""A line of keys ("y open  n/Esc not now") that goes on to a next line between two keys.

A dialog's keys line (``.form-keys``) is one line cut with an ellipsis where it is too
long: at 60 columns the plan offer read "y open  n/Esc not n…" and the ghosting question
"y ghosted  n not ye…", What's working's "… Es…". ``KeysHint`` puts the keys that do not
fit on the next line, each key with its words (the entries are apart by two spaces); one
entry longer than the line is cut at a word's end ("not…", never "not n…").
"""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.visual import VisualType
from textual.widgets import Static

from bounceback_tui.ui.kit.cells import cut_at_word

GAP = "  "  # between two keys' entries


def keys_wrapped(keys: Content, width: int) -> Content:
    """``keys`` on lines of ``width`` cells, broken only between two entries."""
    if width <= 0 or keys.cell_length <= width:
        return keys
    lines: list[Content] = []
    line: Content | None = None
    for entry in keys.split(GAP):
        if not entry.plain.strip():
            continue
        while entry.plain.startswith(" "):  # the line's first entry: "  r date range"
            entry = entry[1:]
        entry = cut_at_word(entry, width)
        if line is not None and line.cell_length + len(GAP) + entry.cell_length <= width:
            line = line + GAP + entry
            continue
        if line is not None:
            lines.append(line)
        line = entry
    if line is not None:
        lines.append(line)
    return Content("\n").join(lines)


class KeysHint(Static):
    """A ``Static`` for a keys line: on a line too narrow for it, the keys that do not fit go
    on to the next (``keys_wrapped``), never cut inside one."""

    def __init__(
        self, content: Content | str = "", *, id: str | None = None, classes: str | None = None
    ) -> None:
        self._keys = self._as_content(content)
        super().__init__(self._keys, id=id, classes=classes)

    @staticmethod
    def _as_content(content: VisualType) -> Content:
        """The keys as given: a ``Content`` (ui/kit/key_text.py makes them), a plain str."""
        return content if isinstance(content, Content) else Content(str(content))

    @property
    def keys(self) -> Content:
        """The keys as given, on one line (what is shown may be on two)."""
        return self._keys

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        self._keys = self._as_content(content)
        self._show(self._fitted(), layout=layout)

    def _fitted(self) -> Content:
        width = self.content_size.width
        return keys_wrapped(self._keys, width) if width > 0 else self._keys

    def _show(self, fitted: Content, *, layout: bool = True) -> None:
        super().update(fitted, layout=layout)
        # As tall as its lines: an auto height measured before they were fitted stayed.
        self.styles.height = len(fitted.plain.split("\n"))

    def on_resize(self, _event: events.Resize) -> None:
        fitted = self._fitted()
        if fitted.plain != str(self.visual):
            self._show(fitted)
