"""People, interactions and interviews; a calendar UID on everything a calendar shows.

- ``contact``: the people a search involves (recruiters, hiring managers, referrers,
  interviewers, peers, the person's own support people).
- ``application_contact``: which people belong to which applications (many to many).
- ``interaction``: a short log per application and contact (sent, called, feedback
  asked, ...). Deleting a contact keeps the log of its applications: ``contact_id``
  is set to null and ``contact_name`` keeps who it was.
- ``interview``: a scheduled event of an application, stored as a UTC instant plus
  the IANA zone it was typed in; ``interview_contact``: who is in it.
- A ``uid`` (a random UUID, made by SQLite when the row is inserted, never derived from
  an id) on application, recovery_step, skill, contact and interview: the calendar
  export gives each event its item's uid, so importing a newer file updates events.

The application's ``contact_name`` / ``contact_email`` move into contacts: one contact per
distinct (name, email), linked to every application that named it, and the two columns
leave the application table. Nothing is lost: a contact without a name is named by
its email.

SQLite cannot add a column with a computed default to a table in place, so application,
recovery_step and skill are rebuilt as v002 rebuilt them: from their own CREATE statement
as the earlier migrations left it (every column they added is kept), less the two contact
columns, plus ``uid``. Every trigger is dropped first and recreated afterwards (a rename
checks every trigger that names a table), and each table's id counter is kept where it was.
"""

from __future__ import annotations

import sqlite3

VERSION = 4
DESCRIPTION = "people, interactions, interviews and calendar UIDs"

# A random (version 4) UUID in SQLite's own words: a column default, so every way a row
# comes in (the app, an import, a hand edit) gets one.
NEW_UID = (
    "(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || "
    "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || "
    "'-' || lower(hex(randomblob(6))))"
)

# The tables that gain a uid (and lose the contact columns), and their indexes.
_REBUILT: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "application",
        (
            "CREATE INDEX ix_application_stage ON application (stage)",
            "CREATE INDEX ix_application_date_applied ON application (date_applied)",
            "CREATE INDEX ix_application_next_follow_up ON application (next_follow_up)",
            "CREATE INDEX ix_application_link ON application (link)",
        ),
    ),
    (
        "recovery_step",
        ("CREATE INDEX ix_recovery_step_rejection ON recovery_step (rejection_id, position)",),
    ),
    (
        "skill",
        (
            "CREATE INDEX ix_skill_rejection_id ON skill (rejection_id)",
            "CREATE INDEX ix_skill_status ON skill (status)",
        ),
    ),
)
_MOVED_OUT = ("contact_name", "contact_email")


def _column_definitions(create_sql: str) -> list[str]:
    """The column and constraint definitions of a CREATE TABLE statement, split at the
    commas outside parentheses and quotes."""
    body = create_sql[create_sql.index("(") + 1 : create_sql.rindex(")")]
    parts: list[str] = []
    depth, quote = 0, ""
    current: list[str] = []
    for ch in body:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"`[":
            quote = "]" if ch == "[" else ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
            continue
        current.append(ch)
    parts.append("".join(current).strip())
    return [p for p in parts if p]


