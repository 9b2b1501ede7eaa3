"""Regenerate the README's screenshots from the demo data.

    .venv/bin/python docs/screenshots/make.py

Each pane is rendered headless with a frozen clock into docs/screenshots/<pane>.svg.
Nothing touches your real store: the demo lives in a temporary folder.

The demo leaves today's check-in to the person; the pictures show a day after a low one
(``CHECK_IN``), so Today shows what a hard day does: the mood, and a card you kept.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import textual.constants

from bounceback_tui import clock
from bounceback_tui.domain.check_in import validate_check_in
from bounceback_tui.paths import resolve_paths
from bounceback_tui.services.check_ins import save_check_in
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.store.database import Database
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.panes import PANES

OUT = Path(__file__).resolve().parent
SIZE = (120, 36)
FROZEN = datetime(2026, 11, 27, 9, 0)
ZONE = "UTC"  # the same pictures on any machine
CHECK_IN = {"mood": "2", "note": "Slow start, good afternoon."}


async def shoot(data_dir: Path, out: Path) -> list[Path]:
    paths = resolve_paths(data_dir)
    # In truecolor whatever TERM this runs under: in 16 colours (TERM=xterm) the app moves
    # some colours (the cursor's among them: kit/theme_looks.py), and the pictures would
    # show them so; the tests draw in truecolor too (tests/conftest.py).
    textual.constants.COLOR_SYSTEM = "truecolor"  # type: ignore[misc]  # read as an app is made
    app = BouncebackApp(paths)
    written = []
    async with app.run_test(size=SIZE) as pilot:
        for spec in PANES:
            await pilot.press(spec.key)
            await pilot.pause(0.2)
            target = out / f"{spec.id}.svg"
            app.save_screenshot(filename=target.name, path=str(out))
            written.append(target)
    return written


def render(out: Path) -> list[Path]:
    """Draw every pane over a fresh demo into ``out`` (tests/test_readme_screenshots.py
    checks the committed pictures against this)."""
    clock.freeze(FROZEN, tz=ZONE)
    with tempfile.TemporaryDirectory() as tmp:
        paths = resolve_paths(Path(tmp) / "demo")
        open_store(paths)
        db = Database(paths.database)
        fill_demo(db, 60)
        save_check_in(db, clock.today(), validate_check_in(CHECK_IN))
        db.dispose()
        return asyncio.run(shoot(paths.data_dir, out))


def main() -> int:
    for path in render(OUT):
        print(f"wrote {path.relative_to(OUT.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
