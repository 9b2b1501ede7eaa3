"""The commands' sentences on a terminal that is not UTF-8: the app's drawing characters as
ASCII, never a crash (commands/ascii_out.py).

A tester's walk: `PYTHONIOENCODING=ascii bounceback-tui today` ended with "Something went
wrong (UnicodeEncodeError: 'ascii' codec can't encode character '\\u201c' …)" and a crash log;
`LANG=C bounceback-tui today` at a terminal wrote its curly quotes and ellipses in UTF-8,
which an ASCII terminal shows as "â€œ". Data printed to standard output stays UTF-8
(tests/test_stdout_any_locale.py).
"""

from __future__ import annotations

import io
import os
import pty
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY

# What an ASCII terminal is given for each character these commands print in UTF-8.
ASCII = str.maketrans(
    {
        "\u2026": "...",
        "\u201c": '"',
        "\u201d": '"',
        "\u2019": "'",
        "\u00b7": "-",
        "\u2192": "->",
        "\u2014": "--",
        "\u2022": "*",
        "\u00c5": "A",
    }
)
LONG_GARBAGE = "[b]garbage written over the time by another program[/]"


class Streams:
    """Standard output and error as ``PYTHONIOENCODING`` makes them: text streams in
    ``encoding`` (output strict, error backslashreplace, as Python opens them)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, encoding: str) -> None:
        self.out_raw, self.err_raw = io.BytesIO(), io.BytesIO()
        self.out = io.TextIOWrapper(self.out_raw, encoding=encoding)
        self.err = io.TextIOWrapper(self.err_raw, encoding=encoding, errors="backslashreplace")
        monkeypatch.setattr(sys, "stdout", self.out)
        monkeypatch.setattr(sys, "stderr", self.err)

    def said(self) -> tuple[bytes, bytes]:
        self.out.flush()
        self.err.flush()
        return self.out_raw.getvalue(), self.err_raw.getvalue()


def _store(paths: DataPaths) -> None:
    from bounceback_tui.services.demo import fill_demo
    from tests.built_stores import store_once

    store_once(paths, fill_demo, 40, force=True)
    db = Database(paths.database)
    try:
        add_application(
            db, ApplicationInput(company="Åsa Design", role="Designer", date_applied=FIXED_TODAY)
        )
    finally:
        db.dispose()
    with sqlite3.connect(paths.database) as conn:  # named, clipped with "…", by `export`
        conn.execute(
            "UPDATE interview SET starts_at = ? WHERE id = (SELECT min(id) FROM interview)",
            (LONG_GARBAGE,),
        )
    conn.close()


def _run(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch, encoding: str, *argv: str
) -> tuple[int, bytes, bytes]:
    with monkeypatch.context() as patch:
        streams = Streams(patch, encoding)
        code = main([*argv, "--data-dir", str(paths.data_dir)])
        out, err = streams.said()
        return code, out, err


COMMANDS = [["today"], ["insights"], ["restore"], ["export", "-o", "{tmp}/e.json", "--force"]]


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda argv: argv[0])
def test_an_ascii_stream_gets_ascii_stand_ins_and_no_crash(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, argv: list[str]
) -> None:
    _store(opened_paths)
    argv = [arg.format(tmp=tmp_path) for arg in argv]
    if argv[0] == "restore":
        assert main(["backup", "--data-dir", str(opened_paths.data_dir)]) == 0
    code, out, err = _run(opened_paths, monkeypatch, "utf-8", *argv)
    assert code == 0, err.decode()
    wide = (out + b"\0" + err).decode("utf-8")
    code, out, err = _run(opened_paths, monkeypatch, "ascii", *argv)
    narrow = (out + b"\0" + err).decode("ascii")  # every byte ASCII
    assert code == 0, narrow
    assert "went wrong" not in narrow and "\\u" not in narrow, narrow
    assert narrow == wide.translate(ASCII)


def test_backup_on_an_ascii_stream(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _store(opened_paths)
    code, out, err = _run(opened_paths, monkeypatch, "ascii", "backup")
    said = (out + err).decode("ascii")
    assert code == 0, said
    assert "Backed up" in said


def _on_a_terminal(paths: DataPaths, env: dict[str, str], *argv: str) -> bytes:
    """What a command run at a terminal (a pseudo-terminal) writes to it."""
    command = [sys.executable, "-m", "bounceback_tui", *argv, "--data-dir", str(paths.data_dir)]
    main_end, child_end = pty.openpty()
    try:
        child = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=child_end, stderr=child_end, env=env
        )
    finally:
        os.close(child_end)
    said = b""
    try:
        while True:
            try:
                chunk = os.read(main_end, 65536)
            except OSError:  # the other end closed (EIO)
                break
            if not chunk:
                break
            said += chunk
    finally:
        os.close(main_end)
        child.wait(timeout=120)
    assert child.returncode == 0, said
    return said


@pytest.mark.slow
@pytest.mark.parametrize(
    "locale", [{"LANG": "C"}, {"LC_ALL": "C"}, {"LANG": "POSIX"}], ids=lambda e: str(e)
)
def test_a_c_locale_terminal_gets_ascii(opened_paths: DataPaths, locale: dict[str, str]) -> None:
    _store(opened_paths)
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_CTYPE")}
    env.pop("PYTHONUTF8", None)
    env.pop("PYTHONIOENCODING", None)
    said = _on_a_terminal(opened_paths, {**env, **locale}, "today")
    assert said.isascii(), [line for line in said.splitlines() if not line.isascii()]
    assert b"Something went wrong" not in said


@pytest.mark.slow
def test_a_utf8_terminal_still_gets_utf8(opened_paths: DataPaths) -> None:
    _store(opened_paths)
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_CTYPE")}
    said = _on_a_terminal(opened_paths, {**env, "LANG": "C.UTF-8"}, "insights")
    assert "\u00b7".encode() in said
