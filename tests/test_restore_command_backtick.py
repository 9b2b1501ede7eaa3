"""A `command` one cell longer than the terminal keeps its closing backtick
(domain/command_wrap.py): the break goes before the command, its opening backtick ending the
line above.

Found by a tester at exactly 60 columns: `restore` printed its 61-character
`bounceback-tui --data-dir … restore latest` whole on a line, and the terminal folded its
closing backtick onto a line of its own.
"""

from __future__ import annotations

import io
import re

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.command_wrap import wrapped
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _restore(paths: DataPaths, monkeypatch: pytest.MonkeyPatch, out: io.StringIO) -> str:
    monkeypatch.setattr("sys.stdout", out)
    assert main(["--data-dir", str(paths.data_dir), "restore"]) == 0
    return out.getvalue()


def test_the_closing_backtick_stays_with_the_command(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    back_up_store(opened_paths)
    back_up_store(opened_paths)
    # To a pipe, one line: the command the person is told to run.
    piped = _restore(opened_paths, monkeypatch, io.StringIO())
    (command,) = re.findall(r"`[^`]*restore latest`", piped)
    width = len(command) - 1  # the command and its backticks one cell too long
    monkeypatch.setenv("COLUMNS", str(width))
    lines = _restore(opened_paths, monkeypatch, Terminal()).splitlines()
    (at,) = [n for n, line in enumerate(lines) if line.startswith(command[1:])]
    assert len(lines[at]) <= width, lines  # the command and its closing backtick, one line
    assert lines[at - 1].endswith(" `"), lines  # opened on the line above
    assert "`" not in lines  # never a backtick alone on a line


def test_a_sentence_breaks_before_a_command_one_cell_too_long() -> None:
    command = "`bounceback-tui --data-dir /srv/bounceback restore latest`."
    said = f"Restore one with {command}"
    width = len(command) - 1
    assert wrapped(said, width).splitlines() == ["Restore one with `", command[1:]]
    # A command that fits its line, or whose words alone are too long, is as before.
    assert wrapped("Run `ls -l` now.", 8).splitlines() == ["Run", "`ls -l`", "now."]
    assert wrapped(said, width - 1).splitlines() == ["Restore one with", command]
