"""Applications from another tracker's or a spreadsheet's CSV file.

Two steps, so the person sees everything before anything is written:

1. ``plan_csv_import`` reads the file (any of , ; tab |, UTF-8 or UTF-16),
   matches its headers to fields (``csv_mapping``), reads every row through the
   same validator as the Pipeline's form, and sorts rows into new ones,
   duplicates (skipped and counted) and bad ones (line number and reason);
2. ``csv_write.write_csv_plan`` adds the new ones in one transaction: all of them or none.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.duplicates import DuplicateFinder
from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.text import app_name
from bounceback_tui.domain.wording import plural
from bounceback_tui.importers.dedupe import duplicate_finder
from bounceback_tui.transfer import csv_history, csv_rejections
from bounceback_tui.transfer.csv_application import (
    DATE_FIELDS,
    RowError,
    application,
    header_currency,
)
from bounceback_tui.transfer.csv_export import is_own_export
from bounceback_tui.transfer.csv_fit import REFERRAL, fit_columns, referral_or_not, sources_unplaced
from bounceback_tui.transfer.csv_kept import cell_value
from bounceback_tui.transfer.csv_known import (
    existing_applications,
    known_people,
    quiet_after_days,
)
from bounceback_tui.transfer.csv_mapping import (
    HeaderMapping,
    headers_not_found,
    map_headers,
    required_columns_missing,
)
from bounceback_tui.transfer.csv_people import take_more_people, unsure_people
from bounceback_tui.transfer.csv_plan_notes import quiet_note, refused_by_note, unplaced_note
from bounceback_tui.transfer.csv_readings import ALL, ValuesSeen, source_read
from bounceback_tui.transfer.csv_rows import (
    cell_count_problem,
    read_rows,
    read_text,
    separator_line,
    sniff_delimiter,
)
from bounceback_tui.transfer.csv_statuses import StatusReader
from bounceback_tui.transfer.csv_values import DateOrder, decide_date_order, is_blank, readings
from bounceback_tui.transfer.files import TransferError
from bounceback_tui.transfer.progress import ProgressFn, no_progress

MAX_COLUMNS = 200
STORE = "already in your store"  # where a duplicate's first is, when it is not the file


@dataclass(frozen=True)
class RowProblem:
    line: int
    reason: str
    field: str = ""  # the field whose value refused the row, when one did


@dataclass(frozen=True)
class PlannedRow:
    line: int
    data: ApplicationInput
    rejected_on: date | None = None  # the day its no is recorded on (csv_rejections.py)
    no_dated_by_applied: bool = False  # no Rejected on: its no takes the date applied
    more_people: tuple[tuple[str, str], ...] = ()  # (name, email) after the first (csv_people)
    reached: str = ""  # a Rejected row's stage reached and reason given (csv_rejections.py)
    reason: str = ""
    moves: tuple[csv_history.Move, ...] = ()  # its timeline, from a Stage history column


@dataclass
class CsvPlan:
    """What an import would do; nothing is written until ``write_csv_plan``."""

    source: Path
    encoding: str
    delimiter: str
    mapping: HeaderMapping
    date_order: DateOrder
    today: date  # what "recent" is measured from (csv_rejections.describe)
    quiet_after: int = 21  # the store's "Ghosted after (days)": what reads as quiet
    other_sources: list[str] = field(default_factory=list)  # read as Other (csv_fit)
    rows: list[PlannedRow] = field(default_factory=list)
    duplicates: list[RowProblem] = field(default_factory=list)
    # Duplicates of applications in the store whose status in the file says another stage
    # (a newer export, a no since): left as they are, but named apart so they are seen.
    other_stage: list[RowProblem] = field(default_factory=list)
    # New rows with the company and role of an application in the store, added beside it.
    second: list[RowProblem] = field(default_factory=list)
    bad: list[RowProblem] = field(default_factory=list)
    # Lines with a Rejected on day beside another status: the day is not used.
    unused_rejected_on: list[int] = field(default_factory=list)
    # ...and with a stage reached or a reason beside another status: not used either.
    unused_reached: list[int] = field(default_factory=list)
    # Planned rows that another window or import added between the plan and the writing,
    # found again inside the writing transaction and skipped (csv_write.write_csv_plan).
    meanwhile: list[RowProblem] = field(default_factory=list)
    # Lines whose Stage history ends at another stage than their Stage (csv_history.py).
    history_apart: list[int] = field(default_factory=list)
    # People a row names whom two people in the store could be: linked to neither.
    unsure_people: list[RowProblem] = field(default_factory=list)
    # The app's own CSV export (its header row): a doubled ";" in a name is the name's own.
    own_export: bool = False
    # Each status in the stage column, as read (the person's --status first) and counted.
    statuses: StatusReader = field(default_factory=StatusReader)
    # Each value in the Source column (not a yes/no Referral one), counted: listed as read.
    sources: ValuesSeen = field(default_factory=ValuesSeen)

    def describe(self, *, limit: int | None = 20, command: str = "") -> list[str]:
        """The mapping, then what will happen, then each skipped row with its line: at most
        ``limit`` of each list (None: all of them). ``command``: the import as it was run,
        which the refusal of a status it does not know repeats with the --status to add."""
        shown = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "bars"}
        lines = [
            f"{self.source.name}: {self.encoding}, separated by "
            f"{shown.get(self.delimiter, repr(self.delimiter))}.",
            "Columns:",
            *self.mapping.describe(),
        ]
        if note := self.date_order.note():
            lines.append(note)
        status_header = self.mapping.header_of("stage")
        if status_header:
            lines += self.statuses.describe(status_header, limit)
        elif self.statuses.given:
            lines.append("--status is not used: no column is read as the stage.")
        lines += self.sources.describe(
            "Sources", self.mapping.header_of("source"), limit, source_read
        )
        lines.append("")
        lines.append(
            f"{_count(len(self.rows), 'new application')} to add, "
            f"{_count(len(self.duplicates), 'duplicate')} to skip, "
            f"{_count(len(self.bad), 'row')} that cannot be read."
        )
        lines += quiet_note(
            [(row.data.stage, row.data.date_applied) for row in self.rows],
            self.today,
            self.quiet_after,
        )
        refused = [problem.field for problem in self.bad]
        lines += self.statuses.refused_note(status_header, refused.count("stage"), command, limit)
        lines += refused_by_note([f for f in refused if f != "stage"], self.mapping)
        lines += unplaced_note(self.other_sources)
        lines += csv_rejections.describe(
            [r.rejected_on for r in self.rows],
            sum(r.no_dated_by_applied for r in self.rows),
            self.today,
        )
        if self.other_stage:
            one = len(self.other_stage) == 1
            lines.append(
                f"{_count(len(self.other_stage), 'duplicate')} {'says' if one else 'say'} "
                "another stage than the "
                f"{'application it repeats' if one else 'applications they repeat'}. The import "
                f"leaves {'that one as it is' if one else 'those as they are'}; if "
                f"{'this row is' if one else 'these rows are'} newer, move "
                f"{'it' if one else 'them'} in the Pipeline (Stage on, or Rejected)."
            )
        for unused, what, which in (
            (self.unused_rejected_on, "a Rejected on day", "the day is"),
            (self.unused_reached, "a Got as far as or a Rejection reason", "they are"),
        ):
            if unused:
                numbers = ", ".join(str(line) for line in unused[:limit])
                cut = len(unused) > len(unused[:limit])
                lines.append(
                    f"{_count(len(unused), 'row')} {'has' if len(unused) == 1 else 'have'} "
                    f"{what} beside another status (line{'s' if len(unused) > 1 else ''} "
                    f"{numbers}{f', ... ({ALL})' if cut else ''}): {which} not used. "
                    "Only a row whose status says Rejected is recorded as a no."
                )
        lines += csv_history.apart_note(self.history_apart, limit)
        apart = {problem.line for problem in self.other_stage}
        sections = (
            ("At another stage (not changed)", self.other_stage),
            ("Second applications (added beside the one in your store)", self.second),
            ("Duplicates (skipped)", [d for d in self.duplicates if d.line not in apart]),
            ("Rows to fix", self.bad),
            ("People not linked (the name is not one person's)", self.unsure_people),
        )
        for title, items in sections:
            if items:
                lines.append(f"{title}:")
                listed = items[:limit]
                lines += [f"  line {p.line}: {p.reason}" for p in listed]
                if len(items) > len(listed):
                    lines.append(f"  ... and {len(items) - len(listed)} more ({ALL}).")
        return lines


def _count(number: int, noun: str) -> str:
    return plural(number, noun)


def plan_csv_import(
    path: Path,
    db_path: Path | None,
    *,
    today: date,
    encoding: str | None = None,
    day_first: bool | None = None,
    given_map: Mapping[str, str] | None = None,
    given_statuses: Mapping[str, Stage] | None = None,
    progress: ProgressFn = no_progress,
) -> CsvPlan:
    text, shown_encoding = read_text(path, encoding)
    text, given = separator_line(text)  # Excel's "sep=;": the file's own word, not a guess
    delimiter = given or sniff_delimiter(text)
    read = read_rows(text, delimiter, path)
    rows = read.rows
    if not rows:
        raise TransferError(f"{path.name} is empty; nothing was written.")
    header_line, headers = rows[0]
    if len(headers) > MAX_COLUMNS:
        raise TransferError(
            f"{path.name} has {len(headers):,} columns; that does not look like a list of "
            "applications. Nothing was written."
        )
    if given_map and (missing_given := headers_not_found([h.strip() for h in headers], given_map)):
        header, close = missing_given[0]
        hint = f" (did you mean {close!r}?)" if close else ""
        raise TransferError(
            f"--map {header!r}: {path.name} has no column headed so{hint}. Nothing was written."
        )
    misfits = {  # rows whose cells do not line up with the header: refused, never guessed at
        line: misfit
        for line, cells in rows[1:]
        if (misfit := cell_count_problem(cells, headers, delimiter))
    }
    body = [cells for line, cells in rows[1:] if line not in misfits]
    mapping = fit_columns(map_headers([h.strip() for h in headers], given_map), body)
    if problem := required_columns_missing(
        f"{path.name} (line {header_line})", [h.strip() for h in headers], mapping, given_map
    ):
        raise TransferError(problem)
    date_cells = [
        cells[index]
        for f in DATE_FIELDS
        if (index := mapping.index_of(f)) is not None
        for line, cells in rows[1:]
        if index < len(cells) and line not in misfits
    ]
    plan = CsvPlan(
        source=path,
        encoding=shown_encoding,
        delimiter=delimiter,
        mapping=mapping,
        date_order=decide_date_order(date_cells, day_first),
        today=today,
        quiet_after=quiet_after_days(db_path),
        other_sources=sources_unplaced(mapping, body),
        own_export=is_own_export([h.strip() for h in headers]),
        statuses=StatusReader(given_statuses or {}),
    )
    finder = duplicate_finder()
    if db_path is not None:
        for company, role, link, stage, day in existing_applications(db_path):
            finder.add(company, role, link, STORE, stage, day)
    total = len(rows) - 1
    for done, (line, cells) in enumerate(rows[1:], start=1):
        if line in misfits:
            plan.bad.append(RowProblem(line, misfits[line]))
        else:
            _plan_row(plan, finder, line, cells, today)
        if done % 200 == 0:
            progress("Reading", done, total)
    progress("Reading", total, total)
    named = [
        (r.line, ((r.data.contact_name, r.data.contact_email), *r.more_people)) for r in plan.rows
    ]
    plan.unsure_people = [RowProblem(*p) for p in unsure_people(named, known_people(db_path))]
    if read.spans:  # a refused row that ran on says so: its quote, not its cells, is the fault
        plan.bad = [RowProblem(p.line, p.reason + read.note(p.line)) for p in plan.bad]
    return plan


def _plan_row(
    plan: CsvPlan, finder: DuplicateFinder, line: int, cells: list[str], today: date
) -> None:
    raw: dict[str, str] = {}
    for column in plan.mapping.columns:
        if column.field and column.index < len(cells):
            cell = cells[column.index]
            raw[column.field] = (
                referral_or_not(cell) if column.how == REFERRAL else cell_value(column.field, cell)
            )
            if column.field == "source" and column.how != REFERRAL:
                plan.sources.saw(raw["source"])
    if "stage" in raw:
        plan.statuses.saw(raw["stage"])
    more, problem = take_more_people(raw, escaped=plan.own_export)
    if problem:
        plan.bad.append(RowProblem(line, problem))
        return
    read = plan.statuses.read
    try:
        currency = header_currency(plan.mapping)
        data, said = application(raw, today, plan.date_order, currency, plan.own_export, read)
    except RowError as exc:
        plan.bad.append(RowProblem(line, str(exc), exc.field))
        return
    moves, problem = csv_history.stage_history(raw, data.stage, today, plan.date_order, read)
    if problem:
        plan.bad.append(RowProblem(line, problem, csv_history.FIELD))
        return
    said = said or csv_history.day_of_no(moves, data.stage)
    typed = raw.get(csv_rejections.FIELD, "")
    rejected_on, problem = csv_rejections.rejection_day(data, said, today, typed)
    if problem:
        plan.bad.append(RowProblem(line, problem))
        return
    reached, reason, problem = csv_rejections.reached_and_reason(
        raw, data.stage, plan.own_export, read
    )
    if problem:
        plan.bad.append(RowProblem(line, problem))
        return
    if said is not None and data.stage is not Stage.REJECTED:
        plan.unused_rejected_on.append(line)  # said, so that its loss is seen
    if csv_rejections.said_beside(raw) and data.stage is not Stage.REJECTED:
        plan.unused_reached.append(line)
    if moves and moves[-1].stage is not data.stage:
        plan.history_apart.append(line)
    said_stage = not is_blank(raw.get("stage", ""))
    days = readings(raw.get("date_applied", ""), data.date_applied, today, plan.date_order)
    if found := finder.match(data.company, data.role, data.link, days):
        reason, known = found
        plan.duplicates.append(
            RowProblem(line, f"{app_name(data.company, data.role)} has {reason}")
        )
        if known.stage and known.stage != data.stage and said_stage:
            where = "in your store" if known.where == STORE else f"on {known.where}"
            plan.other_stage.append(
                RowProblem(
                    line,
                    f"{known.name} is {_stage_label(known.stage)} {where}, {data.stage.label} here",
                )
            )
        return
    if first := finder.beside(data.company, data.role, STORE):
        plan.second.append(RowProblem(line, _second(first.name, first.day, days[:1])))
    # A row that names its stage is a stage to compare a later duplicate row with.
    stage = data.stage if said_stage else ""
    finder.add(data.company, data.role, data.link, f"line {line}", stage, days=days)
    dated_by_applied = said is None and rejected_on is not None
    plan.rows.append(
        PlannedRow(line, data, rejected_on, dated_by_applied, more, reached, reason, moves)
    )


def _second(name: str, first_day: str, days: tuple[str, ...]) -> str:
    """A row added beside an application in the store with its company and role, in words."""
    applied = f", applied {first_day}" if first_day else ""
    this = f"this row applied {days[0]}" if days else "this row"
    return f"{name} is in your store{applied}; {this} is added as a second application"


def _stage_label(value: str) -> str:
    try:
        return Stage(value).label
    except ValueError:  # a stage this version does not know (a newer store's)
        return repr(value)
