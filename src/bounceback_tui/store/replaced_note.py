"""A note beside the store saying what last replaced it wholesale, and when.

A restore, an import with --replace or demo data with --force changes everything an open
window shows at once; that window reads this note when it sees another window's write, and
tells the person why (a stranger's walk: a restore took a skill away without a word). The
note lives beside the store, not in it, so a restored store holds exactly what its backup
held. It is a courtesy: a note that cannot be written or read is no note, never a failure.
Standard library only (the CLI's restore never loads the ORM).
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path
from typing import Any

from bounceback_tui.paths import FILE_MODE

# A note is a few dozen bytes; anything longer is not one.
MAX_NOTE_BYTES = 4096


def note_path(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.name}.replaced.json")


def write_replaced_note(db_path: Path, how: str, source: str = "") -> None:
    """After the replacement's commit: ``how`` ("restore", "import" or "demo") replaced the
    store at ``db_path`` from ``source`` (a file's name), now (seconds since the epoch)."""
    path = note_path(db_path)
    partial = path.with_name(f".{path.name}.partial")
    with contextlib.suppress(OSError):
        partial.unlink(missing_ok=True)
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump({"how": how, "from": source, "at": time.time()}, out)
        os.replace(partial, path)


def read_replaced_note(db_path: Path) -> dict[str, Any] | None:
    """The note as written, or None when there is none or it is not one."""
    try:
        # By its descriptor, as every file this layer reads by hand (tests/test_store_locks_kept);
        # not following a link, and never waiting on a pipe.
        fd = os.open(note_path(db_path), os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        try:
            raw = os.read(fd, MAX_NOTE_BYTES + 1)
        finally:
            os.close(fd)
        value = json.loads(raw) if len(raw) <= MAX_NOTE_BYTES else None
    except (OSError, ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None
