"""Telling damage inside the store apart from every other error, for the app and the CLI."""

from __future__ import annotations

from pathlib import Path

from bounceback_tui.errors import StoreDamagedError


def damage_in(error: BaseException, database: Path) -> StoreDamagedError | None:
    """The damage ``error`` reveals (SQLite's corrupt or not-a-database), as the sentence
    the person sees; None for any other error."""
    from bounceback_tui.store.damage import damaged_error, is_damage

    return damaged_error(database, error) if is_damage(error) else None


def foreign_notice(database: Path, repair_command: str) -> str | None:
    """What the person is told once, after the first screen, when the store carries a
    trigger, table, view, index or column the app does not make (another program's, or one
    that came back with a backup before backups were checked), or one of its own triggers,
    indexes or views changed or missing; None when it is as the app makes it. Backups and
    exports leave out what the app does not make, so only the app's own changed or missing
    holds them back. ``repair_command``
    is `bounceback-tui repair` as this window names it. The names are clipped, plain text."""
    from bounceback_tui.domain.text import clip_name
    from bounceback_tui.store.layout import store_foreign_parts
    from bounceback_tui.store.layout_faults import FOREIGN, told

    found = store_foreign_parts(database)
    if not found:
        return None
    said = told(found, lambda name: clip_name(name, 32))
    if all(fault.state == FOREIGN for fault in found):  # backups and exports leave it out
        one = len(found) == 1
        return (
            f"Your store {said.what}; something else changed it. Nothing is saved until "
            f"{said.until} (backups and exports leave {'it' if one else 'them'} out): "
            f"`{repair_command}` {said.fix} after a backup."
        )
    return (
        f"Your store {said.what}; something else changed it. Nothing is saved, backed up or "
        f"exported until {said.until}: `{repair_command}` {said.fix} after a backup."
    )
