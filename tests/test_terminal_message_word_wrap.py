"""On a terminal, a message is wrapped at its spaces to the terminal's width: no word, path or
`command` is folded in two; one longer than the width has a line of its own, whole. A pipe or a
file gets it on one line, as before.

The terminal folded the messages wherever its edge fell: "number 2 was b" / "ounceback…" and
"give its nam" / "e:" at 80 columns, "No" / "thing was changed" at 60, and the line printed
after `q` on "Ready to go" cut its kept store's path ("bounceba" / "ck.sqlite3").
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from bounceback_tui.commands import failures, store_problem
from bounceback_tui.paths import DataPaths

WIDTHS = (60, 80, 100, 120)
KEPT = "/home/sam/.local/share/bounceback-tui/bounceback.sqlite3.changed-20270105-090000"
SAID = (
    "Line number 2 was bounceback's own header, not an application: give its name: "
    f"the store {KEPT} is kept as it was. Nothing was changed. Run "
    "`bounceback-tui restore --data-dir /home/sam/notes` to choose a backup."
)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _one_word(line: str) -> bool:
    """Whether ``line`` is one word, a path or a `command` (its spaces inside backticks)."""
    return " " not in re.sub(r"`[^`]*`", "`", line.strip())


def _words_whole(said: str, lines: list[str], width: int) -> None:
    """Each line fits the terminal or is one word (a path, a command) alone; no word is cut."""
    for line in lines:
        assert len(line) <= width or _one_word(line), (width, lines)
    assert " ".join(lines).split() == said.split(), (width, lines)
    for word in said.split():
        if "`" not in word:
            assert any(word in line.split() for line in lines), (width, word, lines)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_message_on_a_terminal_is_wrapped_at_its_words(
    width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(failures.sys, "stderr", terminal)
    monkeypatch.setenv("COLUMNS", str(width))
    failures.say(SAID)
    lines = terminal.getvalue().splitlines()
    assert len(lines) > 1
    _words_whole(f"bounceback-tui: {SAID}", lines, width)
    assert any(KEPT in line.split() for line in lines)  # the path whole, on one line


def test_a_message_to_a_file_stays_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    file = io.StringIO()
    monkeypatch.setattr(failures.sys, "stderr", file)
    monkeypatch.setenv("COLUMNS", "60")
    failures.say(SAID)
    assert file.getvalue() == f"bounceback-tui: {SAID}\n"


@pytest.mark.parametrize("width", WIDTHS)
def test_the_line_after_q_on_ready_to_go_keeps_the_kept_path_whole(
    width: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = Terminal()
    monkeypatch.setattr("sys.stdout", terminal)
    monkeypatch.setenv("COLUMNS", str(width))
    outcome = f"Started a fresh store. The old store, as it was, is kept as {KEPT}."
    store_problem._say_left(DataPaths(tmp_path / "data", tmp_path / "cfg"), outcome)
    lines = terminal.getvalue().splitlines()
    assert len(lines) > 1
    for line in lines:
        assert len(line) <= width or _one_word(line), (width, lines)
    said = " ".join(lines).split()
    assert said[: len(outcome.split())] == outcome.split(), lines
    assert any(f"{KEPT}." in line.split() for line in lines), lines
