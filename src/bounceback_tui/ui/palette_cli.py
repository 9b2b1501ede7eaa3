"""Palette entries for what only the command line does (restoring a backup, importing a file):
a newcomer typed "restore" and "import" in the palette and found nothing, or only the job
posting import. Each says the command to run, with this window's data folder when it is not
the default one, and what happens to the open window."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from bounceback_tui.ui.kit.text import plain
from bounceback_tui.ui.palette_shared import PaletteAction

if TYPE_CHECKING:
    from bounceback_tui.ui.app import BouncebackApp


def command_for(app: BouncebackApp, words: str) -> str:
    """``bounceback-tui WORDS``, with ``--data-dir`` when this window's store is elsewhere
    (``paths.command_line``: the one helper every hint, in the app and out, comes from)."""
    from bounceback_tui.paths import command_line

    return command_line(app.paths, words)


def command_line_actions(app: BouncebackApp) -> Iterator[PaletteAction]:
    def say(message: str) -> None:
        app.notify(plain(message), title="In a terminal", timeout=20)

    yield PaletteAction(
        "Restore a backup",
        "Done from the command line; this says how",
        lambda: say(
            f"{command_for(app, 'restore')} lists the backups and what each holds; "
            f"{command_for(app, 'restore 2')} puts number 2 back (the store as it is now is "
            "backed up first). This window shows the restored store within a few seconds."
        ),
        keywords="restore backup undo earlier copy go back recover",
        discover=False,  # found by name; the list before typing is for the app's own
    )
    yield PaletteAction(
        "Import a file (CSV or JSON)",
        "A tracker's export or a spreadsheet: done from the command line; this says how",
        lambda: say(
            f"{command_for(app, 'import FILE.csv --dry-run')} shows what it would add; without "
            "--dry-run it adds them, after a backup. A JSON export of this app comes back "
            "with import FILE.json. This window shows them within a few seconds."
        ),
        keywords="import csv json spreadsheet tracker huntr teal file load",
        discover=False,
    )
