"""Every command that opens the store leaves nothing beside it once it ends, refused or not:
no ``-wal`` or ``-shm`` next to a store nobody else has open (store/closing.py, cli.py).

Those of a command run to its end were tidied already; a command refused after reading the
store left both (`backup` on a full disk or of a damaged store, `import` and `demo` refused
for a store that holds data, `today`, `insights`, `export` and `calendar` refused for damage:
a fixer's walk, after the round's fix of a refused `restore`). A posting added twice, a
board not followed and a backup number not listed left nothing already. The commands are
those of `bounceback-tui --help`; `paths` never opens the store."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.damage_fixtures import damage_tables
from tests.helpers import file_digest
from tests.importers_fixtures import PostingServer, serve_postings
from tests.transfer_fixtures import fill_every_table


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


@pytest.fixture
def closed_store(opened_paths: DataPaths, tmp_path: Path) -> DataPaths:
    """A store that holds data, in WAL mode, nobody has open; a JSON and a CSV export of it
    and one backup, made before (each command tidied after itself)."""
    fill_every_table(opened_paths)
    conn = sqlite3.connect(opened_paths.database)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()  # the last connection: -wal and -shm removed
    for args in (
        ["export", "-o", str(tmp_path / "all.json")],
        ["export", "--format", "csv", "-o", str(tmp_path / "apps.csv")],
        ["backup"],
    ):
        assert run(opened_paths, *args) == 0
    assert beside(opened_paths) == []
    return opened_paths


def run(paths: DataPaths, *args: str) -> int:
    return main(["--data-dir", str(paths.data_dir), *args])


def beside(paths: DataPaths) -> list[str]:
    """What SQLite keeps beside a file it has open, in the data folder and the backups."""
    kept = (p for p in paths.data_dir.rglob("*") if p.name.endswith(("-wal", "-shm", "-journal")))
    return sorted(str(p.relative_to(paths.data_dir)) for p in kept)


def _out(tmp: Path, name: str) -> str:
    return str(tmp / "out" / name)


RUN_TO_THEIR_END = [
    ("today",),
    ("insights",),
    ("demo", "--force"),
    ("boards",),
    ("boards", "list", "--json"),
    ("export", "-o", "{out}/x.json"),
    ("export", "--format", "csv", "-o", "{out}/x.csv"),
    ("export", "--format", "markdown", "-o", "{out}/x.md"),
    ("calendar", "-o", "{out}/x.ics"),
    ("import", "{tmp}/all.json", "--replace", "--yes"),
    ("import", "{tmp}/apps.csv", "--yes"),
    ("backup",),
    ("backup", "--list"),
    ("restore",),
    ("restore", "latest", "--yes"),
]


@pytest.mark.parametrize("command", RUN_TO_THEIR_END, ids=" ".join)
def test_a_command_run_to_its_end_leaves_nothing_beside_the_store(
    closed_store: DataPaths, tmp_path: Path, command: tuple[str, ...]
) -> None:
    (tmp_path / "out").mkdir()
    args = [part.format(out=tmp_path / "out", tmp=tmp_path) for part in command]
    assert run(closed_store, *args) == 0
    assert beside(closed_store) == []


def test_a_posting_added_leaves_nothing_beside_the_store(
    closed_store: DataPaths, posting_server: PostingServer
) -> None:
    assert run(closed_store, "fetch-posting", "--add", posting_server.url("/jobs/graph")) == 0
    assert beside(closed_store) == []


def _full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    from bounceback_tui.store import backup

    def no_space(*args: object, **kwargs: object) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "backup_connection", no_space)


# A command refused after it read the store, and a word of what it said.
REFUSED = [
    (("backup",), _full_disk, "disk is full"),
    (("backup", "--list"), _full_disk, "Backups in"),  # lists as ever: nothing to refuse
    (("demo",), None, "--force"),
    (("import", "{tmp}/all.json", "--yes"), None, "--replace"),
    (("boards", "unfollow", "ashby:nobody"), None, "You do not follow"),
    (("restore", "9", "--yes"), None, "no backup number 9"),
]


@pytest.mark.parametrize(
    ("command", "prepare", "said"), REFUSED, ids=[" ".join(c[0]) for c in REFUSED]
)
def test_a_refused_command_leaves_nothing_beside_the_store(
    closed_store: DataPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: tuple[str, ...],
    prepare: object,
    said: str,
) -> None:
    if callable(prepare):
        prepare(monkeypatch)
    capsys.readouterr()
    digest = file_digest(closed_store.database)
    args = [part.format(tmp=tmp_path) for part in command]
    status = run(closed_store, *args)
    captured = capsys.readouterr()
    assert said in captured.out + captured.err
    assert status == (0 if command == ("backup", "--list") else 1)
    assert beside(closed_store) == []
    assert file_digest(closed_store.database) == digest  # refused: the store as it was


def test_a_posting_added_twice_leaves_nothing_beside_the_store(
    closed_store: DataPaths, posting_server: PostingServer, capsys: pytest.CaptureFixture[str]
) -> None:
    link = posting_server.url("/jobs/graph")
    assert run(closed_store, "fetch-posting", "--add", link) == 0
    capsys.readouterr()
    assert run(closed_store, "fetch-posting", "--add", link) == 1
    assert "already in your Pipeline" in capsys.readouterr().err
    assert beside(closed_store) == []


@pytest.mark.parametrize(
    "command",
    [
        ("today",),
        ("insights",),
        ("export", "-o", "{out}/x.json"),
        ("calendar", "-o", "{out}/x.ics"),
        ("backup",),
        ("backup", "--list"),
        ("restore",),
    ],
    ids=" ".join,
)
def test_a_damaged_store_is_left_as_it_was_with_nothing_beside_it(
    closed_store: DataPaths, tmp_path: Path, command: tuple[str, ...]
) -> None:
    damage_tables(closed_store.database, "application")
    assert beside(closed_store) == []
    digest = file_digest(closed_store.database)
    (tmp_path / "out").mkdir()
    run(closed_store, *(part.format(out=tmp_path / "out") for part in command))
    assert beside(closed_store) == []
    assert file_digest(closed_store.database) == digest
