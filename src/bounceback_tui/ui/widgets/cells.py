"""Plain text cut to fit a number of terminal cells (wide characters count double)."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size


def clip(text: str, width: int) -> str:
    """One line of plain text, cut with an ellipsis to at most ``width`` cells."""
    flat = " ".join(text.split())
    if cell_len(flat) <= width:
        return flat
    # A space just before the cut would leave "course …": drop it.
    return set_cell_size(flat, max(0, width - 1)).rstrip() + "…"
