"""A store file replaced by hand under an open window, as a person does it: another valid
store moved over it (`mv other.sqlite3 bounceback.sqlite3`), with or without its -wal and -shm
deleted first (tests/test_store_file_replaced.py, tests/test_store_file_replaced_ui.py)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from bounceback_tui.domain.skills import SkillKind
from bounceback_tui.paths import resolve_paths
from bounceback_tui.services.skills import SkillInput, add_skill
from bounceback_tui.store.database import Database
from tests.conftest import copy_store


def skill(db: Database, title: str) -> int:
    return add_skill(db, SkillInput(title=title, kind=SkillKind.TECHNICAL))


def titles_in(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT title FROM skill ORDER BY id")]


def bump(db: Database, skill_id: int) -> None:
    """One more write to a skill (its version moves on)."""
    from sqlalchemy import text

    with db.write() as session:
        session.execute(
            text("UPDATE skill SET notes = notes || '.' WHERE id = :id"), {"id": skill_id}
        )


def titles_in_the_file(path: Path) -> list[str]:
    """What the file itself holds: ``immutable`` reads it alone, never a log beside it."""
    conn = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
    try:
        return titles_in(conn)
    finally:
        conn.close()


def titles_at(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return titles_in(conn)
    finally:
        conn.close()


def another_store(tmp_path: Path, template: Path, *titles: str) -> Path:
    """A valid store elsewhere holding ``titles``, closed (no -wal or -shm beside it)."""
    paths = resolve_paths(tmp_path / "elsewhere")
    copy_store(template, paths)
    other = Database(paths.database)
    for title in titles:
        skill(other, title)
    other.close()
    assert not Path(f"{paths.database}-wal").exists()
    return paths.database


def replace_by_hand(path: Path, other: Path, *, drop_sides: bool = True) -> None:
    """`mv other bounceback.sqlite3`, with the old -wal and -shm deleted first (or not)."""
    if drop_sides:
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(other, path)


def with_a_trigger(other: Path) -> None:
    """Another program's table and a trigger writing to it on every skill update, in the
    store file ``other``."""
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE zz_log (n INTEGER)")
    conn.execute(
        "CREATE TRIGGER zz_evil AFTER UPDATE ON skill BEGIN INSERT INTO zz_log VALUES (1); END"
    )
    conn.commit()
    conn.close()
