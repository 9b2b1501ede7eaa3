"""The store-problem screen's refusal of a backup does not tell the person to do what the
screen cannot do. A stranger, twice: after `r` refused the newest backup (a bad row) it said
"… nothing was changed. Choose another backup." on a screen with no list to choose from,
with the older good one offered on the next line. The CLI's `restore`, which lists the
backups, keeps its wording (tests/test_restore_refusal_words.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bounceback_tui.errors import BackupRefusedError
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.ui.kit.focus import focus_problem
from tests.store_problem_fixtures import chooser
from tests.test_restore_refusal_words import _cut_short, _version
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
        assert said.startswith(f"That did not work: the backup {NEWEST} holds what the app")
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


def _spoiled(paths: DataPaths, spoil: Callable[[Path], None]) -> Path:
    backup = paths.backups / "spoiled.sqlite3"
    backup.write_bytes(back_up_store(paths).read_bytes())
    spoil(backup)
    return backup


def test_a_way_to_mend_it_stays_the_choice_of_another_goes(opened_paths: DataPaths) -> None:
    from bounceback_tui.store.restore import require_readable
    from bounceback_tui.ui.screens.store_problem_restore import refusal_here

    with pytest.raises(BackupRefusedError) as refused:
        require_readable(_spoiled(opened_paths, _version(999)))
    assert str(refused.value).endswith("restore it, or choose another backup.")
    assert refusal_here(refused.value).endswith(
        "nothing was changed. Upgrade bounceback-tui to restore it."
    )


def test_alone_the_choice_of_another_goes(opened_paths: DataPaths) -> None:
    from bounceback_tui.store.restore import require_readable
    from bounceback_tui.ui.screens.store_problem_restore import refusal_here

    with pytest.raises(BackupRefusedError) as refused:
        require_readable(_spoiled(opened_paths, _cut_short))
    assert refusal_here(refused.value) == (
        "The backup spoiled.sqlite3 is damaged and cannot be read; nothing was changed."
    )


def test_the_advice_follows_the_refusal_not_its_words() -> None:
    """Reworded, a refusal keeps its advice where the screen leaves it out; words that only
    look like the advice (a backup's file name) are said as they are."""
    from bounceback_tui.errors import CHOOSE_ANOTHER, StoreError
    from bounceback_tui.ui.screens.store_problem_restore import refusal_here

    reworded = BackupRefusedError(
        "That backup will not do; your store is untouched.", choose_another=CHOOSE_ANOTHER
    )
    assert str(reworded) == (
        "That backup will not do; your store is untouched. Choose another backup."
    )
    assert refusal_here(reworded) == "That backup will not do; your store is untouched."
    named = StoreError(
        "The backup Choose another backup.sqlite3 could not be put back (disk I/O error)."
    )
    assert refusal_here(named) == str(named)
