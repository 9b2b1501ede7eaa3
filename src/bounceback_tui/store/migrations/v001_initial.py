"""The first schema: every table for the five panes."""

from __future__ import annotations

import sqlite3

VERSION = 1
DESCRIPTION = "initial schema"

SCHEMA = """
CREATE TABLE application (
    id INTEGER PRIMARY KEY,
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
    updated_at DATETIME NOT NULL
);
CREATE INDEX ix_application_stage ON application (stage);
CREATE INDEX ix_application_date_applied ON application (date_applied);
CREATE INDEX ix_application_next_follow_up ON application (next_follow_up);
CREATE INDEX ix_application_link ON application (link);

CREATE TABLE stage_change (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    from_stage TEXT,
    to_stage TEXT NOT NULL,
    changed_on DATE NOT NULL,
    created_at DATETIME NOT NULL
);
CREATE INDEX ix_stage_change_application ON stage_change (application_id, changed_on);
CREATE INDEX ix_stage_change_changed_on ON stage_change (changed_on);

CREATE TABLE rejection (
    id INTEGER PRIMARY KEY,
    application_id INTEGER REFERENCES application (id) ON DELETE SET NULL,
    company TEXT NOT NULL,
    role TEXT NOT NULL,
    rejected_on DATE NOT NULL,
    stage_reached TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    plan_completed_at DATETIME,
    created_at DATETIME NOT NULL
);
CREATE INDEX ix_rejection_rejected_on ON rejection (rejected_on);
CREATE INDEX ix_rejection_application_id ON rejection (application_id);

CREATE TABLE recovery_template_step (
    id INTEGER PRIMARY KEY,
    "key" TEXT NOT NULL,
    group_key TEXT NOT NULL,
    title TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'check',
    link TEXT,
    offset_days INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    optional BOOLEAN NOT NULL DEFAULT 0,
    retired BOOLEAN NOT NULL DEFAULT 0
);

CREATE TABLE recovery_step (
    id INTEGER PRIMARY KEY,
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
    updated_at DATETIME NOT NULL
);
CREATE INDEX ix_recovery_step_rejection ON recovery_step (rejection_id, position);

CREATE TABLE thought_record (
    id INTEGER PRIMARY KEY,
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
    completed_at DATETIME
);
CREATE INDEX ix_thought_record_created_at ON thought_record (created_at);
CREATE INDEX ix_thought_record_rejection_id ON thought_record (rejection_id);

CREATE TABLE thought_feeling (
    id INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES thought_record (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    intensity_before INTEGER NOT NULL,
    intensity_after INTEGER,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_thought_feeling_record ON thought_feeling (record_id);

CREATE TABLE thought_trap (
    record_id INTEGER NOT NULL REFERENCES thought_record (id) ON DELETE CASCADE,
    trap_key TEXT NOT NULL,
    PRIMARY KEY (record_id, trap_key)
);

CREATE TABLE skill (
    id INTEGER PRIMARY KEY,
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
    finished_at DATETIME
);
CREATE INDEX ix_skill_rejection_id ON skill (rejection_id);
CREATE INDEX ix_skill_status ON skill (status);

CREATE TABLE skill_resource (
    id INTEGER PRIMARY KEY,
    skill_id INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    url TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_skill_resource_skill ON skill_resource (skill_id);

CREATE TABLE setting (
    "key" TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE check_in (
    day DATE PRIMARY KEY NOT NULL,
    mood INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    updated_at DATETIME NOT NULL
);

CREATE TABLE activity_day (
    day DATE PRIMARY KEY NOT NULL,
    actions INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE followed_board (
    id INTEGER PRIMARY KEY,
    company TEXT NOT NULL,
    provider TEXT NOT NULL,
    token TEXT NOT NULL,
    created_at DATETIME NOT NULL,
    last_checked_at DATETIME,
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX ix_followed_board_provider_token ON followed_board (provider, token);
"""


def upgrade(conn: sqlite3.Connection) -> None:
    # executescript() would COMMIT first; run statement by statement instead so
    # the whole migration stays inside the runner's transaction.
    for statement in SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
