"""A store of people, skills or check-ins holds data, applications or none (a tester's walk:
`demo` without --force replaced a store holding a person and a skill, with no backup, and
`backup --list` and `restore` called its backups "empty"). One answer, store/contents.py,
for the JSON import, `demo` and the backups' labels."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.check_in import CheckInInput
from bounceback_tui.domain.people import ContactInput
from bounceback_tui.domain.skills import SkillInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_edits
from bounceback_tui.services.check_ins import save_check_in
from bounceback_tui.services.settings import save_setting
from bounceback_tui.services.skills import add_skill
from bounceback_tui.store.backup import list_backups
from bounceback_tui.store.database import Database
from tests.backup_list_lines import listed_backups
from tests.conftest import FIXED_TODAY
from tests.transfer_fixtures import count


def _person_and_skill(db: Database) -> None:
    people_edits.add_contact(db, ContactInput(name="Rita Moreno"))
    add_skill(db, SkillInput(title="Tell a story"))


def _check_in(db: Database) -> None:
    save_check_in(db, FIXED_TODAY, CheckInInput(mood=2, note="A slow day"))


def _fill(paths: DataPaths, fill: Callable[[Database], None]) -> None:
    db = Database(paths.database)
    try:
        fill(db)
    finally:
        db.dispose()


@pytest.mark.parametrize("fill", [_person_and_skill, _check_in])
def test_demo_refuses_a_store_with_data_but_no_applications(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], fill: Callable[[Database], None]
) -> None:
    _fill(opened_paths, fill)
    people, skills, check_ins = (
        count(opened_paths.database, table) for table in ("contact", "skill", "check_in")
    )
    assert people + skills + check_ins >= 1

    assert main(["demo", "--scale", "3"]) == 1
    said = capsys.readouterr()
    assert "already holds data" in said.err
    assert "--force to replace it (a backup is taken first)" in said.err
    assert "Demo data written" not in said.out
    assert count(opened_paths.database, "application") == 0
    assert count(opened_paths.database, "contact") == people
    assert count(opened_paths.database, "skill") == skills
    assert count(opened_paths.database, "check_in") == check_ins


def test_demo_force_backs_up_a_store_of_people_and_skills_first(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(opened_paths, _person_and_skill)
    assert main(["demo", "--scale", "3", "--force"]) == 0
    (backup,) = list_backups(opened_paths)
    assert backup.label == "before-demo"
    assert f"Backed up the existing store to {backup.path}" in capsys.readouterr().out
    assert count(backup.path, "contact") == 1
    assert count(backup.path, "skill") == 1


def test_demo_fills_a_store_that_holds_only_settings(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    """The settings are the app's, not the person's data: such a store is still empty."""
    _fill(opened_paths, lambda db: save_setting(db, "backups_to_keep", 3))
    assert main(["demo", "--scale", "3"]) == 0
    assert "Demo data written" in capsys.readouterr().out
    assert count(opened_paths.database, "application") == 3


def test_backups_of_people_and_skills_are_not_called_empty(
    opened_paths: DataPaths,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bounceback_tui import commands

    assert main(["backup"]) == 0  # the empty store
    _fill(opened_paths, _person_and_skill)
    assert main(["backup"]) == 0
    capsys.readouterr()
    assert main(["backup", "--list"]) == 0
    lines = listed_backups(capsys.readouterr().out)
    assert len(lines) == 2
    newest, oldest = lines
    assert "other data, no applications" in newest and "empty" not in newest
    assert "empty" in oldest

    asked: list[str] = []
    monkeypatch.setattr(commands, "interactive", lambda: True)
    monkeypatch.setattr("builtins.input", lambda question: asked.append(question) or "n")
    assert main(["restore", "2"]) == 1
    assert f"in {opened_paths.database} (other data, no applications) with" in asked[0]
    assert asked[0].count("(empty)") == 1
