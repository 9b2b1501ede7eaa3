"""`bounceback-tui import FILE`: a JSON export, or applications from a CSV file.

What will happen is shown before anything is written (for a CSV: how each column
is read, what is new, what is a duplicate, which rows need fixing), and the
writing is one transaction: all of it or none of it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bounceback_tui.commands import command_line, confirm, terminal_text
from bounceback_tui.domain.wording import plural
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.upgrade_rules import upgrade_rules

if TYPE_CHECKING:
    from bounceback_tui.transfer.csv_import import CsvPlan

HELP = "import a JSON export, or applications from a CSV file (shows what it will do first)"


EPILOG = (
    "Exit status: 0 when rows were added (those skipped are listed), when every row is already "
    "in the store, and after --dry-run; 1 when nothing was written: the file cannot be read, "
    "rows cannot be read and none could be added, any row cannot be read with --strict, or "
    "the answer was no."
)


SAVE_FIRST = "import reads a file: save the data to a file first, then import that file."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = EPILOG
    parser.add_argument(
        "file",
        metavar="FILE",
        help="a .json export or a .csv of applications (a file: not - or a pipe)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="show what would happen; write nothing"
    )
    parser.add_argument(
        "-y",
        "--yes",
        action="store_true",
        help="write without asking (needed when not run at a terminal)",
    )
    parser.add_argument(
        "--format",
        choices=("auto", "json", "csv"),
        default="auto",
        help="what FILE is (default: from its name and content)",
    )
    parser.add_argument(
        "--replace",
        action="store_true",
        help="json: replace everything in a store that holds data (a backup is taken first)",
    )
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help=(
            "csv: read a column as a field, e.g. --map 'Employer Name=company', or leave one "
            "out, --map 'Priority=' (repeatable)"
        ),
    )
    parser.add_argument(
        "--status",
        action="append",
        default=[],
        metavar="STATUS=STAGE",
        help=(
            "csv: read a status as a stage, e.g. --status 'Absage=rejected' (repeatable; "
            "it comes before the words the import knows)"
        ),
    )
    parser.add_argument("--encoding", help="csv: the file's encoding (default: UTF-8)")
    dates = parser.add_mutually_exclusive_group()
    dates.add_argument(
        "--day-first",
        dest="day_first",
        action="store_true",
        default=None,
        help="csv: read 03/04/2026 as 3 April",
    )
    dates.add_argument(
        "--month-first",
        dest="day_first",
        action="store_false",
        help="csv: read 03/04/2026 as 4 March",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="csv: write nothing if any row cannot be read (default: add the others)",
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help="csv: list every row skipped or to fix (default: the first 20 of each list)",
    )


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    from bounceback_tui.transfer.files import TransferError

    source = Path(args.file).expanduser()
    if args.file == "-":
        raise TransferError(f"- (standard input) is not a file; {SAVE_FIRST}")
    if source.is_dir():
        raise TransferError(
            f"{source} is a folder; give the file to import (a .json export or a .csv file)."
        )
    if source.exists() and not source.is_file():  # /dev/stdin, a pipe, a device
        raise TransferError(f"{source} is a pipe or a device, not a file; {SAVE_FIRST}")
    if not source.is_file():
        raise TransferError(f"There is no file at {source}.")
    kind = args.format if args.format != "auto" else detect_format(source)
    if kind == "json":
        return _import_json(args, paths, source)
    return _import_csv(args, paths, source)


def detect_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".csv", ".tsv", ".txt"):
        return "csv"
    try:
        with path.open("rb") as handle:
            head = handle.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return "csv"
    return "json" if head.startswith(b"{") else "csv"


def _prepare_store(paths: DataPaths, dry_run: bool) -> bool:
    """Check (dry run) or open and upgrade the store; True if a store file exists. A store
    made read-only is refused before anything is written (a CSV import backed it up into
    its read-only folder first); a dry run says a real one would be."""
    from bounceback_tui.errors import StoreError
    from bounceback_tui.store.sqlite_file import (
        inspect_store,
        open_store,
        read_only_message,
        store_is_read_only,
    )

    if dry_run:
        if not paths.database.exists():
            return False
        inspect_store(paths.database)
        if store_is_read_only(paths.database):
            print(
                terminal_text(
                    f"The store at {paths.database} is read-only: a real run would write "
                    "nothing until the file and its folder are writable again (chmod u+w)."
                )
            )
        return True
    from bounceback_tui.store.replaced_file import refuse_beside_a_removed_log

    refuse_beside_a_removed_log(paths.database)
    if open_store(paths, rules=upgrade_rules).read_only:
        raise StoreError(read_only_message(paths.database))
    return True


def _import_json(args: argparse.Namespace, paths: DataPaths, source: Path) -> int:
    from bounceback_tui.store.sqlite_file import store_is_read_only
    from bounceback_tui.transfer.files import TransferError
    from bounceback_tui.transfer.json_import import (
        import_json,
        load_json_export,
        refuse_if_damaged,
        store_has_data,
    )
    from bounceback_tui.transfer.json_unreadable import imported_sentence
    from bounceback_tui.transfer.progress import TerminalProgress

    csv_only = (args.map, args.status, args.encoding, args.day_first is not None, args.strict)
    if any(csv_only) or args.all:
        raise TransferError(
            "--map, --status, --encoding, --day-first, --strict and --all are for CSV files."
        )
    exists = _prepare_store(paths, args.dry_run)
    progress = TerminalProgress()
    try:
        data = load_json_export(source, progress)
    finally:
        progress.finish()
    when = f", exported {data.exported_at}" if data.exported_at else ""
    print(
        terminal_text(
            f"{source.name}{when}: {plural(data.count('application'), 'application')}, "
            f"{plural(data.count('rejection'), 'rejection')}, "
            f"{plural(data.count('thought_record'), 'thought record')}, "
            f"{plural(data.count('skill'), 'skill')} ({plural(data.total, 'row')} in all)."
        )
    )
    has_data = exists and store_has_data(paths.database)
    if args.dry_run:
        if exists and store_is_read_only(paths.database):
            pass  # said above: nothing a real run would do holds
        elif has_data and not args.replace:
            refuse_if_damaged(paths.database)  # not --replace, which it refuses
            print("The store already holds data: a real run needs --replace (backup first).")
        elif has_data:
            print("A real run would back up the store, then replace everything in it.")
        if said := imported_sentence(data.unreadable, dry_run=True):  # as a real run says
            print(terminal_text(said), file=sys.stderr)
        print("Dry run: nothing was written.")
        return 0
    if has_data and args.replace:
        question = (
            f"Replace everything in {paths.database} with what {source.name} holds? "
            "The store is backed up first."
        )
        if not confirm(question, assume_yes=args.yes, refused="Nothing was replaced"):
            print("Nothing was written.")
            return 1
    progress = TerminalProgress()
    try:
        result = import_json(paths, data, replace=args.replace, progress=progress)
    finally:
        progress.finish()
    if result.safety_backup:
        print(terminal_text(f"Backed up the previous store to {result.safety_backup}"))
    if result.removed:
        from bounceback_tui.store.layout import removed_sentence

        print(terminal_text(removed_sentence(result.removed)))
    print(
        terminal_text(
            f"Imported {plural(data.total, 'row')} into {paths.database}; it now holds what "
            "the file holds."
        )
    )
    if said := imported_sentence(data.unreadable):  # as the store exported held them
        print(terminal_text(said), file=sys.stderr)
    return 0


def _import_csv(args: argparse.Namespace, paths: DataPaths, source: Path) -> int:
    from bounceback_tui import clock
    from bounceback_tui.transfer.csv_import import plan_csv_import
    from bounceback_tui.transfer.csv_mapping import parse_mapping_overrides
    from bounceback_tui.transfer.csv_statuses import parse_status_overrides
    from bounceback_tui.transfer.files import TransferError
    from bounceback_tui.transfer.progress import TerminalProgress

    if args.replace:
        raise TransferError(
            "--replace is for JSON exports; a CSV only adds applications that are new."
        )
    given = parse_mapping_overrides(args.map)
    statuses = parse_status_overrides(args.status)
    exists = _prepare_store(paths, args.dry_run)
    progress = TerminalProgress()
    try:
        plan = plan_csv_import(
            source,
            paths.database if exists else None,
            today=clock.today(),
            encoding=args.encoding,
            day_first=args.day_first,
            given_map=given,
            given_statuses=statuses,
            progress=progress,
        )
    finally:
        progress.finish()
    limit = None if args.all else 20
    print(terminal_text("\n".join(plan.describe(limit=limit, command=_as_run(args, paths)))))
    if args.dry_run:
        print("Dry run: nothing was written.")
        return 0
    if args.strict and plan.bad:
        raise TransferError(
            f"Nothing was written: {_rows(len(plan.bad))} to fix (listed above). Fix them, or "
            "run without --strict to add the others."
        )
    if not plan.rows and plan.bad:  # refused, not merely known already: a failure to see
        one = len(plan.bad) == 1
        raise TransferError(
            f"Nothing was written: {_rows(len(plan.bad))} cannot be read (listed above) and no "
            f"other row is new. Fix {'it' if one else 'them'}, then import the file again."
        )
    if not plan.rows:
        print("Nothing new to add; nothing was written.")
        return 0
    count = len(plan.rows)
    question = f"Add {plural(count, 'application')} to {paths.database}?"
    if not confirm(question, assume_yes=args.yes, refused="Nothing was written"):
        print("Nothing was written.")
        return 1
    from bounceback_tui.services.people_import import link_named_people
    from bounceback_tui.services.plan_ticks import TickedStep, tick_sent
    from bounceback_tui.services.recovery import insert_imported_rejections
    from bounceback_tui.store.backup import back_up_store
    from bounceback_tui.store.database import Database
    from bounceback_tui.store.file_copy import drop_unused_backup
    from bounceback_tui.transfer.csv_write import write_csv_plan
    from bounceback_tui.transfer.json_import import store_has_data

    # The way back from an import that was not what was meant: the store as it was.
    has_data = store_has_data(paths.database)
    safety = back_up_store(paths, "before-import", before="added") if has_data else None
    db = Database(paths.database)
    progress = TerminalProgress()
    ticked: list[TickedStep] = []  # the plans' steps the rows sent ticked
    try:
        added = write_csv_plan(
            db,
            plan,
            progress,
            link_people=link_named_people,
            record_rejections=insert_imported_rejections,
            tick_sent=lambda session, sent: ticked.extend(tick_sent(session, sent)),
        )
    except BaseException:
        drop_unused_backup(safety)  # one transaction, rolled back: the store is as it was
        raise
    finally:
        progress.finish()
        db.dispose()
    skipped = len(plan.duplicates) + len(plan.bad)
    tail = f"; {plural(skipped, 'row')} skipped (listed above)" if skipped else ""
    print(terminal_text(f"Added {plural(added, 'application')}{tail}."))
    if ticked:  # which plans: those of the noes the rows were the next application for
        from bounceback_tui.domain.wording import listed

        noes = listed([tick.plan for tick in reversed(ticked)])  # the latest first
        which = "the plan for the no" if len(ticked) == 1 else f"{len(ticked)} plans, the noes"
        print(terminal_text(f"Ticked “{ticked[0].title}” in {which} from {noes}."))
    if plan.meanwhile:
        print(terminal_text(_added_meanwhile(plan, limit)))
    if safety is not None and added:
        print(
            terminal_text(
                f"The store as it was is in {safety.name}: "
                f"`{command_line(paths, f'restore {safety.name}')}` takes the import back."
            )
        )
    return 0


def _added_meanwhile(plan: CsvPlan, limit: int | None) -> str:
    """The rows another window or import added between the question and the writing."""
    from bounceback_tui.transfer.csv_readings import ALL

    count = len(plan.meanwhile)
    lines = [
        f"{_rows(count)} {'was' if count == 1 else 'were'} added meanwhile by another window "
        f"or import and {'was' if count == 1 else 'were'} skipped:"
    ]
    shown = plan.meanwhile[:limit]
    lines += [f"  line {p.line}: {p.reason}" for p in shown]
    if count > len(shown):
        lines.append(f"  ... and {count - len(shown)} more ({ALL}).")
    return "\n".join(lines)


def _as_run(args: argparse.Namespace, paths: DataPaths) -> str:
    """The import as it was run (the file as given, every option), for a hint to repeat with
    something added."""
    import shlex

    words = [args.file]
    if args.format != "auto":
        words += ["--format", args.format]
    words += [word for item in args.map for word in ("--map", item)]
    words += [word for item in args.status for word in ("--status", item)]
    if args.encoding:
        words += ["--encoding", args.encoding]
    if args.day_first is not None:
        words.append("--day-first" if args.day_first else "--month-first")
    flags = ("strict", "all", "dry_run", "yes")
    words += [f"--{name.replace('_', '-')}" for name in flags if getattr(args, name)]
    return command_line(paths, "import " + shlex.join(words))


def _rows(count: int) -> str:
    return plural(count, "row")
