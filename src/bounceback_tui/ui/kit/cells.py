"""Plain text cut to fit a number of terminal cells (wide characters count double)."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from rich.style import Style
from rich.text import Text

from bounceback_tui.ui.kit.text import display_text


def clip(text: str, width: int) -> str:
    """One line of plain text, cut with an ellipsis to at most ``width`` cells; control
    characters and bidi overrides neutralised (``display_text``), so it is safe to draw."""
    flat = " ".join(display_text(text).split())
    if cell_len(flat) <= width:
        return flat
    # A space just before the cut would leave "course …": drop it.
    return set_cell_size(flat, max(0, width - 1)).rstrip() + "…"


def one_line(value: str) -> str:
    """Text for a single cell: line breaks and runs of spaces become one space; control
    characters and bidi overrides are neutralised (``display_text``)."""
    return " ".join(display_text(value).split()) if value else ""


def fit_cells(value: str, width: int) -> str:
    """``value`` on one line, cut to ``width`` cells (with an ellipsis) and padded to it:
    a table's cell, whose columns stay aligned with emoji and wide scripts."""
    text = one_line(value)
    if cell_len(text) > width:
        return set_cell_size(text, max(0, width - 1)) + "…" if width > 0 else ""
    return set_cell_size(text, width)


def fit(value: str, width: int, style: Style | str = "") -> Text:
    """``fit_cells`` as Rich ``Text`` in ``style``, exactly ``width`` cells wide."""
    text = Text(one_line(value), style=style, no_wrap=True, end="")
    text.truncate(max(0, width), overflow="ellipsis", pad=True)
    return text
