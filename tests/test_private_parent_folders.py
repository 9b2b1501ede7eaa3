"""Every folder the app creates is 0700, the missing ones above the data folder too (a
tester's walk: `--data-dir a/b/c` made c 0700 but a and a/b 0755, readable by everyone)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The umask most systems start with, which gives a plain mkdir 0755."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("usual_umask")
def test_missing_folders_above_the_data_folder_are_made_private(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kept = tmp_path / "kept"
    kept.mkdir(mode=0o755)
    os.chmod(kept, 0o755)
    data = kept / "a" / "b" / "c"
    assert main(["--data-dir", str(data), "demo", "--scale", "1"]) == 0
    assert "Demo data written" in capsys.readouterr().out
    assert _mode(kept / "a") == 0o700
    assert _mode(kept / "a" / "b") == 0o700
    assert _mode(data) == 0o700
    assert _mode(data / "bounceback.sqlite3") == 0o600
    assert _mode(kept) == 0o755  # there already: not the app's to change


@pytest.mark.usefixtures("usual_umask")
def test_an_export_into_new_folders_makes_them_private(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same rule as the data folder's (paths.make_private_folders), for `--parents`."""
    target = tmp_path / "out" / "deeper" / "all.json"
    assert main(["export", "-o", str(target), "--parents"]) == 0
    assert _mode(tmp_path / "out") == 0o700
    assert _mode(tmp_path / "out" / "deeper") == 0o700
    assert _mode(target) == 0o600
