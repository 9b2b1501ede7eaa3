"""The full-screen app opens only when standard input, output and error are terminals.

Found trying the app as a person would: `bounceback-tui 2> log` drew the whole screen into
the log (escape codes, the terminal left blank), `bounceback-tui < /dev/null` showed a screen
no key could reach (only a signal ended it), and `bounceback-tui > out.txt` or `| cat` gave
the file or program nothing (Textual draws on standard error). Each now says in one line
which stream is not a terminal and names the commands meant for scripts, with status 1.

The refusal comes before anything touches the disk. It came after the store was opened: a
refused launch on a new --data-dir made the folder and an empty store, and one on a store a
closed window had left with its -wal folded that log in and deleted it. The store-problem
screen asks the same rule (it asked only of input and output, and drew into `2> log`).

A driver named in TEXTUAL_DRIVER (Textual's headless one, as the tests' subprocesses run the
app; its web driver) draws where it says, so nothing is asked of the streams then. The
benchmarks launch the app in tmux, a real terminal (benchmarks/terminal.py,
count_first_frame.py).
"""

from __future__ import annotations

import io
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

import bounceback_tui
from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp

HEADLESS = "textual.drivers.headless_driver:HeadlessDriver"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class _File(io.StringIO):
    def isatty(self) -> bool:
        return False


def _streams(monkeypatch: pytest.MonkeyPatch, not_terminals: tuple[str, ...]) -> io.StringIO:
    """Standard input, output and error replaced, those named not terminals; the error's."""
    for name in ("stdin", "stdout", "stderr"):
        monkeypatch.setattr(sys, name, _File() if name in not_terminals else _Terminal())
    err = sys.stderr
    assert isinstance(err, io.StringIO)
    return err


def _opened(monkeypatch: pytest.MonkeyPatch) -> list[BouncebackApp]:
    """The apps that were run (each ends at once, as `q` would end it)."""
    import bounceback_tui.commands.run_app as run_app_module

    opened: list[BouncebackApp] = []
    monkeypatch.setattr(BouncebackApp, "run", lambda self, *a, **k: opened.append(self))
    monkeypatch.setattr(run_app_module, "BACKUP_DELAY_S", 0)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    return opened


def _beside(paths: DataPaths) -> list[str]:
    return sorted(path.name for path in paths.data_dir.iterdir() if path.is_file())


