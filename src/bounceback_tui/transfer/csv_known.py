"""What the store already holds that a CSV import's plan asks about: its applications (to
find duplicates), its people (who a row's name stands for) and how long an application may
wait in Applied before it reads as quiet."""

from __future__ import annotations

import json
from pathlib import Path

from bounceback_tui.domain.people_match import PeopleIndex

# The setting's own default (services/settings.py), for a new store or a value edited by hand.
QUIET_AFTER_DEFAULT = 21


def existing_applications(db_path: Path) -> list[tuple[str, str, str, str, str]]:
    """(company, role, link, stage, date applied or "") of every application in the store."""
    from bounceback_tui.store.sqlite_file import connect

    conn = connect(db_path, read_only=True)
    try:
        return [
            tuple(r)
            for r in conn.execute(
                "SELECT company, role, link, stage, coalesce(date_applied, '') FROM application"
            )
        ]
    finally:
        conn.close()


def known_people(db_path: Path | None) -> PeopleIndex:
    """The store's people, by email and by name (``domain.people_match``)."""
    known = PeopleIndex()
    if db_path is None:
        return known
    from bounceback_tui.store.sqlite_file import connect

    conn = connect(db_path, read_only=True)
    try:
        for person_id, name, email in conn.execute("SELECT id, name, email FROM contact"):
            known.add(person_id, name, email)
    finally:
        conn.close()
    return known


def quiet_after_days(db_path: Path | None) -> int:
    """The store's "Ghosted after (days)" setting, as Today and the Pipeline read it."""
    if db_path is None:
        return QUIET_AFTER_DEFAULT
    from bounceback_tui.store.sqlite_file import connect

    conn = connect(db_path, read_only=True)
    try:
        row = conn.execute("SELECT value FROM setting WHERE key = 'ghost_after_days'").fetchone()
    finally:
        conn.close()
    try:
        value = json.loads(row[0]) if row else QUIET_AFTER_DEFAULT
    except ValueError:
        return QUIET_AFTER_DEFAULT
    if isinstance(value, bool) or not isinstance(value, int | float):
        return QUIET_AFTER_DEFAULT
    return max(1, int(value))
