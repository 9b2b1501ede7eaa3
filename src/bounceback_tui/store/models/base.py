"""What every table shares: when a row is made, a calendar UID, ids never reused."""

from __future__ import annotations

import uuid
from datetime import datetime

from bounceback_tui import clock


def default_now() -> datetime:
    return clock.now()


def new_uid() -> str:
    """A calendar UID: random, stored with the row, never derived from its id (SQLite's
    column default makes one too, for rows that come in by other ways)."""
    return str(uuid.uuid4())


# Integer ids are AUTOINCREMENT: a deleted row's id is never given to another one.
NEVER_REUSED = {"sqlite_autoincrement": True}

# Every record a person edits has a ``version``: SQLite's triggers (migration v002) bump
# it on every write to the row or to one of its children, and every save from the app
# names the version it read (services: compare-and-set, ``store/cas.py``).
