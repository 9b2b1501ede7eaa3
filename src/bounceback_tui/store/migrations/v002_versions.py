"""Versions on every record a person edits, and ids that are never used twice.

Every table a person edits gains ``version INTEGER NOT NULL DEFAULT 1``. Triggers keep
it moving for every writer (the app's windows, the command line, a hand edit):

- an UPDATE of a row that leaves its version as it was bumps it by one (a writer that
  sets the version itself, like a restore moving every version past the old store's
  highest, is left alone);
- an INSERT, UPDATE or DELETE of a child row (a stage change, a plan step, a feeling or
  a thinking trap, a skill's resource) bumps its parent's version.

Tables with an integer id are rebuilt with ``AUTOINCREMENT``, so a deleted row's id is
never given to a new one (an undo, or a form still open in another window, can never
land on a stranger). SQLite cannot add AUTOINCREMENT to a table in place, so each is
rebuilt the way SQLite's documentation describes: create the new table, copy every
row, drop the old one, rename the new one, and recreate its indexes. The migration
runner turns foreign keys off around the transaction (a DROP would otherwise cascade)
and runs ``PRAGMA foreign_key_check`` before it commits.
"""

from __future__ import annotations

import sqlite3

VERSION = 2
DESCRIPTION = "record versions and ids that are never reused"

# Each rebuilt table: its new definition (with a placeholder for its name), its columns
# as the previous schema had them (copied as they are), and its indexes.
_REBUILT: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "application",
        """
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        company TEXT NOT NULL,
        role TEXT NOT NULL,
        stage TEXT NOT NULL DEFAULT 'applied',
        link TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        work_mode TEXT,
        salary_min REAL,
        salary_max REAL,
        salary_currency TEXT NOT NULL DEFAULT '',
        salary_period TEXT,
        source TEXT,
        excitement INTEGER,
        contact_name TEXT NOT NULL DEFAULT '',
        contact_email TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        employment_type TEXT NOT NULL DEFAULT '',
        date_applied DATE,
        next_follow_up DATE,
        ghost_dismissed_on DATE,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
        """,
        (
            "id",
            "company",
            "role",
            "stage",
            "link",
            "location",
            "work_mode",
            "salary_min",
            "salary_max",
            "salary_currency",
            "salary_period",
            "source",
            "excitement",
            "contact_name",
            "contact_email",
            "notes",
            "description",
            "employment_type",
            "date_applied",
            "next_follow_up",
            "ghost_dismissed_on",
            "created_at",
            "updated_at",
        ),
        (
            "CREATE INDEX ix_application_stage ON application (stage)",
            "CREATE INDEX ix_application_date_applied ON application (date_applied)",
            "CREATE INDEX ix_application_next_follow_up ON application (next_follow_up)",
            "CREATE INDEX ix_application_link ON application (link)",
        ),
    ),
    (
        "stage_change",
        """
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
        from_stage TEXT,
        to_stage TEXT NOT NULL,
        changed_on DATE NOT NULL,
        created_at DATETIME NOT NULL
        """,
        ("id", "application_id", "from_stage", "to_stage", "changed_on", "created_at"),
        (
            "CREATE INDEX ix_stage_change_application ON stage_change (application_id, changed_on)",
            "CREATE INDEX ix_stage_change_changed_on ON stage_change (changed_on)",
        ),
    ),
    (
        "rejection",
        """
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        application_id INTEGER REFERENCES application (id) ON DELETE SET NULL,
        company TEXT NOT NULL,
        role TEXT NOT NULL,
        rejected_on DATE NOT NULL,
        stage_reached TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        plan_completed_at DATETIME,
        created_at DATETIME NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
        """,
        (
            "id",
            "application_id",
            "company",
            "role",
            "rejected_on",
            "stage_reached",
            "reason",
            "plan_completed_at",
            "created_at",
        ),
        (
            "CREATE INDEX ix_rejection_rejected_on ON rejection (rejected_on)",
            "CREATE INDEX ix_rejection_application_id ON rejection (application_id)",
        ),
    ),
    (
        "recovery_template_step",
        """
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        "key" TEXT NOT NULL,
        group_key TEXT NOT NULL,
        title TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'check',
        link TEXT,
        offset_days INTEGER NOT NULL DEFAULT 0,
        position INTEGER NOT NULL DEFAULT 0,
        optional BOOLEAN NOT NULL DEFAULT 0,
        retired BOOLEAN NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 1
        """,
        (
            "id",
            '"key"',
            "group_key",
            "title",
            "detail",
            "kind",
            "link",
            "offset_days",
            "position",
            "optional",
            "retired",
        ),
        (),
    ),
    (
        "recovery_step",
        """
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        rejection_id INTEGER NOT NULL REFERENCES rejection (id) ON DELETE CASCADE,
        template_key TEXT,
        group_key TEXT NOT NULL,
        title TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'check',
        link TEXT,
        offset_days INTEGER NOT NULL DEFAULT 0,
        position INTEGER NOT NULL DEFAULT 0,
        done_at DATETIME,
        answer TEXT NOT NULL DEFAULT '',
        answer_draft TEXT,
        asked_on DATE,
        asked_via TEXT NOT NULL DEFAULT '',
        nothing_came_back BOOLEAN NOT NULL DEFAULT 0,
        updated_at DATETIME NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
        """,
        (
            "id",
            "rejection_id",
            "template_key",
            "group_key",
            "title",
            "detail",
            "kind",
            "link",
            "offset_days",
            "position",
            "done_at",
            "answer",
            "answer_draft",
            "asked_on",
            "asked_via",
            "nothing_came_back",
            "updated_at",
        ),
        ("CREATE INDEX ix_recovery_step_rejection ON recovery_step (rejection_id, position)",),
    ),
    (
        "thought_record",
        """
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        rejection_id INTEGER REFERENCES rejection (id) ON DELETE SET NULL,
        situation TEXT NOT NULL DEFAULT '',
        thought TEXT NOT NULL DEFAULT '',
        evidence_for TEXT NOT NULL DEFAULT '',
        evidence_against TEXT NOT NULL DEFAULT '',
        balanced_thought TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'draft',
        current_step INTEGER NOT NULL DEFAULT 0,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL,
        completed_at DATETIME,
        version INTEGER NOT NULL DEFAULT 1
        """,
        (
            "id",
            "rejection_id",
            "situation",
            "thought",
            "evidence_for",
            "evidence_against",
            "balanced_thought",
            "status",
            "current_step",
            "created_at",
            "updated_at",
            "completed_at",
        ),
        (
            "CREATE INDEX ix_thought_record_created_at ON thought_record (created_at)",
            "CREATE INDEX ix_thought_record_rejection_id ON thought_record (rejection_id)",
        ),
    ),
    (
        "thought_feeling",
        """
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        record_id INTEGER NOT NULL REFERENCES thought_record (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        intensity_before INTEGER NOT NULL,
        intensity_after INTEGER,
        position INTEGER NOT NULL DEFAULT 0
        """,
        ("id", "record_id", "name", "intensity_before", "intensity_after", "position"),
        ("CREATE INDEX ix_thought_feeling_record ON thought_feeling (record_id)",),
    ),
    (
        # No id of its own, but it refers to thought_record, which is rebuilt: rebuilt too
        # so that every table is defined against the new tables.
        "thought_trap",
        """
        record_id INTEGER NOT NULL REFERENCES thought_record (id) ON DELETE CASCADE,
        trap_key TEXT NOT NULL,
        PRIMARY KEY (record_id, trap_key)
        """,
        ("record_id", "trap_key"),
        (),
    ),
    (
        "skill",
        """
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'technical',
        why TEXT NOT NULL DEFAULT '',
        source_kind TEXT NOT NULL DEFAULT 'manual',
        rejection_id INTEGER REFERENCES rejection (id) ON DELETE SET NULL,
        recovery_step_id INTEGER REFERENCES recovery_step (id) ON DELETE SET NULL,
        priority INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'todo',
        target_date DATE,
        notes TEXT NOT NULL DEFAULT '',
        created_at DATETIME NOT NULL,
        started_at DATETIME,
        finished_at DATETIME,
        version INTEGER NOT NULL DEFAULT 1
        """,
        (
            "id",
            "title",
            "kind",
            "why",
            "source_kind",
            "rejection_id",
            "recovery_step_id",
            "priority",
            "status",
            "target_date",
            "notes",
            "created_at",
            "started_at",
            "finished_at",
        ),
        (
            "CREATE INDEX ix_skill_rejection_id ON skill (rejection_id)",
            "CREATE INDEX ix_skill_status ON skill (status)",
        ),
    ),
    (
        "skill_resource",
        """
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        skill_id INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
        url TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0
        """,
        ("id", "skill_id", "url", "note", "position"),
        ("CREATE INDEX ix_skill_resource_skill ON skill_resource (skill_id)",),
    ),
    (
        "followed_board",
        """
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        company TEXT NOT NULL,
        provider TEXT NOT NULL,
        token TEXT NOT NULL,
        created_at DATETIME NOT NULL,
        last_checked_at DATETIME,
        last_error TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1
        """,
        ("id", "company", "provider", "token", "created_at", "last_checked_at", "last_error"),
        (
            "CREATE UNIQUE INDEX ix_followed_board_provider_token "
            "ON followed_board (provider, token)",
        ),
    ),
)

