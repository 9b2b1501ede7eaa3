"""Exports and "Back up now" from the command palette, with progress, without leaving the app."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from textual.widgets import Input

from bounceback_tui.errors import ValidationError
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import list_backups
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.screens.export import TransferProgressScreen, check_request
from tests.palette_fixtures_ui import enter_query, settle
from tests.transfer_fixtures import fill_every_table

SIZE = (100, 30)


@pytest.fixture
def filled(opened_paths: DataPaths) -> DataPaths:
    fill_every_table(opened_paths)
    return opened_paths


async def _palette(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("ctrl+p")
    await pilot.pause()
    await enter_query(pilot, text)
    await settle(pilot.app, pilot)
    await pilot.press("enter")
    await pilot.pause()


async def _finish(app: BouncebackApp, pilot) -> None:  # type: ignore[no-untyped-def]
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def _messages(app: BouncebackApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_export_json_from_the_palette(filled: DataPaths, tmp_path: Path) -> None:
    app = BouncebackApp(filled)
    async with app.run_test(size=SIZE) as pilot:
        await _palette(pilot, "export as json")
        assert isinstance(app.screen, FormScreen)
        field = app.screen.query_one("#field-path", Input)
        assert field.value == "~/bounceback-2026-03-16.json"
        await pilot.press("enter")
        await _finish(app, pilot)
        assert not isinstance(app.screen, (FormScreen, TransferProgressScreen))
        assert "Saved everything (41 applications) to ~/bounceback-2026-03-16.json." in (
            _messages(app)
        )
    target = Path.home() / "bounceback-2026-03-16.json"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert '"format": "bounceback-tui"' in target.read_text()


async def test_export_markdown_with_a_period(filled: DataPaths) -> None:
    app = BouncebackApp(filled)
    async with app.run_test(size=SIZE) as pilot:
        await _palette(pilot, "export as markdown")
        screen = app.screen
        assert isinstance(screen, FormScreen)
        screen.query_one("#field-start", Input).value = "-1w"
        screen.query_one("#field-end", Input).value = "yesterday"
        await pilot.press("ctrl+s")
        await _finish(app, pilot)
    text = (Path.home() / "bounceback-journal-2026-03-16.md").read_text()
    assert text.startswith("# Job search journal: 9 March 2026 to 15 March 2026")
    assert "## Thought records" not in text


async def test_an_existing_file_is_not_overwritten(filled: DataPaths) -> None:
    taken = Path.home() / "taken.csv"
    taken.write_text("mine")
    app = BouncebackApp(filled)
    async with app.run_test(size=SIZE) as pilot:
        await _palette(pilot, "export as csv")
        field = app.screen.query_one("#field-path", Input)
        field.value = "~/taken.csv"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        error = str(app.screen.query_one("#error-path").render())
        assert "already exists; choose another name" in error
        # ...and how the form replaces it (the last stranger: no way was said, or offered).
        assert "Or set If it exists to Replace it." in error
    assert taken.read_text() == "mine"


async def test_an_existing_file_is_replaced_when_the_form_says_so(filled: DataPaths) -> None:
    # The last stranger (seventeenth round): a calendar exported again to the file a
    # calendar imports was refused ("already exists; choose another name") with no way to
    # replace it.
    from textual.widgets import Select

    taken = Path.home() / "taken.ics"
    taken.write_text("an older calendar")
    app = BouncebackApp(filled)
    async with app.run_test(size=SIZE) as pilot:
        await _palette(pilot, "calendar")
        screen = app.screen
        assert isinstance(screen, FormScreen)
        screen.query_one("#field-path", Input).value = "~/taken.ics"
        screen.query_one("#field-replace", Select).value = "yes"
        await pilot.press("ctrl+s")
        await _finish(app, pilot)
    assert taken.read_text().startswith("BEGIN:VCALENDAR")
    assert oct(taken.stat().st_mode & 0o777) == "0o600"


def test_form_values_are_checked(data_paths: DataPaths) -> None:
    with pytest.raises(ValidationError) as caught:
        check_request("markdown", {"path": "", "start": "someday", "end": "today"}, data_paths)
    fields = {e.field for e in caught.value.errors}
    assert fields == {"path", "start"}
    with pytest.raises(ValidationError, match="ends before it starts"):
        check_request("markdown", {"path": "~/x.md", "start": "today", "end": "-3d"}, data_paths)
    request = check_request("csv", {"path": "~/apps.csv"}, data_paths)
    assert request.path == Path.home() / "apps.csv"


def test_a_backwards_period_is_said_beside_a_refused_file_name(
    tmp_path: Path, data_paths: DataPaths
) -> None:
    # A file that exists and a period that ends before it starts: only the file was named,
    # and once it was mended the form refused again for the period (a stranger's walk).
    taken = tmp_path / "journal.md"
    taken.write_text("mine")
    with pytest.raises(ValidationError) as caught:
        check_request("markdown", {"path": str(taken), "start": "+1w", "end": "today"}, data_paths)
    assert {e.field for e in caught.value.errors} == {"path", "end"}
    assert caught.value.for_field("end") == "The period ends before it starts."


def test_form_refuses_a_missing_folder(data_paths: DataPaths) -> None:
    """A mistyped folder is named in place instead of becoming new folders."""
    with pytest.raises(ValidationError) as caught:
        check_request("csv", {"path": "~/no-such-folder/apps.csv"}, data_paths)
    assert caught.value.for_field("path") == (
        f"There is no folder {Path.home() / 'no-such-folder'}."
    )
    assert not (Path.home() / "no-such-folder").exists()


async def test_back_up_now(filled: DataPaths) -> None:
    app = BouncebackApp(filled)
    async with app.run_test(size=SIZE) as pilot:
        await _palette(pilot, "back up now")
        await _finish(app, pilot)
        assert any(m.startswith("Saved a copy to") for m in _messages(app))
    assert [b.label for b in list_backups(filled)] == ["manual"]


async def test_export_failure_is_shown_not_raised(
    filled: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from bounceback_tui.transfer import files as files_module

    def refuse(*_args: object, **_kwargs: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files_module.os, "open", refuse)
    app = BouncebackApp(filled)
    async with app.run_test(size=SIZE) as pilot:
        await _palette(pilot, "export as json")
        await pilot.press("enter")
        await _finish(app, pilot)
        assert any("The disk is full" in m for m in _messages(app))
        assert not isinstance(app.screen, TransferProgressScreen)


async def test_progress_box_shows_how_far(filled: DataPaths) -> None:
    app = BouncebackApp(filled)
    async with app.run_test(size=SIZE) as pilot:
        screen = TransferProgressScreen("Export everything as JSON")
        await app.push_screen(screen)
        await pilot.pause()
        screen.show_progress("Exporting", 500, 2000)
        await pilot.pause()
        assert str(screen.query_one("#progress-what").render()) == "Exporting: 500 of 2,000 (25%)"


def test_the_export_form_names_no_command_line_option(
    tmp_path: Path, data_paths: DataPaths
) -> None:
    """Found walking the app (ux11): "Save to /dev/null" said "(use -o - to print to the
    terminal)", an option of the command, not of the form. The form says what is wrong only;
    the command still gives its hint."""
    import os

    from bounceback_tui.transfer.files import TransferError, check_output_path

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    taken = tmp_path / "taken.csv"
    taken.write_text("mine")
    for path, says in (("/dev/null", "is a device"), (pipe, "is a named pipe"), (taken, "exists")):
        with pytest.raises(ValidationError) as caught:
            check_request("csv", {"path": str(path)}, data_paths)
        message = caught.value.for_field("path") or ""
        assert says in message
        assert "-o -" not in message and "--" not in message, message
        with pytest.raises(TransferError) as raised:
            check_output_path(Path(path))
        assert "-o -" in str(raised.value) or "--force" in str(raised.value)  # the command's


async def test_an_export_refused_after_the_form_names_no_command_line_option(
    filled: DataPaths,
) -> None:
    """The file appeared between the form and the export (another export, another program):
    the toast says so without the command's --force."""
    from bounceback_tui.ui.screens.export import ExportRequest, run_export

    taken = Path.home() / "late.csv"
    app = BouncebackApp(filled)
    async with app.run_test(size=SIZE) as pilot:
        request = check_request("csv", {"path": str(taken)}, filled)
        taken.write_text("mine")
        run_export(app, request)
        await _finish(app, pilot)
        failed = [m for m in _messages(app) if "already exists" in m]
        assert failed and "--" not in failed[0], _messages(app)
    assert taken.read_text() == "mine"
    assert isinstance(request, ExportRequest)
