"""Date and time columns read leniently: another program (or a hand edit with sqlite3) can
write anything over one ("[b]garbage[/]"), and SQLAlchemy's own SQLite types then fail the
whole read, so the row could not be listed, ticked, edited or deleted. These read the value
through ``stored_dates`` (the one way a stored day or moment is read): a value that is not
a day is read as None, for the reader to say "unreadable". Written as SQLAlchemy writes
them (ISO text), and still SQLite's DATE and DATETIME: the schema is the same."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy.dialects.sqlite import DATE, DATETIME
from sqlalchemy.engine import Dialect

from bounceback_tui.stored_dates import stored_day, stored_moment


class StoredDay(DATE):
    """A day column whose stored value is read as None when it is not a day."""

    cache_ok = True

    def adapt(self, cls: type[Any], **kw: Any) -> Any:
        # The driver's own DATE (pysqlite's) would take its place, reading strictly.
        return super().adapt(type(self), **kw)

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], date | None]:
        return stored_day


class StoredMoment(DATETIME):
    """A time column whose stored value is read as None when it is not a time."""

    cache_ok = True

    def adapt(self, cls: type[Any], **kw: Any) -> Any:
        return super().adapt(type(self), **kw)  # as StoredDay's

    def result_processor(
        self, dialect: Dialect, coltype: object
    ) -> Callable[[Any], datetime | None]:
        return stored_moment
