"""A command a refusal suggests stays on one line: the line is broken before it, never inside
it, on the store-problem screen and on the command line.

Start fresh on a store file that would not move (marked immutable) said "Check its owner and
attributes (ls -l, lsattr)", and at 80 columns the screen read "(ls" at the end of one line
and "-l, lsattr)" at the start of the next (the thirty-second round's left-alone list).
"""

from __future__ import annotations

import errno
import io
import os
import re
from pathlib import Path

import pytest

from bounceback_tui.commands import failures
from bounceback_tui.paths import DataPaths
from bounceback_tui.store import backup
from tests.screen_text import screen_lines
from tests.store_problem_fixtures import chooser
from tests.test_store_problem_marks import _backups

_LS = re.compile(r"\bls\b")


def _immovable(paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    replace = os.replace

    def refused(source: Path, target: Path) -> None:
        if Path(source) == paths.database:  # as a file marked immutable refuses
            raise PermissionError(errno.EPERM, "Operation not permitted", str(source))
        replace(source, target)

    monkeypatch.setattr(backup.os, "replace", refused)


def _broken(lines: list[str]) -> list[str]:
    """Each line naming `ls` without its `-l`: the command cut in two."""
    return [line for line in lines if _LS.search(line) and "ls -l" not in line]


async def test_the_screen_keeps_the_suggested_command_on_one_line_at_every_width(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _backups(opened_paths)  # no backup: Start fresh is the way on
    app = chooser(opened_paths, monkeypatch)
    _immovable(opened_paths, monkeypatch)
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("y")  # the question's "Start fresh"
        await pilot.pause()
        assert not app.done
        seen = 0
        for width in range(60, 101):
            await pilot.resize_terminal(width, 40)
            await pilot.pause()
            lines = screen_lines(app)
            seen += any("ls -l" in line for line in lines)
            assert _broken(lines) == [], (width, "\n".join(lines))
        assert seen == 41  # the suggestion is there, whole, at each width


def test_the_command_line_keeps_the_suggested_command_on_one_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    said = (
        "The file /home/sam/.local/share/bounceback-tui/bounceback.sqlite3 cannot be moved: it "
        "is protected from changes (marked immutable) or not yours; nothing was changed. "
        "Check its owner and attributes (`ls -l`, `lsattr`)."
    )
    for width in range(60, 101):
        terminal = Terminal()
        monkeypatch.setattr(failures.sys, "stderr", terminal)
        monkeypatch.setenv("COLUMNS", str(width))
        failures.say(said)
        lines = terminal.getvalue().splitlines()
        # As the terminal shows them: each line folded at its edge, wherever that falls.
        rows = [line[at : at + width] for line in lines for at in range(0, len(line), width)]
        assert _broken(rows) == [], (width, rows)
        assert " ".join(lines) == f"bounceback-tui: {said}"
