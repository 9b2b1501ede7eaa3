"""The full-screen app opens only when standard input, output and error are terminals.

Found trying the app as a person would: `bounceback-tui 2> log` drew the whole screen into
the log (escape codes, the terminal left blank), `bounceback-tui < /dev/null` showed a screen
no key could reach (only a signal ended it), and `bounceback-tui > out.txt` or `| cat` gave
the file or program nothing (Textual draws on standard error). Each now says in one line
which stream is not a terminal and names the commands meant for scripts, with status 1.

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
    assert out.getvalue() == (line if not_terminals == ("stderr",) else "")
    assert line.count("\n") == 1
    assert line.startswith(f"bounceback-tui: {said}")
    assert "so the full-screen app was not opened" in line
    assert "`bounceback-tui today` for what is due" in line
    assert "`bounceback-tui export` for your data" in line
    assert "`bounceback-tui --help` lists them all" in line
    assert _beside(opened_paths) == ["bounceback.sqlite3"]  # its readers' files tidied


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
    assert err.getvalue() == shown  # the log keeps it as before


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


def test_a_store_damaged_inside_is_said_before_the_terminal(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Today's prefetch met the damage: the store is what matters, and it is left as found."""
    from tests.damage_fixtures import damaged_store

    damaged_store(opened_paths)
    before = opened_paths.database.read_bytes()
    opened = _opened(monkeypatch)
    err = _streams(monkeypatch, ("stdout",))
    assert main(["--data-dir", str(opened_paths.data_dir)]) == 1
    assert opened == []
    line = err.getvalue()
    assert "is damaged" in line and "not a terminal" not in line
    assert _beside(opened_paths) == ["bounceback.sqlite3"]
    assert opened_paths.database.read_bytes() == before


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
