"""`bounceback-tui boards`: follow companies' job boards and add their new openings as leads."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, TextIO

from bounceback_tui.commands import command_line, folder_argument, terminal_json, terminal_text
from bounceback_tui.domain.text import clip_near_word
from bounceback_tui.domain.wording import plural
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.upgrade_rules import upgrade_rules

if TYPE_CHECKING:
    from bounceback_tui.services.board_refresh import RefreshProgress
    from bounceback_tui.services.boards import BoardView
    from bounceback_tui.store.database import Database

HELP = "follow companies' Greenhouse, Lever or Ashby job boards; refresh adds new openings"

_BOARD_HELP = "the board's link (https://jobs.lever.co/acme) or provider:name (lever:acme)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="boards_action", metavar="ACTION")
    refresh = actions.add_parser(
        "refresh",
        help="check every followed board and add new openings as Saved applications",
        description="Check every followed board (a few at a time) and add new openings as Saved "
        "applications, never one already in your Pipeline. Exit status 1 if any board "
        "could not be read (the others are still stored).",
    )
    refresh.add_argument(
        "--timeout",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="how long to wait for each board (default 10)",
    )
    follow = actions.add_parser("follow", help="follow a company's job board")
    follow.add_argument("board", metavar="URL_OR_PROVIDER:TOKEN", help=_BOARD_HELP)
    follow.add_argument(
        "--company", metavar="NAME", help="the company's name (default: from the board's name)"
    )
    listing = actions.add_parser("list", help="list the boards you follow (the default)")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    unfollow = actions.add_parser("unfollow", help="stop following a board")
    unfollow.add_argument(
        "board", metavar="ID_OR_URL_OR_PROVIDER:TOKEN", help="its id (from list), link or name"
    )
    # --data-dir also works after the action, like after any other command.
    for action in (refresh, follow, listing, unfollow):
        action.add_argument(
            "--data-dir",
            metavar="PATH",
            type=folder_argument,
            default=argparse.SUPPRESS,
            help=argparse.SUPPRESS,
        )


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    from bounceback_tui.store.database import Database
    from bounceback_tui.store.sqlite_file import open_store

    action = args.boards_action or "list"
    if action == "follow":
        from bounceback_tui.store.replaced_file import refuse_beside_a_removed_log

        refuse_beside_a_removed_log(paths.database)
    # Only following a board may start a store; the rest refuse a folder holding none.
    db = Database(open_store(paths, create=action == "follow", rules=upgrade_rules).path)
    try:
        if action == "follow":
            return _follow(db, args, paths)
        if action == "unfollow":
            return _unfollow(db, args)
        if action == "refresh":
            return _refresh(db, args)
        return _list(db, getattr(args, "json", False), paths)
    finally:
        db.dispose()


def _follow(db: Database, args: argparse.Namespace, paths: DataPaths) -> int:
    from bounceback_tui.services.boards import follow_board_spec

    board = follow_board_spec(db, args.board, args.company)
    print(
        terminal_text(
            f"Following {board.company} ({board.spec}). "
            f"`{command_line(paths, 'boards refresh')}` adds its openings as Saved applications."
        )
    )
    return 0


def _unfollow(db: Database, args: argparse.Namespace) -> int:
    from bounceback_tui.services.boards import board_by_spec_or_id, unfollow_board

    board = board_by_spec_or_id(db, args.board)
    unfollow_board(db, board.id)
    print(
        terminal_text(f"No longer following {board.company} ({board.spec}); its applications stay.")
    )
    return 0


def _list(db: Database, as_json: bool, paths: DataPaths) -> int:
    from bounceback_tui.services.boards import list_boards

    boards = list_boards(db)
    if as_json:
        print(
            terminal_json(
                json.dumps([_board_json(b) for b in boards], indent=2, ensure_ascii=False)
            )
        )
        return 0
    if not boards:
        example = "boards follow https://jobs.lever.co/acme --company Acme"
        print(
            terminal_text(
                "You do not follow any job boards yet. Follow one with "
                f"`{command_line(paths, example)}`."
            )
        )
        return 0
    from bounceback_tui.domain.text import screen_line, text_cells
    from bounceback_tui.domain.wording import checked_words

    rows = [
        (
            str(board.id),
            screen_line(board.company),
            board.spec,
            f"{board.last_checked_at:%Y-%m-%d %H:%M}" if board.last_checked_at else "not yet",
            board.last_error,
        )
        for board in boards
    ]
    header = ("ID", "Company", "Board", "Last checked", "")
    widths = [max(text_cells(row[n]) for row in (header, *rows)) for n in range(3)]
    for ident, company, spec, checked, error in (header, *rows):
        # Cells counted as a terminal draws them: a name in a wide script keeps its columns.
        line = "  ".join(
            (
                " " * (widths[0] - text_cells(ident)) + ident,
                company + " " * (widths[1] - text_cells(company)),
                spec + " " * (widths[2] - text_cells(spec)),
                checked_words(checked, error),  # "not yet (last try failed: …)"
            )
        )
        print(terminal_text(line))
    return 0


def _board_json(board: BoardView) -> dict[str, object]:
    return {
        "id": board.id,
        "company": board.company,
        "provider": board.provider,
        "token": board.token,
        "url": board.public_url,
        "last_checked_at": board.last_checked_at.isoformat() if board.last_checked_at else None,
        "last_error": board.last_error or None,
    }


def _refresh(db: Database, args: argparse.Namespace) -> int:
    from bounceback_tui.errors import BouncebackError
    from bounceback_tui.services.board_refresh import refresh_boards_sync
    from bounceback_tui.services.boards import list_boards

    if not 0.5 <= args.timeout <= 120:
        raise BouncebackError("--timeout must be between 0.5 and 120 seconds.")
    if not list_boards(db):
        print("You do not follow any job boards yet; nothing to refresh.")
        return 0
    progress = ProgressLine(sys.stderr) if sys.stderr.isatty() else None
    if progress:
        progress.start(len(list_boards(db)))
    try:
        report = refresh_boards_sync(
            db, timeout=args.timeout, on_progress=progress.update if progress else None
        )
    finally:
        if progress:
            progress.clear()
    for outcome in report.outcomes:
        name = f"{outcome.board.company} ({outcome.board.spec})"
        if outcome.error:
            print(terminal_text(f"{name}: not read. {outcome.error}"), file=sys.stderr)
        else:
            print(terminal_text(f"{name}: {outcome.summary()}"))
    print(terminal_text(report.summary()))
    return 1 if report.failed else 0


class ProgressLine:
    """A one-line progress bar on a terminal, redrawn in place."""

    WIDTH = 24

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def start(self, total: int) -> None:
        self.stream.write(f"\r\x1b[KChecking {plural(total, 'board')}…")
        self.stream.flush()

    def update(self, progress: RefreshProgress) -> None:
        filled = round(self.WIDTH * progress.done / max(progress.total, 1))
        bar = "█" * filled + "░" * (self.WIDTH - filled)
        mark = "could not be read" if progress.error else "read"
        company = clip_near_word(progress.board.company, 30)
        text = f"Checking boards {bar} {progress.done:,}/{progress.total:,}  {company} {mark}"
        self.stream.write(f"\r\x1b[K{terminal_text(text)}")
        self.stream.flush()

    def clear(self) -> None:
        self.stream.write("\r\x1b[K")
        self.stream.flush()
