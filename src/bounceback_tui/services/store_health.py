"""Telling damage inside the store apart from every other error, for the app and the CLI."""

from __future__ import annotations

from pathlib import Path

from bounceback_tui.errors import StoreDamagedError


def damage_in(error: BaseException, database: Path) -> StoreDamagedError | None:
    """The damage ``error`` reveals (SQLite's corrupt or not-a-database), as the sentence
    the person sees; None for any other error."""
    from bounceback_tui.store.damage import damaged_error, is_damage

    return damaged_error(database, error) if is_damage(error) else None
