"""Every path and file name the command line prints goes out through the one safe-text helper
(commands.terminal_text, domain/text.display_text): a tester's walk put a backup named
`evil<ESC>]0;PWNED<BEL><ESC>[2J.sqlite3` in the backups folder, and `restore` and
`backup --list` printed it raw (the terminal's title changed and the screen was cleared), a
label column showed `<ESC>[31mred`, and `paths`, `backup`, `demo` and `calendar -o` did the
same with an escape sequence in --data-dir or -o."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = ROOT / "src" / "bounceback_tui" / "commands"
EVIL_NAME = "evil\x1b]0;PWNED\x07\x1b[2J.sqlite3"
RED_LABEL = "bounceback-20260301-090000-\x1b[31mred.sqlite3"
REPLACEMENT = "\ufffd"


def _raw(text: str) -> bool:
    return "\x1b" in text or "\x07" in text


def _backups_with_evil_names(paths: DataPaths) -> None:
    folder = paths.ensure_backup_dir()
    for name in (EVIL_NAME, RED_LABEL):
        shutil.copyfile(paths.database, folder / name)


@pytest.mark.parametrize("argv", [["restore"], ["backup", "--list"]], ids=" ".join)
def test_backups_with_escape_sequences_in_their_names_are_listed_harmlessly(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    _backups_with_evil_names(opened_paths)
    assert main(argv) == 0
    said = capsys.readouterr().out
    assert not _raw(said)
    # Each name is still there to be read, its escape characters shown as U+FFFD.
    assert f"evil{REPLACEMENT}]0;PWNED{REPLACEMENT}{REPLACEMENT}[2J.sqlite3" in said
    assert f"{REPLACEMENT}[31mred" in said
    assert said.count("empty") == 2


def test_restoring_a_backup_with_an_escape_sequence_in_its_name_says_it_harmlessly(
    opened_paths: DataPaths,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bounceback_tui import commands

    _backups_with_evil_names(opened_paths)
    asked: list[str] = []
    monkeypatch.setattr(commands, "interactive", lambda: True)
    monkeypatch.setattr("builtins.input", lambda question: asked.append(question) or "y")
    assert main(["restore", EVIL_NAME]) == 0
    (question,) = asked
    assert not _raw(question)
    assert f"with {opened_paths.backups}/evil{REPLACEMENT}]0;PWNED" in question
    said = capsys.readouterr().out
    assert not _raw(said)
    assert f"Restored {opened_paths.backups}/evil{REPLACEMENT}]0;PWNED" in said


def test_a_data_folder_with_an_escape_sequence_is_printed_harmlessly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data\x1b[31m\x1b]0;PWNED\x07"
    shown = f"data{REPLACEMENT}[31m{REPLACEMENT}]0;PWNED{REPLACEMENT}"
    for argv in (["demo", "--scale", "1"], ["paths"], ["backup"], ["restore"]):
        assert main(["--data-dir", str(folder), *argv]) == 0, argv
        said = capsys.readouterr()
        assert not _raw(said.out + said.err), argv
        assert shown in said.out, argv
    assert main(["--data-dir", str(folder), "paths", "--json"]) == 0
    assert not _raw(capsys.readouterr().out)


def test_a_calendar_file_with_an_escape_sequence_is_named_harmlessly(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "cal\x1b[2J.ics"
    assert main(["calendar", "-o", str(target)]) == 0
    assert target.is_file()  # the file keeps its name exactly; only what is printed changes
    said = capsys.readouterr().out
    assert not _raw(said)
    assert f"cal{REPLACEMENT}[2J.ics" in said


def test_a_daily_backup_that_failed_after_the_app_closed_names_its_folder_harmlessly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """run_app hands the daily backup the command line's own way to say a line."""
    from bounceback_tui.commands.failures import say
    from bounceback_tui.paths import resolve_paths
    from bounceback_tui.store.background import DailyBackup
    from bounceback_tui.store.sqlite_file import open_store

    paths = resolve_paths(tmp_path / "data\x1b]0;PWNED\x07")
    open_store(paths)

    def refuse(_self: DataPaths) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(DataPaths, "ensure_backup_dir", refuse)
    job = DailyBackup(paths, None, delay=0, say=say)
    job.start()
    job.finish()
    said = capsys.readouterr().err
    assert "Today's backup was not taken." in said
    assert f"data{REPLACEMENT}]0;PWNED{REPLACEMENT}" in said
    assert not _raw(said)


# What a command may print without the helper: text written in the code, and numbers.
_SAFE_CALLS = {"terminal_text", "terminal_json"}
_NUMBERS = {("fetch_posting.py", "app.id")}


