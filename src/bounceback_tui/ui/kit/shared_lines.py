"""One line object for the lines a container draws alike, row after row.

Textual keeps every line a widget drew (``Strip``, about 1 KiB each with its seven empty
caches) and, in each line's caches, the pieces the compositor cut it into under each of
the last four layouts: a pane's blank lines, drawn under every widget of the pane, come to
hundreds of Strips. Lines that are equal (the same segments, so the same cells and
styles) are handed over as one object here, so they are cut once for each set of cuts
and not once per row. What is drawn does not change, segment for segment.

docs/performance.md ("Memory: the long walk and the steady figure") has what it bought.
"""

from __future__ import annotations

from textual.strip import Strip

# Distinct lines kept for one widget; past this, the table starts again (a container draws
# a handful: its blank line, with and without padding, a border's top and bottom).
MAX_SHARED = 16

SharedTable = dict[tuple[int, tuple[object, ...]], Strip]


def shared_lines(table: SharedTable, lines: list[Strip]) -> list[Strip]:
    """``lines`` with each replaced by the first equal line seen in ``table``."""
    out: list[Strip] = []
    add = out.append
    get = table.get
    for line in lines:
        key = (line.cell_length, tuple(line))
        found = get(key)
        if found is None:
            if len(table) >= MAX_SHARED:
                table.clear()
            found = table[key] = line
        add(found)
    return out
