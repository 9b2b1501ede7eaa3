"""The command line: flags, sub-commands, and staying light without the UI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bounceback_tui import __version__
from bounceback_tui.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"bounceback-tui {__version__}"


def test_help_lists_sub_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for word in ("paths", "demo", "--data-dir", "--version"):
        assert word in out


def test_paths_follows_data_dir_before_or_after_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (
        ["--data-dir", str(tmp_path / "x"), "paths", "--json"],
        ["paths", "--json", "--data-dir", str(tmp_path / "x")],
    ):
        assert main(argv) == 0
        places = json.loads(capsys.readouterr().out)
        assert places["database"] == str(tmp_path / "x" / "bounceback.sqlite3")
        assert places["backups"] == str(tmp_path / "x" / "backups")
        assert places["settings"] == str(tmp_path / "config" / "settings.toml")
    assert not (tmp_path / "x").exists()


def test_paths_uses_environment_variable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["paths"]) == 0
    out = capsys.readouterr().out
    assert str(tmp_path / "data" / "bounceback.sqlite3") in out


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=os.environ.copy(), timeout=60
    )


def test_non_ui_command_does_not_import_textual() -> None:
    probe = (
        "import sys\n"
        "from bounceback_tui.cli import main\n"
        "code = main(['paths'])\n"
        "heavy = sorted(m for m in ('textual', 'sqlmodel', 'sqlalchemy', 'httpx')\n"
        "               if m in sys.modules)\n"
        "print('HEAVY=' + ','.join(heavy))\n"
        "sys.exit(code)\n"
    )
    result = _run("-c", probe)
    assert result.returncode == 0, result.stderr
    assert "HEAVY=\n" in result.stdout


def test_python_dash_m_entry_point() -> None:
    result = _run("-m", "bounceback_tui", "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"bounceback-tui {__version__}"


def test_store_errors_are_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "bad"
    data.mkdir()
    (data / "bounceback.sqlite3").write_text("not a database")
    assert main(["--data-dir", str(data), "demo"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("bounceback-tui: ")
    assert "not an SQLite database" in err
    assert "Traceback" not in err


def test_opening_the_app_does_not_build_the_parser(tmp_path: Path) -> None:
    # No sub-command: main() reads --data-dir itself (argparse and the eleven sub-command
    # modules cost the first paint several milliseconds), and still opens the app there.
    # A driver is named, as the tests' subprocesses run the app: its output is a pipe here,
    # and away from a terminal the launch is refused before it reaches run_app. The launch's
    # own quiet_keys (the standard library's termios, no sub-command's) is not one of them.
    probe = (
        "import os, sys\n"
        "os.environ['TEXTUAL_DRIVER'] = 'textual.drivers.headless_driver:HeadlessDriver'\n"
        "import bounceback_tui.commands.run_app as run_app\n"
        "run_app.run_app = lambda paths: print('DB=' + str(paths.database)) or 0\n"
        "from bounceback_tui.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "loaded = sorted(m for m in sys.modules if m == 'argparse' or\n"
        "                m.startswith('bounceback_tui.commands.') and\n"
        "                m not in (run_app.__name__, 'bounceback_tui.commands.quiet_keys'))\n"
        "print('LOADED=' + ','.join(loaded))\n"
        "sys.exit(code)\n"
    )
    for argv in (["--data-dir", str(tmp_path / "a")], [f"--data-dir={tmp_path / 'a'}"]):
        result = _run("-c", probe, *argv)
        assert result.returncode == 0, result.stderr
        assert f"DB={tmp_path / 'a' / 'bounceback.sqlite3'}\n" in result.stdout
        assert "LOADED=\n" in result.stdout


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--data-dir", "/x/y"],
        ["--data-dir=/x/y"],
        ["--data-dir=-odd"],
        ["--data-dir", "-x"],  # a missing value: argparse says so
        ["--data-dir="],
        ["--data", "/x/y"],  # an abbreviation argparse accepts
        ["--data-dir", "/x", "--data-dir", "/y"],
        ["paths"],
        ["--version"],
    ],
)
def test_the_launch_shortcut_reads_what_argparse_reads(argv: list[str]) -> None:
    from bounceback_tui.cli import build_parser, launch_args

    quick = launch_args(argv)
    if quick is None:
        return  # left to argparse, whatever it is
    full = build_parser().parse_args(argv)
    assert quick.command is None and full.command is None
    assert getattr(quick, "data_dir", None) == getattr(full, "data_dir", None)