def _rebuilt_definition(conn: sqlite3.Connection, table: str) -> str:
    (sql,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    kept = [
        d
        for d in _column_definitions(sql)
        if d.split()[0].strip('"`[]') not in (*_MOVED_OUT, "uid")
    ]
    return ", ".join([*kept, f"uid TEXT NOT NULL DEFAULT {NEW_UID}"])


_NEW_TABLES: tuple[str, ...] = (
    f"""
    CREATE TABLE contact (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'other',
        company TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        link TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        next_follow_up DATE,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        uid TEXT NOT NULL DEFAULT {NEW_UID}
    )
    """,
    "CREATE INDEX ix_contact_next_follow_up ON contact (next_follow_up)",
    """
    CREATE TABLE application_contact (
        application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        created_at DATETIME NOT NULL,
        PRIMARY KEY (application_id, contact_id)
    )
    """,
    "CREATE INDEX ix_application_contact_contact ON application_contact (contact_id)",
    """
    CREATE TABLE interaction (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        application_id INTEGER REFERENCES application (id) ON DELETE CASCADE,
        contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
        contact_name TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL,
        happened_on DATE NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at DATETIME NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
    )
    """,
    "CREATE INDEX ix_interaction_application ON interaction (application_id, happened_on)",
    "CREATE INDEX ix_interaction_contact ON interaction (contact_id, happened_on)",
    f"""
    CREATE TABLE interview (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        starts_at DATETIME NOT NULL,
        zone TEXT NOT NULL,
        length_minutes INTEGER NOT NULL DEFAULT 60,
        place TEXT NOT NULL DEFAULT '',
        link TEXT NOT NULL DEFAULT '',
        prep_notes TEXT NOT NULL DEFAULT '',
        outcome_note TEXT NOT NULL DEFAULT '',
        rating INTEGER,
        outcome_at DATETIME,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        uid TEXT NOT NULL DEFAULT {NEW_UID}
    )
    """,
    "CREATE INDEX ix_interview_application ON interview (application_id)",
    "CREATE INDEX ix_interview_starts_at ON interview (starts_at)",
    """
    CREATE TABLE interview_contact (
        interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        PRIMARY KEY (interview_id, contact_id)
    )
    """,
    "CREATE INDEX ix_interview_contact_contact ON interview_contact (contact_id)",
)

# New tables with a version, and (child, column, parent): a write to the child is a write
# to the parent, as v002 set up for the older tables.
_VERSIONED = ("contact", "interaction", "interview")
_CHILDREN: tuple[tuple[str, str, str], ...] = (
    ("application_contact", "application_id", "application"),
    ("application_contact", "contact_id", "contact"),
    ("interaction", "application_id", "application"),
    ("interview", "application_id", "application"),
    ("interview_contact", "interview_id", "interview"),
    ("interview_contact", "contact_id", "contact"),
)


def _new_triggers() -> list[str]:
    statements = [
        f"CREATE TRIGGER {table}_version AFTER UPDATE ON {table} "
        f"FOR EACH ROW WHEN NEW.version = OLD.version "
        f"BEGIN UPDATE {table} SET version = OLD.version + 1 WHERE id = NEW.id; END"
        for table in _VERSIONED
    ]
    for child, column, parent in _CHILDREN:
        bump = f"UPDATE {parent} SET version = version + 1 WHERE id = "
        statements += [
            f"CREATE TRIGGER {child}_insert_bumps_{parent} AFTER INSERT ON {child} "
            f"BEGIN {bump}NEW.{column}; END",
            f"CREATE TRIGGER {child}_update_bumps_{parent} AFTER UPDATE ON {child} "
            f"BEGIN {bump}NEW.{column}; "
            f"UPDATE {parent} SET version = version + 1 "
            f"WHERE id = OLD.{column} AND OLD.{column} IS NOT NEW.{column}; END",
            f"CREATE TRIGGER {child}_delete_bumps_{parent} AFTER DELETE ON {child} "
            f"BEGIN {bump}OLD.{column}; END",
        ]
    return statements


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def _move_contacts(conn: sqlite3.Connection) -> None:
    """One contact per distinct (name, email) the applications named, linked to each."""
    rows = conn.execute(
        "SELECT id, trim(contact_name), trim(contact_email), company, created_at "
        "FROM application WHERE trim(contact_name) != '' OR trim(contact_email) != '' "
        "ORDER BY id"
    ).fetchall()
    groups: dict[tuple[str, str], list[tuple[int, str, str, str, str]]] = {}
    for row in rows:
        _, name, email, _, _ = row
        groups.setdefault((name.casefold(), email.casefold()), []).append(row)
    for members in groups.values():
        _, name, email, _, _ = members[0]
        companies = {company for _, _, _, company, _ in members}
        created = min(created for _, _, _, _, created in members)
        cursor = conn.execute(
            "INSERT INTO contact (name, company, email, notes, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                name or email,
                companies.pop() if len(companies) == 1 else "",
                email,
                "",
                created,
                created,
            ),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO application_contact (application_id, contact_id, created_at) "
            "VALUES (?, ?, ?)",
            [(app_id, cursor.lastrowid, created) for app_id, *_ in members],
        )


def upgrade(conn: sqlite3.Connection) -> None:
    # Runs inside the runner's transaction with foreign keys off (see store/sqlite_file).
    for statement in _NEW_TABLES:
        conn.execute(statement)
    if "contact_name" in _columns(conn, "application"):
        _move_contacts(conn)
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL"
    ).fetchall()
    for name, _ in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    has_sequence = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'"
    ).fetchone()
    sequences = dict(conn.execute("SELECT name, seq FROM sqlite_sequence")) if has_sequence else {}
    for table, _ in _REBUILT:
        # Every index the table has now (those above, and any an earlier migration added).
        indexes = [
            sql
            for (sql,) in conn.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                "AND sql IS NOT NULL",
                (table,),
            )
        ]
        definition = _rebuilt_definition(conn, table)
        conn.execute(f"CREATE TABLE {table}__v4 ({definition})")
        new_columns = set(_columns(conn, f"{table}__v4"))
        kept = ", ".join(c for c in _columns(conn, table) if c in new_columns)
        conn.execute(f"INSERT INTO {table}__v4 ({kept}) SELECT {kept} FROM {table}")
        conn.execute(f"DROP TABLE {table}")
        conn.execute(f"ALTER TABLE {table}__v4 RENAME TO {table}")
        for statement in indexes:
            conn.execute(statement)
        if table in sequences:
            # The highest id ever handed out, not only the highest still there.
            conn.execute("DELETE FROM sqlite_sequence WHERE name = ?", (table,))
            top = conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0
            conn.execute(
                "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)",
                (table, max(int(top), int(sequences[table] or 0))),
            )
    for _, sql in triggers:
        conn.execute(sql)
    for statement in _new_triggers():
        conn.execute(statement)