# Tables without an integer id: the version column is simply added.
_ADDED = ("setting", "check_in")

# Every versioned table and the column that names a row.
VERSIONED: tuple[tuple[str, str], ...] = (
    ("application", "id"),
    ("rejection", "id"),
    ("recovery_template_step", "id"),
    ("recovery_step", "id"),
    ("thought_record", "id"),
    ("skill", "id"),
    ("followed_board", "id"),
    ("setting", '"key"'),
    ("check_in", "day"),
)

# (child table, its column naming the parent, parent table): a change to the child is a
# change to the parent.
CHILDREN: tuple[tuple[str, str, str], ...] = (
    ("stage_change", "application_id", "application"),
    ("recovery_step", "rejection_id", "rejection"),
    ("thought_feeling", "record_id", "thought_record"),
    ("thought_trap", "record_id", "thought_record"),
    ("skill_resource", "skill_id", "skill"),
)


def _triggers() -> list[str]:
    statements = [
        f"CREATE TRIGGER {table}_version AFTER UPDATE ON {table} "
        f"FOR EACH ROW WHEN NEW.version = OLD.version "
        f"BEGIN UPDATE {table} SET version = OLD.version + 1 WHERE {key} = NEW.{key}; END"
        for table, key in VERSIONED
    ]
    for child, column, parent in CHILDREN:
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


def upgrade(conn: sqlite3.Connection) -> None:
    # Runs inside the runner's transaction with foreign keys off (see store/sqlite_file).
    for table, definition, old_columns, indexes in _REBUILT:
        columns = ", ".join(old_columns)
        conn.execute(f"CREATE TABLE {table}__v2 ({definition})")
        conn.execute(f"INSERT INTO {table}__v2 ({columns}) SELECT {columns} FROM {table}")
        conn.execute(f"DROP TABLE {table}")
        conn.execute(f"ALTER TABLE {table}__v2 RENAME TO {table}")
        for statement in indexes:
            conn.execute(statement)
    for table in _ADDED:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
    for statement in _triggers():
        conn.execute(statement)
