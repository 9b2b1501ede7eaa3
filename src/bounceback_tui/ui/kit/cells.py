"""Plain text cut to fit a number of terminal cells (wide characters count double)."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size

from bounceback_tui.ui.kit.text import display_text


def clip(text: str, width: int) -> str:
    """One line of plain text, cut with an ellipsis to at most ``width`` cells; control
    characters and bidi overrides neutralised (``display_text``), so it is safe to draw."""
    flat = " ".join(display_text(text).split())
    if cell_len(flat) <= width:
        return flat
    # A space just before the cut would leave "course …": drop it.
    return set_cell_size(flat, max(0, width - 1)).rstrip() + "…"
