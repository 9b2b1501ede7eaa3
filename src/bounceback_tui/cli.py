"""The `bounceback-tui` command: the app by default, scripted sub-commands otherwise.

Only the standard library is imported here. Each sub-command lives in
``bounceback_tui.commands.<name>`` and imports what it needs when it runs, so
`bounceback-tui paths` (and every other non-UI command) never loads Textual.

Opening the app (no sub-command, at most ``--data-dir PATH``) is read without argparse:
building the full parser imports argparse and every sub-command's module, several
milliseconds of the first paint for arguments the app does not have.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING

from bounceback_tui import APP_NAME, __version__
from bounceback_tui.errors import BouncebackError, StoreDamagedError

if TYPE_CHECKING:
    import argparse

    from bounceback_tui.paths import DataPaths

# Sub-commands, in the order `--help` lists them.
COMMANDS: tuple[str, ...] = (
    "today",
    "insights",
    "paths",
    "demo",
    "fetch-posting",
    "boards",
    "export",
    "calendar",
    "import",
    "backup",
    "restore",
    "repair",
)
# Python sets sys.stdout to None when the program starts with it closed.
STDOUT_CLOSED = (
    "Standard output is closed, so there is nowhere to write; nothing was done. "
    "To throw the output away, send it to /dev/null instead (> /dev/null)."
)
# Sub-commands whose module has another name ("import" is a Python keyword).
_MODULES = {"import": "import_data"}


def _command_module(name: str) -> ModuleType:
    module = _MODULES.get(name, name.replace("-", "_"))
    return importlib.import_module(f"bounceback_tui.commands.{module}")


def build_parser() -> argparse.ArgumentParser:
    import argparse

    # --data-dir works before or after the sub-command; SUPPRESS keeps a value
    # given before the sub-command from being reset by the sub-parser's default.
    from bounceback_tui.commands import folder_argument

    data_dir = argparse.ArgumentParser(add_help=False)
    data_dir.add_argument(
        "--data-dir",
        metavar="PATH",
        type=folder_argument,
        default=argparse.SUPPRESS,
        help="use the store in PATH (default: $BOUNCEBACK_DATA_DIR, else your user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="A keyboard-first terminal dashboard that helps you bounce back from job "
        "rejection and keep going. Run without a command to open the app.",
        parents=[data_dir],
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = _command_module(name)
        command_parser = sub.add_parser(
            name, help=module.HELP, description=module.HELP, parents=[data_dir]
        )
        module.add_arguments(command_parser)
    return parser


class _Launch:
    """The app's own arguments, as argparse would have parsed them."""

    command = None

    def __init__(self, data_dir: str | None) -> None:
        if data_dir is not None:
            self.data_dir = data_dir


def launch_args(argv: Sequence[str]) -> _Launch | None:
    """``argv`` read without argparse if it only opens the app (nothing, ``--data-dir
    PATH`` or ``--data-dir=PATH``); None for anything else (a sub-command, ``--help``, a
    mistake), which the full parser reads and explains."""
    if not argv:
        return _Launch(None)
    if len(argv) == 2 and argv[0] == "--data-dir" and argv[1].strip() and argv[1][0] != "-":
        return _Launch(argv[1])
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and argv[0][11:].strip():
        return _Launch(argv[0].removeprefix("--data-dir="))
    return None


def offsets_joined(argv: Sequence[str]) -> list[str]:
    """``--from -90d`` as ``--from=-90d``: argparse reads "-90d" as an option of its own
    ("expected one argument"), though -90d is how the app's date fields say 90 days ago."""
    joined: list[str] = []
    for arg in argv:
        previous = joined[-1] if joined else ""
        if previous in ("--from", "--to") and arg[:1] == "-" and arg[1:2].isdigit():
            joined[-1] = f"{previous}={arg}"
        else:
            joined.append(arg)
    return joined


