"""The palette finds "restore" and "import", which only the command line does, and says the
command to run for this window's store (a newcomer found "No matches found", or only the job
posting import: eighteenth round)."""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from tests.palette_fixtures_ui import search, settle


@pytest.mark.parametrize(
    ("typed", "title", "said"),
    [
        ("restore", "Restore a backup", "restore 2"),
        ("import", "Import a file (CSV or JSON)", "import FILE.csv --dry-run"),
    ],
)
async def test_the_palette_says_how_on_the_command_line(
    opened_paths: DataPaths, typed: str, title: str, said: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bounceback_tui.paths import DATA_DIR_ENV

    monkeypatch.delenv(DATA_DIR_ENV, raising=False)  # as if opened with --data-dir
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        found = await search(app, pilot, typed)
        assert any(line.startswith(title) for line in found), found
        index = next(i for i, line in enumerate(found) if line.startswith(title))
        for _ in range(index):
            await pilot.press("down")
        await pilot.press("enter")
        await settle(app, pilot)
        told = [str(n.message) for n in app._notifications]
    (message,) = [line for line in told if said in line]
    # This window's store is not in the default folder: the command names it.
    assert f"--data-dir {opened_paths.data_dir}" in message
