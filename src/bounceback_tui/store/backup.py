"""Consistent copies of the store, made with SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bounceback_tui import clock
from bounceback_tui.paths import DataPaths, create_private_file


def backup_path(paths: DataPaths, label: str) -> Path:
    """A fresh, unused file name in the backups folder (created 0700)."""
    folder = paths.ensure_backup_dir()
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    candidate = folder / f"bounceback-{stamp}-{label}.sqlite3"
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = folder / f"bounceback-{stamp}-{label}-{counter}.sqlite3"
    return candidate


def backup_connection(source: sqlite3.Connection, dest: Path) -> Path:
    """Copy the open database ``source`` into a new private file ``dest``."""
    create_private_file(dest)
    target = sqlite3.connect(dest)
    try:
        source.backup(target)
    except BaseException:
        target.close()
        dest.unlink(missing_ok=True)
        raise
    target.close()
    return dest


def backup_file(db_path: Path, dest: Path) -> Path:
    source = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
    try:
        return backup_connection(source, dest)
    finally:
        source.close()
