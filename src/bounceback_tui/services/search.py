"""The palette's index of every record: one read-only SQL query per table, no ORM.

Read with the standard library's sqlite3 (like store/fastread.py), so opening the
palette never waits for SQLModel; 10,000 applications and their companions load in about
a tenth of a second, which the palette does in a thread. Each entry is what the palette
shows and searches (domain/search.SearchEntry).
"""

from __future__ import annotations

import os
import threading
from datetime import date
from pathlib import Path
from typing import Any

from bounceback_tui.domain.dates import day_month
from bounceback_tui.domain.search import Kind, SearchEntry, SearchIndex, shorten
from bounceback_tui.domain.skills import SkillKind, SkillStatus
from bounceback_tui.domain.stages import EXITS, Stage
from bounceback_tui.domain.text import app_name
from bounceback_tui.store.sqlite_file import connect

# Applications still in play first, then the newest: with many equal matches
# ("google" in 300 applications) the palette shows the ones a person most likely means.
_EXIT_VALUES = ", ".join(f"'{stage.value}'" for stage in EXITS)
_APPLICATIONS = f"""
    SELECT id, company, role, stage, date_applied, location,
           (SELECT group_concat(c.name || ' ' || c.email, ' ') FROM application_contact l
            JOIN contact c ON c.id = l.contact_id WHERE l.application_id = application.id)
    FROM application
    ORDER BY stage IN ({_EXIT_VALUES}), updated_at DESC, id DESC
"""
_REJECTIONS = """
    SELECT id, company, role, rejected_on, reason, plan_completed_at IS NOT NULL
    FROM rejection
    ORDER BY rejected_on DESC, id DESC
"""
_THOUGHT_RECORDS = """
    SELECT t.id, t.thought, t.situation, t.balanced_thought, t.status, t.created_at,
           r.company
    FROM thought_record t LEFT JOIN rejection r ON r.id = t.rejection_id
    ORDER BY t.updated_at DESC, t.id DESC
"""
_SKILLS = """
    SELECT id, title, kind, why, status
    FROM skill
    ORDER BY status = 'done', priority, id
"""

_PEOPLE = """
    SELECT id, name, role, company, email, kind
    FROM contact
    ORDER BY name COLLATE NOCASE, id
"""

_QUESTIONS = """
    SELECT id, question, asked_at, tags, situation, action, result
    FROM interview_question
    ORDER BY id
"""

_STAGES = {stage.value: stage for stage in Stage}
_SKILL_KINDS = {kind.value: kind for kind in SkillKind}
_SKILL_STATUSES = {status.value: status for status in SkillStatus}


def _day(value: object) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _join(*parts: str) -> str:
    return " · ".join(part for part in parts if part)


def _application(row: tuple[Any, ...], today: date) -> SearchEntry:
    app_id, company, role, stage, applied, location, contact = row
    stage_label = _STAGES[stage].label if stage in _STAGES else str(stage).capitalize()
    day = _day(applied)
    if day is None:
        when = stage_label
    elif stage == Stage.APPLIED:
        when = f"Applied {day_month(day, today)}"
    else:
        when = f"{stage_label} · applied {day_month(day, today)}"
    return SearchEntry(
        Kind.APPLICATION,
        app_id,
        shorten(app_name(company, role)),
        _join(when, location),
        f"{location} {contact or ''}",
        f"{company}, {role}",
    )


def _rejection(row: tuple[Any, ...], today: date) -> SearchEntry:
    rejection_id, company, role, rejected_on, reason, finished = row
    day = _day(rejected_on)
    return SearchEntry(
        Kind.REJECTION,
        rejection_id,
        shorten(app_name(company, role)),
        _join(
            f"No on {day_month(day, today)}" if day else "",
            "plan finished" if finished else "plan in progress",
        ),
        reason,
        f"{company}, {role}",
    )


