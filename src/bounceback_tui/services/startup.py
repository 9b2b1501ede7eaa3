"""What the app needs to know before its first paint, read with the standard library only.

The theme has to be set before the first frame (or the screen flashes in the
default colours), and whether this is a first launch decides what that first
frame shows. Both come from the store through ``FastReader`` (one sqlite3
query each), never through the ORM, which loads only after the first paint.
"""

# Annotations are evaluated (no `from __future__ import annotations`): a NamedTuple's string
# annotations cost a compile() each when the module is imported, before the first paint.

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from bounceback_tui.store.fastread import FastReader

DEFAULT_THEME = "textual-dark"


class StartupState(NamedTuple):  # not a dataclass: about 0.4 ms less before the first paint
    theme: str = DEFAULT_THEME
    tour_seen: bool = False
    has_data: bool = False
    read_only: bool = False  # the person made the store read-only: say so once

    @property
    def first_run(self) -> bool:
        """A store with nothing in it that has never offered the tour."""
        return not self.tour_seen and not self.has_data


def read_startup_state(database: Path) -> StartupState:
    """The stored theme and first-run facts; defaults if the store cannot be read."""
    from bounceback_tui.store.fastread import FastReader
    from bounceback_tui.store.sqlite_file import store_is_read_only

    if not database.exists():
        return StartupState()
    read_only = store_is_read_only(database)
    try:
        with FastReader(database) as reader:
            return startup_state_from(reader, read_only=read_only)
    except (sqlite3.Error, OSError):
        # The app reports store problems itself once it is up; a colour is not worth failing for.
        return StartupState(read_only=read_only)


def startup_state_from(reader: "FastReader", *, read_only: bool) -> StartupState:
    """The same facts read through a connection already open (Today's prefetch reads them
    first with its own, so the launch parses the store's schema once, not twice)."""
    theme = reader.setting("theme", DEFAULT_THEME)
    return StartupState(
        theme=theme if isinstance(theme, str) and theme else DEFAULT_THEME,
        tour_seen=bool(reader.setting("tour_seen", False)),
        has_data=reader.has_data(),
        read_only=read_only,
    )


def writable_again(database: Path) -> bool:
    """Whether a store found read-only at launch has been made writable since (a few stats):
    the window then stops saying it is read-only, and its next save goes through."""
    from bounceback_tui.store.sqlite_file import store_is_read_only

    return database.exists() and not store_is_read_only(database)
