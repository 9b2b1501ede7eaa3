"""Three refusals say what is there, and which way round --map goes (a tester's walk).

- `--data-dir` a link that leads round in a circle said "Could not use /tmp/x/loopA (File
  exists)" (paths.wrong_kind, store/failure_words.describe_os_error);
- `restore /path/to/fifo` said "No backup called '/path/to/fifo'" though it is there
  (commands/restore.resolve_backup);
- `import one.csv --map 'Company=role'` said "has no column for: Company. Its columns are
  'Company', …" with the example `--map 'Role=company'`, the same map turned round
  (transfer/csv_mapping.required_columns_missing).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.conftest import FIXED_TODAY


@pytest.fixture
def loop(tmp_path: Path) -> Path:
    (tmp_path / "loopA").symlink_to(tmp_path / "loopB")
    (tmp_path / "loopB").symlink_to(tmp_path / "loopA")
    return tmp_path / "loopA"


def test_a_data_folder_that_is_a_link_in_a_circle_is_named_as_such(
    loop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(loop), "demo"]) == 1
    assert capsys.readouterr().err == (
        f"bounceback-tui: {loop} is a link that leads round in a circle (to itself, through "
        "other links); nothing was saved. Choose a folder with --data-dir.\n"
    )


def test_a_data_folder_inside_a_link_in_a_circle_is_named_as_such(
    loop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(loop / "sub"), "demo"]) == 1
    assert capsys.readouterr().err == (
        f"bounceback-tui: {loop / 'sub'} goes through a link that leads round in a circle (to "
        "itself, through other links); nothing was saved. Choose a folder with --data-dir.\n"
    )


def test_restoring_a_named_pipe_says_it_is_not_a_file(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert main(["restore", str(fifo), "--yes"]) == 1
    assert capsys.readouterr().err == (
        f"bounceback-tui: {fifo} is a named pipe, not a file, so it cannot be restored; "
        "`bounceback-tui restore` lists your backups.\n"
    )


def test_restoring_what_is_not_there_still_says_no_backup_by_that_name(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["restore", str(tmp_path / "nothing"), "--yes"]) == 1
    assert "No backup called" in capsys.readouterr().err


def test_a_map_that_took_a_needed_column_names_the_file_s_side_and_the_app_s(
    tmp_path: Path,
) -> None:
    from bounceback_tui.transfer.csv_import import plan_csv_import
    from bounceback_tui.transfer.files import TransferError

    path = tmp_path / "one.csv"
    path.write_text("Company,Role\nAcme,Dev\n", encoding="utf-8")
    with pytest.raises(TransferError) as refused:
        plan_csv_import(path, None, today=FIXED_TODAY, given_map={"Company": "role"})
    assert str(refused.value) == (
        "--map 'Company=role' reads the file's column 'Company' as the app's field Role, so "
        "no column is left for the app's field Company, which every application needs. --map "
        "names the file's column first, then the app's field: 'Column header=field'. Nothing "
        "was written."
    )


def test_a_file_without_the_column_says_which_side_is_which(tmp_path: Path) -> None:
    from bounceback_tui.transfer.csv_import import plan_csv_import
    from bounceback_tui.transfer.files import TransferError

    path = tmp_path / "firma.csv"
    path.write_text("Firma,Title\nAcme,Dev\n", encoding="utf-8")
    with pytest.raises(TransferError) as refused:
        plan_csv_import(path, None, today=FIXED_TODAY)
    assert "Name one with --map, the file's column first, then the app's field: " in str(
        refused.value
    )
