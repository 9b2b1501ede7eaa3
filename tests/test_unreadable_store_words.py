"""A store SQLite cannot read is said in plain words; SQLite's own words ("database disk image
is malformed") only on a details line of their own.

A tester read "The store at … cannot be read (database disk image is malformed)" as the
store-problem screen's main text."""

from __future__ import annotations

import pytest

from bounceback_tui.errors import NotADatabaseError
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.sqlite_file import open_store
from tests.screen_text import flat, screen_lines
from tests.store_problem_fixtures import chooser
from tests.transfer_fixtures import fill_every_table


def _schema_scribbled(paths: DataPaths) -> None:
    """The store with its schema page (the first) written over after its header."""
    fill_every_table(paths)
    for suffix in ("-wal", "-shm"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
    data = bytearray(paths.database.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[100:page] = b"\xab" * (page - 100)
    paths.database.write_bytes(bytes(data))


def test_the_message_says_it_plainly_and_keeps_sqlite_s_words_apart(
    opened_paths: DataPaths,
) -> None:
    _schema_scribbled(opened_paths)
    with pytest.raises(NotADatabaseError) as raised:
        open_store(opened_paths)
    said = str(raised.value)
    assert said.startswith(f"The store at {opened_paths.database} is damaged and cannot be read.")
    assert "malformed" not in said
    assert "malformed" in raised.value.details


async def test_the_store_problem_screen_puts_sqlite_s_words_on_a_details_line(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _schema_scribbled(opened_paths)
    app = chooser(opened_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = flat(str(app.query_one("#problem-text").render()))
        main, _, details = text.partition("Details:")
        assert "is damaged and cannot be read. It was left untouched" in main
        assert "malformed" not in main
        assert "malformed" in details
        rows = [row.strip(" │") for row in screen_lines(app)]
        assert any(row.startswith("Details: ") and "malformed" in row for row in rows)
