"""The store-problem screen's refusal of a backup does not tell the person to do what the
screen cannot do. A stranger, twice: after `r` refused the newest backup (a bad row) it said
"… nothing was changed. Choose another backup." on a screen with no list to choose from,
with the older good one offered on the next line. The CLI's `restore`, which lists the
backups, keeps its wording (tests/test_restore_refusal_words.py)."""

from __future__ import annotations

import pytest

from bounceback_tui.errors import BackupRefusedError
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from tests.store_problem_fixtures import chooser
from tests.test_store_problem_next_backup import (
    NEWEST,
    OLDER,
    OLDEST,
    _backups,
    _bad_row,
    _result,
    _settled,
)


async def test_the_refusal_with_an_older_one_offered_says_no_choose_another(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _backups(opened_paths, (NEWEST, _bad_row), (OLDEST, None))
    app = chooser(opened_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        await _settled(pilot)
        said = _result(app)
        assert said.startswith(f"That did not work: The backup {NEWEST} holds what the app")
        assert "nothing was changed." in said
        assert "choose another backup." not in said.lower(), said
        assert "An older backup that can be used is offered in its place" in said
        assert focus_problem(app) is None


async def test_with_none_left_it_says_how_to_reach_the_list_once(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _backups(opened_paths, (NEWEST, _bad_row), (OLDER, _bad_row))
    app = chooser(opened_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        await _settled(pilot)
        said = _result(app)
        assert "Choose another backup." not in said, said
        assert said.count("choose another backup") == 1  # "quit (q) and run `…restore`"


def test_a_way_to_mend_it_stays_the_choice_of_another_goes() -> None:
    from bounceback_tui.ui.screens.store_problem_restore import refusal_here

    refused = BackupRefusedError(
        "The backup b.sqlite3 was made by a newer version of bounceback-tui, which this "
        "version cannot read; nothing was changed. Upgrade bounceback-tui to restore it, "
        "or choose another backup."
    )
    assert refusal_here(refused).endswith(
        "nothing was changed. Upgrade bounceback-tui to restore it."
    )
