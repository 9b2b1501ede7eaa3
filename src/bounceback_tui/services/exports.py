"""Exports and backups: the use cases the palette's export screen and `bounceback-tui export`
and `backup` share.

The kinds, their default file names, the check of where to write, and which writer each
kind uses are decided here once; each caller only words the result its own way. Files are
written 0600, beside the target and renamed when complete (``transfer/files.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TextIO

from bounceback_tui.paths import DataPaths, command_line
from bounceback_tui.transfer.files import (
    OutputTarget,
    TransferError,
    check_output_folder,
    default_export_path,
    output_target,
    private_output,
)
from bounceback_tui.transfer.progress import describe
from bounceback_tui.transfer.report import ReportOptions

if TYPE_CHECKING:
    from bounceback_tui.store.layout_faults import Fault
    from bounceback_tui.transfer.json_unreadable import UnreadableDate

__all__ = [
    "EXPORT_KINDS",
    "BackupDone",
    "ExportKind",
    "ExportResult",
    "OutputTarget",
    "ReportOptions",
    "TransferError",
    "back_up",
    "check_export_path",
    "default_path",
    "describe_progress",
    "export_to_file",
    "left_out_of_export",
    "write_export",
]

ExportKind = Literal["json", "csv", "markdown", "calendar"]
# The kinds `bounceback-tui export --format` writes (the calendar has its own command).
EXPORT_KINDS: tuple[ExportKind, ...] = ("json", "csv", "markdown")
# Each kind's file name (before the date) and suffix.
_NAMES: dict[ExportKind, tuple[str, str]] = {
    "json": ("bounceback", "json"),
    "csv": ("bounceback-applications", "csv"),
    "markdown": ("bounceback-journal", "md"),
    "calendar": ("bounceback-calendar", "ics"),
}
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote, for its caller to word."""

    kind: ExportKind
    applications: int
    rejections: int = 0
    thought_records: int = 0
    skills: int = 0
    rows: int = 0  # json: every row of every table
    report: ReportOptions | None = None  # markdown: the period, and whether thoughts went in
    interviews: int = 0  # calendar: timed events
    reminders: int = 0  # calendar: all-day events (follow-ups, due steps, deadlines, targets)
    taken_back: int = 0  # calendar: events of the last file that go out cancelled
    # Where it went: a link's target, and whether a file (a read-only one) was replaced.
    written: OutputTarget | None = None
    # json: what the store holds that the app does not make, not written (``left_out_of_export``)
    left_out: tuple[Fault, ...] = ()
    # json: dates the store holds that are no date, kept as stored (transfer/json_unreadable);
    # csv: such dates, written empty
    unreadable: tuple[UnreadableDate, ...] = ()


def default_path(folder: Path, kind: ExportKind, today: date) -> Path:
    """A dated file in ``folder`` for this kind that does not exist yet."""
    stem, suffix = _NAMES[kind]
    return default_export_path(folder, f"{stem}-{today.isoformat()}", suffix)


def check_export_path(
    path: Path, paths: DataPaths, *, force: bool = False, make_parents: bool = False
) -> OutputTarget:
    """Where to write, or TransferError saying why not: a folder, one of the app's own files
    (the store at ``paths``, its backups, the settings file), an existing file without
    ``force``, a missing folder without ``make_parents``."""
    target = output_target(path, force=force, keep_off=paths)
    check_output_folder(target.path, make_parents=make_parents)
    return target


def describe_progress(what: str, done: int, total: int) -> str:
    """A progress report in words ("Applications: 1,200 of 10,000 (12%)")."""
    return describe(what, done, total)


