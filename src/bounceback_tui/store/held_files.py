"""Files this process has open through SQLite, which it must then never open any other way.

POSIX locks belong to a process and a file, not to a descriptor: closing *any* descriptor of
a file drops every lock the process holds on it, SQLite's included. A plain open, read and
close of the store's header (to refuse a file that is not SQLite, without SQLite touching it)
while one of the app's connections was open left the app holding no lock at all. Another
process's connection, closing, then found itself the last one: it folded the log into the
store and deleted ``-wal`` and ``-shm`` under the open app, whose next writes went to the
deleted files. A stranger's walk met it as a damaged store after a restore from the command
line beside the app, which had just backed up from its palette.

So every connection the app opens is a ``HeldConnection`` (``sqlite3.connect(...,
factory=HeldConnection)``; a test holds every call to it), which marks its file held while it
is open, and every raw read of a store's first bytes goes through ``read_head``, which does
not open a held file: its callers then let SQLite, which shares its locks between a process's
connections, answer. One lock orders the two, so that no connection opens between a raw read's
open and its close.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import struct
import sys
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO, TypeVar
from urllib.parse import unquote, urlsplit

T = TypeVar("T")

# A file's identity: its device and inode. The file at a path can change under a connection
# (moved over, deleted) while the connection keeps the one it opened (store/replaced_file.py).
FileKey = tuple[int, int]

_lock = threading.RLock()
_held: Counter[FileKey] = Counter()


def file_key(path: str | os.PathLike[str]) -> FileKey | None:
    """The device and inode of the file at ``path`` now (one stat), or None if there is none."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


# What a file at a path looks like now: its and its log's size and times of change. A store
# put right in place (`repair` from another shell) keeps its inode but not these.
FileState = tuple[tuple[int, int, int] | None, ...]


def file_state(path: str | os.PathLike[str]) -> FileState:
    """The size and times of change of the file at ``path`` and of its -wal (two stats)."""
    found: list[tuple[int, int, int] | None] = []
    for name in (os.fspath(path), f"{os.fspath(path)}-wal"):
        try:
            seen = os.stat(name)
        except OSError:
            found.append(None)
            continue
        found.append((seen.st_size, seen.st_mtime_ns, seen.st_ctime_ns))
    return tuple(found)


def _file_of(database: object) -> str | None:
    """The file a connection's first argument names: a path, or a ``file:`` URI's path."""
    if isinstance(database, bytes):
        database = os.fsdecode(database)
    if not isinstance(database, str | os.PathLike):
        return None
    name = os.fspath(database)
    if name.startswith("file:"):
        name = unquote(urlsplit(name).path)
    return None if name in ("", ":memory:") else name


class HeldConnection(sqlite3.Connection):
    """An SQLite connection whose file is marked held from its opening to its closing."""

    def __init__(self, database: Any, *args: Any, **kwargs: Any) -> None:
        self._held_key: FileKey | None = None
        with _lock:  # not while a raw read has the file open (read_head)
            super().__init__(database, *args, **kwargs)
            file = _file_of(database)
            if file is not None and (key := file_key(file)) is not None:
                _held[key] += 1
                self._held_key = key

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._let_go()

    def __del__(self) -> None:  # collected without a close: SQLite closes it now
        self._let_go()

    def _let_go(self) -> None:
        key, self._held_key = getattr(self, "_held_key", None), None
        if key is not None:
            with _lock:
                _held[key] -= 1
                if _held[key] <= 0:
                    del _held[key]


def held_key(conn: sqlite3.Connection) -> FileKey | None:
    """The device and inode of the file a ``HeldConnection`` opened (None for another kind, or
    one whose file could not be looked at)."""
    return getattr(conn, "_held_key", None)


def is_held(path: Path) -> bool:
    key = file_key(path)
    with _lock:
        return key is not None and key in _held


