"""Telling damage inside the store apart from every other error, for the app and the CLI."""

from __future__ import annotations

from pathlib import Path

from bounceback_tui.errors import StoreDamagedError


def damage_in(error: BaseException, database: Path) -> StoreDamagedError | None:
    """The damage ``error`` reveals (SQLite's corrupt or not-a-database), as the sentence
    the person sees; None for any other error."""
    from bounceback_tui.store.damage import damaged_error, is_damage

    return damaged_error(database, error) if is_damage(error) else None


def foreign_notice(
    database: Path, repair_command: str, export_command: str = "bounceback-tui export -o FILE"
) -> str | None:
    """What the person is told once, after the first screen, when the store carries a
    trigger, table, view, index or column the app does not make (another program's, or one
    that came back with a backup before backups were checked), or one of its own triggers,
    indexes or views changed or missing; None when it is as the app makes it. Backups and
    exports leave out what the app does not make, so only the app's own changed or missing
    holds them back. A column SQLite cannot drop (another column made from it) is neither:
    a backup is refused and `repair` cannot remove it (``layout.repair_kept_back``), so the
    notice says that, and what still saves the data. ``repair_command`` and
    ``export_command`` are `bounceback-tui repair` and `… export -o FILE` as this window
    names them. The names are clipped, plain text."""
    from bounceback_tui.domain.text import clip_name
    from bounceback_tui.store.layout import repair_kept_back, store_foreign_parts
    from bounceback_tui.store.layout_faults import FOREIGN, told

    found = store_foreign_parts(database)
    if not found:
        return None
    said = told(found, lambda name: clip_name(name, 32))
    only_foreign = all(fault.state == FOREIGN for fault in found)
    kept_back = repair_kept_back(database)
    if kept_back is not None:
        return _kept_back_notice(said.what, kept_back, repair_command, export_command, only_foreign)
    if only_foreign:  # backups and exports leave it out
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


def _kept_back_notice(
    what: str, kept_back: str, repair_command: str, export_command: str, only_foreign: bool
) -> str:
    """The notice for a store `repair` cannot put right (``layout.repair_kept_back``)."""
    said = f"Your store {what}; something else changed it. "
    why = f"{kept_back}, so `{repair_command}` cannot remove it."
    if not only_foreign:
        return (
            f"{said}Nothing is saved, backed up or exported while it is so, and {why} Restore "
            "a backup made before it was changed."
        )
    return (
        f"{said}Nothing is saved and backups are not made while it is so, and {why} "
        f"`{export_command}` still saves your data without what the app does not make, and "
        "`bounceback-tui --data-dir NEW-FOLDER import FILE` brings that into a fresh store; "
        "or restore a backup made before it was changed."
    )
