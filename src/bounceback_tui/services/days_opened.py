"""The days the app was opened, kept privately beside the store: a day the person opened the
app and read Today is a day they were here, though they saved nothing.

A tester who opened the app every morning and read Today, saving nothing, was greeted
"Welcome back. It has been 9 days… Time away is no mark against you" and read "Active
starts again today": the app counted only days with a saved change (``activity_day``), and
saying they were away was untrue. The app now remembers the days it was opened, in a small
file of its own in the data folder (``OPENED_FILE``, 0600, one day a line, the last
``KEPT_DAYS`` of them), never in the store: opening is no change to the person's records,
no backup or undo is about it, and a read-only store is not written (the app does not mark
the day then, nor where the folder takes no file). A day opened is no action: in the Active
run it is a rest day like any day without one (``domain/metrics.active_day_streak``: two in
seven keep the run, a third ends it); the welcome back, the return's care line and its
groups of follow-ups count from the last day here, opened or acted on. A window left open
past midnight keeps the new day at the person's first key of it (``ui/app_store``).
"""

from __future__ import annotations

import os
import stat
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bounceback_tui.domain.time_away import kept_since
from bounceback_tui.paths import FILE_MODE, OPENED_FILENAME
from bounceback_tui.store.fastread import days_here_before

if TYPE_CHECKING:
    import sqlite3

OPENED_FILE = OPENED_FILENAME
# Days remembered: enough for a return's groups (domain/time_away) and the Active run.
KEPT_DAYS = 62
_MOST_BYTES = 4096  # the file is a few hundred bytes; anything larger is not ours


def opened_file(db_path: Path) -> Path:
    return db_path.parent / OPENED_FILE


def days_opened(db_path: Path) -> set[date]:
    """The days the app was opened, as kept; none where the file is missing or unreadable,
    or is not a plain file of its own (a named pipe there once held the app's first paint
    and `today` for ever; a link is not followed)."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(opened_file(db_path), flags)
    except OSError:
        return set()
    with os.fdopen(fd, "rb") as handle:
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return set()
            raw = handle.read(_MOST_BYTES)
        except OSError:
            return set()
    days = set()
    for line in raw.decode("ascii", "replace").splitlines():
        try:
            days.add(date.fromisoformat(line.strip()))
        except ValueError:
            continue
    return days


def opened_before(db_path: Path, today: date) -> date | None:
    """The latest day before ``today`` the app was opened."""
    return max((day for day in days_opened(db_path) if day < today), default=None)


def mark_opened(db_path: Path, today: date) -> None:
    """Keep ``today`` as a day the app was opened (the last ``KEPT_DAYS`` days), written whole
    to a private file beside the store and put in place at once. Nothing is said where it
    cannot be written: it is a kindness, not a record."""
    days = days_opened(db_path)
    if today in days:
        return
    since = today - timedelta(days=KEPT_DAYS)
    kept = sorted(day for day in days | {today} if since <= day <= today)
    path = opened_file(db_path)
    partial = path.with_name(f"{OPENED_FILE}.{os.getpid()}.partial")
    try:  # a leftover (a crash, a reused process id) is never followed nor written into
        partial.unlink(missing_ok=True)
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, FILE_MODE)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write("".join(f"{day.isoformat()}\n" for day in kept))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)


def last_here(db_path: Path, last_active: date | None, today: date) -> date | None:
    """The last day here: ``last_active`` (a day with an action, today's included) or a day
    before today the app was opened, the later; None before any action. Today's opening is
    not counted: the first screen back after a gap is a welcome until the first action."""
    if last_active is None:  # nothing done yet: a new store is no return
        return None
    opened = opened_before(db_path, today)
    return opened if opened is not None and opened > last_active else last_active


def days_here(conn: sqlite3.Connection, db_path: Path, today: date) -> list[date]:
    """The days here before ``today``, newest first, as ``domain/time_away.here_before_away``
    takes them: those with an action (from the store) and those the app was opened."""
    acted = days_here_before(conn, today, kept_since(today))
    if not acted:  # nothing done yet: a new store is no return
        return []
    opened = {day for day in days_opened(db_path) if day < today}
    return sorted(set(acted) | opened, reverse=True)
