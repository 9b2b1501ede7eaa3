"""Whether a backup's file is whole, read without SQLite: its length against the pages its
header counts (a backup cut short), and the first page of each table and index (a page each).
`restore`'s list reads this instead of SQLite's integrity check, which read every page of
every backup (store/restore.check_listed).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import BinaryIO

from bounceback_tui.store.held_files import HeldConnection, read_with
from bounceback_tui.store.untouched_read import read_untouched


def pages_whole(path: Path) -> bool | None:
    """True when the backup at ``path`` is whole as far as these pages tell, False when it is
    cut short or a root page is not a b-tree; None when this process holds it open through
    SQLite (then SQLite checks it)."""
    roots = read_untouched(path, _roots)
    return read_with(path, lambda file: _pages_whole(file, roots))


def _pages_whole(file: BinaryIO, roots: list[int]) -> bool:
    header = file.read(100)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counted = header[24:28] == header[92:96]  # the count is up to date (SQLite's rule)
    if counted and os.fstat(file.fileno()).st_size < pages * page_size:
        return False
    for root in roots:  # each table's and index's first page: one of the b-tree kinds
        file.seek((root - 1) * page_size)
        if file.read(1) not in _BTREE_PAGES:
            return False
    return True


_BTREE_PAGES = (b"\x02", b"\x05", b"\x0a", b"\x0d")  # index and table, inner and leaf


def _roots(uri: str) -> list[int]:
    conn = sqlite3.connect(uri, uri=True, factory=HeldConnection)
    try:
        found = conn.execute("SELECT rootpage FROM sqlite_master WHERE rootpage > 1")
        return [int(row[0]) for row in found]
    finally:
        conn.close()
