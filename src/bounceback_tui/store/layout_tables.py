"""The launch's check of every table the app uses: each there, with each of its columns.

A store missing one of the app's own columns (`alter table contact drop column phone`)
opened as if nothing were wrong: Today drew, People said "Nobody here yet" over seven
people stored, and SQLite's "no such column: c.email" came in a toast, while `backup` and
`export` refused it. The launch only looked at the layout of a store behind this version
(and only when another program's trigger would fire on its upgrade); the check after the
first screen (services/store_health.py) looks for what `repair` mends, which leaves out a
table or column of the app's missing by design (a backup is the way back).

The tables and columns the migrations make at the latest schema are written out here, so
the check is one query on the prefetch's connection, whose schema is parsed anyway (the
migrations, run in memory, would take about a quarter of a second before the first frame);
tests/test_launch_layout.py holds them to what the migrations make. Only when something is
missing is the whole layout read, to say it as `backup` says it
(``layout_check.layout_problem``). Standard library only.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bounceback_tui.errors import StoreLayoutError

TABLES_AT = 10  # the schema version these are the tables of (migrations.LATEST_VERSION)

APP_TABLES: dict[str, str] = {  # name: its columns, as the migrations make them
    "activity_day": "day actions",
    "application": (
        "id company role stage link location work_mode salary_min salary_max salary_currency "
        "salary_period source excitement notes description employment_type date_applied "
        "next_follow_up ghost_dismissed_on created_at updated_at version company_size posted_on "
        "cover_letter tailored_resume uid"
    ),
    "application_contact": "application_id contact_id created_at",
    "check_in": "day mood note updated_at version",
    "contact": (
        "id name role kind company email phone link notes next_follow_up created_at updated_at "
        "version uid"
    ),
    "coping_card": "id text record_id created_at version",
    "followed_board": "id company provider token created_at last_checked_at last_error version",
    "interaction": (
        "id application_id contact_id contact_name kind happened_on note created_at version"
    ),
    "interview": (
        "id application_id kind starts_at zone length_minutes place link prep_notes outcome_note "
        "rating outcome_at created_at updated_at version uid"
    ),
    "interview_contact": "interview_id contact_id",
    "interview_question": (
        "id question application_id recovery_step_id source_kind asked_at answer_given situation "
        "task action result tags confidence last_practised_on review_step next_review_on "
        "created_at updated_at version"
    ),
    "interview_question_skill": "question_id skill_id",
    "recovery_step": (
        "id rejection_id template_key group_key title detail kind link offset_days position "
        "done_at answer answer_draft asked_on asked_via nothing_came_back updated_at version uid "
        "skipped_at"
    ),
    "recovery_template_step": (
        "id key group_key title detail kind link offset_days position optional retired version"
    ),
    "rejection": (
        "id application_id company role rejected_on stage_reached reason plan_completed_at "
        "created_at version"
    ),
    "setting": "key value version",
    "skill": (
        "id title kind why source_kind rejection_id recovery_step_id priority status target_date "
        "notes created_at started_at finished_at version uid"
    ),
    "skill_resource": "id skill_id url note position",
    "stage_change": "id application_id from_stage to_stage changed_on created_at",
    "summary_bounce_back": "rejection_id rejected_on next_sent_on",
    "summary_day": "day sent rejections plans_open plans_finished",
    "summary_funnel_application": "application_id stage replied interviewed offered reply_days",
    "summary_funnel_stage": "stage applications replied interviewed offered",
    "summary_open_plan": "rejection_id rejected_on next_step_on next_feedback_on moved_on",
    "summary_plan_length": "days plans",
    "summary_reply_days": "days applications",
    "thought_feeling": "id record_id name intensity_before intensity_after position",
    "thought_record": (
        "id rejection_id situation thought evidence_for evidence_against balanced_thought status "
        "current_step created_at updated_at completed_at version belief_before belief_after"
    ),
    "thought_trap": "record_id trap_key",
}

_COLUMNS = (
    "SELECT m.name, p.name FROM sqlite_master AS m, pragma_table_info(m.name) AS p "
    "WHERE m.type = 'table'"
)


def lacking(conn: sqlite3.Connection) -> bool:
    """Whether a table the app uses, or one of its columns, is missing from the store open
    on ``conn`` (one query; what the app does not make is not looked at here)."""
    found: dict[str, set[str]] = {}
    for table, column in conn.execute(_COLUMNS):
        found.setdefault(str(table).lower(), set()).add(str(column).lower())
    return any(
        not set(columns.split()) <= found.get(name, set()) for name, columns in APP_TABLES.items()
    )


def require_app_tables(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse (StoreLayoutError, nothing changed) the store at ``path``, open on ``conn`` at
    the latest schema, when a table the app uses or one of its columns is missing: no pane
    can read it, and `repair` does not mend it. A store at another version is left to what
    opens it."""
    if not lacking(conn):
        return
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version != TABLES_AT:
        return
    from bounceback_tui.store.layout_check import layout_problem

    found = layout_problem(conn, version, extras=False)
    if found is not None:
        raise StoreLayoutError(found, path)
