"""No export is written over the app's own files, however the path is spelt, and a read-only
file or a link is replaced only with --force, saying so (an attacker's walk, twenty-second
round: `export -o …/bounceback.sqlite3 --force` wrote JSON over the live store, and every
command after it said the file was not a store; `calendar` and the palette's "Replace it"
did the same; a chmod 444 file was replaced without a word)."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from textual.widgets import Input, Select

from bounceback_tui.cli import main
from bounceback_tui.errors import ValidationError
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.screens.export import check_request
from tests.helpers import file_digest
from tests.palette_fixtures_ui import export_form
from tests.transfer_fixtures import dump_store, fill_every_table

REFUSED = "an export is never written there. Nothing was written"


@pytest.fixture
def filled(opened_paths: DataPaths) -> DataPaths:
    fill_every_table(opened_paths)
    return opened_paths


def _own_files(paths: DataPaths) -> dict[Path, str]:
    """Every file the app keeps, and its digest."""
    found = [p for p in (*paths.data_dir.rglob("*"), paths.settings_file) if p.is_file()]
    return {p: file_digest(p) for p in found}


def _targets(paths: DataPaths, tmp_path: Path) -> list[tuple[str, str]]:
    """(where to write, what the refusal says it is), each spelt another way."""
    backup = back_up_store(paths)
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text('theme = "textual-dark"\n')
    link = tmp_path / "link-to-store.json"
    link.symlink_to(paths.database)
    hard = tmp_path / "same-file.json"
    os.link(paths.database, hard)
    wal = Path(f"{paths.database}-wal")
    return [
        (str(paths.database), "is your store:"),
        (str(paths.backups / ".." / paths.database.name), f"is your store ({paths.database})"),
        (str(link), f"is your store ({paths.database})"),
        (str(hard), f"is your store ({paths.database})"),
        (str(wal), "is your store's write-ahead log"),
        (f"{paths.database}-journal", "is your store's journal"),
        (str(backup), "is in your backups folder"),
        (str(paths.backups / "new.json"), "is in your backups folder"),
        (str(paths.settings_file), "is your settings file"),
    ]


@pytest.mark.parametrize("command", ["json", "csv", "markdown", "calendar"])
def test_no_export_goes_over_the_store_its_backups_or_the_settings(
    filled: DataPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
) -> None:
    targets = _targets(filled, tmp_path)
    before = _own_files(filled)
    rows = dump_store(filled.database)
    for target, what in targets:
        argv = (
            ["calendar", "-o", target, "--force"]
            if command == "calendar"
            else ["export", "--format", command, "-o", target, "--force"]
        )
        assert main(argv) == 1, target
        err = capsys.readouterr().err
        assert what in err and REFUSED in err, err
        assert _own_files(filled) == before, target
    assert not (filled.backups / "new.json").exists()
    assert dump_store(filled.database) == rows
    assert main(["today"]) == 0  # still a store every command reads


def test_the_export_form_refuses_the_store_even_to_replace_it(
    filled: DataPaths, tmp_path: Path
) -> None:
    for target, what in _targets(filled, tmp_path):
        with pytest.raises(ValidationError) as caught:
            check_request("json", {"path": target, "replace": "yes"}, filled)
        said = caught.value.for_field("path") or ""
        assert what in said and REFUSED in said, said


async def test_the_palette_export_over_the_store_changes_nothing(filled: DataPaths) -> None:
    before = file_digest(filled.database)
    app = BouncebackApp(filled)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await export_form(app, pilot)
        screen.query_one("#field-path", Input).value = str(filled.database)
        screen.query_one("#field-replace", Select).value = "yes"
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is screen  # the form stays open, saying why
        error = str(screen.query_one("#error-path").render())
        assert f"{filled.database} is your store: {REFUSED}" in error
        assert not any("Exported" in str(n.title) for n in app._notifications)
    assert file_digest(filled.database) == before


def test_a_read_only_file_is_named_and_replaced_only_with_force(
    filled: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kept = tmp_path / "kept.json"
    kept.write_text("an older export")
    kept.chmod(0o444)
    assert main(["export", "-o", str(kept)]) == 1
    assert capsys.readouterr().err == (
        f"bounceback-tui: {kept} already exists and is read-only; choose another name. "
        "Use --force to replace it.\n"
    )
    assert kept.read_text() == "an older export"

    assert main(["export", "-o", str(kept), "--force"]) == 0
    out = capsys.readouterr().out
    assert out.endswith(
        f"Saved to {kept} (readable only by you). It replaced a read-only file (--force).\n"
    )
    assert kept.read_text().startswith("{")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600


def test_force_through_a_link_writes_the_file_it_leads_to_and_says_so(
    filled: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "shared" / "latest.csv"
    real.parent.mkdir()
    real.write_text("an older export")
    link = tmp_path / "latest.csv"
    link.symlink_to(real)
    assert main(["export", "--format", "csv", "-o", str(link)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["export", "--format", "csv", "-o", str(link), "--force"]) == 0
    assert capsys.readouterr().out.endswith(
        f"Saved to {real} (the file the link {link} leads to; readable only by you).\n"
    )
    assert link.is_symlink() and link.resolve() == real
    assert real.read_text().startswith("Company,Role")
    # A link to nothing is refused, as before.
    dangling = tmp_path / "nowhere.csv"
    dangling.symlink_to(tmp_path / "missing" / "x.csv")
    assert main(["export", "--format", "csv", "-o", str(dangling), "--force"]) == 1
    assert "is a link to nothing" in capsys.readouterr().err


async def test_the_palette_says_when_it_replaced_a_read_only_file(filled: DataPaths) -> None:
    kept = Path.home() / "kept.csv"
    kept.write_text("an older export")
    kept.chmod(0o444)
    app = BouncebackApp(filled)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await export_form(app, pilot, "CSV")
        screen.query_one("#field-path", Input).value = "~/kept.csv"
        await pilot.press("ctrl+s")
        await pilot.pause()
        error = str(screen.query_one("#error-path").render())
        assert f"{kept} already exists and is read-only; choose another name." in error
        screen.query_one("#field-replace", Select).value = "yes"
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        said = [str(n.message) for n in app._notifications]
        assert any(m.endswith("to ~/kept.csv. It replaced a read-only file.") for m in said), said
    assert kept.read_text().startswith("Company,Role")


SQLITE_REFUSED = (
    "is an SQLite database, maybe a bounceback store or backup: an export is never written "
    "over one. Nothing was written; choose another file name."
)


@pytest.mark.parametrize("force", [[], ["--force"]])
@pytest.mark.parametrize("command", [["export"], ["export", "--format", "csv"], ["calendar"]])
def test_no_export_goes_over_the_store_of_another_data_folder(
    filled: DataPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
    force: list[str],
) -> None:
    """A tester filled the default store, then ran `--data-dir d export -o <that store>
    --force`: the JSON went over it, as only d's own files were known."""
    before = file_digest(filled.database)
    rows = dump_store(filled.database)
    other = tmp_path / "d"
    other.mkdir()
    shutil.copy(filled.database, other / filled.database.name)
    assert main(["--data-dir", str(other), *command, "-o", str(filled.database), *force]) == 1
    assert capsys.readouterr().err == f"bounceback-tui: {filled.database} {SQLITE_REFUSED}\n"
    assert file_digest(filled.database) == before
    assert dump_store(filled.database) == rows