def write_export(
    db_path: Path,
    kind: ExportKind,
    out: TextIO,
    progress: Progress,
    report: ReportOptions | None = None,
    days: int = 90,
    repair_command: str = "bounceback-tui repair",
) -> ExportResult:
    """Write the store at ``db_path`` to ``out`` as ``kind`` (markdown needs ``report``; the
    calendar covers ``days`` from today; ``repair_command``: `bounceback-tui repair` as a
    refusal names it)."""
    if kind == "json":
        from bounceback_tui.store.layout import require_store_layout
        from bounceback_tui.transfer.json_export import export_json

        # no foreign table written out; `repair` named for this store (``repair_command``)
        left_out = require_store_layout(db_path, "exported", repair_command)
        summary = export_json(db_path, out, progress)
        return ExportResult(
            kind,
            applications=summary.count("application"),
            rejections=summary.count("rejection"),
            thought_records=summary.count("thought_record"),
            skills=summary.count("skill"),
            rows=summary.total,
            left_out=tuple(left_out),
            unreadable=tuple(summary.unreadable),
        )
    if kind == "csv":
        from bounceback_tui.transfer.csv_export import export_csv

        unreadable: list[UnreadableDate] = []  # written empty, named (csv_export._readable)
        count = export_csv(db_path, out, progress, unreadable)
        return ExportResult(kind, applications=count, unreadable=tuple(unreadable))
    if kind == "calendar":
        from bounceback_tui.services.calendar_export import write_calendar

        found = write_calendar(db_path, out, days)
        return ExportResult(
            kind,
            applications=0,
            interviews=found.interviews,
            reminders=found.all_day,
            taken_back=found.taken_back,
        )
    from bounceback_tui.transfer.report import write_report

    if report is None:
        raise TransferError("A journal needs a period to cover.")
    written = write_report(db_path, out, report, progress)
    return ExportResult(
        kind,
        applications=written.applications,
        rejections=written.rejections,
        thought_records=written.thought_records,
        report=report,
    )


def export_to_file(
    paths: DataPaths,
    kind: ExportKind,
    path: Path,
    progress: Progress,
    report: ReportOptions | None = None,
    *,
    days: int = 90,
    force: bool = False,
    make_parents: bool = False,
) -> ExportResult:
    """``write_export`` of the store at ``paths`` into a private file at ``path``: complete,
    or not there at all. Never one of the app's own files (``check_export_path``)."""
    import dataclasses

    target = check_export_path(path, paths, force=force, make_parents=make_parents)
    with private_output(target.path, force=force, make_parents=make_parents, keep_off=paths) as out:
        repair = command_line(paths, "repair")
        result = write_export(paths.database, kind, out, progress, report, days, repair)
    return dataclasses.replace(result, written=target)


@dataclass(frozen=True)
class BackupDone:
    """Where a backup went, and what it left out of the copy said in one sentence ("" when
    the store is as the app makes it)."""

    path: Path
    left_out: str = ""


def back_up(paths: DataPaths, label: str = "manual") -> BackupDone:
    """A consistent copy of the store in the backups folder, safe while the app is open.
    Another program's trigger, table, view, index or column is left out of the copy (the
    store is left as it is) and said; one of the app's own changed or missing is refused."""
    from bounceback_tui.store.backup import back_up_store
    from bounceback_tui.store.layout import require_store_layout

    repair = command_line(paths, "repair")
    left_out: list[Fault] = []
    if paths.database.is_file():  # a missing one is refused by back_up_store, as before
        left_out = require_store_layout(paths.database, "backed up", repair)
    saved = back_up_store(paths, label)
    return BackupDone(saved, left_out_of_backup(left_out, repair) if left_out else "")


def unreadable_in_export(result: ExportResult) -> str:
    """The dates the JSON export could not read, kept as stored (transfer/json_unreadable),
    in a sentence; "" when none: `export` and the app's export say it the same way."""
    from bounceback_tui.transfer.json_unreadable import csv_sentence, exported_sentence

    if result.kind == "csv":
        return csv_sentence(result.unreadable)
    return exported_sentence(result.unreadable)


def left_out_of_export(faults: tuple[Fault, ...]) -> str:
    """ "The export leaves out a table (zz_log) that bounceback-tui does not make; your store
    is unchanged." ("" for none). Names clipped, plain text."""
    from bounceback_tui.domain.text import clip_name
    from bounceback_tui.store.layout_faults import told

    if not faults:
        return ""
    said = told(list(faults), lambda name: clip_name(name, 32), "leaves out")
    return f"The export {said.what}; your store is unchanged."


def left_out_of_backup(faults: list[Fault], repair_command: str) -> str:
    """ "The backup leaves out a trigger (zz_evil) that bounceback-tui does not make; your
    store is unchanged, and `bounceback-tui repair` removes it." Names clipped, plain text."""
    from bounceback_tui.domain.text import clip_name
    from bounceback_tui.store.layout_faults import told

    said = told(faults, lambda name: clip_name(name, 32), "leaves out")
    return f"The backup {said.what}; your store is unchanged, and `{repair_command}` {said.fix}."
