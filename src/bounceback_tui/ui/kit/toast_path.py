"""A file a toast names, its name kept whole.

A toast wraps at spaces, and a path has none: "Saved everything (41 applications) to
~/Documents/job-search/2026/exports/spring/bounceback-2026-03-16.json." was folded wherever
the toast's line ended, the file's name split across two lines ("…/bounceback-2026-0" then
"3-16.json."), which is the part a person looks for. A path that fits a toast's line is
named whole (on a line of its own where the words before it leave no room); a longer one
keeps its file name and as many of the folders just above it as fit, after "…/".
"""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len

from bounceback_tui.paths import shown_path

# Textual's toast: 60 cells wide at most, half its rack (the screen less the rack's
# scrollbar, 2 cells) on a narrower screen; its text 3 cells narrower (its coloured edge
# and padding). At 80 columns a toast's line is 36 cells.
TOAST_MOST = 60
RACK_SCROLLBAR = 2
TOAST_EDGES = 3


def toast_cells(screen_width: int) -> int:
    """How many cells a toast's line holds on a screen ``screen_width`` columns wide."""
    return min(TOAST_MOST, (screen_width - RACK_SCROLLBAR) // 2) - TOAST_EDGES


def toast_path(path: Path, screen_width: int = 80) -> str:
    """``path`` as a toast names it: ``~`` for the home folder (``paths.shown_path``), or,
    longer than the toast's line (one cell left for the stop or comma after it), "…/" and
    the folders just above its name that fit, then the name whole
    ("…/exports/spring/bounceback-2026-03-16.json"). A name longer than the line on its own
    is named after "…/" (it cannot be kept on one line)."""
    cells = toast_cells(screen_width) - 1
    shown = shown_path(path)
    if cell_len(shown) <= cells:
        return shown
    *folders, kept = shown.split("/")
    for folder in reversed(folders):
        longer = f"{folder}/{kept}"
        if cell_len(f"…/{longer}") > cells:
            break
        kept = longer
    return f"…/{kept}"
