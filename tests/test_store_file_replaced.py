"""A store file replaced by hand under an open window is noticed, and nothing goes into the
file that was there.

A tester moved another store over the open one (`mv other.sqlite3 bounceback.sqlite3` in the
data folder, its -wal and -shm deleted): the window kept its connections to the old file,
now unlinked, and every save after it ("Saved") went into a file nobody would read again.
``Database.write`` and ``StoreWatch`` now compare the file at the store's path with the one
they hold open (its device and inode); a write is refused, and the window takes up the new
file through the usual checks (services/replaced_file.py).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from bounceback_tui.errors import StoreError
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.store.watch import StoreWatch
from tests.helpers import file_digest
from tests.replaced_files import (
    another_store,
    bump,
    replace_by_hand,
    titles_at,
    titles_in,
    titles_in_the_file,
)
from tests.replaced_files import skill as _skill


@pytest.fixture
def window(opened_paths: DataPaths) -> Iterator[tuple[Database, StoreWatch]]:
    db = Database(opened_paths.database)
    watch = StoreWatch(opened_paths.database)
    db.watch = watch
    watch.version()  # the window's first look, as the app's first pane does
    yield db, watch
    watch.close()
    db.close()


def test_a_write_after_the_file_was_replaced_is_refused_and_goes_nowhere(
    opened_paths: DataPaths,
    window: tuple[Database, StoreWatch],
    tmp_path: Path,
    empty_store_template: Path,
) -> None:
    db, _watch = window
    path = opened_paths.database
    _skill(db, "Mine")
    # What the old file holds, read through a connection open on it before it went.
    held = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert titles_in(held) == ["Mine"]
        replace_by_hand(path, another_store(tmp_path, empty_store_template, "Theirs"))
        with pytest.raises(StoreError) as refused:
            _skill(db, "Typed after the move")
        said = str(refused.value)
        assert said.startswith(f"The store file at {path} was replaced outside the app;")
        assert "nothing was saved" in said
        assert titles_in(held) == ["Mine"]  # not into the old file
    finally:
        held.close()
    assert titles_at(path) == ["Theirs"]  # nor, unseen, into the new one


def test_the_write_check_alone_notices_without_the_watch(
    opened_paths: DataPaths, db: Database, tmp_path: Path, empty_store_template: Path
) -> None:
    _skill(db, "Mine")
    replace_by_hand(opened_paths.database, another_store(tmp_path, empty_store_template, "X"))
    with pytest.raises(StoreError):
        _skill(db, "Lost before")
    assert titles_at(opened_paths.database) == ["X"]


def test_the_watch_and_the_handle_tell_a_replaced_file_by_one_stat(
    opened_paths: DataPaths,
    window: tuple[Database, StoreWatch],
    tmp_path: Path,
    empty_store_template: Path,
) -> None:
    from bounceback_tui.errors import StoreReplacedError
    from bounceback_tui.services.replaced_file import file_replaced

    db, watch = window
    _skill(db, "Mine")
    assert not watch.file_replaced() and not db.file_replaced()
    assert not file_replaced(db, watch)
    replace_by_hand(opened_paths.database, another_store(tmp_path, empty_store_template, "X"))
    assert watch.file_replaced() and db.file_replaced()
    assert file_replaced(db, watch) and file_replaced(None, watch)
    with pytest.raises(StoreReplacedError):
        _skill(db, "Refused")


def test_taking_up_the_new_file_keeps_the_old_one_and_writes_go_to_the_new(
    opened_paths: DataPaths,
    window: tuple[Database, StoreWatch],
    tmp_path: Path,
    empty_store_template: Path,
) -> None:
    from bounceback_tui.services.replaced_file import file_replaced, take_up_new_file

    db, watch = window
    path = opened_paths.database
    mine = _skill(db, "Mine")
    for _ in range(3):  # versions past the new file's
        bump(db, mine)
    seen = watch.version()
    replace_by_hand(path, another_store(tmp_path, empty_store_template, "Theirs"))

    taken = take_up_new_file(opened_paths, db, watch)

    assert taken.problem is None and not taken.gone and not taken.read_only
    assert taken.kept is not None and taken.kept.parent == opened_paths.backups
    assert taken.kept.name.endswith("-before-replace.sqlite3")
    assert titles_at(taken.kept) == ["Mine"]  # the store as this window had it
    assert not file_replaced(db, watch)
    assert watch.version() not in (seen, -1)  # news to every pane
    _skill(db, "After")
    assert titles_at(path) == ["Theirs", "After"]
    # A form still open on "Mine" (id 1, the version it read) can never match "Theirs".
    conn = sqlite3.connect(path)
    try:
        (version,) = conn.execute("SELECT version FROM skill WHERE title = 'Theirs'").fetchone()
    finally:
        conn.close()
    assert version > 4


def test_an_old_log_left_beside_the_new_file_is_not_read_into_it(
    opened_paths: DataPaths,
    window: tuple[Database, StoreWatch],
    tmp_path: Path,
    empty_store_template: Path,
) -> None:
    """`mv other.sqlite3 bounceback.sqlite3` alone leaves the old file's -wal beside the new
    one: read with it, the new file showed the old store's pages."""
    from bounceback_tui.services.replaced_file import take_up_new_file

    db, watch = window
    path = opened_paths.database
    _skill(db, "Mine, still in the log")
    assert Path(f"{path}-wal").stat().st_size > 0
    replace_by_hand(path, another_store(tmp_path, empty_store_template, "Theirs"), drop_sides=False)

    taken = take_up_new_file(opened_paths, db, watch)

    assert taken.problem is None
    assert titles_at(path) == ["Theirs"]
    assert taken.kept is not None and titles_at(taken.kept) == ["Mine, still in the log"]
    _skill(db, "After")
    assert titles_at(path) == ["Theirs", "After"]
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_a_file_that_cannot_be_used_is_left_as_it_was_and_writes_stay_refused(
    opened_paths: DataPaths,
    window: tuple[Database, StoreWatch],
    tmp_path: Path,
) -> None:
    from bounceback_tui.errors import StoreReplacedError
    from bounceback_tui.services.replaced_file import take_up_new_file

    db, watch = window
    path = opened_paths.database
    _skill(db, "Mine")
    other = tmp_path / "notes.sqlite3"
    other.write_bytes(b"a shopping list, not a store\n" * 40)
    replace_by_hand(path, other)
    before = file_digest(path)

    taken = take_up_new_file(opened_paths, db, watch)

    assert taken.problem is not None
    assert "is not a bounceback-tui store" in str(taken.problem)
    assert taken.kept is not None and titles_at(taken.kept) == ["Mine"]
    assert file_digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name)) == [
        path.name
    ]  # no -wal or -shm made beside it
    with pytest.raises(StoreReplacedError):
        _skill(db, "Still refused")
    assert file_digest(path) == before