def main(argv: Sequence[str] | None = None) -> int:
    argv = offsets_joined(sys.argv[1:] if argv is None else argv)
    args: argparse.Namespace | _Launch | None = launch_args(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    if sys.stdout is None:  # started with it closed (`>&-`): nothing it did could be told
        return _say(STDOUT_CLOSED)
    if args.command is not None:  # a command's sentences, ASCII where the terminal is
        from bounceback_tui.commands.ascii_out import fit_streams

        fit_streams()
    from bounceback_tui.paths import resolve_paths

    paths = resolve_paths(getattr(args, "data_dir", None))
    try:
        if args.command is None:
            # Before anything touches the disk: a refused launch made the data folder and
            # the store, and tidied an existing store's -wal and -shm (commands.not_a_terminal).
            from bounceback_tui.commands import not_a_terminal

            refused = not_a_terminal()
            if refused:
                return _say(refused, paths=paths, launch=True)
            from bounceback_tui.commands.quiet_keys import KeysNotEchoed

            # Keys typed before the first frame were echoed onto the shell's screen.
            with KeysNotEchoed():
                from bounceback_tui.commands.run_app import run_app

                status = run_app(paths)  # closes the store and tidies it itself, damage aside
        else:
            status = _run_command(args.command, args, paths)
        sys.stdout.flush()  # a closed pipe is met here, not in Python's own last flush
        return status
    except StoreDamagedError as exc:
        from bounceback_tui.commands.failures import damage_hint

        return _say(f"{exc} {damage_hint(paths)}", paths=paths, launch=args.command is None)
    except BouncebackError as exc:
        from bounceback_tui.commands.failures import way_out

        return _say(way_out(str(exc), paths), paths=paths, launch=args.command is None)
    except KeyboardInterrupt:  # ctrl+c: what the command had open is closed by now
        if args.command is not None:
            _tidy(paths)
        return _say("interrupted; nothing half-written was kept.", status=130)
    except Exception as exc:  # a closed pipe, damage met deep down, or a crash
        from bounceback_tui.commands.failures import explain

        return explain(exc, paths.database, paths)


def _run_command(command: str, args: argparse.Namespace | _Launch, paths: DataPaths) -> int:
    """Run a sub-command, then tidy the store (``_tidy``). A command that failed tidies too
    when nothing was beside the store before it ran: the -wal and -shm are then its own
    readers', made by reading the store before it refused ("backup" on a full disk or a
    damaged store, an import or `demo` refused for a store that holds data: a fixer's walk).
    Files that were there before are left as they were."""
    from bounceback_tui.store.closing import side_files

    try:
        alone = not side_files(paths.database)
    except OSError:  # a folder that cannot be read: nothing is tidied after a failure
        alone = False
    try:
        status = int(_command_module(command).run(args, paths))
    except Exception:
        if alone:
            _tidy(paths)
        raise
    _tidy(paths)
    return status


def _tidy(paths: DataPaths) -> None:
    """After a command that ran to its end, every connection it opened is closed, but SQLite
    deletes the store's -wal and -shm only when the last connection to close can write, and
    most commands only read: let it, unless another window still has the store open
    (store/closing.py). So does one interrupted with ctrl+c. A command that failed leaves
    files that were beside the store before it as they are: its error may be about the store
    itself (damaged, not ours), which is never touched."""
    from bounceback_tui.store.closing import tidy_store

    tidy_store(paths.database)


def _say(
    message: str, status: int = 1, *, paths: DataPaths | None = None, launch: bool = False
) -> int:
    """One line on stderr; each command it quotes names ``paths``' --data-dir, if one was
    given (commands/__init__.name_data_dir). A ``launch`` refused also says it on stdout
    when only that is a terminal (``failures.say``'s ``on_screen``)."""
    from bounceback_tui.commands.failures import say

    if paths is not None:
        from bounceback_tui.commands import name_data_dir

        message = name_data_dir(message, paths)
    say(message, on_screen=launch)
    return status
