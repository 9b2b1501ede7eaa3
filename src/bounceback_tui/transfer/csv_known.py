"""What the store already holds that a CSV import's plan asks about: its applications (to
find duplicates)."""

from __future__ import annotations

from pathlib import Path


def existing_applications(db_path: Path) -> list[tuple[str, str, str, str]]:
    """(company, role, link, stage) of every application already in the store."""
    from bounceback_tui.store.sqlite_file import connect

    conn = connect(db_path, read_only=True)
    try:
        return [
            tuple(r) for r in conn.execute("SELECT company, role, link, stage FROM application")
        ]
    finally:
        conn.close()
