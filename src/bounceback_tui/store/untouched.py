"""Reading whether a store is ours without leaving anything beside it.

Any reader of a store in WAL mode makes its ``-wal`` and ``-shm`` files (SQLite needs the
log's index even to read), so a store then refused (from a newer version, cut short,
another program's) had two new files beside it while the message said it was left
untouched (a tester's walk). When neither file is there, no log holds anything to fold in
and the main file alone is the store: it is read as immutable, which creates nothing.

If either file appears while it is read, another window or command opened the store
meanwhile and may have written to it: the read is made again as any reader makes it (the
files are that process's by then, not ours).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from bounceback_tui.errors import StoreError


def identity_untouched(
    path: Path, wal: bool, read: Callable[[bool], tuple[int, int, bool]]
) -> tuple[int, int, bool]:
    """What ``read(immutable)`` finds of the store at ``path`` (its version, owner and
    whether it has tables: ``sqlite_file.read_identity``), read as immutable when ``wal``
    (its header says it is in WAL mode) and neither file is beside it before and after."""
    if wal and alone(path):
        try:
            found = read(True)
        except StoreError:
            if alone(path):
                raise
        else:
            if alone(path):
                return found
    return read(False)


def cut_short(path: Path, head: bytes) -> bool:
    """Whether the file is shorter than its own header says it is (a copy cut off, a file
    truncated). Asked only when no log is beside it: the header's page count is then the
    file's alone, and SQLite keeps it (bytes 28 to 31) when the two numbers that vouch for
    it (bytes 24 to 27 and 92 to 95) agree."""
    if len(head) < 100 or head[24:28] != head[92:96] or not alone(path):
        return False
    pages = int.from_bytes(head[28:32], "big")
    page_size = int.from_bytes(head[16:18], "big")
    try:
        size = path.stat().st_size
    except OSError:
        return False
    return size < pages * (65536 if page_size == 1 else page_size)


def alone(path: Path, *more: str) -> bool:
    """Whether neither ``-wal`` nor ``-shm`` (nor any of ``more``) is beside ``path``."""
    return not any(side_file(path, suffix).exists() for suffix in ("-wal", "-shm", *more))


def side_file(path: Path, suffix: str) -> Path:
    """Where SQLite keeps the store's ``-wal``, ``-shm`` or ``-journal``: beside the file
    ``path`` leads to, every link in its name followed, as SQLite follows them when it opens
    it. Looked for beside a link, a store reached through one was never tidied: its files
    stayed beside the real file after every command (an attacker's walk)."""
    return Path(f"{os.path.realpath(path)}{suffix}")