def test_a_store_file_gone_refuses_writes_until_it_is_back(
    opened_paths: DataPaths, window: tuple[Database, StoreWatch], tmp_path: Path
) -> None:
    from bounceback_tui.errors import StoreReplacedError
    from bounceback_tui.services.replaced_file import file_replaced, take_up_new_file

    db, watch = window
    path = opened_paths.database
    _skill(db, "Mine")
    aside = tmp_path / "aside.sqlite3"
    os.rename(path, aside)
    assert file_replaced(db, watch)
    with pytest.raises(StoreReplacedError) as refused:
        _skill(db, "While it is gone")
    assert str(refused.value).startswith(f"The store file at {path} is gone")

    taken = take_up_new_file(opened_paths, db, watch)

    assert taken.gone and taken.problem is None
    assert not path.exists()  # no empty store made in its place
    assert taken.kept is not None and titles_at(taken.kept) == ["Mine"]
    assert titles_in_the_file(aside) == ["Mine"]  # its log folded into it, wherever it went
    os.rename(aside, path)
    assert not file_replaced(db, watch)
    _skill(db, "Back")
    assert titles_at(path) == ["Mine", "Back"]


def test_a_newer_store_put_in_place_is_refused_as_at_launch_and_left_as_it_was(
    opened_paths: DataPaths,
    window: tuple[Database, StoreWatch],
    tmp_path: Path,
    empty_store_template: Path,
) -> None:
    from bounceback_tui.errors import NewerStoreError, StoreReplacedError
    from bounceback_tui.services.replaced_file import take_up_new_file
    from bounceback_tui.store.migrations import LATEST_VERSION

    db, watch = window
    path = opened_paths.database
    _skill(db, "Mine")
    newer = another_store(tmp_path, empty_store_template, "From the future")
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    replace_by_hand(path, newer)
    before = file_digest(path)

    taken = take_up_new_file(opened_paths, db, watch)

    assert isinstance(taken.problem, NewerStoreError)
    assert str(taken.problem).startswith("This store was written by a newer bounceback-tui")
    assert file_digest(path) == before
    with pytest.raises(StoreReplacedError):
        _skill(db, "Refused")
    assert titles_in_the_file(path) == ["From the future"]


def test_a_read_only_store_put_in_place_is_read_and_saves_are_refused(
    opened_paths: DataPaths,
    window: tuple[Database, StoreWatch],
    tmp_path: Path,
    empty_store_template: Path,
) -> None:
    from bounceback_tui.services.replaced_file import take_up_new_file

    db, watch = window
    path = opened_paths.database
    _skill(db, "Mine")
    other = another_store(tmp_path, empty_store_template, "Read only")
    other.chmod(0o400)
    replace_by_hand(path, other)
    before = file_digest(path)

    taken = take_up_new_file(opened_paths, db, watch)

    assert taken.taken and taken.read_only
    assert db.read_only
    with pytest.raises(StoreError) as refused:
        _skill(db, "Refused")
    assert str(refused.value).startswith(f"The store at {path} is read-only; nothing was saved.")
    assert file_digest(path) == before
    assert titles_at(path) == ["Read only"]
