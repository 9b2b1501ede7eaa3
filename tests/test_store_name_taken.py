"""Something other than a store at the store's name is named for what it is (an attacker's
walk).

A link to nothing, a folder, a named pipe or a link to /dev/zero at DIR/bounceback.sqlite3:
`demo` (which makes a store), `today`, `backup` and the others said "There is no
bounceback-tui store at …", and the app's launch waited forever on the named pipe. Each
now says what is there, and leaves it as it was.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.helpers import at_a_terminal

AFTER = (
    "so no store can be read or made there. Nothing was changed; move it out of the way, or "
    "choose another folder with --data-dir."
)


def _dangling(path: Path) -> str:
    path.symlink_to(path.parent / "moved-away.sqlite3")
    return "is a link to nothing"


def _folder(path: Path) -> str:
    path.mkdir()
    return "is a folder, not a file"


def _pipe(path: Path) -> str:
    os.mkfifo(path)
    return "is a named pipe, not a file"


def _zero(path: Path) -> str:
    path.symlink_to("/dev/zero")
    return "is a device, not a file"


KINDS: dict[str, Callable[[Path], str]] = {
    "link to nothing": _dangling,
    "folder": _folder,
    "named pipe": _pipe,
    "link to /dev/zero": _zero,
}
COMMANDS = [["demo"], ["today"], ["backup"], ["export", "-o", "-"], ["restore"]]


def _left_as_it_was(path: Path, kind: str) -> None:
    if kind == "link to nothing":
        assert path.is_symlink() and not (path.parent / "moved-away.sqlite3").exists()
    elif kind == "folder":
        assert path.is_dir() and list(path.iterdir()) == []
    elif kind == "named pipe":
        assert stat.S_ISFIFO(path.lstat().st_mode)
    else:
        assert path.is_symlink() and os.readlink(path) == "/dev/zero"
    assert sorted(p.name for p in path.parent.iterdir()) == ["bounceback.sqlite3"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("kind", list(KINDS))
def test_a_command_names_what_has_the_stores_name(
    data_paths: DataPaths, capsys: pytest.CaptureFixture[str], kind: str, command: list[str]
) -> None:
    data_paths.data_dir.mkdir(parents=True, exist_ok=True)
    what = KINDS[kind](data_paths.database)
    assert main(command) == 1
    said = capsys.readouterr()
    assert said.err == f"bounceback-tui: {data_paths.database} {what}, {AFTER}\n"
    assert "There is no bounceback-tui store" not in said.out + said.err
    _left_as_it_was(data_paths.database, kind)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("kind", list(KINDS))
def test_the_launch_names_it_too_and_never_waits_on_a_pipe(
    data_paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    kind: str,
) -> None:
    data_paths.data_dir.mkdir(parents=True, exist_ok=True)
    at_a_terminal(monkeypatch)
    what = KINDS[kind](data_paths.database)
    status: list[int] = []
    launch = threading.Thread(target=lambda: status.append(main([])), daemon=True)
    launch.start()
    launch.join(20)
    waited = launch.is_alive()
    if waited:  # let the launch's open of the pipe go, so the test ends
        os.close(os.open(data_paths.database, os.O_WRONLY | os.O_NONBLOCK))
        launch.join(20)
    assert not waited, "the launch waited on what has the store's name"
    assert status == [1]
    assert capsys.readouterr().err == f"bounceback-tui: {data_paths.database} {what}, {AFTER}\n"
    _left_as_it_was(data_paths.database, kind)


def test_a_data_dir_that_is_a_link_to_nothing_is_named_as_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Said as `--data-dir notes.txt` (a file) is: "Could not use … (File exists)" was said."""
    gone = tmp_path / "gone"
    gone.symlink_to(tmp_path / "moved")
    for command in (["today"], ["demo"]):
        assert main(["--data-dir", str(gone), *command]) == 1
        assert f"{gone} is a link to nothing" in capsys.readouterr().err
    assert not (tmp_path / "moved").exists()