def _as_found(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Each file in ``folder`` (and the folder itself): its bytes and when it last changed."""
    found = {".": (b"", folder.stat().st_mtime_ns)}
    for path in folder.iterdir():
        found[path.name] = (path.read_bytes(), path.stat().st_mtime_ns)
    return found


# A window killed after saving (`kill -9`, a power cut): what it saved is still in the -wal.
_KILLED_AFTER_A_SAVE = (
    "import os, sqlite3, sys\n"
    "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "conn.execute('PRAGMA wal_autocheckpoint = 0')\n"
    "conn.execute(\"INSERT INTO setting (key, value) VALUES ('weekly_goal', '7')\")\n"
    "os._exit(0)\n"
)


@pytest.mark.parametrize(
    ("not_terminals", "said"),
    [
        (("stdout",), "Standard output is not a terminal (a file or another program takes it)"),
        (("stdin",), "Standard input is not a terminal (the app reads your keys there)"),
        (("stderr",), "Standard error is not a terminal (the app draws its screen there)"),
        (("stdin", "stdout", "stderr"), "Standard output is not a terminal"),
    ],
    ids=["stdout", "stdin", "stderr", "none"],
)
def test_the_app_is_not_opened_without_a_terminal(
    opened_paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
    not_terminals: tuple[str, ...],
    said: str,
) -> None:
    opened = _opened(monkeypatch)
    err = _streams(monkeypatch, not_terminals)
    assert main([]) == 1  # the store of BOUNCEBACK_DATA_DIR: the commands need no --data-dir
    assert opened == []
    out = sys.stdout
    line = err.getvalue()
    # Only standard error not a terminal (`2> log`): the line is on the screen too.
    assert isinstance(out, io.StringIO)
    shown = out.getvalue()
    assert shown.split() == (line.split() if not_terminals == ("stderr",) else [])
    # One message; on a terminal it is wrapped at its words, a command it suggests never
    # broken inside (tests/test_terminal_message_word_wrap.py).
    assert line.endswith("\n") and line.count("bounceback-tui: ") == 1
    assert all(said.count("`") % 2 == 0 for said in line.split("\n"))
    line = line.rstrip("\n").replace("\n", " ") + "\n"
    assert line.startswith(f"bounceback-tui: {said}")
    assert "so the full-screen app was not opened" in line
    assert "`bounceback-tui today` for what is due" in line
    assert "`bounceback-tui export` for your data" in line
    assert "`bounceback-tui --help` lists them all" in line
    assert _beside(opened_paths) == ["bounceback.sqlite3"]  # nothing made beside it


def test_with_stderr_sent_away_the_refusal_is_shown_on_the_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `bounceback-tui --data-dir D 2>/dev/null` exited 1 with nothing on the screen: the
    # refusal went only to the redirected standard error.
    _opened(monkeypatch)
    err = _streams(monkeypatch, ("stderr",))
    folder = tmp_path / "d"
    assert main(["--data-dir", str(folder)]) == 1
    shown = sys.stdout.getvalue()  # type: ignore[union-attr]
    assert shown.startswith("bounceback-tui: Standard error is not a terminal")
    assert f"`bounceback-tui --data-dir {folder} today`" in shown
    # The log keeps it on one line, as before; the terminal has it wrapped at its words.
    assert err.getvalue().count("\n") == 1 and err.getvalue().split() == shown.split()


def test_a_refused_command_is_not_repeated_on_stdout(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A command's own refusals stay on standard error: its output is for its reader.
    _streams(monkeypatch, ("stderr",))
    assert main(["--data-dir", str(opened_paths.data_dir), "restore", "nosuch"]) == 1
    assert sys.stdout.getvalue() == ""  # type: ignore[union-attr]


def test_the_commands_named_are_for_the_store_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _opened(monkeypatch)
    err = _streams(monkeypatch, ("stdout",))
    folder = tmp_path / "d"
    assert main(["--data-dir", str(folder)]) == 1
    line = err.getvalue()
    assert f"`bounceback-tui --data-dir {folder} today`" in line
    assert f"`bounceback-tui --data-dir {folder} export`" in line


def test_at_a_terminal_the_app_opens(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = _opened(monkeypatch)
    _streams(monkeypatch, ())
    assert main(["--data-dir", str(opened_paths.data_dir)]) == 0
    assert len(opened) == 1


def test_a_driver_chosen_on_purpose_opens_without_a_terminal(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = _opened(monkeypatch)
    _streams(monkeypatch, ("stdin", "stdout", "stderr"))
    monkeypatch.setenv("TEXTUAL_DRIVER", HEADLESS)
    assert main(["--data-dir", str(opened_paths.data_dir)]) == 0
    assert len(opened) == 1


@pytest.mark.parametrize("stream", ["stdout", "stdin", "stderr"])
def test_a_refused_launch_makes_no_folder_and_no_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stream: str
) -> None:
    opened = _opened(monkeypatch)
    err = _streams(monkeypatch, (stream,))
    folder = tmp_path / "new" / "d"
    assert main(["--data-dir", str(folder)]) == 1
    assert opened == []
    assert "is not a terminal" in err.getvalue()
    assert not (tmp_path / "new").exists()  # neither the folder nor its parent was made


def test_a_refused_launch_leaves_a_stores_files_as_they_were(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store a killed window left with its -wal and -shm: the refusal opened it, folded the
    log into the store and deleted both (every file's bytes and time changed)."""
    subprocess.run(
        [sys.executable, "-c", _KILLED_AFTER_A_SAVE, str(opened_paths.database)], check=True
    )
    assert _beside(opened_paths) == [
        "bounceback.sqlite3",
        "bounceback.sqlite3-shm",
        "bounceback.sqlite3-wal",
    ]
    before = _as_found(opened_paths.data_dir)
    time.sleep(0.02)  # a file written now would show a later time
    opened = _opened(monkeypatch)
    err = _streams(monkeypatch, ("stdout",))
    assert main(["--data-dir", str(opened_paths.data_dir)]) == 1
    assert opened == []
    assert err.getvalue().startswith("bounceback-tui: Standard output is not a terminal")
    assert _as_found(opened_paths.data_dir) == before


def test_a_store_damaged_inside_is_left_as_found_and_the_commands_named_say_so(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The refusal does not read the store, damaged or not; `today`, which it names, says the
    damage and the way out (the app says it at a terminal)."""
    from tests.damage_fixtures import damaged_store

    damaged_store(opened_paths)
    before = _as_found(opened_paths.data_dir)
    opened = _opened(monkeypatch)
    err = _streams(monkeypatch, ("stdout",))
    assert main([]) == 1  # the store of BOUNCEBACK_DATA_DIR: the commands need no --data-dir
    assert opened == []
    line = err.getvalue()
    assert line.startswith("bounceback-tui: Standard output is not a terminal")
    assert "`bounceback-tui today` for what is due" in line
    assert _as_found(opened_paths.data_dir) == before
    err.truncate(0)
    err.seek(0)
    assert main(["today"]) == 1
    assert "is damaged" in err.getvalue()


def test_the_store_problem_screen_asks_the_launchs_rule(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Damage met once the app was up offers the store-problem screen, which asked only of
    standard input and output: with `2> log` it drew itself into the log."""
    from bounceback_tui.commands import run_app as run_app_module
    from bounceback_tui.errors import BouncebackError, NotADatabaseError
    from bounceback_tui.ui.screens.store_problem import StoreProblemApp

    shown: list[StoreProblemApp] = []
    monkeypatch.setattr(StoreProblemApp, "run", lambda app: shown.append(app))
    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    _streams(monkeypatch, ("stderr",))
    problem = NotADatabaseError(f"The file at {opened_paths.database} is damaged.")
    with pytest.raises(BouncebackError) as said:
        run_app_module.resolve_store_problem(opened_paths, problem)
    assert shown == []
    assert "is damaged" in str(said.value) and "choose 'Start fresh'" in str(said.value)
    monkeypatch.setenv("TERM", "dumb")  # TERM too, as at launch
    _streams(monkeypatch, ())
    with pytest.raises(BouncebackError):
        run_app_module.resolve_store_problem(opened_paths, problem)
    assert shown == []
    monkeypatch.setenv("TERM", "xterm-256color")
    assert run_app_module.resolve_store_problem(opened_paths, problem) is False
    assert len(shown) == 1


@pytest.mark.slow
def test_output_to_a_pipe_at_a_real_terminal_is_refused(opened_paths: DataPaths) -> None:
    """`bounceback-tui | cat` in a terminal (a pty): the line is shown there, the pipe gets
    nothing, and the process ends by itself (before, the app opened and waited for `q`)."""
    import pty

    main_fd, terminal = pty.openpty()
    src = str(Path(bounceback_tui.__file__).resolve().parents[1])
    env = {**os.environ, "TERM": "xterm-256color", "PYTHONPATH": src}
    env.pop("TEXTUAL_DRIVER", None)
    app = subprocess.Popen(
        [sys.executable, "-m", "bounceback_tui", "--data-dir", str(opened_paths.data_dir)],
        stdin=terminal,
        stdout=subprocess.PIPE,
        stderr=terminal,
        env=env,
        start_new_session=True,
    )
    os.close(terminal)
    shown = b""
    try:
        deadline = time.monotonic() + 60
        while app.poll() is None and time.monotonic() < deadline:
            ready, _, _ = select.select([main_fd], [], [], 0.2)
            if ready:
                try:
                    shown += os.read(main_fd, 65536)
                except OSError:
                    break
        status = app.wait(timeout=30)
        assert app.stdout is not None
        piped = app.stdout.read()
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        if app.stdout is not None:
            app.stdout.close()
        os.close(main_fd)
    assert status == 1
    assert piped == b""
    assert b"Standard output is not a terminal" in shown
    assert b"\x1b[?1049h" not in shown  # the full screen was never entered
