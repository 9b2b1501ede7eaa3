"""A store moved aside takes its journal files with it, or nothing moves at all.

Start fresh on a store file that would not move (marked immutable, its folder writable) had
already moved its -wal and -shm away: the store's last writes, still in its -wal, were parted
from it, and "nothing was changed" was not so (a fixer's note)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from bounceback_tui.errors import StoreError
from bounceback_tui.store.aside import move_aside

FILES = {"": b"the store", "-wal": b"its last writes", "-shm": b"its index"}


def _store(folder: Path) -> Path:
    db = folder / "bounceback.sqlite3"  # a folder of its own: nothing else in it
    for suffix, content in FILES.items():
        Path(f"{db}{suffix}").write_bytes(content)
    return db


def _refusing(monkeypatch: pytest.MonkeyPatch, refused: Path) -> None:
    replace = os.replace

    def refuse(source: str | Path, target: str | Path) -> None:
        if Path(source) == refused:
            raise PermissionError(errno.EPERM, "Operation not permitted", str(source))
        replace(source, target)

    monkeypatch.setattr(os, "replace", refuse)


def _as_they_were(folder: Path, db: Path) -> None:
    for suffix, content in FILES.items():
        assert Path(f"{db}{suffix}").read_bytes() == content, suffix
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{db.name}{s}" for s in FILES)


@pytest.mark.parametrize("refusing", ["", "-wal", "-shm"])
def test_a_file_that_will_not_move_leaves_the_store_and_its_journals_together(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, refusing: str
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    db = _store(folder)
    _refusing(monkeypatch, Path(f"{db}{refusing}"))
    with pytest.raises(StoreError):
        move_aside(db, "changed", "20261207-170000")
    _as_they_were(folder, db)


def test_a_store_moved_aside_takes_its_journals_and_is_kept_private(tmp_path: Path) -> None:
    db = _store(tmp_path)
    os.chmod(db, 0o644)
    moved = move_aside(db, "changed", "20261207-170000")
    assert moved.name == "bounceback.sqlite3.changed-20261207-170000"
    for suffix, content in FILES.items():
        assert not Path(f"{db}{suffix}").exists(), suffix
        kept = Path(f"{moved}{suffix}")
        assert kept.read_bytes() == content, suffix
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600, suffix
