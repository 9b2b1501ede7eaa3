"""`bounceback-tui calendar`: interviews, follow-ups and due steps as an iCalendar file."""

from __future__ import annotations

import argparse

from bounceback_tui.paths import DataPaths

HELP = (
    "write your calendar (interviews, follow-ups, due recovery steps, skill targets) as an "
    ".ics file; importing a newer one updates the events"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="where to write ('-' for the terminal); default: a dated .ics file in this folder",
    )
    parser.add_argument(
        "--days",
        type=int,
        default=None,
        metavar="N",
        help="how many days ahead, from today (default: 90)",
    )
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    parser.add_argument(
        "--parents",
        action="store_true",
        help="create FILE's folder if it does not exist (private to you); refused otherwise",
    )


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    from pathlib import Path

    from bounceback_tui import clock
    from bounceback_tui.store.sqlite_file import inspect_store
    from bounceback_tui.transfer.files import (
        TransferError,
        check_output_folder,
        default_export_path,
    )
    from bounceback_tui.transfer.ics_export import DEFAULT_DAYS, MAX_DAYS

    days = DEFAULT_DAYS if args.days is None else args.days
    if not 0 <= days <= MAX_DAYS:
        raise TransferError(f"--days is a number of days from 0 to {MAX_DAYS:,}.")
    inspect_store(paths.database)
    from bounceback_tui.commands import terminal_text
    from bounceback_tui.commands.export import saved_to
    from bounceback_tui.services.calendar_export import write_calendar
    from bounceback_tui.services.exports import export_to_file

    if args.output == "-":
        from typing import TextIO, cast

        from bounceback_tui.commands import Utf8Stdout

        # UTF-8 whatever the locale: only write() is called.
        stdout = Utf8Stdout()
        try:
            write_calendar(paths.database, cast(TextIO, stdout), days)
        except (Exception, KeyboardInterrupt) as exc:
            if not stdout.written or isinstance(exc, BrokenPipeError):
                raise
            from bounceback_tui.commands.failures import stopped_part_way

            return stopped_part_way(exc, paths)  # what was written stays: it is incomplete
        return 0
    stem = f"bounceback-calendar-{clock.today().isoformat()}"
    target = Path(args.output) if args.output else default_export_path(Path.cwd(), stem, "ics")
    try:
        check_output_folder(target, make_parents=args.parents)
    except TransferError as exc:
        missing = not target.expanduser().absolute().parent.exists()
        how = "Check the name, or add --parents to create it." if missing else "Check the name."
        raise TransferError(f"{exc} Nothing was written. {how}") from None
    # The same way as `export`, never over the store, its backups or the settings file:
    # remembered for the next file once this one is written (services/calendar_export.py).
    result = export_to_file(
        paths,
        "calendar",
        target,
        lambda what, done, total: None,
        days=days,
        force=args.force,
        make_parents=args.parents,
    )
    told = (
        f"Wrote {result.interviews:,} interview{'' if result.interviews == 1 else 's'} and "
        f"{result.reminders:,} reminder{'' if result.reminders == 1 else 's'} (the next {days:,} "
        f"days). {saved_to(result, target)} Import it again after a change: events are "
        "updated, not doubled."
        + (
            f" {result.taken_back:,} that went since the last file "
            f"{'goes' if result.taken_back == 1 else 'go'} out cancelled."
            if result.taken_back
            else ""
        )
    )
    print(terminal_text(told))
    return 0
