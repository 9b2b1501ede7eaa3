"""What every table shares: when a row is made, a calendar UID, ids never reused."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlmodel import SQLModel
from sqlmodel.main import SQLModelConfig

from bounceback_tui import clock


class StoredTable(SQLModel):
    """The base of every table class: an ``SQLModel`` whose pydantic validator and
    serializer are built the first time one is used, not when the class is made.

    The app never validates a table row through pydantic (SQLModel constructs table rows
    without it, and the ORM loads them without ``__init__``); only a conflict's
    ``model_dump`` serializes one. Built at import, the 29 tables' validators and
    serializers (pydantic-core's own memory, outside Python's heap) were about 0.55 MiB
    resident for as long as the app is open (docs/performance.md, "Memory, mem10's
    round")."""

    model_config = SQLModelConfig(defer_build=True)


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
