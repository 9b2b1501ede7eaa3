"""The journal's reflections: each no of the period with what was learned from it, and the
thought records when they are asked for.

A rejection is written with the stage it reached, the reason given, how far its recovery plan
got, the answers written in its steps (as block quotes) and the skills it led to; a thought
record (private: only with ``include_thoughts``) with its situation, thought, evidence,
balanced thought, feelings before and after, and thinking traps. transfer/report.py reads
the rows of the period and writes the rest of the journal around these.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from bounceback_tui.domain.unreadable import UNREADABLE_DAY, stored_day
from bounceback_tui.transfer.report_text import SKILL_STATES, inline, long_date, quoted, stage_label


def rejection_rows(conn: sqlite3.Connection, span: tuple[str, str]) -> list[Any]:
    """The rejections heard in the period, in the order they came."""
    return conn.execute(
        "SELECT id, company, role, rejected_on, stage_reached, reason, plan_completed_at "
        "FROM rejection WHERE rejected_on BETWEEN ? AND ? ORDER BY rejected_on, id",
        span,
    ).fetchall()


def rejection_lines(conn: sqlite3.Connection, rows: list[Any]) -> Iterator[str]:
    yield "## Rejections and what I learned"
    yield ""
    if not rows:
        yield "No rejections in this period."
        yield ""
        return
    for rejection_id, company, role, rejected_on, reached, reason, completed in rows:
        day = _long_day(rejected_on)
        yield f"### {inline(company)}: {inline(role)} ({day})"
        yield ""
        facts = []
        if reached:
            facts.append(f"Reached: {stage_label(reached).lower()}.")
        if reason:
            facts.append(f"Reason given: {inline(reason)}")
        done, total = conn.execute(
            # A skipped step is not one to do: "3 of 9 steps done" of ten, one skipped.
            "SELECT count(done_at), count(*) - count(skipped_at) FROM recovery_step "
            "WHERE rejection_id = ?",
            (rejection_id,),
        ).fetchone()
        if total:
            plan = "finished" if completed else f"{done} of {total} steps done"
            facts.append(f"Recovery plan: {plan}.")
        if facts:
            # One fact a line: a reason typed without a full stop must not run on into
            # the next fact.
            yield from (f"- {fact}" for fact in facts)
            yield ""
        answers = conn.execute(
            "SELECT title, answer FROM recovery_step WHERE rejection_id = ? AND answer != '' "
            "ORDER BY position, id",
            (rejection_id,),
        ).fetchall()
        for title, answer in answers:
            yield f"**{inline(title)}**"
            yield ""
            yield from quoted(answer)
            yield ""
        skills = conn.execute(
            "SELECT title, status FROM skill WHERE rejection_id = ? ORDER BY priority, id",
            (rejection_id,),
        ).fetchall()
        if skills:
            yield "Skills it led to: " + ", ".join(
                f"{inline(title)} ({SKILL_STATES.get(status, status)})" for title, status in skills
            )
            yield ""


def thought_rows(conn: sqlite3.Connection, span: tuple[str, str]) -> list[Any]:
    """The thought records begun in the period, oldest first."""
    return conn.execute(
        "SELECT id, substr(created_at, 1, 10), situation, thought, evidence_for, "
        "evidence_against, balanced_thought, status FROM thought_record "
        "WHERE substr(created_at, 1, 10) BETWEEN ? AND ? ORDER BY created_at, id",
        span,
    ).fetchall()


def thought_lines(conn: sqlite3.Connection, rows: list[Any]) -> Iterator[str]:
    yield "## Thought records"
    yield ""
    if not rows:
        yield "No thought records in this period."
        yield ""
        return
    for record_id, day, situation, thought, ev_for, ev_against, balanced, status in rows:
        title = _long_day(day)
        yield f"### {title}" + (" (unfinished)" if status != "complete" else "")
        yield ""
        for label, text in (
            ("Situation", situation),
            ("Thought", thought),
            ("Evidence for", ev_for),
            ("Evidence against", ev_against),
            ("Balanced thought", balanced),
        ):
            if text.strip():
                yield f"- {label}: {inline(text)}"
        feelings = conn.execute(
            "SELECT name, intensity_before, intensity_after FROM thought_feeling "
            "WHERE record_id = ? ORDER BY position, id",
            (record_id,),
        ).fetchall()
        if feelings:
            yield "- Feelings: " + ", ".join(
                f"{inline(name)} {before}" + (f" to {after}" if after is not None else "")
                for name, before, after in feelings
            )
        traps = [
            r[0]
            for r in conn.execute(
                "SELECT trap_key FROM thought_trap WHERE record_id = ? ORDER BY trap_key",
                (record_id,),
            )
        ]
        if traps:
            yield "- Thinking traps: " + ", ".join(inline(t.replace("_", " ")) for t in traps)
        yield ""


def _long_day(value: object) -> str:
    """4 March 2026; "unreadable" where another program wrote over the day."""
    day = stored_day(value)
    return UNREADABLE_DAY if day is None else long_date(day)
