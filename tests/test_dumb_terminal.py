"""TERM=dumb: the app says it cannot open there and names the commands that work.

Found by a stranger: with ``TERM=dumb`` the full-screen app opened all the same, drawn in
24-bit colour codes (Textual knew no colour system for such a terminal and fell back to
truecolor). A dumb terminal has no colours, cursor moves or full screen, so the app is not
opened there: one line points at `today` and `export`, and the exit status is 1, as for the
other launches it refuses (standard output closed).

No TERM at all (unset or empty: cron, `env -i`) opened the app too. Textual does not read TERM
to learn what a terminal understands: it sent xterm's codes (the alternate screen, mouse
reports) in 16 colours to a terminal nothing named. It is refused as a dumb one is, and the
line says how to name a terminal that can show the app. So is ``TERM=unknown``, which names
no kind of terminal (what login programs and some containers set when nothing said otherwise):
it was given the full screen in xterm's codes, as no TERM was. So were the placeholders a
login line sets for a network or dial-up line it knows nothing about (``network``,
``dialup``, ``plugboard``: terminfo's generic entries, each the unknown terminal).

The streams are terminals in these tests unless one says otherwise: TERM alone decides.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

import bounceback_tui.commands.run_app as run_app_module
from bounceback_tui.cli import main


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _at_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard input, output and error each a terminal, as a person's launch has them."""
    for name in ("stdin", "stdout", "stderr"):
        monkeypatch.setattr(sys, name, _Terminal())


def _opened(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    opened: list[object] = []

    def run_app(paths: object) -> int:
        opened.append(paths)
        return 0

    monkeypatch.setattr(run_app_module, "run_app", run_app)
    return opened


@pytest.mark.parametrize("term", ["dumb", "DUMB"])
def test_a_dumb_terminal_is_told_what_works_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], term: str
) -> None:
    opened = _opened(monkeypatch)
    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    monkeypatch.setenv("TERM", term)
    assert main(["--data-dir", str(tmp_path / "d")]) == 1
    assert opened == []
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err
    assert err.count("\n") == 1
    assert "TERM=dumb" in err
    # The commands it names are for this store.
    assert f"`bounceback-tui --data-dir {tmp_path / 'd'} today`" in err
    assert f"`bounceback-tui --data-dir {tmp_path / 'd'} export`" in err


def test_commands_still_run_on_a_dumb_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TERM", "dumb")
    assert main(["--data-dir", str(tmp_path / "d"), "paths"]) == 0
    assert str(tmp_path / "d") in capsys.readouterr().out


@pytest.mark.parametrize(
    "term", ["xterm", "xterm-256color", "screen", "tmux-256color", "linux", "vt100", "unknownx"]
)
def test_another_terminal_opens_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, term: str
) -> None:
    opened = _opened(monkeypatch)
    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    monkeypatch.setenv("TERM", term)
    _at_a_terminal(monkeypatch)
    assert main(["--data-dir", str(tmp_path / "d")]) == 0
    assert len(opened) == 1


@pytest.mark.parametrize(
    ("term", "seen"),
    [
        ("unknown", "unknown"),
        ("UNKNOWN", "UNKNOWN"),
        (" unknown\t", "unknown"),
        ("network", "network"),
        ("dialup", "dialup"),
        ("plugboard", "plugboard"),
    ],
    ids=["unknown", "upper", "spaces", "network", "dialup", "plugboard"],
)
def test_a_terminal_of_unknown_kind_is_told_how_to_name_it(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    term: str,
    seen: str,
) -> None:
    opened = _opened(monkeypatch)
    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    monkeypatch.setenv("TERM", term)
    folder = tmp_path / "d"
    assert main(["--data-dir", str(folder)]) == 1
    assert opened == []
    assert not folder.exists()  # refused before the store was looked for
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err
    assert err.count("\n") == 1
    assert err.startswith(
        f'bounceback-tui: TERM is "{seen}", so the kind of this terminal is unknown and the '
        "full-screen app was not opened."
    )
    assert "`export TERM=xterm-256color`" in err
    assert f"run `bounceback-tui --data-dir {folder}` again" in err
    assert f"`bounceback-tui --data-dir {folder} today`" in err


def test_at_a_terminal_of_unknown_kind_the_line_is_on_the_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With `2> log` the line is shown on the terminal too, as every refused launch's is."""
    _opened(monkeypatch)
    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    monkeypatch.setenv("TERM", "unknown")
    _at_a_terminal(monkeypatch)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert main(["--data-dir", str(tmp_path / "d")]) == 1
    shown = sys.stdout.getvalue()  # type: ignore[union-attr]
    assert shown.startswith('bounceback-tui: TERM is "unknown", so the kind of this terminal')
    said = sys.stderr.getvalue()  # type: ignore[union-attr]
    assert said.count("\n") == 1 and said.split() == shown.split()  # wrapped on the screen


def test_commands_still_run_where_term_is_unknown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TERM", "unknown")
    assert main(["--data-dir", str(tmp_path / "d"), "paths"]) == 0
    assert str(tmp_path / "d") in capsys.readouterr().out


@pytest.mark.parametrize(
    ("term", "said"),
    [(None, "TERM is not set"), ("", "TERM is empty"), ("  ", "TERM is empty")],
    ids=["unset", "empty", "spaces"],
)
def test_no_term_is_told_how_to_name_one(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    term: str | None,
    said: str,
) -> None:
    opened = _opened(monkeypatch)
    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    if term is None:
        monkeypatch.delenv("TERM", raising=False)
    else:
        monkeypatch.setenv("TERM", term)
    folder = tmp_path / "d"
    assert main(["--data-dir", str(folder)]) == 1
    assert opened == []
    assert not folder.exists()  # refused before the store was looked for
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err
    assert err.count("\n") == 1
    assert err.startswith(f"bounceback-tui: {said}, so the kind of this terminal is unknown")
    assert "`export TERM=xterm-256color`" in err
    assert f"run `bounceback-tui --data-dir {folder}` again" in err
    assert f"`bounceback-tui --data-dir {folder} today`" in err
    assert f"`bounceback-tui --data-dir {folder} export`" in err


def test_a_driver_chosen_on_purpose_opens_without_term(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Textual's headless driver (the tests' subprocesses) or its web driver draws
    elsewhere: TERM says nothing about where."""
    opened = _opened(monkeypatch)
    monkeypatch.delenv("TERM", raising=False)
    monkeypatch.setenv("TEXTUAL_DRIVER", "textual.drivers.headless_driver:HeadlessDriver")
    assert main(["--data-dir", str(tmp_path / "d")]) == 0
    assert len(opened) == 1
