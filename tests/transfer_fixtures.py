"""Helpers for the data tests (export, import, backups, faults): filled stores and comparisons."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bounceback_tui.paths import DataPaths

if TYPE_CHECKING:
    from bounceback_tui.store.database import Database

Dump = dict[str, list[tuple[Any, ...]]]


def dump_store(path: Path, *, versions: bool = True) -> Dump:
    """Every row of every table, in primary-key order: two stores are identical if equal.

    ``versions=False`` leaves the version columns out: what the person wrote, for a store
    replaced wholesale (restore, import --replace), which moves every version on."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        dump = {}
        for table in tables:
            columns = [
                f'"{r[1]}"'
                for r in conn.execute(f'PRAGMA table_info("{table}")')
                if versions or r[1] != "version"
            ]
            dump[table] = conn.execute(
                f'SELECT {", ".join(columns)} FROM "{table}" ORDER BY 1, 2'
            ).fetchall()
        return dump
    finally:
        conn.close()


def lowest_version(path: Path) -> int:
    """The lowest version of any row of any versioned table."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if any(c[1] == "version" for c in conn.execute(f'PRAGMA table_info("{r[0]}")'))
        ]
        found = [conn.execute(f'SELECT min(version) FROM "{t}"').fetchone()[0] for t in tables]
        return min(v for v in found if v is not None)
    finally:
        conn.close()


def highest_version(path: Path) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if any(c[1] == "version" for c in conn.execute(f'PRAGMA table_info("{r[0]}")'))
        ]
        found = [conn.execute(f'SELECT max(version) FROM "{t}"').fetchone()[0] for t in tables]
        return max(v or 0 for v in found)
    finally:
        conn.close()


def count(path: Path, table: str) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def fill_every_table(paths: DataPaths) -> None:
    """Demo data (every pane's tables) plus the tables the demo leaves empty, and odd text
    (built once per worker on an empty store, tests/built_stores.py)."""
    from tests.built_stores import store_once

    store_once(paths, _fill_every_table)


def _fill_every_table(db: Database) -> None:
    from bounceback_tui.services.demo import fill_demo
    from bounceback_tui.services.settings import set_setting
    from bounceback_tui.store.models import (
        Application,
        ApplicationContact,
        Contact,
        Interaction,
        Interview,
        InterviewContact,
        RecoveryTemplateStep,
        StageChange,
    )

    fill_demo(db, 40, force=True)
    with db.write(count_activity=False) as session:
        set_setting(session, "weekly_goal", 7)
        set_setting(session, "theme", "textual-light")
        session.add(
            RecoveryTemplateStep(
                key="custom.walk",
                group_key="breathe",
                title="Walk round the block",
                optional=True,
            )
        )
        odd = Application(
            company='Zürich "Systems" | 🚀',
            role="مهندس برمجيات, senior",
            stage="interviewing",
            notes="Line one\nline two, with a comma\n\ttabbed; =SUM(A1) and *stars*",
            salary_min=85000.5,
            salary_max=1e9,
            salary_currency="CHF",
            date_applied=date(2026, 3, 2),
            created_at=datetime(2026, 3, 2, 8, 15, 0, 123456),
            updated_at=datetime(2026, 3, 2, 8, 15, 0),
        )
        session.add(odd)
        session.flush()
        assert odd.id is not None
        session.add(
            StageChange(application_id=odd.id, to_stage="applied", changed_on=date(2026, 3, 2))
        )
        # People, their log and an interview (schema 3), linked to the odd application.
        person = Contact(
            name="Zoë [b]Recruiter[/b]",
            kind="agency_recruiter",
            email="zoe@agency.example",
            phone="+41 44 668 18 00",
            notes="Line one\nline two",
            next_follow_up=date(2026, 3, 20),
        )
        session.add(person)
        session.flush()
        assert person.id is not None
        session.add(ApplicationContact(application_id=odd.id, contact_id=person.id))
        session.add(
            Interaction(
                application_id=odd.id,
                contact_id=person.id,
                contact_name=person.name,
                kind="feedback_asked",
                happened_on=date(2026, 3, 10),
                note="Asked; = not a formula",
            )
        )
        meeting = Interview(
            application_id=odd.id,
            kind="onsite",
            starts_at=datetime(2026, 3, 18, 8, 30),
            zone="Europe/Zurich",
            length_minutes=90,
            link="https://meet.example.com/x",
            rating=4,
        )
        session.add(meeting)
        session.flush()
        assert meeting.id is not None
        session.add(InterviewContact(interview_id=meeting.id, contact_id=person.id))


def add_full_disk(engine: Any) -> None:
    """Make every new connection of ``engine`` behave like a full disk (SQLite's own limit)."""
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _limit(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")


def add_read_only(engine: Any) -> None:
    """Make every new connection of ``engine`` refuse writes, as a read-only file would."""
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")


def demo_export(paths: DataPaths, tmp_path: Path) -> dict[str, Any]:
    """The JSON export of a 60-application demo store (made once per session, copied into
    ``paths``), read back as a document to edit."""
    import json

    from bounceback_tui.services.demo import fill_demo
    from bounceback_tui.transfer.json_export import export_json
    from tests.built_stores import store_once

    store_once(paths, fill_demo, 60, force=True)
    path = tmp_path / "export.json"
    with path.open("w", encoding="utf-8") as out:
        export_json(paths.database, out)
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def write_json(tmp_path: Path, document: object, name: str = "edited.json") -> Path:
    """``document`` written as JSON to ``name`` in ``tmp_path``: an edited export to import."""
    import json

    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path
