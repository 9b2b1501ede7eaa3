"""Exports and "Back up now" from the command palette, with progress for long runs.

The palette opens a small form (where to save; for the journal, which period
and whether thought records go in). The export itself runs in a worker thread
and a progress box follows it, so a 10,000-application store never freezes the
screen. The work is the same as `bounceback-tui export` / `backup`: both call
``services/exports.py``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult, SystemCommand
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import ProgressBar, Static

from bounceback_tui import clock
from bounceback_tui.domain.dates import DATE_HINT, DateParseError, parse_date
from bounceback_tui.domain.wording import plural
from bounceback_tui.errors import BouncebackError, FieldError, ValidationError
from bounceback_tui.ui.kit.text import after_colon, markup_with, plain
from bounceback_tui.ui.kit.toast_path import toast_path

if TYPE_CHECKING:
    from bounceback_tui.paths import DataPaths
    from bounceback_tui.services.exports import (
        BackupDone,
        ExportKind,
        ExportResult,
        ReportOptions,
    )
    from bounceback_tui.ui.app import BouncebackApp

TITLES: dict[ExportKind, str] = {
    "json": "Export everything as JSON",
    "csv": "Export applications as CSV",
    "markdown": "Export a journal as Markdown",
    "calendar": "Export your calendar (.ics)",
}


@dataclass(frozen=True)
class ExportRequest:
    kind: ExportKind
    path: Path
    report: ReportOptions | None = None
    days: int = 90
    replace: bool = False  # an existing file at ``path`` is replaced (asked in the form)


def transfer_commands(app: BouncebackApp) -> Iterator[SystemCommand]:
    """The palette entries for exports and backups."""
    yield SystemCommand(
        "Export as JSON",
        "Everything in the store, to keep or to move to another computer",
        partial(open_export, app, "json"),
    )
    yield SystemCommand(
        "Export as CSV",
        "Your applications, for a spreadsheet or another tracker",
        partial(open_export, app, "csv"),
    )
    yield SystemCommand(
        "Export as Markdown",
        "A journal of a period: applications, rejections and what you learned",
        partial(open_export, app, "markdown"),
    )
    yield SystemCommand(
        "Export calendar",
        "Interviews, follow-ups, due steps and skill targets as an .ics file for your calendar",
        partial(open_export, app, "calendar"),
    )
    yield SystemCommand(
        "Back up now",
        "A consistent copy of the store in the backups folder",
        partial(back_up_now, app),
    )


def _shown(path: Path) -> str:
    home = Path.home()
    return f"~/{path.relative_to(home)}" if path.is_relative_to(home) else str(path)


def open_export(app: BouncebackApp, kind: ExportKind) -> None:
    from bounceback_tui.services.exports import default_path
    from bounceback_tui.ui.kit.form import FieldSpec, FormScreen

    title = TITLES[kind]
    today = clock.today()
    default = default_path(Path.home(), kind, today)
    fields = [
        FieldSpec("path", "Save to", value=_shown(default), required=True),
        # A calendar is written again after each change, to the same file to import: a
        # file already there was refused with no way to replace it (a stranger's walk).
        FieldSpec(
            "replace",
            "If it exists",
            kind="select",
            options=(("Keep it: choose another name", "no"), ("Replace it", "yes")),
            value="no",
            required=True,
        ),
    ]
    intro = "The file is readable only by you."
    if kind == "calendar":
        fields.append(FieldSpec("days", "Days ahead", value="90", required=True))
        intro = (
            "Import it into your calendar. Import a newer one after a change: events are "
            "updated, not doubled. The file is readable only by you."
        )
    if kind == "markdown":
        fields += [
            FieldSpec(
                "start",
                "From",
                kind="date",
                value=(today - timedelta(days=29)).isoformat(),
                placeholder=DATE_HINT,
                required=True,
            ),
            FieldSpec("end", "To", kind="date", value="today", placeholder=DATE_HINT),
            FieldSpec(
                "thoughts",
                "Thought records",
                kind="select",
                options=(("Leave them out", "no"), ("Include them", "yes")),
                value="no",
                required=True,
            ),
        ]
        intro = (
            "Applications, rejections and what you learned in a period. Thought records stay "
            "out unless you include them. The file is readable only by you."
        )

    def submit(values: dict[str, str]) -> ExportRequest:
        return check_request(kind, values, app.paths)

    def chosen(request: ExportRequest | None) -> None:
        if request is not None:
            run_export(app, request)

    app.push_screen(FormScreen(title, fields, submit, intro=intro, submit_label="Export"), chosen)


def check_request(kind: ExportKind, values: dict[str, str], paths: DataPaths) -> ExportRequest:
    """The form's values as a request, or ValidationError naming the field to fix (never
    the store at ``paths``, its backups or the settings file: services/exports.py)."""
    from bounceback_tui.services.exports import ReportOptions, TransferError, check_export_path

    errors: list[FieldError] = []
    raw_path = (values.get("path") or "").strip()
    path = Path(raw_path)
    replace = values.get("replace") == "yes"
    if not raw_path:
        errors.append(FieldError("path", "Give a file name to save to."))
    else:
        try:
            target = check_export_path(Path(raw_path), paths, force=replace)
            path = target.link or target.path  # as named: the export says where a link led
        except TransferError as exc:
            errors.append(FieldError("path", exc.in_app))
        except (OSError, ValueError, RuntimeError):
            errors.append(FieldError("path", "That is not a file name this system accepts."))
    report = None
    if kind == "markdown":
        today = clock.today()
        start = end = today
        read = 0  # the dates read: the order of the two is checked beside any other refusal
        for name, label in (("start", "From"), ("end", "To")):
            try:
                day = parse_date(values.get(name) or "today", today)
            except DateParseError as exc:
                errors.append(FieldError(name, f"{label}: {after_colon(exc)}"))
                continue
            read += 1
            if name == "start":
                start = day
            else:
                end = day
        if read == 2 and end < start:
            errors.append(FieldError("end", "The period ends before it starts."))
        report = ReportOptions(start, end, include_thoughts=values.get("thoughts") == "yes")
    days = 90
    if kind == "calendar":
        raw = (values.get("days") or "").strip()
        if raw.isascii() and raw.isdecimal() and int(raw) <= 3650:
            days = int(raw)
        else:
            errors.append(FieldError("days", "Days ahead is a whole number from 0 to 3,650."))
    if errors:
        raise ValidationError(errors)
    return ExportRequest(kind, path, report, days, replace)


class TransferProgressScreen(ModalScreen[None]):
    """A box with a progress bar while an export runs in a thread."""

    BINDINGS: ClassVar[list[BindingType]] = []
    DEFAULT_CLASSES = "progress-screen"

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical(classes="progress-box"):
            yield Static(plain(self.title_text), classes="form-title")
            yield Static("Starting...", id="progress-what")
            yield ProgressBar(total=None, id="progress-bar", show_eta=False)

    def show_progress(self, what: str, done: int, total: int) -> None:
        from bounceback_tui.services.exports import describe_progress

        self.query_one("#progress-what", Static).update(plain(describe_progress(what, done, total)))
        self.query_one("#progress-bar", ProgressBar).update(total=total or None, progress=done)


class _ThreadProgress:
    """Passes progress from the worker thread to the screen, at most ten times a second."""

    def __init__(self, app: BouncebackApp, screen: TransferProgressScreen) -> None:
        self.app = app
        self.screen = screen
        self._last = 0.0

    def __call__(self, what: str, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last < 0.1 and not (total and done >= total):
            return
        self._last = now
        self.app.call_from_thread(self.screen.show_progress, what, done, total)


def run_export(app: BouncebackApp, request: ExportRequest) -> None:
    screen = TransferProgressScreen(TITLES[request.kind])
    app.push_screen(screen)
    progress = _ThreadProgress(app, screen)

    def work() -> None:
        try:
            message = export_to_file(app.paths, request, progress, app.size.width)
        except BouncebackError as exc:
            app.call_from_thread(_finish, app, screen, exc.in_app, error=True)
            return
        except Exception as exc:  # never let an export take the app down
            app.call_from_thread(_finish, app, screen, f"The export failed ({exc}).", error=True)
            return
        app.call_from_thread(_finish, app, screen, message, error=False)

    app.run_worker(work, thread=True, group="export", exit_on_error=False)


def export_to_file(
    paths: DataPaths,
    request: ExportRequest,
    progress: Callable[[str, int, int], None],
    width: int = 80,
) -> str:
    """Write the export (services/exports.py) and say what was saved where, in a toast on a
    screen ``width`` columns wide (kit/toast_path.py: the file's name kept whole)."""
    from bounceback_tui.services.exports import export_to_file as export
    from bounceback_tui.services.exports import left_out_of_export, unreadable_in_export

    result = export(
        paths,
        request.kind,
        request.path,
        progress,
        request.report,
        days=request.days,
        force=request.replace,
    )
    written = result.written
    if written is None or written.link is None:
        said = f"Saved {_saved_what(result)} to {toast_path(request.path, width)}."
    else:
        said = (
            f"Saved {_saved_what(result)} to {toast_path(written.path, width)}, the file the link "
            f"{toast_path(written.link, width)} leads to."
        )
    if written is not None and written.read_only:
        said += " It replaced a read-only file."
    # What the store holds that the JSON export did not write, as `export` says it.
    if left_out := left_out_of_export(result.left_out):
        said += f" {left_out}"
    if unreadable := unreadable_in_export(result):  # dates kept as stored, named
        said += f" {unreadable}"
    return said


def _saved_what(result: ExportResult) -> str:
    if result.kind == "json":
        return f"everything ({plural(result.applications, 'application')})"
    if result.kind == "csv":
        return plural(result.applications, "application")
    if result.kind == "calendar":
        interviews = plural(result.interviews, "interview")
        return f"your calendar ({interviews}, {plural(result.reminders, 'reminder')})"
    assert result.report is not None
    return f"your journal ({result.report.start} to {result.report.end})"


def _finish(
    app: BouncebackApp, screen: TransferProgressScreen, message: str, *, error: bool
) -> None:
    if app.screen is screen:
        app.pop_screen()
    app.notify(
        plain(message),
        title="Export failed" if error else "Exported",
        severity="error" if error else "information",
        timeout=10,
    )


def _also(done: BackupDone) -> str:
    return f" {done.left_out}" if done.left_out else ""


def back_up_now(app: BouncebackApp) -> None:
    def work() -> None:
        from bounceback_tui.services.exports import back_up

        try:
            done = back_up(app.paths, "manual")
        except BouncebackError as exc:
            app.call_from_thread(
                app.notify, plain(exc), title="Backup failed", severity="error", timeout=10
            )
            return
        app.call_from_thread(
            app.notify,
            # what another program added is left out of the copy, said in one sentence
            markup_with(
                "Saved a copy to $path.$left",
                path=toast_path(done.path, app.size.width),
                left=_also(done),
            ),
            title="Backed up",
            timeout=8,
        )

    app.run_worker(work, thread=True, group="backup", exit_on_error=False)
