"""What last replaced the store wholesale (a restore, an import with --replace, demo data
with --force), for a window that was open on it: everything it showed changed at once,
and a sentence says why.

``store/replaced_note.py`` writes the note beside the store after the replacement's commit;
a window reads it only when another window's write changed the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bounceback_tui.store.replaced_note import read_replaced_note

HOW = ("restore", "import", "demo")


@dataclass(frozen=True)
class Replacement:
    how: str
    source: str
    at: float


def replaced_since(db_path: Path, since: float) -> Replacement | None:
    """The store's last wholesale replacement if it came after ``since`` (seconds since the
    epoch); None if there was none since, or the note cannot be read."""
    value = read_replaced_note(db_path)
    if value is None:
        return None
    how, source, at = value.get("how"), value.get("from", ""), value.get("at")
    if how not in HOW or not isinstance(source, str) or not isinstance(at, int | float):
        return None
    if isinstance(at, bool) or at <= since:
        return None
    return Replacement(how, source, float(at))
