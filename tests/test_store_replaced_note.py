"""A window open on a store that is replaced wholesale says so.

`restore 1 --yes` at the command line while the app was open on Skills: within a few
seconds a skill the person had just added was gone, and nothing on screen said why (a
stranger's walk, twentieth round). A restore, an import with --replace and demo data with
--force now note what replaced the store in the same transaction, and a window that sees
another window's write reads that note and tells the person once.
"""

from __future__ import annotations

import io
from typing import Any

from bounceback_tui.cli import main
from bounceback_tui.domain.skills import SkillKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.skills import SkillInput, add_skill
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.store.database import Database
from bounceback_tui.store.restore import restore_backup
from bounceback_tui.transfer.json_export import export_json
from bounceback_tui.transfer.json_import import import_json, load_json_export
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from tests.ui_harness import settle


def _replaced_notes(app: Any) -> list[str]:
    return [str(n.message) for n in app._notifications if n.title == "Store replaced"]


def _skill(db: Database, title: str) -> int:
    return add_skill(db, SkillInput(title=title, kind=SkillKind.TECHNICAL))


async def test_a_restore_elsewhere_is_told_in_the_open_window(
    opened_paths: DataPaths, db: Database
) -> None:
    _skill(db, "Kept in the backup")
    backup = back_up_store(opened_paths)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("5")
        await settle(pilot)
        app._watch_tick()  # the first look at the store
        _skill(db, "Added after [b]it[/b]")  # another window
        app._watch_tick()
        await settle(pilot)
        assert _replaced_notes(app) == []  # an ordinary write is no news
        restore_backup(opened_paths, backup)
        app._watch_tick()
        await settle(pilot)
        (said,) = _replaced_notes(app)
        assert said.startswith(f"Restored from the backup {backup.name} elsewhere:")
        assert said.endswith("The store as it was is in the backups folder.")
        app._watch_tick()  # told once
        await settle(pilot)
        assert len(_replaced_notes(app)) == 1
        assert focus_problem(app) is None


async def test_an_import_with_replace_elsewhere_is_told_with_the_files_name(
    opened_paths: DataPaths, db: Database, tmp_path: Any
) -> None:
    _skill(db, "In the file")
    exported = tmp_path / "out" / "my [b]export [.json"
    exported.parent.mkdir()
    with exported.open("w", encoding="utf-8") as out:
        export_json(opened_paths.database, out)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        app._watch_tick()
        import_json(opened_paths, load_json_export(exported), replace=True)
        app._watch_tick()
        await settle(pilot)
        (said,) = _replaced_notes(app)
        assert "the import of my [b]export [.json" in said  # the name as it is, not markup


async def test_demo_data_over_the_store_elsewhere_is_told(
    opened_paths: DataPaths, db: Database
) -> None:
    _skill(db, "Mine")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        app._watch_tick()
        code = main(["--data-dir", str(opened_paths.data_dir), "demo", "--force", "--scale", "5"])
        assert code == 0
        app._watch_tick()
        await settle(pilot)
        (said,) = _replaced_notes(app)
        assert said.startswith("Filled with demo data elsewhere")


def test_a_backup_taken_before_the_window_opened_is_no_news(
    opened_paths: DataPaths, db: Database
) -> None:
    from bounceback_tui.services.store_replaced import replaced_since

    backup = back_up_store(opened_paths)
    restore_backup(opened_paths, backup)
    found = replaced_since(opened_paths.database, 0.0)
    assert found is not None and found.how == "restore"
    assert replaced_since(opened_paths.database, found.at) is None


def test_the_restored_store_holds_only_what_its_backup_held_and_the_note_is_private(
    opened_paths: DataPaths, db: Database
) -> None:
    import stat

    from bounceback_tui.store.replaced_note import note_path

    backup = back_up_store(opened_paths)
    restore_backup(opened_paths, backup)
    out = io.StringIO()
    export_json(opened_paths.database, out)
    assert "restore" not in out.getvalue()  # the note is beside the store, not in it
    note = note_path(opened_paths.database)
    assert stat.S_IMODE(note.stat().st_mode) == 0o600


def test_a_note_that_is_not_one_is_no_news(opened_paths: DataPaths) -> None:
    from bounceback_tui.services.store_replaced import replaced_since
    from bounceback_tui.store.replaced_note import note_path

    note = note_path(opened_paths.database)
    for text in (
        "",
        "[1]",
        '{"how": "restore", "at": "soon"}',
        '{"how": "erase", "at": 9e99}',
        '{"how": "restore", "at": true}',
        "x" * 10_000,
    ):
        note.write_text(text)
        assert replaced_since(opened_paths.database, 0.0) is None, text


def test_a_note_that_is_a_pipe_or_a_link_is_no_note(opened_paths: DataPaths, tmp_path: Any) -> None:
    import os

    from bounceback_tui.services.store_replaced import replaced_since
    from bounceback_tui.store.replaced_note import note_path

    note = note_path(opened_paths.database)
    target = tmp_path / "elsewhere.json"
    target.write_text('{"how": "restore", "from": "x", "at": 9e99}')
    note.symlink_to(target)
    assert replaced_since(opened_paths.database, 0.0) is None
    note.unlink()
    os.mkfifo(note)
    assert replaced_since(opened_paths.database, 0.0) is None  # and no wait for a writer


async def test_a_note_written_just_after_the_tick_that_saw_the_change_is_still_told(
    opened_paths: DataPaths, db: Database
) -> None:
    """The note comes after the replacement's last commit: a tick in between saw the change
    and no note, and never looked again (a review, twentieth round)."""
    from bounceback_tui.store.replaced_note import write_replaced_note

    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        app._watch_tick()
        _skill(db, "The replacement's last commit")
        app._watch_tick()  # the change, and no note yet
        write_replaced_note(opened_paths.database, "restore", "bounceback-x.sqlite3")
        app._watch_tick()
        await settle(pilot)
        (said,) = _replaced_notes(app)
        assert "bounceback-x.sqlite3" in said
        app._watch_tick()
        app._watch_tick()
        await settle(pilot)
        assert len(_replaced_notes(app)) == 1
