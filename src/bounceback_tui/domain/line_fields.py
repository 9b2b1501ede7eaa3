"""Which of a store's text columns are one line and which may hold several: the one table.

A form shows a one-line column in a one-line box and its validator refuses a line break or a
tab there (``text.clean_text`` without ``multiline``); the CSV import does the same. Both the
box and the validator read it here (``many_lines``; a form's field that edits a column is made
by ``ui/kit/stored_field.stored_field``), so a column moved between the tables below is one
line, or several, in its form too (tests/test_form_line_fields.py). The JSON
import checks each column by this table too (transfer/json_checks.py), so a line break in a
person's name is refused naming its row and column, not taken and then painted raw over the
dialog that edits it, with a save refused for "control characters" no one could see (a
stranger's round trip). tests/test_line_fields.py walks every model's text columns: each is
named here once, as one line, as several, or as written by the app (a key, a link, a zone, a
value from a fixed set), so a new column cannot be missed.
"""

from __future__ import annotations

# Typed in a one-line box (or chosen, or written by the app as one line).
ONE_LINE: dict[str, frozenset[str]] = {
    "application": frozenset({"company", "role", "location", "salary_currency", "employment_type"}),
    "contact": frozenset({"name", "role", "company", "email", "phone"}),
    "check_in": frozenset({"note"}),
    "followed_board": frozenset({"company"}),
    "interaction": frozenset({"contact_name", "note"}),
    "interview": frozenset({"place", "outcome_note"}),
    "interview_question": frozenset({"question", "asked_at"}),
    "recovery_step": frozenset({"title", "asked_via"}),
    "recovery_template_step": frozenset({"title"}),
    "rejection": frozenset({"company", "role"}),
    "skill": frozenset({"title"}),
    "skill_resource": frozenset({"note"}),
    "thought_feeling": frozenset({"name"}),
}

# Typed in a many-line box: line breaks and tabs are the person's own.
MANY_LINES: dict[str, frozenset[str]] = {
    "application": frozenset({"notes", "description"}),
    "contact": frozenset({"notes"}),
    "coping_card": frozenset({"text"}),
    "interview": frozenset({"prep_notes"}),
    "interview_question": frozenset({"answer_given", "situation", "task", "action", "result"}),
    "recovery_step": frozenset({"detail", "answer", "answer_draft"}),
    "recovery_template_step": frozenset({"detail"}),
    "rejection": frozenset({"reason"}),
    "skill": frozenset({"why", "notes"}),
    "thought_record": frozenset(
        {"situation", "thought", "evidence_for", "evidence_against", "balanced_thought"}
    ),
}

# Written by the app, or checked by a rule of their own: a value from a fixed set (a stage, a
# kind), a link, a time zone, an answer's tags, a key, a uid, a setting's JSON, a board's
# token and the last error its refresh met.
APP_WRITTEN: dict[str, frozenset[str]] = {
    "application": frozenset(
        {"stage", "link", "work_mode", "salary_period", "source", "company_size", "uid"}
    ),
    "contact": frozenset({"kind", "link", "uid"}),
    "followed_board": frozenset({"provider", "token", "last_error"}),
    "interaction": frozenset({"kind"}),
    "interview": frozenset({"kind", "zone", "link", "uid"}),
    "interview_question": frozenset({"source_kind", "tags"}),
    "recovery_step": frozenset({"template_key", "group_key", "kind", "link", "uid"}),
    "recovery_template_step": frozenset({"key", "group_key", "kind", "link"}),
    "rejection": frozenset({"stage_reached"}),
    "setting": frozenset({"key", "value"}),
    "skill": frozenset({"kind", "source_kind", "status", "uid"}),
    "skill_resource": frozenset({"url"}),
    "stage_change": frozenset({"from_stage", "to_stage"}),
    "thought_record": frozenset({"status"}),
    "thought_trap": frozenset({"trap_key"}),
}

# What a one-line column may not hold that a many-line one may.
LINE_BREAKS = "\n\r\t\v\f\x85"


def is_one_line(table: str, column: str) -> bool:
    return column in ONE_LINE.get(table, frozenset())


def many_lines(table: str, column: str) -> bool:
    """Whether a column a person types is typed in a many-line box, its line breaks and tabs
    kept (MANY_LINES), or in a one-line box that refuses them (ONE_LINE): what each form's box
    (ui/kit/stored_field.py) and each validator's ``clean_text`` ask, so a column moved from
    one table to the other here changes its form with it. A column named in neither is no
    typed column, and asking of it is a mistake (KeyError)."""
    if column in MANY_LINES.get(table, frozenset()):
        return True
    if column in ONE_LINE.get(table, frozenset()):
        return False
    raise KeyError(f"{table}.{column} is not a column a person types (domain/line_fields.py)")


def line_break_problem(text: str) -> str | None:
    """Why ``text`` cannot be kept in a one-line column, or None."""
    if any(ch in LINE_BREAKS for ch in text):
        return "a line break or a tab in a one-line field; write it on one line"
    return None
