"""A file a toast names, its name kept whole.

A toast wraps at spaces, and a path has none: "Saved everything (41 applications) to
~/Documents/job-search/2026/exports/spring/bounceback-2026-03-16.json." was folded wherever
the toast's line ended, the file's name split across two lines ("…/bounceback-2026-0" then
"3-16.json."), which is the part a person looks for. A path that fits a toast's line is
named whole (on a line of its own where the words before it leave no room); a longer one
keeps its file name and as many of the folders just above it as fit, after "…/". A name
longer than the line on its own (a backup's, 41 cells, at 80 columns: 36) is cut in its
middle, its end kept (the date, the time, what it was for): "boun…20260316-153012-manual
.sqlite3", on one line, where "…/" and the whole name were folded across two.
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


def toast_path(path: Path, screen_width: int = 80, joined: int = 1) -> str:
    """``path`` as a toast names it: ``~`` for the home folder (``paths.shown_path``), or,
    longer than the toast's line (less the ``joined`` cells written against it: a stop or a
    comma after it, "(" and "):" around it), "…/" and the folders just above its name that
    fit, then the name whole ("…/exports/spring/bounceback-2026-03-16.json"). A name longer
    than the line on its own is cut in its middle (``middle_cut``)."""
    cells = toast_cells(screen_width) - joined
    shown = shown_path(path)
    if cell_len(shown) <= cells:
        return shown
    *folders, kept = shown.split("/")
    if cell_len(f"…/{kept}") > cells:
        return middle_cut(kept, cells)
    for folder in reversed(folders):
        longer = f"{folder}/{kept}"
        if cell_len(f"…/{longer}") > cells:
            break
        kept = longer
    return f"…/{kept}"


def middle_cut(name: str, cells: int) -> str:
    """``name`` in ``cells`` cells at most: whole if it fits, else its start and its end with
    "…" between. The end keeps most of the room: a file's name tells files apart at its end
    (a backup's date, time and what it was for; the kind of file), and begins with what
    files of one folder share ("bounceback-")."""
    if cell_len(name) <= cells:
        return name
    room = max(cells - 1, 1)  # less the "…"
    head = _start_in(name, max(room // 8, 1))
    return head + "…" + _end_in(name[len(head) :], room - cell_len(head))


def _start_in(text: str, cells: int) -> str:
    taken, used = 0, 0
    while taken < len(text) and used + cell_len(text[taken]) <= cells:
        used += cell_len(text[taken])
        taken += 1
    return text[:taken]


def _end_in(text: str, cells: int) -> str:
    return _start_in(text[::-1], cells)[::-1]
