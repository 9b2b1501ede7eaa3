"""The last word on a failure nothing else explained: one line and a non-zero status.

- damage inside the store: what SQLite said and the way out (status 1);
- a closed pipe (``bounceback-tui today | head -1``): nothing at all (status 141,
  what a shell reports for a program stopped by SIGPIPE);
- a file-system failure (a full disk, a read-only folder): its sentence (status 1);
- anything else is a crash: the full traceback goes to a private log file in the
  state folder (file 0600, folder 0700; no local variables, so none of your text),
  and the terminal gets one line naming the error and the file (status 70).

Standard library only, like every module the command line imports.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bounceback_tui import APP_NAME, __version__

if TYPE_CHECKING:
    from bounceback_tui.paths import DataPaths

EXIT_FAILED = 1
EXIT_CRASHED = 70  # EX_SOFTWARE: an internal error
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE
CRASH_LOGS_KEPT = 10
# Said by the command line, which names its --data-dir in each command quoted (cli._say).
RESTORE_HINT = (
    "`bounceback-tui restore` lists your backups and puts one back; run `bounceback-tui` in a "
    "terminal to choose between that and starting fresh."
)
# With no backup, `restore` and `backup` were no way out (an attacker's walk): the app is.
NO_BACKUP_HINT = (
    "There is no backup to restore yet: run `bounceback-tui` in a terminal, and it offers to "
    "keep the damaged file aside (never deleted) and start fresh with an empty store."
)
# How the store's own sentences for damage end; said by the command line without a backup
# as NO_BACKUP_HINT (way_out).
_RESTORE_CLAUSE = "; restore a backup with `bounceback-tui restore`."


def damage_hint(paths: DataPaths | None) -> str:
    """The way out of a damaged store: restoring a backup, or, with none, the app."""
    from bounceback_tui.store.backup import list_backups

    return NO_BACKUP_HINT if paths is not None and not list_backups(paths) else RESTORE_HINT


def way_out(message: str, paths: DataPaths) -> str:
    """``message`` with "restore a backup" said as NO_BACKUP_HINT when there is none."""
    if _RESTORE_CLAUSE not in message:
        return message
    from bounceback_tui.store.backup import list_backups

    if list_backups(paths):
        return message
    return message.replace(_RESTORE_CLAUSE, f". {NO_BACKUP_HINT}")


def say(message: str, *, on_screen: bool = False) -> None:
    """One line on stderr, prefixed with the program's name. A message can quote stored or
    typed text (a path, a company), so it goes out neutralised (``terminal_text``).

    ``on_screen``: the line is also printed on standard output when that is a terminal and
    stderr is not (a launch refused). `bounceback-tui 2> log` exited 1 with nothing on the
    screen: the refusal, "standard error is not a terminal", went into the log."""
    from bounceback_tui.commands import terminal_text

    line = f"{APP_NAME}: {message}"
    if on_screen and not _a_terminal(sys.stderr) and _a_terminal(sys.stdout):
        with contextlib.suppress(OSError, ValueError):
            print(terminal_text(fitted(line, sys.stdout)), file=sys.stdout, flush=True)
    if sys.stderr is None:  # started with it closed (`2>&-`): print() would use stdout
        return
    with contextlib.suppress(OSError, ValueError):  # stderr closed too: nothing to say
        print(terminal_text(fitted(line, sys.stderr)), file=sys.stderr)


def fitted(line: str, stream: TextIO | None) -> str:
    """``line`` for ``stream``: on a terminal, wrapped at its spaces to the terminal's width
    (``domain/command_wrap.wrapped``), never inside a word, a path or a `command`; one longer
    than the width has a line of its own. The terminal folded it mid-word ("number 2 was b" /
    "ounceback…" at 80 columns, "No" / "thing was changed" at 60)."""
    width = terminal_width(stream)
    if width is None:
        return line  # a file or another program: one line, as before
    from bounceback_tui.domain.command_wrap import wrapped

    return wrapped(line, width)


def terminal_width(stream: TextIO | None) -> int | None:
    """The width of the terminal ``stream`` writes to; None for a file or another program."""
    if not _a_terminal(stream):
        return None
    import shutil

    return shutil.get_terminal_size().columns


def print_fitted(text: str) -> None:
    """``text`` on standard output, neutralised (``terminal_text``) and ``fitted`` to it: the
    list of backups was wrapped at 72 columns whatever the terminal."""
    from bounceback_tui.commands import terminal_text

    print(terminal_text(fitted(text, sys.stdout)))


def _a_terminal(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError, OSError):  # closed or replaced streams
        return False


def explain(
    exc: BaseException, database: Path, paths: DataPaths | None = None, after: str = ""
) -> int:
    """Say what went wrong in one line (or nothing, for a closed pipe); the exit status.

    ``database`` is the store this run used, for the message about damage; the commands it
    quotes name ``paths``' --data-dir, if one was given. ``after``: a sentence said after it
    (``PART_WAY``)."""
    from bounceback_tui.store.damage import damaged_error, is_damage

    if isinstance(exc, BrokenPipeError):
        quiet_stdout()
        return EXIT_BROKEN_PIPE
    if is_damage(exc):
        said = f"{damaged_error(database, exc)} {after + ' ' if after else ''}{damage_hint(paths)}"
        if paths is not None:
            from bounceback_tui.commands import name_data_dir

            said = name_data_dir(said, paths)
        say(said)
        return EXIT_FAILED
    if isinstance(exc, OSError) and exc.errno is not None:
        from bounceback_tui.store.failure_words import describe_os_error

        where = Path(exc.filename) if isinstance(exc.filename, str) else Path.cwd()
        say(f"{describe_os_error(exc, where)} {after}".rstrip())
        return EXIT_FAILED
    return report_crash(exc, after)


# Said of a failure after some of the output went to standard output (`export -o -`): what
# was written there cannot be taken back, so "nothing half-done was kept" was untrue.
PART_WAY = (
    "The output stopped part-way: what was already written to standard output is incomplete; "
    "do not use it as a whole export."
)
EXIT_INTERRUPTED = 130  # 128 + SIGINT


def stopped_part_way(exc: BaseException, paths: DataPaths) -> int:
    """The last word on a failure (or ctrl+c) after a command began writing its data to
    standard output: what went wrong, as ``explain`` or the command line says it, and that
    the output is incomplete (``PART_WAY``); the exit status, never 0. A closed pipe is not
    one: it is raised again, and ends quietly (``explain``)."""
    from bounceback_tui.errors import BouncebackError, StoreDamagedError

    if isinstance(exc, BrokenPipeError):
        raise exc
    if isinstance(exc, KeyboardInterrupt):
        say(f"interrupted. {PART_WAY}")
        return EXIT_INTERRUPTED
    if isinstance(exc, StoreDamagedError):
        say(f"{exc} {PART_WAY} {damage_hint(paths)}")
        return EXIT_FAILED
    if isinstance(exc, BouncebackError):
        said = str(exc)
        if _RESTORE_CLAUSE in said:  # damage: the way out last, as ``explain`` says it
            from bounceback_tui.commands import name_data_dir

            said = f"{said.replace(_RESTORE_CLAUSE, '.')} {PART_WAY} {damage_hint(paths)}"
            said = name_data_dir(said, paths)
        else:
            said = f"{way_out(said, paths)} {PART_WAY}"
        say(said)
        return EXIT_FAILED
    return explain(exc, paths.database, paths, after=PART_WAY)


def report_crash(exc: BaseException, after: str = "") -> int:
    """Write the traceback to a private crash log and say where it is, in one line; ``after``
    in place of "nothing half-done was kept" when something was (``PART_WAY``)."""
    name = type(exc).__name__
    detail = " ".join(without_values(str(exc)).split())[:160]
    what = f"{name}: {detail}" if detail else name
    kept = after or "Nothing half-done was kept."
    try:
        log = write_crash_log(exc)
    except OSError as problem:
        say(
            f"Something went wrong ({what}); the details could not be saved "
            f"({problem.strerror or problem}). {kept}"
        )
        return EXIT_CRASHED
    if after:
        say(
            f"Something went wrong ({what}). The details are in {log}. {after} "
            "Please report it, with that file if you can."
        )
        return EXIT_CRASHED
    say(
        f"Something went wrong ({what}). The details are in {log}; "
        "nothing half-done was kept. Please report it, with that file if you can."
    )
    return EXIT_CRASHED


def write_crash_log(exc: BaseException) -> Path:
    """``crash-YYYYMMDD-HHMMSS.log`` in the state folder: the traceback, no local variables."""
    import traceback
    from datetime import datetime

    from bounceback_tui.paths import FILE_MODE, ensure_private_dir, state_dir

    folder = ensure_private_dir(state_dir())
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"crash-{stamp}.log"
    counter = 1
    while path.exists():
        counter += 1
        path = folder / f"crash-{stamp}-{counter}.log"
    text = (
        f"{APP_NAME} {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n\n"
        + without_values("".join(traceback.format_exception(exc)))
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8", errors="replace") as handle:
        handle.write(text)
    _prune(folder)
    return path


# SQLAlchemy's "[parameters: ('Private Co', 'Secret role', ...)]": one line (a repr), the
# values bound to the statement. The engines hide them (store/database.py); this is the
# second guard, for an engine made elsewhere.
_PARAMETERS = re.compile(r"\[parameters: [^\n]*")


def without_values(text: str) -> str:
    """``text`` with any SQL error's bound values cut: what the person typed never reaches a
    crash log (docs/privacy.md: the error and where, not the values)."""
    return _PARAMETERS.sub("[parameters: not kept]", text)


def _prune(folder: Path) -> None:
    logs = sorted(folder.glob("crash-*.log"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in logs[CRASH_LOGS_KEPT:]:
        with contextlib.suppress(OSError):
            old.unlink()


def quiet_stdout() -> None:
    """Point stdout at /dev/null, so Python's final flush meets no closed pipe either."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def note_full_disk(db_path: Path) -> None:
    """After a command that only reads: a store on a full disk was read as it is, and
    nothing can be saved until there is room (store/disk_space.py)."""
    from bounceback_tui.store.disk_space import READ_WHILE_FULL, stuck_on_full_disk

    if stuck_on_full_disk(db_path):
        say(READ_WHILE_FULL)
