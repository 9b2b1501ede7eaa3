"""`bounceback-tui export`: everything as JSON, applications as CSV, or a Markdown journal."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO, cast

from bounceback_tui.commands import Utf8Stdout, day_argument, refuse_empty_date, terminal_text
from bounceback_tui.commands.failures import note_full_disk, stopped_part_way
from bounceback_tui.domain.wording import plural
from bounceback_tui.paths import DataPaths

if TYPE_CHECKING:
    from pathlib import Path

    from bounceback_tui.services.exports import ExportResult, ReportOptions

HELP = "export your data: everything as JSON, applications as CSV, or a Markdown journal"
FORMATS = ("json", "csv", "markdown")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="json",
        help="json: everything, re-importable (default); csv: applications for a spreadsheet; "
        "markdown: a readable journal of a period",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="where to write ('-' for the terminal); default: a dated file in this folder",
    )
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    parser.add_argument(
        "--parents",
        action="store_true",
        help="create FILE's folder if it does not exist (private to you); refused otherwise",
    )
    parser.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help="markdown: first day: YYYY-MM-DD, 30d or 4w (ago), or 'all' (default: 30d)",
    )
    parser.add_argument(
        "--to", dest="end", metavar="DATE", help="markdown: last day (default: today)"
    )
    parser.add_argument(
        "--thoughts",
        action="store_true",
        help="markdown: include thought records (left out unless asked for)",
    )


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    from pathlib import Path

    from bounceback_tui import clock
    from bounceback_tui.services.exports import (
        TransferError,
        default_path,
        export_to_file,
        write_export,
    )
    from bounceback_tui.store.sqlite_file import inspect_store
    from bounceback_tui.transfer.files import check_output_folder
    from bounceback_tui.transfer.progress import TerminalProgress

    refuse_empty_date("--from", args.start)
    refuse_empty_date("--to", args.end)
    if args.format != "markdown" and (args.start or args.end or args.thoughts):
        raise TransferError("--from, --to and --thoughts are for --format markdown.")
    inspect_store(paths.database)
    options = _report_options(args, paths) if args.format == "markdown" else None

    progress = TerminalProgress()
    if args.output == "-":
        # Printed, not saved: nothing stored may reach the terminal raw (docs/privacy.md).
        # The writers only call write() (and flush()), which _TerminalSafe has; UTF-8
        # whatever the locale (Utf8Stdout).
        stdout = Utf8Stdout()
        out = cast(TextIO, _TerminalSafe(stdout))
        try:
            result = write_export(paths.database, args.format, out, progress, options)
        except (Exception, KeyboardInterrupt) as exc:
            if not stdout.written or isinstance(exc, BrokenPipeError):
                raise  # as before: nothing was written, or the reader went (quiet)
            return stopped_part_way(exc, paths)  # what was written stays: it is incomplete
        finally:
            progress.finish()
        _say_left_out(result)
        note_full_disk(paths.database)
        return _damage_said(paths)
    target = (
        Path(args.output) if args.output else default_path(Path.cwd(), args.format, clock.today())
    )
    try:
        check_output_folder(target, make_parents=args.parents)
    except TransferError as exc:
        missing = not target.expanduser().absolute().parent.exists()
        how = "Check the name, or add --parents to create it." if missing else "Check the name."
        raise TransferError(f"{exc} Nothing was written. {how}") from None
    try:
        result = export_to_file(
            paths,
            args.format,
            target,
            progress,
            options,
            force=args.force,
            make_parents=args.parents,
        )
    finally:
        progress.finish()
    print(terminal_text(f"{_summary(result)} {saved_to(result, target)}"))
    _say_left_out(result)
    note_full_disk(paths.database)
    return _damage_said(paths)


def _damage_said(paths: DataPaths) -> int:
    """0, or 1 once the store is said on stderr to be damaged inside. An export reads rows
    the damage does not stop (a page whose cells overlap reads as other rows, or as none),
    and said "Exported everything … 912 rows" with status 0 of a store SQLite's check finds
    damaged: the file is kept, as it is often how a person rescues what can still be read,
    and said to be possibly incomplete, with the way out (docs/backups.md)."""
    from bounceback_tui.commands import name_data_dir
    from bounceback_tui.commands.failures import EXIT_FAILED, damage_hint, say
    from bounceback_tui.store.backup import busy_said, check_result
    from bounceback_tui.store.damage import damaged_inside

    said = check_result(paths.database, "quick_check")
    if said == "ok" or busy_said(said):
        return 0
    say(
        name_data_dir(
            f"{damaged_inside(paths.database, said)}: the export holds what could be read, "
            "and may be incomplete or hold rows read wrong from the damaged pages. Keep it, "
            f"and check it before relying on it. {damage_hint(paths)}",
            paths,
        )
    )
    return EXIT_FAILED


def _say_left_out(result: ExportResult) -> None:
    """One line on stderr naming what the store holds that the JSON export did not write
    (another program's tables, columns, triggers, views): nothing said so; and one naming
    the dates it could not read (transfer/json_unreadable.py)."""
    from bounceback_tui.services.exports import left_out_of_export, unreadable_in_export

    if said := left_out_of_export(result.left_out):
        print(terminal_text(said), file=sys.stderr)
    if said := unreadable_in_export(result):  # kept as stored: named, never silent
        print(terminal_text(said), file=sys.stderr)


def saved_to(result: ExportResult, given: Path) -> str:
    """Where the file went ("Saved to …"), through which link, and what it replaced."""
    written = result.written
    where = written.path if written else given.expanduser().absolute()
    through = f"the file the link {written.link} leads to; " if written and written.link else ""
    said = f"Saved to {where} ({through}readable only by you)."
    if written and written.read_only:
        said += " It replaced a read-only file (--force)."
    return said


class _TerminalSafe:
    """Standard output for ``-o -``: what passes through has its control characters and
    bidi overrides shown as U+FFFD (a file written with ``-o PATH`` keeps them)."""

    def __init__(self, stream: Utf8Stdout) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(terminal_text(text))

    def flush(self) -> None:
        self.stream.flush()


def _summary(result: ExportResult) -> str:
    if result.kind == "json":
        return (
            f"Exported everything: {plural(result.applications, 'application')}, "
            f"{plural(result.rejections, 'rejection')}, "
            f"{plural(result.thought_records, 'thought record')}, "
            f"{plural(result.skills, 'skill')} ({plural(result.rows, 'row')} in all)."
        )
    if result.kind == "csv":
        return f"Exported {plural(result.applications, 'application')} as CSV."
    options = result.report
    assert options is not None
    thoughts = plural(result.thought_records, "thought record")
    extra = f", {thoughts}" if options.include_thoughts else ""
    return (
        f"Wrote the journal for {options.start} to {options.end}: "
        f"{plural(result.applications, 'application')}, "
        f"{plural(result.rejections, 'rejection')}{extra}."
    )


def _report_options(args: argparse.Namespace, paths: DataPaths) -> ReportOptions:
    from datetime import date, timedelta

    from bounceback_tui import clock
    from bounceback_tui.domain.dates import DateParseError
    from bounceback_tui.transfer.files import TransferError
    from bounceback_tui.transfer.report import ReportOptions, earliest_day

    today = clock.today()

    def read(text: str) -> date:
        return day_argument(text, today)

    try:
        end = read(args.end) if args.end else today
        if args.start and args.start.strip().lower() == "all":
            start = earliest_day(paths.database) or end
        else:
            start = read(args.start) if args.start else end - timedelta(days=29)
    except DateParseError as exc:
        raise TransferError(str(exc)) from None
    if end < start:
        raise TransferError("The period ends before it starts; check --from and --to.")
    return ReportOptions(start=start, end=end, include_thoughts=args.thoughts)
