"""A key typed while the app starts is not echoed onto the terminal (commands/quiet_keys.py).

Found trying the app as a person would: `bounceback-tui` and a key at once (`j`, as the app
was asked for) printed the key in the shell's screen before the first frame, and it stayed
there after the app ended, before the prompt ("z$"). Until Textual takes the terminal over,
a moment before the first frame, the terminal echoes what is typed; the launch now turns the
echo off first, and gives the terminal its own settings back when the app ends.
"""

from __future__ import annotations

import os
import pty
import sys
import termios
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """Standard input is a terminal of its own (a pty, echoing as a shell leaves it); its fd."""
    main_end, terminal_end = pty.openpty()
    stdin = os.fdopen(terminal_end, "r", closefd=False)
    monkeypatch.setattr(sys, "stdin", stdin)
    # The streams are the test's, not terminals: the launch's own rule is tested elsewhere.
    monkeypatch.setattr("bounceback_tui.commands.not_a_terminal", lambda: None)
    try:
        yield terminal_end
    finally:
        stdin.close()
        os.close(terminal_end)
        os.close(main_end)


def _echoes(fd: int) -> bool:
    return bool(termios.tcgetattr(fd)[3] & termios.ECHO)


def _launch(
    paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
    until_first_frame: Callable[[DataPaths], int],
) -> int:
    """The launch as `bounceback-tui --data-dir PATH` runs it, the app itself replaced by
    ``until_first_frame`` (what runs before Textual takes the terminal over)."""
    monkeypatch.setattr("bounceback_tui.commands.run_app.run_app", until_first_frame)
    return main(["--data-dir", str(paths.data_dir)])


def test_keys_typed_while_the_app_starts_are_not_echoed(
    terminal: int, data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _echoes(terminal)
    before = termios.tcgetattr(terminal)
    echoing: list[bool] = []

    def starting(_paths: DataPaths) -> int:
        echoing.append(_echoes(terminal))
        return 0

    assert _launch(data_paths, monkeypatch, starting) == 0
    assert echoing == [False]
    assert termios.tcgetattr(terminal) == before  # the shell's terminal, as it was


def test_the_terminal_echoes_again_after_a_launch_that_fails(
    terminal: int, data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = termios.tcgetattr(terminal)

    def interrupted(_paths: DataPaths) -> int:
        raise KeyboardInterrupt

    assert _launch(data_paths, monkeypatch, interrupted) == 130
    assert termios.tcgetattr(terminal) == before


def test_input_that_is_not_a_terminal_is_left_alone(tmp_path: Path) -> None:
    from bounceback_tui.commands.quiet_keys import KeysNotEchoed

    with (tmp_path / "keys.txt").open("w") as file, KeysNotEchoed(file.fileno()):
        pass
    read_end, write_end = os.pipe()
    try:
        with KeysNotEchoed(read_end):
            pass
    finally:
        os.close(read_end)
        os.close(write_end)
