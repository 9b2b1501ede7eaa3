"""Nothing is written to a store that holds what the app does not make.

A trigger of another program's (or one that came back with a backup before backups were
checked) ran on every save, tick and move while the launch's notice held back only `backup`
and `export` (the twenty-eighth round's last walk). Every write passes through here, inside
its own write transaction, before it changes anything: ``Database.write()`` for the app and
most commands, ``sqlite_write.write_transaction`` for the JSON import. A write is refused
with one sentence naming `bounceback-tui repair` while the store holds such a thing. So are
the migrations at open (a store behind this version is not upgraded: migrations/apply.py)
and ``versions.move_store_past`` on a store file replaced by hand (its UPDATE of every row's
version fired such a trigger); `repair` puts the store right at its own version first.

Cheap on every write: SQLite's ``PRAGMA schema_version`` (a number in the file's header,
changed by every CREATE, DROP or ALTER, whoever makes it) is read inside the transaction
and compared with the one seen when the layout was last found clean; only when it moved
(the first write, a migration, a VACUUM, another program's CREATE TRIGGER while the app is
open) is ``sqlite_master`` read again. The app's own changes of layout pass that second look.
Standard library only (the JSON import runs without the ORM).
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from bounceback_tui.errors import ForeignLayoutError

if TYPE_CHECKING:
    from bounceback_tui.store.layout_faults import Fault

REPAIR = "bounceback-tui repair"
_NAME_CHARS = 32


class LayoutGuard:
    """What one store handle has seen: the schema version at which its layout was last
    found to hold nothing foreign (None: not looked at yet)."""

    def __init__(self, repair_command: str = REPAIR) -> None:
        self.repair_command = repair_command
        self._clean_at: int | None = None

    def forget(self) -> None:
        """Look again at the next write (the handle took up another file)."""
        self._clean_at = None

    def check(self, conn: sqlite3.Connection) -> None:
        """Inside a write transaction on ``conn``, before anything is written: refuse
        (ForeignLayoutError, nothing changed) when the store holds what the app does not make,
        or one of its own triggers, indexes or views is changed or missing, or a column was
        added (store/layout_faults.py)."""
        version = int(conn.execute("PRAGMA schema_version").fetchone()[0])
        if version == self._clean_at:
            return
        from bounceback_tui.store.layout_faults import layout_faults
        from bounceback_tui.store.layout_trial import column_kept_back

        found = layout_faults(conn)
        if found:  # `repair` named only where it would put the store right
            kept_back = column_kept_back(conn)
            raise ForeignLayoutError(foreign_refusal(found, self.repair_command, kept_back))
        self._clean_at = version


def refuse_foreign(conn: sqlite3.Connection, repair_command: str = REPAIR) -> None:
    """``LayoutGuard.check`` for a write made once (the JSON import's)."""
    LayoutGuard(repair_command).check(conn)


def foreign_refusal(
    found: list[Fault], repair_command: str = REPAIR, kept_back: str | None = None
) -> str:
    """The one sentence every refused write says: "Nothing was changed: your store holds a
    trigger (zz_evil) that bounceback-tui does not make, and nothing is written to it until
    it is removed. `bounceback-tui repair` removes it after a backup." (one of the app's own
    changed or missing: "… until that is put right. … puts that right after a backup.")
    ``kept_back``: why `repair` would not put it right (a column SQLite cannot drop:
    ``layout_trial.column_kept_back``); the sentence then says so, and sent the person to a
    `repair` that fails. Names are plain text, clipped to one line."""
    from bounceback_tui.store.layout_faults import told

    said = told(found, clipped_name, "holds")
    if kept_back is not None:
        return (
            f"Nothing was changed: your store {said.what}, and nothing is written to it while "
            f"it is so. {kept_back[:1].upper()}{kept_back[1:]}, so `{repair_command}` cannot "
            "remove it. Restore a backup made before it was changed."
        )
    return (
        f"Nothing was changed: your store {said.what}, and nothing is written to it until "
        f"{said.until}. `{repair_command}` {said.fix} after a backup."
    )


def rule_refusal(repair_command: str = REPAIR) -> str:
    """A save SQLite refused as breaking one of the store's rules (a constraint, a trigger's
    RAISE), said without SQLite's words (another program's trigger chose them)."""
    return (
        "Nothing was saved: the store refused the change as breaking one of its rules. If "
        f"another program changed the store, `{repair_command}` puts it back as "
        "bounceback-tui makes it, after a backup."
    )


def clipped_name(name: str) -> str:
    name = " ".join(name.split())  # one line
    return name if len(name) <= _NAME_CHARS else name[: _NAME_CHARS - 1] + "…"
