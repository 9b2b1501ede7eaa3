"""What is working, the interview answer bank, and care on hard days.

- ``application`` gains four optional facts the insights compare: ``company_size`` (a band),
  ``posted_on`` (the posting's date), ``cover_letter`` and ``tailored_resume`` (null: not
  said).
- ``thought_record`` gains ``belief_before`` and ``belief_after`` (0-100): how much the person
  believed the thought at the start and at the end.
- ``interview_question``: the answer bank, with its practice schedule; ``interview_question_skill``
  links a question to the skills it exercises.
- ``coping_card``: a balanced thought kept to read on a hard day.

New records carry a ``version`` bumped by triggers like every other (see v002); a linked
skill is part of its question (and of the skill), so linking or unlinking one bumps both.
"""

from __future__ import annotations

import sqlite3

VERSION = 3
DESCRIPTION = "insights facts, interview answer bank, coping cards and belief ratings"

_COLUMNS = (
    "ALTER TABLE application ADD COLUMN company_size TEXT",
    "ALTER TABLE application ADD COLUMN posted_on DATE",
    "ALTER TABLE application ADD COLUMN cover_letter BOOLEAN",
    "ALTER TABLE application ADD COLUMN tailored_resume BOOLEAN",
    "ALTER TABLE thought_record ADD COLUMN belief_before INTEGER",
    "ALTER TABLE thought_record ADD COLUMN belief_after INTEGER",
)

_TABLES = (
    """
    CREATE TABLE interview_question (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        question TEXT NOT NULL,
        application_id INTEGER REFERENCES application (id) ON DELETE SET NULL,
        recovery_step_id INTEGER REFERENCES recovery_step (id) ON DELETE SET NULL,
        source_kind TEXT NOT NULL DEFAULT 'manual',
        asked_at TEXT NOT NULL DEFAULT '',
        answer_given TEXT NOT NULL DEFAULT '',
        situation TEXT NOT NULL DEFAULT '',
        task TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL DEFAULT '',
        result TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '',
        confidence INTEGER,
        last_practised_on DATE,
        review_step INTEGER,
        next_review_on DATE,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
    )
    """,
    "CREATE INDEX ix_interview_question_application_id ON interview_question (application_id)",
    "CREATE INDEX ix_interview_question_next_review_on ON interview_question (next_review_on)",
    """
    CREATE TABLE interview_question_skill (
        question_id INTEGER NOT NULL REFERENCES interview_question (id) ON DELETE CASCADE,
        skill_id INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
        PRIMARY KEY (question_id, skill_id)
    )
    """,
    "CREATE INDEX ix_interview_question_skill_skill ON interview_question_skill (skill_id)",
    """
    CREATE TABLE coping_card (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        text TEXT NOT NULL,
        record_id INTEGER REFERENCES thought_record (id) ON DELETE SET NULL,
        created_at DATETIME NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
    )
    """,
    "CREATE INDEX ix_coping_card_record_id ON coping_card (record_id)",
)

_VERSIONED = (("interview_question", "id"), ("coping_card", "id"))
_CHILDREN = (
    ("interview_question_skill", "question_id", "interview_question"),
    ("interview_question_skill", "skill_id", "skill"),
)


def _triggers() -> list[str]:
    # The same shapes as v002's triggers (frozen there, so written out again here).
    statements = [
        f"CREATE TRIGGER {table}_version AFTER UPDATE ON {table} "
        f"FOR EACH ROW WHEN NEW.version = OLD.version "
        f"BEGIN UPDATE {table} SET version = OLD.version + 1 WHERE {key} = NEW.{key}; END"
        for table, key in _VERSIONED
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


def upgrade(conn: sqlite3.Connection) -> None:
    for statement in (*_COLUMNS, *_TABLES, *_triggers()):
        conn.execute(statement)
