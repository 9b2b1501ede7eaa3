"""The person's own support people (People's kind "Friend or family"), for the care
screens: "If you are struggling" and "Talk it through"; ``people_to_call`` puts the one
kept in Settings first.

Read with the standard library, read-only: the care screens open fast, and a store that
cannot be read leaves them as they were (the caller shows them without anyone).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bounceback_tui.domain.people import ContactKind
from bounceback_tui.services.care_settings import CareSettings
from bounceback_tui.store.read_failure import read_failure
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


def support_people_of(db_path: Path, repair_command: str) -> list[SupportPerson]:
    """``support_people``; a read that fails raises the store's own sentence, as every other
    read says it (store/read_failure.py): StoreError ("its table contact lacks the column
    phone", its way back named with ``repair_command``, `bounceback-tui repair` as the
    window names it), StoreDamagedError for damage, which the caller takes to the app."""
    try:
        return support_people(db_path)
    except sqlite3.Error as exc:
        raise read_failure(exc, db_path, repair_command) from exc


def people_to_call(
    care: CareSettings, contacts: Sequence[tuple[str, str]]
) -> list[tuple[str, str]]:
    """(name, number or email) of everyone the care screens name: the person kept in
    Settings first (a name alone, or a number alone, is someone too: "Mum" with no number
    was left out once), then ``contacts``, the support people from People."""
    own = care.support_name or care.support_number
    return [*([(care.support_name, care.support_number)] if own else []), *contacts]
