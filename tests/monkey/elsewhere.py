"""Another window (or the command line) writing to the same store, as a second process would."""

from __future__ import annotations

from pathlib import Path

# What another window adds to the answer bank when a detour asks it to (a practice round).
QUESTIONS_ELSEWHERE = (
    "Tell me about a time you disagreed with your manager.",
    "Why this role?",
    "What would you do in your first month?",
    "Describe a project that failed.",
)


def write_elsewhere(database: Path, what: str) -> None:
    """Another window writes to the store, as a second process would (its own connection).

    ``touch``: it saves every record as it is (each version moves on, nothing else
    changes), so any form open here meets a conflict. ``add``: it adds an application
    through the services, which this window should pick up."""
    if what == "touch":
        import sqlite3

        conn = sqlite3.connect(database, timeout=10, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            tables = [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%'"
                )
            ]
            for table in tables:
                columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
                if "version" in columns:
                    conn.execute(f'UPDATE "{table}" SET version = version')
            conn.execute("COMMIT")
        finally:
            conn.close()
    elif what == "add":
        from bounceback_tui import clock
        from bounceback_tui.domain.applications import validate_application
        from bounceback_tui.services.applications import add_application
        from bounceback_tui.store.database import Database

        db = Database(database)
        try:
            add_application(
                db,
                validate_application(
                    {"company": "Elsewhere Ltd", "role": "Analyst", "stage": "applied"},
                    clock.today(),
                ),
            )
        finally:
            db.dispose()
    elif what == "questions":
        from bounceback_tui.domain.answers import validate_question
        from bounceback_tui.services.answers import add_question
        from bounceback_tui.store.database import Database

        db = Database(database)
        try:
            for question in QUESTIONS_ELSEWHERE:
                add_question(db, validate_question({"question": question}))
        finally:
            db.dispose()
    elif what.startswith("delete-application "):
        from bounceback_tui.services.application_delete import delete_application
        from bounceback_tui.store.database import Database

        db = Database(database)
        try:
            delete_application(db, int(what.split()[1]))
        finally:
            db.dispose()
    else:
        raise ValueError(f"unknown write elsewhere: {what!r}")
