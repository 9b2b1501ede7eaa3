"""No key imports SQLAlchemy beside the warm-up's thread (ui/app_store.orm_imported).

The app imports the ORM in a thread once the first screen is up, under ``_import_lock``;
a pane's import takes the same lock. Escape on a first launch's welcome, pressed as it came
up, imported it again on the app's own thread for the setting it saves, without the lock:
with the warm-up half-way through the same import, the app crashed with "cannot import
name 'AdaptedConnection' from partially initialized module 'sqlalchemy.engine'" (a fixer's
first launches in tmux, the first of them). Here the warm-up's import has not begun when
the keys come: every first import of SQLAlchemy and SQLModel must hold the lock.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

_PROBE = """
import asyncio, json, sys
from bounceback_tui.paths import resolve_paths
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.screens.tour import WelcomeScreen

assert "sqlalchemy" not in sys.modules
paths = resolve_paths(sys.argv[1])
open_store(paths)
seen = []
app = None

class FirstImports:
    def find_spec(self, name, path=None, target=None):
        if name in ("sqlalchemy", "sqlmodel") and app is not None:
            seen.append([name, app._import_lock.locked()])
        return None

sys.meta_path.insert(0, FirstImports())
BouncebackApp._import_store = lambda self: None  # the warm-up's import, not begun yet
app = BouncebackApp(paths, welcome=True)

async def walk():
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(50):
            await pilot.pause(0.05)
            if isinstance(app.screen, WelcomeScreen):
                break
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.press("escape")  # "Start with my own, empty store": saves tour_seen
        await pilot.pause(0.2)
        await pilot.press("comma")  # Settings
        await pilot.pause(0.2)

asyncio.run(walk())
print(json.dumps(seen))
"""


@pytest.mark.slow
def test_a_key_pressed_before_the_warm_up_imports_the_orm_under_its_lock(
    tmp_path: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(tmp_path / "store")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert sorted(name for name, _locked in seen) == ["sqlalchemy", "sqlmodel"]
    assert [locked for _name, locked in seen] == [True, True]