def _thought_record(row: tuple[Any, ...], today: date) -> SearchEntry:
    record_id, thought, situation, balanced, status, created_at, company = row
    day = _day(created_at)
    label = thought.strip() or situation.strip() or "A thought record with nothing written yet"
    return SearchEntry(
        Kind.THOUGHT_RECORD,
        record_id,
        shorten(label),
        _join(
            "Draft" if status == "draft" else "Complete",
            day_month(day, today) if day else "",
            f"after {company}" if company else "",
        ),
        f"{situation} {balanced} {company or ''}",
        # The thought shown (not the placeholder) and the company: found by their initials
        # too, as an application's names are ("nwhm" for "Nobody will hire me").
        f"{thought.strip() or situation.strip()}, {company or ''}",
    )


def _skill(row: tuple[Any, ...]) -> SearchEntry:
    skill_id, title, kind, why, status = row
    kind_label = _SKILL_KINDS[kind].label if kind in _SKILL_KINDS else ""
    status_label = _SKILL_STATUSES[status].label if status in _SKILL_STATUSES else ""
    return SearchEntry(
        Kind.SKILL,
        skill_id,
        shorten(title),
        _join(status_label, kind_label),
        f"{kind_label} {why}",
        title,  # its title is a name: "sdi" finds "System design interviews"
    )


def _person(row: tuple[Any, ...]) -> SearchEntry:
    from bounceback_tui.domain.people import ContactKind

    contact_id, name, role, company, email, kind = row
    try:
        kind_label = ContactKind(kind).label
    except ValueError:
        kind_label = ""
    return SearchEntry(
        Kind.PERSON,
        contact_id,
        shorten(name),
        _join(kind_label, company),
        f"{role} {email}",
        f"{name}, {company or ''}, {role or ''}",
    )


def _question(row: tuple[Any, ...]) -> SearchEntry:
    """A question of the answer bank: "sql" finds "How would you write a SQL query…"."""
    question_id, question, asked_at, tags, *star = row
    return SearchEntry(
        Kind.QUESTION,
        question_id,
        shorten(question),
        _join("Answer bank", asked_at),
        " ".join([asked_at or "", (tags or "").replace(",", " "), *(part or "" for part in star)]),
    )


def load_entries(db_path: Path, today: date) -> list[SearchEntry]:
    """Every application, rejection, thought record, skill, person and answer bank
    question, grouped by kind."""
    conn = connect(db_path, read_only=True)
    try:
        # One snapshot for the queries, so a write in another window cannot land
        # between them.
        conn.execute("BEGIN")
        entries = [_application(row, today) for row in conn.execute(_APPLICATIONS)]
        entries += [_rejection(row, today) for row in conn.execute(_REJECTIONS)]
        entries += [_thought_record(row, today) for row in conn.execute(_THOUGHT_RECORDS)]
        entries += [_skill(row) for row in conn.execute(_SKILLS)]
        entries += [_person(row) for row in conn.execute(_PEOPLE)]
        entries += [_question(row) for row in conn.execute(_QUESTIONS)]
        conn.execute("COMMIT")
    finally:
        conn.close()
    return entries


def load_index(db_path: Path, today: date) -> SearchIndex:
    """The palette's index, built once when it opens (then searched in memory per key)."""
    return SearchIndex(load_entries(db_path, today))


def _signature(db_path: Path) -> tuple[tuple[int, int, int], ...]:
    """Changes whenever the store does: every commit writes the WAL file, every checkpoint
    or restore the main file."""
    parts = []
    for path in (db_path, db_path.with_name(db_path.name + "-wal")):
        try:
            stat = os.stat(path)
        except OSError:
            parts.append((0, 0, 0))
        else:
            parts.append((stat.st_ino, stat.st_size, stat.st_mtime_ns))
    return tuple(parts)


class IndexCache:
    """The last index of each store, reused while the store is unchanged, so opening the
    palette a second time costs two `stat` calls instead of reading 10,000 rows again."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._built: dict[Path, tuple[object, SearchIndex]] = {}

    def index(self, db_path: Path, today: date) -> SearchIndex:
        # Taken before reading: a write that lands while reading makes the next open re-read.
        key = (_signature(db_path), today)
        with self._lock:
            cached = self._built.get(db_path)
        if cached is not None and cached[0] == key:
            return cached[1]
        index = load_index(db_path, today)
        with self._lock:
            self._built[db_path] = (key, index)
        return index


INDEXES = IndexCache()
