"""The person's own support people (People's kind "Friend or family"), for the care
screens: "If you are struggling" and a low day's "Talk it through".

Read with the standard library, read-only: the care screens open fast, and a store that
cannot be read leaves them as they were (the caller shows them without anyone).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bounceback_tui.domain.people import ContactKind
from bounceback_tui.store.sqlite_file import connect

# More than this many would crowd a calm screen; the People pane lists them all.
SHOWN = 6


@dataclass(frozen=True)
class SupportPerson:
    name: str
    reach: str  # a phone number, else an email, else ""


def support_people(db_path: Path, limit: int = SHOWN) -> list[SupportPerson]:
    """Up to ``limit`` support people, by name; each with a phone (or an email) to reach."""
    conn = connect(db_path, read_only=True)
    try:
        rows = conn.execute(
            "SELECT name, phone, email FROM contact WHERE kind = ? "
            "ORDER BY name COLLATE NOCASE, id LIMIT ?",
            (ContactKind.SUPPORT.value, limit),
        ).fetchall()
    finally:
        conn.close()
    return [
        SupportPerson(name, (phone or "").strip() or (email or "").strip())
        for name, phone, email in rows
    ]