def test_any_sqlite_database_is_refused_in_the_form_and_at_the_rename(
    filled: DataPaths, tmp_path: Path
) -> None:
    import sqlite3

    from bounceback_tui.transfer.files import TransferError, private_output

    other = tmp_path / "someone-elses.db"
    with sqlite3.connect(other) as made:
        made.execute("CREATE TABLE t (x)")
    made.close()
    before = file_digest(other)
    with pytest.raises(ValidationError) as caught:
        check_request("json", {"path": str(other), "replace": "yes"}, filled)
    assert caught.value.for_field("path") == f"{other} {SQLITE_REFUSED}"
    # One that appears while the export is being written is refused just before the rename.
    late = tmp_path / "late.json"
    with (
        pytest.raises(TransferError) as raised,
        private_output(late, force=True, keep_off=filled) as out,
    ):
        out.write("{}")
        late.write_bytes(other.read_bytes())
    assert str(raised.value) == f"{late} {SQLITE_REFUSED}"
    assert late.read_bytes() == other.read_bytes()
    assert file_digest(other) == before
    assert not (tmp_path / ".late.json.partial").exists()


def test_a_hard_link_to_any_file_in_the_backups_folder_is_refused(
    filled: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`export -o hb.json --force`, hb.json a hard link to a backup, was written (the link
    came apart), while hard links to the store or settings were refused."""
    backup = back_up_store(filled)
    note = filled.backups / "note.txt"
    note.write_text("not a database")
    for own in (backup, note):
        link = tmp_path / f"hard-{own.name}.json"
        os.link(own, link)
        assert main(["export", "-o", str(link), "--force"]) == 1
        assert capsys.readouterr().err == (
            f"bounceback-tui: {link} is a file in your backups folder ({own}): an export is "
            "never written there. Nothing was written; choose another file name.\n"
        )
        assert os.path.samefile(link, own)
    assert note.read_text() == "not a database"


def test_a_file_used_as_a_folder_is_named(filled: DataPaths, tmp_path: Path) -> None:
    """The palette's export to `…/ro2.json/x` said "([Errno 20] Not a directory: …)"."""
    taken = tmp_path / "ro2.json"
    taken.write_text("an older export")
    for path in (taken / "x", taken / "deeper" / "x.json"):
        said = (
            f"Cannot write to {path}: {taken} is a file, not a folder. Nothing was written; "
            "give a file name in a folder."
        )
        with pytest.raises(ValidationError) as caught:
            check_request("json", {"path": str(path)}, filled)
        assert caught.value.for_field("path") == said
    assert taken.read_text() == "an older export"
