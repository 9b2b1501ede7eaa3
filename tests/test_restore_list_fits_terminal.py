"""`restore`'s list of backups is fitted to the terminal as every other message is
(commands/failures.py): wrapped at its spaces to the terminal's width, a path or a `command`
kept whole; to a pipe or a file, each sentence is one line.

The sentences under the list were wrapped at 72 columns whatever the terminal: at 120 columns
they broke in the middle of the line, at 60 the terminal folded them again mid-word, as it did
the list's lines of 80 columns and the last line naming two commands.
"""

from __future__ import annotations

import io
import re

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from tests.backup_list_lines import listed_backups
from tests.transfer_fixtures import fill_every_table

MARKS_SAID = (
    'A mark in place of what a backup holds (such as "not a store, cannot be used") says why a '
    "restore refuses it."
)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _one_word(line: str) -> bool:
    """Whether ``line`` is one word, a path or a `command` (its spaces inside backticks)."""
    return " " not in re.sub(r"`[^`]*`", "`", line.strip())


def _backups(paths: DataPaths) -> None:
    """Two backups that can be used, then a newer one that is damaged (a mark)."""
    fill_every_table(paths)
    back_up_store(paths)
    back_up_store(paths)
    back_up_store(paths).write_bytes(b"not a store" * 500)


def _listed(monkeypatch: pytest.MonkeyPatch, out: io.StringIO) -> str:
    monkeypatch.setattr("sys.stdout", out)
    assert main(["restore"]) == 0
    return out.getvalue()


@pytest.mark.parametrize("width", [50, 60, 100, 120])
def test_on_a_terminal_the_list_fits_it_and_keeps_words_whole(
    width: int, opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _backups(opened_paths)
    monkeypatch.setenv("COLUMNS", str(width))
    said = _listed(monkeypatch, Terminal())
    lines = said.splitlines()
    for line in lines:
        assert len(line) <= width or _one_word(line), (width, line)
    # Every backup is listed, its file's name whole on a line.
    entries = listed_backups(said)
    assert len(entries) == 3, said
    for entry in entries:
        assert any(re.fullmatch(r"bounceback-.*\.sqlite3", w) for w in entry.split()), entry
    # The sentence under the list uses the room there is: on one line where it fits.
    if width > len(MARKS_SAID):
        assert MARKS_SAID in lines, said
    else:
        assert MARKS_SAID in " ".join(said.split()), said
    assert any("`bounceback-tui restore latest`" in line for line in lines), said


def test_to_a_pipe_each_sentence_is_one_line(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _backups(opened_paths)
    monkeypatch.setenv("COLUMNS", "60")
    lines = _listed(monkeypatch, io.StringIO()).splitlines()
    assert MARKS_SAID in lines
    (footer,) = [line for line in lines if line.startswith("A backup's rows are checked")]
    assert footer.endswith("may still be refused then."), lines
