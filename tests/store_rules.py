"""The store's own rules, as docs/data-model.md states them, checked on a store file.

``store_problems(path)`` runs SQLite's ``integrity_check`` and ``foreign_key_check`` and
then every rule below, and returns one line per broken rule (empty: the store is sound).
The allowed values are written here as the document lists them, not read from the code,
so a value the code invents without the document saying so is caught too.

Used by the monkey after its walk (tests/monkey/) and by tests that damage a store on
purpose to see each rule fire (tests/test_store_rules.py).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

APPLICATION_ID = 0x42424B54  # "BBKT"

STAGES = (
    "saved",
    "applied",
    "screening",
    "interviewing",
    "offer",
    "accepted",
    "rejected",
    "withdrawn",
    "ghosted",
)
WORK_MODES = ("onsite", "hybrid", "remote")
SOURCES = ("job_board", "referral", "recruiter", "company_site", "other")
SALARY_PERIODS = ("hour", "day", "week", "month", "year")
STEP_GROUPS = ("breathe", "reflect", "feedback", "keep_going", "guardrails", "optional")
STEP_KINDS = ("check", "answer", "feedback", "reply", "expressive")
STEP_LINKS = ("skills", "reframe")
RECORD_STATUSES = ("draft", "complete")
SKILL_KINDS = ("technical", "soft_skill", "interviewing", "resume", "other")
SKILL_STATUSES = ("todo", "doing", "done")
SKILL_SOURCES = ("manual", "rejection", "feedback", "reflection")
BOARD_PROVIDERS = ("greenhouse", "lever", "ashby")

DATE_COLUMNS = {
    "application": ("date_applied", "next_follow_up", "ghost_dismissed_on"),
    "stage_change": ("changed_on",),
    "rejection": ("rejected_on",),
    "recovery_step": ("asked_on",),
    "skill": ("target_date",),
    "check_in": ("day",),
    "activity_day": ("day",),
}
# The records a person edits, as the document lists them, each with its version.
VERSIONED = (
    "application",
    "rejection",
    "recovery_step",
    "recovery_template_step",
    "thought_record",
    "skill",
    "setting",
    "check_in",
    "followed_board",
)
TIME_COLUMNS = {
    "application": ("created_at", "updated_at"),
    "stage_change": ("created_at",),
    "rejection": ("plan_completed_at", "created_at"),
    "recovery_step": ("done_at", "updated_at"),
    "thought_record": ("created_at", "updated_at", "completed_at"),
    "skill": ("created_at", "started_at", "finished_at"),
    "check_in": ("updated_at",),
    "followed_board": ("created_at", "last_checked_at"),
}


def _among(column: str, values: tuple[str, ...], *, null_ok: bool = False) -> str:
    """SQL that is true when ``column`` breaks "one of ``values``"."""
    listed = ", ".join(f"'{value}'" for value in values)
    test = f"{column} NOT IN ({listed})"
    return f"({column} IS NOT NULL AND {test})" if null_ok else f"({column} IS NULL OR {test})"


@dataclass(frozen=True)
class Rule:
    name: str
    says: str  # the rule in the document's words
    sql: str  # selects one row per offender (its id first)


def _trap_keys() -> tuple[str, ...]:
    # The document names the keys as the catalogue's stable keys; the catalogue is the list.
    from bounceback_tui.reframe.catalogue import TRAP_KEYS

    return tuple(TRAP_KEYS)


def rules() -> list[Rule]:
    found = [
        Rule(
            "application-text",
            "an application's company and role are required",
            "SELECT id FROM application WHERE trim(company) = '' OR trim(role) = ''",
        ),
        Rule(
            "application-values",
            "stage, work mode, source, salary period and excitement (1-5) take the listed values",
            "SELECT id FROM application WHERE "
            + " OR ".join(
                [
                    _among("stage", STAGES),
                    _among("work_mode", WORK_MODES, null_ok=True),
                    _among("source", SOURCES, null_ok=True),
                    _among("salary_period", SALARY_PERIODS, null_ok=True),
                    "(excitement IS NOT NULL AND excitement NOT BETWEEN 1 AND 5)",
                    "(salary_currency <> '' AND salary_currency NOT GLOB '[A-Z][A-Z][A-Z]')",
                ]
            ),
        ),
        Rule(
            "timeline-starts-empty",
            "a stage change's from_stage is empty for the first entry, and only for it",
            """SELECT c.application_id FROM stage_change c
               WHERE (c.from_stage IS NULL OR c.from_stage = '') <> (c.id = (
                   SELECT min(f.id) FROM stage_change f
                   WHERE f.application_id = c.application_id))""",
        ),
        Rule(
            "timeline-ends-at-stage",
            "an application's timeline ends at its current stage",
            """SELECT a.id FROM application a
               JOIN stage_change c ON c.id = (
                   SELECT max(l.id) FROM stage_change l WHERE l.application_id = a.id)
               WHERE c.to_stage <> a.stage""",
        ),
        Rule(
            "stage-values",
            "a stage change moves between the listed stages",
            "SELECT id FROM stage_change WHERE "
            + _among("to_stage", STAGES)
            + " OR (from_stage <> '' AND "
            + _among("from_stage", STAGES, null_ok=True)
            + ")",
        ),
        Rule(
            "rejected-has-rejection",
            "every application in Rejected has its rejection (and with it its plan)",
            """SELECT a.id FROM application a WHERE a.stage = 'rejected'
               AND NOT EXISTS (SELECT 1 FROM rejection r WHERE r.application_id = a.id)""",
        ),
        Rule(
            "rejection-text",
            "a rejection keeps its own company and role",
            "SELECT id FROM rejection WHERE trim(company) = '' OR trim(role) = ''",
        ),
        Rule(
            "plan-finished-when-all-done",
            "plan_completed_at is set once every step of the plan is done, and only then",
            """SELECT r.id FROM rejection r
               LEFT JOIN (SELECT rejection_id, count(*) AS total, count(done_at) AS done
                          FROM recovery_step GROUP BY rejection_id) s
                 ON s.rejection_id = r.id
               WHERE (r.plan_completed_at IS NOT NULL)
                  <> (coalesce(s.total, 0) > 0 AND s.done = s.total)""",
        ),
        Rule(
            "step-values",
            "a step's group, kind and link take the listed values",
            "SELECT id FROM recovery_step WHERE "
            + " OR ".join(
                [
                    _among("group_key", STEP_GROUPS),
                    _among("kind", STEP_KINDS),
                    _among("link", STEP_LINKS, null_ok=True),
                ]
            ),
        ),
        Rule(
            "template-step-values",
            "a template step's group, kind and link take the listed values",
            "SELECT id FROM recovery_template_step WHERE "
            + " OR ".join(
                [
                    _among("group_key", STEP_GROUPS),
                    _among("kind", STEP_KINDS),
                    _among("link", STEP_LINKS, null_ok=True),
                ]
            ),
        ),
        Rule(
            "record-status",
            "a thought record is a draft until its summary is reached, then complete",
            "SELECT id FROM thought_record WHERE "
            + _among("status", RECORD_STATUSES)
            + " OR (status = 'complete') <> (completed_at IS NOT NULL)",
        ),
        Rule(
            "feeling-intensity",
            "each feeling has a name and an intensity 0-100 before and after",
            """SELECT id FROM thought_feeling WHERE trim(name) = ''
               OR intensity_before NOT BETWEEN 0 AND 100
               OR (intensity_after IS NOT NULL AND intensity_after NOT BETWEEN 0 AND 100)""",
        ),
        Rule(
            "trap-keys",
            "each chosen thinking trap is a row with its stable key",
            "SELECT record_id FROM thought_trap WHERE " + _among("trap_key", _trap_keys()),
        ),
        Rule(
            "skill-values",
            "a skill's kind, status and source take the listed values, and it has a title",
            "SELECT id FROM skill WHERE trim(title) = '' OR "
            + " OR ".join(
                [
                    _among("kind", SKILL_KINDS),
                    _among("status", SKILL_STATUSES),
                    _among("source_kind", SKILL_SOURCES),
                ]
            ),
        ),
        Rule(
            "skill-times",
            "to do has no start or finish; doing has a start and no finish; done has both",
            """SELECT id FROM skill WHERE
                  (status = 'todo' AND (started_at IS NOT NULL OR finished_at IS NOT NULL))
               OR (status = 'doing' AND (started_at IS NULL OR finished_at IS NOT NULL))
               OR (status = 'done' AND (started_at IS NULL OR finished_at IS NULL))""",
        ),
        Rule(
            "setting-json",
            "settings are stored as JSON values",
            "SELECT key FROM setting WHERE NOT json_valid(value)",
        ),
        Rule(
            "check-in-mood",
            "a check-in has a mood 1-5",
            "SELECT day FROM check_in WHERE mood NOT BETWEEN 1 AND 5",
        ),
        Rule(
            "board-values",
            "a followed board's provider is greenhouse, lever or ashby; its token is set",
            "SELECT id FROM followed_board WHERE trim(token) = '' OR "
            + _among("provider", BOARD_PROVIDERS),
        ),
        Rule(
            "board-unique",
            "a board (provider and token) is followed once",
            "SELECT min(id) FROM followed_board GROUP BY provider, token HAVING count(*) > 1",
        ),
    ]
    for table in VERSIONED:
        found.append(
            Rule(
                f"{table}-version",
                "every record a person edits has a version, 1 when it is created",
                f"SELECT rowid FROM {table} WHERE version IS NULL OR version < 1",
            )
        )
    for table, columns in DATE_COLUMNS.items():
        for column in columns:
            found.append(
                Rule(
                    f"{table}.{column}-iso",
                    "dates are stored as ISO text (YYYY-MM-DD)",
                    f"SELECT rowid FROM {table} WHERE {column} IS NOT NULL "
                    f"AND date({column}) IS NOT {column}",
                )
            )
    for table, columns in TIME_COLUMNS.items():
        for column in columns:
            found.append(
                Rule(
                    f"{table}.{column}-time",
                    "times are stored as naive local time (YYYY-MM-DD HH:MM:SS)",
                    f"SELECT rowid FROM {table} WHERE {column} IS NOT NULL AND "
                    f"datetime(substr({column}, 1, 19)) IS NOT substr({column}, 1, 19)",
                )
            )
    return found


def store_problems(path: Path) -> list[str]:
    """Every broken rule of the store at ``path``, one line each (empty: all hold)."""
    problems: list[str] = []
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.append(f"integrity_check: {'; '.join(integrity[:5])}")
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"foreign_key_check: {table} row {rowid} points at a missing {parent}")
        (app_id,) = conn.execute("PRAGMA application_id").fetchone()
        if app_id != APPLICATION_ID:
            problems.append(f"application_id is {app_id:#x}, not {APPLICATION_ID:#x}")
        for rule in rules():
            offenders = [row[0] for row in conn.execute(rule.sql).fetchmany(6)]
            if offenders:
                shown = ", ".join(str(o) for o in offenders[:5])
                more = " and more" if len(offenders) > 5 else ""
                problems.append(f"{rule.name}: {rule.says} (broken by {shown}{more})")
    finally:
        conn.close()
    # Today's summary (schema 5) is what a recomputation from the rows gives.
    from tests.summary_oracle import expected_summary, stored_summary

    expected, stored = expected_summary(path), stored_summary(path)
    problems += [
        f"{table}: the summary differs from a recomputation from the rows"
        for table in expected
        if stored[table] != expected[table]
    ]
    return problems
