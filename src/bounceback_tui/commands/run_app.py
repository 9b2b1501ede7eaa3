"""Open (and if needed upgrade) the store, then run the Textual app."""

from __future__ import annotations

from bounceback_tui.paths import DataPaths


def run_app(paths: DataPaths) -> int:
    from bounceback_tui.store.sqlite_file import open_store

    open_store(paths)
    from bounceback_tui.ui.app import BouncebackApp

    BouncebackApp(paths).run()
    return 0