def test_every_print_of_the_commands_goes_through_the_safe_text_helper() -> None:
    """A new `print(f"... {path}")` in a command would print a path raw again."""
    unsafe = []
    for module in sorted([*COMMANDS.glob("*.py"), COMMANDS.parent / "cli.py"]):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("print", "input")
                and node.args
            ):
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                continue
            if isinstance(first, ast.Call) and getattr(first.func, "id", "") in _SAFE_CALLS:
                continue
            if (module.name, ast.unparse(first)) in _NUMBERS:
                continue
            unsafe.append(f"{module.name}:{node.lineno} {ast.unparse(first)[:60]}")
    assert unsafe == []


def _terminal_safe(said: str) -> bool:
    """Nothing a terminal acts on: no control character but the line break (no lone
    carriage return, escape or bell), no bidi override."""
    import unicodedata

    return not any(
        (unicodedata.category(ch) == "Cc" and ch != "\n") or ch in "\u202a\u202e\u2066\u2069"
        for ch in said
    )


def test_a_lone_carriage_return_in_a_name_is_a_space_on_today_s_lines(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    """An old Mac line end (a lone "\\r", kept by the CSV import) in a company or role was
    printed by `today` as U+FFFD ("Lumen\ufffdHealth"), where the app's Today pane shows a
    space: a one-line place. Every other control character is still U+FFFD, never raw."""
    import sqlite3

    with sqlite3.connect(opened_paths.database) as conn:
        for company, role in (("Lumen\rHealth", "Data\r\nAnalyst"), ("Evil\x1b[2J Co", "QA")):
            conn.execute(
                "INSERT INTO application (company, role, stage, date_applied, next_follow_up, "
                "created_at, updated_at) VALUES (?, ?, 'screening', '2026-02-01', "
                "'2026-03-13', '2026-02-01 09:00:00', '2026-02-01 09:00:00')",
                (company, role),
            )
    conn.close()
    assert main(["today"]) == 0
    said = capsys.readouterr().out
    assert "Follow up with Lumen Health (Data Analyst)" in said, said
    assert f"Follow up with Evil{REPLACEMENT}[2J Co (QA)" in said, said
    assert said.count(REPLACEMENT) == 1, said
    assert _terminal_safe(said), repr(said)


def test_the_command_line_draws_a_lone_carriage_return_as_the_pane_does() -> None:
    """A line break where lines are allowed (what a command prints as its lines), a space
    inside a one-line name (``clip_name``), never U+FFFD nor raw."""
    from bounceback_tui.commands import terminal_text
    from bounceback_tui.domain.text import clip_name

    assert terminal_text("Met them\rat the fair") == "Met them\nat the fair"
    assert terminal_text("Met them\r\nat the fair") == "Met them\r\nat the fair"  # kept
    assert clip_name("Lumen\rHealth") == "Lumen Health"
    assert terminal_text("a\x1bb\x07c\rd") == f"a{REPLACEMENT}b{REPLACEMENT}c\nd"


def test_a_csv_to_standard_output_keeps_its_line_ends(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    """CSV's rows end in "\\r\\n", which stays; a note's lone "\\r" is a line break inside
    its quotes, an escape still U+FFFD."""
    import sqlite3

    with sqlite3.connect(opened_paths.database) as conn:
        conn.execute(
            "INSERT INTO application (company, role, stage, notes, created_at, updated_at) "
            "VALUES ('Lumen', 'Analyst', 'saved', ?, '2026-02-01 09:00:00', "
            "'2026-02-01 09:00:00')",
            ("Met them\rat the fair\x1b[2J",),
        )
    conn.close()
    assert main(["export", "--format", "csv", "-o", "-"]) == 0
    said = capsys.readouterr().out
    assert said.count("\r\n") >= 2, repr(said)  # the header's and the row's
    assert "\r" not in said.replace("\r\n", ""), repr(said)
    assert f"Met them\nat the fair{REPLACEMENT}[2J" in said, repr(said)


def test_the_journal_printed_names_with_a_lone_carriage_return_on_one_line(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    """`export --format markdown -o -` printed "Lumen\ufffdHealth" in its table of
    applications; a name in a row is one line, the carriage return a space there."""
    import sqlite3

    with sqlite3.connect(opened_paths.database) as conn:
        conn.execute(
            "INSERT INTO application (company, role, stage, date_applied, created_at, "
            "updated_at) VALUES (?, ?, 'applied', '2026-03-02', '2026-03-02 09:00:00', "
            "'2026-03-02 09:00:00')",
            ("Lumen\rHealth", "Data\r\nAnalyst\x07"),
        )
    conn.close()
    assert main(["export", "--format", "markdown", "--from", "all", "-o", "-"]) == 0
    said = capsys.readouterr().out
    assert f"| Lumen Health | Data Analyst{REPLACEMENT} |" in said, said
    assert _terminal_safe(said), repr(said)