def read_head(path: Path, size: int) -> bytes | None:
    """The file's first ``size`` bytes (fewer if it is shorter), or None for a file this
    process holds open through SQLite. OSError as ``open`` raises it, and for what is not a
    regular file: a named pipe at the store's name held the app's launch forever, opening it
    waited for a writer (an attacker's walk; the caller's next step says what it is)."""
    return read_with(path, lambda handle: handle.read(size))


def read_with(path: Path, read: Callable[[BinaryIO], T]) -> T | None:
    """What ``read`` makes of the file, opened as ``read_head`` opens it (None for a held
    file): a check that reads a few pages (restore's list of backups) keeps the same rule."""
    with _lock:
        if is_held(path):
            return None
        with open(path, "rb", opener=_without_waiting) as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise OSError(errno.EINVAL, "not a regular file", str(path))
            return read(handle)


def _without_waiting(path: str, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


# Where Linux lists this process's open descriptors, each a link named after its file.
_OWN_DESCRIPTORS = "/proc/self/fd"


def stale_logs(path: Path) -> set[FileKey]:
    """The ``-wal`` and ``-shm`` files of the store at ``path`` that this process holds open
    through SQLite and that are no longer the files at their paths (deleted, or another file
    there now), by device and inode; empty where the system does not list its descriptors.

    SQLite finds a store's log by its path and never looks again: ``rm bounceback.sqlite3-wal
    bounceback.sqlite3-shm`` under an open window left it writing to files nobody else read,
    and its close folded them in and deleted the log a command had started since (a
    stranger's walk: an import reported done, then lost). SQLite's own descriptors are looked
    at through the system's list, by a stat of each link: nothing is opened, so nothing is
    closed (the rule above)."""
    try:
        names = os.listdir(_OWN_DESCRIPTORS)
    except OSError:
        return set()
    real = os.path.realpath(path)
    sides = {real + suffix: file_key(real + suffix) for suffix in ("-wal", "-shm")}
    stale: set[FileKey] = set()
    for name in names:
        link = f"{_OWN_DESCRIPTORS}/{name}"  # a string: a Path each was most of the cost
        try:
            target = os.readlink(link)
        except OSError:
            continue  # closed meanwhile (the listing's own descriptor)
        side = target.removesuffix(" (deleted)")
        if side not in sides:
            continue
        held = file_key(link)  # the open file itself: the link leads to it
        if held is not None and held != sides[side]:
            stale.add(held)
    return stale


# SQLite's lock bytes (its unix VFS): every connection holding a store in WAL mode keeps a
# shared lock on the store's SHARED range and on the -shm's "dead man switch" byte.
_SHARED_FIRST, _SHARED_SIZE = 0x40000000 + 2, 510
_SHM_DMS = 128


def log_removed_elsewhere(path: Path) -> bool:
    """Whether another process holds the store at ``path`` through a log removed from beside
    it: it holds the store's shared lock, and nobody else holds the -shm now at its path (or
    there is none). A command writing then would write beside a window that can no longer see
    it, and whose pending commits, folded in at its close, would be lost under them. Two
    opens and two lock queries (``F_GETLK``, which takes no lock), only when this process's
    SQLite holds neither file (the rule above); False wherever it cannot tell (not Linux)."""
    if not sys.platform.startswith("linux"):
        return False
    with _lock:
        if is_held(path):
            return False
        try:
            if not _locked_elsewhere(path, _SHARED_FIRST, _SHARED_SIZE):
                return False
            shm = Path(f"{os.path.realpath(path)}-shm")
            return not shm.exists() or not _locked_elsewhere(shm, _SHM_DMS, 1)
        except OSError:
            return False


def _locked_elsewhere(path: Path, start: int, length: int) -> bool:
    """Whether another process holds a lock on bytes ``start`` to ``start + length`` of the
    file (Linux's ``struct flock``); nothing is locked by asking."""
    import fcntl  # POSIX only: this module is imported everywhere

    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        asked = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, start, length, 0)
        found = fcntl.fcntl(fd, fcntl.F_GETLK, asked)
    finally:
        os.close(fd)
    return struct.unpack("hhqqi4x", found)[0] != fcntl.F_UNLCK
